#include "core/talk/TalkResume.hpp"

#include "core/data/JsonFile.hpp"
#include "core/data/Limits.hpp"
#include "core/data/TextDecoding.hpp"
#include "core/io/AtomicFile.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace aimap {

namespace fs = std::filesystem;

std::string absoluteTalkPath(const std::string& path) {
    std::error_code ec;
    const fs::path p = fs::absolute(path, ec);
    return ec ? path : p.lexically_normal().string();
}

std::string talkResumePath(const std::string& settingsPath) {
    if (settingsPath.empty())
        return {};
    return (fs::path(settingsPath).parent_path() / "talk-resume.json").string();
}

bool saveTalkResume(const std::string& path, const TalkResume& record, std::string& error) {
    const std::string talk = absoluteTalkPath(record.talk);
    if (firstInvalidUtf8(talk) != std::string::npos) {
        error = "the talk's path is not UTF-8 text: its place is not remembered";
        return false;
    }
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    removeStrayTemporaries(path);
    const nlohmann::ordered_json j = {
        {"talk", talk}, {"scene", record.scene + 1}, {"step", record.step}};
    return writeFileAtomically(path, j.dump(1) + "\n", error);
}

std::optional<TalkResume> loadTalkResume(const std::string& path) {
    Limits limits;
    limits.maxFileBytes = 64 * 1024;
    limits.maxJsonDepth = 4;
    Diagnostics quiet; // a broken record is no record: nothing to report
    const auto j = readJsonFile(path, limits, quiet);
    if (!j || !j->is_object())
        return std::nullopt;
    const auto talk = j->find("talk");
    const auto scene = j->find("scene");
    const auto step = j->find("step");
    if (talk == j->end() || !talk->is_string() || talk->get_ref<const std::string&>().empty() ||
        scene == j->end() || !scene->is_number_unsigned() || scene->get<unsigned long long>() < 1 ||
        scene->get<unsigned long long>() > 1000000 ||
        (step != j->end() &&
         (!step->is_number_unsigned() || step->get<unsigned long long>() > 1000000)))
        return std::nullopt;
    TalkResume r;
    r.talk = talk->get<std::string>();
    r.scene = static_cast<std::size_t>(scene->get<unsigned long long>() - 1);
    r.step = step == j->end() ? 0 : static_cast<std::size_t>(step->get<unsigned long long>());
    return r;
}

std::optional<TalkResume> resumePoint(const std::optional<TalkResume>& saved,
                                      const std::string& talkPath, std::size_t sceneCount) {
    if (!saved || sceneCount == 0 || saved->talk != absoluteTalkPath(talkPath))
        return std::nullopt;
    TalkResume r = *saved;
    r.talk = absoluteTalkPath(talkPath);
    if (r.scene >= sceneCount) {
        r.scene = sceneCount - 1;
        r.step = 0;
    }
    if (r.scene == 0 && r.step == 0)
        return std::nullopt; // the start is where the talk opens anyway
    return r;
}

} // namespace aimap
