# Installs into a scratch prefix and checks the files a desktop needs are there.
set(prefix "${BUILD_DIR}/install-check")
file(REMOVE_RECURSE "${prefix}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed with ${rc}")
endif()
foreach(f bin/rollcage
          ${LIBDIR}/rollcage/librollcage_core.so
          ${LIBDIR}/rollcage/librollcage_gui.so
          ${LIBDIR}/rollcage/librollcage_net.so
          ${LIBDIR}/rollcage/librollcage_console.so
          ${LIBDIR}/rollcage/librollcage_gateplugin.so
          ${LIBDIR}/rollcage/librollcage_consoleplugin.so
          share/applications/${APP_ID}.desktop
          share/metainfo/${APP_ID}.metainfo.xml
          share/icons/hicolor/scalable/apps/${APP_ID}.svg)
    if(NOT EXISTS "${prefix}/${f}")
        message(FATAL_ERROR "missing after install: ${f}")
    endif()
endforeach()
# The installed binary, away from the build tree, must find the libraries it links (its
# RPATH) and the console plugin it loads at run time (core/PluginLoader.cpp), without any
# environment variable.
set(library_path --unset=LD_LIBRARY_PATH)
if(ASAN)
    # ASan's dlopen interceptor becomes the caller the loader takes the run path from, so
    # no run path is consulted (google/sanitizers#1219): name the installed directory.
    set(library_path "LD_LIBRARY_PATH=${prefix}/${LIBDIR}/rollcage")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env ${library_path} QT_QPA_PLATFORM=offscreen
                        XDG_CONFIG_HOME=${prefix}/home/config XDG_DATA_HOME=${prefix}/home/data
                        "${prefix}/bin/rollcage" --self-test
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "console loaded")
    message(FATAL_ERROR "installed rollcage --self-test failed (${rc}):\n${out}${err}")
endif()
message(STATUS "install layout ok")
