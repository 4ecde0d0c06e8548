#include "core/data/Dataset.hpp"

#include "core/data/Text.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace aimap {
namespace {

// Adds list[indexed..] to the index (the first of equal ids stays).
template <class T>
void extend(std::unordered_map<std::string, std::size_t>& at, std::size_t& indexed,
            const std::vector<T>& list) {
    if (indexed > list.size()) { // entries were removed: start again
        at.clear();
        indexed = 0;
    }
    for (; indexed < list.size(); ++indexed)
        at.emplace(list[indexed].id, indexed);
}

// The position of `id` in `list`: by the index, then among the entries added since.
template <class T>
std::optional<std::size_t> lookUp(const std::unordered_map<std::string, std::size_t>& at,
                                  std::size_t indexed, const std::vector<T>& list,
                                  const std::string& id) {
    std::size_t from = 0;
    if (indexed <= list.size()) {
        if (auto it = at.find(id); it != at.end())
            return it->second;
        from = indexed;
    }
    for (std::size_t i = from; i < list.size(); ++i)
        if (list[i].id == id)
            return i;
    return std::nullopt;
}

// The entry of (city, metric, year) in a list sorted by them, or nullptr.
const Value* findValue(const std::vector<Value>& list, std::size_t city, std::size_t metric,
                       int year) {
    const auto key = [](const Value& v) { return std::make_tuple(v.city, v.metric, v.year); };
    const auto want = std::make_tuple(city, metric, year);
    auto it = std::lower_bound(list.begin(), list.end(), want,
                               [&](const Value& v, const auto& w) { return key(v) < w; });
    if (it != list.end() && key(*it) == want)
        return &*it;
    return nullptr;
}

// Metrics with a value and `keep`, by number of cities with a value, then label.
template <class Keep> std::vector<std::size_t> byCoverage(const Dataset& ds, Keep keep) {
    std::vector<std::set<std::size_t>> citiesOf(ds.metrics.size());
    for (const auto& v : ds.values)
        citiesOf[v.metric].insert(v.city);
    std::vector<std::size_t> order;
    for (std::size_t m = 0; m < ds.metrics.size(); ++m)
        if (!citiesOf[m].empty() && keep(ds.metrics[m]))
            order.push_back(m);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (citiesOf[a].size() != citiesOf[b].size())
            return citiesOf[a].size() > citiesOf[b].size();
        return asciiLower(ds.metrics[a].label) < asciiLower(ds.metrics[b].label);
    });
    return order;
}

} // namespace

const char* scaleName(MetricScale s) {
    switch (s) {
    case MetricScale::Share:
        return "share";
    case MetricScale::Rank:
        return "rank";
    case MetricScale::Index:
        return "index";
    case MetricScale::Size:
    default:
        return "size";
    }
}

void Dataset::indexIds() {
    extend(m_sourceIds.at, m_sourceIds.indexed, sources);
    extend(m_metricIds.at, m_metricIds.indexed, metrics);
    extend(m_cityIds.at, m_cityIds.indexed, cities);
}

const Source* Dataset::source(const std::string& id) const {
    const auto i = lookUp(m_sourceIds.at, m_sourceIds.indexed, sources, id);
    return i ? &sources[*i] : nullptr;
}

std::optional<std::size_t> Dataset::cityIndex(const std::string& id) const {
    return lookUp(m_cityIds.at, m_cityIds.indexed, cities, id);
}

std::optional<std::size_t> Dataset::findCity(const std::string& idOrName) const {
    if (auto i = cityIndex(idOrName))
        return i;
    const std::string folded = foldLatinName(idOrName);
    for (std::size_t i = 0; i < cities.size(); ++i) {
        const auto& c = cities[i];
        if (c.nameZh == idOrName || foldLatinName(c.nameEn) == folded || foldLatinName(c.id) == folded)
            return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> Dataset::metricIndex(const std::string& id) const {
    return lookUp(m_metricIds.at, m_metricIds.indexed, metrics, id);
}

std::vector<int> Dataset::years(std::size_t metric) const {
    std::set<int> ys;
    for (const auto& v : values)
        if (v.metric == metric)
            ys.insert(v.year);
    return {ys.begin(), ys.end()};
}

double Dataset::maxValue(std::size_t metric) const {
    double m = 0.0;
    for (const auto& v : values)
        if (v.metric == metric)
            m = std::max(m, v.value);
    return m;
}

const Value* Dataset::value(std::size_t city, std::size_t metric, int year) const {
    return findValue(values, city, metric, year);
}

const Value* Dataset::target(std::size_t city, std::size_t metric, int year) const {
    return findValue(targets, city, metric, year);
}

bool Dataset::isMapMetric(std::size_t metric) const {
    if (metric >= metrics.size() || !metrics[metric].isSize())
        return false;
    return std::any_of(values.begin(), values.end(),
                       [&](const Value& v) { return v.metric == metric; });
}

std::vector<std::size_t> Dataset::metricsByCoverage() const {
    return byCoverage(*this, [](const Metric& m) { return m.isSize(); });
}

std::vector<std::size_t> Dataset::rankMetrics() const {
    return byCoverage(*this, [](const Metric& m) {
        return m.scale == MetricScale::Rank || m.scale == MetricScale::Index;
    });
}

void Dataset::collectEnterpriseNameChars() {
    // Basic Multilingual Plane only: the font atlas takes 16-bit code points.
    std::vector<bool> seen(0x10000, false);
    const std::string& t = enterpriseNames;
    for (std::size_t i = skipAsciiBlocks(t, 0); i < t.size(); i = skipAsciiBlocks(t, i)) {
        const auto b = static_cast<unsigned char>(t[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        const int n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (n == 1 || n == 4 || i + static_cast<std::size_t>(n) > t.size()) {
            i += static_cast<std::size_t>(n);
            continue;
        }
        unsigned c = n == 2 ? (b & 0x1Fu) : (b & 0x0Fu);
        for (int k = 1; k < n; ++k)
            c = (c << 6) | (static_cast<unsigned char>(t[i + static_cast<std::size_t>(k)]) & 0x3Fu);
        if (!seen[c]) {
            seen[c] = true;
            enterpriseNameChars.append(t, i, static_cast<std::size_t>(n));
        }
        i += static_cast<std::size_t>(n);
    }
}

} // namespace aimap
