#pragma once

#include "core/Theme.hpp"

namespace aimap {

/// The colour-vision deficiencies checked for the sector colours (dichromacy, the severe end
/// of the common forms: about 1% of men each for protanopia and deuteranopia, tritanopia rare).
enum class Deficiency { None, Protanopia, Deuteranopia, Tritanopia };

/// A colour in linear RGB, each channel in [0, 1].
struct LinearRgb {
    double r, g, b;
};

/// CIE L*a*b* (D65 white): L* in [0, 100], a* and b* roughly in [-128, 127].
struct Lab {
    double L, a, b;
};

/// sRGB (8 bits per channel, alpha ignored) to linear RGB (IEC 61966-2-1 transfer curve).
LinearRgb toLinear(Rgba c);

/// How a colour looks with a deficiency: Machado, Oliveira & Fernandes (2009), "A
/// physiologically-based model for simulation of color vision deficiency", IEEE TVCG 15(6),
/// severity 1.0, applied to linear RGB and clamped to [0, 1]. None returns the colour unchanged.
LinearRgb simulate(LinearRgb c, Deficiency d);

/// Linear RGB (sRGB primaries) to CIE L*a*b* with the D65 white point.
Lab toLab(LinearRgb c);

/// CIE76 colour difference: the Euclidean distance in L*a*b*.
double deltaE76(Lab x, Lab y);

/// CIEDE2000 colour difference (Sharma, Wu & Dalal 2005 formulation; kL = kC = kH = 1).
double deltaE2000(Lab x, Lab y);

/// The CIEDE2000 difference of two sRGB colours as seen with deficiency `d`.
double deltaE2000Seen(Rgba x, Rgba y, Deficiency d);

const char* deficiencyName(Deficiency d);

} // namespace aimap
