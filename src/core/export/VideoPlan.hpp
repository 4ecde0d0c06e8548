#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace aimap {

// A talk as a video (--export-video; issue 15): the size rule that keeps the file playable in
// PowerPoint and Keynote on any laptop, the schedule of the talk's frames on the video's own
// clock, and the ffmpeg command that encodes the frames. No window, no process: the mode
// (app/modes/VideoMode.cpp) renders and pipes; this decides what and when.

/// Width, height (pixels) and frame rate (frames per second) of a video.
struct VideoFormat {
    unsigned width = 1920;
    unsigned height = 1080;
    unsigned fps = 30;
    bool operator==(const VideoFormat& o) const {
        return width == o.width && height == o.height && fps == o.fps;
    }
};

/// H.264 High profile at level 5.1, 4:2:0: both sides even (chroma is subsampled 2x2), at most
/// 3840x2160 (UHD: the largest size PowerPoint and Keynote play on any laptop's decoder), at most
/// 60 fps, and at most level 5.1's 983,040 macroblocks (16x16 pixels) a second: 3840x2160 at
/// 30 fps, 2560x1440 at 60.
constexpr unsigned kMaxVideoWidth = 3840;
constexpr unsigned kMaxVideoHeight = 2160;
constexpr unsigned kMaxVideoFps = 60;
constexpr unsigned long kLevel51MacroblocksPerSecond = 983040;

/// The valid format nearest to `f`: too large scaled down into 3840x2160 keeping its aspect
/// ratio, odd sides rounded down to even, the frame rate lowered to what level 5.1 allows at
/// that size (at least 1).
VideoFormat nearestValidVideoFormat(VideoFormat f);
/// Empty when `f` is valid; else what is wrong and the nearest valid format, as the command
/// line should say it ("... nearest valid: --size 640x360").
std::string videoFormatProblem(const VideoFormat& f);

/// One frame of the talk (one click: a scene after `step` build steps) in the video. The
/// durations (seconds) come from the viewer: the camera flight into the frame (0: none, or the
/// first frame, shown at once), the timeline the frame plays (0: none; it runs at the same time
/// as the flight, as in the window), and how long the frame is then held still.
struct VideoClip {
    std::size_t scene = 0; ///< 0-based
    std::size_t step = 0;  ///< build steps shown (0: the scene's first frame)
    double flightSeconds = 0;
    double timelineSeconds = 0;
    double holdSeconds = 0;

    // Filled by planVideo(): video frames (frame n is at n / fps seconds).
    std::size_t firstFrame = 0;   ///< the click: the frame is shown from here
    std::size_t motionFrames = 0; ///< the flight and the timeline (whichever is longer)
    std::size_t holdFrames = 0;   ///< then still (at least one frame)
    std::size_t frames() const { return motionFrames + holdFrames; }
    /// The first frame of the hold: the flight has landed and the timeline stopped.
    std::size_t holdStart() const { return firstFrame + motionFrames; }
};

/// The talk on the video's clock: the clips one after another, in whole frames.
struct VideoPlan {
    unsigned fps = 30;
    std::vector<VideoClip> clips;
    std::size_t frames = 0; ///< in the whole video
    double seconds() const { return fps ? static_cast<double>(frames) / fps : 0; }
    /// The clip video frame `frame` belongs to (null past the end).
    const VideoClip* clipAt(std::size_t frame) const;
};

/// Lays `clips` end to end at `fps` (> 0): each clip's motion takes whole frames, rounded up so
/// that the hold's first frame shows the flight landed and the timeline stopped; its hold
/// `holdSeconds * fps` frames rounded, at least one. Durations that are not finite or below
/// zero count as 0.
VideoPlan planVideo(std::vector<VideoClip> clips, unsigned fps);

/// How frames are encoded: ffmpeg's libx264 `preset` and constant rate factor `crf` (0-51,
/// lower is better; 18 keeps the map's thin lines and small text crisp).
struct VideoEncoding {
    VideoFormat format;
    std::string preset = "medium";
    int crf = 18;
};

/// The ffmpeg command (argv, no shell) that reads raw RGBA frames of `e.format` on its standard
/// input and writes an MP4 to `outPath`: H.264 High at level 5.1, yuv420p with BT.709 colours
/// (tagged, so that players show the map's colours), the index at the front (+faststart: plays
/// while it is still being copied or downloaded), no sound. `outPath` may exist (overwritten).
std::vector<std::string> ffmpegArguments(const VideoEncoding& e, const std::string& outPath);

} // namespace aimap
