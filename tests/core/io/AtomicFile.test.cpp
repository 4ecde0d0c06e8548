// Atomic writes: a reader sees the old file or the new one, never a part; nothing is left behind.
#include "core/io/AtomicFile.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace aimap;
namespace fs = std::filesystem;

namespace {

fs::path freshDir(const std::string& name) {
    const fs::path dir = fs::path(testing::TempDir()) / ("aimap_atomic_" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t entries(const fs::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir))
        ++n;
    return n;
}

} // namespace

TEST(AtomicFile, WritesAndReplacesLeavingNothingBehind) {
    const fs::path dir = freshDir("replace");
    const fs::path file = dir / "settings.json";
    std::string error;
    ASSERT_TRUE(writeFileAtomically(file.string(), "first", error)) << error;
    ASSERT_TRUE(writeFileAtomically(file.string(), std::string("second\0bytes", 12), error))
        << error;
    EXPECT_EQ(read(file), std::string("second\0bytes", 12));
    EXPECT_EQ(entries(dir), 1u);
    // Readable as a file created the usual way (not the temporary's 0600): 0666 less the umask.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    EXPECT_EQ(static_cast<mode_t>(fs::status(file).permissions()) & 0777, 0666 & ~mask);
}

// Regression: the temporary name was fixed (FILE.tmp), so two instances writing the same file
// shared it, and anything already at that name (here a folder) made every write fail.
TEST(AtomicFile, TheTemporaryNameIsUniqueNotFileDotTmp) {
    const fs::path dir = freshDir("unique");
    const fs::path file = dir / "settings.json";
    fs::create_directories(dir / "settings.json.tmp");
    std::string error;
    EXPECT_TRUE(writeFileAtomically(file.string(), "x", error)) << error;
    EXPECT_EQ(read(file), "x");
}

TEST(AtomicFile, AFailedWriteLeavesTheOldFileAndNoTemporary) {
    const fs::path dir = freshDir("fail");
    const fs::path file = dir / "shot.png";
    std::string error;
    ASSERT_TRUE(writeFileAtomically(file.string(), "old", error)) << error;
    EXPECT_FALSE(writeFileAtomically(
        file.string(), ".png", [](const std::string&) { return false; }, error));
    EXPECT_NE(error.find("cannot write"), std::string::npos) << error;
    EXPECT_EQ(read(file), "old");
    EXPECT_EQ(entries(dir), 1u);
    // A writer given a name ending in the suffix (image encoders pick the format by it).
    EXPECT_TRUE(writeFileAtomically(
        file.string(), ".png",
        [](const std::string& tmp) {
            std::ofstream(tmp, std::ios::binary)
                << (tmp.size() > 4 && tmp.substr(tmp.size() - 4) == ".png" ? "new" : "bad");
            return true;
        },
        error))
        << error;
    EXPECT_EQ(read(file), "new");
    EXPECT_EQ(entries(dir), 1u);
}

TEST(AtomicFile, AMissingFolderIsAClearError) {
    const fs::path file = freshDir("missing") / "no" / "such" / "file.json";
    std::string error;
    EXPECT_FALSE(writeFileAtomically(file.string(), "x", error));
    EXPECT_NE(error.find("cannot create a temporary file beside " + file.string()),
              std::string::npos)
        << error;
    EXPECT_NE(error.find("No such file or directory"), std::string::npos) << error;
}

TEST(AtomicFile, StrayTemporariesOfACrashedWriteAreRemoved) {
    const fs::path dir = freshDir("stray");
    const fs::path file = dir / "settings.json";
    std::ofstream(dir / ".settings.json.tmp-Ab12Cd") << "half";
    std::ofstream(dir / ".other.json.tmp-Ab12Cd") << "not ours";
    std::ofstream(dir / "settings.json.bak") << "not a temporary";
    removeStrayTemporaries(file.string());
    EXPECT_FALSE(fs::exists(dir / ".settings.json.tmp-Ab12Cd"));
    EXPECT_TRUE(fs::exists(dir / ".other.json.tmp-Ab12Cd"));
    EXPECT_TRUE(fs::exists(dir / "settings.json.bak"));
}
