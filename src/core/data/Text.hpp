#pragma once

#include <string>

namespace aimap {

/// ASCII letters to lower case; other bytes (UTF-8) unchanged.
std::string asciiLower(std::string s);

/// A Latin-script name folded for matching what people type: lower case, without spaces,
/// hyphens, dots and straight or curly apostrophes ("Xi’an" = "Xi'an" = "xian" = "XI AN").
std::string foldLatinName(const std::string& s);

} // namespace aimap
