#include "core/export/RankCsv.hpp"

#include "core/data/Csv.hpp"
#include "core/io/AtomicFile.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace aimap {
namespace {

// Words, not signs: a lone "=" or ">" is what a spreadsheet reads as the start of a formula.
const char* qualifierWord(const std::string& q) {
    return q == ">" ? "more than" : q == "<" ? "less than" : q == "~" ? "about" : "exact";
}

} // namespace

std::string csvNumberCell(double v) {
    if (!std::isfinite(v))
        return "";
    char buf[40];
    for (int digits = 1; digits <= 17; ++digits) {
        std::snprintf(buf, sizeof buf, "%.*g", digits, v);
        if (std::strtod(buf, nullptr) == v)
            break;
    }
    std::string s = buf;
    // No exponent a spreadsheet might read as text in some locales: 1e+12 -> 1000000000000.
    if (s.find('e') != std::string::npos && std::fabs(v) >= 1 && std::fabs(v) < 1e21) {
        std::snprintf(buf, sizeof buf, "%.0f", v);
        s = buf;
    }
    return s == "-0" ? "0" : s;
}

std::string rankingCsv(const Dataset& ds, const RankingTable& t) {
    std::string out = "\xEF\xBB\xBF"; // the byte-order mark
    out += "city_id,city_zh,city_en,metric_id,metric,unit,year,qualifier,value,rank,rank_kind,"
           "rank_worst,earlier_year,earlier_value,change,change_pct,sources,grade,as_published,"
           "data\r\n";
    if (t.metric >= ds.metrics.size())
        return out;
    const Metric& m = ds.metrics[t.metric];
    const auto opt = [](const std::optional<double>& v) {
        return v ? csvNumberCell(*v) : std::string();
    };
    for (const RankingRow& r : t.rows) {
        const City& c = ds.cities[r.city];
        const Value& v = *r.value;
        std::string sources;
        for (const std::string& id : r.sources)
            sources += (sources.empty() ? "" : " ") + id;
        const std::string cells[] = {
            csvEscape(c.id),
            csvEscape(c.nameZh),
            csvEscape(c.nameEn),
            csvEscape(m.id),
            csvEscape(m.label),
            csvEscape(m.unit),
            csvNumberCell(v.year),
            csvEscape(qualifierWord(v.qualifier)),
            csvNumberCell(v.value),
            csvNumberCell(r.rankBest),
            csvEscape(t.ranksPublished ? "published" : "place among listed"),
            csvNumberCell(r.rankWorst),
            r.earlier ? csvNumberCell(r.earlier->year) : "",
            r.earlier ? csvNumberCell(r.earlier->value) : "",
            opt(r.change),
            opt(r.changePct),
            csvEscape(sources),
            csvEscape(r.grade),
            csvEscape(v.asPublished),
            csvEscape(ds.kind),
        };
        bool first = true;
        for (const std::string& cell : cells) {
            if (!first)
                out += ',';
            out += cell;
            first = false;
        }
        out += "\r\n";
    }
    return out;
}

bool writeRankingCsv(const std::string& path, const Dataset& ds, const RankingTable& table,
                     std::string& error) {
    return writeFileAtomically(path, rankingCsv(ds, table), error);
}

} // namespace aimap
