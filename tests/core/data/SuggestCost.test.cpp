// Issue 13, "linear loads": a "did you mean" search costs a bounded amount of work whatever the
// words and candidates (checked by the work counters, never by timing).
#include "core/data/Suggest.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <random>

using namespace aimap;

namespace {

// The whole optimal-string-alignment table, as a reference (ASCII only).
std::size_t referenceDistance(const std::string& a, const std::string& b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                                d[i - 1][j - 1] + (a[i - 1] != b[j - 1] ? 1u : 0u)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

SuggestWork workOf(const std::function<void()>& f) {
    const SuggestWork before = suggestWork();
    f();
    const SuggestWork after = suggestWork();
    return {after.searches - before.searches, after.cells - before.cells};
}

} // namespace

TEST(Suggest, BandedDistanceAgreesWithTheWholeTable) {
    std::mt19937 rng(13);
    std::uniform_int_distribution<int> letter('a', 'd'), length(0, 12);
    for (int n = 0; n < 3000; ++n) {
        std::string a, b;
        for (int k = length(rng); k > 0; --k)
            a += static_cast<char>(letter(rng));
        for (int k = length(rng); k > 0; --k)
            b += static_cast<char>(letter(rng));
        const std::size_t want = referenceDistance(a, b);
        ASSERT_EQ(editDistance(a, b), want) << a << " / " << b;
        for (std::size_t limit = 0; limit <= 6; ++limit)
            ASSERT_EQ(editDistanceWithin(a, b, limit), std::min(want, limit + 1))
                << a << " / " << b << " within " << limit;
    }
}

TEST(Suggest, ALongMistypedIdIsBoundedInCost) {
    // A 4 000-character id, one letter off a candidate of the same length: no suggestion, and no
    // table at all (a full one would be 16 million cells per candidate).
    const std::string id(4000, 'a');
    std::vector<std::string> candidates(100, id);
    for (std::size_t i = 0; i < candidates.size(); ++i)
        candidates[i][i] = 'b';
    std::string typo = id;
    typo[2000] = 'x';
    std::optional<std::string> found;
    const SuggestWork w = workOf([&] { found = closestMatch(typo, candidates); });
    EXPECT_FALSE(found.has_value());
    EXPECT_EQ(w.cells, 0u);
    const Suggester prepared(candidates);
    EXPECT_EQ(workOf([&] { found = prepared.closest(typo); }).cells, 0u);
    EXPECT_FALSE(found.has_value());
}

TEST(Suggest, TheLongestSuggestedWordCostsABandNotATable) {
    // At the length limit, one candidate costs at most a band of 2 * (64 / 3) + 1 cells per row.
    const std::string word(kMaxSuggestedLength, 'q');
    std::string candidate = word;
    candidate[10] = 'z';
    std::optional<std::string> found;
    const SuggestWork w = workOf([&] { found = closestMatch(word, {candidate}); });
    EXPECT_EQ(found, candidate);
    EXPECT_EQ(w.searches, 1u);
    const std::size_t band = 2 * (kMaxSuggestedLength / 3) + 1;
    EXPECT_LE(w.cells, kMaxSuggestedLength * band);
    EXPECT_LT(w.cells, kMaxSuggestedLength * kMaxSuggestedLength);
    // A candidate unlike the word is given up once every path is over the limit: after
    // limit + 1 rows.
    const std::string unlike(kMaxSuggestedLength, 'z');
    const SuggestWork u = workOf([&] { found = closestMatch(word, {unlike}); });
    EXPECT_FALSE(found.has_value());
    EXPECT_LE(u.cells, (kMaxSuggestedLength / 3 + 1) * band);
}

TEST(Suggest, CandidatesOfAnotherLengthCostNothing) {
    std::vector<std::string> candidates;
    for (int i = 0; i < 10000; ++i)
        candidates.push_back("a_much_longer_identifier_" + std::to_string(i));
    candidates.push_back("label");
    std::optional<std::string> found;
    const SuggestWork w = workOf([&] { found = closestMatch("lable", candidates); });
    EXPECT_EQ(found, "label");
    EXPECT_LE(w.cells, 5u * 3u); // only "label" was compared, in a band of 3
}

TEST(Suggest, ASearchAmongManySimilarIdsStopsAtItsBudget) {
    // 100 000 ids that all share a long prefix with the word: each comparison runs deep.
    std::vector<std::string> candidates;
    for (int i = 0; i < 100000; ++i)
        candidates.push_back(std::string(50, 'p') + std::to_string(1000000 + i));
    const Suggester prepared(candidates);
    const std::string word = std::string(50, 'p') + "zzzzzzz";
    const SuggestWork w = workOf([&] { prepared.closest(word); });
    EXPECT_EQ(w.searches, 1u);
    EXPECT_LE(w.cells, kMaxSearchCells + kMaxSuggestedLength * kMaxSuggestedLength);
}

TEST(Suggest, PreparedCandidatesGiveTheSameAnswers) {
    const std::vector<std::string> ids{"ai_enterprises_count", "ai_industry_scale_cny", "label",
                                       "lable_x", "\xE6\xB5\x8E\xE5\x8D\x97"};
    const Suggester prepared(ids);
    for (const char* word : {"ai_enterprise_count", "labl", "lable", "population", "b",
                             "\xE6\xB5\x8E\xE5\xAE\x81", "AI_ENTERPRISES_COUNT"})
        EXPECT_EQ(prepared.closest(word), closestMatch(word, ids)) << word;
    EXPECT_EQ(prepared.didYouMean("lable"), "did you mean \"label\"?");
}
