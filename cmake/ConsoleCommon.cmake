# Compile settings shared by every target: one INTERFACE library linked everywhere.
add_library(console_common_cfg INTERFACE)
target_compile_features(console_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(console_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(console_common_cfg INTERFACE -Wall -Wextra -Wpedantic)
# Hardened linking for what gets installed: relocations read-only, symbols bound at start.
target_link_options(console_common_cfg INTERFACE -Wl,-z,relro -Wl,-z,now)
if(CONSOLE_WARNINGS_AS_ERRORS)
    target_compile_options(console_common_cfg INTERFACE -Werror)
endif()

# add_console_test(<name> SOURCES ... [LIBS ...] [LABELS ...] [ENVIRONMENT ...])
# Every test runs on the offscreen platform; the test command wraps ctest in a
# private D-Bus session with an unlocked keyring.
function(add_console_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test console_common_cfg ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        CONSOLE_SANDBOX_BINARY="$<TARGET_FILE:infrai-sandbox>"
        CONSOLE_CONSOLE_BINARY="$<TARGET_FILE:infrai-console>"
        CONSOLE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false;${ARG_ENVIRONMENT}")
endfunction()
