#pragma once

// Every text ImGui draws, captured where all of it passes: ImDrawList::AddText (labels, buttons,
// headers, window titles, tooltips, and what panels draw straight into a draw list: legend
// values, chart labels). The test executable is linked with `--wrap` for both AddText overloads
// (tests/CMakeLists.txt), which puts TextCapture.cpp's wrappers between the callers and ImGui.

#include <string>

namespace aimap::test {

/// While one exists, every text drawn is appended to text(), one line per AddText call.
class TextCapture {
public:
    TextCapture();
    ~TextCapture();
    TextCapture(const TextCapture&) = delete;
    TextCapture& operator=(const TextCapture&) = delete;

    const std::string& text() const { return m_text; }

private:
    std::string m_text;
};

} // namespace aimap::test
