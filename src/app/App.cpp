// The aimap application: owns the parts and dispatches the mode. Each part lives in its own
// file: data/ (LiveData: load, hot reload, Open; StaticMap: the basemap), scene/ (MarkerScene,
// ClusterService), input/ (MapInput), gfx/ (FontAtlas), Viewer (the interactive map), modes/
// (window, screenshot, print-marker; bench timing and the UI dump).

#include "app/App.hpp"

#include "app/MonitorQuery.hpp"
#include "app/Root.hpp"
#include "app/Settings.hpp"
#include "app/modes/Modes.hpp"
#include "core/Theme.hpp"
#include "core/data/BasemapLoader.hpp"
#include "core/talk/TalkLoader.hpp"
#include "core/view/Palette.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace aimap {

namespace {

/// --marker-fill-shift: the marker fill N/255 off (the expected-image tests must notice).
void shiftMarkerFill(int shift) {
    if (shift == 0)
        return;
    Theme t = theme();
    for (std::uint8_t* c : {&t.markerFill.r, &t.markerFill.g, &t.markerFill.b})
        *c = static_cast<std::uint8_t>(std::clamp(*c + shift, 0, 255));
    setTheme(t);
}

/// Screenshots, sweeps, exports, videos and --print-marker: runs that make files for others.
/// They neither read nor write the settings, so that one run never changes the next.
bool headlessRun(const Options& o) {
    return !o.screenshot.empty() || !o.uiDumpSweep.empty() || !o.printMarker.empty() ||
           !o.exportDir.empty() || !o.exportVideo.empty();
}

/// --contrast, else in a window the palette chosen last time (settings); the headless runs are
/// normal unless asked.
Palette startPalette(const Options& o, const Settings& settings) {
    if (const auto p = parsePalette(o.contrast))
        return *p;
    return headlessRun(o) ? Palette::Normal : settings.palette;
}

} // namespace

// --talk: the talk against the data shown, with its errors as `aimap validate` gives them (exit
// 2), and the provinces' boxes for its "fit" cameras.
bool App::loadTalkFor(ModeContext& ctx, const std::string& dataPath) {
    // The provinces layer, read once: its names check the talk, its boxes frame "fit" cameras.
    Diagnostics diags;
    const auto layer = loadBasemapLayer(m_root + "/data/basemap/provinces.json", diags);
    const std::vector<ProvinceName> names =
        layer ? provinceNames(*layer) : std::vector<ProvinceName>{};
    const TalkContext tc{m_data->dataset().get(), dataPath, layer ? &names : nullptr};
    TalkLoadResult r = loadTalk(m_opt.talk, tc);
    if (!r.talk || r.diagnostics.hasErrors()) {
        std::fprintf(stderr, "%s", r.diagnostics.format().c_str());
        std::fprintf(stderr, "aimap: the talk %s cannot be presented (aimap validate %s)\n",
                     m_opt.talk.c_str(), m_opt.talk.c_str());
        return false;
    }
    ctx.talk = std::make_shared<const Talk>(std::move(*r.talk));
    ctx.viewer.setTalk(ctx.talk.get());
    if (!m_opt.scene.empty()) {
        std::string error;
        const auto at = parseTalkPosition(m_opt.scene, *ctx.talk, error);
        if (!at) {
            std::fprintf(stderr, "aimap: %s\n", error.c_str());
            return false;
        }
        ctx.talkStart = *at;
    }
    if (layer)
        for (const BasemapFeature& f : layer->features)
            ctx.provinces[f.code] = f.bounds;
    ctx.provinceNames = names;
    return true;
}

App::App(Options options) : m_opt(std::move(options)) {
    // Read once (a broken file is reported, then set aside): a window's settings, or only the
    // last talk when `--talk last` asks for it.
    if (!headlessRun(m_opt) || m_opt.talk == "last")
        m_settings = Settings::load();
    if (!headlessRun(m_opt)) {
        if (m_opt.labels.empty())
            m_opt.labels = m_settings.labels;
        if (!m_opt.sizeGiven && m_settings.windowSize) {
            m_opt.width = m_settings.windowSize->first;
            m_opt.height = m_settings.windowSize->second;
            m_opt.sizeGiven = m_opt.sizeRemembered = true;
        }
    }
    // Before the basemap's worker starts: it reads the theme's colours.
    setTheme(paletteTheme(startPalette(m_opt, m_settings)));
    shiftMarkerFill(m_opt.markerFillShift);
}

App::Mode App::chooseMode(const std::string& dataPath) const {
    if (!m_opt.printMarker.empty())
        return Mode::PrintMarker;
    if (!displayProblem().empty())
        return Mode::NoDisplay;
    if (!m_opt.screenshot.empty() || !m_opt.uiDumpSweep.empty() || !m_opt.exportDir.empty() ||
        !m_opt.exportVideo.empty())
        return Mode::Screenshot;
    // A large file in a window loads behind the first frames, from the moment the window exists
    // (screenshots and --print-marker need the data before anything else, and small files are
    // quicker read at once).
    constexpr std::uintmax_t kDeferLoadBytes = 8u << 20;
    std::error_code error;
    const auto bytes = std::filesystem::file_size(dataPath, error);
    return !error && bytes > kDeferLoadBytes ? Mode::LargeFileWindow : Mode::Window;
}

void App::finishStaticMap() {
    m_data->addErrors(m_map.finish());
    m_viewer->fitChina();
}

int App::run() {
    m_root = locateRootDir(m_opt.rootDir);
    if (m_root.empty()) {
        std::fprintf(stderr,
                     "aimap: cannot find the data/ and shaders/ folders (looked next to the "
                     "executable and in %s); pass --root FOLDER\n",
                     AIMAP_SOURCE_DIR);
        return 2;
    }
    m_phases.mark("located");
    m_map.start(m_root); // loads while the data loads and the window opens
    for (const Diagnostic& problem : m_settings.problems)
        std::fprintf(stderr, "%s\n", problem.format().c_str());
    if (m_opt.talk == "last") {
        if (m_settings.lastTalk.empty()) {
            std::fprintf(stderr,
                         "aimap: --talk last: no talk has been presented in a window yet (%s "
                         "has none); name the file: --talk FILE\n",
                         Settings::path().c_str());
            m_map.finish();
            return 2;
        }
        m_opt.talk = m_settings.lastTalk;
    }
    const bool remember = !headlessRun(m_opt);
    m_data = std::make_unique<LiveData>(m_root, m_opt.clock, m_settings, remember);
    m_data->addErrors(m_settings.problems); // on the banner too
    m_viewer = std::make_unique<Viewer>(
        *m_data, m_map, Vec2{static_cast<double>(m_opt.width), static_cast<double>(m_opt.height)});
    m_viewer->onPhase = [this](const char* phase) { m_phases.mark(phase); };
    ModeContext ctx{m_opt, m_root, *m_data, m_map, *m_viewer, m_phases};

    if ((m_opt.presenterView || m_opt.audienceMonitor > 0) && m_opt.talk.empty()) {
        std::fprintf(stderr, "aimap: --presenter-view and --audience-monitor are for a talk: "
                             "add --talk FILE (docs/talks.md)\n");
        m_map.finish();
        return 2;
    }
    if (!m_opt.scene.empty() && m_opt.talk.empty()) {
        std::fprintf(stderr, "aimap: --scene %s needs a talk: --talk FILE --scene %s\n",
                     m_opt.scene.c_str(), m_opt.scene.c_str());
        m_map.finish();
        return 2;
    }
    const std::string bundled = m_root + "/data/ai-cities.json";
    std::string dataPath = m_opt.dataFile.empty() ? bundled : m_opt.dataFile;
    // A window without --data (and without a talk, which names its own) shows the file shown
    // last, if it is still there.
    std::string remembered;
    if (remember && m_opt.dataFile.empty() && m_opt.talk.empty()) {
        remembered = m_settings.lastDataFile();
        if (!remembered.empty())
            dataPath = remembered;
    }
    // A talk names its dataset (relative to the talk; the bundled one by default).
    if (!m_opt.talk.empty() && m_opt.dataFile.empty()) {
        Diagnostics reading;
        if (const auto doc = readTalkDocument(m_opt.talk, reading))
            dataPath = resolveTalkDataset(m_opt.talk, talkDatasetReference(*doc), bundled);
    }
    const Mode mode = chooseMode(dataPath);
    m_data->loadGazetteer();
    if (mode == Mode::LargeFileWindow) {
        m_data->watchPath(dataPath);
        return runWindowMode(ctx, true);
    }
    if (!m_data->loadNow(dataPath)) {
        // The file shown last no longer loads: the bundled data, with the reasons on the banner.
        const std::vector<Diagnostic> why = m_data->errors();
        if (remembered.empty() || !m_data->loadNow(bundled)) {
            std::fprintf(stderr, "aimap: cannot load %s (see the messages above)\n",
                         dataPath.c_str());
            m_map.finish();
            return 1;
        }
        m_data->addErrors(why);
        remembered.clear();
    }
    if (!remembered.empty() && remembered != std::filesystem::absolute(bundled).lexically_normal())
        ctx.rememberedData = remembered;
    m_phases.mark("dataset_loaded");
    if (!resolveCommandLine(ctx)) {
        m_map.finish();
        return 2;
    }
    if (!m_opt.talk.empty() && !loadTalkFor(ctx, dataPath)) {
        m_map.finish();
        return 2;
    }
    switch (mode) {
    case Mode::PrintMarker:
        finishStaticMap();
        applyCommandLineView(ctx);
        return runPrintMarkerMode(ctx);
    case Mode::NoDisplay:
        m_map.finish();
        // SFML needs an X display even for offscreen rendering; say so instead of aborting.
        if (m_opt.screenshot.empty())
            std::fprintf(stderr,
                         "aimap: no display (%s); to render without one: "
                         "xvfb-run -a -s '-screen 0 1920x1080x24' aimap --screenshot out.png "
                         "--size 1920x1080\n",
                         displayProblem().c_str());
        else
            std::fprintf(stderr,
                         "aimap: no display (%s); offscreen rendering needs one "
                         "too: xvfb-run -a aimap --screenshot %s ...\n",
                         displayProblem().c_str(), m_opt.screenshot.c_str());
        return 3;
    case Mode::Screenshot:
        finishStaticMap();
        applyCommandLineView(ctx);
        if (!m_opt.exportDir.empty())
            return runExportMode(ctx);
        if (!m_opt.exportVideo.empty())
            return runVideoMode(ctx);
        return m_opt.uiDumpSweep.empty() ? runScreenshotMode(ctx) : runUiDumpSweepMode(ctx);
    default:
        return runWindowMode(ctx, false);
    }
}

} // namespace aimap
