#include "app/DistanceCommand.hpp"

#include "app/Root.hpp"
#include "core/data/BasemapLoader.hpp"
#include "core/data/FormatDispatch.hpp"
#include "core/data/PlaceFinder.hpp"
#include "core/geo/Geodesy.hpp"

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace aimap {

namespace {

int usage(std::FILE* to = stderr) {
    std::fprintf(to, "usage: aimap distance [--data FILE] CITY CITY\n"
                     "  CITY: a city id of the data (jinan), or a Chinese or English name or "
                     "6-digit code (济南, Jinan, 370100)\n"
                     "  prints the distance along the WGS84 ellipsoid in km, 3 decimals\n");
    return 2;
}

// Province code -> "Shandong 山东", from the basemap's provinces layer.
std::map<std::string, std::string> provinceNames(const std::string& root) {
    std::map<std::string, std::string> out;
    Diagnostics ignored; // without the layer, candidates name their province by its code
    if (const auto layer = loadBasemapLayer(root + "/data/basemap/provinces.json", ignored))
        for (const BasemapFeature& f : layer->features)
            out[f.code] = f.nameEn + (f.nameEn.empty() || f.nameZh.empty() ? "" : " ") + f.nameZh;
    return out;
}

} // namespace

int distanceMain(int argc, char** argv) {
    std::string dataPath;
    std::vector<std::string> names;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--data" && i + 1 < argc)
            dataPath = argv[++i];
        else if (a == "--help" || a == "-h")
            return usage(stdout), 0;
        else if (a.rfind("--", 0) == 0 && a.size() > 2) {
            std::fprintf(stderr, "aimap distance: unknown option %s\n", a.c_str());
            return usage();
        } else
            names.push_back(a);
    }
    if (names.size() != 2)
        return usage();
    const std::string root = locateRootDir("");
    if (root.empty()) {
        std::fprintf(stderr, "aimap distance: cannot find the data/ folder of aimap\n");
        return 2;
    }
    Diagnostics diags;
    const auto gazetteer = Gazetteer::load(root + "/data/gazetteer.json", diags);
    if (!gazetteer) {
        std::fprintf(stderr, "%saimap distance: the gazetteer cannot be read\n",
                     diags.format().c_str());
        return 2;
    }
    if (dataPath.empty())
        dataPath = root + "/data/ai-cities.json";
    const DatasetLoadResult data = loadDatasetFile(dataPath, &*gazetteer);
    if (!data.dataset) {
        std::fprintf(stderr, "%saimap distance: %s cannot be used (aimap validate %s)\n",
                     data.diagnostics.format().c_str(), dataPath.c_str(), dataPath.c_str());
        return 2;
    }
    const auto provinces = provinceNames(root);
    std::vector<Place> places;
    for (const std::string& name : names) {
        const PlaceMatch m = findPlace(name, data.dataset.get(), *gazetteer, provinces);
        if (m.place) {
            places.push_back(*m.place);
            continue;
        }
        if (!m.candidates.empty()) {
            std::fprintf(stderr,
                         "aimap distance: \"%s\" is ambiguous; write the Chinese name or the "
                         "6-digit code of one of:\n",
                         name.c_str());
            for (const Place& c : m.candidates)
                std::fprintf(stderr, "  %s\n", describePlace(c).c_str());
        } else {
            std::fprintf(stderr, "aimap distance: no city named \"%s\"%s\n", name.c_str(),
                         m.suggestion.empty()
                             ? " (a city id of the data, or a Chinese or English name)"
                             : (" (did you mean \"" + m.suggestion + "\"?)").c_str());
        }
        return 2;
    }
    std::printf("%.3f\n", geodesicDistance(places[0].position, places[1].position) / 1000.0);
    return 0;
}

} // namespace aimap
