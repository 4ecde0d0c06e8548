#include "core/data/Suggest.hpp"

#include <gtest/gtest.h>

using namespace aimap;

TEST(Suggest, EditDistanceCountsCodePointsAndSwaps) {
    EXPECT_EQ(editDistance("kitten", "sitting"), 3u);
    EXPECT_EQ(editDistance("lable", "label"), 1u);
    EXPECT_EQ(editDistance("Jinan", "jinan"), 0u);
    EXPECT_EQ(editDistance("\xE6\xB5\x8E\xE5\x8D\x97", "\xE6\xB5\x8E\xE5\xAE\x81"), 1u); // 济南/济宁
}

TEST(Suggest, SuggestsOnlyLikelyTypos) {
    const std::vector<std::string> ids{"ai_enterprises_count", "ai_industry_scale_cny"};
    EXPECT_EQ(closestMatch("ai_enterprise_count", ids), "ai_enterprises_count");
    EXPECT_FALSE(closestMatch("population", ids).has_value());
    EXPECT_FALSE(closestMatch("b", {"a"}).has_value()); // too short to guess
    EXPECT_EQ(didYouMean("lable", {"label", "unit"}), "did you mean \"label\"?");
    EXPECT_EQ(didYouMean("zzzzzz", {"label"}), "");
}
