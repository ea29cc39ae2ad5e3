# Install rules of cmake/CMakeLists.txt: the libraries (real file plus SONAME
# and development symlinks), the headers, the CMake package files and sciport.pc.
include_guard(GLOBAL)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)
include("${CMAKE_CURRENT_LIST_DIR}/sciportTargets.cmake")
set(_SCIPORT_CMAKE_DIR "${CMAKE_CURRENT_LIST_DIR}")

# sciport_install_rules(LIB_DIR <cargo output dir> ROOT <repository root>)
function(sciport_install_rules)
  cmake_parse_arguments(A "" "LIB_DIR;ROOT" "" ${ARGN})
  _sciport_install_libraries("${A_LIB_DIR}" _shared_name)
  _sciport_install_headers("${A_ROOT}")
  _sciport_install_cmake_package("${_shared_name}")
  _sciport_install_pkgconfig()
endfunction()

# Installs libsciport.a and the shared library; on Linux as
# libsciport.so.X.Y.Z + libsciport.so.X -> it + libsciport.so -> libsciport.so.X.
# Sets <out_name> to the file name of the real shared library.
function(_sciport_install_libraries lib_dir out_name)
  set(_so "${CMAKE_SHARED_LIBRARY_PREFIX}sciport${CMAKE_SHARED_LIBRARY_SUFFIX}")
  set(_a "${CMAKE_STATIC_LIBRARY_PREFIX}sciport${CMAKE_STATIC_LIBRARY_SUFFIX}")
  install(FILES "${lib_dir}/${_a}" DESTINATION "${CMAKE_INSTALL_LIBDIR}")
  if(NOT CMAKE_SYSTEM_NAME STREQUAL "Linux")
    install(PROGRAMS "${lib_dir}/${_so}" DESTINATION "${CMAKE_INSTALL_LIBDIR}")
    set(${out_name} "${_so}" PARENT_SCOPE)
    return()
  endif()
  set(_real "libsciport.so.${PROJECT_VERSION}")
  set(_soname "libsciport.so.${PROJECT_VERSION_MAJOR}")
  set(_stage "${CMAKE_CURRENT_BINARY_DIR}/install-stage")
  file(MAKE_DIRECTORY "${_stage}")
  file(CREATE_LINK "${_real}" "${_stage}/${_soname}" SYMBOLIC)
  file(CREATE_LINK "${_soname}" "${_stage}/libsciport.so" SYMBOLIC)
  install(PROGRAMS "${lib_dir}/${_so}" DESTINATION "${CMAKE_INSTALL_LIBDIR}" RENAME "${_real}")
  # install(FILES) copies symlinks as symlinks.
  install(FILES "${_stage}/${_soname}" "${_stage}/libsciport.so"
          DESTINATION "${CMAKE_INSTALL_LIBDIR}")
  set(${out_name} "${_real}" PARENT_SCOPE)
endfunction()

# Installs sciport.h and, when the C++ binding exists, sciport.hpp side by side.
function(_sciport_install_headers root)
  install(FILES "${root}/include/sciport.h" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
  if(EXISTS "${root}/bindings/cpp/sciport.hpp")
    install(FILES "${root}/bindings/cpp/sciport.hpp" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
  endif()
endfunction()

# Installs sciportConfig.cmake, sciportConfigVersion.cmake and sciportTargets.cmake
# into <libdir>/cmake/sciport. The config is hand-written (install(EXPORT) cannot
# export targets built by cargo) and relocatable.
function(_sciport_install_cmake_package shared_name)
  set(_dest "${CMAKE_INSTALL_LIBDIR}/cmake/sciport")
  set(_out "${CMAKE_CURRENT_BINARY_DIR}/package")
  set(SCIPORT_SHARED_NAME "${shared_name}")
  set(SCIPORT_SONAME "")
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(SCIPORT_SONAME "libsciport.so.${PROJECT_VERSION_MAJOR}")
  endif()
  configure_package_config_file(
    "${_SCIPORT_CMAKE_DIR}/sciportConfig.cmake.in"
    "${_out}/sciportConfig.cmake"
    INSTALL_DESTINATION "${_dest}"
    PATH_VARS CMAKE_INSTALL_LIBDIR CMAKE_INSTALL_INCLUDEDIR)
  # ABI major = SONAME major (DESIGN.md §3), so any same-major version is compatible.
  write_basic_package_version_file("${_out}/sciportConfigVersion.cmake"
    VERSION "${PROJECT_VERSION}" COMPATIBILITY SameMajorVersion)
  install(FILES "${_out}/sciportConfig.cmake" "${_out}/sciportConfigVersion.cmake"
                "${_SCIPORT_CMAKE_DIR}/sciportTargets.cmake"
          DESTINATION "${_dest}")
endfunction()

# Installs <libdir>/pkgconfig/sciport.pc; paths are relative to ${pcfiledir}
# so the tree can be moved (and `cmake --install --prefix` works).
function(_sciport_install_pkgconfig)
  set(_pcdir "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
  if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
    set(SCIPORT_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
    set(SCIPORT_PC_LIBDIR "${CMAKE_INSTALL_FULL_LIBDIR}")
    set(SCIPORT_PC_INCLUDEDIR "${CMAKE_INSTALL_FULL_INCLUDEDIR}")
  else()
    file(RELATIVE_PATH _up "/sciport-prefix/${_pcdir}" "/sciport-prefix")
    string(REGEX REPLACE "/$" "" _up "${_up}")
    set(SCIPORT_PC_PREFIX "\${pcfiledir}/${_up}")
    set(SCIPORT_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
    set(SCIPORT_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
  endif()
  sciport_static_system_libs(_libs)
  string(REPLACE ";" " -l" SCIPORT_PC_LIBS_PRIVATE "-l${_libs}")
  configure_file("${_SCIPORT_CMAKE_DIR}/sciport.pc.in"
                 "${CMAKE_CURRENT_BINARY_DIR}/sciport.pc" @ONLY)
  install(FILES "${CMAKE_CURRENT_BINARY_DIR}/sciport.pc" DESTINATION "${_pcdir}")
endfunction()
