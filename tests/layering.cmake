# Checks the one dependency rule of the architecture (run by CTest, label "unit"):
#   src/core    includes no SFML, no ImGui, no GL, no X11, no FreeType;
#   src/render  includes no ImGui;
#   src/ui      includes no SFML and no GL.
# SFML, ImGui and GL headers all live in /usr/include, so the compiler alone cannot enforce this.
set(failed "")
function(check dir pattern)
  file(GLOB_RECURSE files "${ROOT}/src/${dir}/*.hpp" "${ROOT}/src/${dir}/*.cpp")
  foreach(f ${files})
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](${pattern})")
    if(lines)
      string(REPLACE "${ROOT}/" "" rel "${f}")
      list(APPEND failed "${rel}: ${lines}")
      set(failed "${failed}" PARENT_SCOPE)
    endif()
  endforeach()
endfunction()
check(core "SFML/|imgui|backends/|GL/|X11/|ft2build|freetype|render/|ui/|app/")
check(render "imgui|backends/|ui/|app/")
check(ui "SFML/|GL/|render/|app/")
if(failed)
  string(REPLACE ";" "\n  " msg "${failed}")
  message(FATAL_ERROR "layering violations:\n  ${msg}")
endif()
message(STATUS "layering: core, render and ui include only what they may")
