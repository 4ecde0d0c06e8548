#pragma once

#include "core/Theme.hpp"

namespace aimap {

/// WCAG 2 relative luminance of an sRGB colour (alpha ignored): 0 for black, 1 for white.
/// (The sRGB curve of toLinear(); WCAG's 0.03928 knee instead of 0.04045 changes nothing at
/// 8 bits.)
double relativeLuminance(Rgba c);

/// WCAG 2 contrast ratio of two opaque colours, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter:
/// 1 (same) to 21 (black on white). Text needs 4.5 (AA) or 7 (AAA); graphics 3.
double contrastRatio(Rgba x, Rgba y);

/// `top` painted over `below` with top's alpha ("over", in sRGB as the renderers blend); the
/// result's alpha is below's.
Rgba over(Rgba top, Rgba below);

} // namespace aimap
