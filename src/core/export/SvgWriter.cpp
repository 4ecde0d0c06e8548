#include "core/export/SvgWriter.hpp"

#include "core/export/TextOutlines.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace aimap {
namespace {

// A length or coordinate: two decimals, no trailing zeros ("12.5", "3", "-0.25"); never NaN.
std::string num(double v) {
    if (!std::isfinite(v))
        v = 0;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s == "-0" ? "0" : s;
}

// Appends `v` as num() writes it, without a temporary string: path data of text as outlines
// holds a million numbers on an 8K slide of labels. (Ties at the third decimal may round the
// other way than printf's.)
void appendNum(std::string& out, double v) {
    if (!std::isfinite(v) || std::abs(v) > 1e12) {
        out += num(v);
        return;
    }
    long long h = std::llround(v * 100);
    if (h < 0) {
        out += '-';
        h = -h;
    }
    char buf[24];
    out.append(buf, std::to_chars(buf, buf + sizeof buf, h / 100).ptr);
    if (const int frac = static_cast<int>(h % 100); frac != 0) {
        out += '.';
        out += static_cast<char>('0' + frac / 10);
        if (frac % 10 != 0)
            out += static_cast<char>('0' + frac % 10);
    }
}

std::string hex(Rgba c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

// fill="#rrggbb" fill-opacity="0.59" (the opacity only when not opaque); "none" when invisible.
std::string paint(const char* what, Rgba c) {
    if (c.a == 0)
        return std::string(" ") + what + "=\"none\"";
    std::string s = std::string(" ") + what + "=\"" + hex(c) + "\"";
    if (c.a < 255)
        s += std::string(" ") + what + "-opacity=\"" + num(c.a / 255.0) + "\"";
    return s;
}

std::string points(const std::vector<Vec2>& pts) {
    std::string s;
    for (const Vec2& p : pts) {
        if (!s.empty())
            s += ' ';
        s += num(p.x) + "," + num(p.y);
    }
    return s;
}

void polygon(std::string& out, const DisplayPolygon& p) {
    std::string d;
    for (const auto& ring : p.rings) {
        if (ring.size() < 3)
            continue;
        d += "M" + num(ring[0].x) + " " + num(ring[0].y);
        for (std::size_t i = 1; i < ring.size(); ++i)
            d += "L" + num(ring[i].x) + " " + num(ring[i].y);
        d += "Z";
    }
    if (d.empty())
        return;
    out += "<path d=\"" + d + "\" fill-rule=\"evenodd\"" + paint("fill", p.fill);
    if (p.stroke.a > 0 && p.strokePx > 0)
        out += paint("stroke", p.stroke) + " stroke-width=\"" + num(p.strokePx) + "\"";
    out += "/>\n";
}

void polyline(std::string& out, const DisplayPolyline& l) {
    if (l.points.size() < 2 || l.colour.a == 0)
        return;
    out += std::string("<") + (l.closed ? "polygon" : "polyline") + " points=\"" +
           points(l.points) + "\" fill=\"none\"" + paint("stroke", l.colour) + " stroke-width=\"" +
           num(l.widthPx) + "\" stroke-linejoin=\"round\"/>\n";
}

void circle(std::string& out, const DisplayCircle& c) {
    // The outline inside the radius: its middle at radius - width / 2.
    const bool stroked = c.stroke.a > 0 && c.strokePx > 0;
    const double w = stroked ? std::min(c.strokePx, c.radiusPx) : 0;
    out += "<circle";
    if (!c.item.empty())
        out += " class=\"marker\" data-item=\"" + xmlEscape(c.item) + "\"";
    out += " cx=\"" + num(c.centre.x) + "\" cy=\"" + num(c.centre.y) + "\" r=\"" +
           num(c.radiusPx - w / 2) + "\"";
    out += paint("fill", c.fill);
    if (stroked)
        out += paint("stroke", c.stroke) + " stroke-width=\"" + num(w) + "\"";
    out += "/>\n";
}

// A text as <text> in the list's font family or, with `outlines`, as a filled <path> of its
// glyphs (text as outlines: the same letters on a machine without the font), named by its text
// (aria-label and <title>: the SVG stays searchable). Paint, halo and rotation are the same.
void text(std::string& out, const DisplayText& t, GlyphOutlines* outlines) {
    if (t.utf8.empty())
        return;
    std::string look = paint("fill", t.colour);
    if (t.haloPx > 0 && t.halo.a > 0)
        look += paint("stroke", t.halo) + " stroke-width=\"" + num(2 * t.haloPx) +
                "\" stroke-linejoin=\"round\" paint-order=\"stroke\"";
    if (t.rotationDeg != 0)
        look += " transform=\"rotate(" + num(t.rotationDeg) + " " + num(t.baseline.x) + " " +
                num(t.baseline.y) + ")\"";
    if (outlines) {
        const std::string d = svgPathData(
            textOutline(svgCodePoints(t.utf8), t.baseline, t.anchor, t.sizePx, *outlines));
        if (d.empty())
            return;
        const std::string name = xmlEscape(t.utf8);
        out += "<path class=\"text\" aria-label=\"" + name + "\" d=\"" + d + "\"" + look +
               "><title>" + name + "</title></path>\n";
        return;
    }
    static const char* anchors[] = {"start", "middle", "end"};
    out += "<text x=\"" + num(t.baseline.x) + "\" y=\"" + num(t.baseline.y) + "\" font-size=\"" +
           std::to_string(t.sizePx) + "\"";
    if (t.anchor != TextAnchor::Start)
        out += std::string(" text-anchor=\"") + anchors[static_cast<int>(t.anchor)] + "\"";
    out += look + ">" + xmlEscape(t.utf8) + "</text>\n";
}

// The length of the UTF-8 sequence at s[i], 0 when it is not a valid one.
std::size_t sequenceLength(std::string_view s, std::size_t i, char32_t& cp) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n;
    if (b < 0x80) {
        cp = b;
        return 1;
    }
    if (b >= 0xC2 && b < 0xE0) {
        n = 2;
        cp = b & 0x1F;
    } else if (b >= 0xE0 && b < 0xF0) {
        n = 3;
        cp = b & 0x0F;
    } else if (b >= 0xF0 && b < 0xF5) {
        n = 4;
        cp = b & 0x07;
    } else {
        return 0;
    }
    if (i + n > s.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (c & 0x3F);
    }
    const bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
        return 0;
    return n;
}

// Whether XML 1.0 can hold `cp` (of the controls, only tab, line feed and carriage return).
bool xmlHolds(char32_t cp) {
    return cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r';
}

} // namespace

std::string xmlEscape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        const std::size_t n = sequenceLength(s, i, cp);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        switch (cp) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            if (xmlHolds(cp))
                out.append(s.substr(i, n));
            else
                out += "\xEF\xBF\xBD";
        }
        i += n;
    }
    return out;
}

std::string svgPathData(const GlyphPath& path) {
    static constexpr char kLetters[] = {'M', 'L', 'Q', 'C', 'Z'};
    std::string d;
    d.reserve(path.commands.size() * 16);
    for (const GlyphPath::Command& c : path.commands) {
        d += kLetters[static_cast<int>(c.op)];
        for (int i = 0; i < glyphPointCount(c.op); ++i) {
            if (i > 0)
                d += ' ';
            appendNum(d, c.p[i].x);
            d += ' ';
            appendNum(d, c.p[i].y);
        }
    }
    return d;
}

std::u32string svgCodePoints(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        const std::size_t n = sequenceLength(s, i, cp);
        out += n > 0 && xmlHolds(cp) ? cp : U'\uFFFD';
        i += n > 0 ? n : 1;
    }
    return out;
}

std::string svgFontFamily(const std::string& family) {
    std::string s;
    if (!family.empty())
        s += "'" + family + "', ";
    return s + "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', "
               "'Droid Sans Fallback', sans-serif";
}

std::string svgDocument(const DisplayList& list, GlyphOutlines* textOutlines) {
    std::string out;
    out.reserve(1 << 20);
    const std::string w = num(list.sizePx.x), h = num(list.sizePx.y);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + w +
           "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\" font-family=\"" +
           xmlEscape(svgFontFamily(list.fontFamily)) + "\">\n";
    if (!list.title.empty())
        out += "<title>" + xmlEscape(list.title) + "</title>\n";
    std::string defs;
    for (std::size_t i = 0; i < kDisplayLayerCount; ++i)
        if (const auto& c = list.layers[i].clip)
            defs += std::string("<clipPath id=\"clip-") + layerName(static_cast<DisplayLayer>(i)) +
                    "\"><rect x=\"" + num(c->min.x) + "\" y=\"" + num(c->min.y) + "\" width=\"" +
                    num(c->width()) + "\" height=\"" + num(c->height()) + "\"/></clipPath>\n";
    if (!defs.empty())
        out += "<defs>\n" + defs + "</defs>\n";
    for (std::size_t i = 0; i < kDisplayLayerCount; ++i) {
        const DisplayGroup& g = list.layers[i];
        if (g.empty())
            continue;
        const char* name = layerName(static_cast<DisplayLayer>(i));
        out += std::string("<g id=\"") + name + "\"";
        if (const char* kind = layerClass(static_cast<DisplayLayer>(i)))
            out += std::string(" class=\"") + kind + "\"";
        if (g.clip)
            out += std::string(" clip-path=\"url(#clip-") + name + ")\"";
        out += ">\n";
        for (const auto& p : g.polygons)
            polygon(out, p);
        for (const auto& l : g.polylines)
            polyline(out, l);
        for (const auto& c : g.circles)
            circle(out, c);
        for (const auto& t : g.texts)
            text(out, t, textOutlines);
        out += "</g>\n";
    }
    out += "</svg>\n";
    return out;
}

} // namespace aimap
