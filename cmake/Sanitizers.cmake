# A second, instrumented build of the server: clang with AddressSanitizer and
# UndefinedBehaviorSanitizer (EARSHOT_SANITIZE), and libFuzzer targets in tests/fuzz (EARSHOT_FUZZ).
#   cmake -S . -B build-sanitize -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DEARSHOT_SERVER_ONLY=ON \
#       -DEARSHOT_SANITIZE=ON -DEARSHOT_FUZZ=ON
# Qt itself is not instrumented: the sanitizers see Earshot's code and Qt's inline templates.
option(EARSHOT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer (clang)" OFF)
option(EARSHOT_FUZZ "Build the libFuzzer targets of tests/fuzz (clang; implies EARSHOT_SANITIZE)" OFF)

if(EARSHOT_FUZZ)
    set(EARSHOT_SANITIZE ON)
endif()
if(NOT EARSHOT_SANITIZE)
    return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "EARSHOT_SANITIZE and EARSHOT_FUZZ need clang: -DCMAKE_CXX_COMPILER=clang++")
endif()

# The first report ends the run: a test or a fuzz target that goes on after undefined behaviour
# proves nothing.
set(earshot_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all)
add_compile_options(${earshot_sanitizers} -fno-omit-frame-pointer)
add_link_options(${earshot_sanitizers})
if(EARSHOT_FUZZ)
    # Coverage for libFuzzer in every library; only the fuzz targets link libFuzzer's main.
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# What every instrumented test runs with (ctest ENVIRONMENT): halt at the first error, with a
# stack; leaks are reported, but not those of Qt's own code (cmake/lsan-qt.supp).
set(EARSHOT_SANITIZER_SUPPRESSIONS "${CMAKE_CURRENT_LIST_DIR}/lsan-qt.supp")
set(EARSHOT_SANITIZER_ENVIRONMENT
    "ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1"
    "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1"
    "LSAN_OPTIONS=suppressions=${EARSHOT_SANITIZER_SUPPRESSIONS}:print_suppressions=0")
