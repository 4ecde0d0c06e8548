#include "core/data/FigureCitation.hpp"
#include "core/data/DatasetLoader.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {

struct Jinan {
    CityCardModel card;
    const CardMetric* metric = nullptr;
    explicit Jinan(UiLanguage lang, const char* metricId = "ai_enterprises_count") {
        const auto r = loadDataset(AIMAP_ROOT "/data/ai-cities.json");
        EXPECT_TRUE(r.dataset);
        card = buildCityCard(*r.dataset, *r.dataset->findCity("jinan"), lang);
        for (const auto& m : card.metrics)
            if (m.id == metricId)
                metric = &m;
        EXPECT_NE(metric, nullptr);
    }
};

} // namespace

// Ctrl+C on a figure: what a slide or a report needs to quote it (issue 16).
TEST(FigureCitation, CarriesCityMetricPeriodValueAndItsSourceLine) {
    const Jinan j(UiLanguage::En);
    const std::string text =
        figureCitation(j.card, *j.metric, j.metric->figures[1], UiLanguage::En);
    EXPECT_EQ(
        text,
        "\xE6\xB5\x8E\xE5\x8D\x97 Jinan \xC2\xB7 Number of AI enterprises (count), 2020: 281\n"
        "As published: \"281\"\n"
        "Source: [S01] Jinan sees bright future for AI industry, english.jinan.gov.cn "
        "(Jinan municipal government English portal), 2021-04-20 (quality A) "
        "http://english.jinan.gov.cn/art/2021/4/20/art_29562_4762642.html\n");
}

TEST(FigureCitation, ChinesePanelsCopyInChinese) {
    const Jinan j(UiLanguage::Zh);
    const std::string text =
        figureCitation(j.card, *j.metric, j.metric->figures[0], UiLanguage::Zh);
    EXPECT_NE(text.find("2018 \xE5\xB9\xB4\xEF\xBC\x9A"
                        "89"),
              std::string::npos)
        << text; // "2018 年：89"
    EXPECT_NE(text.find("\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A[S01]"), std::string::npos) << text;
}

TEST(FigureCitation, AnUnsourcedFigureSaysSoAndExampleDataIsMarked) {
    Jinan j(UiLanguage::En);
    CardMetric m = *j.metric;
    m.figures[0].sources.clear();
    j.card.example = true;
    const std::string text = figureCitation(j.card, m, m.figures[0], UiLanguage::En);
    EXPECT_NE(text.find("Source: unsourced\n"), std::string::npos) << text;
    EXPECT_NE(text.find("not real figures"), std::string::npos) << text;
}
