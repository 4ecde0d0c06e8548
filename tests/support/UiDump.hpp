#pragma once

// Reading the JSON that `aimap --ui-dump FILE` rewrites (atomically) every time the UI changes.

#include "support/Process.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <functional>
#include <thread>

namespace aimap::test {

/// Polls the dump until `pred` holds or `seconds` pass; returns the last dump read (an object,
/// possibly empty). `took` receives the seconds waited (or `seconds` on a timeout).
inline nlohmann::json waitForDump(const std::string& dump,
                                  const std::function<bool(const nlohmann::json&)>& pred,
                                  double seconds, double* took = nullptr) {
    const auto start = std::chrono::steady_clock::now();
    nlohmann::json last = nlohmann::json::object();
    while (std::chrono::steady_clock::now() - start < std::chrono::duration<double>(seconds)) {
        const auto j = nlohmann::json::parse(readFile(dump), nullptr, false);
        if (!j.is_discarded() && j.is_object()) {
            last = j;
            if (pred(j)) {
                if (took)
                    *took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                return j;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (took)
        *took = seconds;
    return last;
}

/// Renders one frame headless (`--screenshot` at `size`, clock pinned) with `args` and returns
/// the UI dump it wrote (an empty object when none was); `err` receives the run's stderr.
inline nlohmann::json shootDump(const std::string& args, const std::string& name,
                                const std::string& size = "1280x720", std::string* err = nullptr) {
    const std::string png = testing::TempDir() + "aimap_" + name + ".png";
    const std::string dump = testing::TempDir() + "aimap_" + name + ".dump.json";
    std::remove(dump.c_str());
    const auto r = run(quote(AIMAP_EXE) + " --clock 09:30:00 --size " + size + " --ui-dump " +
                       quote(dump) + " --screenshot " + quote(png) + " " + args);
    if (err)
        *err = r.err;
    const auto j = nlohmann::json::parse(readFile(dump), nullptr, false);
    return j.is_discarded() || !j.is_object() ? nlohmann::json::object() : j;
}

} // namespace aimap::test
