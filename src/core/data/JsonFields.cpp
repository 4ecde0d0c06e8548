#include "core/data/JsonFields.hpp"

#include "core/data/Format.hpp"
#include "core/data/Suggest.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace aimap {

using nlohmann::json;

std::string escapePointer(const std::string& key) {
    std::string s;
    for (char c : key) {
        if (c == '~')
            s += "~0";
        else if (c == '/')
            s += "~1";
        else
            s += c;
    }
    return s;
}

const char* typeName(const json& j) {
    switch (j.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "an array";
    case json::value_t::string:
        return "a string";
    case json::value_t::boolean:
        return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return "a number";
    default:
        return "an unsupported value";
    }
}

std::string tooMany(const char* what, std::size_t count, std::size_t limit) {
    return std::string("too many ") + what + ": " + formatThousands(static_cast<double>(count)) +
           " (the limit is " + formatThousands(static_cast<double>(limit)) + ")";
}

std::string shortJson(const json& j) {
    std::string s = j.dump(-1, ' ', false, json::error_handler_t::replace);
    if (s.size() <= 40)
        return s;
    std::size_t cut = 40;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut;                                // not inside a UTF-8 sequence
    return s.substr(0, cut) + "\xE2\x80\xA6"; // …
}

std::string Fields::at(std::string_view key) const {
    return m_ptr + "/" + escapePointer(std::string(key));
}

const json* Fields::find(std::string_view key) const {
    if (std::find(m_known.begin(), m_known.end(), key) == m_known.end())
        m_known.push_back(key);
    auto it = m_obj.find(key);
    return it == m_obj.end() ? nullptr : &*it;
}

// Each message is built only when it will be listed (Diagnostics::reportError): a file may hold
// a million entries with the same mistake.

std::string Fields::str(std::string_view key, bool required) const {
    const json* j = find(key);
    if (!j || j->is_null()) {
        if (required)
            m_diags.reportError(m_file, [&] {
                const std::string k(key);
                // Regression (issue 13): a required field given as null was called missing.
                if (j)
                    return Finding{at(key), "\"" + k + "\" must be a string, not null",
                                   "write it in quotes: \"" + k + "\": \"...\""};
                return Finding{m_ptr, "missing required field \"" + k + "\"",
                               "add \"" + k + "\": \"...\""};
            });
        return {};
    }
    if (!j->is_string()) {
        m_diags.reportError(m_file, [&] {
            const std::string k(key);
            return Finding{at(key), "\"" + k + "\" must be a string, not " + typeName(*j),
                           j->is_number()
                               ? "write it in quotes: \"" + k + "\": \"" + j->dump() + "\""
                               : std::string()};
        });
        return {};
    }
    const auto& s = j->get_ref<const std::string&>();
    if (s.size() > m_limits.maxStringBytes) {
        m_diags.reportError(m_file, [&] {
            return Finding{at(key),
                           "string of " + std::to_string(s.size()) +
                               " bytes is over the limit of " +
                               std::to_string(m_limits.maxStringBytes),
                           "shorten it; long texts belong in a source's document, linked by "
                           "\"url\""};
        });
        return {};
    }
    return s;
}

std::optional<double> Fields::number(std::string_view key, bool required) const {
    const json* j = find(key);
    if (!j || j->is_null()) {
        if (required)
            m_diags.reportError(m_file, [&] {
                if (j)
                    return Finding{at(key),
                                   "\"" + std::string(key) + "\" must be a number, not null", ""};
                return Finding{m_ptr, "missing required field \"" + std::string(key) + "\"", ""};
            });
        return std::nullopt;
    }
    if (!j->is_number()) {
        m_diags.reportError(m_file, [&] {
            return Finding{
                at(key), "\"" + std::string(key) + "\" must be a number, not " + typeName(*j),
                j->is_string() ? "write the number without quotes, e.g. 70000000000" : ""};
        });
        return std::nullopt;
    }
    const double v = j->get<double>();
    if (!std::isfinite(v)) {
        m_diags.reportError(m_file, [&] {
            return Finding{at(key), "\"" + std::string(key) + "\" is not a finite number", ""};
        });
        return std::nullopt;
    }
    return v;
}

std::vector<std::string> Fields::strings(std::string_view key, bool required) const {
    std::vector<std::string> out;
    const json* j = find(key);
    if (!j || j->is_null()) {
        if (required)
            m_diags.reportError(m_file, [&] {
                return Finding{m_ptr, "missing required field \"" + std::string(key) + "\"", ""};
            });
        return out;
    }
    if (!j->is_array()) {
        m_diags.reportError(m_file, [&] {
            return Finding{at(key),
                           "\"" + std::string(key) + "\" must be an array of strings, not " +
                               typeName(*j),
                           ""};
        });
        return out;
    }
    for (std::size_t i = 0; i < j->size(); ++i) {
        const auto& e = (*j)[i];
        if (!e.is_string() || e.get_ref<const std::string&>().size() > m_limits.maxStringBytes)
            m_diags.reportError(m_file, [&] {
                return Finding{at(key) + "/" + std::to_string(i),
                               "must be a string of at most " +
                                   std::to_string(m_limits.maxStringBytes) + " bytes",
                               ""};
            });
        else
            out.push_back(e.get<std::string>());
    }
    return out;
}

void Fields::warnUnknown() const {
    for (auto it = m_obj.begin(); it != m_obj.end(); ++it)
        if (std::find(m_known.begin(), m_known.end(), it.key()) == m_known.end())
            m_diags.reportWarning(m_file, [&] {
                const std::vector<std::string> known(m_known.begin(), m_known.end());
                std::string hint = didYouMean(it.key(), known);
                if (hint.empty())
                    hint = std::string("check its spelling against ") + m_document;
                // Regression (issue 13): a long key was printed in full, twice (pointer and text).
                const bool longKey = it.key().size() > 64;
                return Finding{longKey ? m_ptr : at(it.key()),
                               "unknown field " + shortJson(json(it.key())) + " ignored", hint};
            });
}

Source readSource(const Fields& f, std::string id, bool titleRequired) {
    Source s;
    s.id = std::move(id);
    s.title = f.str("title", titleRequired);
    s.publisher = f.str("publisher", false);
    s.date = f.str("date", false);
    s.url = f.str("url", false);
    s.quality = f.str("quality", false);
    s.note = f.str("note", false);
    f.warnUnknown();
    return s;
}

} // namespace aimap
