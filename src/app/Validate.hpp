#pragma once

namespace aimap {

/// `aimap validate FILE...`: loads each file with the viewer's own loaders and prints every
/// diagnostic. A talk file (JSON with an "aimap_talk" key, docs/talks.md) is checked against the
/// dataset it names (the bundled data by default) and the basemap's provinces. Exit code 0: all
/// valid (warnings allowed); 1: some file has errors; 2: some file cannot be read at all. Needs no
/// display.
int validateMain(int argc, char** argv);

} // namespace aimap
