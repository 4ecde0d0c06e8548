// City tables (CSV): one row per city and year, one column per metric.
//
// [SECTION] Columns: header names, units, metric ids
// [SECTION] Steps: columns, then per row its city, year, sources and values
// [SECTION] Entry points

#include "core/data/CityCsvLoader.hpp"

#include "core/data/Csv.hpp"
#include "core/data/CsvDirectives.hpp"
#include "core/data/FigureRules.hpp"
#include "core/data/Format.hpp"
#include "core/data/JsonFile.hpp"
#include "core/data/Sectors.hpp"
#include "core/data/Suggest.hpp"
#include "core/data/TableReading.hpp"
#include "core/data/Text.hpp"
#include "core/data/TextDecoding.hpp"
#include "core/geo/Projection.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace aimap {
namespace {

// [SECTION] Columns

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
    Sector, ///< the row's metric cells are sector figures of this sector
    Kind,   ///< actual or target
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
        {"sector", Column::Sector},
        {"\xE8\xA1\x8C\xE4\xB8\x9A", Column::Sector}, // 行业
        {"\xE9\xA2\x86\xE5\x9F\x9F", Column::Sector}, // 领域
        {"kind", Column::Kind},
    };
    auto it = names.find(asciiLower(header));
    if (it == names.end())
        return std::nullopt;
    return it->second;
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

// [SECTION] Steps

// What the steps of reading a city table share: the table, the dataset being built, the
// columns found in the header and what the rows read so far have given.
struct CityTableReader : TableReading {
    using TableReading::TableReading;

    std::map<Column, std::size_t> at;                         ///< column of each known field
    std::vector<std::size_t> metricColumn;                    ///< metric index -> column
    /// A source, by its text: its index in ds.sources and the lines that gave its url and quality.
    struct SourceSeen {
        std::size_t index = 0;
        std::size_t urlLine = 0, qualityLine = 0;
    };
    std::map<std::string, SourceSeen> sourceOf;
    std::set<std::tuple<std::size_t, std::size_t, int, ValueKind>>
        seen;                                      ///< city, metric, year, kind
    std::map<std::size_t, std::size_t> sectorLine; ///< metric -> the line that gave its sector
    bool warnedUnsourced = false;
    std::map<std::size_t, std::size_t> givenOnLine; ///< city placed by lon/lat -> its first line
    /// A place's name as written -> whether its first row gave lon/lat, and that row's line.
    std::unordered_map<std::string, std::pair<bool, std::size_t>> placedBy;

    bool has(Column k) const { return at.count(k) > 0; }
    std::string cell(const CsvTable::Row& row, Column k) const {
        auto it = at.find(k);
        return it == at.end() ? std::string() : trimCell(row[it->second]);
    }
    // The column that names the city, for messages about it.
    std::size_t nameColumn() const {
        return has(Column::City)     ? at.at(Column::City)
               : has(Column::NameZh) ? at.at(Column::NameZh)
               : has(Column::NameEn) ? at.at(Column::NameEn)
                                     : at.at(Column::Code);
    }
};

// The header: known columns and one metric per other column. False (with errors) when a
// column is missing or named twice.
bool readColumns(CityTableReader& t) {
    const auto& header = t.table.header;
    std::unordered_set<std::string> labels; // lower case: two columns of one label are one metric
    for (std::size_t c = 0; c < header.size(); ++c) {
        const std::string& h = header[c];
        if (h.empty()) {
            t.diags.reportError(t.path, [&] {
                return Finding{cellLocation(1, c), "empty column name",
                               "name every column, e.g. city, year, AI enterprises (count)"};
            });
            continue;
        }
        if (const auto k = knownColumn(h)) {
            if (t.has(*k))
                t.diags.reportError(t.path, [&] {
                    return Finding{cellLocation(1, c), "column \"" + h + "\" appears twice", ""};
                });
            t.at[*k] = c;
            continue;
        }
        Metric m;
        splitUnit(h, m.label, m.unit);
        m.id = slug(m.label, t.ds.metrics.size() + 1);
        // "IDC rank [rank]": a rank is ordinal, never a circle area.
        if (looksLikeRank(m.label, m.unit))
            m.scale = MetricScale::Rank;
        // By the ids indexed so far (a header of a million columns is read in linear time), and
        // by label. Regression (issue 13): "企业,企业" has no Latin letters for an id, so each
        // got an id of its own (metric_3, metric_4) and the file passed with two alike metrics.
        if (t.ds.metricIndex(m.id) || !labels.insert(asciiLower(m.label)).second)
            t.diags.reportError(t.path, [&] {
                return Finding{cellLocation(1, c), "two metric columns named \"" + m.label + "\"",
                               ""};
            });
        m.definition = "Column \"" + h + "\" of " + t.ds.title + ".";
        t.ds.metrics.push_back(std::move(m));
        t.ds.indexIds();
        t.metricColumn.push_back(c);
    }
    const bool hasName = t.has(Column::City) || t.has(Column::NameZh) || t.has(Column::NameEn) ||
                         t.has(Column::Code);
    if (!hasName)
        t.diags.error(t.path, "1:1", "no city column",
                      "name one column \"city\" (or 城市, name_zh, name_en, code)");
    if (!t.has(Column::Year))
        t.diags.error(t.path, "1:1", "no year column", "add a column \"year\" (or 年份)");
    if (t.ds.metrics.empty())
        t.diags.error(t.path, "1:1", "no metric columns",
                      "add at least one column of figures, e.g. \"AI enterprises (count)\"");
    return !t.diags.hasErrors();
}

// The row's city, by its lon/lat if given, else by the gazetteer; added to the dataset on first
// use. Nothing (after an error) when neither finds it. A place given by lon/lat twice must be given
// at one position.
std::optional<std::size_t> findRowCity(CityTableReader& t, const CsvTable::Row& row,
                                       std::size_t line) {
    const std::string name = t.cell(row, Column::City);
    const std::string zh = t.cell(row, Column::NameZh), en = t.cell(row, Column::NameEn),
                      code = t.cell(row, Column::Code);
    const std::string lookup = !code.empty() ? code : !name.empty() ? name : !zh.empty() ? zh : en;
    const std::size_t nameCol = t.nameColumn();
    if (lookup.empty()) {
        t.diags.reportError(t.path, [&] {
            return Finding{cellLocation(line, nameCol), "no city name in this row", ""};
        });
        return std::nullopt;
    }
    City city;
    const std::string lonText = t.cell(row, Column::Lon), latText = t.cell(row, Column::Lat);
    // Regression (issue 13): a name placed by lon/lat in one row and by the gazetteer in another
    // became two cities of one name at one spot, each with its own value for a year.
    const bool byLonLat = !lonText.empty() || !latText.empty();
    if (const auto [it, first] = t.placedBy.try_emplace(lookup, byLonLat, line);
        !first && it->second.first != byLonLat) {
        const std::size_t firstLine = it->second.second;
        t.diags.reportError(t.path, [&] {
            return Finding{cellLocation(line, nameCol),
                           "\"" + lookup + "\" is placed " +
                               (byLonLat ? "by its lon/lat here but by the city list on line "
                                         : "by the city list here but by its lon/lat on line ") +
                               std::to_string(firstLine),
                           "give every row of a place lon/lat, or none"};
        });
        return std::nullopt;
    }
    if (byLonLat) {
        std::string hint;
        const auto ll = parseLonLatCells(lonText, latText, hint, t.table.delimiter == ';');
        if (!ll) {
            t.diags.reportError(t.path, [&] {
                return Finding{
                    cellLocation(line, t.has(Column::Lon) ? t.at.at(Column::Lon) : nameCol),
                    "lon/lat must both be numbers in degrees", hint};
            });
            return std::nullopt;
        }
        // Keyed by the name as written: rows of one place are one city (a Chinese name has no
        // ASCII slug, and each row of one became a city of its own).
        city.id = "csv:" + lookup;
        city.nameZh =
            zh.empty() && !name.empty() && static_cast<unsigned char>(name[0]) >= 0x80 ? name : zh;
        city.nameEn =
            en.empty() && !name.empty() && static_cast<unsigned char>(name[0]) < 0x80 ? name : en;
        city.code = code;
        city.position = *ll;
        // Regression (issue 13): a place at Paris passed without a word (dataset JSON warns).
        // Once per place: its first row.
        if ((ll->lon < 70 || ll->lon > 140 || ll->lat < 15 || ll->lat > 56) &&
            !t.ds.cityIndex(city.id))
            t.diags.reportWarning(t.path, [&] {
                return Finding{cellLocation(line, t.at.at(Column::Lon)),
                               "\"" + lookup + "\" lies outside China's extent",
                               "China spans lon 73..135, lat 18..54"};
            });
        city.coordSource = t.ds.title;
    } else if (!t.gazetteer) {
        t.diags.reportError(t.path, [&] {
            return Finding{cellLocation(line, nameCol),
                           "no lon/lat columns and no gazetteer to find \"" + lookup + "\"", ""};
        });
        return std::nullopt;
    } else {
        const auto m = t.gazetteer->find(lookup, false);
        if (!m.entry) {
            if (!m.candidates.empty())
                reportAmbiguousCity(m, lookup, t.path, cellLocation(line, nameCol), t.diags);
            else
                t.diags.reportError(t.path, [&] {
                    const std::string suggestion = t.gazetteer->suggest(lookup);
                    return Finding{cellLocation(line, nameCol),
                                   "unknown city \"" + lookup + "\" (not a prefecture-level city)",
                                   suggestion.empty()
                                       ? "use the Chinese name (济南), the English name (Jinan) "
                                         "or add lon and lat columns"
                                       : "did you mean \"" + suggestion + "\"?"};
                });
            return std::nullopt;
        }
        // Regression (issue 13): "青岛" beside the code 370100 (济南) showed the row on Jinan
        // without a word. Every name the row gives must be the same city.
        for (const std::string* other : {&name, &zh, &en}) {
            if (other->empty() || *other == lookup)
                continue;
            const GazetteerEntry* e = t.gazetteer->find(*other, false).entry;
            if (e && e != m.entry) {
                t.diags.reportError(t.path, [&] {
                    return Finding{cellLocation(line, nameCol),
                                   "the row names two cities: \"" + lookup + "\" is " +
                                       m.entry->nameZh + " " + m.entry->nameEn + " but \"" +
                                       *other + "\" is " + e->nameZh + " " + e->nameEn,
                                   "give one city per row"};
                });
                return std::nullopt;
            }
        }
        city.id = m.entry->code;
        city.code = m.entry->code;
        city.nameZh = m.entry->nameZh;
        city.nameEn = m.entry->nameEn;
        city.position = m.entry->position;
        city.coordSource = m.entry->coordSource;
    }
    const bool placedHere = !lonText.empty() || !latText.empty();
    if (auto ci = t.ds.cityIndex(city.id)) {
        const City& known = t.ds.cities[*ci];
        // Regression (issue 13): rows "Park,甲" and "Park,乙" (city, name_zh) became one place
        // named 甲, 乙 dropped without a word.
        if (placedHere)
            for (const auto& names :
                 {std::pair{&zh, &known.nameZh}, std::pair{&en, &known.nameEn}}) {
                // Not a structured binding: C++17 lambdas cannot capture those (clang says so).
                const std::string* given = names.first;
                const std::string* kept = names.second;
                if (!given->empty() && !kept->empty() && *given != *kept) {
                    const auto firstRow = t.givenOnLine.find(*ci);
                    t.diags.reportError(t.path, [&] {
                        return Finding{cellLocation(line, nameCol),
                                       "\"" + lookup + "\" is named \"" + *given +
                                           "\" here but \"" + *kept + "\"" +
                                           (firstRow != t.givenOnLine.end()
                                                ? " on line " + std::to_string(firstRow->second)
                                                : std::string()),
                                       "give each place one name, or tell the places apart in "
                                       "the city column"};
                    });
                    return std::nullopt;
                }
            }
        if (placedHere && (std::abs(known.position.lon - city.position.lon) > 1e-9 ||
                           std::abs(known.position.lat - city.position.lat) > 1e-9)) {
            // Regression: the second position was dropped without a word.
            const auto first = t.givenOnLine.find(*ci);
            t.diags.reportError(t.path, [&] {
                return Finding{
                    cellLocation(line, t.has(Column::Lon) ? t.at.at(Column::Lon) : nameCol),
                    "\"" + lookup + "\" is placed at lon " + shortNumber(city.position.lon) +
                        ", lat " + shortNumber(city.position.lat) + " here but at lon " +
                        shortNumber(known.position.lon) + ", lat " +
                        shortNumber(known.position.lat) +
                        (first != t.givenOnLine.end() ? " on line " + std::to_string(first->second)
                                                      : std::string()),
                    "give each place one position, or name the two places apart"};
            });
            return std::nullopt;
        }
        return ci;
    }
    city.world = Projection::china().forward(city.position);
    t.ds.cities.push_back(std::move(city));
    t.ds.indexIds(); // the next row's city is found in O(1)
    if (placedHere)
        t.givenOnLine.emplace(t.ds.cities.size() - 1, line);
    return t.ds.cities.size() - 1;
}

// The row's year, or nothing (after an error) when it is not a whole number within the limits.
std::optional<int> readRowYear(CityTableReader& t, const CsvTable::Row& row, std::size_t line) {
    const std::string yearText = t.cell(row, Column::Year);
    const auto year = parseNumberCell(yearText);
    if (!year || *year != std::floor(*year) || *year < t.limits.minYear ||
        *year > t.limits.maxYear) {
        t.diags.reportError(t.path, [&] {
            return Finding{cellLocation(line, t.at.at(Column::Year)),
                           "year \"" + sanitizeUtf8(yearText) + "\" must be a whole number in " +
                               std::to_string(t.limits.minYear) + ".." +
                               std::to_string(t.limits.maxYear),
                           ""};
        });
        return std::nullopt;
    }
    return static_cast<int>(*year);
}

// Gives a source's url or quality from the row on `line`: the first row that gives it sets it; a
// later row may leave the cell empty or repeat it, but not give another (an error naming the
// first line: the other would be lost).
void giveSourceField(CityTableReader& t, const std::string& sourceText, std::string& field,
                     std::size_t& givenOn, const std::string& cell, Column column,
                     std::size_t line) {
    if (cell.empty() || cell == field)
        return;
    if (field.empty()) {
        field = cell;
        givenOn = line;
        return;
    }
    t.diags.reportError(t.path, [&] {
        const char* what = column == Column::SourceUrl ? "url" : "quality";
        return Finding{cellLocation(line, t.at.at(column)),
                       "the source \"" + sourceText + "\" has the " + what + " \"" + cell +
                           "\" here but \"" + field + "\" on line " + std::to_string(givenOn),
                       std::string("give each source one ") + what +
                           ", or tell two sources apart by their text"};
    });
}

// The ids of the row's sources (none or one), each distinct source text added once.
std::vector<std::string> readRowSources(CityTableReader& t, const CsvTable::Row& row,
                                        std::size_t line) {
    std::vector<std::string> sources;
    const std::string sourceText = t.cell(row, Column::Source);
    if (sourceText.empty())
        return sources;
    auto it = t.sourceOf.find(sourceText);
    if (it == t.sourceOf.end()) {
        Source s;
        s.id = "C" + std::to_string(t.sourceOf.size() + 1);
        s.title = sourceText;
        s.publisher = "as given in " + t.ds.title;
        it = t.sourceOf.emplace(sourceText, CityTableReader::SourceSeen{t.ds.sources.size()}).first;
        t.ds.sources.push_back(std::move(s));
    }
    Source& s = t.ds.sources[it->second.index];
    giveSourceField(t, sourceText, s.url, it->second.urlLine, t.cell(row, Column::SourceUrl),
                    Column::SourceUrl, line);
    giveSourceField(t, sourceText, s.quality, it->second.qualityLine, t.cell(row, Column::Quality),
                    Column::Quality, line);
    sources.push_back(s.id);
    return sources;
}

// One value per metric cell of the row that is not absent: qualifier, number, checks.
// The row's sector (a row of sector figures) and kind; false (after an error) when one of them
// is not understood.
bool readRowSectorAndKind(CityTableReader& t, const CsvTable::Row& row, std::size_t line,
                          std::optional<Sector>& sector, ValueKind& kind) {
    bool ok = true;
    if (const std::string text = t.cell(row, Column::Sector); !text.empty()) {
        sector = parseSector(text);
        if (!sector) {
            const auto ids = sectorIds();
            t.diags.reportError(t.path, [&] {
                return Finding{cellLocation(line, t.at.at(Column::Sector)),
                               "unknown sector \"" + sanitizeUtf8(text) + "\"",
                               didYouMean(text, {ids.begin(), ids.end()})};
            });
            ok = false;
        }
    }
    if (const std::string text = t.cell(row, Column::Kind); !text.empty()) {
        if (const auto k = parseValueKind(text)) {
            kind = *k;
        } else {
            t.diags.reportError(t.path, [&] {
                return Finding{cellLocation(line, t.at.at(Column::Kind)),
                               "unknown kind \"" + sanitizeUtf8(text) +
                                   "\": a figure is actual or target (实际/目标)",
                               didYouMean(text, valueKindNames())};
            });
            ok = false;
        }
    }
    return ok;
}

// Gives metric `m` the row's sector: false (after an error) when it has another.
bool giveMetricSector(CityTableReader& t, std::size_t m, Sector sector, std::size_t line) {
    Metric& metric = t.ds.metrics[m];
    if (!metric.sector) {
        metric.sector = sector;
        t.sectorLine[m] = line;
        return true;
    }
    if (*metric.sector == sector)
        return true;
    t.diags.reportError(t.path, [&] {
        return Finding{cellLocation(line, t.at.at(Column::Sector)),
                       "column \"" + metric.label + "\" is sector \"" +
                           sectorInfo(*metric.sector).id + "\" on line " +
                           std::to_string(t.sectorLine[m]) + " but \"" + sectorInfo(sector).id +
                           "\" here",
                       "a metric belongs to one sector: one column per sector"};
    });
    return false;
}

void readRowValues(CityTableReader& t, const CsvTable::Row& row, std::size_t line, std::size_t city,
                   int year, const std::vector<std::string>& sources) {
    const bool decimalComma = t.table.delimiter == ';';
    std::optional<Sector> sector;
    ValueKind kind = ValueKind::Actual;
    if (!readRowSectorAndKind(t, row, line, sector, kind))
        return;
    for (std::size_t m = 0; m < t.ds.metrics.size(); ++m) {
        const std::size_t col = t.metricColumn[m];
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
            t.diags.reportError(t.path, [&] {
                return Finding{cellLocation(line, col),
                               "\"" + sanitizeUtf8(v) + "\" is not a number (column \"" +
                                   t.table.header[col] + "\")",
                               numberHint(v)};
            });
            continue;
        }
        if (*number < 0 || *number > t.limits.maxAbsValue) {
            t.diags.reportError(t.path, [&] {
                return Finding{cellLocation(line, col),
                               *number < 0 ? "negative value: symbol sizes need values >= 0"
                                           : "value is implausibly large (over 1e18)",
                               "check the unit of the column"};
            });
            continue;
        }
        if (sector && !giveMetricSector(t, m, *sector, line))
            continue;
        if (!t.seen.insert({city, m, year, kind}).second) {
            t.diags.reportError(t.path, [&] {
                return Finding{cellLocation(line, col),
                               "second value for " + t.ds.cities[city].id + " / " +
                                   t.ds.metrics[m].label + " / " + std::to_string(year),
                               "keep one row per city and year"};
            });
            continue;
        }
        if (sources.empty() && !t.warnedUnsourced) {
            t.warnedUnsourced = true; // once per file, at the first such value
            t.diags.warning(t.path, cellLocation(line, col),
                            "values without a source are shown as unsourced",
                            "add a \"source\" column");
        }
        Value val;
        val.city = city;
        val.metric = m;
        val.year = year;
        val.value = *number;
        val.qualifier = qualifier;
        val.kind = kind;
        val.asPublished = std::string(row[col]);
        val.period = t.cell(row, Column::Period);
        if (val.period.empty())
            val.period = std::to_string(year);
        val.notes = t.cell(row, Column::Notes);
        val.sources = sources;
        t.ds.values.push_back(std::move(val));
    }
}

void readRows(CityTableReader& t) {
    for (std::size_t r = 0; r < t.table.rowCount(); ++r) {
        const CsvTable::Row row = t.table.row(r);
        const std::size_t line = t.table.rowLine(r);
        const auto city = findRowCity(t, row, line);
        if (!city)
            continue;
        const auto year = readRowYear(t, row, line);
        if (!year)
            continue;
        readRowValues(t, row, line, *city, *year, readRowSources(t, row, line));
    }
}

// The dataset of a parsed city table, or null (with errors in `diags`).
std::shared_ptr<const Dataset> buildCityTable(const TableFront& front, const Gazetteer* gazetteer,
                                              const Limits& limits, const std::string& path,
                                              Diagnostics& diags) {
    const auto& table = front.table;
    const auto& ds = front.dataset;
    if (!table || !ds)
        return nullptr;
    if (table->plainRows()) { // only the enterprise reader reads tables so
        diags.error(path, "", "internal error: the rows were left for the enterprise reader");
        return nullptr;
    }
    ds->description = "City table loaded from " + ds->title + " (" + front.encoding + ").";
    CityTableReader t(*table, *ds, gazetteer, limits, path, diags);
    if (!readColumns(t))
        return nullptr;
    readRows(t);
    // Targets apart: never drawn as actuals.
    const auto firstTarget =
        std::stable_partition(ds->values.begin(), ds->values.end(),
                              [](const Value& v) { return v.kind != ValueKind::Target; });
    ds->targets.assign(std::make_move_iterator(firstTarget),
                       std::make_move_iterator(ds->values.end()));
    ds->values.erase(firstTarget, ds->values.end());
    for (auto* list : {&ds->values, &ds->targets})
        std::sort(list->begin(), list->end(), [](const Value& a, const Value& b) {
            return std::tie(a.city, a.metric, a.year) < std::tie(b.city, b.metric, b.year);
        });
    ds->indexIds();
    if (!diags.hasErrors() && ds->values.empty())
        diags.error(path, "", "no values in the table");
    if (diags.hasErrors())
        return nullptr;
    return ds;
}

} // namespace

// [SECTION] Entry points

DatasetLoadResult cityTableDataset(TableFront front, Diagnostics frontDiags,
                                   const Gazetteer* gazetteer, const Limits& limits) {
    return guardTableBuild(front, frontDiags, [&](const std::string& path, Diagnostics& diags) {
        return buildCityTable(front, gazetteer, limits, path, diags);
    });
}

DatasetLoadResult loadCityCsvBytes(const std::string& bytes, const std::string& path,
                                   const Gazetteer* gazetteer, const Limits& limits) {
    Diagnostics diags;
    TableFront front = readTable(bytes, path, limits, diags);
    return cityTableDataset(std::move(front), diags, gazetteer, limits);
}

DatasetLoadResult loadCityCsv(const std::string& path, const Gazetteer* gazetteer,
                              const Limits& limits) {
    DatasetLoadResult result;
    auto bytes = readFileBytes(path, limits, result.diagnostics);
    if (!bytes)
        return result;
    Diagnostics diags;
    TableFront front = readTable(std::move(*bytes), path, limits, diags);
    return cityTableDataset(std::move(front), diags, gazetteer, limits);
}

} // namespace aimap
