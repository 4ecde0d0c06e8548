// libFuzzer target: the JSON dataset loader (parse with depth/duplicate-key scan + validation).
#include "core/data/DatasetLoader.hpp"
#include "core/data/JsonFile.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    aimap::Diagnostics diags;
    if (auto doc = aimap::parseJsonText(text, "fuzz.json", aimap::Limits{}, diags))
        aimap::buildDataset(*doc, "fuzz.json");
    return 0;
}
