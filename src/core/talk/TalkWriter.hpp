#pragma once

#include "core/data/Dataset.hpp"
#include "core/talk/Talk.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace aimap {

/// A talk as a talk file's JSON (docs/talks.md): indexes written as the dataset's ids (cities,
/// metrics, programmes, rankings), provinces by English name where `provinces` knows the code.
/// Every scene's view is written in full (metric and year always), so that the talk shows the
/// same thing on data whose default view differs. loadTalk() of the result gives `talk` back.
nlohmann::ordered_json talkToJson(const Talk& talk, const Dataset& ds,
                                  const std::vector<ProvinceName>* provinces = nullptr);

/// talkToJson() as text: two-space indents, a final newline; never throws (text that is not
/// UTF-8 is written with U+FFFD in its place).
std::string talkText(const Talk& talk, const Dataset& ds,
                     const std::vector<ProvinceName>* provinces = nullptr);

/// Saves a talk through the project's one atomic write (io/AtomicFile.hpp): a reader, or a
/// crash, sees the old file or the new one. False with `error` set on failure.
bool saveTalk(const std::string& path, const Talk& talk, const Dataset& ds,
              const std::vector<ProvinceName>* provinces, std::string& error);

} // namespace aimap
