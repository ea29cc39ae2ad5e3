# Helpers of cmake/CMakeLists.txt: read the crate version and drive cargo.
include_guard(GLOBAL)
include("${CMAKE_CURRENT_LIST_DIR}/sciportTargets.cmake")

# sciport_cargo_version(<Cargo.toml> <out-var>)
# Sets <out-var> to the `version` of the [package] table of <Cargo.toml>.
function(sciport_cargo_version manifest out_var)
  file(STRINGS "${manifest}" _lines)
  set(_section "")
  foreach(_line IN LISTS _lines)
    if(_line MATCHES "^[ \t]*\\[([^]]*)\\]")
      set(_section "${CMAKE_MATCH_1}")
    elseif(_section STREQUAL "package"
           AND _line MATCHES "^[ \t]*version[ \t]*=[ \t]*\"([0-9]+\\.[0-9]+\\.[0-9]+)")
      set(${out_var} "${CMAKE_MATCH_1}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
  message(FATAL_ERROR "sciport: no [package] version found in ${manifest}")
endfunction()

# sciport_build_crate(ROOT <dir> CARGO <exe> PROFILE debug|release
#                     TARGET_DIR <dir> OUT_DIR <out-var>)
# Adds the always-run target `sciport_cargo_build` that runs `cargo build --lib`
# (cargo itself decides whether anything is stale) and sets <out-var> to the
# folder that receives libsciport.so and libsciport.a.
function(sciport_build_crate)
  cmake_parse_arguments(A "" "ROOT;CARGO;PROFILE;TARGET_DIR;OUT_DIR" "" ${ARGN})
  if(A_PROFILE STREQUAL "release")
    set(_profile_flag --release)
  elseif(A_PROFILE STREQUAL "debug")
    set(_profile_flag "")
  else()
    message(FATAL_ERROR "sciport: SCIPORT_CARGO_PROFILE must be debug or release, "
                        "not '${A_PROFILE}'")
  endif()
  set(_lib_dir "${A_TARGET_DIR}/${A_PROFILE}")
  set(_shared "${_lib_dir}/${CMAKE_SHARED_LIBRARY_PREFIX}sciport${CMAKE_SHARED_LIBRARY_SUFFIX}")
  set(_static "${_lib_dir}/${CMAKE_STATIC_LIBRARY_PREFIX}sciport${CMAKE_STATIC_LIBRARY_SUFFIX}")
  set(_extra_commands "")
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    # build.rs creates it too; re-create it in case the folder was copied.
    set(_extra_commands COMMAND "${CMAKE_COMMAND}" -E create_symlink
        libsciport.so "${_lib_dir}/libsciport.so.${PROJECT_VERSION_MAJOR}")
  endif()
  add_custom_target(sciport_cargo_build ALL
    COMMAND "${CMAKE_COMMAND}" -E env "CARGO_TARGET_DIR=${A_TARGET_DIR}"
            "${A_CARGO}" build --lib ${_profile_flag}
            --manifest-path "${A_ROOT}/Cargo.toml"
    ${_extra_commands}
    BYPRODUCTS "${_shared}" "${_static}"
    WORKING_DIRECTORY "${A_ROOT}"
    COMMENT "cargo build of sciport (${A_PROFILE}) into ${A_TARGET_DIR}"
    USES_TERMINAL
    VERBATIM)
  set(${A_OUT_DIR} "${_lib_dir}" PARENT_SCOPE)
endfunction()
