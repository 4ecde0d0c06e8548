#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// Edit distance (insertions, deletions, substitutions, swaps of neighbours; case-insensitive for
/// ASCII) between two UTF-8 strings, counted in code points.
std::size_t editDistance(const std::string& a, const std::string& b);

/// The same when it is at most `limit`, else `limit + 1`, at a cost of O(length * limit): only
/// a band of the table is computed, and the search stops as soon as every path exceeds the limit.
std::size_t editDistanceWithin(const std::string& a, const std::string& b, std::size_t limit);

/// Words longer than this (in code points) get no suggestion: a guess at a mistyped 4 KB id helps
/// nobody, and would cost length x length per candidate.
constexpr std::size_t kMaxSuggestedLength = 64;

/// At most this many cells of edit-distance tables per search (a few milliseconds): past it the
/// best candidate found so far is the answer. Bounds a search among 100 000 similar ids.
constexpr std::size_t kMaxSearchCells = std::size_t{1} << 20;

/// Candidates prepared once (decoded, lower-cased) for many searches, e.g. every city id of a
/// dataset for its "unknown city" messages. Same answers as closestMatch().
class Suggester {
public:
    explicit Suggester(const std::vector<std::string>& candidates);
    std::optional<std::string> closest(const std::string& word) const;
    /// "did you mean \"x\"?" or empty.
    std::string didYouMean(const std::string& word) const;

private:
    std::vector<std::string> m_words; ///< candidates that can be suggested at all
    std::vector<char32_t> m_points;   ///< their code points, back to back
    std::vector<std::size_t> m_start; ///< where each begins in m_points; one extra at the end
};

/// The candidate closest to `word` when it is close enough to be a likely typo (distance at most
/// length/3; never for words under 3 or over kMaxSuggestedLength characters), for "did you mean
/// ...?" hints. Ties go to the first candidate. Candidates whose length differs from the word's
/// by more than the allowed distance are skipped without a table.
std::optional<std::string> closestMatch(const std::string& word,
                                        const std::vector<std::string>& candidates);

/// "did you mean \"x\"?" or empty.
std::string didYouMean(const std::string& word, const std::vector<std::string>& candidates);

/// Work done by suggestion searches in this process so far: searches started and table cells
/// computed (for tests and benchmarks that check the cost is bounded; never for timing).
struct SuggestWork {
    std::size_t searches = 0;
    std::size_t cells = 0;
};
SuggestWork suggestWork();

} // namespace aimap
