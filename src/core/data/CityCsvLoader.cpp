#include "core/data/CityCsvLoader.hpp"

#include "core/Trace.hpp"
#include "core/data/Csv.hpp"
#include "core/data/CsvDirectives.hpp"
#include "core/data/EnterpriseCsvLoader.hpp"
#include "core/data/JsonFile.hpp"
#include "core/data/Suggest.hpp"
#include "core/data/Text.hpp"
#include "core/geo/Projection.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

namespace aimap {
namespace {

enum class Column {
    City,
    NameZh,
    NameEn,
    Code,
    Year,
    Lon,
    Lat,
    Source,
    SourceUrl,
    Quality,
    Period,
    Notes,
    Metric
};


// Header names aimap understands, in English and Chinese (what people type in Excel).
std::optional<Column> knownColumn(const std::string& header) {
    static const std::map<std::string, Column> names = {
        {"city", Column::City},
        {"name", Column::City},
        {"\xE5\x9F\x8E\xE5\xB8\x82", Column::City},
        {"name_zh", Column::NameZh},
        {"name_en", Column::NameEn},
        {"code", Column::Code},
        {"division_code", Column::Code},
        {"year", Column::Year},
        {"\xE5\xB9\xB4\xE4\xBB\xBD", Column::Year},
        {"lon", Column::Lon},
        {"lng", Column::Lon},
        {"longitude", Column::Lon},
        {"\xE7\xBB\x8F\xE5\xBA\xA6", Column::Lon},
        {"lat", Column::Lat},
        {"latitude", Column::Lat},
        {"\xE7\xBA\xAC\xE5\xBA\xA6", Column::Lat},
        {"source", Column::Source},
        {"\xE6\x9D\xA5\xE6\xBA\x90", Column::Source},
        {"source_url", Column::SourceUrl},
        {"url", Column::SourceUrl},
        {"quality", Column::Quality},
        {"period", Column::Period},
        {"notes", Column::Notes},
        {"note", Column::Notes},
        {"\xE5\xA4\x87\xE6\xB3\xA8", Column::Notes},
    };
    auto it = names.find(asciiLower(header));
    if (it == names.end())
        return std::nullopt;
    return it->second;
}

// "AI enterprises (count)" -> label "AI enterprises", unit "count"; also [unit].
void splitUnit(const std::string& header, std::string& label, std::string& unit) {
    label = header;
    unit.clear();
    for (const auto& [open, close] : {std::pair<char, char>{'(', ')'}, {'[', ']'}}) {
        const auto a = header.rfind(open);
        if (a != std::string::npos && !header.empty() && header.back() == close && a > 0) {
            label = trimCell(header.substr(0, a));
            unit = trimCell(header.substr(a + 1, header.size() - a - 2));
            return;
        }
    }
}

std::string slug(const std::string& s, std::size_t fallbackIndex) {
    std::string out;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80)
            out += static_cast<char>(std::tolower(u));
        else if (!out.empty() && out.back() != '_')
            out += '_';
    }
    while (!out.empty() && out.back() == '_')
        out.pop_back();
    return out.empty() ? "metric_" + std::to_string(fallbackIndex) : out;
}

std::string rc(std::size_t row, std::size_t col) {
    return std::to_string(row) + ":" + std::to_string(col + 1);
}

bool isAbsent(const std::string& cell) {
    static const std::set<std::string> absent = {
        "", "n/a", "na", "-", "\xE2\x80\x94", "\xE2\x80\x93", "null", "none", "/"};
    return absent.count(asciiLower(cell)) > 0;
}

// Why a cell is not a number, for the hint.
std::string numberHint(const std::string& cell) {
    if (!cell.empty() && (cell[0] == '=' || cell[0] == '@'))
        return "formulas are not evaluated: paste the values (Paste Special > Values)";
    if (cell.find("\xE4\xBA\xBF") != std::string::npos ||
        cell.find("\xE4\xB8\x87") != std::string::npos)
        return "write the full number in the column's unit: 271亿 = 27100000000";
    if (cell.find('%') != std::string::npos)
        return "write percentages as plain numbers in a \"(percent)\" column";
    return "write a plain number, e.g. 1234.5 or 1,234.5";
}

} // namespace

DatasetLoadResult cityTableDataset(TableFront front, Diagnostics frontDiags,
                                   const Gazetteer* gazetteer, const Limits& limits) {
    DatasetLoadResult result;
    Diagnostics& diags = result.diagnostics;
    diags.append(frontDiags);
    const std::string path = front.dataset ? front.dataset->path : std::string();
    try {
        const auto& table = front.table;
        auto ds = front.dataset;
        if (!table || !ds)
            return result;
        if (table->plainRows()) { // only loadTableBytes's enterprise tables are read so
            diags.error(path, "", "internal error: the rows were left for the enterprise reader");
            return result;
        }

        // Columns.
        std::vector<Column> kinds;
        std::map<Column, std::size_t> at;
        std::vector<std::size_t> metricColumn; // metric index -> column
        ds->description = "City table loaded from " + ds->title + " (" + front.encoding + ").";
        for (std::size_t c = 0; c < table->header.size(); ++c) {
            const std::string& h = table->header[c];
            if (h.empty()) {
                diags.error(path, rc(1, c), "empty column name",
                            "name every column, e.g. city, year, AI enterprises (count)");
                kinds.push_back(Column::Notes);
                continue;
            }
            const auto k = knownColumn(h);
            kinds.push_back(k ? *k : Column::Metric);
            if (k) {
                if (at.count(*k))
                    diags.error(path, rc(1, c), "column \"" + h + "\" appears twice");
                at[*k] = c;
                continue;
            }
            Metric m;
            splitUnit(h, m.label, m.unit);
            m.id = slug(m.label, ds->metrics.size() + 1);
            for (const auto& other : ds->metrics)
                if (other.id == m.id)
                    diags.error(path, rc(1, c), "two metric columns named \"" + m.label + "\"");
            m.definition = "Column \"" + h + "\" of " + ds->title + ".";
            ds->metrics.push_back(m);
            metricColumn.push_back(c);
        }
        const bool hasName = at.count(Column::City) || at.count(Column::NameZh) ||
                             at.count(Column::NameEn) || at.count(Column::Code);
        if (!hasName)
            diags.error(path, "1:1", "no city column",
                        "name one column \"city\" (or 城市, name_zh, name_en, code)");
        if (!at.count(Column::Year))
            diags.error(path, "1:1", "no year column", "add a column \"year\" (or 年份)");
        if (ds->metrics.empty())
            diags.error(path, "1:1", "no metric columns",
                        "add at least one column of figures, e.g. \"AI enterprises (count)\"");
        if (diags.hasErrors())
            return result;

        const bool decimalComma = table->delimiter == ';';
        std::map<std::string, std::string> sourceIdOf; // source text -> id
        std::set<std::tuple<std::size_t, std::size_t, int>> seen;
        bool warnedUnsourced = false;
        const Projection& proj = Projection::china();
        auto cell = [&](const CsvTable::Row& row, Column k) {
            auto it = at.find(k);
            return it == at.end() ? std::string() : trimCell(row[it->second]);
        };
        for (std::size_t r = 0; r < table->rowCount(); ++r) {
            const CsvTable::Row row = table->row(r);
            const std::size_t line = table->rowLine(r);
            // City: by coordinates if given, else by the gazetteer.
            std::string name = cell(row, Column::City);
            const std::string zh = cell(row, Column::NameZh), en = cell(row, Column::NameEn),
                              code = cell(row, Column::Code);
            const std::string lookup = !code.empty()   ? code
                                       : !name.empty() ? name
                                       : !zh.empty()   ? zh
                                                       : en;
            const std::size_t nameCol = at.count(Column::City)     ? at[Column::City]
                                        : at.count(Column::NameZh) ? at[Column::NameZh]
                                        : at.count(Column::NameEn) ? at[Column::NameEn]
                                                                   : at[Column::Code];
            if (lookup.empty()) {
                diags.error(path, rc(line, nameCol), "no city name in this row");
                continue;
            }
            City city;
            const std::string lonText = cell(row, Column::Lon), latText = cell(row, Column::Lat);
            if (!lonText.empty() || !latText.empty()) {
                std::string hint;
                const auto ll = parseLonLatCells(lonText, latText, hint);
                if (!ll) {
                    diags.error(path, rc(line, at.count(Column::Lon) ? at[Column::Lon] : nameCol),
                                "lon/lat must both be numbers in degrees", hint);
                    continue;
                }
                city.id = "csv-" + slug(lookup, r + 1);
                city.nameZh =
                    zh.empty() && !name.empty() && static_cast<unsigned char>(name[0]) >= 0x80
                        ? name
                        : zh;
                city.nameEn =
                    en.empty() && !name.empty() && static_cast<unsigned char>(name[0]) < 0x80 ? name
                                                                                              : en;
                city.code = code;
                city.position = *ll;
                city.coordSource = ds->title;
            } else if (!gazetteer) {
                diags.error(path, rc(line, nameCol),
                            "no lon/lat columns and no gazetteer to find \"" + lookup + "\"");
                continue;
            } else {
                const auto m = gazetteer->find(lookup);
                if (!m.entry) {
                    if (!m.candidates.empty()) {
                        std::string list;
                        for (const auto* c : m.candidates)
                            list += (list.empty() ? "" : " or ") + c->nameZh + " " + c->nameEn +
                                    " (" + c->code + ")";
                        diags.error(path, rc(line, nameCol),
                                    "\"" + lookup + "\" is ambiguous: " + list,
                                    "write the Chinese name or the 6-digit code");
                    } else {
                        diags.error(path, rc(line, nameCol),
                                    "unknown city \"" + lookup + "\" (not a prefecture-level city)",
                                    m.suggestion.empty()
                                        ? "use the Chinese name (济南), the English name (Jinan) "
                                          "or add lon and lat columns"
                                        : "did you mean \"" + m.suggestion + "\"?");
                    }
                    continue;
                }
                city.id = m.entry->code;
                city.code = m.entry->code;
                city.nameZh = m.entry->nameZh;
                city.nameEn = m.entry->nameEn;
                city.position = m.entry->position;
                city.coordSource = m.entry->coordSource;
            }
            auto ci = ds->cityIndex(city.id);
            if (!ci) {
                city.world = proj.forward(city.position);
                ds->cities.push_back(city);
                ci = ds->cities.size() - 1;
            }
            // Year.
            const std::string yearText = cell(row, Column::Year);
            const auto year = parseNumberCell(yearText);
            if (!year || *year != std::floor(*year) || *year < limits.minYear ||
                *year > limits.maxYear) {
                diags.error(path, rc(line, at[Column::Year]),
                            "year \"" + sanitizeUtf8(yearText) + "\" must be a whole number in " +
                                std::to_string(limits.minYear) + ".." +
                                std::to_string(limits.maxYear));
                continue;
            }
            // Source.
            std::vector<std::string> sources;
            const std::string sourceText = cell(row, Column::Source);
            if (!sourceText.empty()) {
                auto it = sourceIdOf.find(sourceText);
                if (it == sourceIdOf.end()) {
                    Source s;
                    s.id = "C" + std::to_string(sourceIdOf.size() + 1);
                    s.title = sourceText;
                    s.publisher = "as given in " + ds->title;
                    s.url = cell(row, Column::SourceUrl);
                    s.quality = cell(row, Column::Quality);
                    ds->sources.push_back(s);
                    it = sourceIdOf.emplace(sourceText, s.id).first;
                }
                sources.push_back(it->second);
            }
            for (std::size_t m = 0; m < ds->metrics.size(); ++m) {
                const std::size_t col = metricColumn[m];
                std::string v = trimCell(row[col]);
                if (isAbsent(v))
                    continue;
                std::string qualifier = "=";
                for (const char* q : {">", "<", "~", "\xE2\x89\x88"}) { // ≈
                    if (v.rfind(q, 0) == 0) {
                        qualifier = std::string(q) == "\xE2\x89\x88" ? "~" : q;
                        v = trimCell(v.substr(std::char_traits<char>::length(q)));
                        break;
                    }
                }
                const auto number = parseNumberCell(v, decimalComma);
                if (!number) {
                    diags.error(path, rc(line, col),
                                "\"" + sanitizeUtf8(v) + "\" is not a number (column \"" +
                                    table->header[col] + "\")",
                                numberHint(v));
                    continue;
                }
                if (*number < 0 || *number > limits.maxAbsValue) {
                    diags.error(path, rc(line, col),
                                *number < 0 ? "negative value: symbol sizes need values >= 0"
                                            : "value is implausibly large",
                                "check the unit of the column");
                    continue;
                }
                const int y = static_cast<int>(*year);
                if (!seen.insert({*ci, m, y}).second) {
                    diags.error(path, rc(line, col),
                                "second value for " + city.id + " / " + ds->metrics[m].label +
                                    " / " + std::to_string(y),
                                "keep one row per city and year");
                    continue;
                }
                if (sources.empty() && !warnedUnsourced) {
                    warnedUnsourced = true; // once per file, at the first such value
                    diags.warning(path, rc(line, col),
                                  "values without a source are shown as unsourced",
                                  "add a \"source\" column");
                }
                Value val;
                val.city = *ci;
                val.metric = m;
                val.year = y;
                val.value = *number;
                val.qualifier = qualifier;
                val.asPublished = std::string(row[col]);
                val.period = cell(row, Column::Period);
                if (val.period.empty())
                    val.period = std::to_string(y);
                val.notes = cell(row, Column::Notes);
                val.sources = sources;
                ds->values.push_back(std::move(val));
            }
        }
        std::sort(ds->values.begin(), ds->values.end(), [](const Value& a, const Value& b) {
            return std::tie(a.city, a.metric, a.year) < std::tie(b.city, b.metric, b.year);
        });
        if (!diags.hasErrors() && ds->values.empty())
            diags.error(path, "", "no values in the table");
        if (!diags.hasErrors())
            result.dataset = std::move(ds);
    } catch (const std::exception& e) {
        result.dataset.reset();
        diags.error(path, "", std::string("internal error while reading: ") + e.what());
    }
    return result;
}

DatasetLoadResult loadTableBytes(std::string bytes, const std::string& path,
                                 const Gazetteer* gazetteer, const Limits& limits, TableKind kind) {
    // Decoded and parsed once; the header tells an enterprise table (it has a sector column).
    Diagnostics diags;
    // An enterprise table's reader splits a quote-free file's rows itself, as it reads them.
    bool (*deferPlainRows)(const std::vector<std::string>&) = nullptr;
    if (kind == TableKind::Enterprise)
        deferPlainRows = [](const std::vector<std::string>&) { return true; };
    else if (kind == TableKind::Detect)
        deferPlainRows = isEnterpriseHeader;
    TableFront front = readTable(std::move(bytes), path, limits, diags, deferPlainRows);
    const bool enterprise = kind == TableKind::Enterprise ||
                            (kind == TableKind::Detect && front.table &&
                             isEnterpriseHeader(front.table->header));
    return enterprise ? enterpriseTableDataset(std::move(front), diags, gazetteer, limits)
                      : cityTableDataset(std::move(front), diags, gazetteer, limits);
}

DatasetLoadResult loadCityCsvBytes(const std::string& bytes, const std::string& path,
                                   const Gazetteer* gazetteer, const Limits& limits) {
    return loadTableBytes(bytes, path, gazetteer, limits, TableKind::City);
}

DatasetLoadResult loadCityCsv(const std::string& path, const Gazetteer* gazetteer,
                              const Limits& limits) {
    DatasetLoadResult result;
    auto bytes = readFileBytes(path, limits, result.diagnostics);
    if (!bytes)
        return result;
    return loadTableBytes(std::move(*bytes), path, gazetteer, limits, TableKind::City);
}

DatasetLoadResult loadDatasetFile(const std::string& path, const Gazetteer* gazetteer,
                                  const Limits& limits) {
    std::string ext = asciiLower(std::filesystem::path(path).extension().string());
    if (ext == ".csv" || ext == ".tsv" || ext == ".txt") {
        DatasetLoadResult result;
        traceMark("load: reading the file");
        auto bytes = readFileBytes(path, limits, result.diagnostics); // not const: moved on, not copied
        if (!bytes)
            return result;
        traceMark("load: file read");
        return loadTableBytes(std::move(*bytes), path, gazetteer, limits, TableKind::Detect);
    }
    // JSON: an enterprise list says so with "aimap_enterprises"; anything else is a dataset.
    DatasetLoadResult result;
    auto doc = readJsonFile(path, limits, result.diagnostics);
    if (!doc)
        return result;
    DatasetLoadResult built = doc->is_object() && doc->contains("aimap_enterprises")
                                  ? loadEnterpriseJsonDoc(*doc, path, gazetteer, limits)
                                  : buildDataset(*doc, path, limits);
    result.diagnostics.append(built.diagnostics);
    if (!result.diagnostics.hasErrors())
        result.dataset = std::move(built.dataset);
    return result;
}

} // namespace aimap
