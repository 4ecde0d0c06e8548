#include "core/data/Diagnostics.hpp"

#include <gtest/gtest.h>

using namespace aimap;

TEST(Diagnostics, LineColumnCountsCharactersNotBytes) {
    const std::string text = "{\n  \"name\": \"\xE6\xB5\x8E\xE5\x8D\x97\", x";
    // "济南" is 6 bytes but 2 characters.
    const auto x = text.find('x');
    EXPECT_EQ(lineColumnAt(text, x), "2:17");
    EXPECT_EQ(lineColumnAt(text, 0), "1:1");
}

TEST(Diagnostics, FormatsLikeACompiler) {
    Diagnostic d{Severity::Error, "a.json", "3:7", "bad thing", "do this"};
    EXPECT_EQ(d.format(), "a.json:3:7: error: bad thing (hint: do this)");
}

TEST(Diagnostics, KeepsABoundedNumberAndCountsTheRest) {
    Diagnostics ds(3);
    for (int i = 0; i < 10; ++i)
        ds.error("f", "", "e" + std::to_string(i));
    EXPECT_EQ(ds.items().size(), 3u);
    EXPECT_EQ(ds.errorCount(), 10u);
    EXPECT_EQ(ds.omitted(), 7u);
    EXPECT_NE(ds.format().find("... and 7 more"), std::string::npos);
}
