#include "core/cluster/ClusterLayer.hpp"

#include "core/Trace.hpp"
#include "core/cluster/ClusterSpace.hpp"
#include "core/data/Format.hpp"
#include "core/data/SectorFilter.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace aimap {

ClusterLayer::ClusterLayer(std::shared_ptr<const Dataset> ds, std::size_t metric_, int year_,
                           Members members_, std::vector<std::uint32_t> member_,
                           const std::vector<ClusterPoint>& points, bool hasSectors_)
    : dataset(std::move(ds)), metric(metric_), year(year_), members(members_),
      member(std::move(member_)), index(points, clusterLayerOptions()), hasSectors(hasSectors_) {}

std::string ClusterLayer::memberName(std::uint32_t point) const {
    if (point >= member.size())
        return {};
    const auto m = member[point];
    if (members == Members::Enterprises)
        return std::string(dataset->enterpriseName(dataset->enterprises[m]));
    const City& c = dataset->cities[m];
    if (c.nameZh.empty() || c.nameEn.empty())
        return c.nameZh + c.nameEn;
    return c.nameZh + " " + c.nameEn;
}

std::vector<std::string> ClusterLayer::memberSources(std::uint32_t point) const {
    if (point >= member.size())
        return {};
    const auto m = member[point];
    if (members == Members::Enterprises) {
        const auto s = dataset->enterprises[m].source;
        if (s < dataset->sources.size())
            return {dataset->sources[s].id};
        return {};
    }
    if (const Value* v = dataset->value(m, metric, year))
        return v->sources;
    return {};
}

void ClusterLayer::clusterSources(std::uint32_t clusterId, std::vector<std::string>& ids,
                                  std::size_t& unsourced) const {
    ids.clear();
    unsourced = 0;
    const ClusterItem item = index.clusterItem(clusterId);
    const auto leaves = index.getLeaves(clusterId, item.count);
    if (members == Members::Enterprises) {
        std::vector<bool> used(dataset->sources.size(), false);
        for (auto leaf : leaves) {
            const auto s = dataset->enterprises[member[leaf]].source;
            if (s < used.size())
                used[s] = true;
            else
                ++unsourced;
        }
        for (std::size_t s = 0; s < used.size(); ++s)
            if (used[s])
                ids.push_back(dataset->sources[s].id);
    } else {
        for (auto leaf : leaves) {
            const auto sources = memberSources(leaf);
            unsourced += sources.empty();
            ids.insert(ids.end(), sources.begin(), sources.end());
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

Vec2 ClusterLayer::world(const ClusterItem& item) const {
    return unitToAlbers({item.x, item.y});
}

std::string ClusterLayer::memberCount(std::size_t count, UiLanguage lang) const {
    const bool enterprises = members == Members::Enterprises;
    const Tx text = count == 1 ? (enterprises ? Tx::MemberEnterprise : Tx::MemberCity)
                               : (enterprises ? Tx::MemberEnterprises : Tx::MemberCities);
    return tr(text, lang, {formatThousands(static_cast<double>(count))});
}

const char* ClusterLayer::memberNoun(std::size_t count) const {
    if (members == Members::Enterprises)
        return count == 1 ? "enterprise" : "enterprises";
    return count == 1 ? "city" : "cities";
}

bool isAdditiveMetric(const Metric& metric) {
    if (!metric.isSize()) // ranks, shares and index scores never add up
        return false;
    std::string text = metric.unit + " " + metric.label;
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    // Regression (issue 13): a unit of "CNY/person" or "firms/km²" (a ratio) was summed.
    if (metric.unit.find('/') != std::string::npos)
        return false;
    // Regression (issue 13): 人均GDP, 比重, ％ and ‰ were summed by the clusters too.
    for (const char* phrase : {"%", "per capita", "per person", "per head",
                               "\xE5\x8D\xA0\xE6\xAF\x94" /* 占比 */,
                               "\xE5\xA2\x9E\xE9\x80\x9F" /* 增速 */,
                               "\xE6\x8C\x87\xE6\x95\xB0" /* 指数 */,
                               "\xE4\xBA\xBA\xE5\x9D\x87" /* 人均 */,
                               "\xE6\xAF\x94\xE9\x87\x8D" /* 比重 */,
                               "\xE6\xAF\x94\xE4\xBE\x8B" /* 比例 */,
                               "\xE7\x99\xBE\xE5\x88\x86" /* 百分(比) */,
                               "\xE5\xB9\xB3\xE5\x9D\x87" /* 平均 */,
                               "\xE5\xAF\x86\xE5\xBA\xA6" /* 密度 */,
                               "\xE7\x8E\x87" /* 率: 增长率, 渗透率 */,
                               "\xE6\x8E\x92\xE5\x90\x8D" /* 排名 */,
                               "\xEF\xBC\x85" /* ％ */, "\xE2\x80\xB0" /* ‰ */})
        if (text.find(phrase) != std::string::npos)
            return false;
    // Whole words only ("corporate" is not a rate).
    static const char* const kWords[] = {"percent", "percentage", "pct", "ratio", "rate", "rates",
                                         "index", "rank", "ranking", "score", "share", "average",
                                         "mean", "median", "growth", "per", "density"};
    std::string word;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
        if (std::isalnum(c)) {
            word += static_cast<char>(c);
            continue;
        }
        for (const char* w : kWords)
            if (word == w)
                return false;
        word.clear();
    }
    return true;
}

std::shared_ptr<const ClusterLayer> buildClusterLayer(std::shared_ptr<const Dataset> ds,
                                                      std::size_t metric, int year) {
    if (!ds || metric >= ds->metrics.size() || !isAdditiveMetric(ds->metrics[metric]))
        return nullptr;
    std::vector<ClusterPoint> points;
    std::vector<std::uint32_t> member;
    const std::string& id = ds->metrics[metric].id;
    const bool enterpriseMetric = !ds->enterprises.empty() && (id == "enterprises" || id == "enterprise_weight");
    if (enterpriseMetric) {
        const bool byWeight = id == "enterprise_weight";
        points.reserve(ds->enterprises.size());
        member.reserve(ds->enterprises.size());
        for (std::size_t i = 0; i < ds->enterprises.size(); ++i) {
            const Enterprise& e = ds->enterprises[i];
            if (e.year != year || (byWeight && std::isnan(e.weight)))
                continue; // an enterprise that gives no weight is not on the map of weights
            // A sector filter (filterSectors): only enterprises in a chosen sector, each with
            // the chosen sectors' part of its weight; the ring shows the chosen sectors only.
            const auto chosen = static_cast<std::uint16_t>(e.sectors & ds->sectorFilter);
            if (!chosen)
                continue;
            const double w =
                byWeight ? e.weight * shareInSectors(e.sectors, ds->sectorFilter) : 1.0;
            const Vec2 u = albersToUnit(e.world);
            points.push_back({u.x, u.y, w, chosen});
            member.push_back(static_cast<std::uint32_t>(i));
        }
        traceMark("clusters: points gathered");
        return std::make_shared<const ClusterLayer>(std::move(ds), metric, year,
                                                    ClusterLayer::Members::Enterprises,
                                                    std::move(member), points, true);
    }
    for (const Value& v : ds->values) {
        if (v.metric != metric || v.year != year || v.city >= ds->cities.size())
            continue;
        const Vec2 u = albersToUnit(ds->cities[v.city].world);
        points.push_back({u.x, u.y, v.value, 0});
        member.push_back(static_cast<std::uint32_t>(v.city));
    }
    return std::make_shared<const ClusterLayer>(std::move(ds), metric, year,
                                                ClusterLayer::Members::Cities, std::move(member),
                                                points, false);
}

ClusterOptions clusterLayerOptions() {
    ClusterOptions o;
    o.maxZoom = kClusterMaxZoom;
    return o;
}

int clusterZoomFor(double pxPerMetre, double radiusPx, const ClusterOptions& o, double* fraction) {
    // At zoom z the index merges items closer than radiusPx / (extent 2^z) units of kAlbersSide
    // metres; on screen that is pxPerMetre times as many pixels. Solve for radiusPx on screen.
    const double unitRadiusAtZ0 = o.radiusPx / o.extent * kAlbersSide * pxPerMetre;
    const double z = std::log2(std::max(unitRadiusAtZ0 / radiusPx, 1e-9));
    if (fraction)
        *fraction = z;
    return std::clamp(static_cast<int>(std::floor(z)), o.minZoom, o.maxZoom + 1);
}

double pxPerMetreForClusterZoom(int zoom, double radiusPx, const ClusterOptions& o) {
    return radiusPx * std::ldexp(1.0, zoom) / (o.radiusPx / o.extent * kAlbersSide);
}

} // namespace aimap
