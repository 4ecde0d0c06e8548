#pragma once

#include "app/Options.hpp"
#include "core/geo/LonLat.hpp"
#include "core/talk/Talk.hpp"
#include "core/talk/TalkCursor.hpp"

#include <map>
#include <memory>

#include <string>

namespace sf {
class RenderTarget;
class RenderTexture;
} // namespace sf

namespace aimap {

class LiveData;
class Phases;
class StaticMap;
class Viewer;

/// What every mode works with: App owns these and picks the mode once.
struct ModeContext {
    const Options& options;
    const std::string& root;
    LiveData& data;
    StaticMap& map;
    Viewer& viewer;
    Phases& phases;
    /// --talk: the talk, resolved against the data shown, and the provinces' boxes (world
    /// metres) its "fit" cameras name.
    std::shared_ptr<const Talk> talk;
    std::map<std::string, Box> provinces;
    TalkPosition talkStart; ///< --scene
    std::vector<ProvinceName> provinceNames; ///< for saving an edited talk (provinces by name)
    /// The data file shown because it was shown last (no --data): the window says so.
    std::string rememberedData;
};

/// A real window and its frame loop. `deferredLoad`: the data file is large and starts loading
/// once the window exists (the map shows "loading..." until it is there).
int runWindowMode(ModeContext& ctx, bool deferredLoad);
/// --screenshot: renders exactly what the window would show into a PNG, then exits.
int runScreenshotMode(ModeContext& ctx);
/// The offscreen image of --screenshot (the command line's size, `antialiasing` samples) made
/// current, with the viewer's graphics; false after saying why.
bool startOffscreen(ModeContext& ctx, sf::RenderTexture& target, unsigned antialiasing);
/// The panels' rectangles of two frames are the same: they have their places.
bool samePanelRects(const std::vector<Box>& a, const std::vector<Box>& b);
/// Draws frames (at least `minFrames`) until the panels keep their places: what a window shows
/// once it has settled.
void drawSettledFrames(ModeContext& ctx, sf::RenderTarget& target, int minFrames);
void drawSettledFrames(Viewer& viewer, sf::RenderTarget& target, int minFrames);
/// --talk FILE --export-dir DIR: every frame of the talk as a PNG and an SVG of its audience view
/// (and deck.json: what each frame shows), then exits 0; 1 when a file cannot be written.
int runExportMode(ModeContext& ctx);
/// --talk FILE --export-video OUT.mp4: the whole talk as the audience sees it presented
/// (flights, build steps, timelines, each frame held), rendered on a virtual clock and encoded by
/// ffmpeg, then checked with ffprobe; exits 0, 1 when it cannot be made (nothing written).
int runVideoMode(ModeContext& ctx);
/// --ui-dump-sweep FILE: the UI dump of every metric x year, grouping on and off (one frame
/// each, rendered as --screenshot would), as a JSON array in FILE; then exits.
int runUiDumpSweepMode(ModeContext& ctx);
/// --print-marker CITY: prints the city marker's centre and radius (pixels) and exits; no
/// display needed.
int runPrintMarkerMode(ModeContext& ctx);

/// The command line's metric, year and cities, checked against the data; false (after printing
/// why) when one is unknown.
bool resolveCommandLine(ModeContext& ctx);
/// The command line's camera and selection (the camera fitted first), then --then-open.
void applyCommandLineView(ModeContext& ctx);
/// --timeline FROM:TO: plays those years (the viewer's timeline clock decides when).
void startCommandLineTimeline(ModeContext& ctx);

} // namespace aimap
