#pragma once

namespace aimap {

/// `aimap distance [--data FILE] CITY CITY` (issue 16): the length in kilometres, three
/// decimals, of the shortest path on the WGS84 ellipsoid between two cities (GeographicLib's
/// geodesic inverse problem). A city is a data city's id, or a Chinese or English name or
/// 6-digit code of the gazetteer (core/data/PlaceFinder). Exit 0 and the number on stdout; exit
/// 2 for an unknown or ambiguous name (the candidates listed with their provinces) or a wrong
/// command line. Needs no display.
int distanceMain(int argc, char** argv);

} // namespace aimap
