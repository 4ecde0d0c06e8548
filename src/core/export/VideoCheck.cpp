#include "core/export/VideoCheck.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>

namespace aimap {

namespace {

// A number ffprobe prints as a string ("20", "2.000000") or a number; -1 when neither.
double number(const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end())
        return -1;
    if (it->is_number())
        return it->get<double>();
    if (!it->is_string())
        return -1;
    const std::string s = it->get<std::string>();
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    return end && *end == '\0' && !s.empty() ? v : -1;
}

// "30/1", "30000/1001": frames per second; 0 when not a rate.
double rate(const std::string& s) {
    unsigned long n = 0, d = 0;
    if (std::sscanf(s.c_str(), "%lu/%lu", &n, &d) != 2 || d == 0)
        return 0;
    return static_cast<double>(n) / static_cast<double>(d);
}

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

} // namespace

std::vector<std::string> ffprobeArguments(const std::string& path) {
    return {"ffprobe",
            "-v",
            "error",
            "-select_streams",
            "v:0",
            "-count_packets",
            "-show_entries",
            "stream=codec_name,profile,level,pix_fmt,width,height,avg_frame_rate,nb_read_packets"
            ":format=duration",
            "-of",
            "json",
            path};
}

std::optional<ProbedVideo> parseProbe(const std::string& text) {
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("streams") || !j["streams"].is_array() ||
        j["streams"].empty() || !j["streams"][0].is_object())
        return std::nullopt;
    const nlohmann::json& s = j["streams"][0];
    ProbedVideo v;
    v.codec = s.value("codec_name", "");
    v.profile = s.value("profile", "");
    v.level = static_cast<int>(number(s, "level"));
    v.pixelFormat = s.value("pix_fmt", "");
    v.width = static_cast<unsigned>(std::max(0.0, number(s, "width")));
    v.height = static_cast<unsigned>(std::max(0.0, number(s, "height")));
    v.fps = rate(s.value("avg_frame_rate", ""));
    v.frames = static_cast<std::size_t>(std::max(0.0, number(s, "nb_read_packets")));
    if (j.contains("format") && j["format"].is_object())
        v.seconds = std::max(0.0, number(j["format"], "duration"));
    return v;
}

bool moovBeforeMdat(const std::string& bytes) {
    std::size_t at = 0;
    while (at + 8 <= bytes.size()) {
        const auto byte = [&](std::size_t i) {
            return static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[at + i]));
        };
        std::uint64_t size = byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
        const std::string type = bytes.substr(at + 4, 4);
        if (type == "moov")
            return true;
        if (type == "mdat")
            return false;
        if (size == 1) { // a 64-bit size follows the type
            if (at + 16 > bytes.size())
                return false;
            size = 0;
            for (std::size_t i = 8; i < 16; ++i)
                size = size << 8 | byte(i);
        }
        if (size < 8) // 0: to the end of the file; smaller: not a box
            return false;
        at += size;
    }
    return false;
}

std::vector<std::string> videoCheckProblems(const ProbedVideo& v, const VideoFormat& format,
                                            const VideoPlan& plan) {
    std::vector<std::string> out;
    const auto expect = [&](bool ok, const std::string& what) {
        if (!ok)
            out.push_back(what);
    };
    expect(v.codec == "h264", "codec " + v.codec + ", not h264");
    expect(v.profile == "High", "profile " + v.profile + ", not High");
    expect(v.level == 51, "level " + std::to_string(v.level) + ", not 51 (5.1)");
    expect(v.pixelFormat == "yuv420p", "pixel format " + v.pixelFormat + ", not yuv420p");
    expect(v.width == format.width && v.height == format.height,
           std::to_string(v.width) + "x" + std::to_string(v.height) + ", not " +
               std::to_string(format.width) + "x" + std::to_string(format.height));
    expect(std::fabs(v.fps - format.fps) < 0.01,
           fixed(v.fps, 2) + " fps, not " + std::to_string(format.fps));
    const auto frames = static_cast<long long>(v.frames);
    const auto planned = static_cast<long long>(plan.frames);
    expect(std::llabs(frames - planned) <= 1, std::to_string(v.frames) + " frames, not " +
                                                  std::to_string(plan.frames) + " as planned");
    const double frame = 1.0 / std::max(1u, format.fps);
    expect(std::fabs(v.seconds - plan.seconds()) <= frame + 1e-3,
           fixed(v.seconds, 3) + " s long, not " + fixed(plan.seconds(), 3) + " s as planned");
    return out;
}

} // namespace aimap
