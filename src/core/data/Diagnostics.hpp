#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace aimap {

enum class Severity { Error, Warning };

/// One finding about an input file: where it is and what to do about it.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;        ///< path as given by the user
    std::string location;    ///< "line:column" (1-based, columns in characters) or a JSON pointer
    std::string message;     ///< what is wrong
    std::string hint;        ///< how to fix it; may be empty
    bool unreadable = false; ///< the file could not be read at all (missing, unreadable, too big)

    /// "file:location: error: message (hint)" on one line, like a compiler.
    std::string format() const;
};

/// An ordered list of diagnostics with a bound on how many are kept (the rest are counted).
class Diagnostics {
public:
    explicit Diagnostics(std::size_t maxKept = 50) : m_maxKept(maxKept) {}

    void add(Diagnostic d);
    void error(const std::string& file, const std::string& location, const std::string& message,
               const std::string& hint = {});
    void warning(const std::string& file, const std::string& location, const std::string& message,
                 const std::string& hint = {});
    /// An error meaning the file could not be read at all.
    void unreadable(const std::string& file, const std::string& message,
                    const std::string& hint = {});
    /// Append another list, keeping its omitted count.
    void append(const Diagnostics& other);
    bool anyUnreadable() const;

    bool hasErrors() const { return m_errorCount > 0; }
    std::size_t errorCount() const { return m_errorCount; }
    std::size_t warningCount() const { return m_warningCount; }
    /// Diagnostics beyond the bound, counted but not kept.
    std::size_t omitted() const { return m_omitted; }
    const std::vector<Diagnostic>& items() const { return m_items; }

    /// All kept diagnostics, one per line, then "... and N more" when some were omitted.
    std::string format() const;

private:
    std::size_t m_maxKept;
    std::vector<Diagnostic> m_items;
    std::size_t m_errorCount = 0;
    std::size_t m_warningCount = 0;
    std::size_t m_omitted = 0;
};

/// 1-based line and column (in Unicode code points) of a byte offset in UTF-8 text.
std::string lineColumnAt(const std::string& text, std::size_t byteOffset);

} // namespace aimap
