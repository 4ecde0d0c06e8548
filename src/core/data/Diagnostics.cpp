#include "core/data/Diagnostics.hpp"

#include <algorithm>

namespace aimap {
namespace {

std::size_t countOf(const Diagnostics& d, Severity s) {
    return static_cast<std::size_t>(std::count_if(d.items().begin(), d.items().end(),
                                                  [&](const Diagnostic& x) { return x.severity == s; }));
}

} // namespace

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

void Diagnostics::add(Diagnostic d) {
    if (d.severity == Severity::Error)
        ++m_errorCount;
    else
        ++m_warningCount;
    if (m_items.size() < m_maxKept)
        m_items.push_back(std::move(d));
    else
        ++m_omitted;
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
    m_omitted += other.m_omitted;
    // Omitted diagnostics of `other` still count as errors/warnings of this list.
    m_errorCount += other.m_errorCount - std::min(other.m_errorCount, countOf(other, Severity::Error));
    m_warningCount +=
        other.m_warningCount - std::min(other.m_warningCount, countOf(other, Severity::Warning));
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
    if (m_omitted > 0)
        s += "... and " + std::to_string(m_omitted) + " more\n";
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
