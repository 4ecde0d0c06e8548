#include "core/export/VideoPlan.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {

namespace {

unsigned long macroblocks(unsigned width, unsigned height) {
    return static_cast<unsigned long>((width + 15) / 16) * ((height + 15) / 16);
}

// The highest frame rate level 5.1 allows at this size (at least 1, at most kMaxVideoFps).
unsigned maxFpsAt(unsigned width, unsigned height) {
    const unsigned long mbs = std::max(1ul, macroblocks(width, height));
    return static_cast<unsigned>(
        std::clamp<unsigned long>(kLevel51MacroblocksPerSecond / mbs, 1ul, kMaxVideoFps));
}

double nonNegative(double s) {
    return std::isfinite(s) && s > 0 ? s : 0.0;
}

} // namespace

VideoFormat nearestValidVideoFormat(VideoFormat f) {
    if (f.width > kMaxVideoWidth || f.height > kMaxVideoHeight) {
        const double k = std::min(static_cast<double>(kMaxVideoWidth) / f.width,
                                  static_cast<double>(kMaxVideoHeight) / f.height);
        f.width = static_cast<unsigned>(std::floor(f.width * k + 1e-9));
        f.height = static_cast<unsigned>(std::floor(f.height * k + 1e-9));
    }
    f.width = std::max(2u, f.width - f.width % 2);
    f.height = std::max(2u, f.height - f.height % 2);
    f.fps = std::clamp(f.fps, 1u, maxFpsAt(f.width, f.height));
    return f;
}

std::string videoFormatProblem(const VideoFormat& f) {
    const auto size = [](unsigned w, unsigned h) {
        return std::to_string(w) + "x" + std::to_string(h);
    };
    std::string why;
    if (f.width > kMaxVideoWidth || f.height > kMaxVideoHeight)
        why = size(f.width, f.height) + " is larger than " + size(kMaxVideoWidth, kMaxVideoHeight) +
              ", the largest video PowerPoint and Keynote play on any laptop";
    else if (f.width % 2 || f.height % 2)
        why = size(f.width, f.height) +
              " has an odd side: H.264 with 4:2:0 colour (what every player decodes) needs even "
              "width and height";
    else if (f.fps < 1)
        why = "0 fps is no frame rate";
    else if (f.fps > kMaxVideoFps)
        why = std::to_string(f.fps) + " fps is more than " + std::to_string(kMaxVideoFps) +
              ", the most every laptop's player shows";
    else if (f.fps > maxFpsAt(f.width, f.height))
        why = std::to_string(f.fps) + " fps at " + size(f.width, f.height) +
              " is more than H.264 level 5.1 allows (at most " +
              std::to_string(maxFpsAt(f.width, f.height)) + " fps at this size)";
    if (why.empty())
        return {};
    const VideoFormat n = nearestValidVideoFormat(f);
    return why + "; the nearest valid: --size " + size(n.width, n.height) + " --fps " +
           std::to_string(n.fps);
}

const VideoClip* VideoPlan::clipAt(std::size_t frame) const {
    for (const VideoClip& c : clips)
        if (frame >= c.firstFrame && frame < c.firstFrame + c.frames())
            return &c;
    return nullptr;
}

VideoPlan planVideo(std::vector<VideoClip> clips, unsigned fps) {
    VideoPlan plan;
    plan.fps = std::max(1u, fps);
    std::size_t at = 0;
    for (VideoClip& c : clips) {
        c.flightSeconds = nonNegative(c.flightSeconds);
        c.timelineSeconds = nonNegative(c.timelineSeconds);
        c.holdSeconds = nonNegative(c.holdSeconds);
        const double motion = std::max(c.flightSeconds, c.timelineSeconds);
        // Rounded up (less a hair, so that 1.2 s at 10 fps is 12 frames, not 13): the hold's
        // first frame is at or after the motion's end.
        c.firstFrame = at;
        c.motionFrames = static_cast<std::size_t>(std::ceil(motion * plan.fps - 1e-6));
        c.holdFrames = std::max<std::size_t>(
            1, static_cast<std::size_t>(std::llround(c.holdSeconds * plan.fps)));
        at += c.frames();
    }
    plan.clips = std::move(clips);
    plan.frames = at;
    return plan;
}

std::vector<std::string> ffmpegArguments(const VideoEncoding& e, const std::string& outPath) {
    const std::string size = std::to_string(e.format.width) + "x" + std::to_string(e.format.height);
    const std::string fps = std::to_string(e.format.fps);
    // One option and its value a pair.
    // clang-format off
    return {"ffmpeg", "-hide_banner", "-nostats", "-loglevel", "warning", "-y",
            // The input: raw frames on stdin, as the offscreen image holds them.
            "-f", "rawvideo", "-pix_fmt", "rgba", "-s", size, "-r", fps, "-i", "-",
            // RGB to limited-range BT.709 4:2:0, the colours tagged as such.
            "-an",
            "-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p",
            "-c:v", "libx264", "-preset", e.preset, "-crf", std::to_string(e.crf),
            "-profile:v", "high", "-level:v", "5.1", "-pix_fmt", "yuv420p",
            "-color_primaries", "bt709", "-color_trc", "bt709", "-colorspace", "bt709",
            "-color_range", "tv",
            "-r", fps, "-movflags", "+faststart", "-f", "mp4", outPath};
    // clang-format on
}

} // namespace aimap
