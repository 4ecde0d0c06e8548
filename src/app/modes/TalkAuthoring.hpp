#pragma once

#include "core/talk/Talk.hpp"
#include "ui/TalkEditorPanel.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

class Viewer;

/// Authoring the talk presented, in the viewer (issue 15): E (while exploring) opens the talk
/// editor; its intents edit the talk (each edit makes a new Talk value that the presentation
/// adopts) and Save writes it through the atomic write.
class TalkAuthoring {
public:
    TalkAuthoring(std::string path, std::vector<ProvinceName> provinces)
        : m_path(std::move(path)), m_provinces(std::move(provinces)) {}

    bool isOpen() const { return m_open; }
    void setOpen(bool open) {
        m_justOpened = open && !m_open;
        m_open = open;
    }
    /// The panel's state for this frame (closed: nothing drawn).
    void feed(Viewer& viewer, const Talk& talk) const;
    /// Applies the panel's intents of the last frame to `talk` (replaced by the edited copy);
    /// true when it changed. `presentAt`: the scene "Present from here" asked for.
    bool apply(const TalkEditorIntents& in, Viewer& viewer, std::shared_ptr<const Talk>& talk,
               std::optional<std::size_t>& presentAt);
    std::size_t selected() const { return m_selected; }
    bool unsaved() const { return m_unsaved; }
    const std::string& status() const { return m_status; }
    /// The editor's buttons as drawn in the last frame (UI dump).
    const std::vector<std::pair<std::string, Box>>& buttons() const { return m_buttons; }

private:
    std::string m_path;
    std::vector<ProvinceName> m_provinces;
    bool m_open = false;
    mutable bool m_justOpened = false;
    std::size_t m_selected = 0;
    bool m_unsaved = false;
    std::string m_status;
    std::vector<std::pair<std::string, Box>> m_buttons;
};

} // namespace aimap
