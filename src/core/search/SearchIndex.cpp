#include "core/search/SearchIndex.hpp"

#include "core/data/TextDecoding.hpp"

#include <algorithm>
#include <tuple>

namespace aimap {
namespace {

// The next code point of `s` from `i` (advanced past it); 0xFFFD for an invalid sequence, of
// which one byte is consumed.
char32_t nextCodePoint(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t c = len == 1 ? b : b & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        const auto cont = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((cont & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        c = (c << 6) | (cont & 0x3F);
    }
    i += static_cast<std::size_t>(len);
    return c;
}

// A Latin letter with a diacritic (Latin-1 Supplement, Latin Extended-A and the pinyin letters
// of Extended-B: ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ) as its base letter in lower case; 0 for any other code point.
char baseLetter(char32_t c) {
    struct Range {
        char32_t from, to;
        char letter;
    };
    static constexpr Range kRanges[] = {
        {0xC0, 0xC5, 'a'},   {0xC7, 0xC7, 'c'},   {0xC8, 0xCB, 'e'},     {0xCC, 0xCF, 'i'},
        {0xD1, 0xD1, 'n'},   {0xD2, 0xD6, 'o'},   {0xD8, 0xD8, 'o'},     {0xD9, 0xDC, 'u'},
        {0xDD, 0xDD, 'y'},   {0xE0, 0xE5, 'a'},   {0xE7, 0xE7, 'c'},     {0xE8, 0xEB, 'e'},
        {0xEC, 0xEF, 'i'},   {0xF1, 0xF1, 'n'},   {0xF2, 0xF6, 'o'},     {0xF8, 0xF8, 'o'},
        {0xF9, 0xFC, 'u'},   {0xFD, 0xFD, 'y'},   {0xFF, 0xFF, 'y'},     {0x100, 0x105, 'a'},
        {0x106, 0x10D, 'c'}, {0x10E, 0x111, 'd'}, {0x112, 0x11B, 'e'},   {0x11C, 0x123, 'g'},
        {0x124, 0x127, 'h'}, {0x128, 0x131, 'i'}, {0x134, 0x135, 'j'},   {0x136, 0x137, 'k'},
        {0x139, 0x142, 'l'}, {0x143, 0x148, 'n'}, {0x14C, 0x151, 'o'},   {0x154, 0x159, 'r'},
        {0x15A, 0x161, 's'}, {0x162, 0x167, 't'}, {0x168, 0x173, 'u'},   {0x174, 0x175, 'w'},
        {0x176, 0x178, 'y'}, {0x179, 0x17E, 'z'}, {0x1CD, 0x1CE, 'a'},   {0x1CF, 0x1D0, 'i'},
        {0x1D1, 0x1D2, 'o'}, {0x1D3, 0x1DC, 'u'}, {0x1E3E, 0x1E3F, 'm'}, {0x1EB8, 0x1EC7, 'e'},
    };
    for (const Range& r : kRanges)
        if (c >= r.from && c <= r.to)
            return r.letter;
    return 0;
}

bool ignored(char32_t c) {
    return c == ' ' || c == '\'' || c == '-' || c == '.' || c == '\t' || c == 0x2019 ||
           c == 0x2018 || c == 0xB7 || c == 0x30FB || c == 0x3000 || c == 0xFFFD ||
           (c >= 0x300 && c <= 0x36F); // combining marks (tones typed as "a" + U+0304)
}

// The folded names a place is found by (duplicates removed).
std::vector<std::string> namesOf(const SearchPlace& p) {
    std::vector<std::string> names;
    const auto add = [&](const std::string& s) {
        std::string f = foldSearchText(s);
        if (!f.empty() && std::find(names.begin(), names.end(), f) == names.end())
            names.push_back(std::move(f));
    };
    add(p.nameZh);
    add(p.nameEn);
    add(p.pinyin);
    // What people type after a name: 济南市, 山东省, 北京市 (a municipality is a province-level
    // division called 市).
    if (!p.nameZh.empty()) {
        const bool municipality =
            p.kind == SearchKind::Province &&
            (p.code == "110000" || p.code == "120000" || p.code == "310000" || p.code == "500000");
        if (p.kind == SearchKind::City || municipality)
            add(p.nameZh + "\xE5\xB8\x82"); // 市
        else
            add(p.nameZh + "\xE7\x9C\x81"); // 省
    }
    return names;
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

std::string foldSearchText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t c = nextCodePoint(text, i);
        if (c >= 0xFF01 && c <= 0xFF5E) // full-width ASCII
            c -= 0xFEE0;
        if (ignored(c))
            continue;
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else if (const char base = baseLetter(c)) {
            out += base;
        } else {
            appendUtf8(out, c);
        }
    }
    return out;
}

SearchIndex::SearchIndex(std::vector<SearchPlace> places) : m_places(std::move(places)) {
    for (std::size_t i = 0; i < m_places.size(); ++i)
        for (std::string& name : namesOf(m_places[i]))
            m_keys.push_back({std::move(name), static_cast<std::uint32_t>(i)});
    std::sort(m_keys.begin(), m_keys.end(), [](const Key& a, const Key& b) {
        return std::tie(a.folded, a.place) < std::tie(b.folded, b.place);
    });
}

std::vector<SearchResult> SearchIndex::find(std::string_view text, std::size_t limit) const {
    const std::string q = foldSearchText(text);
    std::vector<SearchResult> out;
    if (q.empty() || limit == 0)
        return out;
    // Every name starting with q, its place's best match kept: an exact name, else the shortest.
    struct Hit {
        std::uint32_t place;
        bool exact;
        std::size_t length;
    };
    std::vector<Hit> hits;
    auto it = std::lower_bound(m_keys.begin(), m_keys.end(), q,
                               [](const Key& k, const std::string& s) { return k.folded < s; });
    for (; it != m_keys.end() && startsWith(it->folded, q); ++it) {
        const Hit h{it->place, it->folded.size() == q.size(), it->folded.size()};
        auto same = std::find_if(hits.begin(), hits.end(),
                                 [&](const Hit& o) { return o.place == h.place; });
        if (same == hits.end())
            hits.push_back(h);
        else if (h.length < same->length) // exact is the shortest possible
            *same = h;
    }
    const auto tier = [&](std::uint32_t place) {
        const SearchPlace& p = m_places[place];
        return p.kind == SearchKind::Province ? 1 : p.cityId.empty() ? 2 : 0;
    };
    const auto rank = [&](const Hit& h) {
        return std::make_tuple(!h.exact, tier(h.place), h.length, h.place);
    };
    const std::size_t n = std::min(limit, hits.size());
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(n), hits.end(),
                      [&](const Hit& a, const Hit& b) { return rank(a) < rank(b); });
    for (std::size_t i = 0; i < n; ++i)
        out.push_back({hits[i].place, hits[i].exact ? SearchMatch::Exact : SearchMatch::Prefix});
    return out;
}

} // namespace aimap
