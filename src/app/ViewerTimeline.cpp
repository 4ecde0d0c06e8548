// The timeline (issue 15): Viewer's methods that let the view's year follow the core's Timeline,
// the markers morph (MarkerScene, SceneInput::morph), and the previous-figure rings and change
// badges (render/TimelineMarks). The playback itself is core/timeline/Timeline.

#include "app/Viewer.hpp"

#include "core/data/Format.hpp"
#include "core/i18n/UiText.hpp"
#include "core/timeline/YearChange.hpp"
#include "ui/PanelStyle.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {

void Viewer::advanceTimeline() {
    if (!m_data.dataset())
        return;
    const MetricSummary& s = summary();
    if (s.dataset != m_timelineData || m_view.metric != m_timelineMetric) {
        // Another metric or data: its own years, the year shown kept.
        m_timeline.setYears(s.years, m_view.year);
        m_timelineData = s.dataset;
        m_timelineMetric = m_view.metric;
        m_timelineYear = m_view.year;
        // The largest figure: the legend names the scale by it (a copy: no pointer into data
        // that a reload or a sector filter replaces).
        m_scaleTop.reset();
        for (const Value& v : data().values)
            if (v.metric == m_view.metric && (!m_scaleTop || v.value > m_scaleTop->value))
                m_scaleTop = ScaleTop{v.city, v.year, v.value};
    } else if (m_view.year != m_timelineYear) {
        // The year was set elsewhere (the menu, a talk step, the command line): the timeline
        // stops there, and the year was not reached through it.
        m_timeline.setYears(s.years, m_view.year);
        m_timelineYear = m_view.year;
    }
    const int before = m_timeline.year();
    m_timeline.update(timelineNow());
    if (m_timeline.year() != before || m_timeline.reached()) {
        m_view.year = m_timeline.year();
        m_timelineYear = m_view.year;
    }
}

std::optional<YearMorph> Viewer::yearMorph() const {
    const TimelineFrame& f = m_timeline.frame();
    if (!f.transitioning() || f.to != m_view.year || m_view.metric != m_timelineMetric)
        return std::nullopt;
    return YearMorph{f.from, f.to, f.eased};
}

void Viewer::toggleTimeline() {
    advanceTimeline(); // the years of the metric shown now
    m_timeline.toggle(timelineNow());
}

void Viewer::playTimeline(int from, int to) {
    advanceTimeline();
    m_timeline.playRange(from, to, timelineNow());
    m_view.year = m_timeline.year();
    m_timelineYear = m_view.year;
}

bool Viewer::timelineMoving() const {
    return m_timeline.playing() || (m_timeline.frame().transitioning() && !m_timeline.paused());
}

std::vector<std::string> Viewer::timelineBadges() const {
    return m_gfx ? m_gfx->timelineMarks.badgeTexts() : std::vector<std::string>{};
}

std::string Viewer::cardChangeBadge() const {
    if (!m_view.selectedCity || !m_data.dataset())
        return {};
    const auto c = yearChange(data(), *m_view.selectedCity, m_view.metric, m_view.year);
    if (!c)
        return {};
    const UiLanguage lang = uiLanguage(m_view.labels);
    const Metric& m = data().metrics[m_view.metric];
    return tr(Tx::MetricYear, lang,
              {m.labelIn(lang == UiLanguage::Zh), std::to_string(m_view.year)}) +
           (lang == UiLanguage::Zh ? "：" : ": ") + changeBadgeText(*c, lang);
}

void Viewer::timelinePanelInputs(PanelInputs& in) const {
    const TimelineFrame& f = m_timeline.frame();
    const auto& years = m_timeline.years();
    auto index = [&](int y) {
        return static_cast<double>(std::lower_bound(years.begin(), years.end(), y) - years.begin());
    };
    in.timelinePlaying = m_timeline.playing();
    in.timelinePosition = index(m_view.year);
    if (f.transitioning() && f.to == m_view.year)
        in.timelinePosition = index(f.from) + (index(f.to) - index(f.from)) * f.eased;
    in.cardChangeBadge = cardChangeBadge();
    in.previousRings = m_gfx && m_timeline.reached() && m_timeline.year() == m_view.year;
    // The one scale of every year: its largest figure, with its city and year.
    const Dataset& ds = data();
    const auto& top = m_scaleTop;
    if (top && m_timelineData == &ds && top->city < ds.cities.size()) {
        const UiLanguage lang = uiLanguage(m_view.labels);
        const City& c = ds.cities[top->city];
        const std::string name = lang == UiLanguage::Zh && !c.nameZh.empty() ? c.nameZh
                                 : c.nameEn.empty()                          ? c.nameZh
                                                                             : c.nameEn;
        // A no-break space keeps the figure and its unit on one line ("305.6 bn").
        std::string figure = formatCompact(top->value, ds.metrics[m_view.metric].unit, lang);
        for (std::size_t at = figure.find(' '); at != std::string::npos; at = figure.find(' ', at))
            figure.replace(at, 1, "\xC2\xA0");
        in.scaleNote = tr(Tx::LegendOneScale, lang, {figure, name, std::to_string(top->year)});
    }
}

void Viewer::buildTimelineMarks(const std::vector<Box>& obstacles) {
    Graphics& g = *m_gfx;
    std::vector<TimelineMarks::Ring> rings;
    std::vector<TimelineMarks::Badge> badges;
    const Dataset& ds = data();
    // Only once a year is reached through the timeline: the ring and the badge say what changed
    // since before, a question the timeline asks (not the menu). Both are there from the
    // transition's start (the figures are year B's from then on: cards, tooltips; the ring is
    // where the circle grows from), the badge beside the larger of the two circles, so that it
    // and the labels stay put.
    if (m_timeline.reached() && m_timeline.year() == m_view.year) {
        const SymbolScale scale = MarkerScene::symbolScale(m_camera, summary().vMax, uiScale());
        const ClusterLayer* layer = shownLayer();
        for (std::size_t i = 0; i < m_frame.order.size(); ++i) {
            const ScreenMarker& m = m_frame.order[i];
            const MapItem& d = m_frame.items[m.item];
            const bool city =
                d.kind == MapItem::Kind::City || (d.kind == MapItem::Kind::Point && layer &&
                                                  layer->members == ClusterLayer::Members::Cities);
            if (!city || m_frame.memberCities[m.item].empty())
                continue;
            const std::size_t c = m_frame.memberCities[m.item][0];
            if (!ds.value(c, m_view.metric, m_view.year))
                continue; // no figure this year: nothing to compare
            if (const Value* p = previousFigure(ds, c, m_view.metric, m_view.year))
                rings.push_back({m.centre, scale.radius(p->value)});
            // Badges where they are readable: the selected city and a talk's focus cities.
            const bool wanted = (m_view.selectedCity && *m_view.selectedCity == c) ||
                                std::find(m_focus.begin(), m_focus.end(), c) != m_focus.end();
            if (!wanted || badges.size() >= Spotlight::kMaxFocus + 1)
                continue;
            const auto change = yearChange(ds, c, m_view.metric, m_view.year);
            if (!change)
                continue;
            double r = m.radiusPx; // the label's circle: the larger of the years' (MarkerScene)
            for (const LabelRequest& l : m_frame.labels)
                if (l.owner == m.item)
                    r = std::max(r, l.markerRadiusPx);
            badges.push_back({m.centre, r, changeBadgeText(*change, uiLanguage(m_view.labels))});
        }
    }
    const float px = uiScale();
    g.timelineMarks.build(std::move(rings), badges, g.labels.hasFont() ? &g.labels.font() : nullptr,
                          static_cast<unsigned>(std::round(kLabelTextPx * px)), px,
                          m_camera.viewport(), obstacles);
}

} // namespace aimap
