#include "core/view/ColourVision.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {
namespace {

constexpr double kPi = 3.14159265358979323846;

double deg(double rad) {
    return rad * 180.0 / kPi;
}
double rad(double deg) {
    return deg * kPi / 180.0;
}

double channelToLinear(std::uint8_t v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// Machado et al. (2009), table of simulation matrices, severity 1.0 (rows: R', G', B').
constexpr double kProtanopia[3][3] = {{0.152286, 1.052583, -0.204868},
                                      {0.114503, 0.786281, 0.099216},
                                      {-0.003882, -0.048116, 1.051998}};
constexpr double kDeuteranopia[3][3] = {{0.367322, 0.860646, -0.227968},
                                        {0.280085, 0.672501, 0.047413},
                                        {-0.011820, 0.042940, 0.968881}};
constexpr double kTritanopia[3][3] = {{1.255528, -0.076749, -0.178779},
                                      {-0.078411, 0.930809, 0.147602},
                                      {0.004733, 0.691367, 0.303900}};

double labF(double t) {
    constexpr double d = 6.0 / 29.0;
    return t > d * d * d ? std::cbrt(t) : t / (3 * d * d) + 4.0 / 29.0;
}

} // namespace

LinearRgb toLinear(Rgba c) {
    return {channelToLinear(c.r), channelToLinear(c.g), channelToLinear(c.b)};
}

LinearRgb simulate(LinearRgb c, Deficiency d) {
    const double(*m)[3] = nullptr;
    switch (d) {
    case Deficiency::None:
        return c;
    case Deficiency::Protanopia:
        m = kProtanopia;
        break;
    case Deficiency::Deuteranopia:
        m = kDeuteranopia;
        break;
    case Deficiency::Tritanopia:
        m = kTritanopia;
        break;
    }
    const double in[3] = {c.r, c.g, c.b};
    double out[3];
    for (int i = 0; i < 3; ++i)
        out[i] = std::clamp(m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2], 0.0, 1.0);
    return {out[0], out[1], out[2]};
}

Lab toLab(LinearRgb c) {
    // sRGB primaries, D65 (IEC 61966-2-1).
    const double X = 0.4124564 * c.r + 0.3575761 * c.g + 0.1804375 * c.b;
    const double Y = 0.2126729 * c.r + 0.7151522 * c.g + 0.0721750 * c.b;
    const double Z = 0.0193339 * c.r + 0.1191920 * c.g + 0.9503041 * c.b;
    const double fx = labF(X / 0.95047), fy = labF(Y / 1.0), fz = labF(Z / 1.08883);
    return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

double deltaE76(Lab x, Lab y) {
    return std::sqrt((x.L - y.L) * (x.L - y.L) + (x.a - y.a) * (x.a - y.a) +
                     (x.b - y.b) * (x.b - y.b));
}

double deltaE2000(Lab x, Lab y) {
    // Sharma, Wu & Dalal (2005), equations (1)-(17); hue angles in degrees.
    const double c1 = std::hypot(x.a, x.b), c2 = std::hypot(y.a, y.b);
    const double cBar7 = std::pow((c1 + c2) / 2, 7);
    const double g = 0.5 * (1 - std::sqrt(cBar7 / (cBar7 + std::pow(25.0, 7))));
    const double a1 = (1 + g) * x.a, a2 = (1 + g) * y.a;
    const double cp1 = std::hypot(a1, x.b), cp2 = std::hypot(a2, y.b);
    auto hue = [](double b, double a) {
        if (a == 0 && b == 0)
            return 0.0;
        const double h = deg(std::atan2(b, a));
        return h < 0 ? h + 360 : h;
    };
    const double h1 = hue(x.b, a1), h2 = hue(y.b, a2);
    const double dL = y.L - x.L, dC = cp2 - cp1;
    double dh = 0;
    if (cp1 * cp2 != 0) {
        dh = h2 - h1;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    const double dH = 2 * std::sqrt(cp1 * cp2) * std::sin(rad(dh / 2));
    const double lBar = (x.L + y.L) / 2, cBar = (cp1 + cp2) / 2;
    double hBar = h1 + h2;
    if (cp1 * cp2 != 0) {
        if (std::abs(h1 - h2) <= 180)
            hBar = (h1 + h2) / 2;
        else
            hBar = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
    }
    const double t = 1 - 0.17 * std::cos(rad(hBar - 30)) + 0.24 * std::cos(rad(2 * hBar)) +
                     0.32 * std::cos(rad(3 * hBar + 6)) - 0.20 * std::cos(rad(4 * hBar - 63));
    const double dTheta = 30 * std::exp(-((hBar - 275) / 25) * ((hBar - 275) / 25));
    const double cBarP7 = std::pow(cBar, 7);
    const double rC = 2 * std::sqrt(cBarP7 / (cBarP7 + std::pow(25.0, 7)));
    const double sL =
        1 + 0.015 * (lBar - 50) * (lBar - 50) / std::sqrt(20 + (lBar - 50) * (lBar - 50));
    const double sC = 1 + 0.045 * cBar;
    const double sH = 1 + 0.015 * cBar * t;
    const double rT = -std::sin(rad(2 * dTheta)) * rC;
    const double l = dL / sL, c = dC / sC, h = dH / sH;
    return std::sqrt(l * l + c * c + h * h + rT * c * h);
}

double deltaE2000Seen(Rgba x, Rgba y, Deficiency d) {
    return deltaE2000(toLab(simulate(toLinear(x), d)), toLab(simulate(toLinear(y), d)));
}

const char* deficiencyName(Deficiency d) {
    switch (d) {
    case Deficiency::None:
        return "normal vision";
    case Deficiency::Protanopia:
        return "protanopia";
    case Deficiency::Deuteranopia:
        return "deuteranopia";
    case Deficiency::Tritanopia:
        return "tritanopia";
    }
    return "";
}

} // namespace aimap
