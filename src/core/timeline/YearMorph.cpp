#include "core/timeline/YearMorph.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace aimap {

MorphedMarker morphMarker(std::optional<double> a, std::optional<double> b, double eased,
                          const SymbolScale& scale) {
    const double e = std::clamp(std::isfinite(eased) ? eased : 1.0, 0.0, 1.0);
    MorphedMarker m;
    if (a && b) {
        const double ra = scale.radius(*a), rb = scale.radius(*b);
        m.state = MorphedMarker::State::Both;
        m.radiusPx = std::sqrt((1 - e) * ra * ra + e * rb * rb); // area, not radius, is linear
        m.opacity = 1;
    } else if (a) {
        m.state = MorphedMarker::State::Vanishing;
        m.radiusPx = scale.radius(*a);
        m.opacity = static_cast<float>(1 - e);
    } else if (b) {
        m.state = MorphedMarker::State::Appearing;
        m.radiusPx = scale.radius(*b);
        m.opacity = static_cast<float>(e);
    }
    return m;
}

const Value* previousFigure(const Dataset& ds, std::size_t city, std::size_t metric, int year,
                            bool (*accept)(const Value&)) {
    const auto key = [](const Value& v) { return std::make_tuple(v.city, v.metric, v.year); };
    const auto want = std::make_tuple(city, metric, year);
    auto it = std::lower_bound(ds.values.begin(), ds.values.end(), want,
                               [&](const Value& v, const auto& w) { return key(v) < w; });
    while (it != ds.values.begin()) {
        --it;
        if (it->city != city || it->metric != metric)
            break;
        if (it->kind == ValueKind::Actual && (!accept || accept(*it)))
            return &*it;
    }
    return nullptr;
}

} // namespace aimap
