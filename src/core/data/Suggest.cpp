#include "core/data/Suggest.hpp"

#include <algorithm>
#include <cctype>

namespace aimap {
namespace {

std::vector<char32_t> codePoints(const std::string& s) {
    std::vector<char32_t> out;
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
    return out;
}

} // namespace

std::size_t editDistance(const std::string& a, const std::string& b) {
    // Optimal string alignment: a swap of two neighbours ("lable") counts as one edit.
    const auto x = codePoints(a), y = codePoints(b);
    std::vector<std::size_t> prev2(y.size() + 1), prev(y.size() + 1), cur(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j) {
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] != y[j - 1])});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        prev2 = prev;
        std::swap(prev, cur);
    }
    return prev[y.size()];
}

std::optional<std::string> closestMatch(const std::string& word,
                                        const std::vector<std::string>& candidates) {
    // Words under three characters have too many neighbours for a useful guess.
    const std::size_t limit = codePoints(word).size() / 3;
    if (limit == 0)
        return std::nullopt;
    std::optional<std::string> best;
    std::size_t bestDistance = limit + 1;
    for (const auto& c : candidates) {
        const std::size_t d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

std::string didYouMean(const std::string& word, const std::vector<std::string>& candidates) {
    const auto m = closestMatch(word, candidates);
    return m ? "did you mean \"" + *m + "\"?" : std::string();
}

} // namespace aimap
