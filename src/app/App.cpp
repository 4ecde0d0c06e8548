// The aimap application.
//
// [SECTION] start-up: locating data, loading, defaults, graphics
// [SECTION] modes: window, screenshot, print-marker
// [SECTION] frame: events, scene, drawing, intents
// [SECTION] state changes and helpers

#include "app/App.hpp"
#include "app/Root.hpp"

#include "core/Trace.hpp"
#include "core/cluster/ClusterSpace.hpp"
#include "core/data/BasemapLoader.hpp"
#include "core/data/FormatDispatch.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/data/Format.hpp"
#include "core/data/Sectors.hpp"
#include "core/data/JsonFile.hpp"
#include "core/geo/Projection.hpp"
#include "render/FontLocator.hpp"

#include <SFML/Graphics/RenderTexture.hpp>

#include <backends/imgui_impl_opengl3.h>
#include <imgui_internal.h> // ImTextCharFromUtf8
#include <SFML/System/Sleep.hpp>
#include <SFML/Window/Keyboard.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <unordered_set>
#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#endif

namespace aimap {

// Set when the process starts (static initialisation in main.cpp).
extern const std::chrono::steady_clock::time_point g_processStart;

namespace {

namespace fs = std::filesystem;

std::string nowHms() {
    const std::time_t t = std::time(nullptr);
    char buf[16];
    std::strftime(buf, sizeof buf, "%H:%M:%S", std::localtime(&t));
    return buf;
}

bool writeFileAtomic(const std::string& path, const std::string& content) {
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            return false;
        out << content;
        out.flush();
        if (!out)
            return false;
    }
    std::error_code ec;
    fs::rename(tmp, path, ec);
    return !ec;
}

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Resident memory now and at its peak (MB), from /proc/self/status; -1 where unknown.
std::pair<double, double> residentMb() {
    std::ifstream in("/proc/self/status");
    std::string line;
    double now = -1, peak = -1;
    while (std::getline(in, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            now = std::atof(line.c_str() + 6) / 1024.0;
        else if (line.rfind("VmHWM:", 0) == 0)
            peak = std::atof(line.c_str() + 6) / 1024.0;
    }
    return {now, peak};
}

double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(std::min<double>(v.size() - 1, p * (v.size() - 1)));
    return v[i];
}

} // namespace

App::App(Options options) : m_opt(std::move(options)), m_settings(Settings::load()) {
    if (m_opt.labels == "zh")
        m_labelMode = LabelMode::Chinese;
    else if (m_opt.labels == "en")
        m_labelMode = LabelMode::English;
    m_camera.setViewport({static_cast<double>(m_opt.width), static_cast<double>(m_opt.height)});
    if (m_opt.markerFillShift != 0) {
        Theme t = theme();
        auto shift = [&](std::uint8_t& c) {
            c = static_cast<std::uint8_t>(std::clamp(c + m_opt.markerFillShift, 0, 255));
        };
        shift(t.markerFill.r);
        shift(t.markerFill.g);
        shift(t.markerFill.b);
        setTheme(t);
    }
}

// [SECTION] start-up ---------------------------------------------------------------------------

void App::markPhase(const char* name) {
    m_phases.emplace_back(name, std::chrono::duration<double, std::milli>(
                                    std::chrono::steady_clock::now() - g_processStart)
                                    .count());
}

bool App::locateRoot() {
    m_root = locateRootDir(m_opt.rootDir);
    if (!m_root.empty())
        return true;
    std::fprintf(stderr,
                 "aimap: cannot find the data/ and shaders/ folders (looked next to the "
                 "executable and in %s); pass --root FOLDER\n",
                 AIMAP_SOURCE_DIR);
    return false;
}

void App::startStaticLoad() {
    m_staticLoad = std::async(std::launch::async, [this] { loadStatic(); });
}

void App::finishStaticLoad() {
    if (!m_staticLoad.valid())
        return;
    m_staticLoad.get();
    // The basemap ships with aimap: a broken one is an installation problem. Keep going with
    // what loaded, and say so on screen.
    m_loadErrors.insert(m_loadErrors.end(), m_basemapErrors.begin(), m_basemapErrors.end());
    fitChina();
}

// Runs on the loading thread: touches only the basemap members (no GL, no dataset).
void App::loadStatic() {
    Diagnostics diags;
    const std::string base = m_root + "/data/basemap/";
    auto load = [&](const char* file, BasemapLayer& into) {
        if (auto layer = loadBasemapLayer(base + file, diags))
            into = std::move(*layer);
    };
    load("countries.json", m_basemap.countries);
    load("provinces.json", m_basemap.provinces);
    load("prefectures.json", m_basemap.prefectures);
    load("china-outline.json", m_basemap.outline);
    if (auto attr = readJsonFile(m_root + "/data/attributions.json", Limits{}, diags)) {
        if (attr->is_object() && attr->contains("sources") && (*attr)["sources"].is_array())
            for (const auto& s : (*attr)["sources"])
                if (s.is_object())
                    m_attributions.push_back(
                        {s.value("title", ""), s.value("licence", ""), s.value("attribution", "")});
    }
    if (diags.hasErrors()) {
        std::fputs(diags.format().c_str(), stderr);
        m_basemapErrors.assign(diags.items().begin(), diags.items().end());
    }
    m_chinaBox = m_basemap.provinces.bounds;
    if (m_chinaBox.empty())
        m_chinaBox = Box{{-2.6e6, -2.2e6}, {2.6e6, 2.2e6}};
    m_basemapRenderer.build(m_basemap);
}

namespace {

// Background work (loading, indexing) runs below the window's priority, so that on a two-core
// machine its threads (and the ones they start, which inherit it) never starve the frame loop and
// the software renderer's threads: frames stay smooth, and the work has every idle cycle.
void runInBackground() {
#if defined(__linux__)
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}

// Load and check a dataset for the viewer; safe to run on a worker thread (reads only its
// arguments).
DatasetLoadResult loadForViewer(const std::string& path, std::shared_ptr<const Gazetteer> gazetteer) {
    runInBackground();
    DatasetLoadResult r = loadDatasetFile(path, gazetteer.get());
    if (r.dataset && (r.dataset->metrics.empty() || r.dataset->values.empty())) {
        r.dataset.reset();
        r.diagnostics.error(path, "", "the dataset has no values to show",
                            "add at least one value");
    }
    return r;
}

} // namespace

bool App::loadData(const std::string& path) {
    m_dataPath = path;
    // City tables name cities; the gazetteer turns names into positions.
    Diagnostics gazetteerDiags;
    if (auto g = Gazetteer::load(m_root + "/data/gazetteer.json", gazetteerDiags))
        m_gazetteer = std::make_shared<const Gazetteer>(std::move(*g));
    m_dataSignature = fileSignature(path);
    return acceptLoad(loadForViewer(path, m_gazetteer));
}

bool App::acceptLoad(DatasetLoadResult r) {
    for (const auto& d : r.diagnostics.items())
        std::fprintf(stderr, "%s\n", d.format().c_str());
    if (!r.dataset) {
        // Keep the last good data on screen; the banner says what is wrong with the new one.
        m_loadErrors.assign(r.diagnostics.items().begin(), r.diagnostics.items().end());
        if (m_gfx)
            m_fontDirty = !fontCoversUiText();
        if (r.diagnostics.omitted() > 0)
            m_loadErrors.push_back({Severity::Error, m_dataPath, "",
                                    "... and " + std::to_string(r.diagnostics.omitted()) +
                                        " more (aimap validate lists them all)",
                                    ""});
        return false;
    }
    const auto previous = m_dataset;
    m_dataset = r.dataset;
    m_loadErrors.clear();
    m_loadedAt = m_opt.clock.empty() ? nowHms() : m_opt.clock;
    if (m_dataPath != r.dataset->path) {
        // A file opened from the dialog: watch it from now on and remember it.
        m_dataPath = r.dataset->path;
        m_dataSignature = fileSignature(m_dataPath);
    }
    m_settings.addRecent(m_dataPath);
    m_settings.save();
    if (previous)
        keepViewAcrossReload(*previous);
    return true;
}

void App::keepViewAcrossReload(const Dataset& previous) {
    // Same metric, year and selected city (by id) when the new data has them; camera untouched.
    const std::string metricId = previous.metrics.at(m_metric).id;
    const auto metric = m_dataset->metricIndex(metricId);
    if (metric) {
        m_metric = *metric;
        const auto years = m_dataset->years(m_metric);
        if (std::find(years.begin(), years.end(), m_year) == years.end())
            m_year = years.empty() ? 0 : years.back();
    } else {
        chooseDefaultMetric();
    }
    std::optional<std::size_t> selected;
    if (m_selected)
        selected = m_dataset->cityIndex(previous.cities.at(*m_selected).id);
    m_selected = selected;
    m_card = selected ? std::optional<CityCardModel>(buildCityCard(*m_dataset, *selected))
                      : std::nullopt;
    m_hoveredItem.reset();
    m_clusterCard.reset();
    m_hoverSourcesFor = 0xffffffffu;
    m_fontDirty = !fontCoversUiText(); // rebuild only for glyphs the atlas does not have
}

App::FileSignature App::fileSignature(const std::string& path) {
    FileSignature sig;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::is_regular_file(status))
        return sig;
    sig.exists = true;
    sig.size = fs::file_size(path, ec);
    sig.mtime = fs::last_write_time(path, ec).time_since_epoch().count();
    return sig;
}

void App::pollDataFile() {
    // A finished reload is adopted here, on the UI thread, in one assignment.
    if (m_reload.valid() &&
        m_reload.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        if (acceptLoad(m_reload.get())) {
            m_showOpen = false;
            updateClusterLayer(false); // started now, not after this frame's work
        }
        m_openingPath.clear();
        return;
    }
    if (m_dataPath.empty() || m_reload.valid() ||
        m_pollClock.getElapsedTime() < sf::milliseconds(100))
        return;
    m_pollClock.restart();
    const FileSignature now = fileSignature(m_dataPath);
    if (now != m_dataSignature) {
        // Still changing (or briefly missing while an editor saves by rename): wait.
        m_dataSignature = now;
        m_sinceChange.restart();
        m_changePending = true;
        return;
    }
    if (m_changePending && now.exists && m_sinceChange.getElapsedTime() > sf::milliseconds(300)) {
        m_changePending = false;
        m_reload = std::async(std::launch::async, loadForViewer, m_dataPath, m_gazetteer);
    }
}

void App::chooseDefaultMetric() {
    const auto order = m_dataset->metricsByCoverage();
    m_metric = order.empty() ? 0 : order.front();
    // The year with the most cities reporting; the latest of those on a tie.
    const auto years = m_dataset->years(m_metric);
    std::size_t best = 0;
    for (int y : years) {
        std::size_t n = 0;
        for (std::size_t c = 0; c < m_dataset->cities.size(); ++c)
            n += m_dataset->value(c, m_metric, y) != nullptr;
        if (n >= best) {
            best = n;
            m_year = y;
        }
    }
}

bool App::resolveCommandLine() {
    chooseDefaultMetric();
    if (!m_opt.metric.empty()) {
        const auto m = m_dataset->metricIndex(m_opt.metric);
        if (!m) {
            std::string known;
            for (std::size_t i : m_dataset->metricsByCoverage())
                known += "  " + m_dataset->metrics[i].id + "\n";
            std::fprintf(stderr, "aimap: unknown metric '%s'; metrics with values:\n%s",
                         m_opt.metric.c_str(), known.c_str());
            return false;
        }
        m_metric = *m;
        const auto years = m_dataset->years(m_metric);
        m_year = years.empty() ? 0 : years.back();
    }
    if (m_opt.year) {
        const auto years = m_dataset->years(m_metric);
        if (std::find(years.begin(), years.end(), *m_opt.year) == years.end()) {
            std::string list;
            for (int y : years)
                list += " " + std::to_string(y);
            std::fprintf(stderr, "aimap: metric '%s' has no values for %d; years with values:%s\n",
                         m_dataset->metrics[m_metric].id.c_str(), *m_opt.year, list.c_str());
            return false;
        }
        m_year = *m_opt.year;
    }
    if (!m_opt.selectCluster.empty()) {
        m_pendingClusterCity = m_dataset->findCity(m_opt.selectCluster);
        if (!m_pendingClusterCity) {
            std::fprintf(stderr, "aimap: unknown city '%s' (--select-cluster)\n",
                         m_opt.selectCluster.c_str());
            return false;
        }
    }
    if (!m_opt.select.empty()) {
        m_pendingSelect = m_dataset->findCity(m_opt.select);
        if (!m_pendingSelect) {
            std::string list;
            for (const auto& city : m_dataset->cities)
                list += " " + city.id;
            std::fprintf(stderr, "aimap: unknown city '%s'; cities:%s\n", m_opt.select.c_str(),
                         list.c_str());
            return false;
        }
    }
    return true;
}

void App::applyCommandLineView() {
    if (!m_opt.thenOpen.empty()) {
        m_openingPath = m_opt.thenOpen;
        acceptLoad(loadForViewer(m_opt.thenOpen, m_gazetteer));
        m_openingPath.clear();
    }
    if (m_opt.zoom)
        m_camera.setScale(m_camera.fitScale() * std::pow(2.0, *m_opt.zoom));
    if (m_opt.centreLon)
        m_camera.setCentre(Projection::china().forward({*m_opt.centreLon, *m_opt.centreLat}));
    if (m_pendingSelect)
        selectCity(m_pendingSelect);
    m_pendingSelect.reset();
}

void App::forEachUiText(const std::function<void(const std::string&)>& add) const {
    add("\xE4\xB8\xAD\xE6\x96\x87\xC2\xB0"); // 中文°
    for (std::size_t s = 0; s < kSectorCount; ++s)
        add(sectorInfo(static_cast<Sector>(s)).zh);
    if (m_gazetteer)
        for (const auto& g : m_gazetteer->entries()) {
            add(g.nameZh);
            add(g.nameEn);
        }
    if (m_dataset) {
        const Dataset& ds = *m_dataset;
        add(ds.title);
        add(ds.description);
        add(ds.enterpriseNameChars);
        for (const auto& c : ds.caveats)
            add(c);
        for (const auto& [k, v] : ds.qualityScale)
            add(v);
        for (const auto& s : ds.sources) {
            add(s.title);
            add(s.publisher);
            add(s.note);
        }
        for (const auto& m : ds.metrics) {
            add(m.label);
            add(m.definition);
        }
        for (const auto& c : ds.cities) {
            add(c.nameZh);
            add(c.nameEn);
        }
        for (const auto& v : ds.values) {
            add(v.asPublished);
            add(v.labelAsPublished);
            add(v.notes);
            add(v.period);
        }
        for (const auto& s : ds.specialisations) {
            add(s.place);
            for (const auto& i : s.items)
                add(i);
        }
        for (const auto& p : ds.programmes) {
            add(p.nameEn);
            add(p.nameZh);
            for (const auto& z : p.zones) {
                add(z.zone);
                add(z.doc);
                add(z.note);
                add(z.precision);
                add(z.date);
            }
        }
    }
    for (const auto& e : m_loadErrors) {
        add(e.file);
        add(e.message);
        add(e.hint);
    }
}

bool App::fontCoversUiText() const {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.Fonts->Fonts.empty() || m_fontPath.empty())
        return true; // the built-in font has no CJK glyphs to add anyway
    const ImFont* font = io.Fonts->Fonts[0];
    bool covered = true;
    forEachUiText([&](const std::string& t) {
        const char* p = t.c_str();
        const char* end = p + t.size();
        while (covered && p < end) {
            unsigned int c = 0;
            const int n = ImTextCharFromUtf8(&c, p, end);
            if (n <= 0)
                break;
            p += n;
            if (c >= 0x80 && !font->FindGlyphNoFallback(static_cast<ImWchar>(c)))
                covered = false;
        }
    });
    return covered;
}

void App::buildImGuiFont() {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float size = std::round(17.0f * uiScale());
    if (m_fontPath.empty()) {
        ImFontConfig cfg;
        cfg.SizePixels = size;
        io.Fonts->AddFontDefault(&cfg);
        return;
    }
    // Only the glyphs the data and the UI use: a full CJK atlas would cost start-up time. The
    // gazetteer's names are included so that tables naming any prefecture-level city load
    // without a font rebuild (a visible hitch on llvmpipe).
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    static const ImWchar extra[] = {0x0100, 0x017F, 0x2000, 0x206F, 0x2190, 0x21FF,
                                    0x3000, 0x303F, 0xFF00, 0xFFEF, 0};
    builder.AddRanges(extra);
    forEachUiText([&](const std::string& t) { builder.AddText(t.c_str(), t.c_str() + t.size()); });
    m_glyphRanges.clear();
    builder.BuildRanges(&m_glyphRanges);
    ImFontConfig cfg;
    cfg.OversampleH = 1; // CJK glyphs are dense; oversampling mostly costs atlas space
    if (!io.Fonts->AddFontFromFileTTF(m_fontPath.c_str(), size, &cfg, m_glyphRanges.Data)) {
        ImFontConfig fallback;
        fallback.SizePixels = size;
        io.Fonts->AddFontDefault(&fallback);
    }
}

bool App::initGraphics() {
    m_gfx = std::make_unique<Graphics>();
    std::string error;
    if (!m_gfx->markers.loadShader(m_root + "/shaders", error))
        std::fprintf(stderr, "aimap: %s\n", error.c_str());
    else
        m_gfx->ghosts.loadShader(m_root + "/shaders", error);
    m_fontPath = findCjkFont();
    if (m_fontPath.empty())
        std::fprintf(stderr, "aimap: no font with Chinese characters found; install one: "
                             "apt-get install fonts-wqy-microhei\n");
    else
        m_gfx->labels.loadFont(m_fontPath);
    if (!m_imgui.init()) {
        std::fprintf(stderr, "aimap: cannot initialise the ImGui OpenGL3 renderer\n");
        return false;
    }
    applyStyle(uiScale());
    buildImGuiFont();
    return true;
}

// [SECTION] modes ------------------------------------------------------------------------------

int App::run() {
    if (!locateRoot())
        return 2;
    markPhase("located");
    startStaticLoad();
    const std::string dataPath =
        m_opt.dataFile.empty() ? m_root + "/data/ai-cities.json" : m_opt.dataFile;
    // A large file in window mode loads behind the first frames, from the moment the window
    // exists (screenshots and --print-marker need the data before anything else, and small
    // files are quicker read at once).
    constexpr std::uintmax_t kDeferLoadBytes = 8u << 20;
    std::error_code sizeError;
    const auto dataBytes = std::filesystem::file_size(dataPath, sizeError);
    if (!sizeError && dataBytes > kDeferLoadBytes && m_opt.screenshot.empty() &&
        m_opt.printMarker.empty() && !needsDisplay()) {
        m_dataPath = dataPath;
        Diagnostics gazetteerDiags;
        if (auto g = Gazetteer::load(m_root + "/data/gazetteer.json", gazetteerDiags))
            m_gazetteer = std::make_shared<const Gazetteer>(std::move(*g));
        m_dataSignature = fileSignature(dataPath);
        m_deferredLoad = true; // started once the window exists (see runWindow)
        return runWindow();
    }
    if (!loadData(dataPath)) {
        std::fprintf(stderr, "aimap: cannot load %s (see the messages above)\n", dataPath.c_str());
        finishStaticLoad();
        return 1;
    }
    markPhase("dataset_loaded");
    if (!resolveCommandLine()) {
        finishStaticLoad();
        return 2;
    }
    if (!m_opt.printMarker.empty()) {
        finishStaticLoad();
        applyCommandLineView();
        return runPrintMarker();
    }
    if (needsDisplay()) {
        finishStaticLoad();
        // SFML needs an X display even for offscreen rendering; say so instead of aborting.
        if (m_opt.screenshot.empty())
            std::fprintf(stderr,
                         "aimap: no display (DISPLAY is not set); to render without one: "
                         "xvfb-run -a -s '-screen 0 1920x1080x24' aimap --screenshot out.png "
                         "--size 1920x1080\n");
        else
            std::fprintf(stderr,
                         "aimap: no display (DISPLAY is not set); offscreen rendering needs one "
                         "too: xvfb-run -a aimap --screenshot %s ...\n",
                         m_opt.screenshot.c_str());
        return 3;
    }
    if (!m_opt.screenshot.empty()) {
        finishStaticLoad();
        applyCommandLineView();
        return runScreenshot();
    }
    return runWindow();
}

int App::runPrintMarker() {
    const auto c = m_dataset->findCity(m_opt.printMarker);
    if (!c) {
        std::fprintf(stderr, "aimap: unknown city '%s'\n", m_opt.printMarker.c_str());
        return 2;
    }
    updateClusterLayer(true);
    updateScene();
    for (const auto& m : m_drawOrder)
        if (m_drawItems[m.item].kind == DrawItem::Kind::City && m_drawItems[m.item].id == *c) {
            std::printf("%.0f %.0f %.1f\n", m.centre.x, m.centre.y, m.radiusPx);
            return 0;
        }
    // Inside a cluster layer the city may stand alone as a point of the layer.
    for (const auto& m : m_drawOrder)
        if (m_drawItems[m.item].kind == DrawItem::Kind::Point && m_clusters &&
            m_clusters->members == ClusterLayer::Members::Cities &&
            m_clusters->member[m_drawItems[m.item].id] == *c) {
            std::printf("%.0f %.0f %.1f\n", m.centre.x, m.centre.y, m.radiusPx);
            return 0;
        }
    std::fprintf(stderr, "aimap: city '%s' has no marker on screen\n", m_opt.printMarker.c_str());
    return 1;
}

int App::runScreenshot() {
    sf::ContextSettings settings;
    settings.antialiasingLevel = 4;
    sf::RenderTexture target;
    if (!target.create(m_opt.width, m_opt.height, settings)) {
        std::fprintf(stderr, "aimap: cannot create a %ux%u offscreen image (OpenGL problem?)\n",
                     m_opt.width, m_opt.height);
        return 1;
    }
    if (!target.setActive(true) || !initGraphics())
        return 1;
    // Auto-sized ImGui windows take their size in the frame after they first appear: render a
    // few frames, exactly as the window would, and keep the last.
    for (int i = 0; i < 3; ++i)
        drawFrame(target, 1.0f / 60.0f);
    target.display();
    if (m_clusterSelectFailed || (!m_opt.selectCluster.empty() && !m_clusterCard)) {
        std::fprintf(stderr, "aimap: no cluster holds the marker of '%s' at this zoom\n",
                     m_opt.selectCluster.c_str());
        m_imgui.shutdown();
        return 2;
    }
    const sf::Image image = target.getTexture().copyToImage();
    writeUiDump();
    m_imgui.shutdown();
    // Atomic: write next to the destination with a .png name (SFML picks the format from the
    // extension), then rename over it.
    const std::string tmp = m_opt.screenshot + ".tmp.png";
    if (!image.saveToFile(tmp)) {
        std::fprintf(stderr, "aimap: cannot write %s\n", tmp.c_str());
        return 1;
    }
    std::error_code ec;
    fs::rename(tmp, m_opt.screenshot, ec);
    if (ec) {
        std::fprintf(stderr, "aimap: cannot rename %s to %s: %s\n", tmp.c_str(),
                     m_opt.screenshot.c_str(), ec.message().c_str());
        return 1;
    }
    return 0;
}

bool App::needsDisplay() const {
    const char* display = std::getenv("DISPLAY");
    return display == nullptr || *display == '\0';
}

int App::runWindow() {
    sf::ContextSettings settings;
    settings.antialiasingLevel = 0;
    const auto style = m_opt.fullscreen ? sf::Style::Fullscreen : sf::Style::Default;
    const sf::VideoMode mode = m_opt.fullscreen ? sf::VideoMode::getDesktopMode()
                                                : sf::VideoMode(m_opt.width, m_opt.height);
    sf::RenderWindow window(mode, "aimap - AI industry map of China", style, settings);
    if (!window.isOpen()) {
        std::fprintf(stderr, "aimap: cannot open a window\n");
        return 1;
    }
    if (m_deferredLoad) {
        // A large file's loading starts once the window exists: opening it is the first thing
        // the user waits for, and on two cores the loader slowed it by up to 80 ms.
        m_deferredLoad = false;
        m_initialLoad = std::async(std::launch::async, loadForViewer, m_dataPath, m_gazetteer);
    }
    sf::Image icon;
    if (icon.loadFromFile(m_root + "/assets/icon.png"))
        window.setIcon(icon.getSize().x, icon.getSize().y, icon.getPixelsPtr());
    window.setVerticalSyncEnabled(!m_opt.bench);
    window.setFramerateLimit(m_opt.bench ? 0 : 60);
    window.setActive(true);
    markPhase("window_open");
    traceMark("viewer: window open");
    const sf::Vector2u size = window.getSize();
    m_camera.setViewport({static_cast<double>(size.x), static_cast<double>(size.y)});
    finishStaticLoad();
    markPhase("basemap_ready");
    if (!m_initialLoad.valid())
        applyCommandLineView();
    if (!initGraphics())
        return 1;
    markPhase("graphics_ready");

    std::vector<double> cpuStatic, wallStatic, cpuPan, wallPan;
    double firstFrameMs = -1;
    // --bench-load: frames from the request until 3 frames after the data is adopted.
    std::vector<double> loadFrames;
    std::chrono::steady_clock::time_point loadStart;
    double loadMs = -1;
    int adoptedFrame = -1;
    // ...then while the clusters are being indexed, until they are on screen.
    std::vector<double> indexFrames;
    double clusteredMs = -1;
    int clusteredFrame = -1;
    sf::Clock clock;
    sf::Clock inputClock; // since the last event
    std::pair<double, double> rss{-1, -1}; // --bench: resident memory in the last frame
    int frame = 0;
    while (window.isOpen()) {
        const double cpu0 = threadCpuMs();
        const auto wall0 = std::chrono::steady_clock::now();
        sf::Event event;
        while (window.pollEvent(event)) {
            if (!m_dataset && event.type != sf::Event::Closed)
                continue; // still loading: only closing the window means anything
            handleEvent(event, window);
            inputClock.restart();
        }
        if (!window.isOpen())
            break;
        if (!finishInitialLoad(window)) {
            if (!window.isOpen())
                return m_dataset ? 0 : 1;
            if (frame > 0) // the first frame is what the user waits for
                prewarmLabels(6.0);
            drawLoadingFrame(window);
            window.display();
            if (frame == 0) {
                firstFrameMs = std::chrono::duration<double, std::milli>(
                                   std::chrono::steady_clock::now() - g_processStart)
                                   .count();
                traceMark("viewer: first frame shown");
            }
            // The loader needs the CPU more than this still picture needs 60 frames a second;
            // the wait ends as soon as the data is there.
            m_initialLoad.wait_for(std::chrono::milliseconds(50));
            ++frame;
            continue;
        }
        if (!m_opt.benchLoad.empty() && frame == 10) {
            loadStart = std::chrono::steady_clock::now();
            applyIntents([&] {
                PanelIntents open;
                open.openDialog.openFile = m_opt.benchLoad;
                return open;
            }());
        }
        const bool loadingBefore = m_reload.valid();
        pollDataFile();
        if (loadingBefore && !m_reload.valid()) {
            adoptedFrame = frame;
            loadMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                               loadStart)
                         .count();
        }
        if (m_fontDirty) {
            buildImGuiFont();
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
            m_fontDirty = false;
        }
        if (m_reload.valid())
            prewarmLabels(6.0);
        const bool panPhase = m_opt.bench && frame > m_opt.benchFrames;
        if (panPhase)
            m_camera.panPixels({1.0, 0.5}); // worst case: borders rebuilt every frame
        drawFrame(window, clock.restart().asSeconds());
        window.display();
        const double cpu = threadCpuMs() - cpu0;
        const double wall =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall0)
                .count();
        if (firstFrameMs < 0)
            firstFrameMs = std::chrono::duration<double, std::milli>(
                               std::chrono::steady_clock::now() - g_processStart)
                               .count();
        else if (m_opt.bench && !panPhase) {
            cpuStatic.push_back(cpu);
            wallStatic.push_back(wall);
        } else if (panPhase) {
            cpuPan.push_back(cpu);
            wallPan.push_back(wall);
        }
        if (!m_opt.benchLoad.empty() && frame >= 10 && (adoptedFrame < 0 || frame <= adoptedFrame + 3))
            loadFrames.push_back(wall);
        if (!m_opt.benchLoad.empty() && adoptedFrame >= 0 && frame > adoptedFrame && clusteredFrame < 0) {
            indexFrames.push_back(wall);
            if (shownClusterLayer() || !m_clustering) {
                clusteredFrame = frame;
                clusteredMs = std::chrono::duration<double, std::milli>(
                                  std::chrono::steady_clock::now() - loadStart)
                                  .count();
            }
        }
        writeUiDump();
        ++frame;
        if (!m_opt.benchLoad.empty() && adoptedFrame >= 0 && frame > adoptedFrame + 3 &&
            (clusteredFrame >= 0 || !m_loadErrors.empty())) {
            window.close();
            std::printf("{\n  \"file\": \"%s\",\n  \"loaded\": %s,\n  \"request_to_shown_ms\": "
                        "%.1f,\n  \"frames_while_loading\": %zu,\n  \"max_frame_ms\": %.1f,\n"
                        "  \"median_frame_ms\": %.1f,\n  \"request_to_clustered_ms\": %.1f,\n"
                        "  \"frames_while_indexing\": %zu,\n  \"max_frame_indexing_ms\": %.1f\n}\n",
                        m_opt.benchLoad.c_str(), m_loadErrors.empty() ? "true" : "false", loadMs,
                        loadFrames.size(), percentile(loadFrames, 1.0), median(loadFrames),
                        clusteredMs, indexFrames.size(), percentile(indexFrames, 1.0));
        }
        if (m_opt.exitAfterFrames >= 0 && frame >= m_opt.exitAfterFrames)
            window.close();
        // While a file loads or clusters are indexed in the background and nobody touches the
        // map (nothing moves), the picture does not change: ten frames a second leave the CPU to
        // the worker (on a two-core laptop with software GL, a full-speed render loop halves its
        // speed). Any input brings back full speed at once; the wait ends when the work does.
        if (!m_cameraAnimating && inputClock.getElapsedTime() > sf::milliseconds(300)) {
            if (m_reload.valid())
                m_reload.wait_for(std::chrono::milliseconds(90));
            else if (m_clusterBuild.valid())
                m_clusterBuild.wait_for(std::chrono::milliseconds(90));
        }
        if (m_opt.bench && frame > 2 * m_opt.benchFrames) {
            rss = residentMb(); // with the window and its GL context still alive
            window.close();
        }
    }
    m_imgui.shutdown();
    if (m_opt.bench) {
        std::string phases;
        for (const auto& [name, ms] : m_phases)
            phases += (phases.empty() ? "" : ", ") + ("\"" + name + "\": " + std::to_string(ms));
        std::printf(
            "{\n  \"size\": \"%ux%u\",\n  \"launch_to_first_frame_ms\": %.2f,\n"
            "  \"phases_ms\": {%s},\n"
            "  \"frames\": %d,\n"
            "  \"static_view\": {\"cpu_ms_median\": %.3f, \"cpu_ms_p95\": %.3f, "
            "\"cpu_ms_max\": %.3f, \"wall_ms_median\": %.3f},\n"
            "  \"panning\": {\"cpu_ms_median\": %.3f, \"cpu_ms_p95\": %.3f, "
            "\"cpu_ms_max\": %.3f, \"wall_ms_median\": %.3f},\n  \"marker_shader\": %s,\n"
            "  \"resident_mb\": %.1f,\n  \"peak_resident_mb\": %.1f\n}\n",
            size.x, size.y, firstFrameMs, phases.c_str(), m_opt.benchFrames, median(cpuStatic),
            percentile(cpuStatic, 0.95), percentile(cpuStatic, 1.0), median(wallStatic),
            median(cpuPan), percentile(cpuPan, 0.95), percentile(cpuPan, 1.0), median(wallPan),
            m_gfx->markers.usesShader() ? "true" : "false", rss.first, rss.second);
    }
    return 0;
}

// [SECTION] frame ------------------------------------------------------------------------------

bool App::finishInitialLoad(sf::RenderWindow& window) {
    if (!m_initialLoad.valid())
        return m_dataset != nullptr;
    if (m_initialLoad.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return false;
    if (!acceptLoad(m_initialLoad.get())) {
        std::fprintf(stderr, "aimap: cannot load %s (see the messages above)\n", m_dataPath.c_str());
        window.close();
        return false;
    }
    markPhase("dataset_loaded");
    if (!resolveCommandLine()) {
        window.close();
        return false;
    }
    applyCommandLineView();
    m_fontDirty = !fontCoversUiText();
    updateClusterLayer(false); // the index is built while this frame rebuilds the font and draws
    return true;
}

void App::drawLoadingFrame(sf::RenderTarget& target) {
    const sf::Vector2u size = target.getSize();
    m_camera.setViewport({static_cast<double>(size.x), static_cast<double>(size.y)});
    target.setView(
        sf::View(sf::FloatRect(0, 0, static_cast<float>(size.x), static_cast<float>(size.y))));
    m_basemapRenderer.holdUpgrade(true);
    m_basemapRenderer.draw(target, m_camera, theme(), true);
    if (!m_gfx || !m_gfx->labels.hasFont())
        return;
    const std::string name = std::filesystem::path(m_dataPath).filename().string();
    sf::Text text(sf::String::fromUtf8(name.begin(), name.end()) + L"  \u2014  loading\u2026",
                  m_gfx->labels.font(), static_cast<unsigned>(std::round(20.0f * uiScale())));
    text.setFillColor(sf::Color(30, 30, 30));
    text.setPosition(static_cast<float>(panelMargin(uiScale())) * 2, static_cast<float>(panelMargin(uiScale())) * 2);
    target.draw(text);
}

// The characters labels are made of: every gazetteer name (city labels), ASCII (figures, Latin
// names), the middle dot of cluster labels. Enterprise names are not foreseen.
const std::u32string& App::labelChars() {
    if (!m_labelChars.empty() || !m_gazetteer)
        return m_labelChars;
    std::u32string all;
    for (char32_t c = 0x20; c < 0x7F; ++c)
        all += c;
    all += U'\u00B7';
    for (const auto& e : m_gazetteer->entries())
        for (const std::string* name : {&e.nameZh, &e.nameEn})
            for (const sf::Uint32 c : sf::String::fromUtf8(name->begin(), name->end()))
                all += static_cast<char32_t>(c);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    m_labelChars = std::move(all);
    return m_labelChars;
}

void App::prewarmLabels(double budgetMs) {
    if (!m_gfx || !m_gfx->labels.hasFont())
        return;
    m_gfx->labels.setCharacterSize(static_cast<unsigned>(std::round(15.0f * uiScale())));
    m_gfx->labels.prewarm(labelChars(), budgetMs);
}

void App::handleEvent(const sf::Event& e, sf::RenderWindow& window) {
    m_imgui.processEvent(e);
    switch (e.type) {
    case sf::Event::Closed:
        window.close();
        return;
    case sf::Event::Resized: {
        window.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(e.size.width),
                                              static_cast<float>(e.size.height))));
        const double oldScale = m_camera.scale() / m_camera.fitScale();
        const Vec2 centre = m_camera.centre();
        m_camera.setViewport(
            {static_cast<double>(e.size.width), static_cast<double>(e.size.height)});
        fitChina();
        m_camera.setScale(m_camera.fitScale() * oldScale);
        m_camera.setCentre(centre);
        return;
    }
    case sf::Event::MouseWheelScrolled:
        if (!m_imgui.wantsMouse() && e.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel)
            m_camera.zoomAt({static_cast<double>(e.mouseWheelScroll.x),
                             static_cast<double>(e.mouseWheelScroll.y)},
                            std::pow(1.25, e.mouseWheelScroll.delta));
        return;
    case sf::Event::MouseButtonPressed:
        if (e.mouseButton.button == sf::Mouse::Left && !m_imgui.wantsMouse()) {
            m_pressOnMap = true;
            m_dragging = false;
            m_pressPos = {e.mouseButton.x, e.mouseButton.y};
            m_mouse = m_pressPos;
        }
        return;
    case sf::Event::MouseButtonReleased:
        if (e.mouseButton.button == sf::Mouse::Left && m_pressOnMap) {
            m_pressOnMap = false;
            if (!m_dragging) {
                const Vec2 p{static_cast<double>(e.mouseButton.x),
                             static_cast<double>(e.mouseButton.y)};
                const bool doubleClick = m_lastClick.getElapsedTime().asMilliseconds() < 450 &&
                                         std::hypot(p.x - m_lastClickPos.x, p.y - m_lastClickPos.y) < 6;
                m_lastClick.restart();
                m_lastClickPos = p;
                clickMarker(pickMarker(m_drawOrder, p), doubleClick);
            }
            m_dragging = false;
        }
        return;
    case sf::Event::MouseMoved: {
        const sf::Vector2i p{e.mouseMove.x, e.mouseMove.y};
        if (m_pressOnMap) {
            const sf::Vector2i d = p - m_pressPos;
            if (m_dragging || d.x * d.x + d.y * d.y > 16)
                m_dragging = true;
            if (m_dragging)
                m_camera.panPixels(
                    {static_cast<double>(p.x - m_mouse.x), static_cast<double>(p.y - m_mouse.y)});
        }
        m_mouse = p;
        return;
    }
    case sf::Event::MouseLeft:
        m_mouse = {-1, -1};
        return;
    case sf::Event::KeyPressed: {
        if (m_imgui.wantsKeyboard())
            return;
        const Vec2 centre{m_camera.viewport().x / 2, m_camera.viewport().y / 2};
        const double step = 0.1 * std::min(m_camera.viewport().x, m_camera.viewport().y);
        switch (e.key.code) {
        case sf::Keyboard::Add:
        case sf::Keyboard::Equal:
            m_camera.zoomAt(centre, 1.5);
            break;
        case sf::Keyboard::Subtract:
        case sf::Keyboard::Hyphen:
            m_camera.zoomAt(centre, 1 / 1.5);
            break;
        case sf::Keyboard::Left:
            m_camera.panPixels({step, 0});
            break;
        case sf::Keyboard::Right:
            m_camera.panPixels({-step, 0});
            break;
        case sf::Keyboard::Up:
            m_camera.panPixels({0, step});
            break;
        case sf::Keyboard::Down:
            m_camera.panPixels({0, -step});
            break;
        case sf::Keyboard::Num0:
        case sf::Keyboard::Home:
            fitChina();
            break;
        case sf::Keyboard::Escape:
            if (m_showAbout)
                m_showAbout = false;
            else {
                selectCity(std::nullopt);
                selectCluster(std::nullopt);
            }
            break;
        default:
            break;
        }
        return;
    }
    default:
        return;
    }
}

MarkerStyle App::clusterStyle(const ClusterLayer& layer, std::uint32_t id) {
    MarkerStyle st;
    st.cluster = true;
    if (layer.hasSectors) {
        const auto w = layer.index.categoryWeights(id);
        const double total = layer.index.clusterItem(id).weight;
        st.ring = total > 0;
        for (std::size_t k = 0; k < st.shares.size(); ++k)
            st.shares[k] = total > 0 ? static_cast<float>(w[k] / total) : 0.0f;
    }
    return st;
}

void App::updateScene() {
    const Dataset& ds = *m_dataset;
    const SymbolScale scale = currentScale();
    m_drawOrder.clear();
    m_drawItems.clear();
    m_styles.clear();
    m_ghostOrder.clear();
    m_ghostStyles.clear();
    m_labelRequests.clear();
    if (const ClusterLayer* layer = shownClusterLayer()) {
        addClusterMarkers(*layer, scale);
        addCityMarkers(scale, true); // cities without a figure stay visible as hollow rings
    } else {
        addCityMarkers(scale, false);
    }
    sortForDrawing(m_drawOrder);
    for (const auto& m : m_drawOrder) {
        const DrawItem& d = m_drawItems[m.item];
        MarkerStyle st;
        if (d.kind == DrawItem::Kind::City) {
            st.hollow = ds.value(d.id, m_metric, m_year) == nullptr;
            st.selected = m_selected && *m_selected == d.id;
        } else if (d.kind == DrawItem::Kind::Cluster) {
            st = clusterStyle(*m_clusters, d.id);
            st.selected = m_clusterCard && m_clusterCard->clusterId == d.id;
        } else {
            const ClusterLayer& layer = *m_clusters;
            if (layer.members == ClusterLayer::Members::Cities)
                st.selected = m_selected && *m_selected == layer.member[d.id];
        }
        m_styles.push_back(st);
    }

    m_hoveredItem.reset();
    if (m_mouse.x >= 0 && !m_dragging && !ImGui::GetIO().WantCaptureMouse) {
        const auto hit = pickMarker(m_drawOrder, {static_cast<double>(m_mouse.x), static_cast<double>(m_mouse.y)});
        if (hit)
            m_hoveredItem = m_drawItems[*hit];
    }
}

void App::addCityMarkers(const SymbolScale& scale, bool onlyHollow) {
    const Dataset& ds = *m_dataset;
    const float px = uiScale();
    const Box visible = m_camera.visibleWorld();
    for (std::size_t i = 0; i < ds.cities.size(); ++i) {
        const City& c = ds.cities[i];
        if (!std::isfinite(c.world.x) || !std::isfinite(c.world.y))
            continue;
        const Value* v = ds.value(i, m_metric, m_year);
        if (onlyHollow && v)
            continue;
        const Vec2 s = m_camera.worldToScreen(c.world);
        const double r = v ? scale.radius(v->value) : 5.0 * px;
        // Cull markers fully outside the window.
        const double margin = r / m_camera.scale();
        if (c.world.x < visible.min.x - margin || c.world.x > visible.max.x + margin ||
            c.world.y < visible.min.y - margin || c.world.y > visible.max.y + margin)
            continue;
        m_drawOrder.push_back({s, r, m_drawItems.size()});
        m_drawItems.push_back({DrawItem::Kind::City, static_cast<std::uint32_t>(i)});
        // Priority independent of the year so labels do not jump when it changes.
        m_labelRequests.push_back({cityLabel(c), s, r, metricView().labelPriority[i], i});
    }
}

void App::addClusterMarkers(const ClusterLayer& layer, const SymbolScale& scale) {
    const ClusterIndex& index = layer.index;
    const ClusterOptions& o = index.options();
    const int zoom = clusterZoomFor(m_camera.scale(), kClusterRadiusPx * uiScale(), o);
    if (zoom != m_clusterZoom) {
        // A new level: members fly out of (zooming in) or into (zooming out) their cluster.
        m_clusterFromZoom = m_clusterZoom < 0 ? zoom : m_clusterZoom;
        m_clusterZoom = zoom;
        m_clusterAnim.restart();
    }
    constexpr float kAnimSeconds = 0.35f;
    double t = std::min(1.0, static_cast<double>(m_clusterAnim.getElapsedTime().asSeconds() / kAnimSeconds));
    if (!m_opt.screenshot.empty())
        t = 1; // screenshots show the settled state
    const double ease = t * t * (3 - 2 * t);
    const bool collapsing = t < 1 && m_clusterFromZoom > m_clusterZoom;
    const bool expanding = t < 1 && m_clusterFromZoom < m_clusterZoom;
    const int shownZoom = collapsing ? m_clusterFromZoom : m_clusterZoom;

    // The visible box in the index's unit square, widened so large circles at the edge show.
    const Box visible = m_camera.visibleWorld();
    const double padM = 0.25 * (visible.max.x - visible.min.x);
    const Vec2 a = albersToUnit({visible.min.x - padM, visible.max.y + padM});
    const Vec2 b = albersToUnit({visible.max.x + padM, visible.min.y - padM});
    const auto items = index.getClusters(a.x, a.y, b.x, b.y, shownZoom);
    const Dataset& ds = *m_dataset;
    const Metric& metric = ds.metrics[m_metric];
    auto lerp = [](Vec2 p, Vec2 q, double f) { return Vec2{p.x + (q.x - p.x) * f, p.y + (q.y - p.y) * f}; };
    for (const auto& it : items) {
        Vec2 world = layer.world(it);
        if (expanding || collapsing) {
            const int other = expanding ? m_clusterFromZoom : m_clusterZoom;
            const ClusterItem c = it.isCluster ? index.clusterContainerAt(it.id, other)
                                               : index.containerAt(it.id, other);
            const Vec2 cw = layer.world(c);
            world = expanding ? lerp(cw, world, ease) : lerp(world, cw, ease);
        }
        const Vec2 s = m_camera.worldToScreen(world);
        const double r = scale.radius(std::max(0.0, it.weight));
        m_drawOrder.push_back({s, r, m_drawItems.size()});
        m_drawItems.push_back({it.isCluster ? DrawItem::Kind::Cluster : DrawItem::Kind::Point, it.id});
        if (expanding || collapsing)
            continue; // labels come back when the members have settled
        if (it.isCluster) {
            // Sum and member count; a count of the members themselves is said once.
            const bool sumIsCount = metric.unit == "count" && it.weight == static_cast<double>(it.count) &&
                                    layer.members == ClusterLayer::Members::Enterprises;
            std::string text = formatCompact(it.weight, metric.unit);
            if (!sumIsCount)
                text += " \xC2\xB7 " + formatThousands(it.count);
            m_labelRequests.push_back({text, s, r, it.weight, ds.cities.size() + m_drawItems.size()});
        } else if (layer.members == ClusterLayer::Members::Cities) {
            const auto city = layer.member[it.id];
            m_labelRequests.push_back({cityLabel(ds.cities[city]), s, r,
                                       metricView().labelPriority[city], city});
        } else {
            m_labelRequests.push_back({layer.memberName(it.id), s, r, it.weight,
                                       ds.cities.size() + m_drawItems.size()});
        }
    }
    if (!expanding && !collapsing)
        return;
    // The clusters of the level left (zooming in) fade out under their members as these move
    // out, those of the level reached (zooming out) fade in as their members move in: a circle
    // never gives way at once to the smaller ones of its members. One standing at both levels
    // is among the items already.
    m_ghostOpacity = static_cast<float>(expanding ? 1.0 - ease : ease);
    std::unordered_set<std::uint32_t> shown;
    for (const auto& it : items)
        if (it.isCluster)
            shown.insert(it.id);
    std::vector<std::uint32_t> ghostIds; // ScreenMarker::item indexes this
    for (const auto& g : index.getClusters(a.x, a.y, b.x, b.y, expanding ? m_clusterFromZoom : m_clusterZoom))
        if (g.isCluster && !shown.count(g.id)) {
            m_ghostOrder.push_back({m_camera.worldToScreen(layer.world(g)),
                                    scale.radius(std::max(0.0, g.weight)), ghostIds.size()});
            ghostIds.push_back(g.id);
        }
    sortForDrawing(m_ghostOrder);
    for (const auto& m : m_ghostOrder)
        m_ghostStyles.push_back(clusterStyle(layer, ghostIds[m.item]));
}

void App::updateClusterLayer(bool wait) {
    if (m_clusterBuild.valid() &&
        (wait || m_clusterBuild.wait_for(std::chrono::seconds(0)) == std::future_status::ready)) {
        auto layer = m_clusterBuild.get(); // published in one assignment on the UI thread
        if (layer && layer->dataset.get() == m_dataset.get()) {
            if (!m_clusters)
                markPhase("clusters_ready");
            traceMark("viewer: clusters adopted");
            m_clusters = std::move(layer);
        }
    }
    if (!m_clustering || !m_dataset || m_dataset->metrics.empty() ||
        !metricView().additive)
        return;
    const ClusterKey want{m_dataset.get(), m_metric, m_year};
    const bool current = m_clusters && m_clusters->dataset.get() == want.dataset &&
                         m_clusters->metric == want.metric && m_clusters->year == want.year;
    if (current || (m_clusterBuild.valid() && m_clusterBuildKey == want))
        return;
    if (m_clusterBuild.valid())
        return; // one build at a time; the next frame starts the one wanted now
    m_clusterBuildKey = want;
    traceMark("viewer: cluster build started");
    m_clusterBuild = std::async(std::launch::async, [ds = m_dataset, metric = m_metric, year = m_year] {
        runInBackground();
        return buildClusterLayer(ds, metric, year);
    });
    if (wait)
        updateClusterLayer(true);
}

const ClusterLayer* App::shownClusterLayer() const {
    if (!m_clustering || !m_clusters || m_clusters->dataset.get() != m_dataset.get() ||
        m_clusters->metric != m_metric || m_clusters->year != m_year)
        return nullptr;
    return m_clusters.get();
}

void App::clickMarker(std::optional<std::size_t> drawIndex, bool doubleClick) {
    if (!drawIndex) {
        selectCity(std::nullopt);
        selectCluster(std::nullopt);
        return;
    }
    const DrawItem d = m_drawItems[*drawIndex];
    if (d.kind == DrawItem::Kind::Cluster) {
        selectCity(std::nullopt);
        selectCluster(d.id);
        if (doubleClick)
            expandCluster(d.id);
        return;
    }
    selectCluster(std::nullopt);
    if (d.kind == DrawItem::Kind::City)
        selectCity(d.id);
    else if (m_clusters && m_clusters->members == ClusterLayer::Members::Cities)
        selectCity(m_clusters->member[d.id]);
    else if (m_clusters && d.id < m_clusters->member.size()) {
        // An enterprise: its city's card (figures, sector breakdown, sources).
        selectCity(m_clusters->dataset->enterprises[m_clusters->member[d.id]].city);
    }
}

void App::selectCluster(std::optional<std::uint32_t> cluster) {
    if (!cluster || !shownClusterLayer()) {
        m_clusterCard.reset();
        return;
    }
    m_clusterCard = buildClusterCard(*m_clusters, *cluster);
    keepClearOfCard(m_clusters->world(m_clusters->index.clusterItem(*cluster)));
}

void App::selectClusterHolding(std::size_t city) {
    const Vec2 p = m_camera.worldToScreen(m_dataset->cities.at(city).world);
    for (auto m = m_drawOrder.rbegin(); m != m_drawOrder.rend(); ++m) {
        const DrawItem& d = m_drawItems[m->item];
        if (d.kind == DrawItem::Kind::Cluster &&
            std::hypot(p.x - m->centre.x, p.y - m->centre.y) <= m->radiusPx) {
            selectCity(std::nullopt);
            selectCluster(d.id);
            return;
        }
    }
    m_clusterSelectFailed = true;
}

void App::expandCluster(std::uint32_t cluster) {
    if (!m_clusters)
        return;
    const ClusterIndex& index = m_clusters->index;
    const int zoom = index.getExpansionZoom(cluster);
    if (zoom < 0)
        return;
    // Just past the scale where that zoom starts, so rounding cannot keep the old level.
    const double target = pxPerMetreForClusterZoom(zoom, kClusterRadiusPx * uiScale(), index.options()) * 1.02;
    m_cameraFrom = m_camera.centre();
    m_scaleFrom = m_camera.scale();
    m_cameraTo = m_clusters->world(index.clusterItem(cluster));
    m_scaleTo = std::max(target, m_camera.scale());
    m_cameraAnimating = true;
    m_cameraClock.restart();
    m_clusterCard.reset();
}

void App::animateCamera() {
    if (!m_cameraAnimating)
        return;
    const double t = std::min(1.0, m_cameraClock.getElapsedTime().asSeconds() / 0.6);
    const double e = t * t * (3 - 2 * t);
    // Zoom geometrically, so the motion looks even at every scale.
    m_camera.setScale(m_scaleFrom * std::pow(m_scaleTo / m_scaleFrom, e));
    m_camera.setCentre({m_cameraFrom.x + (m_cameraTo.x - m_cameraFrom.x) * e,
                        m_cameraFrom.y + (m_cameraTo.y - m_cameraFrom.y) * e});
    if (t >= 1)
        m_cameraAnimating = false;
}

void App::drawFrame(sf::RenderTarget& target, float dt) {
    const sf::Vector2u size = target.getSize();
    m_camera.setViewport({static_cast<double>(size.x), static_cast<double>(size.y)});
    animateCamera();
    updateClusterLayer(!m_opt.screenshot.empty());
    if (m_clusterCard && !shownClusterLayer())
        m_clusterCard.reset();
    updateScene();
    if (m_pendingClusterCity && shownClusterLayer()) {
        selectClusterHolding(*m_pendingClusterCity);
        m_pendingClusterCity.reset();
        updateScene(); // the selection ring, and the camera moved clear of the card
    }
    const float px = uiScale();
    m_gfx->ghosts.build(m_ghostOrder, m_ghostStyles, theme(), px, m_ghostOpacity);
    m_gfx->markers.build(m_drawOrder, m_styles, theme(), px);
    m_gfx->labels.setCharacterSize(static_cast<unsigned>(std::round(15.0f * px)));
    m_gfx->labels.layout(m_labelRequests, m_panelRects, m_camera.viewport());
    target.setView(
        sf::View(sf::FloatRect(0, 0, static_cast<float>(size.x), static_cast<float>(size.y))));
    // Window mode may show a moved copy of the basemap while the camera moves; screenshots are
    // always exact.
    m_basemapRenderer.holdUpgrade(m_reload.valid() || m_clusterBuild.valid());
    m_basemapRenderer.draw(target, m_camera, theme(), m_opt.screenshot.empty());
    m_gfx->ghosts.draw(target);
    m_gfx->markers.draw(target);
    // After a cluster transition the labels fade in rather than pop (0.35 s move, then 0.25 s).
    float labelOpacity = 1.0f;
    if (m_opt.screenshot.empty() && shownClusterLayer())
        labelOpacity = std::clamp((m_clusterAnim.getElapsedTime().asSeconds() - 0.35f) / 0.25f, 0.0f, 1.0f);
    m_gfx->labels.draw(target, theme(), labelOpacity);
    if (m_dataset->isSynthetic() && m_gfx->labels.hasFont()) {
        // Permanent watermark: synthetic or example data must never pass for real figures.
        sf::Text mark(m_dataset->kind == "example" ? "EXAMPLE DATA" : "SYNTHETIC DATA",
                      m_gfx->labels.font(), static_cast<unsigned>(size.y / 9));
        const sf::FloatRect b = mark.getLocalBounds();
        mark.setOrigin(b.left + b.width / 2, b.top + b.height / 2);
        mark.setPosition(size.x / 2.0f, size.y / 2.0f);
        mark.setRotation(-20);
        const Rgba w = theme().watermark;
        mark.setFillColor(sf::Color(w.r, w.g, w.b, w.a));
        target.draw(mark);
    }

    m_imgui.newFrame(size, dt);
    // Each panel's state.
    ControlsState controls;
    controls.dataset = m_dataset.get();
    controls.metric = m_metric;
    controls.year = m_year;
    controls.years = metricView().years;
    controls.metrics = metricView().metricOrder;
    controls.labels = m_labelMode;
    controls.clustering = m_clustering;
    controls.showOpen = m_showOpen;
    controls.showAbout = m_showAbout;
    controls.loading = m_reload.valid();
    LegendState legend;
    legend.dataset = m_dataset.get();
    legend.metric = m_metric;
    legend.year = m_year;
    legend.scale = currentScale();
    legend.clustersShown = std::any_of(m_drawItems.begin(), m_drawItems.end(), [](const DrawItem& d) {
        return d.kind == DrawItem::Kind::Cluster;
    });
    legend.sectorRing = legend.clustersShown && m_clusters->hasSectors;
    if (m_clustering && !metricView().additive) {
        controls.clusterStatus = "not for this metric: its values do not add up";
    } else if (m_clustering && !legend.clustersShown && m_clusterBuild.valid()) {
        const std::string& id = m_dataset->metrics[m_metric].id;
        const bool enterprises = !m_dataset->enterprises.empty() && (id == "enterprises" || id == "enterprise_weight");
        controls.clusterStatus = "grouping " + formatThousands(static_cast<double>(
                                     enterprises ? m_dataset->enterprises.size() : m_dataset->cities.size())) +
                                 (enterprises ? " enterprises..." : " cities...");
    }
    TooltipState tooltip;
    tooltip.hover = hoverInfo();
    CityCardState cityCard;
    cityCard.card = m_card ? &*m_card : nullptr;
    ClusterCardState clusterCard;
    clusterCard.card = m_clusterCard ? &*m_clusterCard : nullptr;
    clusterCard.dataset = m_dataset.get();
    AboutState about;
    about.show = m_showAbout;
    about.dataset = m_dataset.get();
    about.attributions = m_attributions;
    OpenDialogState openDialog;
    openDialog.show = m_showOpen;
    openDialog.dataPath = m_dataPath;
    openDialog.recentFiles = m_settings.recentFiles;
    ErrorBannerState errorBanner;
    errorBanner.errors = m_loadErrors;
    if (!m_loadErrors.empty() && !m_loadedAt.empty())
        errorBanner.since = "showing data loaded at " + m_loadedAt;

    // Draw them; each records its rectangle in the frame (map labels avoid them).
    PanelFrame frame;
    frame.uiScale = uiScale();
    PanelIntents intents;
    if (m_dataset && !m_dataset->metrics.empty()) {
        intents.controls = drawControls(controls, frame);
        drawLegend(legend, frame);
        intents.cityCard = drawCityCard(cityCard, frame);
        intents.clusterCard = drawClusterCard(clusterCard, frame);
        intents.about = drawAbout(about, frame);
        intents.openDialog = drawOpenDialog(openDialog, frame);
        drawTooltip(tooltip, frame);
    }
    intents.errorBanner = drawErrorBanner(errorBanner, frame);
    m_panelRects = std::move(frame.rects);
    m_imgui.render(target);
    applyIntents(intents);
}

// Panel by panel; the controls come first: turning "group nearby" off closes the cluster card,
// and a "Zoom in to split it" of the same frame then has no card to act on.
void App::applyIntents(const PanelIntents& in) {
    const ControlsIntents& c = in.controls;
    if (c.metric && *c.metric < m_dataset->metrics.size()) {
        m_metric = *c.metric;
        // Keep the year if the new metric has it; otherwise its latest year.
        const auto years = m_dataset->years(m_metric);
        if (std::find(years.begin(), years.end(), m_year) == years.end())
            m_year = years.empty() ? 0 : years.back();
    }
    if (c.year)
        m_year = *c.year;
    if (c.labels)
        m_labelMode = *c.labels;
    if (c.fitView)
        fitChina();
    if (c.showAbout)
        m_showAbout = *c.showAbout;
    if (c.showOpen)
        m_showOpen = *c.showOpen;
    if (c.clustering) {
        m_clustering = *c.clustering;
        m_clusterCard.reset();
    }
    if (in.cityCard.close)
        selectCity(std::nullopt);
    if (in.clusterCard.close)
        m_clusterCard.reset();
    if (in.clusterCard.expand && m_clusterCard)
        expandCluster(m_clusterCard->clusterId);
    if (in.about.close)
        m_showAbout = false;
    if (in.openDialog.close)
        m_showOpen = false;
    if (in.openDialog.openFile && !m_reload.valid()) {
        m_openingPath = *in.openDialog.openFile;
        m_reload = std::async(std::launch::async, loadForViewer, m_openingPath, m_gazetteer);
    }
    if (in.errorBanner.dismiss)
        m_loadErrors.clear();
}

// [SECTION] state changes and helpers ----------------------------------------------------------

void App::selectCity(std::optional<std::size_t> city) {
    m_selected = city;
    if (!city || !m_dataset || *city >= m_dataset->cities.size()) {
        m_card.reset();
        return;
    }
    m_card = buildCityCard(*m_dataset, *city);
    keepClearOfCard(m_dataset->cities[*city].world);
}

void App::keepClearOfCard(Vec2 world) {
    // Cards dock at the right edge: if one would hide what it describes, move the map left just
    // enough to show it beside the card (the zoom stays, so the audience keeps its bearings).
    const double w = m_camera.viewport().x;
    const double cardLeft =
        w - cityCardWidth(static_cast<float>(w), uiScale()) - 2 * panelMargin(uiScale());
    const Vec2 s = m_camera.worldToScreen(world);
    const double wanted = cardLeft - 0.12 * w;
    if (s.x > wanted)
        m_camera.panPixels({wanted - s.x, 0});
}

void App::fitChina() {
    m_camera.fit(m_chinaBox, 24.0 * uiScale());
}

float App::uiScale() const {
    const double h = m_camera.viewport().y;
    return static_cast<float>(std::clamp(h / 900.0, 1.0, 3.0));
}

SymbolScale App::currentScale() {
    // Circles grow with the square root of the zoom so that zooming in separates them without
    // letting them swamp the map; the legend is drawn with this same scale.
    const double z = std::clamp(m_camera.zoomLevel(), 0.0, 6.0);
    const double rMax = 0.06 * m_camera.viewport().y * std::pow(2.0, z / 2);
    return SymbolScale(metricView().vMax, rMax, 3.0 * uiScale());
}

const App::MetricView& App::metricView() {
    if (m_view.dataset == m_dataset.get() && m_view.metric == m_metric)
        return m_view;
    const Dataset& ds = *m_dataset;
    m_view.dataset = m_dataset.get();
    m_view.metric = m_metric;
    m_view.years = ds.years(m_metric);
    m_view.metricOrder = ds.metricsByCoverage();
    m_view.vMax = ds.maxValue(m_metric);
    m_view.additive = isAdditiveMetric(ds.metrics[m_metric]);
    m_view.labelPriority.assign(ds.cities.size(), -1.0);
    for (const auto& v : ds.values)
        if (v.metric == m_metric)
            m_view.labelPriority[v.city] = std::max(m_view.labelPriority[v.city], v.value);
    return m_view;
}

std::string App::cityLabel(const City& c) const {
    switch (m_labelMode) {
    case LabelMode::Chinese:
        return c.nameZh.empty() ? c.nameEn : c.nameZh;
    case LabelMode::English:
        return c.nameEn.empty() ? c.nameZh : c.nameEn;
    case LabelMode::Both:
    default:
        if (c.nameZh.empty() || c.nameEn.empty())
            return c.nameZh + c.nameEn;
        return c.nameZh + " " + c.nameEn;
    }
}

std::optional<HoverInfo> App::hoverInfo() {
    if (!m_hoveredItem)
        return std::nullopt;
    const Dataset& ds = *m_dataset;
    std::size_t city = m_hoveredItem->id;
    if (m_hoveredItem->kind != DrawItem::Kind::City) {
        if (!m_clusters)
            return std::nullopt;
        const ClusterLayer& layer = *m_clusters;
        const Metric& m = ds.metrics[layer.metric];
        if (m_hoveredItem->kind == DrawItem::Kind::Cluster) {
            const ClusterItem it = layer.index.clusterItem(m_hoveredItem->id);
            HoverInfo h;
            h.title = "Cluster of " + formatThousands(it.count) + " " + layer.memberNoun(it.count);
            h.valueLine = m.label + ": " + formatValue(it.weight, m.unit) + " (sum), " + std::to_string(layer.year);
            if (m_hoverSourcesFor != m_hoveredItem->id) {
                // Once per cluster: the sources of all its members.
                std::vector<std::string> ids;
                std::size_t unsourced = 0;
                layer.clusterSources(m_hoveredItem->id, ids, unsourced);
                m_hoverSources.clear();
                for (const auto& id : ids)
                    m_hoverSources += (m_hoverSources.empty() ? "" : " ") + std::string("[") + id + "]";
                if (unsourced)
                    m_hoverSources += (m_hoverSources.empty() ? "" : "; ") + formatThousands(static_cast<double>(unsourced)) + " unsourced";
                m_hoverSourcesFor = m_hoveredItem->id;
            }
            h.sourceLine = "sources: " + m_hoverSources;
            return h;
        }
        if (layer.members == ClusterLayer::Members::Enterprises) {
            const Enterprise& e = ds.enterprises[layer.member[m_hoveredItem->id]];
            HoverInfo h;
            h.title = std::string(ds.enterpriseName(e));
            const double w = layer.index.pointItem(m_hoveredItem->id).weight;
            h.valueLine = m.label + ": " + formatValue(w, m.unit) + ", " + std::to_string(e.year);
            h.sourceLine = e.source < ds.sources.size() ? "[" + ds.sources[e.source].id + "] " + ds.sources[e.source].publisher : "unsourced";
            return h;
        }
        city = layer.member[m_hoveredItem->id];
    }
    const City& c = ds.cities[city];
    const Metric& m = ds.metrics[m_metric];
    HoverInfo h;
    h.title = c.nameZh.empty() ? c.nameEn : c.nameZh + "  " + c.nameEn;
    if (const Value* v = ds.value(city, m_metric, m_year)) {
        h.valueLine =
            m.label + ": " + formatValue(v->value, m.unit, v->qualifier) + ", " + v->period;
        if (v->sources.empty()) {
            h.sourceLine = "unsourced";
        } else {
            for (const auto& id : v->sources) {
                const Source* s = ds.source(id);
                if (!h.sourceLine.empty())
                    h.sourceLine += "; ";
                h.sourceLine += "[" + id + "] " + (s ? s->publisher + ", " + s->date : "");
            }
        }
    } else {
        h.valueLine = m.label + ": n/a (no figure for " + std::to_string(m_year) + ")";
    }
    return h;
}

void App::writeUiDump() {
    if (m_opt.uiDump.empty())
        return;
    nlohmann::json j;
    j["metric"] = m_dataset->metrics[m_metric].id;
    j["year"] = m_year;
    j["selected"] = m_card ? nlohmann::json(m_card->cityId) : nlohmann::json(nullptr);
    j["dataset_title"] = m_dataset->title;
    j["values"] = m_dataset->values.size();
    j["load_errors"] = m_loadErrors.size();
    j["loaded_at"] = m_loadedAt;
    j["card"] = m_card ? toJson(*m_card) : nlohmann::json(nullptr);
    // Clusters on screen, largest first (position in window pixels, members), the cluster zoom
    // and the open cluster card: the display tests click through these.
    std::vector<std::pair<double, nlohmann::json>> clusters;
    for (const auto& m : m_drawOrder) {
        const DrawItem& d = m_drawItems[m.item];
        if (d.kind != DrawItem::Kind::Cluster || !m_clusters)
            continue;
        const ClusterItem it = m_clusters->index.clusterItem(d.id);
        clusters.push_back({it.weight, nlohmann::json{{"x", std::lround(m.centre.x)},
                                                      {"y", std::lround(m.centre.y)},
                                                      {"r", m.radiusPx},
                                                      {"count", it.count}}});
    }
    std::stable_sort(clusters.begin(), clusters.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    j["clusters_on_screen"] = clusters.size();
    j["clusters"] = nlohmann::json::array();
    for (std::size_t i = 0; i < clusters.size() && i < 5; ++i)
        j["clusters"].push_back(clusters[i].second);
    j["cluster_zoom"] = m_clusterZoom;
    j["cluster_card"] = m_clusterCard ? nlohmann::json{{"title", m_clusterCard->title},
                                                       {"count", m_clusterCard->count},
                                                       {"sum", m_clusterCard->sum},
                                                       {"sectors", m_clusterCard->sectors.size()},
                                                       {"top", m_clusterCard->topMembers.size()},
                                                       {"sources", m_clusterCard->sourceIds}}
                                      : nlohmann::json(nullptr);
    const std::string text = j.dump(1);
    if (text == m_lastDump)
        return;
    if (writeFileAtomic(m_opt.uiDump, text))
        m_lastDump = text;
}

} // namespace aimap
