// The language setting covers the whole interface (issue 14): with the Chinese setting the real
// panels, drawn headlessly (support/HeadlessPanels) with every text they draw captured
// (support/TextCapture),
// say nothing in English but what the data itself says, and every character they draw is in the
// panels' font atlas (else ImGui draws "?").
#include "core/data/DatasetLoader.hpp"
#include "core/data/Format.hpp"
#include "core/data/FormatDispatch.hpp"
#include "render/FontLocator.hpp"
#include "support/HeadlessPanels.hpp"
#include "support/TextCapture.hpp"

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h> // ImTextCharFromUtf8
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <set>
#include <string>

using namespace aimap;

namespace {

std::shared_ptr<const Dataset> bundledData() {
    DatasetLoadResult r = loadDatasetFile(AIMAP_ROOT "/data/ai-cities.json", nullptr);
    EXPECT_TRUE(r.dataset) << r.diagnostics.format();
    return std::shared_ptr<const Dataset>(std::move(r.dataset));
}

// The runs of two or more ASCII letters in `text`.
std::set<std::string> latinWords(const std::string& text) {
    std::set<std::string> out;
    std::string word;
    for (const char c : text + " ") {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            word += c;
            continue;
        }
        if (word.size() >= 2)
            out.insert(word);
        word.clear();
    }
    return out;
}

void collectStrings(const nlohmann::json& j, std::set<std::string>& words) {
    if (j.is_string()) {
        const auto w = latinWords(j.get<std::string>());
        words.insert(w.begin(), w.end());
    } else if (j.is_structured()) {
        for (const auto& v : j)
            collectStrings(v, words);
    }
}

// The Latin words the data and the test's own inputs may put on the panels: every string of the
// data file, the attribution and recent file HeadlessPanels shows, the diagnostic (loader
// messages stay English, framed in Chinese), the label choice "English" (a language is named in
// itself, so that it can be found in either), the program's name and command ("aimap validate"),
// the file types of the open dialog, and "Debug": the title of ImGui's implicit window, drawn
// at each NewFrame and discarded unless something is put in it (nothing is).
std::set<std::string> dataWords(const Diagnostic& d) {
    std::set<std::string> words;
    std::ifstream in(AIMAP_ROOT "/data/ai-cities.json");
    collectStrings(nlohmann::json::parse(in), words);
    for (const std::string& s : {std::string("Basemap outlines CC0 an attribution text"),
                                 std::string("/tmp/a##b/data.json"), d.format(),
                                 std::string("English aimap validate json csv tsv txt Debug")}) {
        const auto w = latinWords(s);
        words.insert(w.begin(), w.end());
    }
    return words;
}

// The words of `text` that are neither data nor allowed: the panels' own English. A word
// touching a line break may be a piece of a data word the panels wrapped ("compa|ny_100m"):
// it passes when some data word holds it.
std::set<std::string> chromeWords(const std::string& text, const std::set<std::string>& allowed) {
    std::string all;
    for (const auto& w : allowed)
        all += w + " ";
    std::set<std::string> out;
    std::string word;
    bool atBreak = false;
    for (const char c : text + "\n") {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            word += c;
            continue;
        }
        const bool piece = atBreak || c == '\n';
        if (word.size() >= 2 && !allowed.count(word) &&
            !(piece && all.find(word) != std::string::npos))
            out.insert(word);
        word.clear();
        atBreak = c == '\n';
    }
    return out;
}

std::string joined(const std::set<std::string>& words) {
    std::string out;
    for (const auto& w : words)
        out += w + " ";
    return out;
}

const Diagnostic kError{Severity::Error, "/tmp/bad.json", "3:7", "expected a number", "fix it"};

// Every text `panels` draw for the bundled data (at most `maxCities` cards and `maxMetrics`
// metrics) with the label setting `labels`, in a window 8000 px high: every card whole, none of
// it scrolled away.
std::string drawnText(HeadlessPanels& panels, LabelMode labels, std::size_t maxCities = 1000,
                      std::size_t maxMetrics = 100) {
    const auto ds = bundledData();
    if (!ds)
        return {};
    panels.setLabels(labels);
    ImGui::GetIO().DisplaySize = ImVec2(1280, 8000);
    test::TextCapture capture;
    panels.showAll(ds, {kError}, maxCities, maxMetrics);
    return capture.text();
}

} // namespace

TEST(UiLanguage, ChinesePanelsSayNothingInEnglishButTheData) {
    const std::string font = findCjkFont();
    if (font.empty())
        GTEST_SKIP() << "no CJK font installed";
    HeadlessPanels panels(font);
    const std::string text = drawnText(panels, LabelMode::Chinese);
    ASSERT_GT(text.size(), 1000u);
    // What the panels must have said in Chinese (a heading, a button, the banner's frame).
    for (const char* zh : {"\xE6\x8C\x87\xE6\xA0\x87",                          // 指标
                           "\xE5\x85\xA8\xE5\x9B\xBD\xE8\xA7\x86\xE5\x9B\xBE",  // 全国视图
                           "\xE6\x95\xB0\xE6\x8D\xAE\xE9\x97\xAE\xE9\xA2\x98"}) // 数据问题
        EXPECT_NE(text.find(zh), std::string::npos) << zh;
    const auto english = chromeWords(text, dataWords(kError));
    EXPECT_TRUE(english.empty()) << "English chrome in the Chinese panels: " << joined(english);
    if (std::getenv("AIMAP_DUMP_TEXT")) // to read what the panels said
        std::ofstream(std::getenv("AIMAP_DUMP_TEXT")) << text;
}

// The check above can fail: with the English setting (and both) the same panels speak English.
TEST(UiLanguage, EnglishPanelsAreFoundOut) {
    const std::string font = findCjkFont();
    if (font.empty())
        GTEST_SKIP() << "no CJK font installed";
    for (const LabelMode mode : {LabelMode::English, LabelMode::Both}) {
        HeadlessPanels panels(font);
        const auto english = chromeWords(drawnText(panels, mode, 5, 3), dataWords(kError));
        EXPECT_TRUE(english.count("Metric")) << joined(english);
        EXPECT_TRUE(english.count("Dismiss")) << joined(english);
    }
}

// Every character the Chinese panels drew is in the atlas: none falls back to "?".
TEST(UiLanguage, EveryCharacterOfTheChinesePanelsIsInTheFontAtlas) {
    const std::string font = findCjkFont();
    if (font.empty())
        GTEST_SKIP() << "no CJK font installed";
    HeadlessPanels panels(font);
    const std::string text = drawnText(panels, LabelMode::Chinese) + chineseNumberCharacters();
    const ImFont* f = ImGui::GetIO().Fonts->Fonts[0];
    std::set<unsigned> missing;
    for (const char* p = text.c_str(); *p;) {
        unsigned int c = 0;
        p += ImTextCharFromUtf8(&c, p, nullptr);
        // Characters the panels draw as nothing (U+FEFF, line separators) are FontAtlas's concern.
        if (c >= 0x3000 && !f->FindGlyphNoFallback(static_cast<ImWchar>(c)))
            missing.insert(c);
    }
    EXPECT_TRUE(missing.empty()) << missing.size() << " characters missing, first U+" << std::hex
                                 << (missing.empty() ? 0u : *missing.begin());
}
