# gpuvirt_add_tests(LINK <targets> [LABELS <labels>] [TIMEOUT s] [EXTRA <shared test sources>]): one test per tst_*.cpp in the calling folder.
function(gpuvirt_add_tests)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LINK;LABELS;EXTRA" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    if(GPUVIRT_SANITIZE)
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 4") # instrumented code runs several times slower
    endif()
    file(GLOB tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/tst_*.cpp)
    foreach(src IN LISTS tests)
        get_filename_component(name ${src} NAME_WE)
        qt_add_executable(${name} ${src} ${ARG_EXTRA})
        target_link_libraries(${name} PRIVATE ${ARG_LINK} Qt6::Test)
        target_compile_definitions(${name} PRIVATE
            GPUVIRT_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
            GPUVIRT_FIXTURES="${PROJECT_SOURCE_DIR}/tests/fixtures"
            GPUVIRT_BINARY_DIR="${PROJECT_BINARY_DIR}")
        add_test(NAME ${name} COMMAND ${name})
        set_tests_properties(${name} PROPERTIES
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANGUAGE=en;LC_ALL=C.UTF-8"
            TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}")
    endforeach()
endfunction()
