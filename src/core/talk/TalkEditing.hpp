#pragma once

#include "core/geo/LonLat.hpp"
#include "core/talk/Talk.hpp"

#include <cstddef>

namespace aimap {

/// Authoring a talk in the viewer (issue 15): the map as it is now becomes a scene, and scenes
/// are reordered and removed. Plain functions on the Talk value; each returns the index of the
/// scene to select afterwards.

/// The view now as a scene: the core's view value as it is (metric, year, sectors, zones, ranks,
/// selection, labels), a "centre" camera at `centre` and `zoom` (log2 over "Fit China"), the
/// cards open now, no spotlight, no caption, titled "Scene N" (`number`: 1-based).
TalkScene sceneFromView(const ViewState& view, LonLat centre, double zoom, const TalkCards& cards,
                        std::size_t number);

/// Inserts `scene` after scene `after` (at the end when `after` is past the last scene).
std::size_t insertScene(Talk& talk, std::size_t after, TalkScene scene);

/// Moves scene `i` one place earlier (`delta` < 0) or later (> 0); at either end it stays.
std::size_t moveScene(Talk& talk, std::size_t i, int delta);

/// Removes scene `i`; a talk keeps at least one scene (removing the only one does nothing).
std::size_t removeScene(Talk& talk, std::size_t i);

} // namespace aimap
