# Defines sciport's imported targets; used by cmake/CMakeLists.txt (build tree)
# and by the installed sciportConfig.cmake (install tree).
include_guard(GLOBAL)

# sciport_static_system_libs(<out-var>)
# The system libraries the Rust static library needs on Linux, as printed by
# `cargo rustc --lib --crate-type staticlib -- --print native-static-libs`.
function(sciport_static_system_libs out_var)
  set(${out_var} gcc_s util rt pthread m dl c PARENT_SCOPE)
endfunction()

# sciport_define_targets(LIB_DIR <dir> SHARED_NAME <file> SONAME <soname>
#                        INCLUDE_DIRS <dir>... STATIC <bool> [DEPENDS <target>...]
#                        [GLOBAL])
# Creates sciport::shared (<LIB_DIR>/<SHARED_NAME>), sciport::static
# (<LIB_DIR>/libsciport.a) and sciport::sciport, an interface target linking the
# static one when STATIC is true, else the shared one. DEPENDS names targets that
# produce the files (the cargo build in a build tree).
function(sciport_define_targets)
  cmake_parse_arguments(A "GLOBAL" "LIB_DIR;SHARED_NAME;SONAME;STATIC"
                        "INCLUDE_DIRS;DEPENDS" ${ARGN})
  set(_scope "")
  if(A_GLOBAL)
    set(_scope GLOBAL)
  endif()
  set(_static_name "${CMAKE_STATIC_LIBRARY_PREFIX}sciport${CMAKE_STATIC_LIBRARY_SUFFIX}")
  set(_system_libs "")
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    sciport_static_system_libs(_system_libs)
  endif()

  add_library(sciport::shared SHARED IMPORTED ${_scope})
  set_target_properties(sciport::shared PROPERTIES
    IMPORTED_LOCATION "${A_LIB_DIR}/${A_SHARED_NAME}"
    INTERFACE_INCLUDE_DIRECTORIES "${A_INCLUDE_DIRS}")
  if(A_SONAME)
    set_target_properties(sciport::shared PROPERTIES IMPORTED_SONAME "${A_SONAME}")
  endif()

  add_library(sciport::static STATIC IMPORTED ${_scope})
  set_target_properties(sciport::static PROPERTIES
    IMPORTED_LOCATION "${A_LIB_DIR}/${_static_name}"
    IMPORTED_LINK_INTERFACE_LANGUAGES C
    INTERFACE_INCLUDE_DIRECTORIES "${A_INCLUDE_DIRS}"
    INTERFACE_LINK_LIBRARIES "${_system_libs}")

  add_library(sciport::sciport INTERFACE IMPORTED ${_scope})
  if(A_STATIC)
    set_target_properties(sciport::sciport PROPERTIES INTERFACE_LINK_LIBRARIES sciport::static)
  else()
    set_target_properties(sciport::sciport PROPERTIES INTERFACE_LINK_LIBRARIES sciport::shared)
  endif()

  if(A_DEPENDS)
    add_dependencies(sciport::shared ${A_DEPENDS})
    add_dependencies(sciport::static ${A_DEPENDS})
  endif()
endfunction()
