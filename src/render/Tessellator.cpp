#include "render/Tessellator.hpp"

#include <GL/glu.h>

#include <array>
#include <cmath>
#include <deque>

namespace aimap {
namespace {

struct TessState {
    std::deque<std::array<GLdouble, 3>> vertices; // stable addresses for GLU
    std::vector<Vec2> triangles;
    bool failed = false;
};

#ifndef CALLBACK
#define CALLBACK
#endif

void CALLBACK onBegin(GLenum, void*) {}
void CALLBACK onEnd(void*) {}
// Registering an edge-flag callback makes GLU emit only GL_TRIANGLES (no fans or strips).
void CALLBACK onEdgeFlag(GLboolean, void*) {}
void CALLBACK onVertex(void* vertex, void* data) {
    auto* s = static_cast<TessState*>(data);
    const auto* v = static_cast<const GLdouble*>(vertex);
    s->triangles.push_back({v[0], v[1]});
}
void CALLBACK onCombine(GLdouble coords[3], void* [4], GLfloat[4], void** out, void* data) {
    auto* s = static_cast<TessState*>(data);
    s->vertices.push_back({coords[0], coords[1], coords[2]});
    *out = s->vertices.back().data();
}
void CALLBACK onError(GLenum, void* data) {
    static_cast<TessState*>(data)->failed = true;
}

using Callback = void(CALLBACK*)();

} // namespace

std::vector<Vec2> tessellate(const Polygon& polygon) {
    TessState state;
    GLUtesselator* tess = gluNewTess();
    if (!tess)
        return {};
    gluTessCallback(tess, GLU_TESS_BEGIN_DATA, reinterpret_cast<Callback>(&onBegin));
    gluTessCallback(tess, GLU_TESS_END_DATA, reinterpret_cast<Callback>(&onEnd));
    gluTessCallback(tess, GLU_TESS_EDGE_FLAG_DATA, reinterpret_cast<Callback>(&onEdgeFlag));
    gluTessCallback(tess, GLU_TESS_VERTEX_DATA, reinterpret_cast<Callback>(&onVertex));
    gluTessCallback(tess, GLU_TESS_COMBINE_DATA, reinterpret_cast<Callback>(&onCombine));
    gluTessCallback(tess, GLU_TESS_ERROR_DATA, reinterpret_cast<Callback>(&onError));
    gluTessProperty(tess, GLU_TESS_WINDING_RULE, GLU_TESS_WINDING_ODD);
    gluTessNormal(tess, 0, 0, 1);

    // GLU keeps pointers to vertex data until gluTessEndPolygon: store them all first.
    for (const Ring& ring : polygon)
        for (const Vec2& p : ring)
            state.vertices.push_back({p.x, p.y, 0.0});

    gluTessBeginPolygon(tess, &state);
    std::size_t k = 0;
    for (const Ring& ring : polygon) {
        gluTessBeginContour(tess);
        for (std::size_t i = 0; i < ring.size(); ++i, ++k)
            gluTessVertex(tess, state.vertices[k].data(), state.vertices[k].data());
        gluTessEndContour(tess);
    }
    gluTessEndPolygon(tess);
    gluDeleteTess(tess);
    if (state.failed || state.triangles.size() % 3 != 0)
        return {};
    return std::move(state.triangles);
}

double trianglesArea(const std::vector<Vec2>& t) {
    double sum = 0;
    for (std::size_t i = 0; i + 2 < t.size(); i += 3)
        sum += std::fabs((t[i + 1].x - t[i].x) * (t[i + 2].y - t[i].y) -
                         (t[i + 2].x - t[i].x) * (t[i + 1].y - t[i].y)) /
               2;
    return sum;
}

double ringArea(const Ring& ring) {
    double s = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        s += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
    return s / 2;
}

double polygonArea(const Polygon& polygon) {
    double a = 0;
    for (std::size_t i = 0; i < polygon.size(); ++i)
        a += (i == 0 ? 1 : -1) * std::fabs(ringArea(polygon[i]));
    return a;
}

} // namespace aimap
