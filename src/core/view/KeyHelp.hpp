#pragma once

#include "core/i18n/UiText.hpp"

#include <string>
#include <vector>

namespace aimap {

/// The keyboard help overlay (? or F1, issue 16): every key of the window by what it acts on, in
/// the panels' language. One table: the overlay, the README and the tests read the same list.
enum class KeyGroup { Map, Explore, Timeline, Talk, Stage };

struct KeyBinding {
    KeyGroup group;
    const char* keys; ///< as printed on keys: "Ctrl+F  /", "← → ↑ ↓"
    const char* en;
    const char* zh;
};

/// Every binding, grouped in the order of KeyGroup.
const std::vector<KeyBinding>& keyBindings();

/// A group's heading ("The map", "地图").
const char* keyGroupTitle(KeyGroup group, UiLanguage lang);

} // namespace aimap
