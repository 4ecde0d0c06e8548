#pragma once

#include "core/export/VideoPlan.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aimap {

// The written video checked against its plan (--export-video; issue 15): what ffprobe reads in
// the file, and where the MP4's index is. A video that fails the check is not delivered.

/// The ffprobe command (argv, no shell) that prints, as JSON, the first video stream's codec,
/// profile, level, pixel format, size, frame rate and packet count, and the file's duration.
std::vector<std::string> ffprobeArguments(const std::string& path);

/// What ffprobe said about a video.
struct ProbedVideo {
    std::string codec;   ///< "h264"
    std::string profile; ///< "High"
    int level = 0;       ///< 51 for level 5.1
    std::string pixelFormat;
    unsigned width = 0, height = 0;
    double fps = 0;         ///< the stream's average frame rate
    std::size_t frames = 0; ///< packets counted (one per frame)
    double seconds = 0;     ///< the file's duration
};

/// Reads ffprobe's JSON (ffprobeArguments); nothing when it is not what that command prints.
std::optional<ProbedVideo> parseProbe(const std::string& json);

/// The MP4's index ("moov") comes before the frames ("mdat"), as +faststart puts it: the top-level
/// boxes of the file in `bytes` (its start is enough), walked by their sizes.
bool moovBeforeMdat(const std::string& bytes);

/// Every way `v` differs from what `plan` at `format` promised (empty: it is the video asked
/// for): codec h264, profile High, level 51, yuv420p, the size, the frame rate, the frame count
/// and the duration within one frame of the plan's.
std::vector<std::string> videoCheckProblems(const ProbedVideo& v, const VideoFormat& format,
                                            const VideoPlan& plan);

} // namespace aimap
