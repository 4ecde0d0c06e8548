#include "core/data/CsvDirectives.hpp"

#include <algorithm>

#include "core/Trace.hpp"
#include "core/data/TextDecoding.hpp"

#include <filesystem>

namespace aimap {

void applyCsvDirectives(std::string& text, const std::string& name, Dataset& dataset,
                        Diagnostics& diags) {
    if (text.rfind("#aimap", 0) != 0)
        return;
    const std::size_t end = text.find_first_of("\r\n");
    const std::string line = text.substr(0, end);
    std::size_t i = 6;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == ',' || line[i] == '\t'))
            ++i;
        if (i >= line.size())
            break;
        const std::size_t eq = line.find('=', i);
        if (eq == std::string::npos) {
            // Regression (issue 13): "#aimap synthetic" was ignored without a word.
            diags.error(name, "1:" + std::to_string(i + 1),
                        "\"" + line.substr(i) + "\" is not a setting=value pair",
                        "write e.g. #aimap kind=synthetic title=\"My data\"");
            break;
        }
        const std::string key = line.substr(i, eq - i);
        std::string value;
        i = eq + 1;
        if (i < line.size() && line[i] == '"') {
            const std::size_t close = line.find('"', i + 1);
            if (close == std::string::npos) {
                // Regression (issue 13): the rest of the line was taken as the value.
                diags.error(name, "1:" + std::to_string(i + 1),
                            "the quote opened here is not closed",
                            "write " + key + "=\"...\" with a closing quote");
                break;
            }
            value = line.substr(i + 1, close - i - 1);
            i = close + 1;
        } else {
            const std::size_t stop = line.find_first_of(" ,\t", i);
            value = line.substr(i, stop == std::string::npos ? std::string::npos : stop - i);
            i = stop == std::string::npos ? line.size() : stop;
        }
        if (key == "kind") {
            if (value == "cited" || value == "synthetic" || value == "example")
                dataset.kind = value;
            else
                diags.error(name, "1:1", "kind must be cited, synthetic or example");
        } else if (key == "title") {
            dataset.title = value;
        } else {
            diags.warning(name, "1:1", "unknown #aimap setting \"" + key + "\" ignored",
                          "settings: kind, title");
        }
    }
    // Blank the line in place (spaces: a blank line to the parser) so rows keep their line
    // numbers, without moving the rest of a file that may be 100 MB.
    std::fill(text.begin(), end == std::string::npos ? text.end() : text.begin() + static_cast<std::ptrdiff_t>(end), ' ');
}

TableFront readTable(std::string bytes, const std::string& path, const Limits& limits,
                     Diagnostics& diags,
                     bool (*deferPlainRows)(const std::vector<std::string>& header)) {
    TableFront front;
    auto text = decodeText(std::move(bytes), path, diags);
    if (!text)
        return front;
    traceMark("load: text decoded");
    front.encoding = text->encoding;
    front.dataset = std::make_shared<Dataset>();
    front.dataset->path = path;
    front.dataset->kind = "cited";
    front.dataset->title = showableText(std::filesystem::path(path).filename().string());
    applyCsvDirectives(text->utf8, path, *front.dataset, diags);
    front.table = parseCsv(std::move(text->utf8), path, limits, diags, deferPlainRows);
    traceMark("load: cells split");
    return front;
}

} // namespace aimap
