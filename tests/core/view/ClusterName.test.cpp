// Cluster names: a cluster is called by its largest member cities.
#include "core/view/ClusterName.hpp"
#include "core/cluster/ClusterLayer.hpp"
#include "core/data/FormatDispatch.hpp"
#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace aimap;

namespace {

// The table: 2023 IC design revenue (亿元) of Shanghai, Shenzhen, Beijing, Hangzhou and
// Wuxi, and Suzhou with only a 2021 bound; GBK, as Excel on Chinese Windows saves it.
std::shared_ptr<const Dataset> icDesign() {
    auto r =
        loadDatasetFile(AIMAP_FIXTURES "/csv/ic-design-2023-gbk.csv", &test::bundledGazetteer());
    return r.dataset ? std::shared_ptr<const Dataset>(std::move(r.dataset)) : nullptr;
}

std::vector<std::string> ids(const Dataset& ds, const std::vector<std::uint32_t>& cities) {
    std::vector<std::string> out;
    for (auto c : cities)
        out.push_back(ds.cities[c].id);
    return out;
}

} // namespace

// Regression (issue 14): clusters carry no place names — "a grey '2609 · 3' circle over the
// Yangtze delta whose only name is 苏州 Suzhou", the one city there without a 2023 figure.
TEST(ClusterName, ClustersCarryNoPlaceNames) {
    const auto ds = icDesign();
    ASSERT_TRUE(ds);
    const auto layer = buildClusterLayer(ds, 0, 2023);
    ASSERT_TRUE(layer);
    bool delta = false;
    for (int zoom = 0; zoom <= kClusterMaxZoom; ++zoom)
        for (const auto& it : layer->index.getClusters(0, 0, 1, 1, zoom)) {
            if (!it.isCluster)
                continue;
            const ClusterName both = clusterName(*layer, it.id, LabelMode::Both);
            const auto members = ids(*ds, both.cities);
            EXPECT_EQ(members.size(), it.count);
            EXPECT_EQ(std::count(members.begin(), members.end(), "320500"), 0)
                << "Suzhou has no 2023 figure: not a member";
            // A table's cities are known by their division codes: Shanghai, Wuxi, Hangzhou.
            if (std::vector<std::string>{"310000", "320200", "330100"} == members) {
                delta = true;
                EXPECT_EQ(both.text, "\xE4\xB8\x8A\xE6\xB5\xB7 Shanghai +2"); // 上海
                EXPECT_EQ(clusterName(*layer, it.id, LabelMode::English).text, "Shanghai, Wuxi +1");
                EXPECT_EQ(
                    clusterName(*layer, it.id, LabelMode::Chinese).text,
                    "\xE4\xB8\x8A\xE6\xB5\xB7\xE3\x80\x81\xE6\x97\xA0\xE9\x94\xA1 +1"); // 上海、无锡
            }
        }
    EXPECT_TRUE(delta) << "some zoom groups the delta's three cities";
}

TEST(ClusterName, MembersAreOrderedByTheirFigureLargestFirst) {
    const auto ds = icDesign();
    ASSERT_TRUE(ds);
    const auto layer = buildClusterLayer(ds, 0, 2023);
    ASSERT_TRUE(layer);
    const auto all = layer->index.getClusters(0, 0, 1, 1, 0);
    for (const auto& it : all) {
        if (!it.isCluster)
            continue;
        const auto name = clusterName(*layer, it.id, LabelMode::English);
        for (std::size_t i = 1; i < name.cities.size(); ++i)
            EXPECT_GE(ds->value(name.cities[i - 1], 0, 2023)->value,
                      ds->value(name.cities[i], 0, 2023)->value);
    }
}
