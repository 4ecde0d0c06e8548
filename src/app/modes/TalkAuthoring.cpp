#include "app/modes/TalkAuthoring.hpp"

#include "app/Viewer.hpp"
#include "core/talk/TalkEditing.hpp"
#include "core/talk/TalkWriter.hpp"

#include <ctime>
#include <utility>

namespace aimap {

void TalkAuthoring::feed(Viewer& viewer, const Talk& talk) const {
    TalkEditorState st;
    if (m_open) {
        st.talk = &talk;
        st.selected = m_selected;
        st.path = m_path;
        st.status = m_status;
        st.unsaved = m_unsaved;
        st.justOpened = std::exchange(m_justOpened, false);
    }
    viewer.setTalkEditor(std::move(st));
}

bool TalkAuthoring::apply(const TalkEditorIntents& in, Viewer& viewer,
                          std::shared_ptr<const Talk>& talk,
                          std::optional<std::size_t>& presentAt) {
    m_buttons = in.buttons;
    if (!m_open)
        return false;
    if (in.close)
        m_open = false;
    if (in.select)
        m_selected = *in.select;
    Talk edited = *talk;
    bool changed = false;
    if (in.addView) {
        m_selected = insertScene(edited, edited.scenes.empty() ? 0 : m_selected,
                                 viewer.sceneNow(edited.scenes.size() + 1));
        changed = true;
    }
    if (in.up || in.down) {
        m_selected = moveScene(edited, m_selected, in.up ? -1 : +1);
        changed = true;
    }
    if (in.remove) {
        m_selected = removeScene(edited, m_selected);
        changed = true;
    }
    if (m_selected < edited.scenes.size()) {
        TalkScene& s = edited.scenes[m_selected];
        for (auto [text, field] :
             {std::pair{&in.title, &s.title}, std::pair{&in.caption, &s.caption},
              std::pair{&in.captionZh, &s.captionZh}, std::pair{&in.notes, &s.notes}})
            if (*text && **text != *field) {
                *field = **text;
                changed = true;
            }
    }
    if (changed) {
        talk = std::make_shared<const Talk>(std::move(edited));
        viewer.setTalk(talk.get());
        m_unsaved = true;
    }
    if (in.save && viewer.shown()) {
        std::string error;
        const UiLanguage lang = viewer.panelLanguage();
        if (saveTalk(m_path, *talk, *viewer.shown(), &m_provinces, error)) {
            const std::time_t now = std::time(nullptr);
            std::tm local{};
            localtime_r(&now, &local);
            char hms[16];
            std::strftime(hms, sizeof hms, "%H:%M:%S", &local);
            m_status = tr(Tx::TalkSaved, lang, {hms});
            m_unsaved = false;
        } else {
            m_status = tr(Tx::TalkSaveFailed, lang, {error});
        }
    }
    if (in.present && m_selected < talk->scenes.size())
        presentAt = m_selected;
    return changed;
}

} // namespace aimap
