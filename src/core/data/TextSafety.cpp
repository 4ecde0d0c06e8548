#include "core/data/TextSafety.hpp"

#include "core/data/Diagnostics.hpp"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace aimap {

namespace {

bool isBidiControl(char32_t cp) {
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

const char* bidiName(char32_t cp) {
    switch (cp) {
    case 0x061C:
        return "ARABIC LETTER MARK";
    case 0x200E:
        return "LEFT-TO-RIGHT MARK";
    case 0x200F:
        return "RIGHT-TO-LEFT MARK";
    case 0x202A:
        return "LEFT-TO-RIGHT EMBEDDING";
    case 0x202B:
        return "RIGHT-TO-LEFT EMBEDDING";
    case 0x202C:
        return "POP DIRECTIONAL FORMATTING";
    case 0x202D:
        return "LEFT-TO-RIGHT OVERRIDE";
    case 0x202E:
        return "RIGHT-TO-LEFT OVERRIDE";
    case 0x2066:
        return "LEFT-TO-RIGHT ISOLATE";
    case 0x2067:
        return "RIGHT-TO-LEFT ISOLATE";
    case 0x2068:
        return "FIRST STRONG ISOLATE";
    case 0x2069:
        return "POP DIRECTIONAL ISOLATE";
    default:
        return nullptr;
    }
}

// Decodes one code point of valid UTF-8 at s[i]; returns its length.
std::size_t decodeAt(std::string_view s, std::size_t i, char32_t& cp) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = 1;
    if (b < 0x80) {
        cp = b;
        return 1;
    }
    if ((b & 0xE0) == 0xC0) {
        cp = b & 0x1F;
        len = 2;
    } else if ((b & 0xF0) == 0xE0) {
        cp = b & 0x0F;
        len = 3;
    } else {
        cp = b & 0x07;
        len = 4;
    }
    for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return len;
}

// True when eight bytes are all printable ASCII (0x20-0x7E): most of a large file, skipped a
// block at a time. Exact tests for "a byte under 0x20" and "a byte equal to 0x7F" on bytes that
// are all below 0x80.
bool printableAsciiBlock(std::uint64_t w) {
    constexpr std::uint64_t high = 0x8080808080808080ull;
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    if (w & high)
        return false;
    if ((w - ones * 0x20) & ~w & high)
        return false;
    const std::uint64_t del = w ^ (ones * 0x7F);
    return ((del - ones) & ~del & high) == 0;
}

} // namespace

const char* unshowableReason(char32_t cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r')
        return nullptr;
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
        return "a control character";
    if (isBidiControl(cp))
        return "a text-direction control";
    if (cp >= 0xD800 && cp <= 0xDFFF)
        return "an unpaired surrogate";
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
        return "a noncharacter";
    if (cp > 0x10FFFF)
        return "not a Unicode character";
    return nullptr;
}

std::optional<UnshowableCharacter> findUnshowable(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        for (std::uint64_t w; i + 8 <= text.size(); i += 8) {
            std::memcpy(&w, text.data() + i, 8);
            if (!printableAsciiBlock(w))
                break;
        }
        if (i >= text.size())
            break;
        char32_t cp = 0;
        const std::size_t len = decodeAt(text, i, cp);
        if (const char* reason = unshowableReason(cp))
            return UnshowableCharacter{i, len, cp, reason};
        i += len;
    }
    return std::nullopt;
}

std::string describeCharacter(char32_t cp, const char* reason) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
    std::string s = code;
    if (cp == 0)
        s += " (NUL)";
    else if (const char* name = bidiName(cp))
        s += std::string(" (") + name + ")";
    return s + ", " + reason;
}

std::string unshowableHint(char32_t cp) {
    if (isBidiControl(cp))
        return "remove it: the viewer draws text left to right and shows no direction marks";
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
        return "remove it; write a line break as \\n and a tab as \\t";
    return "remove it";
}

// A character that cannot be shown (TextSafety): a NUL cut a cell short where the UI reads it
// as a C string and emptied the panels' font (the viewer aborted in ImGui); control characters
// show as boxes; direction controls reorder nothing here but hide what a text says. The first is
// reported with its place, and how many more there are.
bool rejectUnshowable(const std::string& utf8, const std::string& name, Diagnostics& diags,
                      const std::string& nulHint) {
    const auto first = findUnshowable(utf8);
    if (!first)
        return true;
    std::size_t more = 0;
    for (std::size_t at = first->offset + first->length; at < utf8.size();) {
        const auto next = findUnshowable(std::string_view(utf8).substr(at));
        if (!next)
            break;
        ++more;
        at += next->offset + next->length;
    }
    std::string message = "the text holds " + describeCharacter(first->codePoint, first->reason) +
                          "; it cannot be shown";
    if (more > 0)
        message += " (and " + std::to_string(more) + " more such character" +
                   (more == 1 ? "" : "s") + " in the file)";
    diags.error(name, lineColumnAt(utf8, first->offset), message,
                first->codePoint == 0 && !nulHint.empty() ? nulHint
                                                          : unshowableHint(first->codePoint));
    return false;
}

} // namespace aimap
