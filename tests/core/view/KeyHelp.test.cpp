#include "core/view/KeyHelp.hpp"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

using namespace aimap;

// The overlay's table: every binding says what it does in both languages, the Chinese without
// English words (key names belong to the keys column), and no key does two things in the same
// window (the map and exploring share the window's keys).
TEST(KeyHelp, EveryBindingInBothLanguagesAndNoKeyTwiceInTheWindow) {
    std::set<std::string> windowKeys;
    for (const KeyBinding& b : keyBindings()) {
        EXPECT_STRNE(b.en, "") << b.keys;
        EXPECT_STRNE(b.zh, "") << b.keys;
        // A key named in the text is "按键 S" (the key S); no other Latin letters.
        std::string zh = b.zh;
        for (std::size_t at; (at = zh.find("\xE6\x8C\x89\xE9\x94\xAE ")) != std::string::npos;)
            zh.erase(at, 8);
        for (const char c : zh)
            EXPECT_FALSE((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                << b.keys << ": " << b.zh;
        if (b.group != KeyGroup::Map && b.group != KeyGroup::Explore)
            continue;
        std::istringstream keys(b.keys);
        for (std::string key; keys >> key;)
            EXPECT_TRUE(windowKeys.insert(key).second) << key << " twice";
    }
    EXPECT_GE(keyBindings().size(), 25u);
}

TEST(KeyHelp, GroupsHaveTitlesInBothLanguages) {
    for (KeyGroup g :
         {KeyGroup::Map, KeyGroup::Explore, KeyGroup::Timeline, KeyGroup::Talk, KeyGroup::Stage}) {
        EXPECT_STRNE(keyGroupTitle(g, UiLanguage::En), "");
        EXPECT_STRNE(keyGroupTitle(g, UiLanguage::Zh), "");
        EXPECT_STRNE(keyGroupTitle(g, UiLanguage::En), keyGroupTitle(g, UiLanguage::Zh));
    }
}
