#pragma once

#include "core/data/Dataset.hpp"
#include "core/rank/RankingTable.hpp"

#include <string>
#include <string_view>

namespace aimap {

// A rankings table as CSV (issue 16), for spreadsheets: UTF-8 with a byte-order mark (Excel reads
// UTF-8 only with it), RFC 4180 (CRLF line ends; a field with a comma, quote, CR or LF quoted,
// quotes doubled). Against formula injection (OWASP "CSV Injection"), a text cell that begins
// with = + - @, a tab or a CR gets an apostrophe in front ("'=HYPERLINK(...)" is shown as text);
// numbers, negative ones included, are written as plain numbers and stay numbers. Text cells go
// through csvEscape() (core/data/Csv), numbers through csvNumberCell().
//
// Columns, one row per city in the table's order:
//   city_id, city_zh, city_en, metric_id, metric, unit, year, qualifier, value, rank,
//   rank_kind ("published" or "place among listed"), rank_worst, earlier_year, earlier_value,
//   change, change_pct, sources, grade, as_published, data ("cited", "synthetic", "example").
// qualifier is a word: "exact", "more than", "less than", "about" (a lone "=" or ">" would look
// like a formula). Empty cells where there is no figure; rank_worst differs from rank where a bound
// leaves the place open; change is now minus then (for ranks: -2 is two places up).

/// A number cell: the shortest decimal that reads back as `v` ("1500", "-12.5", "0.1"); empty
/// for NaN or infinity.
std::string csvNumberCell(double v);

/// The whole file's bytes (BOM first).
std::string rankingCsv(const Dataset& ds, const RankingTable& table);

/// Writes rankingCsv() to `path` with writeFileAtomically(); false and `error` on failure.
bool writeRankingCsv(const std::string& path, const Dataset& ds, const RankingTable& table,
                     std::string& error);

} // namespace aimap
