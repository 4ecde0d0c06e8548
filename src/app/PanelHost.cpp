#include "app/PanelHost.hpp"

#include <imgui.h>

#include <algorithm>

namespace aimap {

bool PanelHost::closeNational() {
    const bool was = m_showNational;
    m_showNational = false;
    return was;
}

bool PanelHost::closeAbout() {
    const bool was = m_showAbout;
    m_showAbout = false;
    return was;
}

PanelIntents PanelHost::draw(const PanelInputs& in) {
    const Dataset* ds = in.dataset;
    const UiLanguage lang = uiLanguage(in.view->labels);
    ControlsState controls;
    controls.dataset = ds;
    controls.metric = in.view->metric;
    controls.year = in.view->year;
    controls.years = in.summary->years;
    controls.metrics = in.summary->metricOrder;
    controls.labels = in.view->labels;
    controls.clustering = in.view->clustering;
    controls.sectorsPresent = in.summary->sectorsPresent;
    controls.sectors = in.view->sectors;
    controls.sectorMetric = in.summary->sectorMetric;
    controls.sectorMetrics = in.summary->sectorMetrics;
    controls.clusterStatus = in.clusterStatus;
    controls.showOpen = m_showOpen;
    controls.showAbout = m_showAbout;
    controls.loading = in.loading;
    controls.zones = in.view->zones;
    controls.ranks = in.view->ranks;
    controls.rankChoices = in.summary->rankChoices;
    controls.showNational = m_showNational;
    controls.roomText = in.roomText;
    controls.highContrast = in.highContrast;
    const bool provinceCardShown = in.provinceCard && !in.cityCard && !in.clusterCard;
    const bool cardOpen = in.cityCard || in.clusterCard || provinceCardShown;
    controls.choroplethNames = in.choroplethNames;
    controls.choropleth = in.choropleth;
    controls.cardOpen = cardOpen;
    controls.timelinePlaying = in.timelinePlaying;
    controls.timelinePosition = in.timelinePosition;
    controls.folded = cardOpen && !m_controlsUnfoldedWithCard;
    RankListState rankList;
    rankList.dataset = ds;
    rankList.ranking = in.view->ranks;
    rankList.belowFirst = in.audienceOverlay;
    if (in.rankBadges)
        rankList.badges = *in.rankBadges;
    NationalState national;
    national.show = m_showNational;
    national.dataset = ds;
    national.docked = in.presenting && !cardOpen;
    LegendState legend;
    legend.dataset = ds;
    legend.metric = in.view->metric;
    legend.year = in.view->year;
    legend.scale = in.scale;
    legend.metricMax = in.summary->vMax;
    if (const auto n = in.summary->citiesWithFigure.find(in.view->year);
        n != in.summary->citiesWithFigure.end())
        legend.citiesWithFigure = n->second;
    legend.cities = in.summary->cities;
    for (std::size_t p = 0; p < ds->programmes.size() && p < 32; ++p)
        if (in.view->zones & (ProgrammeMask{1} << p))
            legend.zones.push_back({p, countZones(ds->programmes[p], in.view->year)});
    legend.clustersShown = in.clustersShown;
    legend.sectorRing = in.sectorRing;
    legend.labels = in.view->labels;
    legend.sectorsPresent = in.summary->sectorsPresent;
    legend.sectorMetric = in.summary->sectorMetric;
    legend.compact = cardOpen;
    legend.scaleNote = in.scaleNote;
    legend.previousRings = in.previousRings;
    legend.choropleth = in.choroplethKey;
    // The choropleth's key needs the room: the circles' part keeps its essentials, as beside a
    // card (regression: at 1920x1080 with the options open the key was scrolled out of sight).
    legend.compact = legend.compact || in.choroplethKey;
    TooltipState tooltip;
    tooltip.hover = in.hover;
    CityCardState cityCard;
    cityCard.card = in.cityCard;
    cityCard.labels = in.view->labels;
    cityCard.changeBadge = in.cardChangeBadge;
    cityCard.radiusKm = in.radiusKm;
    cityCard.radiusHeading = in.radiusHeading;
    cityCard.nearby = in.nearby;
    cityCard.radiusControls = !in.presenting;
    cityCard.pinControls = !in.presenting;
    cityCard.pinnedSlot = in.cardPinnedSlot;
    ComparePanelState compare;
    compare.model = in.compare;
    compare.cardOpen = cardOpen;
    compare.controls = !in.presenting;
    ClusterCardState clusterCard;
    clusterCard.card = in.clusterCard;
    clusterCard.dataset = ds;
    clusterCard.labels = in.view->labels;
    clusterCard.metric = in.view->metric;
    AboutState about;
    about.show = m_showAbout;
    about.dataset = ds;
    about.attributions = *in.attributions;
    OpenDialogState openDialog;
    openDialog.show = m_showOpen;
    openDialog.dataPath = in.dataPath;
    openDialog.recentFiles = *in.recentFiles;
    openDialog.bundledFile = in.bundledFile;
    ErrorBannerState errorBanner;
    errorBanner.errors = *in.errors;
    const bool failed = std::any_of(in.errors->begin(), in.errors->end(), [](const Diagnostic& d) {
        return d.severity == Severity::Error;
    });
    if (failed && !in.loadedAt.empty())
        errorBanner.since = tr(Tx::ShowingDataLoadedAt, lang, {in.loadedAt});

    // Each panel records its rectangle in the frame (map labels avoid them).
    PanelFrame frame;
    frame.uiScale = in.uiScale;
    frame.language = lang;
    if (in.audienceOverlay)
        frame.rects = in.overlayBoxes;
    PanelIntents out;
    AboutIntents aboutOut;
    if (ds && !ds->metrics.empty()) {
        // The audience view of a talk: the caption where the controls are when exploring.
        if (!in.presenting)
            out.controls = drawControls(controls, frame);
        else if (!in.audienceOverlay)
            drawCaption(in.caption, frame);
        drawRankList(rankList, frame);
        if (!in.presenting) { // the rankings table (issue 16), left of a card
            RankingsPanelState rankings = in.rankings;
            if (cardOpen)
                rankings.rightLimit = ImGui::GetIO().DisplaySize.x -
                                      cityCardWidth(ImGui::GetIO().DisplaySize.x, in.uiScale) -
                                      2 * panelMargin(in.uiScale);
            out.rankings = drawRankings(rankings, frame);
        }
        if (!in.audienceOverlay)
            drawLegend(legend, frame);
        out.cityCard = drawCityCard(cityCard, frame);
        out.clusterCard = drawClusterCard(clusterCard, frame);
        out.compare = drawComparePanel(compare, frame);
        if (provinceCardShown)
            out.provinceCard =
                drawProvinceCard({in.provinceCard, in.provinceChoroplethLine}, frame);
        aboutOut = drawAbout(about, frame);
        if (drawNational(national, frame).close)
            m_showNational = false;
        out.openDialog = drawOpenDialog(openDialog, frame);
        // Over the cards (ImGui stacks windows in the order they first appear).
        if (!in.presenting)
            out.talkEditor = drawTalkEditor(in.talkEditor, frame);
        drawTooltip(tooltip, frame);
    }
    // Over everything but the toast: the help is asked for to be read.
    if (drawKeyHelp({m_showKeyHelp, in.presenting}, frame).close)
        m_showKeyHelp = false;
    drawToast(in.toast, frame);
    out.errorBanner = drawErrorBanner(errorBanner, frame);
    out.panelRects = std::move(frame.rects);
    // The dialogs' own state: the buttons toggle them, their close buttons close them.
    if (out.controls.showAbout)
        m_showAbout = *out.controls.showAbout;
    if (out.controls.showOpen)
        m_showOpen = *out.controls.showOpen;
    if (out.controls.fold)
        m_controlsUnfoldedWithCard = !*out.controls.fold;
    if (out.controls.showNational)
        m_showNational = *out.controls.showNational;
    if (aboutOut.close)
        m_showAbout = false;
    if (out.openDialog.close)
        m_showOpen = false;
    return out;
}

} // namespace aimap
