// The SVG of a display list: well formed, text escaped, one element per marker where it is drawn.
#include "core/export/SvgWriter.hpp"
#include "core/export/DeckNames.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <regex>

using namespace aimap;

namespace {

DisplayList sample() {
    DisplayList dl;
    dl.sizePx = {640, 360};
    dl.fontFamily = "WenQuanYi Micro Hei";
    dl.title = "Talk <1> & \"2\"";
    dl[DisplayLayer::Background].polygons.push_back(
        {{{{0, 0}, {640, 0}, {640, 360}, {0, 360}}}, {214, 226, 234, 255}, {0, 0, 0, 0}, 0});
    dl[DisplayLayer::Basemap].polylines.push_back(
        {{{10, 10}, {50, 60}}, 1.5, {96, 90, 84, 255}, true});
    auto& m = dl[DisplayLayer::Markers];
    m.circles.push_back(
        {{100.25, 50.5}, 20, {217, 95, 2, 150}, {130, 57, 1, 240}, 1.2, "city:jinan"});
    m.circles.push_back({{300, 200}, 30, {33, 102, 172, 77}, {0, 0, 0, 0}, 0, ""}); // a halo
    m.circles.push_back({{310, 210}, 8, {0, 0, 0, 0}, {90, 90, 90, 240}, 1.2, "cluster:a&b+2"});
    DisplayText t;
    t.utf8 = "济南 <Jinan> & 'Q' \"x\"\x01";
    t.baseline = {120, 60};
    t.haloPx = 2;
    t.halo = {255, 255, 255, 220};
    dl[DisplayLayer::Labels].texts.push_back(t);
    dl[DisplayLayer::Inset].clip = Box{{500, 200}, {630, 350}};
    dl[DisplayLayer::Inset].polygons.push_back(
        {{{{490, 190}, {640, 190}, {640, 360}}}, {250, 247, 240, 255}, {0, 0, 0, 0}, 0});
    return dl;
}

} // namespace

TEST(SvgWriter, EscapesTextAndAttributes) {
    EXPECT_EQ(xmlEscape("a<b>&\"c\"'d'"), "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
    EXPECT_EQ(xmlEscape("上海 Shanghai"), "上海 Shanghai");
    EXPECT_EQ(xmlEscape("tab\there\nline"), "tab\there\nline");
    // XML 1.0 cannot hold other controls, nor broken UTF-8: each becomes U+FFFD.
    EXPECT_EQ(xmlEscape("a\x01"
                        "b"),
              "a\xEF\xBF\xBD"
              "b");
    EXPECT_EQ(xmlEscape("\xE4\xB8"), "\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_EQ(xmlEscape("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD") << "overlong '/'";
    EXPECT_EQ(xmlEscape("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD") << "a surrogate";
}

TEST(SvgWriter, OneMarkerElementPerMarkerAtItsPosition) {
    const std::string svg = svgDocument(sample());
    const std::regex marker(
        R"re(<circle class="marker" data-item="([^"]*)" cx="([^"]*)" cy="([^"]*)" r="([^"]*)")re");
    std::vector<std::smatch> found;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), marker);
         it != std::sregex_iterator(); ++it)
        found.push_back(*it);
    ASSERT_EQ(found.size(), 2u) << svg;
    EXPECT_EQ(found[0][1], "city:jinan");
    EXPECT_EQ(found[0][2], "100.25");
    EXPECT_EQ(found[0][3], "50.5");
    // The outline is inside the radius: the stroke's middle at r - width / 2.
    EXPECT_EQ(found[0][4], "19.4");
    EXPECT_EQ(found[1][1], "cluster:a&amp;b+2");
}

TEST(SvgWriter, TextIsTextInTheViewersFontWithAHaloUnderIt) {
    const std::string svg = svgDocument(sample());
    EXPECT_NE(svg.find("font-family=\"&apos;WenQuanYi Micro Hei&apos;, "), std::string::npos);
    EXPECT_NE(svg.find(">济南 &lt;Jinan&gt; &amp; &apos;Q&apos; &quot;x&quot;\xEF\xBF\xBD</text>"),
              std::string::npos)
        << svg;
    EXPECT_NE(svg.find("paint-order=\"stroke\""), std::string::npos);
    EXPECT_NE(svg.find("<title>Talk &lt;1&gt; &amp; &quot;2&quot;</title>"), std::string::npos);
    EXPECT_NE(svg.find("clip-path=\"url(#clip-inset)\""), std::string::npos);
}

TEST(SvgWriter, NoNonFiniteNumberReachesTheDocument) {
    DisplayList dl = sample();
    dl[DisplayLayer::Basemap].polylines.push_back(
        {{{std::nan(""), 1}, {2, std::numeric_limits<double>::infinity()}},
         1,
         {0, 0, 0, 255},
         false});
    const std::string svg = svgDocument(dl);
    EXPECT_FALSE(std::regex_search(svg, std::regex(R"re([",= ]-?(nan|inf))re"))) << svg;
}

TEST(SvgWriter, TheDocumentIsWellFormed) {
    if (std::system("command -v xmllint >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "xmllint is not installed (apt-get install libxml2-utils)";
    const std::string path = testing::TempDir() + "aimap_svgwriter.svg";
    std::ofstream(path, std::ios::binary) << svgDocument(sample());
    EXPECT_EQ(std::system(("xmllint --noout '" + path + "'").c_str()), 0);
    // ...and a broken one is not (the check can fail).
    std::ofstream(path, std::ios::binary | std::ios::trunc) << "<svg><text>a & b</text></svg>";
    EXPECT_NE(std::system(("xmllint --noout '" + path + "' 2>/dev/null").c_str()), 0);
}

TEST(DeckNames, SceneAndStepZeroPaddedInClickerOrder) {
    EXPECT_EQ(deckFrameName(1, 0, 4, 5), "01-00");
    EXPECT_EQ(deckFrameName(3, 5, 4, 5), "03-05");
    EXPECT_EQ(deckFrameName(12, 10, 120, 5), "012-10");
    EXPECT_EQ(deckFrameName(7, 3, 9, 100), "07-003");
}
