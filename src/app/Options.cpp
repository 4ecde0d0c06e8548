#include "app/Options.hpp"

#include "core/export/VideoPlan.hpp"

#include <CLI/CLI.hpp>

#include <cmath>
#include <cstdio>
#include <functional>
#include <regex>

namespace aimap {

namespace {
/// A check that the whole value matches `pattern`, else says `message`.
std::function<std::string(const std::string&)> matching(const char* pattern, const char* message) {
    return [re = std::regex(pattern), message](const std::string& v) {
        return std::regex_match(v, re) ? std::string() : std::string(message);
    };
}

// What is wrong with the export options, or "".
std::string exportArgumentError(const Options& o) {
    if (o.exportDir.empty())
        return o.exportTilePx > 0 || !o.exportPdf.empty() || o.exportNotes || o.exportTextOutlines
                   ? "--export-tile-px, --export-pdf, --export-notes and --export-text-outlines "
                     "need --export-dir"
                   : "";
    if (o.talk.empty())
        return "--export-dir needs --talk FILE (the talk to export)";
    if (o.width > 7680 || o.height > 4320)
        return "exports are at most 7680x4320 (got " + std::to_string(o.width) + "x" +
               std::to_string(o.height) + ")";
    if (!o.screenshot.empty())
        return "--export-dir and --screenshot cannot be combined";
    if (o.exportTilePx != 0 && (o.exportTilePx < 64 || o.exportTilePx > 16384))
        return "--export-tile-px must be between 64 and 16384";
    return "";
}

// What is wrong with the video options, or "" (the size rule: core/export/VideoPlan).
std::string videoArgumentError(const Options& o) {
    if (o.exportVideo.empty())
        return o.fps || o.holdSeconds ? "--fps and --hold-seconds need --export-video" : "";
    if (o.talk.empty())
        return "--export-video needs --talk FILE (the talk to render)";
    if (!o.exportDir.empty() || !o.screenshot.empty())
        return "--export-video cannot be combined with --export-dir or --screenshot";
    if (const std::string p = videoFormatProblem({o.width, o.height, o.fps ? o.fps : 30});
        !p.empty())
        return "--export-video: " + p;
    return "";
}

} // namespace

std::optional<Options> parseOptions(int argc, char** argv, int& exitCode) {
    Options o;
    CLI::App cli{"aimap - a map of China's AI industry"};
    std::string size;
    int year = 0;
    cli.add_option("--data", o.dataFile,
                   "Dataset JSON file (default: the bundled data/ai-cities.json)");
    cli.add_option("--root", o.rootDir,
                   "Folder containing data/ and shaders/ (default: found next to the executable)");
    cli.add_option("--screenshot", o.screenshot,
                   "Render what the window shows into this PNG file and exit");
    cli.add_option("--size", size,
                   "Window or screenshot size WIDTHxHEIGHT (default: the window 80% of the "
                   "primary monitor, centred on it; a screenshot 1600x900)");
    cli.add_option("--select", o.select,
                   "Open the card of this city (id, English or Chinese name)");
    cli.add_option("--radius", o.radiusKm,
                   "With --select: the cities within this many km of it along the ellipsoid "
                   "(the card's list, a geodesic circle on the map)")
        ->check(CLI::Range(10.0, 2000.0));
    cli.add_option("--search", o.search,
                   "Open the search box with this text typed (in the window: Ctrl+F or /)");
    cli.add_option("--compare", o.compare,
                   "Pin 2 to 4 cities (ids or names, separated by commas) and compare them side "
                   "by side: the compare panel and their marks on the map");
    cli.add_option("--rankings", o.rankings,
                   "Open the rankings table (key T): \"shown\" for the metric and year shown, "
                   "or METRIC[:YEAR] (the latest year by default)");
    cli.add_option("--metric", o.metric, "Metric id to show");
    auto* yearOpt = cli.add_option("--year", year, "Year to show");
    std::string centre;
    double zoom = 0;
    cli.add_option("--centre", centre, "View centre LON,LAT in degrees (default: all of China)");
    auto* zoomOpt =
        cli.add_option("--zoom", zoom, "Zoom level: 0 shows all of China, +1 doubles the scale")
            ->check(CLI::Range(-1.0, 6.0));
    cli.add_option("--sectors", o.sectors,
                   "Sectors whose enterprises the map sums, comma-separated ids or names "
                   "(ai_chips,iot); default: all");
    cli.add_option("--labels", o.labels, "Label language: zh, en or both")
        ->check(CLI::IsMember({"zh", "en", "both"}));
    cli.add_option("--grouping", o.grouping,
                   "Group nearby markers into clusters: on (default) or off")
        ->check(CLI::IsMember({"on", "off"}));
    cli.add_option("--zones", o.zones,
                   "Pilot-zone layer: programmes to show, by id or short name (MOST, MIIT), "
                   "comma-separated, or all");
    cli.add_option("--ranks", o.ranks,
                   "Rank layer: a ranking or index shown as badges, METRIC_ID or METRIC_ID:YEAR");
    cli.add_option("--choropleth", o.choropleth,
                   "Province choropleth: density (the metric shown per 10,000 km2) or "
                   "METRIC_ID[:YEAR] of a province figure (issue 16)");
    cli.add_option("--province", o.province,
                   "Open a province's card: division code, Chinese or English name");
    cli.add_option("--ui-scale", o.uiScale,
                   "Size of text and panels: desk (follows the window height), room (large text "
                   "for a hall: labels >= 21 px at 720p) or a number from 0.5 to 4");
    cli.add_option("--contrast", o.contrast,
                   "Palette: normal, or high (for washed-out projectors: strong land and sea, "
                   "opaque markers, black text); default: the last one chosen in a window")
        ->check(CLI::IsMember({"normal", "high"}));
    cli.add_option("--min-text-px", o.minTextPx,
                   "The smallest text (map labels) at least this many pixels high")
        ->check(CLI::Range(0.0, 200.0));
    cli.add_flag("--national", o.national,
                 "Open the national figures (headline figures and quotations, cited)");
    cli.add_option("--ui-dump", o.uiDump,
                   "Write the open city card as JSON to this file when it changes (tests)");
    cli.add_option(
        "--ui-dump-sweep", o.uiDumpSweep,
        "Render every metric x year, grouping on and off, offscreen and write their UI "
        "dumps (markers, labels, inset) as one JSON array to this file, then exit (tests)");
    cli.add_option("--exit-after-frames", o.exitAfterFrames, "Quit after this many frames (tests)");
    cli.add_flag("--bench", o.bench,
                 "Measure start-up and per-frame times in a window, print JSON, quit");
    cli.add_option("--bench-frames", o.benchFrames, "Frames measured by --bench (default 300)");
    cli.add_option("--bench-contrast", o.benchContrast,
                   "Switch the palette this many times in a window (normal, high, ...), print "
                   "the switch frames' times and the memory before and after as JSON, then quit")
        ->check(CLI::Range(1, 10000));
    cli.add_option("--bench-flights", o.benchFlights,
                   "Fly the camera this many times over a tour of cities and zooms in a window, "
                   "print the frame times in flight as JSON, then quit")
        ->check(CLI::Range(1, 10000));
    cli.add_option("--bench-load", o.benchLoad,
                   "Open this file in the background after 10 frames; print the load time and the "
                   "longest frame while it loads as JSON, then quit");
    cli.add_flag("--bench-timeline", o.benchTimeline,
                 "Play the timeline (the metric's years, again and again) in a window; print the "
                 "frames' main-thread CPU as JSON, then quit");
    cli.add_option("--timeline", o.timeline,
                   "Play the timeline from year FROM to year TO at start, as a talk frame's "
                   "\"timeline\" does (FROM:TO, e.g. 2018:2020)")
        ->check(matching(R"(\d{4}:\d{4})", "must be FROM:TO, e.g. 2018:2020"));
    cli.add_option("--timeline-at", o.timelineAt,
                   "With --screenshot and --timeline: the picture this many seconds after the play "
                   "started (default: when it has stopped)")
        ->check(CLI::Range(0.0, 3600.0));
    cli.add_flag("--fullscreen", o.fullscreen, "Open full screen (presenters)");
    cli.add_option("--print-marker", o.printMarker,
                   "Print the screen position of a city's marker as 'x y' and exit");
    cli.add_option("--select-cluster", o.selectCluster,
                   "Open the card of the cluster whose circle holds this city (id, English or "
                   "Chinese name) at the view's zoom");
    cli.add_option("--talk", o.talk,
                   "Present this talk (docs/talks.md): scene 1 in presentation mode, the clicker's "
                   "keys step through it, Esc gives the panels back; \"last\": the talk "
                   "presented last in a window (settings)")
        ->check(CLI::ExistingFile | CLI::IsMember({"last"}));
    cli.add_option("--export-dir", o.exportDir,
                   "With --talk: write every frame of the talk (each scene and build step) as "
                   "NN-KK.png and NN-KK.svg into this folder, at --size (up to 7680x4320), "
                   "then exit (docs/talks.md, \"Exports\")");
    cli.add_option("--export-tile-px", o.exportTilePx,
                   "Render exports in square tiles of at most N pixels (default: the largest "
                   "texture the GPU allows)");
    cli.add_option("--export-pdf", o.exportPdf,
                   "With --export-dir: also the whole deck as one PDF file (needs rsvg-convert, "
                   "Debian package librsvg2-bin)");
    cli.add_flag("--export-notes", o.exportNotes,
                 "With --export-dir: a speaker-notes page (NN-notes.svg, and in the PDF) after "
                 "each scene");
    cli.add_flag("--export-text-outlines", o.exportTextOutlines,
                 "With --export-dir: every text of the SVGs (and the PDF) as the label font's "
                 "glyph outlines, for machines without the CJK font");
    cli.add_option("--export-video", o.exportVideo,
                   "With --talk: render the whole talk (flights, build steps, timelines, each "
                   "frame held) into this MP4 (H.264, needs ffmpeg) at --size (default "
                   "1920x1080, even, at most 3840x2160), then exit (docs/talks.md, \"Video\")");
    cli.add_option("--fps", o.fps,
                   "With --export-video: frames per second (default 30; at most 60, 30 at "
                   "3840x2160)")
        ->check(CLI::Range(1, 100000)); // above 60: the video's size rule says what fits
    cli.add_option("--hold-seconds", o.holdSeconds,
                   "With --export-video: hold every frame this long (default: the talk's "
                   "hold_seconds, 6 s where it gives none)")
        ->check(CLI::Range(0.05, 3600.0));
    cli.add_option("--scene", o.scene,
                   "With --talk: start at scene N, or N.K (scene N after K build steps; "
                   "screenshots of any frame)");
    cli.add_flag("--presenter-view", o.presenterView,
                 "With --talk: a second window on the laptop's screen with the notes, the next "
                 "frame and the time");
    cli.add_option("--audience-monitor", o.audienceMonitor,
                   "With --talk: the audience view fills monitor N (1, 2... as XRandR lists them), "
                   "borderless")
        ->check(CLI::Range(1, 64));
    cli.add_option("--then-open", o.thenOpen,
                   "Once --data is shown, open this file as \"Open data...\" would: a broken file "
                   "shows its errors in the banner over the last good data");
    cli.add_option("--clock", o.clock,
                   "Fixed time HH:MM:SS for \"showing data loaded at\" (reproducible screenshots)")
        ->check(matching(R"(([01]\d|2[0-3]):[0-5]\d:[0-5]\d)", "must be HH:MM:SS, e.g. 09:30:00"));
    cli.add_option("--marker-fill-shift", o.markerFillShift,
                   "Add N/255 to the marker fill colour (tests: proves the expected images see it)")
        ->check(CLI::Range(-64, 64));
    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version exit 0; every other mistake of the command line exits 2, as the
        // checks below do (CLI11's own codes are 101-127).
        exitCode = cli.exit(e) == 0 ? 0 : 2;
        return std::nullopt;
    }
    if (!size.empty()) {
        std::smatch m;
        if (!std::regex_match(size, m, std::regex(R"((\d{2,5})x(\d{2,5}))"))) {
            std::fprintf(stderr, "aimap: --size must be WIDTHxHEIGHT, e.g. 1920x1080 (got '%s')\n",
                         size.c_str());
            exitCode = 2;
            return std::nullopt;
        }
        o.width = static_cast<unsigned>(std::stoul(m[1]));
        o.height = static_cast<unsigned>(std::stoul(m[2]));
        o.sizeGiven = true;
        if (o.width < 320 || o.height < 240 || o.width > 8192 || o.height > 8192) {
            std::fprintf(stderr, "aimap: --size must be between 320x240 and 8192x8192\n");
            exitCode = 2;
            return std::nullopt;
        }
    }
    if (!o.exportVideo.empty() && !o.sizeGiven) {
        o.width = 1920;
        o.height = 1080;
    }
    std::string error = videoArgumentError(o);
    if (error.empty() && o.exportVideo.empty())
        error = exportArgumentError(o);
    if (!error.empty()) {
        std::fprintf(stderr, "aimap: %s\n", error.c_str());
        exitCode = 2;
        return std::nullopt;
    }
    if (o.radiusKm && o.select.empty()) {
        std::fprintf(stderr, "aimap: --radius needs --select CITY (the centre of the circle)\n");
        exitCode = 2;
        return std::nullopt;
    }
    if (*yearOpt)
        o.year = year;
    if (*zoomOpt)
        o.zoom = zoom;
    if (!centre.empty()) {
        std::smatch m;
        static const std::regex lonLat(R"(\s*(-?\d+(?:\.\d*)?)\s*,\s*(-?\d+(?:\.\d*)?)\s*)");
        if (!std::regex_match(centre, m, lonLat) || std::fabs(std::stod(m[1])) > 180 ||
            std::fabs(std::stod(m[2])) > 90) {
            std::fprintf(stderr,
                         "aimap: --centre must be LON,LAT in degrees, e.g. 117.0,36.7 "
                         "(got '%s')\n",
                         centre.c_str());
            exitCode = 2;
            return std::nullopt;
        }
        o.centreLon = std::stod(m[1]);
        o.centreLat = std::stod(m[2]);
    }
    return o;
}

} // namespace aimap
