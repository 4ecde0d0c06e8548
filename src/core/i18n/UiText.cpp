// The interface's words in English and Chinese.
// [SECTION] the table, by panel: controls, legend, city card, cluster card and tooltips, sector
//           charts and notes, About / Open / national / banner, on the map, timeline, radius
//           tool, settings / keys / copy, search, compare, rankings table
// [SECTION] lookups: tr, fillPlaceholders
#include "core/i18n/UiText.hpp"

// The table is written in UTF-8: each Chinese text reads as Chinese here, and its characters are
// added to the panels' font atlas (app/gfx/FontAtlas.cpp) from this table.

namespace aimap {
namespace {

// clang-format off
constexpr UiString kStrings[] = {
    // Controls
    {Tx::Metric, "Metric", "指标"},
    {Tx::Year, "Year", "年份"},
    {Tx::Labels, "Labels", "标注语言"},
    {Tx::LabelsBoth, "Both", "双语"},
    {Tx::LayersAndOptions, "Layers and options", "图层与选项"},
    {Tx::ShowControls, "Show the controls", "展开控制面板"},
    {Tx::FoldControls, "Fold the controls (more map)", "收起控制面板（留出更多地图）"},
    {Tx::SectorsSummedHeader, "Sectors summed: {0}", "计入的领域：{0}"},
    {Tx::SectorsAll, "all", "全部"},
    {Tx::SectorsCount, "{0} of {1}", "{1} 个中的 {0} 个"},
    {Tx::SectorsEnterpriseOnly, "(for the enterprise metrics only)", "（仅适用于企业类指标）"},
    {Tx::AllSectors, "All sectors", "全部领域"},
    {Tx::SectorFigureOneShown, "Sector figure: one shown ({0} to choose)",
     "领域指标：已选一项（共 {0} 项可选）"},
    {Tx::SectorFigureNone, "Sector figure: none ({0} to choose)", "领域指标：未选（共 {0} 项可选）"},
    {Tx::SectorFigureSizes, "sizes the map by one sector figure alone",
     "地图仅按所选的一项领域指标确定圆的大小"},
    {Tx::PilotZones, "Pilot zones", "试验区"},
    {Tx::ZoneSymbolHelp,
     "{0} on each zone city: solid when approved by the end of the year shown, faint when "
     "approved later",
     "标在每个试验区城市上的{0}：所示年份年底前获批的为实心，之后获批的为浅色"},
    {Tx::ShapeDiamond, "diamond", "菱形"},
    {Tx::ShapeSquare, "square", "方形"},
    {Tx::ShapeTriangle, "triangle", "三角形"},
    {Tx::Ranks, "Ranks", "排名"},
    {Tx::RankChoiceCity, "{0}, {1} ({2} city)", "{0}，{1} 年（{2} 个城市）"},
    {Tx::RankChoiceCities, "{0}, {1} ({2} cities)", "{0}，{1} 年（{2} 个城市）"},
    {Tx::RankNone, "none", "不显示"},
    {Tx::GroupNearby, "Group nearby (clusters)", "合并相邻城市（聚类）"},
    {Tx::LargeText, "Large text (room)", "大字号（会场）"},
    {Tx::HighContrast, "High contrast", "高对比度"},
    {Tx::FitChina, "Fit China", "全国视图"},
    {Tx::OpenData, "Open data...", "打开数据…"},
    {Tx::AboutSources, "About / sources", "关于 / 数据来源"},
    {Tx::NationalFigures, "National figures", "全国数据"},
    {Tx::Loading, "loading...", "正在加载…"},
    {Tx::ExampleDataBanner, "EXAMPLE DATA - not real figures", "示例数据——并非真实数字"},
    {Tx::SyntheticDataBanner, "SYNTHETIC DATA - not real figures", "合成数据——并非真实数字"},
    {Tx::ClusterNotAdditive, "not for this metric: its values do not add up",
     "不适用于该指标：其数值不可相加"},
    {Tx::GroupingCities, "grouping {0} cities...", "正在聚合 {0} 个城市…"},
    {Tx::GroupingEnterprises, "grouping {0} enterprises...", "正在聚合 {0} 家企业…"},
    // Legend
    {Tx::NoFigureThisYear, "no figure for this year", "该年份无数据"},
    {Tx::CoverageCitiesHave, "{0} of {1} cities have this figure{2}", "{1} 个城市中 {0} 个有{2}数据"},
    {Tx::CoverageCitiesHas, "{0} of {1} cities has this figure{2}", "{1} 个城市中 {0} 个有{2}数据"},
    {Tx::CoverageCityHave, "{0} of {1} city have this figure{2}", "{1} 个城市中 {0} 个有{2}数据"},
    {Tx::CoverageCityHas, "{0} of {1} city has this figure{2}", "{1} 个城市中 {0} 个有{2}数据"},
    {Tx::CoverageForYear, " for {0}", " {0} 年的"},
    {Tx::MinimumDot, "< {0} (minimum dot)", "< {0}（最小圆点）"},
    {Tx::MinimumDotHover, "the minimum dot: smaller figures are drawn this size",
     "最小圆点：更小的数值也按此大小绘制"},
    {Tx::NoFigureHover, "no figure for this year: absent, not zero", "该年份无数据：缺失，并非 0"},
    {Tx::ClusterKeyShort, "grey = cluster (sum)", "灰色 = 聚类（合计）"},
    {Tx::RingShort, "ring:", "圆环："},
    {Tx::RingHover, "ring: the share of each sector (names: hover a colour)",
     "圆环：各领域占比（悬停色块查看名称）"},
    {Tx::ZoneCountShort, "{0} {1} of {2}", "{0}：{1}/{2} 个"},
    {Tx::ClusterKey,
     "grey circle = cluster: the sum of its members, on the same scale; the label gives the sum "
     "and the number of members",
     "灰色圆 = 聚类：其成员数值之和，比例尺相同；标注给出合计值与成员数"},
    {Tx::RingCompact, "ring: sector shares (names: hover a colour)",
     "圆环：各领域占比（悬停色块查看名称）"},
    {Tx::RingFull, "ring: share of each sector", "圆环：各领域占比"},
    {Tx::ZoneCount, "{0} pilot zone: {1} of {2} approved by the end of {3}",
     "{0}：截至 {3} 年底已获批 {1}/{2} 个"},
    {Tx::ZoneCountFaint, "{0} pilot zone: {1} of {2} approved by the end of {3} (faint: later)",
     "{0}：截至 {3} 年底已获批 {1}/{2} 个（浅色：此后获批）"},
    {Tx::CircleAreaNote, "Circle area is proportional to the value; one scale for all years.",
     "圆面积与数值成正比；各年份使用同一比例尺。"},
    {Tx::AllZeroNote,
     "Every figure of this metric is 0: circle area is proportional to the value, so none is "
     "drawn.",
     "该指标的数值均为 0：圆面积与数值成正比，故不绘制圆。"},
    {Tx::WhatCirclesShow, "what the circles show (hover)", "圆所代表的内容（悬停查看）"},
    {Tx::MetricYear, "{0}, {1}", "{0}，{1} 年"},
    {Tx::MetricPeriodValue, "{0}, {1}: {2}", "{0}，{1}：{2}"},
    {Tx::MetricYearValue, "{0}, {1}: {2}", "{0}，{1} 年：{2}"},
    // City card
    {Tx::CardCode, "code {0}", "行政区划代码 {0}"},
    {Tx::CardPosition, "(position: {0})", "（坐标来源：{0}）"},
    {Tx::FigureLine, "{0}:  {1}", "{0}：{1}"},
    {Tx::PublishedAs, "published as: {0}", "原文名称：{0}"},
    {Tx::DefinedAs, "defined in the source as: {0}", "来源中的定义：{0}"},
    {Tx::YearOnYear, "{0} year on year, as published", "同比 {0}（据原文）"},
    {Tx::Note, "note: {0}", "注：{0}"},
    {Tx::ZoneApproved, "{0}, approved {1}", "{0}，{1} 获批"},
    {Tx::ZonePrecision, " (precision: {0})", "（日期精度：{0}）"},
    {Tx::Specialisations, "Specialisations", "特色领域"},
    {Tx::SpecialisationsIn, "in {0}:", "{0}："},
    {Tx::NoFiguresForCity, "No figures for this city in this dataset.", "本数据集中没有该城市的数据。"},
    {Tx::Unsourced, "unsourced", "无来源"},
    {Tx::SourceQuality, " (quality {0})", "（来源质量 {0}）"},
    {Tx::Target, "target: {0}", "目标：{0}"},
    {Tx::TargetShort, "target {0}", "目标 {0}"},
    // Cluster card and tooltips
    {Tx::ClusterTitle, "Cluster: {0}", "聚类：{0}"},
    {Tx::MemberCity, "{0} city", "{0} 个城市"},
    {Tx::MemberCities, "{0} cities", "{0} 个城市"},
    {Tx::MemberEnterprise, "{0} enterprise", "{0} 家企业"},
    {Tx::MemberEnterprises, "{0} enterprises", "{0} 家企业"},
    {Tx::ClusterSumNote,
     "The sum of the figures of its {0} ({1}); the circle has the area of that sum on the map's "
     "scale.",
     "其 {0}的数值之和（{1}）；圆面积按地图比例尺对应该合计值。"},
    {Tx::ZoomToSplit, "Zoom in to split it", "放大以拆分"},
    {Tx::OrDoubleClick, "(or double-click it)", "（或双击该聚类）"},
    {Tx::LargestMembers, "Largest members", "主要成员"},
    {Tx::AndMore, "... and {0} more", "……另有 {0} 个"},
    {Tx::MemberSources, "Sources of the members' figures", "成员数据的来源"},
    {Tx::MembersUnsourced, "{0} member(s) unsourced", "{0} 个成员无来源"},
    {Tx::ClusterOf, "Cluster of {0}", "聚类：{0}"},
    {Tx::SumValue, "{0}: {1} (sum), {2}", "{0}：{1}（合计），{2} 年"},
    {Tx::NoFigureFor, "{0}: n/a (no figure for {1})", "{0}：暂缺（{1} 年无数据）"},
    {Tx::SourcesList, "sources: {0}", "来源：{0}"},
    {Tx::ClickForDetails, "click for details", "点击查看详情"},
    // Sector charts
    {Tx::NoFigureAbsent, "no figure (absent, not 0)", "无数据（缺失，并非 0）"},
    {Tx::NoFigure, "no figure", "无数据"},
    {Tx::LowerBound, "A lower bound, as published: at least this much.",
     "原文给出的下限：至少为此数。"},
    {Tx::UpperBound, "An upper bound, as published: at most this much.",
     "原文给出的上限：至多为此数。"},
    {Tx::Approximate, "Approximate, as published.", "原文给出的约数。"},
    {Tx::NotSummedNow, "Not summed on the map now (\"Sectors summed\" in the panel).",
     "地图当前未计入（见面板中的“计入的领域”）。"},
    {Tx::PartlyUnsourced, "some of what it sums is unsourced", "所合计的数据中有部分无来源"},
    {Tx::GreyNotSummed, "Grey: sectors the map does not sum now (\"Sectors summed\").",
     "灰色：地图当前未计入的领域（见“计入的领域”）。"},
    {Tx::EnterprisesBySector, "Enterprises by sector{0} (count)", "各领域企业数{0}（家）"},
    {Tx::WeightBySector, "{0} by sector{1} ({2})", "{0}（分领域）{1}（{2}）"},
    {Tx::Weight, "Weight", "权重"},
    {Tx::WhatEnterprises, "enterprises", "家企业"},
    {Tx::WhatMembers, "members", "个成员"},
    {Tx::InTable, "{0} {1} in the table.", "表中共 {0} {1}。"},
    {Tx::MultiSectorCount,
     "An enterprise in several sectors counts in each of them: the bars add up to {0}, more than "
     "{1}.",
     "跨多个领域的企业在每个领域各计一次：各条合计 {0}，多于 {1}。"},
    {Tx::TotalWeightSplit,
     "Total {0}; an enterprise in several sectors splits its weight evenly between them, so the "
     "bars add up to the total.",
     "合计 {0}；跨多个领域的企业将权重平均分配到各领域，因此各条之和等于合计。"},
    {Tx::WeightSumOver, "Sum over the {0} of {1} {2} that give a weight.",
     "合计范围：{1} {2}中给出权重的 {0} 个。"},
    {Tx::WhereItStands, "Where {0} stands: {1} of the {2} cities with this figure for {3}.",
     "{0}的位次：在有 {3} 年数据的 {2} 个城市中排第 {1}。"},
    {Tx::WhereItStandsBounds,
     "Where {0} stands: {1} of the {2} cities with this figure for {3} (bounds ordered by their "
     "numbers as published).",
     "{0}的位次：在有 {3} 年数据的 {2} 个城市中排第 {1}（上下限按原文数字排序）。"},
    {Tx::CityByYear, "{0}, {1} by year ({2})", "{0}，{1}历年（{2}）"},
    {Tx::OneScaleNote,
     "One scale: the largest figure of this metric, any city, any year. A year without a figure "
     "is absent, not 0; a target is a plan, written, never drawn.",
     "统一比例尺：以该指标在所有城市、所有年份中的最大值为准。无数据的年份为缺失，并非 0；"
     "目标是规划，只写数字，不画条形。"},
    {Tx::MetricYearUnit, "{0}, {1} ({2})", "{0}，{1} 年（{2}）"},
    // Sector filter notes
    {Tx::SectorFigureNote, "Sector figure: {0}. This one metric alone, never added to another.",
     "领域指标：{0}。仅此一项指标，从不与其他指标相加。"},
    {Tx::NoSectorChosen, "No sector chosen: nothing is summed.", "未选择领域：没有可合计的数据。"},
    {Tx::CountsIn, "Counts the enterprises in {0}.", "统计{0}领域的企业数。"},
    {Tx::CountsInAny, "Counts the enterprises in any of: {0} (an enterprise in several counts once).",
     "统计属于以下任一领域的企业数：{0}（跨多个领域的企业只计一次）。"},
    {Tx::SumsPartIn,
     "Sums the part in {0} of each enterprise's weight (split evenly between its sectors).",
     "合计各企业权重中属于{0}的部分（权重在其所属领域间平均分配）。"},
    // About, open, national, rank list, banner
    {Tx::AboutTitle, "About aimap and its sources", "关于 aimap 及数据来源"},
    {Tx::Dataset, "Dataset", "数据集"},
    {Tx::KindCited, "kind: cited figures, each read in the source given",
     "类型：引用数据，每个数字均取自所注来源"},
    {Tx::KindSynthetic, "kind: SYNTHETIC data - not real figures", "类型：合成数据——并非真实数字"},
    {Tx::KindExample, "kind: EXAMPLE data - not real figures", "类型：示例数据——并非真实数字"},
    {Tx::KindOther, "kind: {0}", "类型：{0}"},
    {Tx::QualityGrades, "Source quality grades", "来源质量等级"},
    {Tx::MapData, "Map data", "地图数据"},
    {Tx::FigureSources, "Sources of the figures", "数据来源"},
    {Tx::SourceLine, "{0}, {1}, quality {2}  {3}", "{0}，{1}，来源质量 {2}  {3}"},
    {Tx::OpenTitle, "Open a data file", "打开数据文件"},
    {Tx::OpenHelp,
     "A dataset (.json), a city table or an enterprise table (.csv, .tsv, .txt). The file is "
     "watched: saving it again updates the map.",
     "数据集（.json）、城市表或企业表（.csv、.tsv、.txt）。文件保存后，地图随之自动更新。"},
    {Tx::Load, "Load", "打开"},
    {Tx::RecentFiles, "Recent files", "最近打开的文件"},
    {Tx::AsPublishedQuotations, "As published (quotations, not closed lists)",
     "原文摘录（引文，并非完整名单）"},
    {Tx::QuotationNames, "names: {0}", "提及：{0}"},
    {Tx::NamedIn, "Named in (as published)", "原文提及本市"},
    {Tx::NameSeparator, "; ", "；"},
    {Tx::PublishedQuote, "published as: \"{0}\"", "原文：“{0}”"},
    {Tx::IndexScoreNote,
     "index score (highest first): a composite score, not an amount - no circles",
     "指数得分（从高到低）：综合评分，不是数量——因此不画圆"},
    {Tx::RankNote, "rank (1 = best): an order, not an amount - badges, never circles",
     "排名（1 = 最前）：表示次序，不是数量——用标记表示，不画圆"},
    {Tx::DataWarnings, "Data warnings", "数据警告"},
    {Tx::DataProblem, "Data problem", "数据问题"},
    {Tx::MoreWarnings, "... and {0} more lines: aimap validate lists every warning",
     "……另有 {0} 行：运行 aimap validate 可列出全部警告"},
    {Tx::ShowingDataLoadedAt, "showing data loaded at {0}", "当前显示的是 {0} 加载的数据"},
    {Tx::Dismiss, "Dismiss", "关闭"},
    // On the map
    {Tx::LoadingFile, "{0}  \xE2\x80\x94  loading\xE2\x80\xA6", "{0}  \xE2\x80\x94  正在加载…"},
    {Tx::ExampleWatermark, "EXAMPLE DATA", "示例数据"},
    {Tx::SyntheticWatermark, "SYNTHETIC DATA", "合成数据"},
    {Tx::FilteredCountLabel, "Enterprises in: {0}", "企业数：{0}"},
    {Tx::FilteredWeightLabel, "{0} in: {1}", "{0}：{1}"},
    {Tx::FilteredCountNote, "{0} of the {1} enterprises listed are in: {2}",
     "所列 {1} 家企业中有 {0} 家属于：{2}"},
    {Tx::FilteredWeightNote,
     "sum over the {0} of {1} enterprises in the chosen sectors that give a weight",
     "所选领域的 {1} 家企业中给出权重的 {0} 家之和"},
    {Tx::LatLon, "{0}\xC2\xB0N {1}\xC2\xB0" "E", "北纬 {0}\xC2\xB0 东经 {1}\xC2\xB0"},
    {Tx::YearSuffix, ", {0}", "，{0} 年"},
    {Tx::EnterprisesInTable, "Enterprises in the table", "表中企业数"},
    {Tx::WeightSum, "{0} (sum)", "{0}（合计）"},
    {Tx::ListSeparator, ", ", "、"},
    {Tx::MouseLocked, "Mouse locked: L unlocks", "鼠标已锁定：按 L 解锁"},
    {Tx::MouseUnlocked, "Mouse unlocked", "鼠标已解锁"},
    {Tx::NoFullscreen, "No window manager to go full screen here: start aimap with --fullscreen",
     "此处没有窗口管理器，无法切换全屏：请用 --fullscreen 启动 aimap"},
    {Tx::FrameSources, "Sources: {0}", "数据来源：{0}"},
    {Tx::FrameSourceIds, "Sources (ids in the data's source list, About / sources): {0}",
     "数据来源（数据来源列表中的编号，见“关于 / 数据来源”）：{0}"},
    {Tx::CardMoreInViewer, "... {0} more on this card in the viewer", "……另有 {0} 项，见查看器中的卡片"},
    {Tx::ResumeOffer, "Resume at scene {0}, where the talk was left? Enter: resume. Any other key: start here",
     "从上次停下的第 {0} 场继续？按 Enter 继续，按其他键从这里开始"},
    {Tx::PresenterPosition, "Scene {0} of {1}, click {2} of {3}", "第 {0} / {1} 场，第 {2} / {3} 步"},
    {Tx::PresenterPositionOne, "Scene {0} of {1}", "第 {0} / {1} 场"},
    {Tx::PresenterNow, "Now", "当前"},
    {Tx::PresenterNext, "Next ({0})", "下一步（{0}）"},
    {Tx::PresenterEnd, "End of the talk", "演讲结束"},
    {Tx::PresenterNotes, "Notes", "备注"},
    {Tx::PresenterNoNotes, "(no notes for this scene)", "（本场没有备注）"},
    {Tx::PresenterElapsed, "Elapsed {0}   Clock {1}", "已用时 {0}   时间 {1}"},
    {Tx::PresenterUntitled, "Scene {0}", "第 {0} 场"},
    {Tx::PresenterShared, "One monitor only: this window shares the audience's screen",
     "只有一个显示器：本窗口与观众画面共用同一屏幕"},
    {Tx::PresenterPicturePending, "(picture of this frame: being drawn)", "（本帧画面：正在绘制）"},
    {Tx::TalkEditorTitle, "Talk: {0}", "演讲：{0}"},
    {Tx::TalkAddView, "Add the map as it is now", "把当前地图添加为一场"},
    {Tx::TalkMoveUp, "Up", "上移"},
    {Tx::TalkMoveDown, "Down", "下移"},
    {Tx::TalkRemove, "Remove", "删除"},
    {Tx::TalkSave, "Save", "保存"},
    {Tx::TalkPresent, "Present from here", "从这里开始演示"},
    {Tx::TalkSceneTitle, "Title", "标题"},
    {Tx::TalkCaption, "Caption (the audience reads it)", "字幕（观众看到）"},
    {Tx::TalkCaptionZh, "Caption in Chinese", "中文字幕"},
    {Tx::TalkNotes, "Notes (the presenter view only)", "备注（仅演讲者视图）"},
    {Tx::TalkNoScenes, "No scenes yet: set up the map, then add it as a scene.",
     "还没有场景：先调整地图，再把它添加为一场。"},
    {Tx::TalkUnsaved, "Not saved", "尚未保存"},
    {Tx::TalkSaved, "Saved {0}", "已保存 {0}"},
    {Tx::TalkSaveFailed, "Not saved: {0}", "保存失败：{0}"},
    // Timeline
    {Tx::TimelinePlay, "Play", "播放"},
    {Tx::TimelinePause, "Pause", "暂停"},
    {Tx::TimelineKeyHelp, "Plays the years with figures, one after another (key P)",
     "依次播放有数据的年份（按键 P）"},
    {Tx::ChangeSince, "{0} since {1}", "较 {1} 年 {0}"},
    {Tx::ChangeSinceAbout, "about {0} since {1}", "较 {1} 年约 {0}"},
    {Tx::ChangeSinceMore, "more than {0} since {1}", "较 {1} 年超过 {0}"},
    {Tx::ChangeSinceLess, "less than {0} since {1}", "较 {1} 年不到 {0}"},
    {Tx::LegendOneScale, "Scale: the largest figure of any year, {0} ({1}, {2})",
     "比例尺：以各年份中的最大值 {0}（{1}，{2} 年）为准"},
    {Tx::LegendPreviousRing, "faint ring: the city's previous figure", "浅色圆环：该城市上一个数据"},
    // Radius tool
    {Tx::RadiusToggle, "Cities within", "周边城市，半径"},
    {Tx::RadiusWithin, "{0} cities of the data within {1} km of {2} (along the ellipsoid); figures:",
     "数据中距{2} {1} 公里以内（椭球面距离）的城市 {0} 个；数据："},
    {Tx::RadiusNone, "No city of the data within {0} km of {1}.", "数据中距{1} {0} 公里以内没有城市。"},
    {Tx::RadiusFigures, "{0}, {1}", "{0}，{1} 年"},
    {Tx::NotAvailable, "n/a", "无数据"},
    {Tx::Kilometres, "km", "公里"},
    // Settings, keyboard help, copy with citation
    {Tx::ShowingLastFile, "Showing {0}, the data shown last (the bundled data: Open data...)",
     "显示上次的数据 {0}（内置数据：打开数据…）"},
    {Tx::BundledData, "The bundled data (data/ai-cities.json)", "内置数据（data/ai-cities.json）"},
    {Tx::CopyAsPublished, "As published: \"{0}\"", "原文：“{0}”"},
    {Tx::CopySource, "Source: {0}", "来源：{0}"},
    {Tx::CopyNotReal, "(synthetic or example data, not real figures)", "（合成或示例数据，并非真实数据）"},
    {Tx::Copied, "Copied with its source: {0}", "已复制（含来源）：{0}"},
    {Tx::NothingToCopy, "Ctrl+C copies the figure under the mouse, or the selected city's figure shown",
     "没有可复制的数据：请将鼠标指向卡片上的数据，或先选择一个城市"},
    {Tx::KeyHelpTitle, "Keys", "快捷键"},
    {Tx::KeyHelpClose, "? F1 or Esc closes this help.", "再按一次问号键或按退出键关闭本帮助。"},
    {Tx::KeyYear, "Year {0}", "{0} 年"},
    // Search
    {Tx::SearchHint, "City or province: Chinese, English or pinyin", "城市或省份：中文、英文或拼音"},
    {Tx::SearchKeys, "Up/Down choose, Enter goes there, Esc closes", "上下键选择，回车前往，按 Esc 关闭"},
    {Tx::SearchNone, "No city or province starts with this.", "没有以此开头的城市或省份。"},
    {Tx::SearchProvince, "province", "省级"},
    {Tx::SearchCity, "city, no figures", "城市，无数据"},
    {Tx::SearchCityData, "city", "城市"},
    {Tx::SearchNoFigures, "{0}: the data has no figures for this city.", "{0}：数据中没有该城市的数据。"},
    // Compare
    {Tx::CompareTitle, "Compare {0} cities", "对比 {0} 个城市"},
    {Tx::ComparePinButton, "Pin to compare", "加入对比"},
    {Tx::CompareUnpinButton, "Unpin", "取消对比"},
    {Tx::CompareClear, "Clear", "全部取消"},
    {Tx::CompareFull, "At most {0} cities are compared: unpin one first", "最多对比 {0} 个城市：请先取消一个"},
    {Tx::ComparePinned, "Pinned {0} ({1} of {2})", "已加入对比：{0}（{1}/{2}）"},
    {Tx::CompareUnpinned, "Unpinned {0}", "已取消对比：{0}"},
    {Tx::CompareNeedOneMore, "Pinned {0}: pin one more city to compare", "已加入对比：{0}；再加入一个城市即可对比"},
    {Tx::CompareHint, "Ctrl+click a marker, or select a city and press C, to pin it (2 to 4 cities); Esc unpins the last",
     "按住 Ctrl 点击城市标记，或选中城市后按键 C，加入对比（2 至 4 个城市）；按 Esc 取消最后一个"},
    {Tx::CompareNoShared, "No metric has figures for two of these cities.", "这些城市中没有两个城市共有的指标数据。"},
    {Tx::CompareOneAxis, "one axis for all cities and years: 0 to {0}", "所有城市和年份同一坐标轴：0 至 {0}"},
    {Tx::CompareRanksNote, "ranks as published, 1 at the top; not amounts", "原文排名，第 1 名在最上；并非数量"},
    {Tx::CompareScoresNote, "index scores as published, highest at the top; not amounts", "原文指数得分，由高到低；并非数量"},
    {Tx::CompareTargetYear, "target {0}: {1}", "{0} 年目标：{1}"},
    {Tx::CompareTargetsHead, "Targets (plans, not actuals):", "目标（规划值，并非实际值）："},
    {Tx::CompareOnlyHere, "Figures only one of them has (see its card): {0}", "仅一个城市有的数据（见其城市卡片）：{0}"},
    {Tx::CompareSectorsHead, "Enterprises by sector, side by side", "分行业企业数量对比"},
    {Tx::CompareAsPublished, "as published: {0}", "原文：{0}"},
    {Tx::ComparePeriod, "period: {0}", "时间：{0}"},
    {Tx::CompareCleared, "No city pinned", "已全部取消对比"},
    // Rankings table
    {Tx::RankingsToggle, "Rankings table (T)", "排名表（按 T 键）"},
    {Tx::RankingsTitle, "Rankings", "排名表"},
    {Tx::RankingsYear, "Year", "年份"},
    {Tx::RankingsSince, "Change since", "变化起始年"},
    {Tx::RankingsNoChange, "no earlier year", "无更早年份"},
    {Tx::RankColCity, "City", "城市"},
    {Tx::RankColValue, "Value", "数值"},
    {Tx::RankColRank, "Rank", "排名"},
    {Tx::RankColPlace, "Place", "位次"},
    {Tx::RankColChange, "Change", "变化"},
    {Tx::RankColChangePct, "Change %", "变化率"},
    {Tx::RankColSources, "Sources", "来源"},
    {Tx::RankColGrade, "Grade", "等级"},
    {Tx::RankPublishedNote, "{0} cities; ranks as the source published them.",
     "{0} 个城市；排名为来源公布的排名。"},
    {Tx::RankPlaceNote,
     "{0} cities; place among the cities listed here, not a published rank (a range where a bound leaves the order open).",
     "{0} 个城市；位次为本表所列城市中的位次，并非公布的排名（界限值使顺序不确定时显示范围）。"},
    {Tx::RankChangeUp, "up {0}", "升 {0} 位"},
    {Tx::RankChangeDown, "down {0}", "降 {0} 位"},
    {Tx::RankChangeSame, "same", "持平"},
    {Tx::RankingsExport, "Export CSV...", "导出逗号分隔文件..."},
    {Tx::RankingsExported, "Table written to {0}", "排名表已写入 {0}"},
    {Tx::RankingsExportFailed, "CSV not written: {0}", "逗号分隔文件未写入：{0}"},
    {Tx::RankingsKeys,
     "Click a header to sort (\xE2\x96\xB2 ascending, \xE2\x96\xBC descending). Up/Down: row, Enter: fly to it, Left/Right: sort column, S: reverse, T: close",
     "点击表头排序（\xE2\x96\xB2 升序，\xE2\x96\xBC 降序）。上/下：选择行，回车：飞往该城市，左/右：排序列，按 S 键：反向，按 T 键：关闭"},
    {Tx::RankingsEmpty, "No figures of this metric in {0}.", "{0} 年没有该指标的数据。"},
};
// clang-format on

constexpr std::size_t kEntries = sizeof kStrings / sizeof kStrings[0];
static_assert(kEntries == kUiStringCount, "one table entry per Tx, no more, no fewer");

constexpr bool nonEmpty(const char* s) {
    return s != nullptr && s[0] != '\0';
}

// Every entry is at the index of its id (so lookups are an index) and has both languages.
constexpr bool tableComplete() {
    for (std::size_t i = 0; i < kEntries; ++i)
        if (static_cast<std::size_t>(kStrings[i].id) != i || !nonEmpty(kStrings[i].en) ||
            !nonEmpty(kStrings[i].zh))
            return false;
    return true;
}
static_assert(tableComplete(), "a Tx entry is out of order or lacks its English or Chinese text");

} // namespace

const UiString* uiStrings() {
    return kStrings;
}

const char* tr(Tx id, UiLanguage lang) {
    const auto i = static_cast<std::size_t>(id);
    if (i >= kEntries)
        return "";
    return lang == UiLanguage::Zh ? kStrings[i].zh : kStrings[i].en;
}

std::string tr(Tx id, UiLanguage lang, std::initializer_list<std::string_view> args) {
    return fillPlaceholders(tr(id, lang), args);
}

std::string fillPlaceholders(std::string_view pattern,
                             std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '{' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        if (c == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '0' && pattern[i + 1] <= '9' &&
            pattern[i + 2] == '}') {
            const auto n = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (n < args.size()) {
                out += *(args.begin() + n);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace aimap
