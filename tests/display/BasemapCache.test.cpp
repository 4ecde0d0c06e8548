// The basemap cache in window mode (allowStale), drawn into an offscreen target: needs an X
// display for the GL context, like the other display tests.
#include "core/Theme.hpp"
#include "core/camera/Camera.hpp"
#include "core/data/BasemapLoader.hpp"
#include "render/BasemapRenderer.hpp"

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
    }
};

void rest(int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); }

} // namespace

// Regression: the one-time 4x redraw (about 250 ms of both cores on a software renderer) landed
// in the frame that showed freshly built clusters. While a worker is busy there is none, and
// after it it waits for the view to rest again; then the image is the multisampled one.
TEST(BasemapCache, MultisampledRedrawWaitsForTheWorkerAndThenForARest) {
    const unsigned w = 960, h = 600;
    sf::RenderTexture target;
    ASSERT_TRUE(target.create(w, h));
    Scene scene(w, h);
    BasemapRenderer r;
    r.build(scene.basemap);

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
