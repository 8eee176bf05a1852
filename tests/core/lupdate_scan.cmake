# Runs lupdate on the project update_translations uses, writing a scratch catalogue, and
# checks that it finishes in time and found messages from each part of the program.
file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${OUT_DIR}/project.json
            -P "${GENERATOR}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not generate the lupdate project from ${PROJECT_IN}")
endif()

execute_process(
    COMMAND "${LUPDATE}" -project ${OUT_DIR}/project.json -ts ${OUT_DIR}/scan.ts
            -locations absolute -no-obsolete
    TIMEOUT 60
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate did not finish within 60 s (${rc}): some source makes its "
                        "parser loop; bisect the sources in ${OUT_DIR}/project.json\n${out}")
endif()

file(READ "${OUT_DIR}/scan.ts" scan)
foreach(context rollcage::cli rollcage::runbook::Importer rollcage::execution::Engine
                rollcage::messaging::WebhookSender rollcage::gui::MainWindow
                rollcage::gui::HealthDock RollbackPage)
    if(NOT scan MATCHES "<name>${context}</name>")
        message(FATAL_ERROR "lupdate found no message of ${context}: its sources were not scanned")
    endif()
endforeach()
# Generated and embedded files are not ours to translate.
if(scan MATCHES "filename=\"[^\"]*(_autogen/|/\\.qt/|/resources/)[^\"]*\"")
    message(FATAL_ERROR "lupdate took messages from generated or resource files: ${CMAKE_MATCH_0}")
endif()
