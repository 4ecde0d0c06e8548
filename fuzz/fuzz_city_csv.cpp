// libFuzzer target: decoding (BOM, UTF-16, GBK) + CSV parsing + the city-table loader.
#include "core/data/CityCsvLoader.hpp"

#include "support/Fixtures.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    aimap::loadCityCsvBytes(bytes, "fuzz.csv", &aimap::test::bundledGazetteer());
    return 0;
}
