// Reading JSON data files defensively: size, encoding, characters, nesting and duplicate keys
// checked before nlohmann parses; its messages rewritten with line:column and hints.
//
// [SECTION] Escapes and positions
// [SECTION] Structure scan
// [SECTION] Parse messages
// [SECTION] Entry points

#include "core/data/JsonFile.hpp"

#include "core/data/Text.hpp"

#include "core/data/TextDecoding.hpp"
#include "core/data/TextSafety.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_set>
#include <vector>

namespace aimap {
namespace {

// [SECTION] Escapes and positions

// The code point of the \uXXXX escape at `at` (the backslash), joining a surrogate pair written
// as two escapes; `length` is set to the bytes the escape spans. -1 when it is not one (or half a
// pair: the parser reports those).
long escapedCodePoint(const std::string& text, std::size_t at, std::size_t& length) {
    const auto hex4 = [&](std::size_t from) -> long {
        if (from + 4 > text.size())
            return -1;
        long v = 0;
        for (std::size_t k = from; k < from + 4; ++k) {
            const int d = hexDigit(text[k]);
            if (d < 0)
                return -1;
            v = v * 16 + d;
        }
        return v;
    };
    if (at + 1 >= text.size() || text[at + 1] != 'u')
        return -1;
    const long cp = hex4(at + 2);
    length = 6;
    if (cp >= 0xD800 && cp <= 0xDBFF && text.compare(at + 6, 2, "\\u") == 0) {
        const long low = hex4(at + 8);
        if (low >= 0xDC00 && low <= 0xDFFF) {
            length = 12;
            return 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
    }
    return cp >= 0xD800 && cp <= 0xDFFF ? -1 : cp;
}

// The text of a JSON string's body (between its quotes) with escapes decoded, for comparing keys
// ("l\u0061t" is "lat"). Escapes that are not valid are kept as written (the parser reports them).
std::string unescapedKey(const std::string& text, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        if (text[i] != '\\' || i + 1 >= to) {
            out += text[i];
            continue;
        }
        static const char written[] = "\"\\/bfnrt";
        static const char decoded[] = "\"\\/\b\f\n\r\t";
        const char e = text[i + 1];
        const char* simple = e != '\0' ? std::strchr(written, e) : nullptr;
        if (simple) {
            out += decoded[simple - written];
            ++i;
            continue;
        }
        std::size_t length = 0;
        const long cp = escapedCodePoint(text, i, length);
        if (cp < 0) {
            out += text[i];
            continue;
        }
        appendUtf8(out, static_cast<char32_t>(cp));
        i += length - 1;
    }
    return out;
}

// line:column of increasing byte offsets in one pass (lineColumnAt counts from the start each
// time: a file with 100 000 problems took minutes).
class TextPositions {
public:
    explicit TextPositions(const std::string& text) : m_text(text) {}
    std::string at(std::size_t offset) {
        if (offset < m_offset) {
            m_offset = 0;
            m_line = 1;
            m_column = 1;
        }
        offset = std::min(offset, m_text.size());
        for (; m_offset < offset; ++m_offset) {
            const auto c = static_cast<unsigned char>(m_text[m_offset]);
            if (c == '\n') {
                ++m_line;
                m_column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++m_column;
            }
        }
        return std::to_string(m_line) + ":" + std::to_string(m_column);
    }

private:
    const std::string& m_text;
    std::size_t m_offset = 0;
    std::size_t m_line = 1;
    std::size_t m_column = 1;
};

// [SECTION] Structure scan

// One pass over the raw text before parsing: nesting depth (nlohmann 3.11.2 recurses without a
// limit), duplicate object keys (nlohmann silently keeps the last one, also when one of them is
// written with escapes) and escaped characters a text cannot show (TextSafety), all reported
// with line:column. Lenient about everything else: syntax errors are the parser's job. Returns
// false when the text is too deep to parse safely.
bool scanStructure(const std::string& text, const std::string& name, int maxDepth,
                   Diagnostics& diags) {
    struct Container {
        bool isObject = false;
        bool expectKey = false;
        std::unordered_set<std::string> keys;
    };
    std::vector<Container> stack;
    TextPositions positions(text);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const std::size_t start = i;
            bool escaped = false;
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\') {
                    escaped = true;
                    std::size_t length = 0;
                    const long cp = escapedCodePoint(text, i, length);
                    const char* reason =
                        cp >= 0 ? unshowableReason(static_cast<char32_t>(cp)) : nullptr;
                    if (reason) // built when listed only
                        diags.reportError(name, [&] {
                            return Finding{
                                positions.at(i),
                                "the text holds " +
                                    describeCharacter(static_cast<char32_t>(cp), reason) +
                                    ", written " + text.substr(i, length) + "; it cannot be shown",
                                unshowableHint(static_cast<char32_t>(cp))};
                        });
                    ++i;
                }
            if (!stack.empty() && stack.back().isObject && stack.back().expectKey) {
                const std::size_t end = std::min(i, text.size());
                std::string key = escaped ? unescapedKey(text, start + 1, end)
                                          : text.substr(start + 1, end - start - 1);
                if (!stack.back().keys.insert(key).second)
                    diags.reportError(name, [&] {
                        return Finding{positions.at(start),
                                       "duplicate key \"" + sanitizeUtf8(key) +
                                           "\" in the same object",
                                       "JSON readers disagree on which one wins: keep one"};
                    });
                stack.back().expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            if (static_cast<int>(stack.size()) >= maxDepth) {
                diags.error(name, positions.at(i),
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

// [SECTION] Parse messages

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

// [SECTION] Entry points

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
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        diags.error(name, "1:1",
                    text.empty() ? "the file is empty" : "the file holds only blank space",
                    "a dataset is a JSON object {...}: see docs/data-format.md, or copy "
                    "data/ai-cities.json and edit it");
        return std::nullopt;
    }
    if (const std::size_t bad = firstInvalidUtf8(text); bad != std::string::npos) {
        std::string converted;
        diags.error(name, lineColumnAt(text, bad), "the file is not valid UTF-8 text",
                    fromGb18030(text, converted)
                        ? "it reads as GBK/GB18030 (the default of Chinese Windows): save it as "
                          "UTF-8 (Notepad: Save as, Encoding: UTF-8)"
                        : "save it as UTF-8");
        return std::nullopt;
    }
    // Characters written as themselves (escaped ones are the scan's); outside strings the parser
    // would reject them too, but with a less helpful message.
    if (!rejectUnshowable(text, name, diags))
        return std::nullopt;
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
        // Regression (issue 13): a table saved as .json got only the parser's "invalid literal".
        const std::size_t first = text.find_first_not_of(" \t\r\n");
        const std::size_t eol = text.find('\n');
        const bool looksLikeATable = first != std::string::npos && text[first] != '{' &&
                                     text[first] != '[' &&
                                     text.substr(0, eol).find_first_of(",;\t") != std::string::npos;
        diags.error(name, lineColumnAt(text, at), cleanMessage(e.what()),
                    looksLikeATable ? "the file looks like a table (CSV), not JSON: name it .csv"
                                    : hintNear(text, at));
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
    if (ec == std::errc::too_many_symbolic_link_levels) {
        diags.unreadable(path, "the path is a loop of symbolic links (too many levels)",
                         "point the link at the data file itself: ls -l shows where it leads");
        return std::nullopt;
    }
    if (ec && ec != std::errc::no_such_file_or_directory) {
        diags.unreadable(path, "cannot look at the file: " + ec.message(),
                         "check the path and the folders' permissions");
        return std::nullopt;
    }
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
        diags.error(path, "",
                    "file is over the limit of " + std::to_string(limits.maxFileBytes) + " bytes",
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
