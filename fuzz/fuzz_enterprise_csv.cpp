// libFuzzer target: the enterprise-table loader (sectors, lon/lat, aggregation).
#include "core/data/EnterpriseCsvLoader.hpp"

#include "support/Fixtures.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    aimap::loadEnterpriseCsvBytes(bytes, "fuzz.csv", &aimap::test::bundledGazetteer());
    return 0;
}
