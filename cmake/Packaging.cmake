# A Debian package of what `cmake --install` installs: `cpack -G DEB` in the build directory
# writes earshot_<version>_<arch>.deb there.
include(GNUInstallDirs)

set(EARSHOT_PACKAGE_MAINTAINER "Earshot maintainers <maintainers@earshot.invalid>"
    CACHE STRING "The .deb's Maintainer field: Name <address>")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME earshot)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${EARSHOT_PACKAGE_MAINTAINER}")
# Packages are built in the build directory, never beside the sources.
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME earshot)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${EARSHOT_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
if(PROJECT_HOMEPAGE_URL)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
endif()
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "record audio streamed from phones and computers on the network")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[Earshot runs a small server on your computer. A phone or another computer
opens its page in a browser and streams its microphone; Earshot writes each
stream to a file on this computer and shows who is recording, with levels
and rates. It can also stream this computer's own microphone, and run
without a window.]=])

# dpkg-shlibdeps finds the libraries the binary links (Qt, OpenSSL, FFmpeg, qrencode). It cannot
# see what Qt loads at run time: the platform and SVG icon plugins, and the GStreamer elements
# that Qt Multimedia uses (without plugins-good and the PulseAudio source, QMediaRecorder hangs
# in record() with no error).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# adduser: the service's user where systemd-sysusers is missing (packaging/postinst).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "adduser, qt6-qpa-plugins, libqt6svg6, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-pulseaudio, pocketsphinx-en-us")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland, pulseaudio | pipewire-pulse")

# The service: its user made and systemd told in the maintainer scripts; the config file is a
# conffile, so that dpkg keeps an administrator's changes on upgrades.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/packaging/postinst;${PROJECT_SOURCE_DIR}/packaging/prerm;${PROJECT_SOURCE_DIR}/packaging/postrm;${PROJECT_SOURCE_DIR}/packaging/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
