#pragma once

#include "core/display/AudienceInput.hpp"

#include <string>
#include <vector>

namespace aimap {

/// The sources of the figures the frame shows: the values of the metric and year of the cities
/// within the image, the ranking shown, the pilot zones shown, the national figures when their
/// card is open. Source ids, in first-seen order; "" stands for an unsourced figure.
std::vector<std::string> audienceSourceIds(const AudienceInput& in);

/// "Sources: Jinan Municipal People's Government 2021; CAICT 2021; ..." (publisher, else title,
/// and the year of the date; each once).
std::string sourceLineText(const Dataset& ds, const std::vector<std::string>& ids, UiLanguage lang);
/// The same by source id, in ranges where the ids run on: "Sources (ids of the data's source
/// list): P01–P29, S01, S05" — for frames whose sources would not fit in two lines by name.
std::string sourceIdLineText(const std::vector<std::string>& ids, UiLanguage lang);

} // namespace aimap
