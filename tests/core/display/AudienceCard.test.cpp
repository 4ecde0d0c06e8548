// The docked card of an exported frame (issue 15): the words and numbers of the window's card,
// from the same core models, where the window docks it; the timeline's rings and change badges.
#include "core/display/AudienceCard.hpp"
#include "core/cluster/ClusterLayer.hpp"
#include "core/data/CardText.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/data/FormatDispatch.hpp"
#include "core/display/AudienceFrame.hpp"
#include "core/view/MetricSummary.hpp"
#include "core/view/PanelBudget.hpp"
#include "core/view/SectorBars.hpp"
#include "support/AudienceFixture.hpp"
#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace aimap;

namespace {

std::shared_ptr<const Dataset> bundled() {
    static const auto ds = [] {
        auto r = loadDataset(std::string(AIMAP_ROOT) + "/data/ai-cities.json");
        EXPECT_TRUE(r.dataset) << r.diagnostics.format();
        return r.dataset;
    }();
    return ds;
}

std::size_t cityIndex(const Dataset& ds, const std::string& id) {
    for (std::size_t c = 0; c < ds.cities.size(); ++c)
        if (ds.cities[c].id == id)
            return c;
    ADD_FAILURE() << id;
    return 0;
}

struct Fixture {
    std::shared_ptr<const Dataset> ds = bundled();
    ViewState view;
    MetricSummary summary;
    Camera camera;

    Fixture(const std::string& metric, int year, Vec2 size = {1920, 1080}) {
        for (std::size_t m = 0; m < ds->metrics.size(); ++m)
            if (ds->metrics[m].id == metric)
                view.metric = m;
        view.year = year;
        summary = summariseMetric(*ds, view.metric);
        camera.setViewport(size);
        camera.fit({{-2.6e6, -2.2e6}, {2.6e6, 2.2e6}}, 24);
    }
    AudienceInput input() const {
        AudienceInput in = test::audienceInput(*ds, view, summary, camera, "A caption");
        // The window's card: min(500 * scale, 34% of the width), inside a 12 px margin.
        in.card.leftPx = in.sizePx.x - 12 * in.unit - std::min(500 * in.unit, 0.34 * in.sizePx.x);
        in.cardLeftPx = in.card.leftPx;
        return in;
    }
};

// Every text of the card run together without spaces (wrapped lines lose the space they broke
// at): a text of the window's card is in it when its own spaceless form is.
std::string spaceless(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != ' ')
            out += c;
    return out;
}
std::string cardText(const AudienceCardLayout& l) {
    std::string all;
    for (const DisplayText& t : l.items.texts)
        all += spaceless(t.utf8) + "|";
    return all;
}
std::string joined(const AudienceCardLayout& l) {
    std::string all;
    for (const DisplayText& t : l.items.texts)
        all += spaceless(t.utf8);
    return all;
}
bool shows(const AudienceCardLayout& l, const std::string& text) {
    return joined(l).find(spaceless(text)) != std::string::npos;
}

} // namespace

TEST(AudienceCard, TheCityCardShowsTheModelsFiguresOfTheMetricOnTheMapWithTheirSources) {
    Fixture f("ai_enterprises_count", 2020);
    const std::size_t jinan = cityIndex(*f.ds, "jinan");
    f.view.selectedCity = jinan;
    const CityCardModel card = buildCityCard(*f.ds, jinan, UiLanguage::En);
    AudienceInput in = f.input();
    in.card.city = &card;
    in.card.changeBadge = "Number of AI enterprises, 2020: +216% since 2018";
    const auto l = layOutAudienceCard(in, {});
    ASSERT_TRUE(l);
    EXPECT_TRUE(shows(*l, cityTitle(card.nameZh, card.nameEn))) << cardText(*l);
    EXPECT_TRUE(shows(*l, in.card.changeBadge)) << cardText(*l);
    const auto m = std::find_if(card.metrics.begin(), card.metrics.end(),
                                [](const CardMetric& x) { return x.id == "ai_enterprises_count"; });
    ASSERT_NE(m, card.metrics.end());
    ASSERT_GE(m->figures.size(), 2u);
    EXPECT_TRUE(shows(*l, labelWithUnit(m->label, m->unit, UiLanguage::En))) << cardText(*l);
    for (const CardFigure& fig : m->figures) {
        EXPECT_TRUE(shows(*l, tr(Tx::FigureLine, UiLanguage::En, {fig.period, fig.text})))
            << fig.period << " " << cardText(*l);
        ASSERT_FALSE(fig.sources.empty());
        for (const CardSource& s : fig.sources) {
            EXPECT_TRUE(shows(*l, cardSourceLine(s, UiLanguage::En))) << s.id;
            EXPECT_NE(std::find(l->sources.begin(), l->sources.end(), s.id), l->sources.end());
        }
    }
    // "281" of 2020 is the model's text, not a number formatted again.
    EXPECT_TRUE(shows(*l, "2020:  281")) << cardText(*l);
    // The metric on the map comes first, right under the badge: before any other metric.
    const std::string all = joined(*l);
    EXPECT_LT(
        all.find(spaceless(labelWithUnit(m->label, m->unit, UiLanguage::En))),
        all.find(spaceless(labelWithUnit(
            card.metrics.front().id == m->id ? card.metrics.back().label
                                             : card.metrics.front().label,
            card.metrics.front().id == m->id ? card.metrics.back().unit : card.metrics.front().unit,
            UiLanguage::En))));
}

TEST(AudienceCard, DockedWhereTheWindowDocksItAndNoTallerThanItsBudget) {
    Fixture f("ai_enterprises_count", 2020);
    const CityCardModel card = buildCityCard(*f.ds, cityIndex(*f.ds, "jinan"));
    for (const Vec2 size : {Vec2{1920, 1080}, Vec2{1280, 720}, Vec2{3840, 2160}}) {
        Fixture g("ai_enterprises_count", 2020, size);
        AudienceInput in = g.input();
        in.card.city = &card;
        const Box legend{{12, size.y - 400}, {400, size.y - 12}};
        const auto l = layOutAudienceCard(in, {legend});
        ASSERT_TRUE(l);
        const double margin = 12 * in.unit;
        EXPECT_DOUBLE_EQ(l->box.min.x, in.card.leftPx);
        EXPECT_DOUBLE_EQ(l->box.max.x, size.x - margin);
        EXPECT_DOUBLE_EQ(l->box.min.y, margin);
        const double maxH = cardMaxHeight({{0, 0}, size}, l->box.width(), margin, {legend},
                                          0.40 * (size.y - 2 * margin));
        EXPECT_LE(l->box.height(), maxH + 1e-9);
        // Jinan's card is longer than that: parts are left out, and the card says so.
        EXPECT_GT(l->omitted, 0u);
        EXPECT_TRUE(
            shows(*l, tr(Tx::CardMoreInViewer, UiLanguage::En, {std::to_string(l->omitted)})));
        for (const DisplayText& t : l->items.texts) {
            EXPECT_GE(t.baseline.x, l->box.min.x) << t.utf8;
            EXPECT_LE(t.baseline.y, l->box.max.y) << t.utf8;
        }
    }
}

TEST(AudienceCard, TheSectorChartOfTheMetricOnTheMapComesFirstWithItsBarsOnOneScale) {
    Fixture f("ic_design_scale_cny_100m", 2023);
    const CityCardModel card = buildCityCard(*f.ds, cityIndex(*f.ds, "shanghai"));
    const auto chart = std::find_if(
        card.sectorCharts.begin(), card.sectorCharts.end(), [](const SectorChartModel& c) {
            return c.id.rfind("cited_ic_design_scale_cny_100m_", 0) == 0;
        });
    ASSERT_NE(chart, card.sectorCharts.end());
    AudienceInput in = f.input();
    in.card.city = &card;
    const auto l = layOutAudienceCard(in, {});
    ASSERT_TRUE(l);
    EXPECT_TRUE(shows(*l, chart->title)) << cardText(*l);
    // Before every metric's figures: the chart is what the frame speaks of.
    const std::string all = joined(*l);
    for (const CardMetric& m : card.metrics) {
        const std::size_t heading = all.find(spaceless(labelWithUnit(m.label, m.unit)));
        if (heading != std::string::npos)
            EXPECT_LT(all.find(spaceless(chart->title.substr(0, 20))), heading) << m.id;
    }
    for (const ChartBar& b : chart->bars) {
        EXPECT_TRUE(shows(*l, b.valueText)) << b.key;
        for (const CardSource& s : b.sources) {
            EXPECT_TRUE(shows(*l, cardSourceLine(s, UiLanguage::En))) << s.id;
            EXPECT_NE(std::find(l->sources.begin(), l->sources.end(), s.id), l->sources.end());
        }
    }
    // The bars (the plate and the title bar are the first two polygons): their lengths are the
    // values' ratios from a zero baseline, as barGeometry draws them in the window.
    std::vector<double> lengths;
    for (std::size_t i = 2; i < l->items.polygons.size(); ++i) {
        const auto& ring = l->items.polygons[i].rings.front();
        lengths.push_back(ring[1].x - ring[0].x);
    }
    ASSERT_GE(lengths.size(), chart->bars.size());
    const double full = chartScaleMax(*chart);
    for (std::size_t i = 0; i < chart->bars.size(); ++i)
        EXPECT_NEAR(lengths[i] / lengths[0], chart->bars[i].value / chart->bars[0].value, 0.01)
            << chart->bars[i].key;
    EXPECT_DOUBLE_EQ(chart->bars[0].value, full);
}

TEST(AudienceCard, TheNationalCardSaysWhatTheNationalPanelSays) {
    Fixture f("ai_industry_scale_cny", 2020);
    AudienceInput in = f.input();
    in.card.national = true;
    const auto l = layOutAudienceCard(in, {});
    ASSERT_TRUE(l);
    const NationalSummary& n = f.ds->national;
    ASSERT_FALSE(n.figures.empty());
    EXPECT_TRUE(shows(*l, tr(Tx::NationalFigures, UiLanguage::En)));
    EXPECT_TRUE(shows(*l, n.title));
    for (const NationalFigure& fig : n.figures) {
        EXPECT_TRUE(shows(*l, nationalFigureLine(fig, UiLanguage::En))) << cardText(*l);
        for (const std::string& id : fig.sources)
            EXPECT_NE(std::find(l->sources.begin(), l->sources.end(), id), l->sources.end());
    }
}

TEST(AudienceCard, TheFrameDrawsTheCardAndItsSourceLineNamesTheCardsSources) {
    Fixture f("ai_industry_scale_cny", 2020);
    AudienceInput in = f.input();
    const DisplayList without = buildAudienceFrame(in);
    EXPECT_TRUE(without[DisplayLayer::Cards].empty());
    in.card.national = true;
    const DisplayList with = buildAudienceFrame(in);
    EXPECT_FALSE(with[DisplayLayer::Cards].empty());
    for (const NationalFigure& fig : f.ds->national.figures)
        for (const std::string& id : fig.sources)
            EXPECT_NE(std::find(with.sources.begin(), with.sources.end(), id), with.sources.end())
                << id;
    // Labels keep clear of the card: its box is one of the overlay's boxes.
    const auto l = layOutAudienceCard(in, {});
    ASSERT_TRUE(l);
    const auto boxes = audienceOverlayBoxes(in);
    EXPECT_NE(std::find_if(boxes.begin(), boxes.end(),
                           [&](const Box& b) {
                               return b.min.x == l->box.min.x && b.min.y == l->box.min.y &&
                                      b.max.x == l->box.max.x;
                           }),
              boxes.end());
}

TEST(AudienceCard, TimelineRingsAndChangeBadgesAreDrawnWhereTheViewerPutThem) {
    Fixture f("ai_enterprises_count", 2020);
    AudienceInput in = f.input();
    in.previousRings.push_back({{500, 400}, 30});
    in.changeBadges.push_back({{{450, 440}, {580, 466}}, "+216% since 2018"});
    const DisplayList dl = buildAudienceFrame(in);
    const auto& circles = dl[DisplayLayer::Markers].circles;
    const auto ring = std::find_if(circles.begin(), circles.end(), [](const DisplayCircle& c) {
        return c.item.empty() && c.centre.x == 500 && c.centre.y == 400;
    });
    ASSERT_NE(ring, circles.end());
    // TimelineMarks' ring: 1.5 px (times the UI scale) outside the previous figure's radius.
    EXPECT_NEAR(ring->radiusPx - ring->strokePx, 30, 1e-9);
    EXPECT_EQ(ring->fill.a, 0);
    const DisplayGroup& badges = dl[DisplayLayer::Changes];
    ASSERT_EQ(badges.texts.size(), 1u);
    EXPECT_EQ(badges.texts[0].utf8, "+216% since 2018");
    EXPECT_DOUBLE_EQ(badges.texts[0].baseline.x, 515);
    ASSERT_FALSE(badges.polygons.empty());
    EXPECT_EQ(badges.polygons[0].rings[0][0].x, 450);
    EXPECT_STREQ(layerClass(DisplayLayer::Changes), "change-badge");
    EXPECT_STREQ(layerClass(DisplayLayer::Cards), "card");
}

TEST(AudienceCard, TheClusterCardShowsTheSumItsLargestMembersAndEverySourceOfTheSum) {
    auto r = loadDatasetFile(AIMAP_FIXTURES "/csv/enterprises-ok.csv", &test::bundledGazetteer());
    ASSERT_TRUE(r.dataset);
    const std::shared_ptr<const Dataset> ds(std::move(r.dataset));
    const std::size_t metric = *ds->metricIndex("enterprise_weight");
    const auto layer = buildClusterLayer(ds, metric, 2020);
    ASSERT_TRUE(layer);
    std::optional<ClusterItem> item;
    for (const auto& it : layer->index.getClusters(0, 0, 1, 1, 3))
        if (it.isCluster && it.weight >= 1000)
            item = it;
    ASSERT_TRUE(item);
    const ClusterCardModel card = buildClusterCard(*layer, item->id);
    ViewState view;
    view.metric = metric;
    view.year = 2020;
    const MetricSummary summary = summariseMetric(*ds, metric);
    Camera camera;
    camera.setViewport({1920, 1080});
    AudienceInput in = test::audienceInput(*ds, view, summary, camera, "");
    in.card.cluster = &card;
    in.card.leftPx = 1920 - 12 * in.unit - 500 * in.unit;
    const auto l = layOutAudienceCard(in, {});
    ASSERT_TRUE(l);
    EXPECT_TRUE(shows(*l, tr(Tx::ClusterTitle, UiLanguage::En, {card.title}))) << cardText(*l);
    EXPECT_TRUE(shows(*l, tr(Tx::MetricYearValue, UiLanguage::En,
                             {card.metricLabel, std::to_string(card.year), card.sumText})))
        << cardText(*l);
    ASSERT_FALSE(card.topMembers.empty());
    for (const auto& m : card.topMembers) {
        EXPECT_TRUE(shows(*l, m.name)) << m.name;
        EXPECT_TRUE(shows(*l, m.valueText)) << m.name;
    }
    ASSERT_FALSE(card.sourceIds.empty());
    for (const std::string& id : card.sourceIds) {
        EXPECT_TRUE(shows(*l, memberSourceLine(*ds, id, UiLanguage::En))) << id;
        EXPECT_NE(std::find(l->sources.begin(), l->sources.end(), id), l->sources.end()) << id;
    }
}

TEST(AudienceCard, TheRankingShownAsBadgesFollowsTheMetricOnTheMap) {
    // Scene 4, step 1 of the example talk: "Inspur, based in Jinan, has ranked first": the card
    // shows the ranking's figure right after the metric's, before the rest of Jinan's card.
    Fixture f("high_tech_zone_ai_related_industry_cny_100m", 2022);
    std::size_t rank = 0;
    for (std::size_t m = 0; m < f.ds->metrics.size(); ++m)
        if (f.ds->metrics[m].id == "inspur_ai_server_domestic_share_rank")
            rank = m;
    ASSERT_GT(rank, 0u);
    f.view.ranks = RankLayerChoice{rank, 2021, 1};
    const CityCardModel card = buildCityCard(*f.ds, cityIndex(*f.ds, "jinan"));
    AudienceInput in = f.input();
    in.card.city = &card;
    const auto l = layOutAudienceCard(in, {});
    ASSERT_TRUE(l);
    const auto heading = [&](const std::string& id) {
        for (const CardMetric& m : card.metrics)
            if (m.id == id)
                return joined(*l).find(spaceless(labelWithUnit(m.label, m.unit)));
        return std::string::npos;
    };
    const std::size_t shown = heading("high_tech_zone_ai_related_industry_cny_100m");
    const std::size_t ranked = heading("inspur_ai_server_domestic_share_rank");
    ASSERT_NE(shown, std::string::npos) << cardText(*l);
    ASSERT_NE(ranked, std::string::npos) << cardText(*l);
    EXPECT_LT(shown, ranked);
    for (const CardMetric& m : card.metrics) {
        const std::size_t other = heading(m.id);
        if (m.id != "high_tech_zone_ai_related_industry_cny_100m" &&
            m.id != "inspur_ai_server_domestic_share_rank" && other != std::string::npos)
            EXPECT_GT(other, ranked) << m.id;
    }
}
