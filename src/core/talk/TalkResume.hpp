#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace aimap {

/// Where a running talk is, remembered so that after a crash or a restart `--talk` can offer to
/// resume there. Saved atomically beside the settings (talk-resume.json), after every click.
struct TalkResume {
    std::string talk;      ///< the talk file, absolute
    std::size_t scene = 0; ///< 0-based (the file writes it 1-based, as the screen shows it)
    std::size_t step = 0;  ///< build steps shown in that scene (0: its first frame)
    bool operator==(const TalkResume& o) const {
        return talk == o.talk && scene == o.scene && step == o.step;
    }
};

/// A talk file's path as the record keeps it: absolute and lexically normal (as given when it
/// cannot be made absolute).
std::string absoluteTalkPath(const std::string& path);

/// talk-resume.json in the folder of `settingsPath` (app/Settings.hpp's Settings::path());
/// empty when `settingsPath` is.
std::string talkResumePath(const std::string& settingsPath);

/// Writes the record through the atomic write (io/AtomicFile.hpp), creating the folder. False
/// with `error` on failure, or for a talk path that is not UTF-8 (JSON cannot hold it).
bool saveTalkResume(const std::string& path, const TalkResume& record, std::string& error);

/// The record saved at `path`; nullopt when there is none or it is unreadable or malformed.
/// Never throws.
std::optional<TalkResume> loadTalkResume(const std::string& path);

/// Where to offer to resume `talkPath` (a talk of `sceneCount` scenes, given as the user gave
/// it): the saved record when it is of this talk and past its first frame, with a scene beyond
/// the talk's end (the talk was shortened) clamped to its last scene, first frame.
std::optional<TalkResume> resumePoint(const std::optional<TalkResume>& saved,
                                      const std::string& talkPath, std::size_t sceneCount);

} // namespace aimap
