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
