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

/// What a lazily reported diagnostic says (see Diagnostics::reportError).
struct Finding {
    std::string location;
    std::string message;
    std::string hint;
};

/// An ordered list of diagnostics with a bound on how many of each severity are kept (listed):
/// the first `maxKept` errors and the first `maxKept` warnings; the rest are counted. Warnings
/// never crowd out errors.
class Diagnostics {
public:
    /// Diagnostics of each severity listed by default (docs/data-format.md).
    static constexpr std::size_t kListed = 100;

    explicit Diagnostics(std::size_t maxKept = kListed) : m_maxKept(maxKept) {}

    void add(Diagnostic d);
    void error(const std::string& file, const std::string& location, const std::string& message,
               const std::string& hint = {});
    void warning(const std::string& file, const std::string& location, const std::string& message,
                 const std::string& hint = {});
    /// An error meaning the file could not be read at all.
    void unreadable(const std::string& file, const std::string& message,
                    const std::string& hint = {});

    /// True when a diagnostic of this severity would be listed; beyond the bound it is only
    /// counted.
    bool lists(Severity s) const {
        return (s == Severity::Error ? m_keptErrors : m_keptWarnings) < m_maxKept;
    }
    /// An error whose text `make()` (returning a Finding) builds only when it will be listed:
    /// beyond the bound it costs a count, no strings and no "did you mean" search. For messages
    /// that can repeat per value or per row.
    template <class Make> void reportError(const std::string& file, Make&& make) {
        report(Severity::Error, file, make);
    }
    template <class Make> void reportWarning(const std::string& file, Make&& make) {
        report(Severity::Warning, file, make);
    }

    /// Append another list, keeping its omitted counts.
    void append(const Diagnostics& other);
    bool anyUnreadable() const;

    bool hasErrors() const { return m_errorCount > 0; }
    std::size_t errorCount() const { return m_errorCount; }
    std::size_t warningCount() const { return m_warningCount; }
    /// Diagnostics beyond the bound, counted but not kept.
    std::size_t omitted() const { return omittedErrors() + omittedWarnings(); }
    std::size_t omittedErrors() const { return m_errorCount - m_keptErrors; }
    std::size_t omittedWarnings() const { return m_warningCount - m_keptWarnings; }
    const std::vector<Diagnostic>& items() const { return m_items; }

    /// All kept diagnostics, one per line, then "... and N more" when some were omitted.
    std::string format() const;

private:
    template <class Make> void report(Severity s, const std::string& file, Make& make) {
        if (!lists(s)) {
            ++(s == Severity::Error ? m_errorCount : m_warningCount);
            return;
        }
        Finding f = make();
        add({s, file, std::move(f.location), std::move(f.message), std::move(f.hint)});
    }

    std::size_t m_maxKept;
    std::vector<Diagnostic> m_items;
    std::size_t m_errorCount = 0;
    std::size_t m_warningCount = 0;
    std::size_t m_keptErrors = 0;
    std::size_t m_keptWarnings = 0;
};

/// 1-based line and column (in Unicode code points) of a byte offset in UTF-8 text.
std::string lineColumnAt(const std::string& text, std::size_t byteOffset);

} // namespace aimap
