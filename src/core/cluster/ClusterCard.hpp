#pragma once

#include "core/cluster/ClusterLayer.hpp"
#include "core/data/SectorChart.hpp"

#include <string>
#include <vector>

namespace aimap {

/// What the cluster card shows: the sum on the map and where it comes from.
struct ClusterCardModel {
    std::uint32_t clusterId = 0;
    std::string title;      ///< "35 cities" / "12,408 enterprises"
    std::string metricLabel;
    std::string unit;
    int year = 0;
    double sum = 0;
    std::size_t count = 0;
    std::string sumText;    ///< formatted sum
    struct SectorRow {
        std::size_t sector = 0;
        std::string nameEn, nameZh;
        double weight = 0;
        double share = 0; ///< of the cluster's sum
    };
    std::vector<SectorRow> sectors; ///< empty when the members have no sectors
    double unassignedShare = 0;     ///< weight of members without a sector
    /// The members' sector charts (enterprise clusters): counts and weight sums, as a city's.
    std::vector<SectorChartModel> sectorCharts;
    struct Member {
        std::string name;
        std::string valueText;
        double share = 0;
    };
    std::vector<Member> topMembers; ///< largest first, at most 10
    std::size_t otherMembers = 0;
    std::vector<std::string> sourceIds; ///< every source of every member, sorted
    std::size_t unsourcedMembers = 0;
    int expansionZoom = -1;
    UiLanguage language = UiLanguage::En; ///< of its own words (built again when it changes)
};

/// Its own words ("12 cities", chart titles and notes) in `lang`.
ClusterCardModel buildClusterCard(const ClusterLayer& layer, std::uint32_t clusterId,
                                  UiLanguage lang = UiLanguage::En);

} // namespace aimap
