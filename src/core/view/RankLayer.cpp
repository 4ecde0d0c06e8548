#include "core/view/RankLayer.hpp"

#include "core/data/Format.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace aimap {
namespace {

bool isTier(const Metric& m) {
    return m.unit == "tier";
}

std::string whole(double v) {
    return std::to_string(static_cast<long long>(std::llround(v)));
}

} // namespace

std::vector<RankLayerChoice> rankLayerChoices(const Dataset& ds) {
    std::map<std::pair<std::size_t, int>, std::size_t> cities;
    for (const Value& v : ds.values)
        if (v.metric < ds.metrics.size() && (ds.metrics[v.metric].scale == MetricScale::Rank ||
                                             ds.metrics[v.metric].scale == MetricScale::Index))
            ++cities[{v.metric, v.year}];
    std::vector<RankLayerChoice> out;
    for (const auto& [key, n] : cities)
        out.push_back({key.first, key.second, n});
    std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
        const std::string& la = ds.metrics[a.metric].label;
        const std::string& lb = ds.metrics[b.metric].label;
        return la != lb ? la < lb : a.metric != b.metric ? a.metric < b.metric : a.year < b.year;
    });
    return out;
}

std::string badgeText(const Metric& m, const Value& v) {
    const std::string q = v.qualifier == "=" || v.qualifier.empty() ? "" : v.qualifier;
    if (m.scale == MetricScale::Index)
        return q + shortNumber(v.value);
    if (isTier(m))
        return q + "T" + whole(v.value);
    return q + "#" + whole(v.value);
}

std::vector<RankBadge> rankBadges(const Dataset& ds, std::size_t metric, int year) {
    std::vector<RankBadge> out;
    if (metric >= ds.metrics.size())
        return out;
    const Metric& m = ds.metrics[metric];
    if (m.scale != MetricScale::Rank && m.scale != MetricScale::Index)
        return out;
    for (const Value& v : ds.values)
        if (v.metric == metric && v.year == year)
            out.push_back({v.city, &v, badgeText(m, v)});
    const bool descending = m.scale == MetricScale::Index;
    std::stable_sort(out.begin(), out.end(), [&](const RankBadge& a, const RankBadge& b) {
        if (a.value->value != b.value->value)
            return descending ? a.value->value > b.value->value : a.value->value < b.value->value;
        const City& ca = ds.cities[a.city];
        const City& cb = ds.cities[b.city];
        return ca.nameEn != cb.nameEn ? ca.nameEn < cb.nameEn : ca.id < cb.id;
    });
    return out;
}

std::vector<Box> placeBadges(const std::vector<Vec2>& points, const std::vector<Vec2>& sizes,
                             double gapPx) {
    std::vector<Box> placed;
    const auto overlap = [](const Box& a, const Box& b) {
        return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
    };
    for (std::size_t i = 0; i < points.size() && i < sizes.size(); ++i) {
        const Vec2 p = points[i];
        const double w = sizes[i].x, h = sizes[i].y;
        const auto at = [&](double cx, double bottom) {
            const double x = std::round(cx - w / 2), y = std::round(bottom - h);
            return Box{{x, y}, {x + w, y + h}};
        };
        // Above the point, then around it on rings one and two badge heights out.
        std::vector<Box> candidates{at(p.x, p.y - gapPx)};
        for (int ring = 1; ring <= 3; ++ring) {
            const double d = ring * (h + gapPx);
            const double dx = ring * (w / 2 + gapPx + 2);
            for (const Vec2 o : {Vec2{-dx, 0}, Vec2{dx, 0}, Vec2{-dx, -d}, Vec2{dx, -d},
                                 Vec2{0, -d}, Vec2{0, h + 2 * gapPx + (ring - 1) * (h + gapPx)},
                                 Vec2{-dx, d}, Vec2{dx, d}})
                candidates.push_back(at(p.x + o.x, p.y - gapPx + o.y));
        }
        Box chosen = candidates.back();
        for (const Box& c : candidates) {
            bool free = true;
            for (const Box& q : placed)
                free = free && !overlap(c, q);
            if (free) {
                chosen = c;
                break;
            }
        }
        placed.push_back(chosen);
    }
    return placed;
}

std::optional<RankLayerChoice> parseRankLayer(const Dataset& ds, const std::string& text,
                                              std::string& error) {
    const auto colon = text.rfind(':');
    const std::string id = colon == std::string::npos ? text : text.substr(0, colon);
    std::optional<int> year;
    if (colon != std::string::npos) {
        try {
            std::size_t used = 0;
            year = std::stoi(text.substr(colon + 1), &used);
            if (used != text.size() - colon - 1)
                year.reset();
        } catch (const std::exception&) {
            year.reset();
        }
    }
    const auto choices = rankLayerChoices(ds);
    std::optional<RankLayerChoice> found;
    for (const auto& c : choices)
        if (ds.metrics[c.metric].id == id && (!year || *year == c.year) &&
            (!found || c.year > found->year))
            found = c;
    if (!found) {
        error = "no ranking '" + text + "'; rankings (metric:year):";
        for (const auto& c : choices)
            error += " " + ds.metrics[c.metric].id + ":" + std::to_string(c.year);
        if (choices.empty())
            error += " none in this dataset";
        error += "\n";
    }
    return found;
}

} // namespace aimap
