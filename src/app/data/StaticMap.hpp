#pragma once

#include "core/data/Attribution.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/geo/LonLat.hpp"
#include "render/BasemapRenderer.hpp"
#include "render/InsetRenderer.hpp"

#include <future>
#include <string>
#include <vector>

namespace aimap {

/// What ships with aimap and never changes while it runs: the basemap (loaded and tessellated on
/// a worker thread while the window and the GL context are being created), the map data's
/// attributions, the South China Sea inset, and the box of China that "Fit China" shows.
class StaticMap {
public:
    StaticMap() = default;
    StaticMap(const StaticMap&) = delete;
    StaticMap& operator=(const StaticMap&) = delete;

    /// Starts loading from `root`/data on a worker thread.
    void start(const std::string& root);
    /// Waits for the worker (once). The basemap is an installation matter: a broken file is
    /// reported (returned, and printed) and what loaded is kept.
    std::vector<Diagnostic> finish();

    BasemapRenderer& renderer() { return m_renderer; }
    /// The South China Sea inset and the world box it shows (insetWorldBox()).
    InsetRenderer& inset() { return m_inset; }
    const Box& insetBox() const { return m_insetBox; }
    const std::vector<Attribution>& attributions() const { return m_attributions; }
    const Box& chinaBox() const { return m_chinaBox; }
    /// The layers as loaded (world metres), after finish(): exports draw them as vectors.
    const Basemap& basemap() const { return m_basemap; }
    const BasemapLayer& southChinaSea() const { return m_southChinaSea; }
    /// The provinces layer (empty when it failed to load): a talk's spotlight lights them.
    const BasemapLayer& provinces() const { return m_basemap.provinces; }
    /// finish() has been called: the layers may be read.
    bool ready() const { return !m_loading.valid(); }

private:
    void load(const std::string& root); ///< the worker: no GL, touches only these members

    Basemap m_basemap;
    BasemapLayer m_southChinaSea;
    BasemapRenderer m_renderer;
    InsetRenderer m_inset;
    Box m_insetBox;
    std::vector<Attribution> m_attributions;
    Box m_chinaBox{{-2.6e6, -2.2e6}, {2.6e6, 2.2e6}};
    std::vector<Diagnostic> m_errors;
    std::future<void> m_loading;
};

} // namespace aimap
