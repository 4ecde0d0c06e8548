#include "core/data/JsonFile.hpp"

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

namespace aimap {
namespace {

int hexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The control character a \uXXXX escape at `at` (the backslash) stands for, or -1 when it is
// none or one a text may hold (tab, line feed, carriage return). JSON forbids raw control
// characters in strings (the parser rejects them); escaped, they reach the UI: a NUL cut texts
// short and emptied the panels' font (the viewer aborted in ImGui), others show as boxes.
int escapedControl(const std::string& text, std::size_t at) {
    if (at + 5 >= text.size() || text[at + 1] != 'u')
        return -1;
    int cp = 0;
    for (std::size_t k = at + 2; k < at + 6; ++k) {
        const int d = hexDigit(text[k]);
        if (d < 0)
            return -1;
        cp = cp * 16 + d;
    }
    const bool control = cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
    return control && cp != '\t' && cp != '\n' && cp != '\r' ? cp : -1;
}

// One pass over the raw text before parsing: nesting depth (nlohmann 3.11.2 recurses without a
// limit), duplicate object keys (nlohmann silently keeps the last one) and escaped control
// characters in strings, all reported with line:column. Lenient about everything else: syntax errors are the parser's job. Returns false
// when the text is too deep to parse safely.
bool scanStructure(const std::string& text, const std::string& name, int maxDepth,
                   Diagnostics& diags) {
    struct Container {
        bool isObject = false;
        bool expectKey = false;
        std::set<std::string> keys;
    };
    std::vector<Container> stack;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const std::size_t start = i;
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\') {
                    if (const int cp = escapedControl(text, i); cp >= 0) {
                        // Listed ones only: lineColumnAt reads the text from its start.
                        diags.reportError(name, [&] {
                            char code[16];
                            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
                            return Finding{lineColumnAt(text, i),
                                           std::string("the text holds the control character ") +
                                               code + (cp == 0 ? " (NUL)" : "") + ", written " +
                                               text.substr(i, 6) + "; it cannot be shown",
                                           "remove it; write a line break as \\n and a tab as \\t"};
                        });
                    }
                    ++i;
                }
            if (!stack.empty() && stack.back().isObject && stack.back().expectKey) {
                const std::string key = text.substr(start + 1, i - start - 1);
                if (!stack.back().keys.insert(key).second)
                    diags.reportError(name, [&] {
                        return Finding{lineColumnAt(text, start),
                                       "duplicate key \"" + sanitizeUtf8(key) +
                                           "\" in the same object",
                                       "JSON readers disagree on which one wins: keep one"};
                    });
                stack.back().expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            if (static_cast<int>(stack.size()) >= maxDepth) {
                diags.error(name, lineColumnAt(text, i),
                            "nesting deeper than " + std::to_string(maxDepth) + " levels",
                            "aimap files are a few levels deep; check for unclosed [ or {");
                return false;
            }
            stack.push_back({c == '{', c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
        } else if (c == ',' && !stack.empty() && stack.back().isObject) {
            stack.back().expectKey = true;
        }
    }
    return true;
}

bool startsWithAt(const std::string& text, std::size_t pos, const char* utf8) {
    return text.compare(pos, std::char_traits<char>::length(utf8), utf8) == 0;
}

// A hint for what a hand-editor most likely did wrong near byte offset pos.
std::string hintNear(const std::string& text, std::size_t pos) {
    const std::size_t from = pos > 8 ? pos - 8 : 0;
    for (std::size_t i = from; i < text.size() && i <= pos + 4; ++i) {
        if (startsWithAt(text, i, "\xE2\x80\x9C") || startsWithAt(text, i, "\xE2\x80\x9D") ||
            startsWithAt(text, i, "\xE2\x80\x98") || startsWithAt(text, i, "\xE2\x80\x99"))
            return "curly quotes (\xE2\x80\x9C \xE2\x80\x9D) are not JSON quotes: use straight "
                   "double quotes \"";
        if (startsWithAt(text, i, "\xEF\xBC\x9A") || startsWithAt(text, i, "\xEF\xBC\x8C"))
            return "full-width punctuation (\xEF\xBC\x9A \xEF\xBC\x8C) is not JSON syntax: use : "
                   "and , (switch the input method to half-width)";
    }
    // Trailing comma: the last non-space character before a closing bracket is a comma.
    std::size_t j = pos < text.size() ? pos : text.size();
    if (j < text.size() && (text[j] == '}' || text[j] == ']')) {
        while (j > 0 && std::isspace(static_cast<unsigned char>(text[j - 1])))
            --j;
        if (j > 0 && text[j - 1] == ',')
            return "remove the comma before the closing bracket";
    }
    if (pos < text.size() && text[pos] == '\'')
        return "JSON strings use double quotes \", not single quotes '";
    return {};
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 2: "; keep only what follows, since we print our own location. The text may quote
// invalid bytes of the input: make it valid UTF-8 so it can be shown and written anywhere.
std::string cleanMessage(const std::string& what) {
    std::string s = what;
    if (!s.empty() && s[0] == '[') {
        const auto close = s.find("] ");
        if (close != std::string::npos)
            s = s.substr(close + 2);
    }
    if (s.rfind("parse error", 0) == 0) {
        const auto colon = s.find(": ");
        if (colon != std::string::npos)
            s = s.substr(colon + 2);
    }
    return sanitizeUtf8(s);
}

} // namespace

std::string sanitizeUtf8(const std::string& in) {
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        const auto c = static_cast<unsigned char>(in[i]);
        std::size_t len = c < 0x80           ? 1
                          : (c >> 5) == 0x6  ? 2
                          : (c >> 4) == 0xE  ? 3
                          : (c >> 3) == 0x1E ? 4
                                             : 0;
        bool ok = len > 0 && i + len <= in.size();
        for (std::size_t k = 1; ok && k < len; ++k)
            ok = (static_cast<unsigned char>(in[i + k]) & 0xC0) == 0x80;
        if (ok && len == 2 && c < 0xC2)
            ok = false; // overlong
        if (ok) {
            out.append(in, i, len);
            i += len;
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
            ++i;
        }
    }
    return out;
}

namespace {} // namespace

std::optional<nlohmann::json> parseJsonText(const std::string& text, const std::string& name,
                                            const Limits& limits, Diagnostics& diags) {
    if (text.size() > limits.maxFileBytes) {
        diags.error(name, "",
                    "file is " + std::to_string(text.size()) + " bytes, over the limit of " +
                        std::to_string(limits.maxFileBytes),
                    "split the data into smaller files");
        return std::nullopt;
    }
    if (text.find('\0') != std::string::npos) {
        const auto at = text.find('\0');
        diags.error(name, lineColumnAt(text, at), "NUL byte in a text file",
                    "the file is binary or UTF-16; save it as UTF-8 text");
        return std::nullopt;
    }
    if (!scanStructure(text, name, limits.maxJsonDepth, diags))
        return std::nullopt;
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points at the last byte read. When that closes a string that
        // should not be there (a missing comma before a key), point at the string's start.
        std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
        const std::string what = e.what();
        if (what.find("unexpected string literal") != std::string::npos && at < text.size() &&
            text[at] == '"') {
            std::size_t open = at;
            while (open > 0) {
                --open;
                if (text[open] == '"' && (open == 0 || text[open - 1] != '\\'))
                    break;
            }
            at = open;
        } else if (what.find("unexpected number literal") != std::string::npos) {
            // "1,234": point at the number that should not be there, not at its last digit.
            while (at > 0 && (std::isdigit(static_cast<unsigned char>(text[at - 1])) ||
                              text[at - 1] == '.' || text[at - 1] == 'e' || text[at - 1] == 'E' ||
                              text[at - 1] == '-' || text[at - 1] == '+'))
                --at;
        }
        diags.error(name, lineColumnAt(text, at), cleanMessage(e.what()), hintNear(text, at));
    } catch (const nlohmann::json::out_of_range& e) {
        // Number overflow (1e400) has no position: find the literal nlohmann quotes.
        const std::string what = e.what();
        const auto q1 = what.find('\'');
        const auto q2 = what.rfind('\'');
        std::string where;
        if (q1 != std::string::npos && q2 > q1 + 1) {
            const auto pos = text.find(what.substr(q1 + 1, q2 - q1 - 1));
            if (pos != std::string::npos)
                where = lineColumnAt(text, pos);
        }
        diags.error(name, where, cleanMessage(what),
                    "numbers must be finite and at most about 1.8e308; check the exponent");
    } catch (const std::exception& e) {
        diags.error(name, "", cleanMessage(e.what()));
    }
    return std::nullopt;
}

std::optional<std::string> readFileBytes(const std::string& path, const Limits& limits,
                                         Diagnostics& diags) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        diags.unreadable(path, "file not found",
                    "check the path; relative paths start from the "
                    "current directory");
        return std::nullopt;
    }
    if (!std::filesystem::is_regular_file(status)) {
        diags.unreadable(path, "not a regular file");
        return std::nullopt;
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        diags.unreadable(path, "cannot read the file size: " + ec.message());
        return std::nullopt;
    }
    if (size > limits.maxFileBytes) {
        diags.error(path, "",
                    "file is " + std::to_string(size) + " bytes, over the limit of " +
                        std::to_string(limits.maxFileBytes),
                    "split the data into smaller files");
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.unreadable(path, "cannot open the file for reading", "check its permissions");
        return std::nullopt;
    }
    // One read into a buffer of the file's size (a stream buffer would grow and copy it).
    std::string data(static_cast<std::size_t>(size), '\0');
    in.read(data.data(), static_cast<std::streamsize>(data.size()));
    data.resize(static_cast<std::size_t>(in.gcount()));
    // The file may have grown since it was measured (an editor still writing): read the rest.
    char chunk[65536];
    while (in && data.size() <= limits.maxFileBytes) {
        in.read(chunk, sizeof chunk);
        data.append(chunk, static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
        diags.unreadable(path, "read error");
        return std::nullopt;
    }
    if (data.size() > limits.maxFileBytes) {
        diags.error(path, "", "file is over the limit of " + std::to_string(limits.maxFileBytes) + " bytes",
                    "split the data into smaller files");
        return std::nullopt;
    }
    return data;
}

std::optional<nlohmann::json> readJsonFile(const std::string& path, const Limits& limits,
                                           Diagnostics& diags) {
    const auto bytes = readFileBytes(path, limits, diags);
    if (!bytes)
        return std::nullopt;
    return parseJsonText(*bytes, path, limits, diags);
}

} // namespace aimap
