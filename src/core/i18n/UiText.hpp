#pragma once

// The interface's own words (issue 14: "every panel, card, legend and message in Chinese as well
// as English"): one table of {id, English, Chinese} entries, and a formatter for the ones with
// numbers in them. Data content (metric names, units, sources, notes, caveats) is never in it:
// that is shown as the data gives it. Loader diagnostics (line:column, JSON pointer, hints) stay
// English; only the banner around them is translated.
//
// Every entry has both languages: the table is checked when compiled (UiText.cpp) and again by
// tests/core/i18n/UiText.test.cpp, which also checks that both texts use the same placeholders.

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace aimap {

/// The language of the panels. The label setting picks it (uiLanguage() in ViewState.hpp):
/// 中文 gives Chinese, English and "both" give English (the panels have room for one language;
/// the map's labels stay bilingual with "both").
enum class UiLanguage { En, Zh };

/// One piece of interface text. Texts with numbers or names carry placeholders {0}, {1}...
/// (each language puts them where its word order wants them).
enum class Tx : unsigned short {
    // Controls
    Metric,
    Year,
    Labels,
    LabelsBoth,
    LayersAndOptions,
    ShowControls,
    FoldControls,
    SectorsSummedHeader, ///< {0}: "all" or "{0} of {1}"
    SectorsAll,
    SectorsCount, ///< {0} chosen of {1}
    SectorsEnterpriseOnly,
    AllSectors,
    SectorFigureOneShown, ///< {0}: how many to choose from
    SectorFigureNone,     ///< {0}: how many to choose from
    SectorFigureSizes,
    PilotZones,
    ZoneSymbolHelp, ///< {0}: the symbol's shape
    ShapeDiamond,
    ShapeSquare,
    ShapeTriangle,
    Ranks,
    RankChoiceCity,   ///< {0} metric, {1} year, {2} one city
    RankChoiceCities, ///< {0} metric, {1} year, {2} cities
    RankNone,
    GroupNearby,
    LargeText,
    HighContrast,
    FitChina,
    OpenData,
    AboutSources,
    NationalFigures,
    Loading,
    ExampleDataBanner,
    SyntheticDataBanner,
    ClusterNotAdditive,
    GroupingCities,      ///< {0}: how many
    GroupingEnterprises, ///< {0}: how many
    // Legend
    NoFigureThisYear,
    CoverageCitiesHave, ///< {0} of {1} cities, {2} CoverageForYear or ""
    CoverageCitiesHas,
    CoverageCityHave,
    CoverageCityHas,
    CoverageForYear, ///< {0}: year
    MinimumDot,      ///< {0}: the value
    MinimumDotHover,
    NoFigureHover,
    ClusterKeyShort,
    RingShort,
    RingHover,
    ZoneCountShort, ///< {0} programme, {1} approved, {2} total
    ClusterKey,
    RingCompact,
    RingFull,
    ZoneCount,      ///< {0} programme, {1} approved, {2} total, {3} year
    ZoneCountFaint, ///< the same, some approved later
    CircleAreaNote,
    AllZeroNote,
    WhatCirclesShow,
    MetricYear,        ///< {0} metric, {1} year
    MetricPeriodValue, ///< {0} metric, {1} period, {2} value
    MetricYearValue,   ///< {0} metric, {1} year, {2} value
    // City card
    CardCode,      ///< {0}: division code
    CardPosition,  ///< {0}: where the position comes from
    FigureLine,    ///< {0} period, {1} value
    PublishedAs,   ///< {0}: the label as published
    DefinedAs,     ///< {0}: the definition in the source
    YearOnYear,    ///< {0}: "+12.5%"
    Note,          ///< {0}: the note
    ZoneApproved,  ///< {0} zone, {1} date
    ZonePrecision, ///< {0}: the date's precision
    Specialisations,
    SpecialisationsIn, ///< {0}: the place
    NoFiguresForCity,
    Unsourced,
    SourceQuality, ///< {0}: grade
    Target,        ///< {0}: value ("target: 100")
    TargetShort,   ///< {0}: value ("target 100")
    // Cluster card and tooltips
    ClusterTitle,      ///< {0}: "12 cities"
    MemberCity,        ///< {0}: 1
    MemberCities,      ///< {0}: how many
    MemberEnterprise,  ///< {0}: 1
    MemberEnterprises, ///< {0}: how many
    ClusterSumNote,    ///< {0} "12 cities", {1} unit
    ZoomToSplit,
    OrDoubleClick,
    LargestMembers,
    AndMore, ///< {0}: how many
    MemberSources,
    MembersUnsourced, ///< {0}: how many
    ClusterOf,        ///< {0}: "12 cities"
    SumValue,         ///< {0} metric, {1} value, {2} year
    NoFigureFor,      ///< {0} metric, {1} year
    SourcesList,      ///< {0}: source list
    ClickForDetails,
    // Sector charts
    NoFigureAbsent,
    NoFigure,
    LowerBound,
    UpperBound,
    Approximate,
    NotSummedNow,
    PartlyUnsourced,
    GreyNotSummed,
    EnterprisesBySector, ///< {0}: ", 2020" or ""
    WeightBySector,      ///< {0} weight label, {1} year text, {2} unit
    Weight,
    WhatEnterprises,
    WhatMembers,
    InTable,             ///< {0} how many, {1} WhatEnterprises or WhatMembers
    MultiSectorCount,    ///< {0} sum of bars, {1} enterprises
    TotalWeightSplit,    ///< {0}: total
    WeightSumOver,       ///< {0} weighed, {1} listed, {2} WhatEnterprises or WhatMembers
    WhereItStands,       ///< {0} city, {1} place, {2} cities, {3} year
    WhereItStandsBounds, ///< the same, with bounds
    CityByYear,          ///< {0} heading, {1} city, {2} unit
    OneScaleNote,
    MetricYearUnit, ///< {0} heading, {1} year, {2} unit
    // Sector filter notes
    SectorFigureNote, ///< {0}: the sector metric
    NoSectorChosen,
    CountsIn,    ///< {0}: sector
    CountsInAny, ///< {0}: sectors
    SumsPartIn,  ///< {0}: sectors
    // About, open, national, rank list, banner
    AboutTitle,
    Dataset,
    KindCited,
    KindSynthetic,
    KindExample,
    KindOther, ///< {0}: kind
    QualityGrades,
    MapData,
    FigureSources,
    SourceLine, ///< {0} publisher, {1} date, {2} grade, {3} url
    OpenTitle,
    OpenHelp,
    Load,
    RecentFiles,
    AsPublishedQuotations,
    QuotationNames, ///< {0}: the cities named
    NamedIn,
    NameSeparator,  ///< between city names in a quotation's list: "; " / "；"
    PublishedQuote, ///< {0}: the text as published
    IndexScoreNote,
    RankNote,
    DataWarnings,
    DataProblem,
    MoreWarnings,        ///< {0}: how many
    ShowingDataLoadedAt, ///< {0}: time
    Dismiss,
    // On the map
    LoadingFile, ///< {0}: file name
    ExampleWatermark,
    SyntheticWatermark,
    FilteredCountLabel,  ///< {0}: sectors
    FilteredWeightLabel, ///< {0} weight label, {1} sectors
    FilteredCountNote,   ///< {0} counted, {1} listed, {2} sectors
    FilteredWeightNote,  ///< {0} weighed, {1} counted
    LatLon,              ///< {0} latitude, {1} longitude (degrees, north and east)
    YearSuffix,          ///< {0}: year, after a title (", 2020")
    EnterprisesInTable,  ///< the count metric of an enterprise table
    WeightSum,           ///< {0}: the weight's label (the weight metric of an enterprise table)
    ListSeparator,       ///< between names in a list: ", " / "、"
    // Presenter keys (toasts)
    MouseLocked,
    MouseUnlocked,
    NoFullscreen,
    // Exports (the audience view as a display list)
    FrameSources,     ///< {0}: the sources, "; "-separated
    FrameSourceIds,   ///< {0}: source ids and ranges of ids
    CardMoreInViewer, ///< {0}: how many parts of a card a slide leaves out
    ResumeOffer,      ///< {0}: the scene ("3", or "3.1" one build step in)
    // Presenter view
    PresenterPosition,       ///< {0} scene, {1} scenes, {2} frame in the scene, {3} frames in it
    PresenterPositionOne,    ///< {0} scene, {1} scenes (a scene without build steps)
    PresenterNow,            ///< heading of the frame shown
    PresenterNext,           ///< {0}: "3" or "3.2": heading of the frame the next click shows
    PresenterEnd,            ///< after the last frame
    PresenterNotes,          ///< heading of the notes
    PresenterNoNotes,        ///< a scene without notes
    PresenterElapsed,        ///< {0}: time since the talk started, {1}: the clock
    PresenterUntitled,       ///< {0}: scene number, for a scene without a title
    PresenterShared,         ///< the presenter view shares the audience's monitor
    PresenterPicturePending, ///< a frame's picture is not made yet
    // Talk editor
    TalkEditorTitle, ///< {0}: the talk file's name
    TalkAddView,     ///< button: the map as it is now becomes a scene
    TalkMoveUp,
    TalkMoveDown,
    TalkRemove,
    TalkSave,
    TalkPresent,    ///< button: present from the selected scene
    TalkSceneTitle, ///< field label
    TalkCaption,    ///< field label
    TalkCaptionZh,  ///< field label
    TalkNotes,      ///< field label
    TalkNoScenes,   ///< a new talk: how to start
    TalkUnsaved,    ///< status: changes not saved yet
    TalkSaved,      ///< {0}: the time (HH:MM:SS)
    TalkSaveFailed, ///< {0}: the error
    // Timeline (core/timeline)
    TimelinePlay,
    TimelinePause,
    TimelineKeyHelp,
    ChangeSince,        ///< {0} signed percent, {1} earlier year
    ChangeSinceAbout,   ///< {0} signed percent, {1} earlier year
    ChangeSinceMore,    ///< {0} signed percent, {1} earlier year
    ChangeSinceLess,    ///< {0} signed percent, {1} earlier year
    LegendOneScale,     ///< {0} largest figure, {1} its city, {2} its year
    LegendPreviousRing, ///< the timeline's faint ring
    // Radius tool (core/view/Nearby)
    RadiusToggle,  ///< checkbox on the city card
    RadiusWithin,  ///< {0}: count, {1}: km, {2}: the city
    RadiusNone,    ///< {0}: km, {1}: the city
    RadiusFigures, ///< {0}: the metric, {1}: the year
    NotAvailable,  ///< a city without the figure
    Kilometres,    ///< the unit after a distance
    Count
};

/// One entry of the table.
struct UiString {
    Tx id;
    const char* en;
    const char* zh;
};

/// Every entry, in the order of Tx.
const UiString* uiStrings();
constexpr std::size_t kUiStringCount = static_cast<std::size_t>(Tx::Count);

/// The text of `id` in `lang`.
const char* tr(Tx id, UiLanguage lang);
/// The text of `id` in `lang` with its placeholders filled (fillPlaceholders).
std::string tr(Tx id, UiLanguage lang, std::initializer_list<std::string_view> args);

/// `pattern` with each "{n}" replaced by args[n] (n: one digit). "{{" gives "{"; a placeholder
/// without an argument stays as written (a missing argument shows, rather than vanishing).
std::string fillPlaceholders(std::string_view pattern,
                             std::initializer_list<std::string_view> args);

} // namespace aimap
