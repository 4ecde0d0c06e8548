// The audience view as a display list: what the builder puts where, from the values it is given.
#include "core/display/AudienceFrame.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/display/AudienceSources.hpp"
#include "core/view/MetricSummary.hpp"
#include "support/AudienceFixture.hpp"

#include <gtest/gtest.h>

#include <memory>

using namespace aimap;

namespace {

struct Fixture {
    std::shared_ptr<const Dataset> ds;
    ViewState view;
    MetricSummary summary;
    Camera camera;
    std::size_t jinan = 0;

    explicit Fixture(Vec2 size = {1920, 1080}) {
        auto r = loadDataset(std::string(AIMAP_ROOT) + "/data/ai-cities.json");
        EXPECT_TRUE(r.dataset) << r.diagnostics.format();
        ds = r.dataset;
        for (std::size_t m = 0; m < ds->metrics.size(); ++m)
            if (ds->metrics[m].id == "ai_industry_scale_cny")
                view.metric = m;
        view.year = 2020;
        for (std::size_t c = 0; c < ds->cities.size(); ++c)
            if (ds->cities[c].id == "jinan")
                jinan = c;
        summary = summariseMetric(*ds, view.metric);
        camera.setViewport(size);
        camera.fit({{-2.6e6, -2.2e6}, {2.6e6, 2.2e6}}, 24);
    }

    AudienceInput input() const {
        return test::audienceInput(*ds, view, summary, camera, "Jinan & Shanghai <2020>");
    }
};

bool inside(const Box& inner, Vec2 size) {
    return inner.min.x >= 0 && inner.min.y >= 0 && inner.max.x <= size.x && inner.max.y <= size.y;
}

} // namespace

TEST(AudienceFrame, OneCircleWithItsItemPerMarkerAtTheGivenPlace) {
    const Fixture f;
    AudienceInput in = f.input();
    in.markers = {{{100.5, 200.25}, 30, false, false, false, "city:shanghai"},
                  {{400, 300}, 3.6, true, false, false, "city:harbin"},
                  {{800, 500}, 12, false, true, false, "city:jinan"},
                  {{900, 600}, 40, false, false, true, "cluster:beijing+2"}};
    const DisplayList dl = buildAudienceFrame(in);
    const auto markers = dl.markers();
    ASSERT_EQ(markers.size(), 4u);
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(markers[i]->item, in.markers[i].item);
        EXPECT_EQ(markers[i]->centre.x, in.markers[i].centre.x);
        EXPECT_EQ(markers[i]->centre.y, in.markers[i].centre.y);
        EXPECT_EQ(markers[i]->radiusPx, in.markers[i].radiusPx);
    }
    EXPECT_EQ(markers[1]->fill.a, 0) << "no figure: a hollow ring";
    EXPECT_GT(markers[0]->fill.a, 0);
    EXPECT_NE(markers[3]->fill, markers[0]->fill) << "clusters are neutral";
    // The selection halo and ring are decoration: circles without an item, under the marker.
    EXPECT_EQ(dl[DisplayLayer::Markers].circles.size(), 6u);
}

TEST(AudienceFrame, CaptionLegendAndSourceLineSitInsideTheImageApartFromEachOther) {
    const Fixture f;
    AudienceInput in = f.input();
    const DisplayList dl = buildAudienceFrame(in);
    const std::vector<Box> boxes = audienceOverlayBoxes(in);
    ASSERT_EQ(boxes.size(), 3u); // caption, legend, sources
    for (const Box& b : boxes)
        EXPECT_TRUE(inside(b, in.sizePx));
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            EXPECT_TRUE(boxes[i].max.x <= boxes[j].min.x || boxes[j].max.x <= boxes[i].min.x ||
                        boxes[i].max.y <= boxes[j].min.y || boxes[j].max.y <= boxes[i].min.y);
    EXPECT_LT(boxes[0].max.y, in.sizePx.y / 2) << "the caption is at the top left";
    EXPECT_GT(boxes[1].min.y, in.sizePx.y / 2) << "the legend at the bottom left";
    ASSERT_FALSE(dl[DisplayLayer::Caption].texts.empty());
    EXPECT_EQ(dl[DisplayLayer::Caption].texts[0].utf8, in.caption);
    // The legend's circles are the map's scale: one of them has the radius of its value.
    const auto& legend = dl[DisplayLayer::Legend];
    ASSERT_GE(legend.circles.size(), 2u);
    EXPECT_LE(legend.circles[0].radiusPx, 64 * in.unit + 1e-9);
}

TEST(AudienceFrame, TheLayoutScalesWithTheHeight) {
    const Fixture small({1920, 1080}), large({7680, 4320});
    const auto a = audienceOverlayBoxes(small.input());
    const auto b = audienceOverlayBoxes(large.input());
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        // Text sizes are whole pixels: within a few per cent of four times.
        EXPECT_NEAR(b[i].width(), 4 * a[i].width(), 0.05 * 4 * a[i].width()) << i;
        EXPECT_NEAR(b[i].height(), 4 * a[i].height(), 0.05 * 4 * a[i].height()) << i;
    }
}

TEST(AudienceFrame, WatermarkOnlyOnSyntheticOrExampleData) {
    Fixture f;
    EXPECT_TRUE(buildAudienceFrame(f.input())[DisplayLayer::Watermark].empty());
    auto example = std::make_shared<Dataset>(*f.ds);
    example->kind = "example";
    f.ds = example;
    const DisplayList dl = buildAudienceFrame(f.input());
    ASSERT_EQ(dl[DisplayLayer::Watermark].texts.size(), 1u);
    EXPECT_EQ(dl[DisplayLayer::Watermark].texts[0].utf8, "EXAMPLE DATA");
}

TEST(AudienceFrame, TheSourceLineNamesTheSourcesOfTheFiguresInView) {
    Fixture f;
    AudienceInput in = f.input();
    const auto ids = audienceSourceIds(in);
    ASSERT_FALSE(ids.empty());
    // Jinan's 2020 figure is shown: its sources are named.
    const Value* v = f.ds->value(f.jinan, f.view.metric, 2020);
    ASSERT_TRUE(v);
    for (const std::string& id : v->sources)
        EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
    // Zoomed far into the far west, no city with the figure is in the image: no sources.
    f.camera.setCentre(f.camera.screenToWorld({10, 10}));
    f.camera.setScale(f.camera.scale() * 40);
    EXPECT_TRUE(audienceSourceIds(f.input()).empty());
}

TEST(AudienceFrame, ManySourcesAreListedByIdInRanges) {
    EXPECT_EQ(sourceIdLineText({"S03", "S01", "S02", "S05", "P01", "S06", ""}, UiLanguage::En),
              "Sources (ids in the data's source list, About / sources): P01, S01\xE2\x80\x93S03, "
              "S05, S06, unsourced");
}

TEST(AudienceFrame, SourceNamesGiveTheYearOnlyWhenTheDateHasOne) {
    Fixture f;
    auto ds = std::make_shared<Dataset>(*f.ds);
    ds->sources.push_back({"X1", "Title", "Publisher A", "undated", "", "", ""});
    ds->sources.push_back({"X2", "Title", "Publisher B", "2021-04-20", "", "", ""});
    ds->indexIds();
    EXPECT_EQ(sourceLineText(*ds, {"X1", "X2"}, UiLanguage::En),
              "Sources: Publisher A; Publisher B 2021");
}

TEST(AudienceFrame, ThePresentingOverlayKeepsLeftOfADockedCard) {
    const Fixture f;
    AudienceInput in = f.input();
    in.cardLeftPx = 1200;
    // The inset beside the card leaves room for the source line under the map (900), or not
    // (600: it goes to the top): either way it keeps left of the card.
    for (const double insetLeft : {900.0, 600.0}) {
        InsetPlacement inset;
        inset.rect = {{insetLeft, 700}, {1180, 1068}};
        inset.map = {{insetLeft, 700}, {1180, 1020}};
        in.inset = inset;
        const DisplayList dl = buildAudienceOverlay(in);
        EXPECT_TRUE(dl[DisplayLayer::Markers].empty()) << "the overlay only";
        EXPECT_TRUE(dl[DisplayLayer::Basemap].empty());
        ASSERT_FALSE(dl[DisplayLayer::Sources].empty());
        const std::vector<Box> boxes = audienceOverlayBoxes(in);
        ASSERT_EQ(boxes.size(), 3u);
        for (const Box& b : boxes)
            EXPECT_LE(b.max.x, 1200) << insetLeft << ": " << b.min.x << "," << b.min.y;
        EXPECT_EQ(boxes[2].min.y < 540, insetLeft == 600) << "the source line's place";
        for (DisplayLayer l : {DisplayLayer::Legend, DisplayLayer::Caption, DisplayLayer::Sources})
            EXPECT_EQ(dl[l].texts.size(), buildAudienceFrame(in)[l].texts.size());
    }
}
