// libFuzzer target: decoding (BOM, UTF-16, GBK) + CSV parsing + the city-table loader.
#include "core/data/CityCsvLoader.hpp"

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
    aimap::loadCityCsvBytes(bytes, "fuzz.csv", &gazetteer());
    return 0;
}
