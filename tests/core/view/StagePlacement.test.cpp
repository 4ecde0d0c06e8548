// Where a talk's audience and presenter windows open (issue 15): --audience-monitor N fills
// monitor N, the presenter view goes to the laptop's screen (the primary, or another monitor).
#include "core/view/StagePlacement.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {

// A 1920x1080 laptop (primary) left of a 1280x720 projector, tops aligned: a 3200x1080 screen.
ScreenLayout laptopAndProjector() {
    ScreenLayout s;
    s.width = 3200;
    s.height = 1080;
    s.monitors.push_back({{0, 0, 1920, 1080}, true});
    s.monitors.push_back({{1920, 0, 1280, 720}, false});
    return s;
}

} // namespace

TEST(StagePlacement, TheAudienceFillsItsMonitorAndThePresenterTakesTheLaptop) {
    const StagePlan p = planStage(laptopAndProjector(), 2, true);
    ASSERT_EQ(p.error, "");
    EXPECT_EQ(p.audience.rect, (PixelRect{1920, 0, 1280, 720}));
    EXPECT_TRUE(p.audienceBorderless);
    ASSERT_TRUE(p.presenter);
    EXPECT_FALSE(p.presenterShares);
    // 80% of the laptop, centred on it.
    EXPECT_EQ(p.presenter->rect, (PixelRect{192, 108, 1536, 864}));
    // Created tall enough that SFML 2.5.1 places it on the 3200x1080 screen (y >= 0 there).
    EXPECT_EQ(p.audience.createSize.width, 1280);
    EXPECT_GE(p.audience.createSize.height, 720);
    EXPECT_LE((3200 - p.audience.createSize.height) / 2, 1080);
}

TEST(StagePlacement, WithTheLaptopForTheAudienceThePresenterGoesToTheOtherMonitor) {
    const StagePlan p = planStage(laptopAndProjector(), 1, true);
    ASSERT_EQ(p.error, "");
    EXPECT_EQ(p.audience.rect, (PixelRect{0, 0, 1920, 1080}));
    ASSERT_TRUE(p.presenter);
    EXPECT_EQ(p.presenter->rect, (PixelRect{1920 + 128, 72, 1024, 576}));
}

TEST(StagePlacement, WithoutAMonitorChoiceTheAudienceOpensAsAnyWindowAndThePresenterBeside) {
    const StagePlan p = planStage(laptopAndProjector(), std::nullopt, true, PixelSize{1280, 720});
    EXPECT_FALSE(p.audienceBorderless);
    EXPECT_EQ(p.audience.rect, (PixelRect{320, 180, 1280, 720})); // on the primary, centred
    ASSERT_TRUE(p.presenter);
    EXPECT_EQ(p.presenter->rect.x, 1920 + 128) << "on the projector: the laptop has the audience";
    EXPECT_FALSE(planStage(laptopAndProjector(), std::nullopt, false).presenter);
}

TEST(StagePlacement, OneMonitorSharesItAndSaysSo) {
    ScreenLayout one;
    one.width = 1920;
    one.height = 1080;
    one.monitors.push_back({{0, 0, 1920, 1080}, true});
    const StagePlan p = planStage(one, 1, true);
    ASSERT_EQ(p.error, "");
    ASSERT_TRUE(p.presenter);
    EXPECT_TRUE(p.presenterShares);
    EXPECT_EQ(p.presenter->rect, (PixelRect{192, 108, 1536, 864}));
}

TEST(StagePlacement, AMonitorTheScreenDoesNotHaveIsAnErrorListingTheMonitors) {
    for (int n : {0, 3, -1}) {
        const StagePlan p = planStage(laptopAndProjector(), n, true);
        EXPECT_EQ(p.error, "--audience-monitor " + std::to_string(n) +
                               ": no such monitor; 1: 1920x1080 at 0,0 (primary); 2: 1280x720 at "
                               "1920,0");
    }
    ScreenLayout none;
    EXPECT_NE(planStage(none, 1, false).error.find("no monitors"), std::string::npos);
}
