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

TEST(Diagnostics, AnOmittedDiagnosticIsCountedWithoutBuildingIt) {
    Diagnostics ds;
    int built = 0;
    for (int i = 0; i < 1000; ++i)
        ds.reportError("f", [&] {
            ++built;
            return Finding{"1:1", "e" + std::to_string(i), ""};
        });
    EXPECT_EQ(built, 100);
    EXPECT_EQ(ds.errorCount(), 1000u);
    EXPECT_EQ(ds.items().size(), 100u);
    EXPECT_EQ(ds.omittedErrors(), 900u);
    EXPECT_EQ(ds.items().back().message, "e99");
}

TEST(Diagnostics, WarningsDoNotCrowdOutErrors) {
    Diagnostics ds(3);
    for (int i = 0; i < 10; ++i)
        ds.warning("f", "", "w" + std::to_string(i));
    ds.error("f", "", "the error");
    EXPECT_EQ(ds.items().size(), 4u);
    EXPECT_EQ(ds.items().back().message, "the error");
    EXPECT_EQ(ds.omittedWarnings(), 7u);
    EXPECT_EQ(ds.omittedErrors(), 0u);
    Diagnostics all(5);
    all.append(ds);
    EXPECT_EQ(all.errorCount(), 1u);
    EXPECT_EQ(all.warningCount(), 10u);
    EXPECT_EQ(all.omitted(), 7u);
}
