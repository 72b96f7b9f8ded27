# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer target for ctest, on a working corpus in the build tree (the seeds are copied
# in, so the corpus in the repository is never written), and fails when the fuzzer finds a crash,
# a leak, a timeout or a broken property. Crash inputs go to WORK/crashes/.
#
#   cmake -DFUZZER=exe -DWORK=dir -DSECONDS=60 -DSEEDS="dir;dir" [-DDICT=file] -P RunFuzzer.cmake
foreach(var FUZZER WORK SECONDS SEEDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "RunFuzzer.cmake: ${var} is not set")
    endif()
endforeach()

set(corpus "${WORK}/corpus")
set(crashes "${WORK}/crashes")
file(MAKE_DIRECTORY "${corpus}" "${crashes}")
foreach(dir IN LISTS SEEDS)
    file(GLOB seeds "${dir}/*")
    if(seeds)
        file(COPY ${seeds} DESTINATION "${corpus}")
    endif()
endforeach()

set(args
    -max_total_time=${SECONDS}
    -print_final_stats=1
    -timeout=30
    -rss_limit_mb=4096
    -artifact_prefix=${crashes}/)
if(DICT)
    list(APPEND args -dict=${DICT})
endif()

get_filename_component(name "${FUZZER}" NAME)
set(log "${WORK}/last-run.log")
message(STATUS "${name}: ${SECONDS} s on ${corpus}; log in ${log}")
execute_process(
    COMMAND "${FUZZER}" ${args} "${corpus}"
    RESULT_VARIABLE rc
    OUTPUT_FILE "${log}"
    ERROR_FILE "${log}")

# The summary: the last status line (coverage, corpus size), the final statistics and the
# targets' own "stepwise fuzz:" lines. Brackets and semicolons would split or glue CMake list
# items, so they are replaced before the log is cut into lines.
file(READ "${log}" text)
string(REPLACE "[" "(" text "${text}")
string(REPLACE "]" ")" text "${text}")
string(REPLACE ";" "," text "${text}")
string(REPLACE "\n" ";" lines "${text}")
set(lastStatus "")
set(stats "")
set(notes "")
foreach(line IN LISTS lines)
    if(line MATCHES "^#[0-9]+.*cov: ")
        set(lastStatus "${line}")
    elseif(line MATCHES "^stat::")
        string(APPEND stats "  ${line}\n")
    elseif(line MATCHES "^stepwise fuzz:")
        string(APPEND notes "  ${line}\n")
    endif()
endforeach()
message(STATUS "${name}: ${lastStatus}\n${stats}${notes}")

if(NOT rc EQUAL 0)
    list(LENGTH lines count)
    math(EXPR from "${count} - 120")
    if(from LESS 0)
        set(from 0)
    endif()
    list(SUBLIST lines ${from} 120 tail)
    list(JOIN tail "\n" tailText)
    message("${tailText}")
    message(FATAL_ERROR "${name} failed (exit code ${rc}); the input that failed is in ${crashes}/")
endif()
