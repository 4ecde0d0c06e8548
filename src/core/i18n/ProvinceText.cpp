#include "core/i18n/ProvinceText.hpp"

namespace aimap {

namespace {

struct Entry {
    PTx id;
    const char* en;
    const char* zh;
};

// clang-format off
constexpr Entry kStrings[] = {
    {PTx::ProvinceArea, "Area: {0} km² (on the WGS84 ellipsoid)", "面积：{0} 平方公里（按参考椭球面计算）"},
    {PTx::ProvinceCities, "Cities of the data: {0}", "数据中的城市：{0} 个"},
    {PTx::ProvinceNoCities, "None of the data's cities is in this province.", "数据中没有位于该省的城市。"},
    {PTx::ProvinceNoZones, "No pilot zone in this province.", "该省没有人工智能试验区。"},
    {PTx::ProvinceFigures, "Figures of the whole province", "省级数据"},
    {PTx::ProvinceOpenCity, "Open the city's card", "打开该城市的卡片"},
    {PTx::ChoroplethLabel, "Provinces", "省级设色"},
    {PTx::ChoroplethOff, "off", "关闭"},
    {PTx::ChoroplethDensityOf, "{0} per 10,000 km²", "每万平方公里{0}"},
    {PTx::ChoroplethDensityShown, "Density of the metric shown (per 10,000 km²)", "当前指标的密度（每万平方公里）"},
    {PTx::ChoroplethMethod, "Jenks natural breaks, {0} classes: lowest – highest value (provinces)",
     "Jenks 自然断点法，{0} 级：最低值 – 最高值（省级行政区数）"},
    {PTx::ChoroplethClassRange, "{0} – {1} ({2})", "{0} – {1}（{2}）"},
    {PTx::ChoroplethClassOne, "{0} ({1})", "{0}（{1}）"},
    {PTx::ChoroplethNoData, "no data ({0})", "无数据（{0}）"},
    {PTx::ChoroplethDensityNote,
     "Only the province's cities with a figure are summed (none: absent, not zero); area on the WGS84 ellipsoid.",
     "仅合计该省有数据的城市（无数据不计为零）；面积按参考椭球面计算。"},
    {PTx::ChoroplethSource, "Source: {0}", "来源：{0}"},
    {PTx::ChoroplethNotAdditive, "The metric shown does not add up: no density.", "当前指标不可加总，无法计算密度。"},
    {PTx::ChoroplethValue, "{0}: {1}", "{0}：{1}"},
};
// clang-format on

constexpr std::size_t kEntries = sizeof kStrings / sizeof kStrings[0];
static_assert(kEntries == kProvinceStringCount, "one table entry per PTx, no more, no fewer");

constexpr bool inOrder() {
    for (std::size_t i = 0; i < kEntries; ++i)
        if (static_cast<std::size_t>(kStrings[i].id) != i || !kStrings[i].en[0] ||
            !kStrings[i].zh[0])
            return false;
    return true;
}
static_assert(inOrder(), "entries in the order of PTx, each with English and Chinese");

const UiString* table() {
    static const auto strings = [] {
        static UiString out[kEntries];
        for (std::size_t i = 0; i < kEntries; ++i)
            out[i] = UiString{Tx::Count, kStrings[i].en, kStrings[i].zh};
        return out;
    }();
    return strings;
}

} // namespace

const char* provinceText(PTx id, UiLanguage lang) {
    const auto i = static_cast<std::size_t>(id);
    if (i >= kEntries)
        return "?";
    return lang == UiLanguage::Zh ? kStrings[i].zh : kStrings[i].en;
}

std::string provinceText(PTx id, UiLanguage lang, std::initializer_list<std::string_view> args) {
    return fillPlaceholders(provinceText(id, lang), args);
}

const UiString* provinceStrings() {
    return table();
}

} // namespace aimap
