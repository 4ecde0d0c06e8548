#pragma once

#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// Edit distance (insertions, deletions, substitutions, swaps of neighbours; case-insensitive for
/// ASCII) between two UTF-8 strings, counted in code points.
std::size_t editDistance(const std::string& a, const std::string& b);

/// The candidate closest to `word` when it is close enough to be a likely typo (distance at most
/// length/3; never for words under 3 characters), for "did you mean ...?" hints. Ties go to the
/// first candidate.
std::optional<std::string> closestMatch(const std::string& word,
                                        const std::vector<std::string>& candidates);

/// "did you mean \"x\"?" or empty.
std::string didYouMean(const std::string& word, const std::vector<std::string>& candidates);

} // namespace aimap
