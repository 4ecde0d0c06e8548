// Talk files (docs/talks.md): every name resolved against the dataset with the command line's
// rules, every problem reported at its JSON pointer with a hint.
//
// [SECTION] Small readers: texts, hold times, lists of names
// [SECTION] Camera, cards, spotlight
// [SECTION] Scenes and build steps
// [SECTION] Entry points

#include "core/talk/TalkLoader.hpp"

#include "core/data/BasemapLoader.hpp"
#include "core/data/JsonFields.hpp"
#include "core/data/JsonFile.hpp"
#include "core/data/LoadGuard.hpp"
#include "core/talk/TalkNames.hpp"

#include <cmath>
#include <filesystem>

namespace aimap {

using nlohmann::json;

namespace {

constexpr const char* kTalkDoc = "docs/talks.md";

struct TalkReader {
    TalkReader(const std::string& file, const TalkContext& ctx, const TalkLimits& limits,
               Diagnostics& diags)
        : file(file), ctx(ctx), limits(limits), diags(diags), names(ctx, file, limits, diags) {
        fieldLimits.maxStringBytes = limits.maxTextBytes;
        base = defaultView(*ctx.dataset);
        base.dataset = ctx.datasetPath;
    }
    const std::string& file;
    const TalkContext& ctx;
    const TalkLimits& limits;
    Diagnostics& diags;
    TalkNames names;
    Limits fieldLimits;
    ViewState base; ///< the dataset's default view: what a scene shows where it says nothing
};

// [SECTION] Small readers

// "hold_seconds": a number of seconds in (0, maxHoldSeconds].
std::optional<double> readHold(TalkReader& r, const Fields& f) {
    const auto v = f.number("hold_seconds", false);
    if (v && (*v <= 0 || *v > r.limits.maxHoldSeconds)) {
        r.names.error(f.at("hold_seconds"),
                      "\"hold_seconds\" must be more than 0 and at most " +
                          std::to_string(static_cast<int>(r.limits.maxHoldSeconds)),
                      "the time the video holds this picture, e.g. 6");
        return std::nullopt;
    }
    return v;
}

// "timeline": {"from": A, "to": B}: years with figures for the frame's metric, A < B. The frame's
// year becomes B; a "year" beside it must be B.
std::optional<TalkTimeline> readTimeline(TalkReader& r, const Fields& f, std::size_t metric,
                                         bool yearGiven, int& year) {
    const json* t = f.find("timeline");
    if (!t)
        return std::nullopt;
    const std::string ptr = f.at("timeline");
    const char* example = "for example {\"from\": 2018, \"to\": 2020}";
    if (!t->is_object()) {
        r.names.error(ptr, std::string("\"timeline\" must be an object, not ") + typeName(*t),
                      example);
        return std::nullopt;
    }
    Fields tf(*t, ptr, r.file, r.fieldLimits, r.diags);
    tf.documentedIn(kTalkDoc);
    const json* a = tf.find("from");
    const json* b = tf.find("to");
    std::optional<int> from, to;
    if (a)
        from = r.names.year(metric, *a, tf.at("from"));
    if (b)
        to = r.names.year(metric, *b, tf.at("to"));
    tf.warnUnknown();
    if (!a || !b) {
        r.names.error(ptr, "\"timeline\" needs both \"from\" and \"to\"", example);
        return std::nullopt;
    }
    if (!from || !to)
        return std::nullopt;
    if (*from >= *to) {
        r.names.error(tf.at("to"),
                      "\"to\" (" + std::to_string(*to) + ") must be a later year than \"from\" (" +
                          std::to_string(*from) + ")",
                      "the timeline plays forward; to go back, show the earlier year in a step");
        return std::nullopt;
    }
    if (yearGiven && year != *to) {
        r.names.error(f.at("year"),
                      "\"year\" (" + std::to_string(year) + ") is not the timeline's \"to\" (" +
                          std::to_string(*to) + "): the frame ends on \"to\"",
                      "remove \"year\", or make it " + std::to_string(*to));
        return std::nullopt;
    }
    year = *to;
    return TalkTimeline{*from, *to};
}

// An array of names, each resolved by `one`; nullopt (reported) when any is wrong.
template <class T, class One>
std::optional<std::vector<T>> readList(TalkReader& r, const json& j, const std::string& ptr,
                                       const char* what, const char* example, One&& one) {
    if (!r.names.checkList(j, ptr, (std::string("must be an array of ") + what).c_str(), what,
                           example))
        return std::nullopt;
    std::vector<T> out;
    bool ok = true;
    for (std::size_t i = 0; i < j.size(); ++i) {
        auto v = one(j[i], ptr + "/" + std::to_string(i));
        if (v)
            out.push_back(std::move(*v));
        else
            ok = false;
    }
    return ok ? std::optional<std::vector<T>>(std::move(out)) : std::nullopt;
}

std::optional<std::vector<std::size_t>> readCities(TalkReader& r, const json& j,
                                                   const std::string& ptr) {
    return readList<std::size_t>(
        r, j, ptr, "cities", "for example [\"jinan\", \"Qingdao\"]",
        [&](const json& e, const std::string& p) { return r.names.city(e, p); });
}

std::optional<std::vector<std::string>> readProvinces(TalkReader& r, const json& j,
                                                      const std::string& ptr) {
    return readList<std::string>(
        r, j, ptr, "provinces", "for example [\"Shandong\", \"河南\"]",
        [&](const json& e, const std::string& p) { return r.names.province(e, p); });
}

// { "cities": [...], "provinces": [...] } and, for a spotlight, "focus": [...].
bool readPlaces(TalkReader& r, const json& j, const std::string& ptr, bool focus,
                std::vector<std::size_t>& cities, std::vector<std::string>& provinces,
                std::vector<std::size_t>* focusCities) {
    if (!j.is_object()) {
        r.names.error(ptr, std::string("must be an object, not ") + typeName(j),
                      "for example {\"cities\": [\"jinan\"], \"provinces\": [\"Shandong\"]}");
        return false;
    }
    Fields f(j, ptr, r.file, r.fieldLimits, r.diags);
    f.documentedIn(kTalkDoc);
    bool ok = true;
    if (const json* c = f.find("cities")) {
        auto v = readCities(r, *c, f.at("cities"));
        ok = ok && v;
        if (v)
            cities = std::move(*v);
    }
    if (const json* p = f.find("provinces")) {
        auto v = readProvinces(r, *p, f.at("provinces"));
        ok = ok && v;
        if (v)
            provinces = std::move(*v);
    }
    if (focus) {
        if (const json* p = f.find("focus")) {
            auto v = readCities(r, *p, f.at("focus"));
            if (v && v->size() > Spotlight::kMaxFocus) {
                r.names.error(f.at("focus"),
                              "at most " + std::to_string(Spotlight::kMaxFocus) +
                                  " focus cities, not " + std::to_string(v->size()),
                              "focus cities pulse: keep the effect for the 1-3 cities the scene "
                              "is about, and light the others with \"cities\"");
                v.reset();
            }
            ok = ok && v;
            if (v)
                *focusCities = std::move(*v);
        }
    }
    f.warnUnknown();
    return ok;
}

// [SECTION] Camera, cards, spotlight

// "china", {"centre": [lon, lat], "zoom": z} or {"fit": {"cities": [...], "provinces": [...]}}.
TalkCamera readCamera(TalkReader& r, const json& j, const std::string& ptr) {
    TalkCamera cam;
    if (j.is_string() && j.get_ref<const std::string&>() == "china")
        return cam;
    const char* hint = "write \"china\", {\"centre\": [117.0, 36.7], \"zoom\": 3} or "
                       "{\"fit\": {\"cities\": [\"jinan\", \"qingdao\"]}}";
    if (!j.is_object()) {
        r.names.error(ptr,
                      std::string("\"camera\" must be \"china\" or an object, not ") + typeName(j),
                      hint);
        return cam;
    }
    Fields f(j, ptr, r.file, r.fieldLimits, r.diags);
    f.documentedIn(kTalkDoc);
    const json* centre = f.find("centre");
    const json* fit = f.find("fit");
    if (centre && fit) {
        r.names.error(ptr, "a camera has either \"centre\" and \"zoom\" or \"fit\", not both",
                      hint);
    } else if (fit) {
        cam.kind = TalkCamera::Kind::Fit;
        // "names nothing" only when what it names was read: one error per mistake.
        const bool read =
            readPlaces(r, *fit, f.at("fit"), false, cam.cities, cam.provinces, nullptr);
        if (read && cam.cities.empty() && cam.provinces.empty())
            r.names.error(f.at("fit"), "\"fit\" names no city and no province", hint);
    } else if (centre) {
        cam.kind = TalkCamera::Kind::Centre;
        const bool pair = centre->is_array() && centre->size() == 2 && (*centre)[0].is_number() &&
                          (*centre)[1].is_number();
        if (!pair) {
            r.names.error(f.at("centre"), "\"centre\" must be [longitude, latitude] in degrees",
                          "for example [117.0, 36.7] (Jinan)");
        } else {
            cam.centre = {(*centre)[0].get<double>(), (*centre)[1].get<double>()};
            if (!(std::fabs(cam.centre.lon) <= 180) || !(std::fabs(cam.centre.lat) <= 90))
                r.names.error(f.at("centre"),
                              "\"centre\" is out of range: longitude within ±180, latitude "
                              "within ±90",
                              "longitude first: China is between 73 and 135 east");
        }
        const auto zoom = f.number("zoom", true);
        if (zoom) {
            cam.zoom = *zoom;
            // Camera::kMinZoom and kMaxZoom: 0.5 and 64 times the scale of "Fit China".
            if (cam.zoom < -1 || cam.zoom > 6)
                r.names.error(f.at("zoom"), "\"zoom\" must be between -1 and 6",
                              "0 shows all of China, +1 doubles the scale");
        }
    } else {
        r.names.error(ptr, "a camera object needs \"centre\" and \"zoom\", or \"fit\"", hint);
    }
    f.warnUnknown();
    return cam;
}

// ["city", "cluster", "national"] (any of them; city and cluster are one panel: not both).
std::optional<TalkCards> readCards(TalkReader& r, const json& j, const std::string& ptr) {
    if (!j.is_array() || j.size() > 3) {
        r.names.error(ptr,
                      "\"cards\" must be an array of up to three of \"city\", \"cluster\", "
                      "\"national\"",
                      "for example [\"city\", \"national\"]; [] opens none");
        return std::nullopt;
    }
    TalkCards cards;
    bool ok = true;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::string p = ptr + "/" + std::to_string(i);
        const std::string name = j[i].is_string() ? j[i].get<std::string>() : std::string();
        if (name == "city")
            cards.city = true;
        else if (name == "cluster")
            cards.cluster = true;
        else if (name == "national")
            cards.national = true;
        else {
            ok = false;
            r.diags.reportError(r.file, [&] {
                return Finding{p, "unknown card " + shortJson(j[i]),
                               didYouMean(name, {"city", "cluster", "national"}).empty()
                                   ? "cards: \"city\", \"cluster\", \"national\""
                                   : didYouMean(name, {"city", "cluster", "national"})};
            });
        }
    }
    if (cards.city && cards.cluster) {
        r.names.error(ptr, "the city card and the cluster card share one panel: open one",
                      "\"city\" shows the selected city, \"cluster\" the cluster holding it");
        ok = false;
    }
    return ok ? std::optional<TalkCards>(cards) : std::nullopt;
}

std::optional<Spotlight> readSpotlight(TalkReader& r, const json& j, const std::string& ptr) {
    Spotlight s;
    if (j.is_null())
        return s;
    if (!readPlaces(r, j, ptr, true, s.cities, s.provinces, &s.focus))
        return std::nullopt;
    return s;
}

// The city and cluster cards show the selected city: without one they have nothing to show.
void checkCards(TalkReader& r, const TalkCards& cards, const std::optional<std::size_t>& selected,
                const std::string& ptr) {
    if ((cards.city || cards.cluster) && !selected)
        r.names.error(ptr,
                      std::string("the ") + (cards.city ? "city" : "cluster") +
                          " card is open but no city is selected",
                      "add \"select\": \"CITY\", or remove the card from \"cards\"");
}

// [SECTION] Scenes and build steps

// Keys a step may not have: they belong to the scene (a build changes what is shown, not where).
bool rejectSceneOnlyKey(TalkReader& r, const Fields& f) {
    bool any = false;
    for (const char* key : {"camera", "notes", "title", "labels", "grouping", "steps"}) {
        if (!f.find(key))
            continue;
        any = true;
        r.names.error(f.at(key), std::string("a build step cannot change \"") + key + "\"",
                      std::string(key) == "camera"
                          ? "a step keeps the scene's camera: start a new scene to move it"
                          : "set it on the scene");
    }
    return any;
}

// What the frames of a scene have shown so far, for checking each step in context.
struct FrameState {
    std::size_t metric = 0;
    int year = 0;
    std::optional<std::size_t> selected;
    TalkCards cards;
    bool captionZh = false;
};

TalkStep readStep(TalkReader& r, const json& j, const std::string& ptr, FrameState& st) {
    TalkStep step;
    if (!j.is_object()) {
        r.names.error(
            ptr, std::string("a build step must be an object, not ") + typeName(j),
            "for example {\"metric\": \"ic_industry_scale_cny_100m\", \"caption\": \"...\"}");
        return step;
    }
    Fields f(j, ptr, r.file, r.fieldLimits, r.diags);
    f.documentedIn(kTalkDoc);
    rejectSceneOnlyKey(r, f);
    if (const json* m = f.find("metric"))
        if ((step.metric = r.names.metric(*m, f.at("metric")))) {
            st.metric = *step.metric;
            if (!r.names.hasYear(st.metric, st.year)) // withMetric: keep the year if it can
                st.year = r.names.latestYear(st.metric);
        }
    if (const json* y = f.find("year"))
        if ((step.year = r.names.year(st.metric, *y, f.at("year"))))
            st.year = *step.year;
    step.timeline = readTimeline(r, f, st.metric, step.year.has_value(), st.year);
    if (const json* s = f.find("sectors"))
        step.sectors = r.names.sectors(*s, f.at("sectors"));
    if (const json* z = f.find("zones"))
        step.zones = r.names.zones(*z, f.at("zones"));
    if (const json* k = f.find("ranks"))
        step.ranks = r.names.ranks(*k, f.at("ranks"));
    bool selectFailed = false; // then the cards' check would only repeat that error
    if (const json* s = f.find("select")) {
        if (s->is_null())
            step.select = std::optional<std::size_t>();
        else if (const auto c = r.names.city(*s, f.at("select")))
            step.select = c;
        if (step.select)
            st.selected = *step.select;
        selectFailed = !step.select;
    }
    if (const json* c = f.find("cards"))
        if ((step.cards = readCards(r, *c, f.at("cards"))))
            st.cards = *step.cards;
    if (const json* s = f.find("spotlight"))
        step.spotlight = readSpotlight(r, *s, f.at("spotlight"));
    if (f.find("caption"))
        step.caption = f.str("caption", false);
    if (f.find("caption_zh"))
        step.captionZh = f.str("caption_zh", false);
    step.holdSeconds = readHold(r, f);
    f.warnUnknown();
    if (!selectFailed)
        checkCards(r, st.cards, st.selected, f.find("cards") ? f.at("cards") : ptr);
    if (step.captionZh)
        st.captionZh = !step.captionZh->empty();
    else if (step.caption && st.captionZh)
        r.diags.warning(r.file, f.at("caption"),
                        "the step changes the caption but not \"caption_zh\": the Chinese "
                        "caption would stay the previous one",
                        "add \"caption_zh\" to the step");
    if (j.empty())
        r.diags.warning(r.file, ptr,
                        "this build step changes nothing: the click shows the same picture",
                        "remove it, or say what it reveals");
    return step;
}

std::optional<LabelMode> labelMode(const std::string& s) {
    if (s == "zh")
        return LabelMode::Chinese;
    if (s == "en")
        return LabelMode::English;
    if (s == "both")
        return LabelMode::Both;
    return std::nullopt;
}

TalkScene readScene(TalkReader& r, const json& j, const std::string& ptr) {
    TalkScene scene;
    scene.view = r.base;
    if (!j.is_object()) {
        r.names.error(ptr, std::string("a scene must be an object, not ") + typeName(j),
                      "see docs/talks.md, \"Scenes\"");
        return scene;
    }
    Fields f(j, ptr, r.file, r.fieldLimits, r.diags);
    f.documentedIn(kTalkDoc);
    scene.title = f.str("title", false);
    scene.caption = f.str("caption", false);
    scene.captionZh = f.str("caption_zh", false);
    scene.notes = f.str("notes", false);
    ViewState& v = scene.view;
    // The view: as the command line resolves it (ViewState.hpp's resolveView), field by field.
    if (f.find("labels")) {
        const std::string s = f.str("labels", false);
        if (const auto mode = labelMode(s))
            v.labels = *mode;
        else
            r.names.error(f.at("labels"), "\"labels\" must be \"zh\", \"en\" or \"both\"");
    }
    if (const json* g = f.find("grouping")) {
        if (g->is_boolean())
            v.clustering = g->get<bool>();
        else
            r.names.error(f.at("grouping"), "\"grouping\" must be true or false");
    }
    if (const json* s = f.find("sectors"))
        if (const auto mask = r.names.sectors(*s, f.at("sectors")))
            v.sectors = *mask;
    if (const json* z = f.find("zones"))
        if (const auto mask = r.names.zones(*z, f.at("zones")))
            v.zones = *mask;
    if (const json* k = f.find("ranks"))
        if (const auto ranks = r.names.ranks(*k, f.at("ranks")))
            v.ranks = *ranks;
    if (const json* m = f.find("metric"))
        if (const auto metric = r.names.metric(*m, f.at("metric"))) {
            v.metric = *metric;
            v.year = r.names.latestYear(*metric); // a metric alone shows its latest year
        }
    if (const json* y = f.find("year"))
        if (const auto year = r.names.year(v.metric, *y, f.at("year")))
            v.year = *year;
    scene.timeline = readTimeline(r, f, v.metric, f.find("year") != nullptr, v.year);
    bool selectFailed = false; // then the cards' check would only repeat that error
    if (const json* s = f.find("select"); s && !s->is_null()) {
        v.selectedCity = r.names.city(*s, f.at("select"));
        selectFailed = !v.selectedCity;
    }
    // Where and what else.
    if (const json* c = f.find("camera"))
        scene.camera = readCamera(r, *c, f.at("camera"));
    scene.cards.city = v.selectedCity.has_value(); // selecting a city opens its card
    if (const json* c = f.find("cards"))
        if (const auto cards = readCards(r, *c, f.at("cards")))
            scene.cards = *cards;
    if (!selectFailed)
        checkCards(r, scene.cards, v.selectedCity, f.find("cards") ? f.at("cards") : ptr);
    if (const json* s = f.find("spotlight"))
        if (const auto spot = readSpotlight(r, *s, f.at("spotlight")))
            scene.spotlight = *spot;
    if (const auto hold = readHold(r, f))
        scene.holdSeconds = *hold;
    if (const json* steps = f.find("steps")) {
        if (!steps->is_array()) {
            r.names.error(f.at("steps"),
                          std::string("\"steps\" must be an array of build steps, not ") +
                              typeName(*steps));
        } else if (steps->size() > r.limits.maxSteps) {
            r.names.error(f.at("steps"), tooMany("build steps", steps->size(), r.limits.maxSteps),
                          "split the scene in two");
        } else {
            FrameState st{v.metric, v.year, v.selectedCity, scene.cards, !scene.captionZh.empty()};
            for (std::size_t i = 0; i < steps->size(); ++i)
                scene.steps.push_back(
                    readStep(r, (*steps)[i], f.at("steps") + "/" + std::to_string(i), st));
        }
    }
    f.warnUnknown();
    return scene;
}

} // namespace

// [SECTION] Entry points

bool isTalkDocument(const json& doc) {
    return doc.is_object() && doc.contains("aimap_talk");
}

std::string talkDatasetReference(const json& doc) {
    if (!doc.is_object())
        return {};
    const auto it = doc.find("dataset");
    return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string resolveTalkDataset(const std::string& talkPath, const std::string& reference,
                               const std::string& bundled) {
    namespace fs = std::filesystem;
    if (reference.empty())
        return bundled;
    const fs::path ref(reference);
    if (ref.is_absolute())
        return reference;
    return (fs::path(talkPath).parent_path() / ref).lexically_normal().string();
}

std::string talkDatasetReferenceFor(const std::string& talkPath, const std::string& datasetPath,
                                    const std::string& bundled) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path data = fs::absolute(datasetPath, ec).lexically_normal();
    if (!bundled.empty() && data == fs::absolute(bundled, ec).lexically_normal())
        return {};
    const fs::path folder = fs::absolute(talkPath, ec).lexically_normal().parent_path();
    const fs::path relative = data.lexically_relative(folder);
    return relative.empty() ? data.string() : relative.string();
}

TalkLoadResult buildTalk(const json& doc, const std::string& file, const TalkContext& ctx,
                         const TalkLimits& limits) {
    TalkLoadResult result;
    Diagnostics& diags = result.diagnostics;
    if (!ctx.dataset) {
        diags.error(file, "", "no dataset to check the talk against");
        return result;
    }
    if (!doc.is_object()) {
        diags.error(file, "", std::string("the top level must be an object, not ") + typeName(doc),
                    "a talk starts with { \"aimap_talk\": 1, \"scenes\": [...] }");
        return result;
    }
    result.talk = guardLoad(file, diags, [&]() -> std::optional<Talk> {
        TalkReader r(file, ctx, limits, diags);
        Fields top(doc, "", file, r.fieldLimits, diags);
        top.documentedIn(kTalkDoc);
        const json* version = top.find("aimap_talk");
        if (!version) {
            diags.error(file, "", "missing \"aimap_talk\": 1 version field",
                        "a talk starts with { \"aimap_talk\": 1, ... }");
            return std::nullopt;
        }
        if (!version->is_number_integer() || version->get<long long>() != kTalkVersion) {
            diags.error(file, "/aimap_talk",
                        "unsupported talk format version " + shortJson(*version),
                        "this build of aimap reads version " + std::to_string(kTalkVersion));
            return std::nullopt;
        }
        Talk talk;
        talk.title = top.str("title", false);
        talk.dataset = top.str("dataset", false);
        top.find("$schema");
        const json* scenes = top.find("scenes");
        if (!scenes || !scenes->is_array() || scenes->empty()) {
            diags.error(file, scenes ? "/scenes" : "",
                        scenes && scenes->is_array() ? "the talk has no scene"
                                                     : "\"scenes\" must be an array of scenes",
                        "add \"scenes\": [{\"caption\": \"...\"}] (docs/talks.md)");
        } else if (scenes->size() > limits.maxScenes) {
            diags.error(file, "/scenes", tooMany("scenes", scenes->size(), limits.maxScenes),
                        "split the talk into several files");
        } else {
            for (std::size_t i = 0; i < scenes->size(); ++i)
                talk.scenes.push_back(readScene(r, (*scenes)[i], "/scenes/" + std::to_string(i)));
        }
        top.warnUnknown();
        if (diags.hasErrors())
            return std::nullopt;
        return talk;
    });
    return result;
}

std::optional<json> readTalkDocument(const std::string& path, Diagnostics& diags,
                                     const TalkLimits& limits) {
    Limits l;
    l.maxFileBytes = limits.maxFileBytes;
    l.maxJsonDepth = limits.maxJsonDepth;
    l.maxStringBytes = limits.maxTextBytes;
    return readJsonFile(path, l, diags);
}

TalkLoadResult loadTalk(const std::string& path, const TalkContext& ctx, const TalkLimits& limits) {
    TalkLoadResult result;
    const auto doc = readTalkDocument(path, result.diagnostics, limits);
    if (!doc)
        return result;
    TalkLoadResult built = buildTalk(*doc, path, ctx, limits);
    result.diagnostics.append(built.diagnostics);
    if (!result.diagnostics.hasErrors())
        result.talk = std::move(built.talk);
    return result;
}

std::optional<std::vector<ProvinceName>> loadProvinceNames(const std::string& path,
                                                           Diagnostics& diags) {
    const auto layer = loadBasemapLayer(path, diags);
    if (!layer)
        return std::nullopt;
    return provinceNames(*layer);
}

std::vector<ProvinceName> provinceNames(const BasemapLayer& provinces) {
    std::vector<ProvinceName> out;
    for (const BasemapFeature& f : provinces.features)
        out.push_back({f.code, f.nameEn, f.nameZh});
    return out;
}

} // namespace aimap
