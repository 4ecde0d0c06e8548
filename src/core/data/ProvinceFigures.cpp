#include "core/data/ProvinceFigures.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>

namespace aimap {

namespace {

bool provinceCode(const std::string& code) {
    if (code.size() != 6 || code.compare(2, 4, "0000") != 0)
        return false;
    for (const char c : code)
        if (c < '0' || c > '9')
            return false;
    return true;
}

std::string text(const nlohmann::json& e, const char* key) {
    const auto it = e.find(key);
    return it != e.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

ProvinceFigures readProvinceFigures(const nlohmann::json& doc, const Dataset& ds,
                                    std::vector<std::string>& problems) {
    ProvinceFigures out;
    if (!doc.is_object())
        return out;
    const auto arr = doc.find("province_figures");
    if (arr == doc.end())
        return out;
    if (!arr->is_array()) {
        problems.push_back("/province_figures: must be an array");
        return out;
    }
    for (std::size_t i = 0; i < arr->size() && i < 100000; ++i) {
        const nlohmann::json& e = (*arr)[i];
        const std::string at = "/province_figures/" + std::to_string(i);
        if (!e.is_object()) {
            problems.push_back(at + ": a province figure must be an object");
            continue;
        }
        ProvinceFigure f;
        f.province = text(e, "province");
        f.period = text(e, "period");
        f.asPublished = text(e, "as_published");
        f.nameAsPublished = text(e, "name_as_published");
        if (!provinceCode(f.province)) {
            problems.push_back(at + "/province: \"" + f.province +
                               "\" is not a province's division code (NN0000)");
            continue;
        }
        const auto metric = ds.metricIndex(text(e, "metric"));
        if (!metric) {
            problems.push_back(at + "/metric: unknown metric \"" + text(e, "metric") + "\"");
            continue;
        }
        f.metric = *metric;
        const auto year = e.find("year");
        const auto value = e.find("value");
        if (year == e.end() || !year->is_number_integer() || value == e.end() ||
            !value->is_number() || !std::isfinite(value->get<double>()) ||
            value->get<double>() < 0) {
            problems.push_back(at + ": needs a whole \"year\" and a \"value\" >= 0");
            continue;
        }
        f.year = year->get<int>();
        f.value = value->get<double>();
        const std::string q = text(e, "qualifier");
        if (q == ">" || q == "<" || q == "~")
            f.qualifier = q;
        bool sourced = true;
        if (const auto s = e.find("sources"); s != e.end() && s->is_array())
            for (const auto& id : *s)
                if (id.is_string()) {
                    if (!ds.source(id.get<std::string>())) {
                        problems.push_back(at + "/sources: source \"" + id.get<std::string>() +
                                           "\" is not defined in \"sources\"");
                        sourced = false;
                    }
                    f.sources.push_back(id.get<std::string>());
                }
        if (!sourced)
            continue;
        if (f.period.empty())
            f.period = std::to_string(f.year);
        out.push_back(std::move(f));
    }
    return out;
}

ProvinceFigures loadProvinceFigures(const std::string& path, const Dataset& ds,
                                    std::vector<std::string>& problems) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size > 8u * 1024 * 1024 || std::filesystem::path(path).extension() != ".json")
        return {};
    std::ifstream in(path, std::ios::binary);
    const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded())
        return {};
    return readProvinceFigures(doc, ds, problems);
}

} // namespace aimap
