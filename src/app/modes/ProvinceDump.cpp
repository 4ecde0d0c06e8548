#include "app/modes/ProvinceDump.hpp"

#include "app/Viewer.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace aimap {

void addProvinceDump(const Viewer& viewer, nlohmann::json& j) {
    const BasemapLayer& layer = viewer.provinceLayer();
    const auto code = [&](std::optional<std::size_t> i) {
        return i && *i < layer.features.size() ? nlohmann::json(layer.features[*i].code)
                                               : nlohmann::json(nullptr);
    };
    nlohmann::json pick = nlohmann::json::object();
    const auto points = viewer.provincePickPoints();
    for (std::size_t i = 0; i < points.size() && i < layer.features.size(); ++i)
        if (points[i])
            pick[layer.features[i].code] = {std::lround(points[i]->x), std::lround(points[i]->y)};
    const auto& card = viewer.provinceCard();
    // The card is on screen only while no city or cluster card covers it.
    const bool shown =
        card && viewer.openedProvince() && !viewer.cityCard() && !viewer.clusterCard();
    j["province"] = {
        {"hover", code(viewer.hoveredProvince())},
        {"selected", code(viewer.openedProvince())},
        {"card_shown", shown},
        {"card", card && viewer.openedProvince() ? toJson(*card) : nlohmann::json(nullptr)},
        {"pick", pick}};
    const Choropleth* c = viewer.choropleth();
    if (!c) {
        j["choropleth"] = nullptr;
        return;
    }
    nlohmann::json classes = nlohmann::json::object(), values = nlohmann::json::object();
    for (const ProvinceValue& v : c->values) {
        classes[v.province] = c->classes.classOf(v.value);
        values[v.province] = v.value;
    }
    j["choropleth"] = {{"id", c->choice.id(*viewer.shown())},
                       {"method", "jenks"},
                       {"breaks", c->classes.breaks},
                       {"classes", classes},
                       {"values", values},
                       {"no_data", layer.features.size() - c->values.size()}};
}

} // namespace aimap
