// `aimap distance CITY CITY` (issue 16): kilometres along the WGS84 ellipsoid, three decimals.
//
// Reference values: GeodSolve (geographiclib-tools 2.1.2), the geodesic inverse problem, from the
// points the command uses (a city of the bundled data where the data puts it, else the
// gazetteer's point), e.g. for Jinan - Qingdao:
//   echo "36.6683 116.9972 36.0649 120.3804" | GeodSolve -i -p 3   ->  310900.166 m
#include "support/Process.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <string>

using namespace aimap::test;

namespace {

struct Pair {
    const char* a;
    const char* b;
    double lat1, lon1, lat2, lon2; ///< the points GeodSolve was given
    double metres;                 ///< GeodSolve -i -p 3
};

// 21 pairs, the cities named every way the command takes: data ids, Chinese and English names,
// division codes.
const Pair kPairs[] = {
    {"jinan", "qingdao", 36.6683, 116.9972, 36.0649, 120.3804, 310900.166},
    {"北京", "上海", 39.9075, 116.3972, 31.2222, 121.4581, 1066793.619},
    {"Shenzhen", "Guangzhou", 22.5455, 114.0683, 23.1167, 113.25, 105151.639},
    {"成都", "Chongqing", 30.6667, 104.0667, 29.5603, 106.5577, 269577.772},
    {"hangzhou", "合肥", 30.2936, 120.1614, 31.8639, 117.2808, 325357.725},
    {"Urumqi", "Harbin", 43.801, 87.6005, 45.75, 126.65, 3067696.758},
    {"拉萨", "三亚", 29.65, 91.1, 18.2543, 109.5095, 2254128.258},
    {"320500", "341300", 31.3041, 120.5954, 33.6361, 116.9789, 427103.450},
    {"西安", "wuhan", 34.2583, 108.9286, 30.5833, 114.2667, 646485.532},
    {"南京", "Tianjin", 32.0617, 118.7778, 39.1422, 117.1767, 798838.041},
    {"昆明", "南宁", 25.0389, 102.7183, 22.8167, 108.3167, 620749.306},
    {"shenyang", "dalian", 41.7922, 123.4328, 38.9122, 121.6022, 355583.782},
    {"Hohhot", "银川", 40.8106, 111.6522, 38.4681, 106.2731, 529812.007},
    {"兰州", "Xining", 36.057, 103.8399, 36.6255, 101.7574, 197304.617},
    {"福州", "xiamen", 26.0614, 119.3061, 24.4905, 118.1102, 211638.103},
    {"changsha", "贵阳", 28.1987, 112.9709, 26.5833, 106.7167, 643878.603},
    {"zhengzhou", "石家庄", 34.7578, 113.6486, 38.0414, 114.4786, 371893.786},
    {"太原", "济南市", 37.8694, 112.5603, 36.6683, 116.9972, 415451.401},
    {"喀什", "佳木斯", 39.4677, 75.9891, 46.7971, 130.3112, 4403987.661},
    {"台州", "泰州", 28.6627, 121.4331, 32.4907, 119.9081, 448867.155},
    {"济南", "济南", 36.6683, 116.9972, 36.6683, 116.9972, 0.0},
};

RunResult distance(const std::string& args) {
    return run(quote(AIMAP_EXE) + " distance " + args);
}

} // namespace

TEST(Distance, TwentyPairsMatchGeodSolveToOneMetre) {
    for (const Pair& p : kPairs) {
        const auto r = distance(quote(p.a) + " " + quote(p.b));
        ASSERT_EQ(r.exitCode, 0) << p.a << " " << p.b << ": " << r.err;
        char* end = nullptr;
        const double km = std::strtod(r.out.c_str(), &end);
        EXPECT_EQ(std::string(end), "\n") << "one number on a line: " << r.out;
        EXPECT_NEAR(km * 1000, p.metres, 1.0) << p.a << " - " << p.b;
        // Three decimals: the metre, as printed.
        EXPECT_EQ(r.out.size() - r.out.find('.'), 5u) << r.out;
    }
}

TEST(Distance, TheTableIsGeodSolvesOwn) {
    // The table above, recomputed by GeodSolve where it is installed (geographiclib-tools).
    if (!haveProgram("GeodSolve"))
        GTEST_SKIP() << "GeodSolve not installed (apt-get install geographiclib-tools)";
    for (const Pair& p : kPairs) {
        char line[160];
        std::snprintf(line, sizeof line, "echo '%.4f %.4f %.4f %.4f' | GeodSolve -i -p 3", p.lat1,
                      p.lon1, p.lat2, p.lon2);
        const auto r = run(std::string("sh -c ") + quote(line));
        ASSERT_EQ(r.exitCode, 0) << r.err;
        double azi1 = 0, azi2 = 0, s12 = -1;
        ASSERT_EQ(std::sscanf(r.out.c_str(), "%lf %lf %lf", &azi1, &azi2, &s12), 3) << r.out;
        EXPECT_NEAR(s12, p.metres, 0.001) << p.a << " - " << p.b;
    }
}

TEST(Distance, AnAmbiguousNameExitsTwoListingTheCandidatesWithTheirProvinces) {
    struct Case {
        const char* name;
        const char* first;
        const char* second;
    };
    for (const Case& c : {Case{"Suzhou", "苏州 Suzhou, Jiangsu", "宿州 Suzhou, Anhui"},
                          Case{"Taizhou", "台州 Taizhou, Zhejiang", "泰州 Taizhou, Jiangsu"},
                          Case{"Fuzhou", "福州 Fuzhou, Fujian", "抚州 Fuzhou, Jiangxi"},
                          Case{"Yichun", "宜春 Yichun, Jiangxi", "伊春 Yichun, Heilongjiang"},
                          Case{"Yulin", "玉林 Yulin, Guangxi", "榆林 Yulin, Shaanxi"}}) {
        const auto r = distance(std::string(c.name) + " jinan");
        EXPECT_EQ(r.exitCode, 2) << c.name << ": " << r.out;
        EXPECT_TRUE(r.out.empty()) << r.out;
        EXPECT_NE(r.err.find("\"" + std::string(c.name) + "\" is ambiguous"), std::string::npos)
            << r.err;
        EXPECT_NE(r.err.find(c.first), std::string::npos) << r.err;
        EXPECT_NE(r.err.find(c.second), std::string::npos) << r.err;
    }
}

TEST(Distance, AnUnknownNameOrAWrongCommandLineExitsTwo) {
    const auto unknown = distance("Qingdoa jinan");
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("no city named \"Qingdoa\" (did you mean \"Qingdao\"?)"),
              std::string::npos)
        << unknown.err;
    EXPECT_EQ(distance("jinan").exitCode, 2);
    EXPECT_EQ(distance("jinan qingdao shanghai").exitCode, 2);
    EXPECT_EQ(distance("--frobnicate jinan qingdao").exitCode, 2);
    const auto badData = distance("--data /nonexistent.json jinan qingdao");
    EXPECT_EQ(badData.exitCode, 2);
    EXPECT_NE(badData.err.find("/nonexistent.json"), std::string::npos) << badData.err;
}
