#include "core/view/LineBreak.hpp"

namespace aimap {
namespace {

struct Char {
    char32_t cp;
    std::size_t begin, end; ///< bytes of `text`
};

/// Decodes UTF-8; a byte that does not start a valid sequence is one character of its own (the
/// panels only ever get valid UTF-8, but wrapping must not read past the end of anything).
std::vector<Char> decode(std::string_view s) {
    std::vector<Char> out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        char32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
        bool ok = n != 0 && i + n <= s.size();
        for (std::size_t k = 1; ok && k < n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            ok = (c >> 6) == 2;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (!ok) {
            n = 1;
            cp = 0xFFFD;
        }
        out.push_back({cp, i, i + n});
        i += n;
    }
    return out;
}

bool isSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000; }

/// Scripts written without spaces, and their full-width punctuation and forms.
bool isIdeographic(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x2FFF) ||
           (c >= 0x3001 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF01 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

/// Never at the start of a line.
bool isClosing(char32_t c) {
    switch (c) {
    case ')': case ']': case '}': case ',': case '.': case ';': case ':': case '!': case '?':
    case '%': case 0x2019: case 0x201D: case 0x2026: case 0x3001: case 0x3002: case 0x3009:
    case 0x300B: case 0x300D: case 0x300F: case 0x3011: case 0x3015: case 0x3017: case 0x3019:
    case 0x301B: case 0x30FC: case 0xFF01: case 0xFF09: case 0xFF0C: case 0xFF0E: case 0xFF1A:
    case 0xFF1B: case 0xFF1F: case 0xFF3D: case 0xFF5D: case 0xFF05:
        return true;
    default:
        return false;
    }
}

/// Never at the end of a line.
bool isOpening(char32_t c) {
    switch (c) {
    case '(': case '[': case '{': case 0x2018: case 0x201C: case 0x3008: case 0x300A:
    case 0x300C: case 0x300E: case 0x3010: case 0x3014: case 0x3016: case 0x3018: case 0x301A:
    case 0xFF08: case 0xFF3B: case 0xFF5B:
        return true;
    default:
        return false;
    }
}

bool isLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c > 0x7F; }

/// Whether a line may break between `a` and `b` (neither a space nor a line break); `before`
/// is the character before `a` (0 at the start).
bool mayBreakBetween(char32_t before, char32_t a, char32_t b) {
    if (isClosing(b) || isOpening(a))
        return false;
    const bool ia = isIdeographic(a), ib = isIdeographic(b);
    if (ia && ib)
        return true;
    if (ia)
        return true; // "规模达 | 271亿元", "规模 | (SHEITC"
    if (ib) // ")中国", but a number or word stays with what follows: "271亿", "AI芯片", "27.亿"
        return isClosing(a) && a != '.' && a != ',';
    const auto digit = [](char32_t c) { return c >= '0' && c <= '9'; };
    if (a == '/' && digit(before) && digit(b))
        return false; // a fraction or a count "13/18" stays whole
    if (a == '/' || a == 0x2013 || a == 0x2014)
        return true;
    return a == '-' && isLetter(before) && !isIdeographic(before) && isLetter(b);
}

} // namespace

std::vector<std::string_view> breakLines(std::string_view text, float width,
                                         const TextWidth& measure) {
    std::vector<std::string_view> lines;
    const std::vector<Char> chars = decode(text);
    const auto piece = [&](std::size_t from, std::size_t to) {
        return text.substr(from, to - from);
    };

    std::size_t lineStart = 0;  // byte where the current line begins
    std::size_t contentEnd = 0; // byte after its last non-space character
    float lineWidth = 0;        // width of [lineStart, contentEnd)
    bool lineHasContent = false;
    const auto endLine = [&] {
        lines.push_back(piece(lineStart, lineHasContent ? contentEnd : lineStart));
        lineHasContent = false;
        lineWidth = 0;
    };

    // Walks segments: a segment is the text from one break opportunity to the next, i.e. some
    // non-space characters followed by their spaces.
    std::size_t i = 0;
    bool atLineStart = true;
    while (i < chars.size()) {
        if (chars[i].cp == '\n') {
            endLine();
            lineStart = chars[i].end;
            ++i;
            atLineStart = true;
            continue;
        }
        // The segment's characters: leading spaces only at the start of a line (an indent).
        const std::size_t segBegin = i;
        std::size_t j = i;
        if (atLineStart)
            while (j < chars.size() && isSpace(chars[j].cp))
                ++j;
        while (j < chars.size() && chars[j].cp != '\n' && !isSpace(chars[j].cp)) {
            ++j;
            if (j < chars.size() && chars[j].cp != '\n' && !isSpace(chars[j].cp) &&
                mayBreakBetween(j >= 2 ? chars[j - 2].cp : 0, chars[j - 1].cp, chars[j].cp))
                break;
        }
        const std::size_t contentStop = j; // characters [segBegin, contentStop) are the content
        while (j < chars.size() && isSpace(chars[j].cp))
            ++j;
        atLineStart = false;

        const std::size_t byteBegin = chars[segBegin].begin;
        const std::size_t byteContentEnd =
            contentStop > segBegin ? chars[contentStop - 1].end : byteBegin;
        // Spaces between the line so far and this segment.
        const float gap = lineHasContent ? measure(piece(contentEnd, byteBegin)) : 0.0f;
        const float w = measure(piece(byteBegin, byteContentEnd));
        if (lineHasContent && lineWidth + gap + w > width) {
            endLine();
            lineStart = byteBegin;
        }
        if (!lineHasContent && w > width && contentStop - segBegin > 1) {
            // A word wider than a line: break it between characters, at least one per line,
            // never before closing punctuation (it stays with the character before it).
            float run = 0;
            for (std::size_t k = segBegin; k < contentStop;) {
                std::size_t m = k + 1;
                while (m < contentStop && isClosing(chars[m].cp))
                    ++m;
                const float cw = measure(piece(chars[k].begin, chars[m - 1].end));
                if (lineHasContent && run + cw > width) {
                    endLine();
                    lineStart = chars[k].begin;
                    run = 0;
                }
                run += cw;
                lineHasContent = true;
                contentEnd = chars[m - 1].end;
                lineWidth = run;
                k = m;
            }
        } else if (contentStop > segBegin) {
            lineWidth += gap + w;
            lineHasContent = true;
            contentEnd = byteContentEnd;
        }
        i = j;
    }
    endLine();
    return lines;
}

std::string wrapText(std::string_view text, float width, const TextWidth& measure) {
    std::string out;
    out.reserve(text.size() + 8);
    bool first = true;
    for (std::string_view line : breakLines(text, width, measure)) {
        if (!first)
            out += '\n';
        out.append(line.data(), line.size());
        first = false;
    }
    return out;
}

} // namespace aimap
