#pragma once

#include "core/data/Dataset.hpp"
#include "core/i18n/UiText.hpp"
#include "core/talk/Talk.hpp"
#include "core/talk/TalkCursor.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// What the presenter view shows (issue 15), as text: where the talk is, the frame on the
/// audience's screen and the one the next click shows, the scene's notes, the time.
struct PresenterModel {
    std::string talkTitle;
    std::string position; ///< "Scene 3 of 4, click 2 of 3"
    std::string nowHeading, nowTitle, nowCaption;
    std::string nextHeading; ///< "Next (3.2)", or "End of the talk" after the last frame
    std::string nextTitle, nextCaption;
    std::string notesHeading, notes; ///< notes: the scene's, or "(no notes for this scene)"
    bool hasNotes = false;
    std::string time;                 ///< "Elapsed 12:05   Clock 14:32"
    TalkPosition now;                 ///< the frame on the audience's screen
    std::optional<TalkPosition> next; ///< the frame the next click shows; none at the end

    bool operator==(const PresenterModel& o) const {
        return talkTitle == o.talkTitle && position == o.position && nowTitle == o.nowTitle &&
               nowCaption == o.nowCaption && nextHeading == o.nextHeading &&
               nextTitle == o.nextTitle && nextCaption == o.nextCaption && notes == o.notes &&
               time == o.time && nowHeading == o.nowHeading && notesHeading == o.notesHeading &&
               now == o.now && next == o.next;
    }
    bool operator!=(const PresenterModel& o) const { return !(*this == o); }
};

/// The order in which the presenter view's pictures of the talk's frames are made: `now`, then
/// the next frame, then every other frame in talk order from there on, wrapping to the first
/// (the ones the presenter reaches soonest first). Each frame once.
std::vector<TalkPosition> thumbnailOrder(const Talk& talk, TalkPosition now);

/// "12:05" (minutes:seconds), "1:02:03" past an hour; negative or not finite: "0:00".
std::string formatElapsed(double seconds);

/// The model at `at` of `talk` (captions in `lang`, the Chinese one when the frame has it),
/// `elapsedSeconds` since the talk started, the clock at `clockMinutes` past midnight.
PresenterModel presenterModel(const Talk& talk, const Dataset& ds, TalkPosition at,
                              double elapsedSeconds, int clockMinutes, UiLanguage lang);

} // namespace aimap
