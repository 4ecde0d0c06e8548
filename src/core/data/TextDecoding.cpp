#include "core/data/TextDecoding.hpp"

#include "core/data/Text.hpp"
#include "core/data/TextSafety.hpp"

#include <cstdint>
#include <cstdio>
#include <cstring>

#include <cerrno>
#include <iconv.h>

namespace aimap {

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

namespace {

// UTF-16 (after the BOM) to UTF-8; false on an odd length or a lone surrogate, with `out`
// holding the text before it (for the line and column of the message).
bool utf16ToUtf8(const std::string& in, std::size_t start, bool bigEndian, std::string& out,
                 std::size_t& badOffset) {
    const bool odd = (in.size() - start) % 2 != 0;
    auto unit = [&](std::size_t i) -> char32_t {
        const auto a = static_cast<unsigned char>(in[i]), b = static_cast<unsigned char>(in[i + 1]);
        return bigEndian ? (a << 8 | b) : (b << 8 | a);
    };
    for (std::size_t i = start; i + 1 < in.size(); i += 2) {
        char32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 3 >= in.size() || unit(i + 2) < 0xDC00 || unit(i + 2) > 0xDFFF) {
                badOffset = i;
                return false;
            }
            u = 0x10000 + ((u - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
            i += 2;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            badOffset = i;
            return false;
        }
        appendUtf8(out, u);
    }
    if (odd) {
        badOffset = in.size() - 1;
        return false;
    }
    return true;
}

} // namespace

bool fromGb18030(const std::string& in, std::string& out) {
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    out.assign(in.size() * 2 + 16, '\0');
    char* src = const_cast<char*>(in.data());
    std::size_t srcLeft = in.size();
    char* dst = out.data();
    std::size_t dstLeft = out.size();
    const std::size_t r = iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    iconv_close(cd);
    if (r == static_cast<std::size_t>(-1) || srcLeft != 0)
        return false;
    out.resize(out.size() - dstLeft);
    return true;
}

namespace {

// The length of the UTF-8 sequence at s[i], or 0 when none starts there: a lead byte without its
// continuation bytes, an overlong form (C0, C1, E0 80..9F, F0 80..8F), or past U+10FFFF
// (F4 90.., F5..). Encoded surrogates (ED A0..BF) pass; rejectUnshowable names them.
std::size_t utf8SequenceAt(const std::string& s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80           ? 1
                            : (c >> 5) == 0x6  ? 2
                            : (c >> 4) == 0xE  ? 3
                            : (c >> 3) == 0x1E ? 4
                                               : 0;
    if (len == 0 || i + len > s.size() || (len == 2 && c < 0xC2) || c > 0xF4)
        return 0;
    for (std::size_t k = 1; k < len; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
            return 0;
    const auto c1 = static_cast<unsigned char>(s[i + 1 < s.size() ? i + 1 : i]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
        return 0;
    return len;
}

} // namespace

std::size_t firstInvalidUtf8(const std::string& s) {
    for (std::size_t i = skipAsciiBlocks(s, 0); i < s.size(); i = skipAsciiBlocks(s, i)) {
        const std::size_t len = utf8SequenceAt(s, i);
        if (len == 0)
            return i;
        i += len;
    }
    return std::string::npos;
}

std::string sanitizeUtf8(const std::string& in) {
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        if (const std::size_t len = utf8SequenceAt(in, i)) {
            out.append(in, i, len);
            i += len;
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(in[i]));
            out += buf;
            ++i;
        }
    }
    return out;
}

std::string showableText(const std::string& text) {
    const std::string s = sanitizeUtf8(text);
    std::string out;
    out.reserve(s.size());
    std::size_t from = 0;
    while (const auto bad = findUnshowable(std::string_view(s).substr(from))) {
        out.append(s, from, bad->offset);
        out += "\xEF\xBF\xBD"; // U+FFFD
        from += bad->offset + bad->length;
    }
    out.append(s, from, std::string::npos);
    return out;
}

std::optional<DecodedText> decodeText(std::string bytes, const std::string& name,
                                      Diagnostics& diags) {
    DecodedText t;
    if (bytes.size() >= 2 &&
        (bytes.compare(0, 2, "\xFF\xFE") == 0 || bytes.compare(0, 2, "\xFE\xFF") == 0)) {
        const bool big = bytes[0] == '\xFE';
        std::size_t bad = 0;
        if (!utf16ToUtf8(bytes, 2, big, t.utf8, bad)) {
            // Regression (issue 13): the place was a byte offset ("byte 87"), not row:column.
            diags.error(name, lineColumnAt(t.utf8, t.utf8.size()),
                        bad + 1 == bytes.size() ? "invalid UTF-16 text: an odd number of bytes"
                                                : "invalid UTF-16 text: a lone surrogate",
                        "save the file again as \"CSV UTF-8\"");
            return std::nullopt;
        }
        t.encoding = big ? "UTF-16BE" : "UTF-16LE";
        if (!rejectUnshowable(t.utf8, name, diags,
                              "remove it; an empty cell is nothing between two commas"))
            return std::nullopt;
        return t;
    }
    // The bytes become the text (moved, not copied: files may be 100 MB).
    if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        bytes.erase(0, 3);
        t.encoding = "UTF-8 with BOM";
    } else {
        t.encoding = "UTF-8";
    }
    t.utf8 = std::move(bytes);
    const std::size_t bad = firstInvalidUtf8(t.utf8);
    if (bad == std::string::npos) {
        if (const auto nul = t.utf8.find('\0'); nul != std::string::npos) {
            diags.error(name, lineColumnAt(t.utf8, nul), "NUL byte in a text file",
                        "the file is binary or UTF-16 without a byte-order mark; save it as "
                        "\"CSV UTF-8\"");
            return std::nullopt;
        }
        if (!rejectUnshowable(t.utf8, name, diags,
                              "remove it; an empty cell is nothing between two commas"))
            return std::nullopt;
        return t;
    }
    // UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
    std::size_t zeros = 0;
    for (std::size_t i = 0; i < std::min<std::size_t>(t.utf8.size(), 200); ++i)
        zeros += t.utf8[i] == '\0';
    if (zeros > 40) {
        diags.error(name, "", "the file looks like UTF-16 without a byte-order mark",
                    "save it as \"CSV UTF-8 (Comma delimited)\"");
        return std::nullopt;
    }
    std::string raw = std::move(t.utf8);
    t.utf8.clear();
    if (t.encoding == "UTF-8" && fromGb18030(raw, t.utf8)) {
        t.encoding = "GB18030";
        if (!rejectUnshowable(t.utf8, name, diags,
                              "remove it; an empty cell is nothing between two commas"))
            return std::nullopt;
        diags.warning(name, "",
                      "the file is not UTF-8; read it as GBK/GB18030 (plain \"CSV\" from Excel on "
                      "Chinese Windows)",
                      "check the Chinese names on the map; to avoid the guess, save as \"CSV UTF-8 "
                      "(Comma delimited)\" in Excel");
        return t;
    }
    diags.error(name, lineColumnAt(raw, bad), "the file is not valid UTF-8 text",
                "save it as \"CSV UTF-8 (Comma delimited)\" (Excel) or UTF-8 (other editors)");
    return std::nullopt;
}

std::string readableUrl(const std::string& url) {
    std::string out;
    out.reserve(url.size());
    std::size_t i = 0;
    while (i < url.size()) {
        // A run of %XX escapes: decode the non-ASCII characters in it that are valid UTF-8 and
        // showable; keep the rest as written.
        std::string bytes;
        std::size_t j = i;
        while (j + 2 < url.size() && url[j] == '%' && hexDigit(url[j + 1]) >= 0 &&
               hexDigit(url[j + 2]) >= 0) {
            bytes += static_cast<char>(hexDigit(url[j + 1]) * 16 + hexDigit(url[j + 2]));
            j += 3;
        }
        if (bytes.empty()) {
            out += url[i++];
            continue;
        }
        for (std::size_t k = 0; k < bytes.size();) {
            const auto b = static_cast<unsigned char>(bytes[k]);
            const std::size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 1;
            const std::string ch = bytes.substr(k, n);
            const bool decode = b >= 0x80 && ch.size() == n &&
                                firstInvalidUtf8(ch) == std::string::npos && !findUnshowable(ch);
            if (decode) {
                out += ch;
                k += n;
            } else {
                out += url.substr(i + 3 * k, 3); // this byte's escape, as written
                k += 1;
            }
        }
        i = j;
    }
    return out;
}

} // namespace aimap
