#pragma once

#include <optional>
#include <string>

namespace aimap {

/// Command line of the aimap executable.
struct Options {
    std::string dataFile;   ///< dataset JSON; default: data/ai-cities.json of the install
    std::string rootDir;    ///< folder holding data/ and shaders/; found automatically if empty
    std::string screenshot; ///< render one frame to this PNG and exit
    unsigned width = 1600;  ///< window or screenshot size, pixels
    unsigned height = 900;
    /// --size was given; without it the window takes 80% of the primary monitor (a screenshot
    /// stays 1600x900)
    bool sizeGiven = false;
    bool sizeRemembered = false; ///< the size is the window's last one (settings), not --size
    std::string select; ///< city id, English or Chinese name: open its card
    std::optional<double> radiusKm; ///< --radius: the radius tool around the selected city
    std::string search;             ///< --search: the search box opened with this text typed
    std::string compare;            ///< --compare ID,ID[,ID,ID]: pin these cities side by side
    std::string rankings; ///< --rankings: open the rankings table ("shown" or METRIC[:YEAR])
    std::string metric; ///< metric id
    std::optional<int> year;
    std::optional<double> centreLon; ///< --centre LON,LAT: view centre (degrees)
    std::optional<double> centreLat;
    std::optional<double> zoom;  ///< --zoom Z: 0 = all of China, +1 per doubling
    std::string labels;          ///< zh, en, both; empty: the saved setting in a window, else both
    std::string grouping;        ///< on, off: group nearby markers (default on)
    std::string sectors;         ///< --sectors: the sector filter ("ai_chips,iot"); empty: all
    std::string zones;           ///< pilot-zone programmes shown: ids or short names, "all"
    std::string ranks;           ///< the rank layer: "metric_id[:year]"
    std::string choropleth;      ///< --choropleth: the province choropleth's id (issue 16)
    std::string province;        ///< --province: open this province's card
    bool national = false;       ///< open the national figures panel
    std::string uiScale = "desk"; ///< desk, room or a number
    /// --contrast normal|high: the palette; empty: a window's is the saved setting, a
    /// screenshot's normal
    std::string contrast;
    double minTextPx = 0;         ///< the smallest text (map labels) at least this high
    std::string uiDump;          ///< write the open card (JSON) here whenever it changes
    std::string uiDumpSweep;     ///< write the UI dump of every metric x year here and exit
    int exitAfterFrames = -1;    ///< window mode: quit after N frames (tests)
    bool bench = false; ///< window mode: measure start-up and frame times, print JSON, quit
    int benchFrames = 300;
    int benchContrast = 0; ///< window mode: switch the palette N times, time it, print JSON, quit
    std::string benchLoad; ///< window mode: open this file in the background, time every frame
    int benchFlights = 0;  ///< window mode: N camera flights over a tour, time them, print JSON
    bool benchTimeline = false; ///< window mode: play the timeline, print frame CPU as JSON, quit
    std::string timeline;       ///< --timeline FROM:TO: play these years at start (as a talk)
    std::optional<double> timelineAt; ///< --screenshot: the picture this many s into the play
    bool fullscreen = false;
    std::string printMarker;   ///< print the screen position of a city's marker and exit
    std::string selectCluster; ///< open the card of the cluster holding this city's marker
    std::string talk;          ///< a talk file to present (docs/talks.md)
    std::string exportDir;     ///< --export-dir: write the talk's frames (PNG, SVG) here, exit
    unsigned exportTilePx = 0; ///< --export-tile-px: render exports in tiles this big (tests)
    std::string exportPdf;     ///< --export-pdf: the exported SVGs as one PDF (rsvg-convert)
    bool exportNotes = false;  ///< --export-notes: a speaker-notes page after each scene
    bool exportTextOutlines = false; ///< --export-text-outlines: SVG text as glyph outlines
    std::string exportVideo;   ///< --export-video: the talk as an MP4 (ffmpeg), then exit
    unsigned fps = 0;          ///< --fps: the video's frame rate (0: not given; 30)
    std::optional<double> holdSeconds; ///< --hold-seconds: every frame held this long (video)
    std::string scene;         ///< --scene N or N.K: where the talk starts
    bool presenterView = false; ///< --presenter-view: a second window for the presenter
    int audienceMonitor = 0;    ///< --audience-monitor N (1-based; 0: not given)
    std::string thenOpen;      ///< after --data is shown, open this file as "Open data..." would
    std::string clock;         ///< HH:MM:SS: fixed time for "data loaded at" (tests)
    int markerFillShift = 0;   ///< added to the marker fill's colour channels, /255 (tests)
};

/// Parse argv. On --help or error, prints and returns the exit code in `exitCode`.
std::optional<Options> parseOptions(int argc, char** argv, int& exitCode);

} // namespace aimap
