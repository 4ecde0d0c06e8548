// Enterprise tables (CSV): one row per enterprise, aggregated per city and year.
//
// [SECTION] Columns: the header's fields
// [SECTION] Reader state: what the steps share (columns, named cities, the two parts)
// [SECTION] Named cities: each resolved once before the rows are read
// [SECTION] Rows: one row into an enterprise, two parts read at once
// [SECTION] Join: the parts in row order, every enterprise's city
// [SECTION] Entry points

#include "core/data/EnterpriseCsvLoader.hpp"

#include "core/Trace.hpp"
#include "core/data/Csv.hpp"
#include "core/data/CsvDirectives.hpp"
#include "core/data/EnterpriseCities.hpp"
#include "core/data/EnterpriseTotals.hpp"
#include "core/data/JsonFile.hpp"
#include "core/data/Sectors.hpp"
#include "core/data/Suggest.hpp"
#include "core/data/TableReading.hpp"
#include "core/data/Text.hpp"
#include "core/data/TextDecoding.hpp"
#include "core/geo/Projection.hpp"
#include "core/memory/BigVector.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <thread>
#include <unordered_map>

namespace aimap {
namespace {

// [SECTION] Columns

enum class Col { Name, City, Lon, Lat, Sector, Weight, Year, Source, Ignored };

// The column a header names; `unit` receives "(unit)" of a weight column.
Col columnOf(const std::string& header, std::string& weightLabel, std::string& unit) {
    std::string label, u;
    splitUnit(header, label, u);
    static const std::map<std::string, Col> names = {
        {"name", Col::Name},
        {"enterprise", Col::Name},
        {"company", Col::Name},
        {"\xE4\xBC\x81\xE4\xB8\x9A", Col::Name},                         // 企业
        {"\xE4\xBC\x81\xE4\xB8\x9A\xE5\x90\x8D\xE7\xA7\xB0", Col::Name}, // 企业名称
        {"city", Col::City},
        {"\xE5\x9F\x8E\xE5\xB8\x82", Col::City}, // 城市
        {"lon", Col::Lon},
        {"lng", Col::Lon},
        {"longitude", Col::Lon},
        {"\xE7\xBB\x8F\xE5\xBA\xA6", Col::Lon}, // 经度
        {"lat", Col::Lat},
        {"latitude", Col::Lat},
        {"\xE7\xBA\xAC\xE5\xBA\xA6", Col::Lat}, // 纬度
        {"sector", Col::Sector},
        {"sectors", Col::Sector},
        {"\xE8\xA1\x8C\xE4\xB8\x9A", Col::Sector},
        {"\xE9\xA2\x86\xE5\x9F\x9F", Col::Sector}, // 行业 领域
        {"weight", Col::Weight},
        {"revenue", Col::Weight},
        {"headcount", Col::Weight},
        {"employees", Col::Weight},
        {"sales", Col::Weight},
        {"\xE8\x90\xA5\xE6\x94\xB6", Col::Weight},                         // 营收
        {"\xE8\x90\xA5\xE4\xB8\x9A\xE6\x94\xB6\xE5\x85\xA5", Col::Weight}, // 营业收入
        {"\xE6\x94\xB6\xE5\x85\xA5", Col::Weight},                         // 收入
        {"\xE5\x91\x98\xE5\xB7\xA5", Col::Weight},                         // 员工
        {"year", Col::Year},
        {"\xE5\xB9\xB4\xE4\xBB\xBD", Col::Year}, // 年份
        {"source", Col::Source},
        {"\xE6\x9D\xA5\xE6\xBA\x90", Col::Source}, // 来源
    };
    auto it = names.find(asciiLower(label));
    if (it == names.end())
        return Col::Ignored;
    if (it->second == Col::Weight) {
        weightLabel = label;
        unit = u;
    }
    return it->second;
}

// The English column names, for "did you mean".
const std::vector<std::string> kColumnNames = {
    "name",      "enterprise", "company",   "city",   "lon",     "lng",
    "longitude", "lat",        "latitude",  "sector", "sectors", "weight",
    "revenue",   "headcount",  "employees", "sales",  "year",    "source"};

// "AI chips; IoT", "芯片、物联网", "ai_chips|iot".
std::vector<std::string> splitSectors(const std::string& cell) {
    std::vector<std::string> out;
    std::string cur;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        const bool sep = cell[i] == ';' || cell[i] == '|' || cell[i] == '/' ||
                         cell.compare(i, 3, "\xE3\x80\x81") == 0 || // 、
                         cell.compare(i, 3, "\xEF\xBC\x9B") == 0;   // ；
        if (sep) {
            if (!trimCell(cur).empty())
                out.push_back(trimCell(cur));
            cur.clear();
            if (cell[i] != ';' && cell[i] != '|' && cell[i] != '/')
                i += 2;
        } else {
            cur += cell[i];
        }
    }
    if (!trimCell(cur).empty())
        out.push_back(trimCell(cur));
    return out;
}

// [SECTION] Reader state

// A city named in the table, resolved once; `firstLine` is the row (by its line) that reports
// an unknown one, as a row-by-row reading would: the first that reaches its city.
struct NamedCity {
    const GazetteerEntry* entry = nullptr;
    std::size_t firstLine = 0;
};
using NamedCities = std::map<std::string, NamedCity, std::less<>>;

// The rows are read in two parts at once for a large table; each part keeps its own
// enterprises, names, sources (in order of first appearance) and messages, joined in row order
// afterwards, so the result is the same as one reading. A part writes its enterprises from its
// first row's index on (fresh memory is dear: no per-part copies), then the second part's are
// moved down behind the first's.
struct Part {
    std::size_t from = 0;  ///< index of its first enterprise
    std::size_t count = 0; ///< enterprises read
    std::string names;
    std::vector<std::string> sources; ///< texts, in order of first appearance
    Diagnostics diags;
    // Split rows' messages (quote-free files, whose rows the CSV parser left unsplit):
    // when there are any, they are the only ones shown, as for any other CSV file.
    Diagnostics splitDiags;
    bool splitOk = true;
    // Reading state.
    std::unordered_map<std::string, std::size_t> sourceOf;
    // Sector cells repeat ("iot", "big_data;cloud"): parse each distinct text once.
    std::map<std::string, unsigned short, std::less<>> sectorCache;
    std::string_view lastSource;
    std::size_t lastSourceIndex = static_cast<std::size_t>(-1);
};

// Per enterprise: its named city, or the city nearest to its lon/lat. Left unwritten until the
// rows are read (a BigVector of a plain struct): the two threads that read them touch its fresh
// memory, each its own half, instead of one thread zeroing it first.
struct Given {
    const GazetteerEntry* entry; ///< the named city, or the one nearest to its lon/lat
    bool named;                  ///< placed at its city (else at its own lon/lat)
};

// What the steps of reading an enterprise table share.
struct EnterpriseTableReader : TableReading {
    using TableReading::TableReading;

    std::map<Col, std::size_t> at;
    std::string weightLabel, weightUnit;
    // Column of each field (-1: absent), looked up once, not per cell.
    std::array<int, static_cast<std::size_t>(Col::Ignored)> colOf{};
    std::vector<std::string> sectorList; ///< sector ids, for "did you mean"
    // The rows: split in the table, or (a large quote-free file) left in the text, split as
    // they are read, in two halves at once. In both cases the work is in two parts.
    std::array<CsvTable::PlainStretch, 2> plainHalves{};
    std::size_t rows = 0, half = 0;
    NamedCities namedCities;
    Part parts[2];
    BigVector<Given> given;

    bool plain() const { return table.plainRows().has_value(); }
    bool has(Col k) const { return colOf[static_cast<std::size_t>(k)] >= 0; }
    std::size_t columnAt(Col k) const {
        return static_cast<std::size_t>(std::max(0, colOf[static_cast<std::size_t>(k)]));
    }
    // A cell of a row: `row` is a CsvTable::Row, or the cells readPlainRows gives.
    template <class Row> std::string_view view(const Row& row, Col k) const {
        const int c = colOf[static_cast<std::size_t>(k)];
        return c < 0 ? std::string_view() : trimView(row[static_cast<std::size_t>(c)]);
    }
};

// The header's fields. False (with errors) when one is missing or named twice, or when there
// is no gazetteer.
bool readColumns(EnterpriseTableReader& t) {
    const auto& header = t.table.header;
    for (std::size_t c = 0; c < header.size(); ++c) {
        std::string wl, u;
        const Col k = columnOf(header[c], wl, u);
        if (k == Col::Ignored) {
            // Regression (issue 13): a column not recognised ("revenu (CNY)", "sourse") was
            // dropped without a word, and with it every enterprise's weight or source.
            if (!trimCell(header[c]).empty())
                t.diags.reportWarning(t.path, [&] {
                    std::string label, unit;
                    splitUnit(header[c], label, unit);
                    std::string hint = didYouMean(asciiLower(label), kColumnNames);
                    return Finding{cellLocation(1, c), "column \"" + header[c] + "\" is not read",
                                   hint.empty() ? "enterprise tables read: name, city, lon, lat, "
                                                  "sector, year, source, and one weight column "
                                                  "(weight, revenue, headcount, employees, sales, "
                                                  "营收…) with its unit in brackets"
                                                : hint};
                });
            continue;
        }
        if (t.at.count(k))
            t.diags.reportError(t.path, [&] {
                return Finding{cellLocation(1, c), "column \"" + header[c] + "\" appears twice",
                               ""};
            });
        t.at[k] = c;
        if (k == Col::Weight) {
            t.weightLabel = wl;
            t.weightUnit = u;
        }
    }
    const auto& at = t.at;
    if (!at.count(Col::Name))
        t.diags.error(t.path, "1:1", "no enterprise name column",
                      "name a column \"name\" (or enterprise, company, 企业)");
    if (!at.count(Col::Sector))
        t.diags.error(t.path, "1:1", "no sector column", "name a column \"sector\" (or 行业)");
    if (!at.count(Col::Year))
        t.diags.error(t.path, "1:1", "no year column",
                      "add a column \"year\": the year the list describes");
    if (!at.count(Col::City) && !(at.count(Col::Lon) && at.count(Col::Lat)))
        t.diags.error(t.path, "1:1", "no city or lon/lat columns",
                      "add a column \"city\" (or 城市), or \"lon\" and \"lat\"");
    if (!t.gazetteer)
        t.diags.error(t.path, "",
                      "the gazetteer (data/gazetteer.json) is needed for enterprise tables");
    if (t.diags.hasErrors())
        return false;
    t.colOf.fill(-1);
    for (const auto& [k, c] : at)
        t.colOf[static_cast<std::size_t>(k)] = static_cast<int>(c);
    return true;
}

// How many rows there are at most, and where the second part starts.
void planParts(EnterpriseTableReader& t) {
    const auto& plain = t.table.plainRows();
    if (plain)
        t.plainHalves = t.table.halves(*plain);
    t.rows = plain ? t.table.rowRoom(t.plainHalves[0]) + t.table.rowRoom(t.plainHalves[1])
                   : t.table.rowCount();
    t.half = plain ? t.table.rowRoom(t.plainHalves[0]) : t.rows >= 65536 ? t.rows / 2 : t.rows;
}

// [SECTION] Named cities

template <class Row>
void nameCity(const EnterpriseTableReader& t, NamedCities& into, const Row& row, std::size_t line) {
    const std::string_view cityText = t.view(row, Col::City);
    if (cityText.empty() || t.view(row, Col::Name).empty())
        return;
    if (into.find(cityText) == into.end())
        into.emplace(std::string(cityText),
                     NamedCity{t.gazetteer->find(std::string(cityText), false).entry, line});
}

// Cities named in the table, resolved once each before the rows are read (on two threads,
// which then only look them up).
void resolveNamedCities(EnterpriseTableReader& t) {
    if (!t.has(Col::City))
        return;
    if (!t.plain()) {
        for (std::size_t r = 0; r < t.table.rowCount(); ++r)
            nameCity(t, t.namedCities, t.table.row(r), t.table.rowLine(r));
        return;
    }
    // Split here a first time, on two threads (one per half, each with its own cities, joined
    // keeping the earlier row of a city both name).
    NamedCities second;
    auto collect = [&](std::size_t p, NamedCities& into) {
        Diagnostics unused; // the rows' messages come when they are read
        bool unusedOk = true;
        t.table.readPlainRows(t.plainHalves[p], t.path, unused, unusedOk,
                              [&](const std::string_view* cells, std::size_t line, bool rowOk) {
                                  if (rowOk)
                                      nameCity(t, into, cells, line);
                              });
    };
    std::thread other;
    if (t.plainHalves[1].end > t.plainHalves[1].begin)
        other = std::thread(collect, std::size_t{1}, std::ref(second));
    collect(0, t.namedCities);
    if (other.joinable())
        other.join();
    t.namedCities.merge(second); // keys the first half has stay as they are (earlier)
}

// [SECTION] Rows

// The named city of a row; false (with the unknown-city error, at the first row naming it) when
// the gazetteer does not know it.
template <class Row>
bool namedCityOf(const EnterpriseTableReader& t, std::string_view cityText, std::size_t line,
                 Diagnostics& pd, const GazetteerEntry*& entry) {
    const NamedCity& city = t.namedCities.find(cityText)->second;
    if (!city.entry) {
        if (city.firstLine == line) {
            const std::string name(cityText);
            reportEnterpriseCity(*t.gazetteer, t.gazetteer->find(name, false), name, t.path,
                                 cellLocation(line, t.columnAt(Col::City)), pd);
        }
        return false;
    }
    entry = city.entry;
    return true;
}

// The enterprise's city: its named city, or else the city nearest to its lon/lat. Drawn at its
// lon/lat when given, else at its city. False (with a message into `pd`) when neither is usable.
template <class Row>
bool readRowPlace(const EnterpriseTableReader& t, const Row& row, std::size_t line, Enterprise& e,
                  Given& place, Diagnostics& pd) {
    const std::string_view lonText = t.view(row, Col::Lon), latText = t.view(row, Col::Lat);
    const std::string_view cityText = t.view(row, Col::City);
    if (!lonText.empty() || !latText.empty()) {
        std::string hint;
        const auto ll = parseLonLatCells(lonText, latText, hint, t.table.delimiter == ';');
        if (!ll) {
            pd.reportError(t.path, [&] {
                return Finding{cellLocation(line, t.columnAt(Col::Lon)),
                               "lon/lat must both be numbers in degrees", hint};
            });
            return false;
        }
        if (ll->lon < 70 || ll->lon > 140 || ll->lat < 15 || ll->lat > 56) {
            pd.reportError(t.path, [&] {
                return Finding{cellLocation(line, t.columnAt(Col::Lon)),
                               "enterprise lies outside China",
                               "China spans lon 73..135, lat 18..54"};
            });
            return false;
        }
        // Projected, and counted in the nearest city (pure functions of the position, so the
        // two threads reading the rows do it as they go) unless it names its city.
        e.world = Projection::china().forward(*ll);
        if (cityText.empty()) {
            place = {t.gazetteer->nearestWorld(e.world), false};
            // Regression (issue 13): Tokyo was counted in 延边 without a word.
            warnIfFarFromAnyCity(*ll, *place.entry, t.path,
                                 cellLocation(line, t.columnAt(Col::Lon)), pd);
            return true;
        }
        // Regression (issue 13): the named city was ignored without a word. It is the city the
        // enterprise counts in; a position far from it is worth a warning.
        const GazetteerEntry* entry = nullptr;
        if (!namedCityOf<Row>(t, cityText, line, pd, entry))
            return false;
        place = {entry, false};
        warnIfFarFromItsCity(*ll, *entry, std::string(cityText), t.path,
                             cellLocation(line, t.columnAt(Col::Lon)), pd);
        return true;
    }
    if (!cityText.empty()) {
        const GazetteerEntry* entry = nullptr;
        if (!namedCityOf<Row>(t, cityText, line, pd, entry))
            return false;
        place = {entry, true}; // its position is the city's
        return true;
    }
    pd.reportError(t.path, [&] {
        return Finding{cellLocation(line, t.columnAt(Col::City)),
                       "no city and no lon/lat in this row", ""};
    });
    return false;
}

// The enterprise's sectors (each distinct cell text parsed once per part). False (with
// messages) when one is unknown or none is given.
bool readRowSectors(const EnterpriseTableReader& t, std::string_view sectorText, std::size_t line,
                    Enterprise& e, Part& part) {
    auto& pd = part.diags;
    bool sectorsOk = true;
    if (auto hit = part.sectorCache.find(sectorText); hit != part.sectorCache.end()) {
        e.sectors = hit->second;
    } else {
        for (const auto& s : splitSectors(std::string(sectorText))) {
            if (auto sector = parseSector(s)) {
                e.sectors |= static_cast<unsigned short>(1u << static_cast<unsigned>(*sector));
            } else {
                pd.reportError(t.path, [&] {
                    std::string hint = didYouMean(s, t.sectorList);
                    if (hint.empty())
                        hint = "sectors: ai_chips, ai_servers, smart_sensors, big_data, iot, "
                               "cloud, edge_computing, 5g, applications (or their Chinese names)";
                    return Finding{cellLocation(line, t.columnAt(Col::Sector)),
                                   "unknown sector \"" + sanitizeUtf8(s) + "\"", hint};
                });
                sectorsOk = false;
            }
        }
        if (sectorsOk && part.sectorCache.size() < 4096)
            part.sectorCache.emplace(std::string(sectorText), e.sectors);
    }
    if (!sectorsOk)
        return false;
    if (e.sectors == 0) {
        pd.reportError(t.path, [&] {
            return Finding{cellLocation(line, t.columnAt(Col::Sector)), "no sector given", ""};
        });
        return false;
    }
    return true;
}

// The enterprise's weight (when there is a weight column) and year. False (with a message)
// when either is wrong.
template <class Row>
bool readRowWeightAndYear(const EnterpriseTableReader& t, const Row& row, std::size_t line,
                          Enterprise& e, Diagnostics& pd) {
    if (t.has(Col::Weight)) {
        const std::string_view w = t.view(row, Col::Weight);
        const auto v = parseNumberCell(w, t.table.delimiter == ';');
        if (w.empty()) {
            e.weight = std::numeric_limits<double>::quiet_NaN(); // none given: not 0
        } else if (!v || *v < 0 || *v > t.limits.maxAbsValue) {
            pd.reportError(t.path, [&] {
                const bool huge = v && *v > t.limits.maxAbsValue;
                return Finding{
                    cellLocation(line, t.columnAt(Col::Weight)),
                    "weight \"" + sanitizeUtf8(std::string(w)) +
                        (huge ? "\" is implausibly large (over 1e18)" : "\" must be a number >= 0"),
                    huge ? "check the unit of the column" : ""};
            });
            return false;
        } else {
            e.weight = *v;
        }
    }
    const auto year = parseNumberCell(t.view(row, Col::Year));
    if (!year || *year != std::floor(*year) || *year < t.limits.minYear ||
        *year > t.limits.maxYear) {
        pd.reportError(t.path, [&] {
            return Finding{cellLocation(line, t.columnAt(Col::Year)),
                           "year must be a whole number in " + std::to_string(t.limits.minYear) +
                               ".." + std::to_string(t.limits.maxYear),
                           ""};
        });
        return false;
    }
    e.year = static_cast<int>(*year);
    return true;
}

// The enterprise's source: an index into part.sources for now.
void readRowSource(std::string_view sourceView, Enterprise& e, Part& part) {
    if (!sourceView.empty() && sourceView == part.lastSource) {
        e.source = part.lastSourceIndex; // consecutive rows usually share their source
    } else if (!sourceView.empty()) {
        const std::string source(sourceView);
        auto it = part.sourceOf.find(source);
        if (it == part.sourceOf.end()) {
            part.sources.push_back(source);
            it = part.sourceOf.emplace(source, part.sources.size() - 1).first;
        }
        e.source = it->second;
        part.lastSource = sourceView;
        part.lastSourceIndex = e.source;
    }
}

// One row into part's next slot (or a message into part.diags).
template <class Row>
void readRow(EnterpriseTableReader& t, const Row& row, std::size_t line, Part& part) {
    auto& pd = part.diags;
    Enterprise e;
    Given place{nullptr, false};
    const std::string_view name = t.view(row, Col::Name);
    if (name.empty()) {
        pd.reportError(t.path, [&] {
            return Finding{cellLocation(line, t.columnAt(Col::Name)), "empty enterprise name", ""};
        });
        return;
    }
    if (!readRowPlace(t, row, line, e, place, pd) ||
        !readRowSectors(t, t.view(row, Col::Sector), line, e, part) ||
        !readRowWeightAndYear(t, row, line, e, pd))
        return;
    readRowSource(t.view(row, Col::Source), e, part);
    Dataset::appendName(part.names, e, name);
    const std::size_t k = part.from + part.count++;
    t.ds.enterprises[k] = e;
    t.given[k] = place;
}

// Part `p` of the rows: table rows [from, to), or half `p` of the plain text.
void readPart(EnterpriseTableReader& t, std::size_t from, std::size_t to, int p) {
    Part& part = t.parts[p];
    part.from = from;
    if (t.plain()) {
        const auto& stretch = t.plainHalves[static_cast<std::size_t>(p)];
        part.names.reserve((stretch.end - stretch.begin) / 2); // names are rarely more
        t.table.readPlainRows(stretch, t.path, part.splitDiags, part.splitOk,
                              [&](const std::string_view* cells, std::size_t line, bool rowOk) {
                                  if (rowOk && part.splitOk)
                                      readRow(t, cells, line, part);
                              });
        return;
    }
    if (to > from)
        part.names.reserve((to - from) * (t.view(t.table.row(from), Col::Name).size() + 8));
    for (std::size_t r = from; r < to; ++r)
        readRow(t, t.table.row(r), t.table.rowLine(r), part);
}

// Every row, the two parts on two threads.
void readRows(EnterpriseTableReader& t) {
    t.given.resize(t.rows);
    t.ds.enterprises.resize(t.rows);
    traceMark("load: named cities found, arrays ready");
    std::thread other;
    if (t.half < t.rows)
        other = std::thread(readPart, std::ref(t), t.half, t.rows, 1);
    readPart(t, 0, t.half, 0);
    if (other.joinable())
        other.join();
    traceMark("load: rows read");
}

// [SECTION] Join

// The parts joined in row order: the second part's enterprises moved down behind the first's
// (never overwriting one still to move), names shifted, sources numbered in order of first
// appearance. False when the rows could not be split (their messages, alone, into diags) or
// any row has an error. The table must not be used any more (it may be gone).
bool joinParts(EnterpriseTableReader& t) {
    Part(&parts)[2] = t.parts;
    auto& ds = t.ds;
    if (!parts[0].splitOk || !parts[1].splitOk) {
        t.diags.append(parts[0].splitDiags);
        t.diags.append(parts[1].splitDiags);
        return false;
    }
    std::unordered_map<std::string, std::size_t> sourceOf;
    const std::size_t n0 = parts[0].count, n1 = parts[1].count;
    ds.enterpriseNames = std::move(parts[0].names);
    ds.enterpriseNames.reserve(ds.enterpriseNames.size() + parts[1].names.size());
    for (int p = 0; p < 2; ++p) {
        Part& part = parts[p];
        t.diags.append(part.diags);
        std::vector<std::size_t> sourceIndex;
        for (const auto& text : part.sources) {
            auto it = sourceOf.find(text);
            if (it == sourceOf.end()) {
                Source src;
                src.id = "E" + std::to_string(sourceOf.size() + 1);
                src.title = text;
                src.publisher = "as given in " + ds.title;
                ds.sources.push_back(src);
                it = sourceOf.emplace(text, ds.sources.size() - 1).first;
            }
            sourceIndex.push_back(it->second);
        }
        const auto nameBase = p == 0 ? 0u : static_cast<std::uint32_t>(ds.enterpriseNames.size());
        if (p == 1)
            ds.enterpriseNames += part.names;
        const std::size_t from = part.from, to = p == 0 ? 0 : n0;
        for (std::size_t j = 0; j < part.count; ++j) {
            Enterprise e = ds.enterprises[from + j];
            e.nameAt += nameBase;
            if (e.source != static_cast<std::size_t>(-1))
                e.source = sourceIndex[e.source];
            ds.enterprises[to + j] = e;
            t.given[to + j] = t.given[from + j];
        }
        part = Part();
    }
    ds.enterprises.resize(n0 + n1);
    t.given.resize(n0 + n1);
    return !t.diags.hasErrors();
}

// Every enterprise's city, in row order so that cities are listed in order of first appearance.
void assignCities(EnterpriseTableReader& t) {
    traceMark("load: parts joined");
    auto& list = t.ds.enterprises;
    std::map<std::string, std::size_t> cityIndexOfCode;
    const GazetteerEntry* firstEntry = t.gazetteer->entries().data();
    std::vector<std::size_t> cityOfEntry(t.gazetteer->entries().size(),
                                         static_cast<std::size_t>(-1));
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto k = static_cast<std::size_t>(t.given[i].entry - firstEntry);
        if (cityOfEntry[k] == static_cast<std::size_t>(-1))
            cityOfEntry[k] = cityFor(t.ds, cityIndexOfCode, *t.given[i].entry);
        list[i].city = static_cast<std::uint32_t>(cityOfEntry[k]);
        if (t.given[i].named)
            list[i].world = t.ds.cities[list[i].city].world;
    }
    traceMark("load: cities assigned");
}

// [SECTION] Entry points

// The dataset of a parsed enterprise table, or null (with errors in `diags`). Frees the table
// once its rows are read.
std::shared_ptr<const Dataset> buildEnterpriseTable(TableFront& front, const Gazetteer* gazetteer,
                                                    const Limits& limits, const std::string& path,
                                                    Diagnostics& diags) {
    if (!front.table || !front.dataset)
        return nullptr;
    auto ds = front.dataset;
    EnterpriseTableReader t(*front.table, *ds, gazetteer, limits, path, diags);
    if (!readColumns(t))
        return nullptr;
    ds->enterpriseWeightUnit = t.at.count(Col::Weight) ? t.weightUnit : "";
    const auto sectorNames = sectorIds();
    t.sectorList.assign(sectorNames.begin(), sectorNames.end());
    planParts(t);
    resolveNamedCities(t);
    readRows(t);
    // The table (the file's text and its cells) is not needed any more: freed now rather than
    // when the dataset is done, which lowers the peak by its size.
    const bool weighted = t.at.count(Col::Weight) > 0;
    const std::string weightColumn = weighted ? front.table->header[t.at[Col::Weight]] : "";
    front.table.reset();
    if (!joinParts(t))
        return nullptr;
    assignCities(t);
    if (!aggregateEnterprises(*ds, weighted, t.weightLabel, t.weightUnit,
                              weighted ? "column \"" + weightColumn + "\"" : std::string(), path,
                              diags))
        return nullptr;
    traceMark("load: city values summed");
    return ds;
}

} // namespace

bool isEnterpriseHeader(const std::vector<std::string>& header) {
    bool sector = false, name = false;
    for (const auto& h : header) {
        std::string wl, u;
        const Col c = columnOf(trimCell(h), wl, u);
        sector = sector || c == Col::Sector;
        name = name || c == Col::Name;
    }
    // A sector column without an enterprise name is a city table of sector figures.
    return sector && name;
}

DatasetLoadResult enterpriseTableDataset(TableFront front, Diagnostics frontDiags,
                                         const Gazetteer* gazetteer, const Limits& limits) {
    return guardTableBuild(front, frontDiags, [&](const std::string& path, Diagnostics& diags) {
        return buildEnterpriseTable(front, gazetteer, limits, path, diags);
    });
}

DatasetLoadResult loadEnterpriseCsvBytes(const std::string& bytes, const std::string& path,
                                         const Gazetteer* gazetteer, const Limits& limits) {
    // The reader splits a quote-free file's rows itself, as it reads them.
    Diagnostics diags;
    TableFront front =
        readTable(bytes, path, limits, diags, [](const std::vector<std::string>&) { return true; });
    return enterpriseTableDataset(std::move(front), diags, gazetteer, limits);
}

} // namespace aimap
