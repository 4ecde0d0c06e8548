#include "core/data/EnterpriseCsvLoader.hpp"

#include "core/Trace.hpp"
#include "core/memory/BigVector.hpp"
#include "core/data/CityCsvLoader.hpp"

#include "core/data/Csv.hpp"
#include "core/data/CsvDirectives.hpp"
#include "core/data/JsonFile.hpp"
#include "core/data/Sectors.hpp"
#include "core/data/Suggest.hpp"
#include "core/data/Text.hpp"
#include "core/geo/Projection.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <array>
#include <thread>
#include <unordered_map>

namespace aimap {
namespace {

enum class Col { Name, City, Lon, Lat, Sector, Weight, Year, Source, Ignored };


// The column a header names; `unit` receives "(unit)" of a weight column.
Col columnOf(const std::string& header, std::string& weightLabel, std::string& unit) {
    std::string label = header, u;
    const auto open = header.rfind('(');
    if (open != std::string::npos && open > 0 && header.back() == ')') {
        label = trimCell(header.substr(0, open));
        u = trimCell(header.substr(open + 1, header.size() - open - 2));
    }
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
        {"\xE8\x90\xA5\xE6\x94\xB6", Col::Weight}, // 营收
        {"\xE5\x91\x98\xE5\xB7\xA5", Col::Weight}, // 员工
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

std::string rc(std::size_t row, std::size_t col) {
    return std::to_string(row) + ":" + std::to_string(col + 1);
}

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

// Turns ds.enterprises into the metrics "enterprises" and "enterprise_weight" per city and year
// and the per-sector breakdowns, and collects the names' characters for the font. Returns false
// (with an error) when there is nothing to show.
bool aggregateEnterprises(Dataset& ds, bool weighted, const std::string& weightLabel,
                          const std::string& weightUnit, const std::string& weightFrom,
                          const std::string& path, Diagnostics& diags) {
    ds.metrics.push_back({"enterprises", "Enterprises in the table", "count",
                          "Number of enterprises listed in " + ds.title +
                              " for the city and year."});
    if (weighted)
        ds.metrics.push_back({"enterprise_weight", weightLabel + " (sum)", weightUnit,
                              "Sum of " + weightFrom + " over the enterprises of the city and year."});
    std::map<std::pair<std::size_t, int>, SectorBreakdown> groups;
    std::map<std::pair<std::size_t, int>, std::set<std::size_t>> groupSources;
    // Looked up once per (city, year) slot, not per enterprise: a tree lookup for each of a
    // million enterprises was a noticeable part of loading.
    std::vector<int> years;
    for (const auto& e : ds.enterprises)
        if (years.empty() || years.back() != e.year)
            years.push_back(e.year);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    const std::size_t slots = ds.cities.size() * years.size();
    std::vector<SectorBreakdown*> groupAt(slots <= (std::size_t{1} << 22) ? slots : 0, nullptr);
    std::vector<std::size_t> lastSourceAt(groupAt.size(), static_cast<std::size_t>(-1));
    for (const auto& e : ds.enterprises) {
        SectorBreakdown* slot = nullptr;
        std::size_t* lastSource = nullptr;
        if (!groupAt.empty()) {
            const auto y = static_cast<std::size_t>(
                std::lower_bound(years.begin(), years.end(), e.year) - years.begin());
            const std::size_t k = e.city * years.size() + y;
            if (!groupAt[k])
                groupAt[k] = &groups[{e.city, e.year}];
            slot = groupAt[k];
            lastSource = &lastSourceAt[k];
        }
        auto& g = slot ? *slot : groups[{e.city, e.year}];
        g.city = e.city;
        g.year = e.year;
        ++g.total;
        g.totalWeight += e.weight;
        const int n = __builtin_popcount(e.sectors);
        for (std::size_t s = 0; s < kSectorCount; ++s)
            if (e.sectors & (1u << s)) {
                ++g.counts[s];
                g.weights[s] += e.weight / n;
            }
        if (e.source != static_cast<std::size_t>(-1) && !(lastSource && *lastSource == e.source)) {
            groupSources[{e.city, e.year}].insert(e.source);
            if (lastSource)
                *lastSource = e.source; // the same source again needs no second insert
        }
    }
    bool warnedUnsourced = false;
    for (const auto& [key, g] : groups) {
        std::vector<std::string> sources;
        for (std::size_t s : groupSources[key])
            sources.push_back(ds.sources[s].id);
        if (sources.empty() && !warnedUnsourced) {
            warnedUnsourced = true;
            diags.warning(path, "", "enterprises without a source: their totals are shown as unsourced",
                          "give each enterprise a source");
        }
        Value v;
        v.city = g.city;
        v.metric = 0;
        v.year = g.year;
        v.period = std::to_string(g.year);
        v.value = static_cast<double>(g.total);
        v.sources = sources;
        ds.values.push_back(v);
        if (weighted) {
            v.metric = 1;
            v.value = g.totalWeight;
            ds.values.push_back(v);
        }
        ds.sectorBreakdowns.push_back(g);
    }
    std::sort(ds.values.begin(), ds.values.end(), [](const Value& a, const Value& b) {
        return std::tie(a.city, a.metric, a.year) < std::tie(b.city, b.metric, b.year);
    });
    if (ds.values.empty()) {
        diags.error(path, "", "no enterprises in the file");
        return false;
    }
    ds.collectEnterpriseNameChars();
    return true;
}

// The dataset's city for a gazetteer entry, added on first use.
std::size_t cityFor(Dataset& ds, std::map<std::string, std::size_t>& indexOfCode,
                    const GazetteerEntry& e) {
    auto it = indexOfCode.find(e.code);
    if (it != indexOfCode.end())
        return it->second;
    City c;
    c.id = e.code;
    c.code = e.code;
    c.nameZh = e.nameZh;
    c.nameEn = e.nameEn;
    c.position = e.position;
    c.world = Projection::china().forward(e.position);
    c.coordSource = e.coordSource;
    ds.cities.push_back(c);
    indexOfCode[e.code] = ds.cities.size() - 1;
    return ds.cities.size() - 1;
}

// "did you mean" for an unknown city, or the candidates of an ambiguous one.
void reportCity(const Gazetteer::Match& m, const std::string& name, const std::string& path,
                const std::string& location, Diagnostics& diags) {
    if (!m.candidates.empty()) {
        std::string list;
        for (const auto* c : m.candidates)
            list += (list.empty() ? "" : " or ") + c->nameZh + " " + c->nameEn + " (" + c->code + ")";
        diags.error(path, location, "\"" + name + "\" is ambiguous: " + list,
                    "write the Chinese name or the 6-digit code");
    } else {
        diags.error(path, location, "unknown city \"" + sanitizeUtf8(name) + "\"",
                    m.suggestion.empty() ? "give lon and lat instead"
                                         : "did you mean \"" + m.suggestion + "\"?");
    }
}

} // namespace

bool isEnterpriseHeader(const std::vector<std::string>& header) {
    for (const auto& h : header) {
        std::string wl, u;
        if (columnOf(trimCell(h), wl, u) == Col::Sector)
            return true;
    }
    return false;
}

DatasetLoadResult enterpriseTableDataset(TableFront front, Diagnostics frontDiags,
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

        std::map<Col, std::size_t> at;
        std::string weightLabel, weightUnit;
        for (std::size_t c = 0; c < table->header.size(); ++c) {
            std::string wl, u;
            const Col k = columnOf(table->header[c], wl, u);
            if (k == Col::Ignored)
                continue;
            if (at.count(k))
                diags.error(path, rc(1, c), "column \"" + table->header[c] + "\" appears twice");
            at[k] = c;
            if (k == Col::Weight) {
                weightLabel = wl;
                weightUnit = u;
            }
        }
        if (!at.count(Col::Name))
            diags.error(path, "1:1", "no enterprise name column",
                        "name a column \"name\" (or enterprise, company, 企业)");
        if (!at.count(Col::Sector))
            diags.error(path, "1:1", "no sector column", "name a column \"sector\" (or 行业)");
        if (!at.count(Col::Year))
            diags.error(path, "1:1", "no year column",
                        "add a column \"year\": the year the list describes");
        if (!at.count(Col::City) && !(at.count(Col::Lon) && at.count(Col::Lat)))
            diags.error(path, "1:1", "no city or lon/lat columns",
                        "add a column \"city\" (or 城市), or \"lon\" and \"lat\"");
        if (!gazetteer)
            diags.error(path, "",
                        "the gazetteer (data/gazetteer.json) is needed for enterprise tables");
        if (diags.hasErrors())
            return result;
        ds->enterpriseWeightUnit = at.count(Col::Weight) ? weightUnit : "";

        const Projection& proj = Projection::china();
        std::map<std::string, std::size_t> cityIndexOfCode;
        const auto sectorNames = sectorIds();
        const std::vector<std::string> sectorList(sectorNames.begin(), sectorNames.end());
        // Column of each field (-1: absent), looked up once, not per cell.
        std::array<int, static_cast<std::size_t>(Col::Ignored)> colOf;
        colOf.fill(-1);
        for (const auto& [k, c] : at)
            colOf[static_cast<std::size_t>(k)] = static_cast<int>(c);
        auto columnAt = [&](Col k) { return static_cast<std::size_t>(std::max(0, colOf[static_cast<std::size_t>(k)])); };
        // A cell of a row: `row` is a CsvTable::Row, or the cells readPlainRows gives.
        auto view = [&](const auto& row, Col k) -> std::string_view {
            const int c = colOf[static_cast<std::size_t>(k)];
            return c < 0 ? std::string_view() : trimView(row[static_cast<std::size_t>(c)]);
        };
        // The rows: split in the table, or (a large quote-free file) left in the text, split
        // here as they are read, in two halves at once. In both cases the work is in two parts.
        const auto& plain = table->plainRows();
        std::array<CsvTable::PlainStretch, 2> plainHalves{};
        if (plain)
            plainHalves = table->halves(*plain);
        const std::size_t rows = plain ? table->rowRoom(plainHalves[0]) + table->rowRoom(plainHalves[1])
                                       : table->rowCount();
        const std::size_t half = plain ? table->rowRoom(plainHalves[0])
                                 : rows >= 65536 ? rows / 2 : rows;

        // Cities named in the table, resolved once each before the rows are read (on two threads,
        // which then only look them up); `firstLine` is the row (by its line) that reports an
        // unknown one, as a row-by-row reading would: the first that reaches its city.
        struct NamedCity {
            const GazetteerEntry* entry = nullptr;
            std::size_t firstLine = 0;
        };
        using NamedCities = std::map<std::string, NamedCity, std::less<>>;
        NamedCities namedCities;
        auto nameCity = [&](NamedCities& into, const auto& row, std::size_t line) {
            const std::string_view cityText = view(row, Col::City);
            if (cityText.empty() || view(row, Col::Name).empty() || !view(row, Col::Lon).empty() ||
                !view(row, Col::Lat).empty())
                return;
            if (into.find(cityText) == into.end())
                into.emplace(std::string(cityText),
                             NamedCity{gazetteer->find(std::string(cityText)).entry, line});
        };
        if (colOf[static_cast<std::size_t>(Col::City)] >= 0) {
            if (plain) {
                // Split here a first time, on two threads (one per half, each with its own
                // cities, joined keeping the earlier row of a city both name).
                NamedCities second;
                auto collect = [&](std::size_t p, NamedCities& into) {
                    Diagnostics unused; // the rows' messages come when they are read
                    bool unusedOk = true;
                    table->readPlainRows(plainHalves[p], path, unused, unusedOk,
                                         [&](const std::string_view* cells, std::size_t line, bool rowOk) {
                                             if (rowOk)
                                                 nameCity(into, cells, line);
                                         });
                };
                std::thread other;
                if (plainHalves[1].end > plainHalves[1].begin)
                    other = std::thread(collect, std::size_t{1}, std::ref(second));
                collect(0, namedCities);
                if (other.joinable())
                    other.join();
                namedCities.merge(second); // keys the first half has stay as they are (earlier)
            } else {
                for (std::size_t r = 0; r < table->rowCount(); ++r)
                    nameCity(namedCities, table->row(r), table->rowLine(r));
            }
        }

        // The rows, read in two parts at once for a large table; each part keeps its own
        // enterprises, names, sources (in order of first appearance) and messages, joined in row
        // order afterwards, so the result is the same as one reading.
        // A part writes its enterprises from its first row's index on (fresh memory is dear:
        // no per-part copies), then the second part's are moved down behind the first's.
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
        Part parts[2];
        auto& enterprises = ds->enterprises;
        // Per enterprise: its named city, or the city nearest to its lon/lat. Left unwritten until
        // the rows are read (a BigVector of a plain struct): the two threads that read them
        // touch its fresh memory, each its own half, instead of one thread zeroing it first.
        struct Given {
            const GazetteerEntry* entry; ///< the named city, or the one nearest to its lon/lat
            bool named;                  ///< placed at its city (else at its own lon/lat)
        };
        BigVector<Given> given;
        given.resize(rows);
        enterprises.resize(rows);
        const bool decimalComma = table->delimiter == ';';
        // One row into part's next slot (or a message into part.diags).
        auto readRow = [&](const auto& row, std::size_t line, Part& part) {
            auto& pd = part.diags;
            Enterprise e;
            const GazetteerEntry* entry = nullptr;
            bool named = false;
            const std::string_view name = view(row, Col::Name);
            if (name.empty()) {
                pd.error(path, rc(line, columnAt(Col::Name)), "empty enterprise name");
                return;
            }
            // Position and city.
            const std::string_view lonText = view(row, Col::Lon), latText = view(row, Col::Lat);
            const std::string_view cityText = view(row, Col::City);
            if (!lonText.empty() || !latText.empty()) {
                std::string hint;
                const auto ll = parseLonLatCells(lonText, latText, hint);
                if (!ll) {
                    pd.error(path, rc(line, columnAt(Col::Lon)),
                             "lon/lat must both be numbers in degrees", hint);
                    return;
                }
                if (ll->lon < 70 || ll->lon > 140 || ll->lat < 15 || ll->lat > 56) {
                    pd.error(path, rc(line, columnAt(Col::Lon)), "enterprise lies outside China",
                             "China spans lon 73..135, lat 18..54");
                    return;
                }
                // Projected, and counted in the nearest city (pure functions of the position, so
                // the two threads reading the rows do it as they go).
                e.world = proj.forward(*ll);
                entry = gazetteer->nearestWorld(e.world);
            } else if (!cityText.empty()) {
                const NamedCity& city = namedCities.find(cityText)->second;
                if (!city.entry) {
                    if (city.firstLine == line)
                        reportCity(gazetteer->find(std::string(cityText)), std::string(cityText),
                                   path, rc(line, columnAt(Col::City)), pd);
                    return;
                }
                entry = city.entry; // its position is the city's
                named = true;
            } else {
                pd.error(path, rc(line, columnAt(Col::City)), "no city and no lon/lat in this row");
                return;
            }
            // Sectors.
            bool sectorsOk = true;
            const std::string_view sectorText = view(row, Col::Sector);
            if (auto hit = part.sectorCache.find(sectorText); hit != part.sectorCache.end()) {
                e.sectors = hit->second;
            } else {
                for (const auto& s : splitSectors(std::string(sectorText))) {
                    if (auto sector = parseSector(s)) {
                        e.sectors |= static_cast<unsigned short>(1u << static_cast<unsigned>(*sector));
                    } else {
                        std::string hint = didYouMean(s, sectorList);
                        if (hint.empty())
                            hint = "sectors: ai_chips, ai_servers, smart_sensors, big_data, iot, "
                                   "cloud, edge_computing, 5g, applications (or their Chinese names)";
                        pd.error(path, rc(line, columnAt(Col::Sector)),
                                 "unknown sector \"" + sanitizeUtf8(s) + "\"", hint);
                        sectorsOk = false;
                    }
                }
                if (sectorsOk && part.sectorCache.size() < 4096)
                    part.sectorCache.emplace(std::string(sectorText), e.sectors);
            }
            if (!sectorsOk)
                return;
            if (e.sectors == 0) {
                pd.error(path, rc(line, columnAt(Col::Sector)), "no sector given");
                return;
            }
            // Weight.
            if (colOf[static_cast<std::size_t>(Col::Weight)] >= 0) {
                const std::string_view w = view(row, Col::Weight);
                const auto v = parseNumberCell(w, decimalComma);
                if (w.empty()) {
                    e.weight = 0; // absent weight: counted, but adds nothing to the sum
                } else if (!v || *v < 0) {
                    pd.error(path, rc(line, columnAt(Col::Weight)),
                             "weight \"" + sanitizeUtf8(std::string(w)) + "\" must be a number >= 0");
                    return;
                } else {
                    e.weight = *v;
                }
            }
            // Year.
            const auto year = parseNumberCell(view(row, Col::Year));
            if (!year || *year != std::floor(*year) || *year < limits.minYear ||
                *year > limits.maxYear) {
                pd.error(path, rc(line, columnAt(Col::Year)),
                         "year must be a whole number in " + std::to_string(limits.minYear) + ".." +
                             std::to_string(limits.maxYear));
                return;
            }
            e.year = static_cast<int>(*year);
            // Source: an index into part.sources for now.
            const std::string_view sourceView = view(row, Col::Source);
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
            Dataset::appendName(part.names, e, name);
            const std::size_t k = part.from + part.count++;
            enterprises[k] = e;
            given[k] = {entry, named};
        };
        // Part `p` of the rows: table rows [from, to), or half `p` of the plain text.
        auto readRows = [&](std::size_t from, std::size_t to, int p) {
            Part& part = parts[p];
            part.from = from;
            if (plain) {
                const auto& stretch = plainHalves[static_cast<std::size_t>(p)];
                part.names.reserve((stretch.end - stretch.begin) / 2); // names are rarely more
                table->readPlainRows(stretch, path, part.splitDiags,
                                     part.splitOk,
                                     [&](const std::string_view* cells, std::size_t line, bool rowOk) {
                                         if (rowOk && part.splitOk)
                                             readRow(cells, line, part);
                                     });
                return;
            }
            if (to > from)
                part.names.reserve((to - from) * (view(table->row(from), Col::Name).size() + 8));
            for (std::size_t r = from; r < to; ++r)
                readRow(table->row(r), table->rowLine(r), part);
        };
        traceMark("load: named cities found, arrays ready");
        {
            std::thread other;
            if (half < rows)
                other = std::thread(readRows, half, rows, 1);
            readRows(0, half, 0);
            if (other.joinable())
                other.join();
        }
        traceMark("load: rows read");
        // The table (the file's text and its cells) is not needed any more: freed now rather
        // than when the dataset is done, which lowers the peak by its size.
        const std::string weightColumn =
            at.count(Col::Weight) ? table->header[at[Col::Weight]] : "";
        front.table.reset();
        if (!parts[0].splitOk || !parts[1].splitOk) {
            diags.append(parts[0].splitDiags);
            diags.append(parts[1].splitDiags);
            return result;
        }
        // Joined in row order: the second part's enterprises moved down behind the first's (never
        // overwriting one still to move), names shifted, sources numbered in order of first
        // appearance.
        std::unordered_map<std::string, std::size_t> sourceOf;
        const std::size_t n0 = parts[0].count, n1 = parts[1].count;
        ds->enterpriseNames = std::move(parts[0].names);
        ds->enterpriseNames.reserve(ds->enterpriseNames.size() + parts[1].names.size());
        for (int p = 0; p < 2; ++p) {
            Part& part = parts[p];
            diags.append(part.diags);
            std::vector<std::size_t> sourceIndex;
            for (const auto& text : part.sources) {
                auto it = sourceOf.find(text);
                if (it == sourceOf.end()) {
                    Source src;
                    src.id = "E" + std::to_string(sourceOf.size() + 1);
                    src.title = text;
                    src.publisher = "as given in " + ds->title;
                    ds->sources.push_back(src);
                    it = sourceOf.emplace(text, ds->sources.size() - 1).first;
                }
                sourceIndex.push_back(it->second);
            }
            const auto nameBase = p == 0 ? 0u : static_cast<std::uint32_t>(ds->enterpriseNames.size());
            if (p == 1)
                ds->enterpriseNames += part.names;
            const std::size_t from = part.from, to = p == 0 ? 0 : n0;
            for (std::size_t j = 0; j < part.count; ++j) {
                Enterprise e = enterprises[from + j];
                e.nameAt += nameBase;
                if (e.source != static_cast<std::size_t>(-1))
                    e.source = sourceIndex[e.source];
                enterprises[to + j] = e;
                given[to + j] = given[from + j];
            }
            part = Part();
        }
        enterprises.resize(n0 + n1);
        given.resize(n0 + n1);
        if (diags.hasErrors())
            return result;

        // Every enterprise's city, in row order so that cities are listed in order of first
        // appearance.
        traceMark("load: parts joined");
        auto& list = ds->enterprises;
        const GazetteerEntry* firstEntry = gazetteer->entries().data();
        std::vector<std::size_t> cityOfEntry(gazetteer->entries().size(), static_cast<std::size_t>(-1));
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto k = static_cast<std::size_t>(given[i].entry - firstEntry);
            if (cityOfEntry[k] == static_cast<std::size_t>(-1))
                cityOfEntry[k] = cityFor(*ds, cityIndexOfCode, *given[i].entry);
            list[i].city = static_cast<std::uint32_t>(cityOfEntry[k]);
            if (given[i].named)
                list[i].world = ds->cities[list[i].city].world;
        }

        traceMark("load: cities assigned");
        const bool weighted = at.count(Col::Weight) > 0;
        if (!aggregateEnterprises(*ds, weighted, weightLabel, weightUnit,
                                  weighted ? "column \"" + weightColumn + "\""
                                           : std::string(),
                                  path, diags))
            return result;
        traceMark("load: city values summed");
        result.dataset = std::move(ds);
    } catch (const std::exception& e) {
        result.dataset.reset();
        diags.error(path, "", std::string("internal error while reading: ") + e.what());
    }
    return result;
}

DatasetLoadResult loadEnterpriseCsvBytes(const std::string& bytes, const std::string& path,
                                         const Gazetteer* gazetteer, const Limits& limits) {
    return loadTableBytes(bytes, path, gazetteer, limits, TableKind::Enterprise);
}

} // namespace aimap

namespace aimap {

DatasetLoadResult loadEnterpriseJsonDoc(const nlohmann::json& doc, const std::string& path,
                                        const Gazetteer* gazetteer, const Limits& limits) {
    DatasetLoadResult result;
    Diagnostics& diags = result.diagnostics;
    try {
        auto ds = std::make_shared<Dataset>();
        ds->path = path;
        ds->title = doc.value("title", std::filesystem::path(path).filename().string());
        ds->kind = doc.value("kind", "cited");
        ds->description = doc.value("description", "");
        if (ds->kind != "cited" && ds->kind != "synthetic" && ds->kind != "example")
            diags.error(path, "/kind", "\"kind\" must be \"cited\", \"synthetic\" or \"example\"");
        if (!gazetteer)
            diags.error(path, "", "the gazetteer (data/gazetteer.json) is needed for enterprise files");
        const auto list = doc.find("enterprises");
        if (list == doc.end() || !list->is_array())
            diags.error(path, "", "missing top-level array \"enterprises\"");
        if (diags.hasErrors())
            return result;
        std::map<std::string, std::size_t> sourceIndex;
        if (auto src = doc.find("sources"); src != doc.end() && src->is_object())
            for (auto it = src->begin(); it != src->end(); ++it) {
                Source s;
                s.id = it.key();
                if (it->is_object()) {
                    s.title = it->value("title", "");
                    s.publisher = it->value("publisher", "");
                    s.date = it->value("date", "");
                    s.url = it->value("url", "");
                    s.quality = it->value("quality", "");
                }
                sourceIndex[s.id] = ds->sources.size();
                ds->sources.push_back(s);
            }
        const std::string weightLabel = doc.value("weight_label", "Weight");
        const std::string weightUnit = doc.value("weight_unit", "");
        bool weighted = false;
        std::map<std::string, std::size_t> indexOfCode;
        const auto sectorNames = sectorIds();
        const std::vector<std::string> sectorList(sectorNames.begin(), sectorNames.end());
        const Projection& proj = Projection::china();
        if (list->size() > limits.maxValues) {
            diags.error(path, "/enterprises", "too many enterprises");
            return result;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto& j = (*list)[i];
            const std::string ptr = "/enterprises/" + std::to_string(i);
            if (!j.is_object()) {
                diags.error(path, ptr, "an enterprise must be an object");
                continue;
            }
            Enterprise e;
            const auto str = [&](const char* key) {
                auto it = j.find(key);
                return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
            };
            const auto num = [&](const char* key) -> std::optional<double> {
                auto it = j.find(key);
                if (it == j.end() || !it->is_number())
                    return std::nullopt;
                const double v = it->get<double>();
                return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
            };
            const std::string name = str("name");
            if (name.empty()) {
                diags.error(path, ptr + "/name", "an enterprise needs a \"name\" string");
                continue;
            }
            const auto lon = num("lon"), lat = num("lat");
            const std::string city = str("city");
            if (lon || lat) {
                if (!lon || !lat || *lon < 70 || *lon > 140 || *lat < 15 || *lat > 56) {
                    diags.error(path, ptr, "lon/lat must both be numbers inside China",
                                lon && lat && *lat >= 70 && *lon <= 56 ? "lon and lat look swapped"
                                                                     : "China spans lon 73..135, lat 18..54");
                    continue;
                }
                const LonLat position{*lon, *lat};
                e.city = static_cast<std::uint32_t>(cityFor(*ds, indexOfCode, *gazetteer->nearest(position)));
                e.world = proj.forward(position);
            } else if (!city.empty()) {
                const auto m = gazetteer->find(city);
                if (!m.entry) {
                    reportCity(m, city, path, ptr + "/city", diags);
                    continue;
                }
                e.city = static_cast<std::uint32_t>(cityFor(*ds, indexOfCode, *m.entry));
                e.world = ds->cities[e.city].world;
            } else {
                diags.error(path, ptr, "an enterprise needs \"city\" or \"lon\" and \"lat\"");
                continue;
            }
            const auto sectors = j.find("sectors");
            if (sectors == j.end() || !sectors->is_array() || sectors->empty()) {
                diags.error(path, ptr, "an enterprise needs a non-empty \"sectors\" array");
                continue;
            }
            bool ok = true;
            for (std::size_t k = 0; k < sectors->size(); ++k) {
                const auto& sj = (*sectors)[k];
                const std::string name = sj.is_string() ? sj.get<std::string>() : sj.dump();
                if (auto sector = sj.is_string() ? parseSector(name) : std::nullopt) {
                    e.sectors |= static_cast<unsigned short>(1u << static_cast<unsigned>(*sector));
                } else {
                    std::string hint = didYouMean(name, sectorList);
                    diags.error(path, ptr + "/sectors/" + std::to_string(k),
                                "unknown sector \"" + sanitizeUtf8(name) + "\"",
                                hint.empty() ? "sectors: ai_chips, ai_servers, smart_sensors, big_data, "
                                               "iot, cloud, edge_computing, 5g, applications"
                                             : hint);
                    ok = false;
                }
            }
            if (!ok)
                continue;
            if (j.contains("weight")) {
                const auto w = num("weight");
                if (!w || *w < 0) {
                    diags.error(path, ptr + "/weight", "\"weight\" must be a number >= 0");
                    continue;
                }
                e.weight = *w;
                weighted = true;
            }
            const auto year = num("year");
            if (!year || *year != std::floor(*year) || *year < limits.minYear || *year > limits.maxYear) {
                diags.error(path, ptr + "/year", "\"year\" must be a whole number in " +
                                                     std::to_string(limits.minYear) + ".." +
                                                     std::to_string(limits.maxYear));
                continue;
            }
            e.year = static_cast<int>(*year);
            if (const std::string source = str("source"); !source.empty()) {
                auto it = sourceIndex.find(source);
                if (it == sourceIndex.end()) {
                    std::vector<std::string> ids;
                    for (const auto& [id, idx] : sourceIndex)
                        ids.push_back(id);
                    diags.error(path, ptr + "/source", "source \"" + source + "\" is not defined in \"sources\"",
                                didYouMean(source, ids));
                    continue;
                }
                e.source = it->second;
            }
            ds->setEnterpriseName(e, name);
            ds->enterprises.push_back(e);
        }
        if (diags.hasErrors())
            return result;
        ds->enterpriseWeightUnit = weighted ? weightUnit : "";
        if (!aggregateEnterprises(*ds, weighted, weightLabel, weightUnit, "\"weight\"", path, diags))
            return result;
        result.dataset = std::move(ds);
    } catch (const std::exception& e) {
        result.dataset.reset();
        diags.error(path, "", std::string("internal error while reading: ") + e.what());
    }
    return result;
}

} // namespace aimap
