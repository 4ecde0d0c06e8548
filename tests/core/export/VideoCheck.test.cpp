// The written video checked against its plan (issue 15): ffprobe's JSON read, every field that
// can be wrong reported, the MP4's index found before its frames.
#include "core/export/VideoCheck.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {

// What ffprobe 5.1 prints for ffprobeArguments() on a good 640x360, 10 fps, 2 s video.
const char* kGood = R"({
    "programs": [ ],
    "streams": [ { "codec_name": "h264", "profile": "High", "width": 640, "height": 360,
                   "pix_fmt": "yuv420p", "level": 51, "avg_frame_rate": "10/1",
                   "nb_read_packets": "20" } ],
    "format": { "duration": "2.000000" } })";

VideoPlan planOf(std::size_t frames, unsigned fps) {
    VideoPlan p;
    p.fps = fps;
    p.frames = frames;
    return p;
}

// A top-level MP4 box: 32-bit size, type, payload of zeros.
std::string box(const std::string& type, std::size_t payload) {
    const std::size_t size = payload + 8;
    std::string b{static_cast<char>(size >> 24 & 0xff), static_cast<char>(size >> 16 & 0xff),
                  static_cast<char>(size >> 8 & 0xff), static_cast<char>(size & 0xff)};
    return b + type + std::string(payload, '\0');
}

} // namespace

TEST(VideoCheck, AGoodVideoPasses) {
    const auto v = parseProbe(kGood);
    ASSERT_TRUE(v);
    EXPECT_EQ(v->codec, "h264");
    EXPECT_EQ(v->level, 51);
    EXPECT_EQ(v->frames, 20u);
    EXPECT_DOUBLE_EQ(v->fps, 10);
    EXPECT_DOUBLE_EQ(v->seconds, 2);
    EXPECT_TRUE(videoCheckProblems(*v, {640, 360, 10}, planOf(20, 10)).empty());
    // One frame off is within the check (ffmpeg's duration rounding), two are not.
    EXPECT_TRUE(videoCheckProblems(*v, {640, 360, 10}, planOf(21, 10)).empty());
    EXPECT_EQ(videoCheckProblems(*v, {640, 360, 10}, planOf(22, 10)).size(), 2u);
}

TEST(VideoCheck, EveryWrongFieldIsNamed) {
    ProbedVideo v = *parseProbe(kGood);
    v.codec = "hevc";
    v.profile = "Main";
    v.level = 41;
    v.pixelFormat = "yuv444p";
    v.width = 642;
    v.fps = 25;
    const auto problems = videoCheckProblems(v, {640, 360, 10}, planOf(20, 10));
    ASSERT_EQ(problems.size(), 6u);
    EXPECT_EQ(problems[0], "codec hevc, not h264");
    EXPECT_EQ(problems[2], "level 41, not 51 (5.1)");
    EXPECT_EQ(problems[4], "642x360, not 640x360");
}

TEST(VideoCheck, AnythingButFfprobesAnswerIsNoVideo) {
    EXPECT_FALSE(parseProbe(""));
    EXPECT_FALSE(parseProbe("{}"));
    EXPECT_FALSE(parseProbe(R"({"streams": []})"));
    EXPECT_FALSE(parseProbe("Invalid data found when processing input"));
}

TEST(VideoCheck, TheIndexMustComeBeforeTheFrames) {
    EXPECT_TRUE(moovBeforeMdat(box("ftyp", 24) + box("moov", 100) + box("mdat", 1000)));
    EXPECT_FALSE(moovBeforeMdat(box("ftyp", 24) + box("mdat", 1000) + box("moov", 100)));
    // A 64-bit box size (size field 1, the size after the type).
    std::string big = std::string("\0\0\0\1", 4) + "free" + std::string("\0\0\0\0\0\0\0\x18", 8) +
                      std::string(8, '\0');
    EXPECT_TRUE(moovBeforeMdat(box("ftyp", 8) + big + box("moov", 10)));
    // Only the start of the file read: the index not found in it.
    EXPECT_FALSE(moovBeforeMdat(box("ftyp", 8)));
    EXPECT_FALSE(moovBeforeMdat(std::string("\0\0\0\0", 4) + "ftyp")); // size 0: to the end
}
