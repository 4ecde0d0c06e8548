#pragma once

#include <string>

namespace aimap {

/// Path of an installed font that covers Simplified Chinese (asks fontconfig for
/// "sans-serif:lang=zh-cn" and checks the match really covers 中文), or empty when none is
/// installed. The README's install step brings fonts-wqy-microhei.
std::string findCjkFont();

} // namespace aimap
