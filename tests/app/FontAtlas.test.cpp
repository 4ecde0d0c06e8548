// The panels' font atlas, built without a window (ImGui's atlas is CPU-side until uploaded).
#include "app/gfx/FontAtlas.hpp"
#include "render/FontLocator.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

using namespace aimap;

namespace {

struct ImGuiContextGuard {
    ImGuiContextGuard() { ImGui::CreateContext(); }
    ~ImGuiContextGuard() { ImGui::DestroyContext(); }
};

} // namespace

// Regression: a NUL in any text the panels may show (here a title) made ImGui's range builder
// end the glyph list at once; the atlas got no font and the viewer aborted in ImGui
// (SetCurrentFont: Assertion 'font && font->IsLoaded()'), at start and on hot reload.
TEST(FontAtlas, AControlCharacterInTheTextsDoesNotEmptyTheAtlas) {
    const std::string font = findCjkFont();
    if (font.empty())
        GTEST_SKIP() << "no CJK font installed";
    ImGuiContextGuard context;
    Dataset ds;
    ds.title = std::string("Bad\0title \x01\x7F \xC2\x85 \xE6\xB5\x8E\xE5\x8D\x97", 22);
    FontAtlas atlas;
    atlas.setFontPath(font);
    const UiTexts texts{&ds, nullptr, nullptr};
    atlas.build(1.0f, texts);
    ImGuiIO& io = ImGui::GetIO();
    ASSERT_TRUE(io.Fonts->Build());
    ASSERT_FALSE(io.Fonts->Fonts.empty());
    const ImFont* f = io.Fonts->Fonts[0];
    EXPECT_TRUE(f->IsLoaded());
    EXPECT_NE(f->FindGlyphNoFallback('B'), nullptr);
    EXPECT_NE(f->FindGlyphNoFallback(0x6D4E), nullptr); // 济
    EXPECT_TRUE(atlas.covers(texts)); // control characters need no glyph: no endless rebuilds
}

// Regression (issue 14): the texts of targets, units (亿元), sector scopes, the national summary
// and quotations were not given to the atlas, so their Chinese characters showed as "?".
TEST(FontAtlas, TargetsUnitsScopesAndQuotationsReachTheAtlas) {
    Dataset ds;
    Metric m;
    m.unit = "100 million CNY (\xE4\xBA\xBF\xE5\x85\x83)"; // 亿元
    m.sectorScope = "scope-text";
    ds.metrics.push_back(m);
    Value target;
    target.kind = ValueKind::Target;
    target.asPublished = "target-as-published";
    target.definitionInSource = "definition-in-source";
    ds.targets.push_back(target);
    ds.national.figures.push_back(
        {"national-label", "", 2020, "", 1, "=", "", "national-as-published", {}, "", {}});
    ds.quotations.push_back({"quotation-text", "zh", "", {}, {}});
    UiTexts texts;
    texts.dataset = &ds;
    std::string all;
    texts.forEach([&](const std::string& t) { all += t + "\n"; });
    for (const char* want :
         {"\xE4\xBA\xBF\xE5\x85\x83", "scope-text", "target-as-published", "definition-in-source",
          "national-label", "national-as-published", "quotation-text"})
        EXPECT_NE(all.find(want), std::string::npos) << want;
}
