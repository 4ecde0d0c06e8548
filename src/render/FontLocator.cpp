#include "render/FontLocator.hpp"

#include <fontconfig/fontconfig.h>

namespace aimap {

std::string findCjkFont() {
    std::string path;
    if (!FcInit())
        return path;
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>("sans-serif:lang=zh-cn"));
    if (!pattern)
        return path;
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(nullptr, pattern, &result);
    if (match) {
        FcChar8* file = nullptr;
        FcCharSet* charset = nullptr;
        // fontconfig returns its best match even when nothing covers Chinese: check 中 and 文.
        const bool covers = FcPatternGetCharSet(match, FC_CHARSET, 0, &charset) == FcResultMatch &&
                            FcCharSetHasChar(charset, 0x4E2D) && FcCharSetHasChar(charset, 0x6587);
        if (covers && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch && file)
            path = reinterpret_cast<const char*>(file);
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pattern);
    FcFini(); // nothing else uses fontconfig: its configuration and caches go now
    return path;
}

} // namespace aimap
