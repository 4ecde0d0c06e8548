#include "core/talk/TalkWriter.hpp"

#include "core/data/Sectors.hpp"
#include "core/io/AtomicFile.hpp"
#include "core/talk/TalkLoader.hpp"

namespace aimap {

using json = nlohmann::ordered_json;

namespace {

constexpr unsigned short kAllSectors = (1u << kSectorCount) - 1;

struct Writer {
    const Dataset& ds;
    const std::vector<ProvinceName>* provinces;

    json city(std::size_t c) const { return c < ds.cities.size() ? ds.cities[c].id : ""; }

    json cities(const std::vector<std::size_t>& list) const {
        json out = json::array();
        for (std::size_t c : list)
            out.push_back(city(c));
        return out;
    }

    json province(const std::string& code) const {
        if (provinces)
            for (const ProvinceName& p : *provinces)
                if (p.code == code && !p.nameEn.empty())
                    return p.nameEn;
        return code;
    }

    json places(const std::vector<std::size_t>& cs, const std::vector<std::string>& ps) const {
        json out = json::object();
        if (!cs.empty())
            out["cities"] = cities(cs);
        if (!ps.empty()) {
            json list = json::array();
            for (const auto& p : ps)
                list.push_back(province(p));
            out["provinces"] = list;
        }
        return out;
    }

    json spotlight(const Spotlight& s) const {
        json out = places(s.cities, s.provinces);
        if (!s.focus.empty())
            out["focus"] = cities(s.focus);
        return out;
    }

    static json cards(const TalkCards& c) {
        json out = json::array();
        if (c.city)
            out.push_back("city");
        if (c.cluster)
            out.push_back("cluster");
        if (c.national)
            out.push_back("national");
        return out;
    }

    static json sectors(unsigned short mask) {
        if ((mask & kAllSectors) == kAllSectors)
            return "all";
        json out = json::array();
        for (std::size_t i = 0; i < kSectorCount; ++i)
            if (mask & (1u << i))
                out.push_back(sectorInfo(static_cast<Sector>(i)).id);
        return out;
    }

    json zones(ProgrammeMask mask) const {
        json out = json::array();
        for (std::size_t p = 0; p < ds.programmes.size() && p < 32; ++p)
            if (mask & (ProgrammeMask{1} << p))
                out.push_back(ds.programmes[p].id);
        return out;
    }

    json ranks(const std::optional<RankLayerChoice>& r) const {
        if (!r || r->metric >= ds.metrics.size())
            return nullptr;
        return ds.metrics[r->metric].id + ":" + std::to_string(r->year);
    }

    json metric(std::size_t m) const { return m < ds.metrics.size() ? ds.metrics[m].id : ""; }

    json camera(const TalkCamera& c) const {
        switch (c.kind) {
        case TalkCamera::Kind::Centre:
            return {{"centre", {c.centre.lon, c.centre.lat}}, {"zoom", c.zoom}};
        case TalkCamera::Kind::Fit:
            return {{"fit", places(c.cities, c.provinces)}};
        case TalkCamera::Kind::China:
        default:
            return "china";
        }
    }

    static json timeline(const TalkTimeline& t) { return {{"from", t.from}, {"to", t.to}}; }

    json step(const TalkStep& s) const {
        json out = json::object();
        if (s.metric)
            out["metric"] = metric(*s.metric);
        if (s.year)
            out["year"] = *s.year;
        if (s.sectors)
            out["sectors"] = sectors(*s.sectors);
        if (s.zones)
            out["zones"] = zones(*s.zones);
        if (s.ranks)
            out["ranks"] = ranks(*s.ranks);
        if (s.select)
            out["select"] = *s.select ? city(**s.select) : json(nullptr);
        if (s.cards)
            out["cards"] = cards(*s.cards);
        if (s.spotlight)
            out["spotlight"] = spotlight(*s.spotlight);
        if (s.caption)
            out["caption"] = *s.caption;
        if (s.captionZh)
            out["caption_zh"] = *s.captionZh;
        if (s.holdSeconds)
            out["hold_seconds"] = *s.holdSeconds;
        if (s.timeline)
            out["timeline"] = timeline(*s.timeline);
        return out;
    }

    json scene(const TalkScene& s) const {
        json out = json::object();
        if (!s.title.empty())
            out["title"] = s.title;
        out["camera"] = camera(s.camera);
        const ViewState& v = s.view;
        out["metric"] = metric(v.metric);
        if (v.year != 0) // 0: the metric has no years
            out["year"] = v.year;
        if (v.selectedCity)
            out["select"] = city(*v.selectedCity);
        out["cards"] = cards(s.cards);
        out["sectors"] = sectors(v.sectors);
        out["zones"] = zones(v.zones);
        if (v.ranks)
            out["ranks"] = ranks(v.ranks);
        if (v.labels != LabelMode::Both)
            out["labels"] = v.labels == LabelMode::Chinese ? "zh" : "en";
        if (!v.clustering)
            out["grouping"] = false;
        if (!s.spotlight.empty())
            out["spotlight"] = spotlight(s.spotlight);
        out["caption"] = s.caption;
        if (!s.captionZh.empty())
            out["caption_zh"] = s.captionZh;
        out["notes"] = s.notes;
        out["hold_seconds"] = s.holdSeconds;
        if (s.timeline)
            out["timeline"] = timeline(*s.timeline);
        if (!s.steps.empty()) {
            json steps = json::array();
            for (const TalkStep& st : s.steps)
                steps.push_back(step(st));
            out["steps"] = steps;
        }
        return out;
    }
};

} // namespace

json talkToJson(const Talk& talk, const Dataset& ds, const std::vector<ProvinceName>* provinces) {
    const Writer w{ds, provinces};
    json out = json::object();
    out["aimap_talk"] = kTalkVersion;
    if (!talk.title.empty())
        out["title"] = talk.title;
    if (!talk.dataset.empty())
        out["dataset"] = talk.dataset;
    json scenes = json::array();
    for (const TalkScene& s : talk.scenes)
        scenes.push_back(w.scene(s));
    out["scenes"] = scenes;
    return out;
}

std::string talkText(const Talk& talk, const Dataset& ds,
                     const std::vector<ProvinceName>* provinces) {
    // The depth of a talk is fixed (five levels): nlohmann's recursive dump is safe here.
    return talkToJson(talk, ds, provinces).dump(2, ' ', false, json::error_handler_t::replace) +
           "\n";
}

bool saveTalk(const std::string& path, const Talk& talk, const Dataset& ds,
              const std::vector<ProvinceName>* provinces, std::string& error) {
    std::string text;
    try {
        text = talkText(talk, ds, provinces);
    } catch (const std::exception& e) { // only allocation can fail here
        error = e.what();
        return false;
    }
    return writeFileAtomically(path, text, error);
}

} // namespace aimap
