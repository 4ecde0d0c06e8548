// libFuzzer target: the whole text path of the viewer, not only the loaders. Any input that the
// loaders accept (as `aimap validate` would: JSON when it starts with '{', else a table) is drawn
// through every panel headlessly (tests/support/HeadlessPanels): font atlas built for its texts,
// controls and legend per metric, city cards and tooltips, the cluster card, About, Open and the
// error banner with its warnings. ImGui's asserts abort, so a text that would crash the viewer
// crashes here.
#include "core/data/FormatDispatch.hpp"
#include "render/FontLocator.hpp"
#include "support/HeadlessPanels.hpp"

#include <cstdint>
#include <string>

namespace {

const aimap::Gazetteer* gazetteer() {
    static const auto g = [] {
        aimap::Diagnostics d;
        return aimap::Gazetteer::load(AIMAP_ROOT "/data/gazetteer.json", d);
    }();
    return g ? &*g : nullptr;
}

aimap::HeadlessPanels& panels() {
    static aimap::HeadlessPanels p(aimap::findCjkFont());
    return p;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    const std::size_t first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    const bool json = first != std::string::npos && bytes[first] == '{';
    const auto r =
        aimap::loadDatasetBytes(std::move(bytes), json ? "fuzz.json" : "fuzz.csv", gazetteer());
    if (r.dataset)
        panels().showAll(r.dataset, r.diagnostics.items(), 20, 4);
    return 0;
}
