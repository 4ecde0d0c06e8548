#pragma once

#include "core/data/Dataset.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace aimap {

// Figures published for whole provinces (issue 16: the choropleth and the province card), from
// a dataset file's "province_figures" (docs/data-format.md): CINGAI's 2018 regional AI
// competitiveness index scores provinces, the four municipalities among them. Never a city's
// figure, never a circle. Read beside the Dataset (whose loader only accepts the key), so that
// the Dataset type stayed as it was while four features were built at once; folding the list
// into Dataset is one member and one call in buildDataset.

struct ProvinceFigure {
    std::string province;   ///< 6-digit division code of the province ("370000")
    std::size_t metric = 0; ///< index into the dataset's metrics
    int year = 0;
    std::string period; ///< as published
    double value = 0.0;
    std::string qualifier = "="; ///< "=", ">", "<", "~"
    std::string asPublished;
    std::string nameAsPublished; ///< the province as the source names it ("山东")
    std::vector<std::string> sources;
};

using ProvinceFigures = std::vector<ProvinceFigure>;

/// The "province_figures" of a dataset document; each entry's metric must be one of `ds`'s,
/// its province a code "NN0000", its year a whole number, its value a number >= 0, its sources
/// defined. An entry that is not is left out, with a line in `problems` ("/province_figures/3:
/// unknown metric ..."). Never throws.
ProvinceFigures readProvinceFigures(const nlohmann::json& doc, const Dataset& ds,
                                    std::vector<std::string>& problems);

/// The same from the dataset file at `path` (a JSON file of at most 8 MB; anything else has
/// none).
ProvinceFigures loadProvinceFigures(const std::string& path, const Dataset& ds,
                                    std::vector<std::string>& problems);

} // namespace aimap
