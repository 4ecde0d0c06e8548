// libFuzzer target: talk files (parse with the depth/duplicate-key scan, then buildTalk against
// the bundled data and provinces). Every talk that loads must survive a save and a reload
// unchanged: a difference aborts (the round trip of docs/talks.md, "Saving").
#include "core/data/DatasetLoader.hpp"
#include "core/data/JsonFile.hpp"
#include "core/talk/TalkLoader.hpp"
#include "core/talk/TalkWriter.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

const aimap::TalkContext& context() {
    static const auto data = aimap::loadDataset(AIMAP_ROOT "/data/ai-cities.json").dataset;
    static const auto provinces = [] {
        aimap::Diagnostics d;
        return aimap::loadProvinceNames(AIMAP_ROOT "/data/basemap/provinces.json", d)
            .value_or(std::vector<aimap::ProvinceName>{});
    }();
    static const aimap::TalkContext ctx{data.get(), AIMAP_ROOT "/data/ai-cities.json", &provinces};
    return ctx;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const aimap::TalkLimits limits;
    aimap::Limits l;
    l.maxFileBytes = limits.maxFileBytes;
    l.maxJsonDepth = limits.maxJsonDepth;
    l.maxStringBytes = limits.maxTextBytes;
    aimap::Diagnostics diags;
    const auto doc = aimap::parseJsonText(text, "fuzz.json", l, diags);
    if (!doc)
        return 0;
    const aimap::TalkLoadResult r = aimap::buildTalk(*doc, "fuzz.json", context(), limits);
    if (!r.talk)
        return 0;
    const std::string saved = aimap::talkText(*r.talk, *context().dataset, context().provinces);
    aimap::Diagnostics again;
    const auto reparsed = aimap::parseJsonText(saved, "saved.json", l, again);
    if (!reparsed)
        std::abort();
    const aimap::TalkLoadResult back = aimap::buildTalk(*reparsed, "saved.json", context(), limits);
    if (!back.talk || !(*back.talk == *r.talk))
        std::abort();
    return 0;
}
