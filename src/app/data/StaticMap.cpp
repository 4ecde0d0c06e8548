#include "app/data/StaticMap.hpp"

#include "core/data/BasemapLoader.hpp"
#include "core/data/JsonFile.hpp"
#include "core/geo/Projection.hpp"
#include "core/view/InsetLayout.hpp"

#include <cstdio>

namespace aimap {

void StaticMap::start(const std::string& root) {
    m_loading = std::async(std::launch::async, [this, root] { load(root); });
}

std::vector<Diagnostic> StaticMap::finish() {
    if (!m_loading.valid())
        return {};
    m_loading.get();
    return m_errors;
}

void StaticMap::load(const std::string& root) {
    Diagnostics diags;
    const std::string base = root + "/data/basemap/";
    auto layer = [&](const char* file, BasemapLayer& into) {
        if (auto l = loadBasemapLayer(base + file, diags))
            into = std::move(*l);
    };
    layer("countries.json", m_basemap.countries);
    layer("provinces.json", m_basemap.provinces);
    layer("prefectures.json", m_basemap.prefectures);
    layer("china-outline.json", m_basemap.outline);
    layer("south-china-sea.json", m_southChinaSea);
    if (auto attr = readJsonFile(root + "/data/attributions.json", Limits{}, diags)) {
        if (attr->is_object() && attr->contains("sources") && (*attr)["sources"].is_array())
            for (const auto& s : (*attr)["sources"])
                if (s.is_object())
                    m_attributions.push_back(
                        {s.value("title", ""), s.value("licence", ""), s.value("attribution", "")});
    }
    if (diags.hasErrors()) {
        std::fputs(diags.format().c_str(), stderr);
        m_errors.assign(diags.items().begin(), diags.items().end());
    }
    if (!m_basemap.provinces.bounds.empty())
        m_chinaBox = m_basemap.provinces.bounds;
    m_renderer.build(m_basemap);
    m_inset.build(m_southChinaSea);
    m_insetBox = insetWorldBox(Projection::china());
}

} // namespace aimap
