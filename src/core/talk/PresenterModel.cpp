#include "core/talk/PresenterModel.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace aimap {

std::string formatElapsed(double seconds) {
    const long s = std::isfinite(seconds) && seconds > 0 ? static_cast<long>(seconds) : 0;
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

namespace {

std::string sceneTitle(const Talk& talk, std::size_t scene, UiLanguage lang) {
    const std::string& t = talk.scenes[scene].title;
    return t.empty() ? tr(Tx::PresenterUntitled, lang, {std::to_string(scene + 1)}) : t;
}

std::string captionOf(const TalkFrame& f, UiLanguage lang) {
    return lang == UiLanguage::Zh && !f.captionZh.empty() ? f.captionZh : f.caption;
}

} // namespace

std::vector<TalkPosition> thumbnailOrder(const Talk& talk, TalkPosition now) {
    std::vector<TalkPosition> all; // every frame, in talk order
    for (std::size_t s = 0; s < talk.scenes.size(); ++s)
        for (std::size_t k = 0; k < frameCount(talk.scenes[s]); ++k)
            all.push_back({s, k});
    if (all.empty())
        return all;
    const TalkPosition at = TalkCursor(talk, now).position();
    const auto start = std::find(all.begin(), all.end(), at);
    std::rotate(all.begin(), start == all.end() ? all.begin() : start, all.end());
    return all;
}

PresenterModel presenterModel(const Talk& talk, const Dataset& ds, TalkPosition at,
                              double elapsedSeconds, int clockMinutes, UiLanguage lang) {
    PresenterModel m;
    m.talkTitle = talk.title;
    m.nowHeading = tr(Tx::PresenterNow, lang);
    m.notesHeading = tr(Tx::PresenterNotes, lang);
    const int clock = ((clockMinutes % 1440) + 1440) % 1440;
    char hhmm[8];
    std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", clock / 60, clock % 60);
    m.time = tr(Tx::PresenterElapsed, lang, {formatElapsed(elapsedSeconds), hhmm});
    if (talk.scenes.empty())
        return m;
    TalkCursor cursor(talk, at);
    at = cursor.position();
    m.now = at;
    const TalkScene& scene = talk.scenes[at.scene];
    const std::size_t frames = frameCount(scene);
    m.position = frames > 1
                     ? tr(Tx::PresenterPosition, lang,
                          {std::to_string(at.scene + 1), std::to_string(talk.scenes.size()),
                           std::to_string(at.step + 1), std::to_string(frames)})
                     : tr(Tx::PresenterPositionOne, lang,
                          {std::to_string(at.scene + 1), std::to_string(talk.scenes.size())});
    m.nowTitle = sceneTitle(talk, at.scene, lang);
    m.nowCaption = captionOf(frameAt(ds, scene, at.step), lang);
    m.hasNotes = !scene.notes.empty();
    m.notes = m.hasNotes ? scene.notes : tr(Tx::PresenterNoNotes, lang);
    if (!cursor.next()) {
        m.nextHeading = tr(Tx::PresenterEnd, lang);
        return m;
    }
    const TalkPosition n = cursor.position();
    m.next = n;
    const std::string where =
        std::to_string(n.scene + 1) + (n.step ? "." + std::to_string(n.step) : std::string());
    m.nextHeading = tr(Tx::PresenterNext, lang, {where});
    m.nextTitle = sceneTitle(talk, n.scene, lang);
    m.nextCaption = captionOf(frameAt(ds, talk.scenes[n.scene], n.step), lang);
    return m;
}

} // namespace aimap
