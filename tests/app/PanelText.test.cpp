// The panels' text path (issue 13): any text a data file may hold is shown as it is, and none
// makes ImGui assert. Drawn headlessly (support/HeadlessPanels): the real panels and font atlas.
#include "core/data/FormatDispatch.hpp"
#include "render/FontLocator.hpp"
#include "support/HeadlessPanels.hpp"
#include "ui/Widgets.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

#include <string>

using namespace aimap;

namespace {

std::shared_ptr<const Dataset> loadFixture(const std::string& name) {
    DatasetLoadResult r = loadDatasetFile(AIMAP_ROOT "/tests/fixtures/datasets/" + name, nullptr);
    EXPECT_TRUE(r.dataset) << r.diagnostics.format();
    return std::shared_ptr<const Dataset>(std::move(r.dataset));
}

// The width ImGui gives a label as it shows it (ID syntax applied) and as written.
float shownWidth(const std::string& label) {
    return ImGui::CalcTextSize(label.c_str(), nullptr, true).x;
}
float fullWidth(const std::string& text) {
    return ImGui::CalcTextSize(text.c_str(), nullptr, false).x;
}

} // namespace

TEST(PanelText, LabelTextKeepsWhatFollowsTwoHashes) {
    EXPECT_EQ(labelText("a#b"), "a#b");
    EXPECT_EQ(labelText("a##b"), "a#\xEF\xBB\xBF#b");
    EXPECT_EQ(labelText("###"), "#\xEF\xBB\xBF#\xEF\xBB\xBF#");
    EXPECT_EQ(labelText("##"), "#\xEF\xBB\xBF#");
    EXPECT_EQ(labelText(""), "");
}

// Regression (issue 13): a city named "A\nB" (a JSON escape) was shown as "A" in its card's
// title, which ImGui ends at a line break.
TEST(PanelText, LabelTextIsOneLine) {
    EXPECT_EQ(labelText("A\nB"), "A B");
    EXPECT_EQ(labelText("A\r\nB\tC"), "A  B C");
    EXPECT_EQ(labelText("A\xE2\x80\xA8"
                        "B\xE2\x80\xA9"
                        "C"),
              "A B C");
    EXPECT_EQ(labelText("\xE2\x80\xA6"), "\xE2\x80\xA6"); // U+2026 stays
}

// Regression: "Ji##nan" as a card title or a metric in the menu showed as "Ji" (ImGui hides what
// follows "##" in a label). With the panels' font, the label is exactly as wide as the text.
TEST(PanelText, ANameWithTwoHashesIsShownWhole) {
    const std::string font = findCjkFont();
    if (font.empty())
        GTEST_SKIP() << "no CJK font installed";
    const auto ds = loadFixture("odd/hostile-text.json");
    ASSERT_TRUE(ds);
    HeadlessPanels panels(font);
    panels.showAll(ds, {}, 10);
    ImGui::NewFrame(); // CalcTextSize needs the font of a frame
    for (const std::string text : {"Ji##nan %s", "###Qingdao", "a##b##c", "##"}) {
        EXPECT_GT(fullWidth(text), 0) << text;
        EXPECT_FLOAT_EQ(shownWidth(labelText(text)), fullWidth(text)) << text;
        EXPECT_LT(shownWidth(text), fullWidth(text)) << "the plain label hides text: " << text;
    }
    ImGui::EndFrame();
}

// Regression: a NUL in a title passed validation and aborted the viewer in ImGui. Now every text
// of the hostile fixture (##, ###, %s %n, emoji, Arabic, combining marks, tab, line break) goes
// through every panel: controls and legend per metric, each city's card and tooltip, the
// cluster card and tooltip, About, Open and the error banner.
TEST(PanelText, EveryPanelShowsHostileButValidText) {
    const std::string font = findCjkFont();
    if (font.empty())
        GTEST_SKIP() << "no CJK font installed";
    const auto ds = loadFixture("odd/hostile-text.json");
    ASSERT_TRUE(ds);
    std::vector<Diagnostic> errors;
    errors.push_back({Severity::Error, "/tmp/a##b %s.json", "1:2", "bad ## %n", "fix ### it"});
    HeadlessPanels panels(font);
    // Two metrics, one year each, three cities; the additive count clusters at zoom 0; the
    // compare panel with the three pinned (the first metric's pass).
    EXPECT_EQ(panels.showAll(ds, errors), (1u + 3 + 1 + 1) + (1u + 3));
}

TEST(PanelText, TheBundledDataGoesThroughEveryPanel) {
    DatasetLoadResult r = loadDatasetFile(AIMAP_ROOT "/data/ai-cities.json", nullptr);
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    HeadlessPanels panels(findCjkFont());
    EXPECT_GT(panels.showAll(std::shared_ptr<const Dataset>(std::move(r.dataset)), {}), 10u);
}

// Regression (issue 13): a word joiner, a zero-width space or a line separator in a name was drawn
// as "�" where the font has no glyph for it (WenQuanYi has none for U+2028, U+2029, U+2060).
// They draw nothing (a line separator: a space), and the atlas counts them as covered.
TEST(PanelText, InvisibleCharactersDrawNothing) {
    const std::string font = findCjkFont();
    if (font.empty())
        GTEST_SKIP() << "no CJK font installed";
    const std::string name = "A\xE2\x81\xA0"
                             "B\xE2\x80\x8B"
                             "C\xE2\x80\xA8"
                             "D";
    const std::string text = R"({"aimap": 1, "title": "t", "kind": "example",
        "metrics": {"m": {"label": "M", "unit": "count"}},
        "cities": [{"id": "a", "name_en": ")" +
                             name + R"(", "lon": 117, "lat": 36}],
        "values": [{"city": "a", "metric": "m", "year": 2020, "value": 3}]})";
    DatasetLoadResult r = loadDatasetBytes(text, "in.json", nullptr);
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const std::shared_ptr<const Dataset> ds(std::move(r.dataset));
    HeadlessPanels panels(font);
    panels.showAll(ds, {}, 10);
    EXPECT_TRUE(panels.fontCovers(*ds, {}));
    ImGui::NewFrame();
    EXPECT_FLOAT_EQ(fullWidth("A\xE2\x81\xA0"
                              "B\xE2\x80\x8B"
                              "C"),
                    fullWidth("ABC"));
    EXPECT_FLOAT_EQ(fullWidth("C\xE2\x80\xA8"
                              "D"),
                    fullWidth("C D"));
    ImGui::EndFrame();
}
