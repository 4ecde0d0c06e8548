#include "app/data/LiveData.hpp"

#include "app/Background.hpp"
#include "core/data/FormatDispatch.hpp"

#include <cstdio>
#include <ctime>
#include <filesystem>

namespace aimap {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Loads a dataset for the viewer exactly as validate does; safe on a worker thread (reads only
// its arguments), where it runs below the window's priority.
DatasetLoadResult loadForViewer(const std::string& path,
                                std::shared_ptr<const Gazetteer> gazetteer) {
    runInBackground();
    return loadDatasetFile(path, gazetteer.get());
}

} // namespace

LiveData::LiveData(std::string root, std::string clock, Settings settings, bool remember)
    : m_root(std::move(root)), m_clock(std::move(clock)), m_settings(std::move(settings)),
      m_remember(remember) {}

void LiveData::saveSettings() const {
    if (m_remember)
        m_settings.save();
}

void LiveData::loadGazetteer() {
    Diagnostics diags;
    if (auto g = Gazetteer::load(m_root + "/data/gazetteer.json", diags))
        m_gazetteer = std::make_shared<const Gazetteer>(std::move(*g));
}

LiveData::Signature LiveData::signature(const std::string& path) {
    Signature sig;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::is_regular_file(status))
        return sig;
    sig.exists = true;
    sig.size = fs::file_size(path, ec);
    sig.mtime = fs::last_write_time(path, ec).time_since_epoch().count();
    return sig;
}

void LiveData::watch(const std::string& path) {
    m_path = path;
    m_signature = signature(path);
    m_changePending = false;
}

std::string LiveData::now() const {
    if (!m_clock.empty())
        return m_clock;
    const std::time_t t = std::time(nullptr);
    char buf[16];
    std::strftime(buf, sizeof buf, "%H:%M:%S", std::localtime(&t));
    return buf;
}

bool LiveData::loadFailed() const {
    for (const auto& d : m_errors)
        if (d.severity == Severity::Error)
            return true;
    return false;
}

void LiveData::addErrors(const std::vector<Diagnostic>& errors) {
    m_errors.insert(m_errors.end(), errors.begin(), errors.end());
}

bool LiveData::loadNow(const std::string& path) {
    watch(path);
    return adopt(loadForViewer(path, m_gazetteer)).has_value();
}

void LiveData::startInitial(const std::string& path) {
    watch(path);
    m_initial = std::async(std::launch::async, loadForViewer, path, m_gazetteer);
}

LiveData::Initial LiveData::pollInitial() {
    if (!m_initial.valid())
        return m_dataset ? Initial::Ready : Initial::Failed;
    if (m_initial.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return Initial::Waiting;
    return adopt(m_initial.get()) ? Initial::Ready : Initial::Failed;
}

void LiveData::waitForInitial(std::chrono::milliseconds ms) const {
    if (m_initial.valid())
        m_initial.wait_for(ms);
}

void LiveData::keepMessages(const Diagnostics& diags, Severity more) {
    m_errors.assign(diags.items().begin(), diags.items().end());
    if (diags.omitted() > 0)
        m_errors.push_back({more, m_path, "",
                            "... and " + std::to_string(diags.omitted()) +
                                " more (aimap validate lists them all)",
                            ""});
}

std::optional<LiveData::Change> LiveData::adopt(DatasetLoadResult r) {
    for (const auto& d : r.diagnostics.items())
        std::fprintf(stderr, "%s\n", d.format().c_str());
    if (!r.dataset) {
        // Keep the last good data on screen; the banner says what is wrong with the new one.
        keepMessages(r.diagnostics, Severity::Error);
        return std::nullopt;
    }
    Change change{m_dataset};
    m_dataset = r.dataset;
    // Regression (issue 13): a good load's warnings went to the terminal only; the viewer
    // showed none of them. They are shown until dismissed.
    keepMessages(r.diagnostics, Severity::Warning);
    m_loadedAt = now();
    if (m_path != r.dataset->path)
        watch(r.dataset->path); // a file opened from the dialog: watch it from now on
    m_settings.addRecent(m_path);
    saveSettings();
    return change;
}

std::optional<LiveData::Change> LiveData::poll(bool* failed) {
    if (failed)
        *failed = false;
    // A finished reload is adopted here, on the UI thread, in one assignment.
    if (m_reload.valid() &&
        m_reload.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        auto change = adopt(m_reload.get());
        if (failed)
            *failed = !change;
        return change;
    }
    const auto t = Clock::now();
    if (m_path.empty() || m_reload.valid() || t - m_lastPoll < std::chrono::milliseconds(100))
        return std::nullopt;
    m_lastPoll = t;
    const Signature sig = signature(m_path);
    if (sig != m_signature) {
        // Still changing (or briefly missing while an editor saves by rename): wait.
        m_signature = sig;
        m_lastChange = t;
        m_changePending = true;
        return std::nullopt;
    }
    if (m_changePending && sig.exists && t - m_lastChange > std::chrono::milliseconds(300)) {
        m_changePending = false;
        m_reload = std::async(std::launch::async, loadForViewer, m_path, m_gazetteer);
    }
    return std::nullopt;
}

void LiveData::open(const std::string& path) {
    if (!m_reload.valid())
        m_reload = std::async(std::launch::async, loadForViewer, path, m_gazetteer);
}

std::optional<LiveData::Change> LiveData::openNow(const std::string& path) {
    return adopt(loadForViewer(path, m_gazetteer));
}

void LiveData::waitForLoad(std::chrono::milliseconds ms) const {
    if (m_reload.valid())
        m_reload.wait_for(ms);
}

} // namespace aimap
