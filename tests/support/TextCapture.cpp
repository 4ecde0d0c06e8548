#include "support/TextCapture.hpp"

#include <imgui.h>

#include <cstring>

namespace aimap::test {
namespace {
std::string* g_sink = nullptr; // the TextCapture alive, if any (tests run on one thread)

void capture(const char* begin, const char* end) {
    if (!g_sink || !begin)
        return;
    g_sink->append(begin, end ? end : begin + std::strlen(begin)).append("\n");
}
} // namespace

TextCapture::TextCapture() {
    g_sink = &m_text;
}

TextCapture::~TextCapture() {
    g_sink = nullptr;
}

} // namespace aimap::test

// The wrappers the linker puts in place of ImDrawList::AddText (--wrap): capture, then draw.
extern "C" {
void __real__ZN10ImDrawList7AddTextEPK6ImFontfRK6ImVec2jPKcS7_fPK6ImVec4(ImDrawList*, const ImFont*,
                                                                         float, const ImVec2&,
                                                                         ImU32, const char*,
                                                                         const char*, float,
                                                                         const ImVec4*);
void __real__ZN10ImDrawList7AddTextERK6ImVec2jPKcS4_(ImDrawList*, const ImVec2&, ImU32, const char*,
                                                     const char*);

void __wrap__ZN10ImDrawList7AddTextEPK6ImFontfRK6ImVec2jPKcS7_fPK6ImVec4(
    ImDrawList* self, const ImFont* font, float size, const ImVec2& pos, ImU32 col,
    const char* begin, const char* end, float wrapWidth, const ImVec4* clip) {
    aimap::test::capture(begin, end);
    __real__ZN10ImDrawList7AddTextEPK6ImFontfRK6ImVec2jPKcS7_fPK6ImVec4(
        self, font, size, pos, col, begin, end, wrapWidth, clip);
}

void __wrap__ZN10ImDrawList7AddTextERK6ImVec2jPKcS4_(ImDrawList* self, const ImVec2& pos, ImU32 col,
                                                     const char* begin, const char* end) {
    aimap::test::capture(begin, end);
    __real__ZN10ImDrawList7AddTextERK6ImVec2jPKcS4_(self, pos, col, begin, end);
}
}
