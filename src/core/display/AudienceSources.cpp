#include "core/display/AudienceSources.hpp"

#include "core/i18n/UiText.hpp"

#include <algorithm>
#include <set>

namespace aimap {

std::vector<std::string> audienceSourceIds(const AudienceInput& in) {
    std::vector<std::string> ids;
    std::set<std::string> seen;
    const auto add = [&](const std::vector<std::string>& sources) {
        if (sources.empty() && seen.insert("").second)
            ids.push_back("");
        for (const std::string& id : sources)
            if (seen.insert(id).second)
                ids.push_back(id);
    };
    if (!in.dataset || !in.view)
        return ids;
    const Dataset& ds = *in.dataset;
    const Box view{{0, 0}, in.sizePx};
    const auto inView = [&](std::size_t city) {
        if (!in.camera)
            return true;
        const Vec2 p = in.camera->worldToScreen(ds.cities[city].world);
        return p.x >= view.min.x && p.x <= view.max.x && p.y >= view.min.y && p.y <= view.max.y;
    };
    if (in.nationalCard)
        for (const NationalFigure& f : ds.national.figures)
            add(f.sources);
    for (std::size_t c = 0; c < ds.cities.size(); ++c)
        if (const Value* v = ds.value(c, in.view->metric, in.view->year); v && inView(c))
            add(v->sources);
    if (in.view->ranks)
        for (std::size_t c = 0; c < ds.cities.size(); ++c)
            if (const Value* v = ds.value(c, in.view->ranks->metric, in.view->ranks->year);
                v && inView(c))
                add(v->sources);
    for (std::size_t prog = 0; prog < ds.programmes.size() && prog < 16; ++prog)
        if (in.view->zones & (1u << prog))
            for (const PilotZone& z : ds.programmes[prog].zones)
                add(z.sources);
    return ids;
}

std::string sourceLineText(const Dataset& ds, const std::vector<std::string>& ids,
                           UiLanguage lang) {
    std::vector<std::string> parts;
    std::set<std::string> seen;
    bool unsourced = false;
    for (const std::string& id : ids) {
        if (id.empty()) {
            unsourced = true;
            continue;
        }
        const Source* s = ds.source(id);
        if (!s)
            continue;
        std::string name = !s->publisher.empty() ? s->publisher : s->title;
        if (s->date.size() >= 4 && std::all_of(s->date.begin(), s->date.begin() + 4,
                                               [](char c) { return c >= '0' && c <= '9'; }))
            name += " " + s->date.substr(0, 4); // the year ("undated" and "3月" are not)
        if (seen.insert(name).second)
            parts.push_back(std::move(name));
    }
    if (unsourced)
        parts.push_back(tr(Tx::Unsourced, lang));
    if (parts.empty())
        return {};
    std::string list;
    for (const std::string& p : parts)
        list += (list.empty() ? "" : "; ") + p;
    return tr(Tx::FrameSources, lang, {list});
}

std::string sourceIdLineText(const std::vector<std::string>& ids, UiLanguage lang) {
    // Ids as "S01": a prefix and a number. Sorted, consecutive numbers of one prefix in a range.
    struct Id {
        std::string prefix;
        long number = -1;
        std::size_t digits = 0;
        std::string text;
    };
    std::vector<Id> list;
    bool unsourced = false;
    for (const std::string& id : ids) {
        if (id.empty()) {
            unsourced = true;
            continue;
        }
        Id x;
        x.text = id;
        std::size_t d = id.size();
        while (d > 0 && id[d - 1] >= '0' && id[d - 1] <= '9')
            --d;
        x.prefix = id.substr(0, d);
        x.digits = id.size() - d;
        if (x.digits > 0 && x.digits < 10)
            x.number = std::stol(id.substr(d));
        list.push_back(std::move(x));
    }
    std::sort(list.begin(), list.end(), [](const Id& a, const Id& b) {
        return a.prefix != b.prefix   ? a.prefix < b.prefix
               : a.number != b.number ? a.number < b.number
                                      : a.text < b.text;
    });
    std::string out;
    for (std::size_t i = 0; i < list.size();) {
        std::size_t j = i;
        while (j + 1 < list.size() && list[j].number >= 0 && list[j + 1].prefix == list[i].prefix &&
               list[j + 1].number == list[j].number + 1)
            ++j;
        out += (out.empty() ? "" : ", ") + list[i].text;
        if (j >= i + 2)
            out += "\xE2\x80\x93" + list[j].text; // an en dash: three or more in a row
        else if (j == i + 1)
            out += ", " + list[j].text;
        i = j + 1;
    }
    if (unsourced)
        out += (out.empty() ? "" : ", ") + std::string(tr(Tx::Unsourced, lang));
    return out.empty() ? out : tr(Tx::FrameSourceIds, lang, {out});
}

} // namespace aimap
