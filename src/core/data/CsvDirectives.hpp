#pragma once

#include "core/data/Dataset.hpp"
#include "core/data/Diagnostics.hpp"

#include <string>

namespace aimap {

/// A CSV file may start with one line of settings for aimap, which spreadsheets ignore as a
/// comment-like first cell:
///
///     #aimap kind=synthetic title="Synthetic enterprises (seed 42)"
///
/// `kind` is cited, synthetic or example (synthetic and example data are watermarked), `title` is
/// shown in the panel. The line is blanked in `text` (line numbers stay right) and the settings
/// applied to `dataset`.
void applyCsvDirectives(std::string& text, const std::string& name, Dataset& dataset,
                        Diagnostics& diags);

} // namespace aimap
