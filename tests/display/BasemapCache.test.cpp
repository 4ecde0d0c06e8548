// The basemap cache in window mode (allowStale), drawn into an offscreen target: needs an X
// display for the GL context, like the other display tests.
#include "core/Theme.hpp"
#include "core/camera/Camera.hpp"
#include "core/data/BasemapLoader.hpp"
#include "core/geo/Projection.hpp"
#include "core/view/InsetLayout.hpp"
#include "core/view/Palette.hpp"
#include "render/BasemapRenderer.hpp"
#include "render/InsetRenderer.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace aimap;

namespace {

struct Scene {
    Basemap basemap;
    Camera camera;
    Scene(unsigned w, unsigned h) {
        Diagnostics diags;
        const std::string base = std::string(AIMAP_ROOT) + "/data/basemap/";
        basemap.countries = *loadBasemapLayer(base + "countries.json", diags);
        basemap.provinces = *loadBasemapLayer(base + "provinces.json", diags);
        basemap.prefectures = *loadBasemapLayer(base + "prefectures.json", diags);
        basemap.outline = *loadBasemapLayer(base + "china-outline.json", diags);
        camera.setViewport({static_cast<double>(w), static_cast<double>(h)});
        camera.fit(basemap.provinces.bounds, 24.0);
        targetMade = target.create(w, h);
        renderer.build(basemap);
    }
    sf::RenderTexture target; ///< the window's stand-in
    bool targetMade = false;
    BasemapRenderer renderer; ///< built from `basemap`
};

void rest(int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); }

} // namespace

// Regression: the one-time 4x redraw (about 250 ms of both cores on a software renderer) landed
// in the frame that showed freshly built clusters. While a worker is busy there is none, and
// after it it waits for the view to rest again; then the image is the multisampled one.
TEST(BasemapCache, MultisampledRedrawWaitsForTheWorkerAndThenForARest) {
    const unsigned w = 960, h = 600;
    Scene scene(w, h);
    ASSERT_TRUE(scene.targetMade);
    sf::RenderTexture& target = scene.target;
    BasemapRenderer& r = scene.renderer;

    r.holdUpgrade(true);
    r.draw(target, scene.camera, theme(), true); // the first frame: straight to the target
    EXPECT_EQ(r.cacheRedraws(), 0u);
    r.draw(target, scene.camera, theme(), true); // then the quick image
    EXPECT_EQ(r.cacheRedraws(), 1u);
    EXPECT_EQ(r.cacheSamples(), 0u);
    rest(400);
    r.draw(target, scene.camera, theme(), true); // rested, but the worker is busy: no redraw
    EXPECT_EQ(r.cacheRedraws(), 1u);
    EXPECT_EQ(r.cacheSamples(), 0u);

    r.holdUpgrade(false); // the work is done: this frame shows it, without the redraw
    r.draw(target, scene.camera, theme(), true);
    EXPECT_EQ(r.cacheRedraws(), 1u);
    rest(400);
    r.draw(target, scene.camera, theme(), true);
    EXPECT_EQ(r.cacheRedraws(), 2u);
    EXPECT_EQ(r.cacheSamples(), 4u);

    // The multisampled image, copied out of its buffer, is what a screenshot draws.
    target.display();
    const sf::Image shown = target.getTexture().copyToImage();
    sf::RenderTexture exact;
    ASSERT_TRUE(exact.create(w, h));
    BasemapRenderer direct;
    direct.build(scene.basemap);
    direct.draw(exact, scene.camera, theme(), false);
    exact.display();
    const sf::Image expected = exact.getTexture().copyToImage();
    std::size_t differing = 0;
    for (unsigned y = 0; y < h; ++y)
        for (unsigned x = 0; x < w; ++x)
            differing += shown.getPixel(x, y) != expected.getPixel(x, y);
    EXPECT_EQ(differing, 0u);
}

namespace {

sf::Color colourOf(Rgba c) {
    return sf::Color(c.r, c.g, c.b, 255);
}

// The pixel of the target at the middle of its left half: Xinjiang at the fitted camera.
sf::Color landPixel(sf::RenderTexture& target) {
    target.display();
    const sf::Image img = target.getTexture().copyToImage();
    return img.getPixel(img.getSize().x * 3 / 8, img.getSize().y / 2);
}

} // namespace

// Issue 14, item 6: a presenter switches to high contrast during a talk. The cached image and
// the fill meshes are made in the old colours: the switch must repaint them (once), quickly
// (not multisampled) in its own frame, multisampled after a rest, and back again.
TEST(BasemapCache, PaletteSwitchRepaintsQuicklyThenMultisampled) {
    const unsigned w = 960, h = 600;
    Scene scene(w, h);
    ASSERT_TRUE(scene.targetMade);
    sf::RenderTexture& target = scene.target;
    BasemapRenderer& r = scene.renderer;
    const Theme normal;
    const Theme high = highContrastTheme();
    r.draw(target, scene.camera, normal, true); // direct
    r.draw(target, scene.camera, normal, true); // quick image
    rest(400);
    r.draw(target, scene.camera, normal, true); // 4x
    ASSERT_EQ(r.cacheSamples(), 4u);
    const std::size_t redraws = r.cacheRedraws();
    EXPECT_EQ(landPixel(target), colourOf(normal.chinaLand));

    r.draw(target, scene.camera, high, true);
    EXPECT_EQ(r.recolours(), 1u);
    EXPECT_EQ(r.cacheRedraws(), redraws + 1);
    EXPECT_EQ(r.cacheSamples(), 0u); // the switch's frame: the quick image
    EXPECT_EQ(landPixel(target), colourOf(high.chinaLand));
    r.draw(target, scene.camera, high, true); // no second repaint before the rest
    EXPECT_EQ(r.cacheRedraws(), redraws + 1);
    rest(400);
    r.draw(target, scene.camera, high, true);
    EXPECT_EQ(r.cacheSamples(), 4u);
    EXPECT_EQ(r.recolours(), 1u);
    EXPECT_EQ(landPixel(target), colourOf(high.chinaLand));

    r.draw(target, scene.camera, normal, true); // and back
    EXPECT_EQ(r.recolours(), 2u);
    EXPECT_EQ(landPixel(target), colourOf(normal.chinaLand));
}

// ...and the South China Sea inset's image, painted once per look: a switch paints it again.
TEST(InsetCache, PaletteSwitchRepaintsTheInset) {
    Diagnostics diags;
    const auto layer =
        loadBasemapLayer(std::string(AIMAP_ROOT) + "/data/basemap/south-china-sea.json", diags);
    ASSERT_TRUE(layer);
    InsetRenderer inset;
    inset.build(*layer);
    sf::RenderTexture target;
    ASSERT_TRUE(target.create(400, 400));
    InsetPlacement placement{{{10, 10}, {210, 310}}, {{10, 10}, {210, 310}}};
    const Box world = insetWorldBox(Projection::china());
    const Theme normal;
    const Theme high = highContrastTheme();
    const auto seaPixel = [&] {
        target.display();
        return target.getTexture().copyToImage().getPixel(190, 30); // open sea, east of Luzon
    };
    inset.draw(target, placement, world, {}, nullptr, 12, 1.0f, normal, false);
    inset.draw(target, placement, world, {}, nullptr, 12, 1.0f, normal, false);
    EXPECT_EQ(inset.repaints(), 1u);
    EXPECT_EQ(seaPixel(), colourOf(normal.sea));
    inset.draw(target, placement, world, {}, nullptr, 12, 1.0f, high, false);
    EXPECT_EQ(inset.repaints(), 2u);
    EXPECT_EQ(seaPixel(), colourOf(high.sea));
}
