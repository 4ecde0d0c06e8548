#include "core/labels/LabelLayout.hpp"

#include "core/labels/LabelPlacer.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace aimap {

bool circleMeetsBox(Vec2 c, double r, const Box& b) {
    const double dx = c.x - std::clamp(c.x, b.min.x, b.max.x);
    const double dy = c.y - std::clamp(c.y, b.min.y, b.max.y);
    return dx * dx + dy * dy < r * r;
}

bool segmentMeetsBox(Vec2 a, Vec2 b, const Box& box) {
    // Liang-Barsky: clip the parameter range [0, 1] against the four sides.
    double t0 = 0, t1 = 1;
    const double d[2] = {b.x - a.x, b.y - a.y};
    const double p0[2] = {a.x, a.y};
    const double lo[2] = {box.min.x, box.min.y};
    const double hi[2] = {box.max.x, box.max.y};
    for (int k = 0; k < 2; ++k) {
        if (d[k] == 0) {
            if (p0[k] <= lo[k] || p0[k] >= hi[k])
                return false;
            continue;
        }
        double ta = (lo[k] - p0[k]) / d[k], tb = (hi[k] - p0[k]) / d[k];
        if (ta > tb)
            std::swap(ta, tb);
        t0 = std::max(t0, ta);
        t1 = std::min(t1, tb);
        if (t0 >= t1)
            return false;
    }
    return true;
}

namespace {

double distanceToSegment(Vec2 p, Vec2 a, Vec2 b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double t =
        len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

constexpr double kPi = 3.14159265358979323846;

/// The rect of a label of `size` whose point nearest the anchor lies at `distance` from it in
/// direction `angle` (radians, screen y down): beside the circle to the right or left, centred
/// above or below, by a corner on the diagonals.
Box rectAt(Vec2 anchor, Vec2 size, double distance, double angle) {
    const double c = std::cos(angle), s = std::sin(angle);
    const Vec2 p{anchor.x + c * distance, anchor.y + s * distance};
    constexpr double kSide = 0.38; // |cos| below this: centred horizontally (about +-22 degrees)
    double x = c > kSide ? p.x : c < -kSide ? p.x - size.x : p.x - size.x / 2;
    double y = s > kSide ? p.y : s < -kSide ? p.y - size.y : p.y - size.y / 2;
    if (std::abs(c) > kSide && std::abs(s) <= kSide)
        x = c > 0 ? anchor.x + distance : anchor.x - distance - size.x; // flush beside the circle
    return Box{{x, y}, {x + size.x, y + size.y}};
}

/// Marker circles bucketed by the cells of a coarse grid over the viewport, so that a candidate
/// rect is tested against the markers near it only (enterprise layers draw thousands).
class MarkerGrid {
public:
    MarkerGrid(const std::vector<MarkerCircle>& markers, Vec2 viewport) : m_markers(markers) {
        m_cols = std::max(1, static_cast<int>(std::ceil(viewport.x / kCell)));
        m_rows = std::max(1, static_cast<int>(std::ceil(viewport.y / kCell)));
        m_cells.resize(static_cast<std::size_t>(m_cols * m_rows));
        m_stamp.assign(markers.size(), 0);
        for (std::size_t i = 0; i < markers.size(); ++i) {
            const MarkerCircle& m = markers[i];
            if (!std::isfinite(m.centre.x) || !std::isfinite(m.centre.y) ||
                !std::isfinite(m.radius))
                continue;
            const Box b{{m.centre.x - m.radius, m.centre.y - m.radius},
                        {m.centre.x + m.radius, m.centre.y + m.radius}};
            forCells(b, [&](std::vector<std::size_t>& cell) { cell.push_back(i); });
        }
    }
    /// Calls f(marker) once for each marker whose bounding box may meet `b`.
    template <class F> bool any(const Box& b, F f) {
        ++m_now;
        bool hit = false;
        forCells(b, [&](std::vector<std::size_t>& cell) {
            for (std::size_t i : cell) {
                if (hit || m_stamp[i] == m_now)
                    continue;
                m_stamp[i] = m_now;
                hit = f(m_markers[i]);
            }
        });
        return hit;
    }

private:
    static constexpr double kCell = 64;
    template <class F> void forCells(const Box& b, F f) {
        const int x0 = std::clamp(static_cast<int>(std::floor(b.min.x / kCell)), 0, m_cols - 1);
        const int x1 = std::clamp(static_cast<int>(std::floor(b.max.x / kCell)), 0, m_cols - 1);
        const int y0 = std::clamp(static_cast<int>(std::floor(b.min.y / kCell)), 0, m_rows - 1);
        const int y1 = std::clamp(static_cast<int>(std::floor(b.max.y / kCell)), 0, m_rows - 1);
        if (b.max.x < 0 || b.max.y < 0 || b.min.x > m_cols * kCell || b.min.y > m_rows * kCell)
            return;
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                f(m_cells[static_cast<std::size_t>(y * m_cols + x)]);
    }
    const std::vector<MarkerCircle>& m_markers;
    int m_cols = 1, m_rows = 1;
    std::vector<std::vector<std::size_t>> m_cells;
    std::vector<unsigned> m_stamp;
    unsigned m_now = 0;
};

struct Candidate {
    Box rect;
    bool leader = false;
};

std::vector<Candidate> candidatesFor(const LabelWish& w, const LabelLayoutParams& p,
                                     bool withLeaders) {
    std::vector<Candidate> out;
    const double near = w.radius + p.gap;
    // Right, upper right, lower right, left, upper left, lower left, above, below (degrees,
    // screen y down).
    for (const double deg : {0.0, -45.0, 45.0, 180.0, -135.0, 135.0, -90.0, 90.0})
        out.push_back({rectAt(w.anchor, w.size, near, deg * kPi / 180), false});
    if (!withLeaders)
        return out;
    for (int step = 1; step <= 5; ++step)
        for (int k = 0; k < 16; ++k) {
            const double deg = k * 22.5;
            out.push_back(
                {rectAt(w.anchor, w.size, near + step * p.leaderStep, deg * kPi / 180), true});
        }
    return out;
}

} // namespace

std::vector<PlacedLabel> layoutLabels(const std::vector<LabelWish>& wishes,
                                      const std::vector<MarkerCircle>& markers,
                                      const std::vector<Box>& obstacles,
                                      const LabelLayoutParams& params) {
    std::vector<std::size_t> order(wishes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const LabelWish& x = wishes[a];
        const LabelWish& y = wishes[b];
        if (x.tier != y.tier)
            return x.tier < y.tier;
        if (x.priority != y.priority)
            return x.priority > y.priority;
        return x.id < y.id;
    });
    MarkerGrid grid(markers, params.viewport);
    std::vector<PlacedLabel> placed;
    std::size_t leaderLabels = 0;
    for (const std::size_t wi : order) {
        const LabelWish& w = wishes[wi];
        if (!(w.size.x > 0 && w.size.y > 0) || !std::isfinite(w.anchor.x) ||
            !std::isfinite(w.anchor.y) || !std::isfinite(w.radius))
            continue;
        const bool withLeaders =
            w.leaders && w.tier < 2 && (w.tier == 0 || leaderLabels < params.maxLeaderLabels);
        const auto candidates = candidatesFor(w, params, withLeaders);
        if (withLeaders)
            ++leaderLabels;
        const auto inside = [&](const Box& r) {
            return r.min.x >= 0 && r.min.y >= 0 && r.max.x <= params.viewport.x &&
                   r.max.y <= params.viewport.y;
        };
        const auto clearOfObstacles = [&](const Box& r) {
            return std::none_of(obstacles.begin(), obstacles.end(),
                                [&](const Box& o) { return overlaps(r, o); });
        };
        const auto clearOfMarkers = [&](const Box& r, bool circlesToo) {
            // A margin around the rect for centres: a label's edge on a marker's centre hides it.
            const Box around{{r.min.x - 2, r.min.y - 2}, {r.max.x + 2, r.max.y + 2}};
            return !grid.any(around, [&](const MarkerCircle& m) {
                if (m.owner == w.owner)
                    return false;
                const bool centre = m.centre.x >= around.min.x && m.centre.x <= around.max.x &&
                                    m.centre.y >= around.min.y && m.centre.y <= around.max.y;
                return centre || (circlesToo && circleMeetsBox(m.centre, m.radius, r));
            });
        };
        std::optional<PlacedLabel> choice;
        // What has no figure (tier 2) never lies on another marker's circle: a quiet name on a
        // cluster would read as the cluster's.
        const int rounds = w.tier >= 2 ? 1 : 3;
        for (int round = 0; round < rounds && !choice; ++round)
            for (const Candidate& c : candidates) {
                if (!inside(c.rect) || circleMeetsBox(w.anchor, w.radius, c.rect) ||
                    !clearOfObstacles(c.rect))
                    continue;
                if (std::any_of(placed.begin(), placed.end(),
                                [&](const PlacedLabel& q) { return overlaps(c.rect, q.rect); }))
                    continue;
                if (!clearOfMarkers(c.rect, round == 0) || (round == 2 && !c.leader))
                    continue;
                PlacedLabel pl;
                pl.wish = wi;
                pl.rect = c.rect;
                pl.leader = c.leader;
                if (c.leader) {
                    const Vec2 to{std::clamp(w.anchor.x, c.rect.min.x, c.rect.max.x),
                                  std::clamp(w.anchor.y, c.rect.min.y, c.rect.max.y)};
                    const double len = std::hypot(to.x - w.anchor.x, to.y - w.anchor.y);
                    if (len <= 0)
                        continue;
                    pl.to = to;
                    pl.from = {w.anchor.x + (to.x - w.anchor.x) * w.radius / len,
                               w.anchor.y + (to.y - w.anchor.y) * w.radius / len};
                    if (std::any_of(placed.begin(), placed.end(), [&](const PlacedLabel& q) {
                            return segmentMeetsBox(pl.from, pl.to, q.rect);
                        }))
                        continue;
                    // Nor through the middle of another marker: it keeps half that marker's
                    // radius from its centre, unless it starts nearer and moves away (a city
                    // inside a larger circle).
                    Box span;
                    span.expand(pl.from);
                    span.expand(pl.to);
                    const bool crosses = grid.any(span, [&](const MarkerCircle& m) {
                        if (m.owner == w.owner)
                            return false;
                        const double start =
                            std::hypot(pl.from.x - m.centre.x, pl.from.y - m.centre.y);
                        const double clear = round < 2 ? std::max(0.5 * m.radius, 4.0) : 3.0;
                        const double keep = std::min(clear, start - 1e-9);
                        return distanceToSegment(m.centre, pl.from, pl.to) < keep;
                    });
                    if (crosses)
                        continue;
                }
                choice = pl;
                break;
            }
        if (!choice && w.tier == 0) {
            // The selected item is always labelled: its first position inside the window (or
            // the first of all), over whatever is there.
            choice = PlacedLabel{wi, candidates.front().rect, false, {}, {}, true};
            for (const Candidate& c : candidates)
                if (!c.leader && inside(c.rect)) {
                    choice->rect = c.rect;
                    break;
                }
        }
        if (choice)
            placed.push_back(*choice);
    }
    return placed;
}

double radiusWithSymbols(Vec2 centre, double radius, const std::vector<MarkerCircle>& symbols) {
    for (const MarkerCircle& sym : symbols)
        if (std::abs(centre.x - sym.centre.x) <= 0.5 && std::abs(centre.y - sym.centre.y) <= 0.5)
            radius = std::max(radius, sym.radius);
    return radius;
}

} // namespace aimap
