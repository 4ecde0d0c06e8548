#pragma once

namespace aimap {

/// `aimap rank [--data FILE] --metric ID --year Y [--since Y0] [--csv OUT]` (issue 16): the
/// rankings table of one metric and year (core/rank/RankingTable) as CSV (core/export/RankCsv):
/// to OUT, written atomically, or to stdout with `--csv -` or without --csv. The change is
/// measured since Y0, by default the latest earlier year with figures of the metric. Exit 0; exit
/// 2 for a wrong command line, data that cannot be used, or an unknown metric or year (the valid
/// ones listed); 1 when OUT cannot be written. Needs no display.
int rankMain(int argc, char** argv);

} // namespace aimap
