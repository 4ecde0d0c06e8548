// Marker batches drawn offscreen: needs an X display for the GL context, like the other display
// tests.
#include "core/Theme.hpp"
#include "render/MarkerBatch.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>

#include <cstdlib>

using namespace aimap;

namespace {

// One cluster marker with a ring of sector shares, drawn on white at `opacity`; the image.
sf::Image drawCluster(bool shader, float opacity) {
    MarkerBatch batch;
    std::string error;
    if (shader) {
        EXPECT_TRUE(batch.loadShader(std::string(AIMAP_ROOT) + "/shaders", error)) << error;
    }
    MarkerStyle style;
    style.cluster = true;
    style.ring = true;
    style.shares = {0.5f, 0.5f};
    batch.build({{{100, 100}, 60, 0}}, {style}, theme(), 1.0f, opacity);
    sf::RenderTexture target;
    EXPECT_TRUE(target.create(200, 200));
    target.clear(sf::Color::White);
    batch.draw(target);
    target.display();
    return target.getTexture().copyToImage();
}

int darkness(sf::Color c) { return 3 * 255 - c.r - c.g - c.b; }

} // namespace

// A cluster giving way to its members fades (the batch's opacity), the disc and its ring alike,
// with the shader and with the plain polygons drawn without one.
TEST(MarkerBatch, OpacityFadesDiscAndRing) {
    for (const bool shader : {true, false}) {
        const sf::Image full = drawCluster(shader, 1.0f), half = drawCluster(shader, 0.5f),
                        none = drawCluster(shader, 0.0f);
        for (const sf::Vector2u at : {sf::Vector2u{100, 100}, sf::Vector2u{100, 38}}) { // disc, ring
            const int f = darkness(full.getPixel(at.x, at.y)), h = darkness(half.getPixel(at.x, at.y));
            EXPECT_GT(f, 60) << "shader " << shader << " at " << at.x << "," << at.y;
            EXPECT_NEAR(h, f / 2, f / 8 + 4) << "shader " << shader << " at " << at.x << "," << at.y;
            EXPECT_EQ(darkness(none.getPixel(at.x, at.y)), 0) << "shader " << shader;
        }
    }
}
