// The interface's text table (issue 14: the language setting covers the whole interface).
#include "core/i18n/UiText.hpp"
#include "core/data/TextDecoding.hpp"
#include "core/view/ViewState.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace aimap;

namespace {

// The placeholders of a text: {"{0}", "{2}"}.
std::multiset<std::string> placeholders(const std::string& s) {
    std::multiset<std::string> out;
    for (std::size_t i = 0; i + 2 < s.size(); ++i)
        if (s[i] == '{' && s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] == '}')
            out.insert(s.substr(i, 3));
    return out;
}

bool hasAsciiLetter(const std::string& s) {
    for (char c : s)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return true;
    return false;
}

bool hasCjk(const std::string& s) {
    // U+3000..U+9FFF and U+FF00..U+FFEF: lead bytes E3..E9 and EF BC..EF BF.
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0xE3 && c <= 0xE9)
            return true;
        if (c == 0xEF && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0xBC)
            return true;
    }
    return false;
}

} // namespace

TEST(UiText, EveryEntryHasBothLanguagesInOrder) {
    const UiString* t = uiStrings();
    for (std::size_t i = 0; i < kUiStringCount; ++i) {
        EXPECT_EQ(static_cast<std::size_t>(t[i].id), i);
        EXPECT_FALSE(std::string(t[i].en).empty()) << i;
        EXPECT_FALSE(std::string(t[i].zh).empty()) << t[i].en;
    }
}

TEST(UiText, BothLanguagesUseTheSamePlaceholders) {
    const UiString* t = uiStrings();
    for (std::size_t i = 0; i < kUiStringCount; ++i)
        EXPECT_EQ(placeholders(t[i].en), placeholders(t[i].zh)) << t[i].en << " / " << t[i].zh;
}

// The Chinese text is Chinese: not the English left in place. Exceptions name things that are
// the same in both (the program's name, a command, file extensions) and still hold Chinese.
TEST(UiText, TheChineseTextIsChinese) {
    const UiString* t = uiStrings();
    for (std::size_t i = 0; i < kUiStringCount; ++i) {
        const std::string zh = t[i].zh;
        if (t[i].id == Tx::ListSeparator) {
            EXPECT_EQ(zh, "\xE3\x80\x81"); // 、
            continue;
        }
        EXPECT_TRUE(hasCjk(zh)) << "not translated: " << t[i].en;
        EXPECT_NE(zh, std::string(t[i].en));
        if (hasAsciiLetter(zh)) {
            const bool allowed = zh.find("aimap") != std::string::npos ||
                                 zh.find(".json") != std::string::npos ||
                                 zh.find(" L ") != std::string::npos ||     // the key L
                                 zh.find("按 T 键") != std::string::npos || // the key T
                                 zh.find("按 S 键") != std::string::npos || // the key S
                                 zh.find(" Enter ") != std::string::npos || // a key's own label
                                 zh.find(" Esc ") != std::string::npos ||   // the key Esc
                                 zh.find("按键 P") != std::string::npos ||  // the key P
                                 zh.find("按住 Ctrl") != std::string::npos; // compare: pins
            EXPECT_TRUE(allowed) << "Latin letters in the Chinese text: " << zh;
        }
    }
}

TEST(UiText, ChineseWordOrderIsItsOwn) {
    for (const UiLanguage lang : {UiLanguage::En, UiLanguage::Zh})
        EXPECT_EQ(
            tr(Tx::CoverageCitiesHave, lang, {"3", "20", tr(Tx::CoverageForYear, lang, {"2020"})}),
            lang == UiLanguage::En ? "3 of 20 cities have this figure for 2020"
                                   : "20 个城市中 3 个有 2020 年的数据");
    EXPECT_EQ(tr(Tx::CoverageCitiesHave, UiLanguage::Zh, {"3", "20", ""}),
              "20 个城市中 3 个有数据");
}

TEST(UiText, TheLabelSettingPicksThePanelsLanguage) {
    EXPECT_EQ(uiLanguage(LabelMode::Chinese), UiLanguage::Zh);
    EXPECT_EQ(uiLanguage(LabelMode::English), UiLanguage::En);
    EXPECT_EQ(uiLanguage(LabelMode::Both), UiLanguage::En);
}

TEST(FillPlaceholders, FillsInAnyOrder) {
    EXPECT_EQ(fillPlaceholders("{1} before {0}", {"a", "b"}), "b before a");
    EXPECT_EQ(fillPlaceholders("{0}{0}", {"x"}), "xx");
    EXPECT_EQ(fillPlaceholders("no placeholders", {"x"}), "no placeholders");
    EXPECT_EQ(fillPlaceholders("", {}), "");
}

TEST(FillPlaceholders, ArgumentsAreNotPatterns) {
    // A name holding "{0}" (data) is inserted as it is, not filled again.
    EXPECT_EQ(fillPlaceholders("{0} and {1}", {"{1}", "b"}), "{1} and b");
}

TEST(FillPlaceholders, MissingArgumentsAndBracesShow) {
    EXPECT_EQ(fillPlaceholders("{0} {1}", {"a"}), "a {1}");
    EXPECT_EQ(fillPlaceholders("{{0}} {", {"a"}), "{0}} {");
    EXPECT_EQ(fillPlaceholders("{x} {", {"a"}), "{x} {");
    EXPECT_EQ(fillPlaceholders("end {", {}), "end {");
    EXPECT_EQ(fillPlaceholders("end {0", {"a"}), "end {0");
}

// Regression: "\xC2\xB0E" in a C++ literal is one (too large) hex escape, not "°E": the city
// card's position read "31.222°N 121.458" followed by garbage.
TEST(UiText, EveryTextIsValidUtf8) {
    const UiString* t = uiStrings();
    for (std::size_t i = 0; i < kUiStringCount; ++i) {
        EXPECT_EQ(firstInvalidUtf8(t[i].en), std::string::npos) << i;
        EXPECT_EQ(firstInvalidUtf8(t[i].zh), std::string::npos) << t[i].en;
    }
    EXPECT_EQ(tr(Tx::LatLon, UiLanguage::En, {"31.222", "121.458"}),
              "31.222\xC2\xB0N 121.458\xC2\xB0"
              "E");
}
