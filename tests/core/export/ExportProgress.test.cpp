// The progress bar of a long export (issue 15): its line, redrawn in place on a terminal at most
// four times a second; a handful of lines in a log.
#include "core/export/ExportProgress.hpp"

#include <gtest/gtest.h>

using namespace aimap;

TEST(ExportProgress, TheLineGivesTheShareTheCountTheTimeAndWhatIsLeft) {
    EXPECT_EQ(progressLine(750, 3000, "frames", 30, 20),
              "[#####---------------]  25%  750/3000 frames  0:30 elapsed  1:30 left");
    EXPECT_EQ(progressLine(0, 3000, "frames", 0, 4), "[----]   0%  0/3000 frames  0:00 elapsed  "
                                                     "--:-- left");
    EXPECT_EQ(progressLine(10, 10, "frames", 3725, 4),
              "[####] 100%  10/10 frames  1:02:05 elapsed  0:00 left");
}

TEST(ExportProgress, ALogGetsFiveLinesHoweverLongTheExport) {
    ExportProgress p(3000, "frames", false);
    int lines = 0;
    for (std::size_t done = 0; done <= 3000; ++done) {
        const std::string s = p.update(done, done * 0.1);
        if (!s.empty()) {
            ++lines;
            EXPECT_EQ(s.back(), '\n');
            EXPECT_EQ(s.find('\r'), std::string::npos);
        }
    }
    EXPECT_EQ(lines, 5); // 0%, 25%, 50%, 75%, 100%
}

TEST(ExportProgress, ATerminalLineIsRedrawnAtMostFourTimesASecond) {
    ExportProgress p(1000, "frames", true);
    int draws = 0;
    std::string last;
    for (std::size_t done = 0; done <= 1000; ++done) { // 1000 frames in 10 s
        const std::string s = p.update(done, done * 0.01);
        if (!s.empty()) {
            ++draws;
            EXPECT_EQ(s.front(), '\r');
            last = s;
        }
    }
    EXPECT_LE(draws, 42);
    EXPECT_GE(draws, 38);
    EXPECT_NE(last.find("100%"), std::string::npos); // the end is always drawn, and ends the line
    EXPECT_EQ(last.back(), '\n');
    EXPECT_EQ(p.update(1000, 11), ""); // nothing after it
}
