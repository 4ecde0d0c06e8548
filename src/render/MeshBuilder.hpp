#pragma once

#include "core/Theme.hpp"
#include "core/camera/Camera.hpp"
#include "core/data/BasemapLoader.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <cstdint>
#include <vector>

namespace aimap {

/// A theme colour for SFML, its alpha multiplied by `alpha` / 255.
sf::Color toSf(Rgba c, std::uint8_t alpha = 255);

/// Appends the fill of every polygon of `feature` (world metres, tessellated by GLU) to `out`
/// as triangles in `colour`.
void appendFill(sf::VertexArray& out, const BasemapFeature& feature, Rgba colour);

/// Paints every vertex of `mesh` in `colour` (a fill made by appendFill, recoloured when the
/// theme changes without tessellating again).
void recolour(sf::VertexArray& mesh, Rgba colour);

/// Appends one line of constant pixel width along `points` (world metres) to `quads` (a
/// sf::Triangles array, in `camera`'s screen pixels): closed (a ring) or open. Segments entirely
/// outside `camera`'s visible world are skipped; each segment is extended by half the width so
/// consecutive segments overlap at joins.
void appendLine(sf::VertexArray& quads, const std::vector<Vec2>& points, bool closed,
                const Camera& camera, float widthPx, sf::Color colour);

} // namespace aimap
