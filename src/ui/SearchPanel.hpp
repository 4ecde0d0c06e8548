#pragma once

#include "ui/PanelFrame.hpp"

#include "core/geo/LonLat.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// One line of the search results: the place's names and what it is.
struct SearchRow {
    std::string name;   ///< "济南 Jinan"
    std::string pinyin; ///< "Jǐnán", or empty
    std::string kind;   ///< "city", "province", "city, no figures" (in the panel's language)
    bool dim = false;   ///< a place the data has no figures for
};

/// The search box (Ctrl+F or /) and its results as typed. The viewer owns the text typed, finds
/// the results (core/search/SearchIndex) and handles Up, Down, Enter and Esc; the panel draws the
/// box and the list and says what was typed or clicked.
struct SearchPanelState {
    char* text = nullptr; ///< the query being typed, a NUL-terminated buffer of `capacity` bytes
    std::size_t capacity = 0;
    bool focus = false; ///< put the keyboard in the box this frame (it was just opened)
    const std::vector<SearchRow>* rows = nullptr;
    std::optional<std::size_t> chosen; ///< the highlighted row
};

struct SearchPanelIntents {
    bool edited = false;               ///< the text changed
    std::optional<std::size_t> picked; ///< a row was clicked: go there
    bool typing = false;               ///< the box has the keyboard
    std::vector<Vec2> rowCentres;      ///< where each row was drawn (window pixels)
};

/// Draws the search box at the top centre of the window and records its rectangle.
SearchPanelIntents drawSearchPanel(const SearchPanelState& state, PanelFrame& frame);

} // namespace aimap
