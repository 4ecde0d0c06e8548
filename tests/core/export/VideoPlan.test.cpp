// The talk as a video (issue 15): the size rule that keeps it playable everywhere (even sides,
// at most 3840x2160, level 5.1's macroblock rate) with the nearest valid format, the schedule
// of the talk's frames in whole video frames, and the ffmpeg command.
#include "core/export/VideoPlan.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace aimap;

namespace {

bool has(const std::vector<std::string>& argv, const std::string& key, const std::string& value) {
    for (std::size_t i = 0; i + 1 < argv.size(); ++i)
        if (argv[i] == key && argv[i + 1] == value)
            return true;
    return false;
}

} // namespace

TEST(VideoFormat, EvenSizesUpToUhdAreValid) {
    for (const VideoFormat f :
         {VideoFormat{1920, 1080, 30}, VideoFormat{1280, 720, 30}, VideoFormat{640, 360, 10},
          VideoFormat{3840, 2160, 30}, VideoFormat{2560, 1440, 60}, VideoFormat{1920, 1080, 60}}) {
        EXPECT_EQ(videoFormatProblem(f), "") << f.width << "x" << f.height << "@" << f.fps;
        EXPECT_EQ(nearestValidVideoFormat(f), f);
    }
}

TEST(VideoFormat, AnOddSideIsRefusedWithTheNearestEvenSize) {
    const std::string p = videoFormatProblem({641, 361, 30});
    EXPECT_NE(p.find("odd"), std::string::npos) << p;
    EXPECT_NE(p.find("--size 640x360"), std::string::npos) << p;
    EXPECT_EQ(nearestValidVideoFormat({1921, 1080, 30}), (VideoFormat{1920, 1080, 30}));
}

TEST(VideoFormat, LargerThanUhdIsScaledIntoItKeepingTheAspect) {
    EXPECT_EQ(nearestValidVideoFormat({7680, 4320, 30}), (VideoFormat{3840, 2160, 30}));
    // 4:3 at 4000x3000: the height decides, 2160 high, 2880 wide.
    EXPECT_EQ(nearestValidVideoFormat({4000, 3000, 30}), (VideoFormat{2880, 2160, 30}));
    // Too wide: the width decides; the odd height it gives is made even.
    EXPECT_EQ(nearestValidVideoFormat({5000, 1001, 24}), (VideoFormat{3840, 768, 24}));
    const std::string p = videoFormatProblem({7680, 4320, 30});
    EXPECT_NE(p.find("larger than 3840x2160"), std::string::npos) << p;
    EXPECT_NE(p.find("--size 3840x2160"), std::string::npos) << p;
}

TEST(VideoFormat, UhdAtSixtyFpsIsMoreThanLevelFiveOneAllows) {
    // 3840x2160 is 32,400 macroblocks: 30 fps is 972,000 a second (level 5.1: 983,040), 60 twice.
    const std::string p = videoFormatProblem({3840, 2160, 60});
    EXPECT_NE(p.find("level 5.1"), std::string::npos) << p;
    EXPECT_NE(p.find("--size 3840x2160 --fps 30"), std::string::npos) << p;
    EXPECT_EQ(nearestValidVideoFormat({3840, 2160, 60}).fps, 30u);
    EXPECT_EQ(nearestValidVideoFormat({1920, 1080, 75}).fps, 60u);
    const std::string fast = videoFormatProblem({1920, 1080, 75});
    EXPECT_NE(fast.find("more than 60"), std::string::npos) << fast;
    EXPECT_NE(fast.find("--size 1920x1080 --fps 60"), std::string::npos) << fast;
}

TEST(VideoPlan, ClipsFollowOneAnotherInWholeFrames) {
    VideoClip first; // shown at once, held 2 s
    first.holdSeconds = 2;
    VideoClip flight; // flown into in 1.37 s, held 1 s
    flight.scene = 1;
    flight.flightSeconds = 1.37;
    flight.holdSeconds = 1;
    VideoClip timeline; // a timeline of 1.2 s beside a flight of 0.5 s: the timeline decides
    timeline.scene = 1;
    timeline.step = 1;
    timeline.flightSeconds = 0.5;
    timeline.timelineSeconds = 1.2;
    timeline.holdSeconds = 0.04; // shorter than a frame: still one frame
    const VideoPlan plan = planVideo({first, flight, timeline}, 10);
    ASSERT_EQ(plan.clips.size(), 3u);
    EXPECT_EQ(plan.clips[0].firstFrame, 0u);
    EXPECT_EQ(plan.clips[0].motionFrames, 0u);
    EXPECT_EQ(plan.clips[0].holdFrames, 20u);
    EXPECT_EQ(plan.clips[1].firstFrame, 20u);
    EXPECT_EQ(plan.clips[1].motionFrames, 14u); // 1.37 s rounded up: landed at frame 34
    EXPECT_EQ(plan.clips[1].holdStart(), 34u);
    EXPECT_EQ(plan.clips[1].holdFrames, 10u);
    EXPECT_EQ(plan.clips[2].firstFrame, 44u);
    EXPECT_EQ(plan.clips[2].motionFrames, 12u); // 1.2 s at 10 fps: exactly 12, not 13
    EXPECT_EQ(plan.clips[2].holdFrames, 1u);
    EXPECT_EQ(plan.frames, 57u);
    EXPECT_DOUBLE_EQ(plan.seconds(), 5.7);
    EXPECT_EQ(plan.clipAt(0), &plan.clips[0]);
    EXPECT_EQ(plan.clipAt(43), &plan.clips[1]);
    EXPECT_EQ(plan.clipAt(56), &plan.clips[2]);
    EXPECT_EQ(plan.clipAt(57), nullptr);
    // Every hold begins at or after its motion's end.
    for (const VideoClip& c : plan.clips)
        EXPECT_GE(static_cast<double>(c.motionFrames) / plan.fps,
                  std::max(c.flightSeconds, c.timelineSeconds) - 1e-6);
}

TEST(VideoPlan, BadDurationsCountAsNothing) {
    VideoClip c;
    c.flightSeconds = -3;
    c.timelineSeconds = std::numeric_limits<double>::quiet_NaN();
    c.holdSeconds = std::numeric_limits<double>::infinity();
    const VideoPlan plan = planVideo({c}, 30);
    EXPECT_EQ(plan.clips[0].motionFrames, 0u);
    EXPECT_EQ(plan.clips[0].holdFrames, 1u);
    EXPECT_EQ(plan.frames, 1u);
}

TEST(VideoPlan, FfmpegReadsRawRgbaAndWritesHighProfileLevelFiveOneWithTheIndexFirst) {
    const auto argv = ffmpegArguments({{1280, 720, 25}}, "/tmp/out dir/x.mp4");
    ASSERT_FALSE(argv.empty());
    EXPECT_EQ(argv.front(), "ffmpeg");
    EXPECT_EQ(argv.back(), "/tmp/out dir/x.mp4"); // one argument: no shell splits it
    EXPECT_TRUE(has(argv, "-f", "rawvideo"));
    EXPECT_TRUE(has(argv, "-pix_fmt", "rgba")); // the input
    EXPECT_TRUE(has(argv, "-s", "1280x720"));
    EXPECT_TRUE(has(argv, "-r", "25"));
    EXPECT_TRUE(has(argv, "-i", "-"));
    EXPECT_TRUE(has(argv, "-c:v", "libx264"));
    EXPECT_TRUE(has(argv, "-profile:v", "high"));
    EXPECT_TRUE(has(argv, "-level:v", "5.1"));
    EXPECT_TRUE(has(argv, "-pix_fmt", "yuv420p")); // the output
    EXPECT_TRUE(has(argv, "-movflags", "+faststart"));
    EXPECT_TRUE(has(argv, "-colorspace", "bt709"));
    EXPECT_TRUE(std::find(argv.begin(), argv.end(), "-y") != argv.end());
    // The input's options come before "-i -", the output's after it.
    const auto input = std::find(argv.begin(), argv.end(), "-i");
    EXPECT_LT(std::find(argv.begin(), argv.end(), "rawvideo"), input);
    EXPECT_GT(std::find(argv.begin(), argv.end(), "libx264"), input);
}
