#pragma once

#include "app/modes/Modes.hpp"
#include "core/view/ViewState.hpp"

#include <SFML/System/Vector2.hpp>

namespace aimap {

/// What a window run remembers for the next one (Settings): at start it says what it took from
/// them, at close it keeps what the user changed. Screenshots and exports never come here.
class WindowMemory {
public:
    explicit WindowMemory(ModeContext& ctx);
    /// Once the data is shown: the settings file's problems go to the banner, and a data file
    /// shown because it was shown last is named in a toast (with the way back to the bundled
    /// data). A talk presented is remembered for `--talk last`.
    void started();
    /// When the window closes: its size (unless --size chose it, full screen or a talk's
    /// audience window) and the language if it was changed in the panel.
    void closing(sf::Vector2u windowSize, bool sizeIsTheUsers);

private:
    ModeContext& m_ctx;
    LabelMode m_startLabels = LabelMode::Both;
};

} // namespace aimap
