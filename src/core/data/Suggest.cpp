#include "core/data/Suggest.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>

namespace aimap {
namespace {

std::atomic<std::size_t> g_searches{0};
std::atomic<std::size_t> g_cells{0};

// Appends the code points of `s` (ASCII lower-cased) to `out`.
void appendCodePoints(const std::string& s, std::vector<char32_t>& out) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
        char32_t cp = len == 1 ? static_cast<char32_t>(std::tolower(c))
                               : static_cast<char32_t>(c & (0x7F >> len));
        for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += len;
    }
}

std::vector<char32_t> codePoints(const std::string& s) {
    std::vector<char32_t> out;
    appendCodePoints(s, out);
    return out;
}

struct Span {
    const char32_t* p;
    std::size_t n;
};

// Optimal string alignment distance of x and y when at most `limit`, else limit + 1. Only cells
// within `limit` of the diagonal can hold a distance <= limit, so only those are computed; the
// search stops at the first row whose cells all exceed the limit (distances never decrease
// along a path). `cells` counts the cells computed.
std::size_t banded(Span x, Span y, std::size_t limit, std::size_t& cells) {
    const std::size_t n = x.n, m = y.n, big = limit + 1;
    if ((n > m ? n - m : m - n) > limit)
        return big;
    // Three rows; cells outside the band hold `big`, so the recurrence needs no bounds tests.
    std::vector<std::size_t> prev2(m + 1, big), prev(m + 1, big), cur(m + 1, big);
    for (std::size_t j = 0; j <= m && j <= limit; ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        const std::size_t lo = i > limit ? i - limit : 1;
        const std::size_t hi = std::min(m, i + limit);
        cur[lo - 1] = lo == 1 && i <= limit ? i : big;
        std::size_t rowMin = cur[lo - 1];
        for (std::size_t j = lo; j <= hi; ++j) {
            std::size_t v = std::min(
                {prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x.p[i - 1] != y.p[j - 1] ? 1u : 0u)});
            if (i > 1 && j > 1 && x.p[i - 1] == y.p[j - 2] && x.p[i - 2] == y.p[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = std::min(v, big);
            rowMin = std::min(rowMin, cur[j]);
        }
        if (hi < m)
            cur[hi + 1] = big; // read by the next row, whose band reaches one further
        cells += hi - lo + 1;
        if (rowMin > limit)
            return big;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], big);
}

// The allowed distance for a word of n code points, or nothing when it gets no suggestion.
std::optional<std::size_t> allowedDistance(std::size_t n) {
    // Words under three characters have too many neighbours for a useful guess.
    if (n > kMaxSuggestedLength || n / 3 == 0)
        return std::nullopt;
    return n / 3;
}

// The first of the closest candidates: `candidate(i, buffer)` gives candidate i's code points, or
// an empty span when its length alone rules it out (given the longest distance still useful).
template <class Candidate>
std::optional<std::size_t> search(const std::vector<char32_t>& word, std::size_t count,
                                  Candidate&& candidate) {
    const auto allowed = allowedDistance(word.size());
    if (!allowed)
        return std::nullopt;
    ++g_searches;
    std::optional<std::size_t> best;
    std::size_t bestDistance = *allowed + 1, cells = 0;
    const Span w{word.data(), word.size()};
    for (std::size_t i = 0; i < count && cells < kMaxSearchCells; ++i) {
        const std::size_t limit = bestDistance - 1; // only a closer candidate replaces the best
        const Span c = candidate(i, limit);
        if (!c.p)
            continue;
        const std::size_t d = banded(w, c, limit, cells);
        if (d <= limit) {
            best = i;
            bestDistance = d;
            if (d == 0)
                break;
        }
    }
    g_cells += cells;
    return best;
}

} // namespace

std::size_t editDistanceWithin(const std::string& a, const std::string& b, std::size_t limit) {
    const auto x = codePoints(a), y = codePoints(b);
    std::size_t cells = 0;
    return banded({x.data(), x.size()}, {y.data(), y.size()}, limit, cells);
}

std::size_t editDistance(const std::string& a, const std::string& b) {
    const auto x = codePoints(a), y = codePoints(b);
    std::size_t cells = 0;
    return banded({x.data(), x.size()}, {y.data(), y.size()}, std::max(x.size(), y.size()), cells);
}

Suggester::Suggester(const std::vector<std::string>& candidates) {
    // Longer candidates are never within the distance allowed for the longest word suggested for.
    const std::size_t longest = kMaxSuggestedLength + kMaxSuggestedLength / 3;
    m_start.push_back(0);
    for (const auto& c : candidates) {
        if (c.size() / 4 > longest)
            continue;
        appendCodePoints(c, m_points);
        if (m_points.size() - m_start.back() > longest) {
            m_points.resize(m_start.back());
            continue;
        }
        m_words.push_back(c);
        m_start.push_back(m_points.size());
    }
}

std::optional<std::string> Suggester::closest(const std::string& word) const {
    if (word.size() / 4 > kMaxSuggestedLength)
        return std::nullopt;
    const auto w = codePoints(word);
    const auto best = search(w, m_words.size(), [&](std::size_t i, std::size_t limit) {
        const std::size_t n = m_start[i + 1] - m_start[i];
        if ((n > w.size() ? n - w.size() : w.size() - n) > limit)
            return Span{nullptr, 0};
        return Span{m_points.data() + m_start[i], n};
    });
    return best ? std::optional<std::string>(m_words[*best]) : std::nullopt;
}

std::string Suggester::didYouMean(const std::string& word) const {
    const auto m = closest(word);
    return m ? "did you mean \"" + *m + "\"?" : std::string();
}

std::optional<std::string> closestMatch(const std::string& word,
                                        const std::vector<std::string>& candidates) {
    if (word.size() / 4 > kMaxSuggestedLength)
        return std::nullopt;
    const auto w = codePoints(word);
    std::vector<char32_t> buffer;
    const auto best = search(w, candidates.size(), [&](std::size_t i, std::size_t limit) {
        // A UTF-8 string of b bytes has between b/4 and b code points: most candidates of the
        // wrong length are ruled out before decoding.
        const std::size_t bytes = candidates[i].size();
        if (bytes + limit < w.size() || (bytes + 3) / 4 > w.size() + limit)
            return Span{nullptr, 0};
        buffer.clear();
        appendCodePoints(candidates[i], buffer);
        const std::size_t n = buffer.size();
        if ((n > w.size() ? n - w.size() : w.size() - n) > limit)
            return Span{nullptr, 0};
        return Span{buffer.data(), n};
    });
    return best ? std::optional<std::string>(candidates[*best]) : std::nullopt;
}

std::string didYouMean(const std::string& word, const std::vector<std::string>& candidates) {
    const auto m = closestMatch(word, candidates);
    return m ? "did you mean \"" + *m + "\"?" : std::string();
}

SuggestWork suggestWork() {
    return {g_searches.load(), g_cells.load()};
}

} // namespace aimap
