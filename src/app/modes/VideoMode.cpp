// --talk FILE --export-video OUT.mp4 [--size WxH] [--fps N] [--hold-seconds S]: the talk as a
// video, the backup that keeps the motion (issue 15). What the audience sees while the talk is
// presented in a window of that size — the map, the caption, legend and source line, the cards
// the frames ask for, the watermark — clicked through frame by frame: each frame's camera
// flight, its timeline, then the frame held. The viewer runs on a virtual clock advanced 1/fps a
// frame (Viewer::setClock), so the video never depends on the machine's speed; the schedule is
// core/export/VideoPlan, measured by showing every frame once without drawing. Frames are drawn
// offscreen as --screenshot draws them and piped raw to ffmpeg (no shell), which writes a
// temporary file beside OUT.mp4; ffprobe checks it against the plan before it is renamed into
// place (core/io/AtomicFile): a failed export leaves no file.
#include "app/Subprocess.hpp"
#include "app/Viewer.hpp"
#include "app/modes/Modes.hpp"
#include "core/export/DeckNames.hpp"
#include "core/export/ExportProgress.hpp"
#include "core/export/VideoCheck.hpp"
#include "core/export/VideoPlan.hpp"
#include "core/io/AtomicFile.hpp"
#include "core/talk/PresenterModel.hpp"
#include "core/timeline/Timeline.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace aimap {

namespace {

using Clock = std::chrono::steady_clock;

/// The viewer's clock at the video's first frame. The frames drawn before it (ImGui's panels
/// take their size, the clusters their places) are at 0: by the first frame every transition
/// they started has long ended, as in a window that has shown scene 1 for a while.
constexpr double kClockOrigin = 10.0;

double secondsSince(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// A card of the cluster holding the frame's city opens once the clusters are on screen (as in
/// the window), here only once the camera has landed: a cluster picked mid-flight would be one
/// of a passing zoom.
void openPendingCluster(Viewer& viewer) {
    if (viewer.hasPendingCluster() && viewer.clustersOnScreen() && !viewer.flying() &&
        !viewer.selectPendingCluster(FrameMode{true}))
        std::fprintf(stderr, "aimap: video: no cluster holds the frame's city at this zoom (its "
                             "\"cluster\" card stays closed)\n");
}

/// Every frame of the talk from --scene on (the first by default) shown once, not drawn: how
/// long its flight, its timeline and its hold take. The flight is the one the viewer makes from
/// the previous frame's camera (the previous flight has landed by then, in the video as here).
std::vector<VideoClip> measureClips(ModeContext& ctx) {
    Viewer& viewer = ctx.viewer;
    const Talk& talk = *ctx.talk;
    const TalkPosition start = ctx.talkStart;
    viewer.setClock(0.0);
    std::vector<VideoClip> clips;
    for (std::size_t s = start.scene; s < talk.scenes.size(); ++s)
        for (std::size_t k = s == start.scene ? start.step : 0; k < frameCount(talk.scenes[s]);
             ++k) {
            const TalkScene& scene = talk.scenes[s];
            VideoClip c;
            c.scene = s;
            c.step = k;
            if (!clips.empty()) {
                viewer.present(scene, k, ctx.provinces, true);
                c.flightSeconds = viewer.flightSeconds().value_or(0.0);
            }
            viewer.present(scene, k, ctx.provinces, false); // landed
            viewer.updateScene(FrameMode{true});
            if (viewer.hasPendingCluster())
                viewer.selectPendingCluster(FrameMode{true});
            const TalkFrame frame = frameAt(*viewer.shown(), scene, k);
            if (frame.timeline)
                c.timelineSeconds =
                    playRangeSeconds(viewer.timeline().years(), frame.timeline->from,
                                     frame.timeline->to, viewer.timeline().timing());
            c.holdSeconds = ctx.options.holdSeconds.value_or(frame.holdSeconds);
            clips.push_back(c);
        }
    return clips;
}

std::string frameName(const Talk& talk, const VideoClip& c) {
    std::size_t maxSteps = 0;
    for (const TalkScene& s : talk.scenes)
        maxSteps = std::max(maxSteps, frameCount(s) - 1);
    return deckFrameName(c.scene + 1, c.step, talk.scenes.size(), maxSteps);
}

void printPlan(const Talk& talk, const VideoPlan& plan, const VideoFormat& f) {
    std::printf("aimap: video plan: %zu frames of the talk, %zu video frames at %u fps (%s), "
                "%ux%u\n",
                plan.clips.size(), plan.frames, plan.fps, formatElapsed(plan.seconds()).c_str(),
                f.width, f.height);
    for (const VideoClip& c : plan.clips)
        std::printf("  %s  at %8.3f s  flight %.3f s  timeline %.3f s  hold %.3f s  frames "
                    "%zu-%zu (hold from %zu)\n",
                    frameName(talk, c).c_str(), static_cast<double>(c.firstFrame) / plan.fps,
                    c.flightSeconds, c.timelineSeconds, c.holdSeconds, c.firstFrame,
                    c.firstFrame + c.frames() - 1, c.holdStart());
    std::fflush(stdout);
}

/// Where the time of the frames went (milliseconds in all), and how many frames were the one
/// before again (not drawn).
struct FrameTimes {
    double drawMs = 0, readMs = 0, pipeMs = 0;
    std::size_t repeated = 0;
};

/// Nothing in the frame just drawn changes with time: no flight, no timeline, no pulse, no
/// cluster transition or label fade, no card waiting for its cluster. Until the next click the
/// frames would all be this one (once the panels have their places).
bool stillFrame(const Viewer& viewer) {
    const SceneFrame& f = viewer.frame();
    return !viewer.flying() && !viewer.timelineMoving() && viewer.pulsing().empty() &&
           f.labelOpacity >= 1.0f && f.ghostOrder.empty() && !viewer.hasPendingCluster() &&
           !viewer.busy();
}

/// Renders every frame of `plan` into `ffmpeg`'s input. False (with `error`) when ffmpeg stops
/// taking frames.
bool renderFrames(ModeContext& ctx, sf::RenderTexture& target, const VideoPlan& plan,
                  PipedProgram& ffmpeg, FrameTimes& times, std::string& error) {
    Viewer& viewer = ctx.viewer;
    const Talk& talk = *ctx.talk;
    const FrameMode moving{true, true};
    const float dt = 1.0f / static_cast<float>(plan.fps);
    ExportProgress progress(plan.frames, "frames", ::isatty(STDERR_FILENO) == 1);
    const auto start = Clock::now();
    std::fputs(progress.update(0, 0).c_str(), stderr);
    std::size_t done = 0;
    // A held frame that stands still is drawn once (or twice: the panels take their places in
    // the frame after they appear) and sent again. AIMAP_VIDEO_DRAW_ALL=1 draws every frame
    // (test Video.StillFramesAreSentAgainUnchanged compares the two).
    const bool drawAll = std::getenv("AIMAP_VIDEO_DRAW_ALL") != nullptr;
    sf::Image image;
    std::vector<Box> panels;
    bool still = false;
    for (const VideoClip& clip : plan.clips) {
        const TalkScene& scene = talk.scenes[clip.scene];
        for (std::size_t f = clip.firstFrame; f < clip.firstFrame + clip.frames(); ++f) {
            const auto t0 = Clock::now();
            const double now = kClockOrigin + static_cast<double>(f) / plan.fps;
            if (f == clip.firstFrame) {
                // The click, a microsecond before the frame: a motion of whole frames (a 1.2 s
                // timeline at 10 fps) has ended by the hold's first frame, whatever the rounding
                // of the clock's sums.
                viewer.setClock(now - 1e-6);
                viewer.present(scene, clip.step, ctx.provinces, &clip != &plan.clips.front());
                const double flight = viewer.flightSeconds().value_or(0.0);
                if (std::fabs(flight - clip.flightSeconds) > 1e-6)
                    std::fprintf(stderr,
                                 "\naimap: video: the flight into %s takes %.3f s, planned "
                                 "%.3f s\n",
                                 frameName(talk, clip).c_str(), flight, clip.flightSeconds);
            }
            viewer.setClock(now);
            const bool repeat = still && f != clip.firstFrame && !drawAll;
            if (!repeat) {
                openPendingCluster(viewer);
                viewer.drawFrame(target, dt, moving);
                target.display();
                if (f == clip.holdStart() && (viewer.flying() || viewer.timelineMoving()))
                    std::fprintf(stderr, "\naimap: video: %s still moves when its hold begins\n",
                                 frameName(talk, clip).c_str());
                still = stillFrame(viewer) && samePanelRects(panels, viewer.panelRects());
                panels = viewer.panelRects();
            }
            times.repeated += repeat;
            const auto t1 = Clock::now();
            if (!repeat)
                image = target.getTexture().copyToImage();
            const auto t2 = Clock::now();
            const sf::Vector2u size = image.getSize();
            if (!ffmpeg.write(image.getPixelsPtr(), std::size_t{size.x} * size.y * 4)) {
                error = "ffmpeg stopped reading frames at frame " + std::to_string(f) + " of " +
                        std::to_string(plan.frames);
                return false;
            }
            const auto t3 = Clock::now();
            const auto ms = [](Clock::time_point a, Clock::time_point b) {
                return std::chrono::duration<double, std::milli>(b - a).count();
            };
            times.drawMs += ms(t0, t1);
            times.readMs += ms(t1, t2);
            times.pipeMs += ms(t2, t3);
            ++done;
            std::fputs(progress.update(done, secondsSince(start)).c_str(), stderr);
        }
    }
    return true;
}

/// ffprobe's reading of `path` against the plan: empty when it is the video asked for, else
/// what is wrong. `summary`: what it found.
std::string checkVideo(const std::string& path, const VideoFormat& format, const VideoPlan& plan,
                       std::string& summary) {
    std::string out, err;
    if (!runProgram(ffprobeArguments(path), &out, &err))
        return "ffprobe cannot read it: " + err;
    const auto probed = parseProbe(out);
    if (!probed)
        return "ffprobe's answer is not what it should be: " + out.substr(0, 300);
    std::ifstream file(path, std::ios::binary);
    std::string head(1 << 16, '\0');
    file.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(file.gcount()));
    std::vector<std::string> problems = videoCheckProblems(*probed, format, plan);
    if (!moovBeforeMdat(head))
        problems.push_back("the index (moov) is not at the start (+faststart)");
    if (!problems.empty()) {
        std::string all;
        for (const std::string& p : problems)
            all += (all.empty() ? "" : "; ") + p;
        return all;
    }
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "%s %s level %d.%d, %s, %ux%u, %.0f fps, %zu frames, %.3f s, index first",
                  probed->codec.c_str(), probed->profile.c_str(), probed->level / 10,
                  probed->level % 10, probed->pixelFormat.c_str(), probed->width, probed->height,
                  probed->fps, probed->frames, probed->seconds);
    summary = buf;
    return {};
}

} // namespace

int runVideoMode(ModeContext& ctx) {
    const Options& o = ctx.options;
    const Talk& talk = *ctx.talk;
    Viewer& viewer = ctx.viewer;
    if (findProgram("ffmpeg").empty() || findProgram("ffprobe").empty()) {
        std::fprintf(stderr, "aimap: --export-video needs the programs ffmpeg and ffprobe, which "
                             "are not on the PATH: apt-get install ffmpeg\n");
        return 1;
    }
    const VideoFormat format{o.width, o.height, o.fps ? o.fps : 30};
    sf::RenderTexture target;
    if (!startOffscreen(ctx, target, 4))
        return 1;
    viewer.setPresenting(true);
    const VideoPlan plan = planVideo(measureClips(ctx), format.fps);
    printPlan(talk, plan, format);
    // The first frame as a window opens on it: shown at once, a few frames for the panels to
    // settle.
    viewer.setClock(0.0);
    viewer.present(talk.scenes[plan.clips.front().scene], plan.clips.front().step, ctx.provinces,
                   false);
    drawSettledFrames(ctx, target, 3);

    removeStrayTemporaries(o.exportVideo); // of an export that was killed
    FrameTimes times;
    std::string failure, checked;
    const auto start = Clock::now();
    std::string error;
    const bool ok = writeFileAtomically(
        o.exportVideo, ".mp4",
        [&](const std::string& tmp) {
            PipedProgram ffmpeg;
            if (!ffmpeg.start(ffmpegArguments({format}, tmp), failure))
                return false;
            const bool rendered = renderFrames(ctx, target, plan, ffmpeg, times, failure);
            std::string status;
            const bool encoded = ffmpeg.finish(status);
            if (!rendered || !encoded) {
                if (rendered)
                    failure = "ffmpeg failed (" + status + ")";
                const std::string tail = ffmpeg.stderrTail();
                failure += tail.empty() ? " and said nothing" : "; it said:\n" + tail;
                return false;
            }
            const std::string problem = checkVideo(tmp, format, plan, checked);
            if (!problem.empty()) {
                failure = "the video written is not the one asked for (ffprobe): " + problem;
                return false;
            }
            return true;
        },
        error);
    const double seconds = secondsSince(start);
    viewer.setClock(std::nullopt);
    viewer.shutdownGraphics();
    if (!ok) {
        // Below the progress bar, which a terminal has left unfinished on its line.
        std::fprintf(stderr, "%saimap: cannot write the video %s: %s\n",
                     ::isatty(STDERR_FILENO) == 1 ? "\n" : "", o.exportVideo.c_str(),
                     failure.empty() ? error.c_str() : failure.c_str());
        return 1;
    }
    const double n = std::max<double>(1, static_cast<double>(plan.frames));
    std::printf("aimap: wrote %s: %s (checked with ffprobe)\n", o.exportVideo.c_str(),
                checked.c_str());
    std::printf("aimap: %zu frames in %.1f s, %.1f ms a frame (drawing %.1f, reading back %.1f, "
                "waiting for ffmpeg %.1f); %zu frames still, sent again without drawing\n",
                plan.frames, seconds, 1000 * seconds / n, times.drawMs / n, times.readMs / n,
                times.pipeMs / n, times.repeated);
    return 0;
}

} // namespace aimap
