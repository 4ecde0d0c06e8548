#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace aimap {

/// What a search result is: a city (of the gazetteer, of the data, or both) or a province.
enum class SearchKind { City, Province };

/// One place that can be found, with every name it can be found by.
struct SearchPlace {
    SearchKind kind = SearchKind::City;
    std::string code;   ///< 6-digit division code; empty for a city of the data only
    std::string cityId; ///< the data's city id, when the data has this city; else empty
    std::string nameZh, nameEn;
    std::string pinyin; ///< with tone marks ("Jǐnán"), or empty
};

/// How a result matched what was typed.
enum class SearchMatch { Exact, Prefix };

struct SearchResult {
    std::size_t place = 0; ///< index into SearchIndex::places()
    SearchMatch match = SearchMatch::Prefix;
};

/// Text folded for search: case folded, tone marks and other Latin diacritics stripped ("Jǐnán"
/// -> "jinan", "Garzê" -> "garze", "ü" -> "u"), spaces, apostrophes (' ’ ‘), hyphens, dots and
/// middle dots left out, full-width ASCII and the ideographic space folded to ASCII ("Ｊｉｎａｎ"
/// -> "jinan"). Chinese characters are kept as they are (UTF-8). Invalid UTF-8 bytes are dropped.
std::string foldSearchText(std::string_view text);

/// Every prefix-searchable name of a set of places (cities and provinces), built once and queried
/// as the user types: a query matches a place when it is a prefix of one of its folded names —
/// Chinese (also with 市, or 省 for a province), English, pinyin without tones. Queries are a
/// binary search in one sorted array of names, so they answer in microseconds (bench/).
class SearchIndex {
public:
    SearchIndex() = default;
    explicit SearchIndex(std::vector<SearchPlace> places);

    /// At most `limit` places `text` names, best first: exact matches before prefixes; then
    /// cities of the data, provinces, other cities; then the shorter matched name; then the
    /// order of places(). Empty for a query that folds to nothing.
    std::vector<SearchResult> find(std::string_view text, std::size_t limit = kMaxResults) const;

    const std::vector<SearchPlace>& places() const { return m_places; }

    /// Results listed at most (a longer list would not fit beside the map).
    static constexpr std::size_t kMaxResults = 12;

private:
    struct Key {
        std::string folded;
        std::uint32_t place = 0;
    };
    std::vector<SearchPlace> m_places;
    std::vector<Key> m_keys; ///< sorted by folded name
};

} // namespace aimap
