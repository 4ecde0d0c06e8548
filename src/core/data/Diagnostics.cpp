#include "core/data/Diagnostics.hpp"

namespace aimap {

std::string Diagnostic::format() const {
    std::string s = file;
    if (!location.empty())
        s += ":" + location;
    s += severity == Severity::Error ? ": error: " : ": warning: ";
    s += message;
    if (!hint.empty())
        s += " (hint: " + hint + ")";
    return s;
}

namespace {

// Characters that draw nothing, written out as <U+200B>: a message quoting "jinan" with a
// zero-width space in it, and "did you mean "jinan"?", would otherwise look like the same word.
// Soft hyphen, combining grapheme joiner, Mongolian vowel separator, zero-width space, (non-)
// joiner, word joiner, invisible operators, zero-width no-break space.
std::string showInvisible(std::string s) {
    std::string out;
    std::size_t from = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c != 0xC2 && c != 0xCD && c != 0xE1 && c != 0xE2 && c != 0xEF)
            continue;
        const char* name = nullptr;
        std::size_t len = 0;
        if (s.compare(i, 2, "\xC2\xAD") == 0)
            name = "<U+00AD>", len = 2;
        else if (s.compare(i, 2, "\xCD\x8F") == 0)
            name = "<U+034F>", len = 2;
        else if (s.compare(i, 3, "\xE1\xA0\x8E") == 0)
            name = "<U+180E>", len = 3;
        else if (s.compare(i, 3, "\xEF\xBB\xBF") == 0)
            name = "<U+FEFF>", len = 3;
        else if (i + 2 < s.size() && c == 0xE2 && s[i + 1] == '\x80' &&
                 static_cast<unsigned char>(s[i + 2]) >= 0x8B &&
                 static_cast<unsigned char>(s[i + 2]) <= 0x8D) {
            static const char* const zw[] = {"<U+200B>", "<U+200C>", "<U+200D>"};
            name = zw[static_cast<unsigned char>(s[i + 2]) - 0x8B], len = 3;
        } else if (i + 2 < s.size() && c == 0xE2 && s[i + 1] == '\x81' &&
                   static_cast<unsigned char>(s[i + 2]) >= 0xA0 &&
                   static_cast<unsigned char>(s[i + 2]) <= 0xA4) {
            static const char* const wj[] = {"<U+2060>", "<U+2061>", "<U+2062>", "<U+2063>",
                                             "<U+2064>"};
            name = wj[static_cast<unsigned char>(s[i + 2]) - 0xA0], len = 3;
        }
        if (!name)
            continue;
        out.append(s, from, i - from);
        out += name;
        from = i + len;
        i += len - 1;
    }
    if (from == 0)
        return s;
    out.append(s, from, std::string::npos);
    return out;
}

} // namespace

void Diagnostics::add(Diagnostic d) {
    const bool error = d.severity == Severity::Error;
    ++(error ? m_errorCount : m_warningCount);
    if (!lists(d.severity))
        return;
    d.message = showInvisible(std::move(d.message));
    d.hint = showInvisible(std::move(d.hint));
    ++(error ? m_keptErrors : m_keptWarnings);
    m_items.push_back(std::move(d));
}

void Diagnostics::error(const std::string& file, const std::string& location,
                        const std::string& message, const std::string& hint) {
    add({Severity::Error, file, location, message, hint});
}

void Diagnostics::warning(const std::string& file, const std::string& location,
                          const std::string& message, const std::string& hint) {
    add({Severity::Warning, file, location, message, hint});
}

void Diagnostics::unreadable(const std::string& file, const std::string& message,
                             const std::string& hint) {
    Diagnostic d{Severity::Error, file, "", message, hint};
    d.unreadable = true;
    add(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
    for (const auto& d : other.m_items)
        add(d);
    // Omitted diagnostics of `other` still count as errors/warnings of this list.
    m_errorCount += other.omittedErrors();
    m_warningCount += other.omittedWarnings();
}

bool Diagnostics::anyUnreadable() const {
    for (const auto& d : m_items)
        if (d.unreadable)
            return true;
    return false;
}

std::string Diagnostics::format() const {
    std::string s;
    for (const auto& d : m_items)
        s += d.format() + "\n";
    if (omitted() > 0)
        s += "... and " + std::to_string(omitted()) + " more\n";
    return s;
}

std::string lineColumnAt(const std::string& text, std::size_t byteOffset) {
    if (byteOffset > text.size())
        byteOffset = text.size();
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < byteOffset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count code points, not continuation bytes
            ++column;
        }
    }
    return std::to_string(line) + ":" + std::to_string(column);
}

} // namespace aimap
