// libFuzzer target: the enterprise-table loader (sectors, lon/lat, aggregation).
#include "core/data/EnterpriseCsvLoader.hpp"

#include <cstdint>
#include <string>

static const aimap::Gazetteer& gazetteer() {
    static const aimap::Gazetteer g = [] {
        aimap::Diagnostics d;
        auto loaded = aimap::Gazetteer::load(AIMAP_ROOT "/data/gazetteer.json", d);
        return loaded ? *loaded : aimap::Gazetteer({});
    }();
    return g;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    aimap::loadEnterpriseCsvBytes(bytes, "fuzz.csv", &gazetteer());
    return 0;
}
