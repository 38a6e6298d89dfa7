#!/usr/bin/env bash
# Builds Earshot's .deb with CPack in a build directory and checks it the way apt and a desktop
# would see it: the Depends field (dpkg-shlibdeps' libraries plus the run-time plugins it cannot
# see), the files (binary, menu entry, icon, the service's unit, user and config; no headers, tests
# or bench), the menu entry, and the service's maintainer scripts and conffile.
#   tests/package/check-deb.sh BUILD_DIR
# Everything it writes stays in BUILD_DIR.
set -euo pipefail

fail() {
    echo "check-deb: FAIL: $*" >&2
    exit 1
}

[[ $# -eq 1 ]] || fail "usage: $0 BUILD_DIR"
build=$(cd "$1" && pwd) || fail "no build directory '$1'"
[[ -f "$build/CPackConfig.cmake" ]] || fail "$build has no CPackConfig.cmake: configure it with cmake first"
for tool in cpack dpkg-deb dpkg-shlibdeps file readelf desktop-file-validate; do
    command -v "$tool" >/dev/null \
        || fail "'$tool' is missing (scripts/install-deps.sh --test installs it)"
done

# Only what the package holds is built; cpack itself builds nothing.
build_log="$build/check-deb-build.log"
cmake --build "$build" --target earshot >"$build_log" 2>&1 || {
    cat "$build_log" >&2
    fail "building the earshot target failed (log above)"
}

rm -f "$build"/earshot_*.deb
log="$build/check-deb-cpack.log"
(cd "$build" && cpack -G DEB -B "$build") >"$log" 2>&1 || {
    cat "$log" >&2
    fail "cpack -G DEB failed (log above)"
}
debs=("$build"/earshot_*.deb)
[[ ${#debs[@]} -eq 1 && -f "${debs[0]}" ]] || fail "cpack made no single earshot_*.deb in $build"
deb=${debs[0]}
echo "check-deb: built $deb"

# The control fields.
info=$(dpkg-deb -I "$deb") || fail "dpkg-deb -I cannot read $deb"
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == earshot ]] || fail "Package is '$(field Package)', not earshot"
[[ $(field Section) == sound ]] || fail "Section is '$(field Section)', not sound"
[[ -n $(field Maintainer) ]] || fail "no Maintainer field"
depends=$(field Depends)
echo "check-deb: Depends: $depends"
# One package name per entry, alternatives and version constraints stripped.
mapfile -t depends_names < <(tr ',|' '\n' <<<"$depends" | sed -E 's/\(.*\)//; s/[[:space:]]//g' | grep -v '^$')
has_depend() {
    local name
    for name in "${depends_names[@]}"; do
        [[ $name == "$1" ]] && return 0
    done
    return 1
}
# From dpkg-shlibdeps: the libraries the binary links (Qt, PocketSphinx).
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6websockets6 libqt6multimedia6 \
    libpocketsphinx3; do
    has_depend "$package" || fail "Depends lacks $package (did dpkg-shlibdeps run?): $depends"
done
# Loaded at run time, invisible to dpkg-shlibdeps: the plugins, and the speech model (data).
for package in adduser qt6-qpa-plugins libqt6svg6 gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-pulseaudio \
    pocketsphinx-en-us; do
    has_depend "$package" || fail "Depends lacks $package: $depends"
done
grep -q 'qt6-translations-l10n' <<<"$(field Recommends)" \
    || fail "Recommends lacks qt6-translations-l10n: $(field Recommends)"
grep -q '^ Description: ' <<<"$info" || fail "no Description field"

# The files.
contents=$(dpkg-deb -c "$deb") || fail "dpkg-deb -c cannot list $deb"
paths=$(awk '{ print $6 }' <<<"$contents")
for path in ./usr/bin/earshot ./usr/share/applications/earshot.desktop \
    ./usr/share/icons/hicolor/scalable/apps/earshot.svg ./usr/lib/systemd/system/earshot.service \
    ./usr/lib/sysusers.d/earshot.conf ./etc/earshot/earshot.conf ./usr/share/doc/earshot/service.md; do
    grep -qxF "$path" <<<"$paths" || fail "the package lacks $path; it holds:"$'\n'"$paths"
done
unwanted=$(grep -E '^\./usr/include/|/tests?/|/tst_|earshot-bench|\.a$|^\./usr/lib/.*cmake' <<<"$paths" || true)
[[ -z $unwanted ]] || fail "the package holds files it must not:"$'\n'"$unwanted"
other_programs=$(grep -E '^\./usr/bin/.' <<<"$paths" | grep -vxF ./usr/bin/earshot || true)
[[ -z $other_programs ]] || fail "the package installs programs besides earshot:"$'\n'"$other_programs"
outside=$(grep -vE '^\./(usr/((bin|share)(/.*)?)?)?$' <<<"$paths" \
    | grep -vxE '\./usr/lib/?|\./usr/lib/systemd/?|\./usr/lib/systemd/system/?|\./usr/lib/systemd/system/earshot\.service' \
    | grep -vxE '\./usr/lib/sysusers\.d/?|\./usr/lib/sysusers\.d/earshot\.conf|\./etc/?|\./etc/earshot/?|\./etc/earshot/earshot\.conf' || true)
[[ -z $outside ]] || fail "the package installs outside /usr/bin, /usr/share and the service's files:"$'\n'"$outside"

# The service: its config file is a conffile (dpkg keeps an administrator's changes), the
# maintainer scripts are there, executable and valid shell.
control="$build/check-deb-control"
rm -rf "$control"
dpkg-deb -e "$deb" "$control" || fail "dpkg-deb -e cannot extract the control files of $deb"
grep -qxF /etc/earshot/earshot.conf "$control/conffiles" 2>/dev/null \
    || fail "/etc/earshot/earshot.conf is not a conffile: $(cat "$control/conffiles" 2>/dev/null)"
for script in postinst prerm postrm; do
    [[ -x "$control/$script" ]] || fail "the package has no executable $script"
    sh -n "$control/$script" || fail "$script is not valid shell"
done
grep -q 'systemd-sysusers /usr/lib/sysusers.d/earshot.conf' "$control/postinst" \
    || fail "postinst does not make the earshot user"
rm -rf "$control"

# The files themselves, as a desktop reads them.
extracted="$build/check-deb-root"
rm -rf "$extracted"
dpkg-deb -x "$deb" "$extracted" || fail "dpkg-deb -x cannot extract $deb"
desktop_file="$extracted/usr/share/applications/earshot.desktop"
desktop-file-validate "$desktop_file" || fail "desktop-file-validate rejects earshot.desktop"
grep -qx 'Exec=earshot' "$desktop_file" || fail "earshot.desktop does not run 'earshot'"
grep -qx 'Icon=earshot' "$desktop_file" || fail "earshot.desktop does not name the 'earshot' icon"
icon="$extracted/usr/share/icons/hicolor/scalable/apps/earshot.svg"
grep -q '<svg' "$icon" || fail "earshot.svg is not an SVG file"
file -b "$extracted/usr/bin/earshot" | grep -q 'ELF.*executable' \
    || fail "/usr/bin/earshot is not an executable: $(file -b "$extracted/usr/bin/earshot")"
if readelf -d "$extracted/usr/bin/earshot" | grep -qE 'RPATH|RUNPATH'; then
    fail "/usr/bin/earshot carries an RPATH/RUNPATH: $(readelf -d "$extracted/usr/bin/earshot" | grep -E 'RPATH|RUNPATH')"
fi
rm -rf "$extracted"

echo "check-deb: OK"
