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

void Diagnostics::add(Diagnostic d) {
    const bool error = d.severity == Severity::Error;
    ++(error ? m_errorCount : m_warningCount);
    if (!lists(d.severity))
        return;
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
