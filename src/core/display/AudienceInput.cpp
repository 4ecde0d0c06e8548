#include "core/display/AudienceInput.hpp"

namespace aimap {

double estimateTextWidth(std::string_view s, unsigned sizePx) {
    double w = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        w += (n >= 3 ? 1.0 : 0.55) * sizePx;
        i += n;
    }
    return w;
}

} // namespace aimap
