// Every display-test process starts with an empty settings folder of its own: a window run
// remembers what it was shown (the last data file, the language, the window's size), and ctest
// runs the tests in any order, so a shared folder would let one test change the next one's
// start. A test that means to start from given settings names its own AIMAP_CONFIG_DIR.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace {

class FreshSettings : public testing::Environment {
public:
    void SetUp() override {
        m_dir = testing::TempDir() + "aimap_config_" + std::to_string(getpid());
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
        std::filesystem::create_directories(m_dir, ec);
        setenv("AIMAP_CONFIG_DIR", m_dir.c_str(), 1);
    }
    void TearDown() override {
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }

private:
    std::string m_dir;
};

// Registered before main runs (gtest_main's InitGoogleTest keeps it).
[[maybe_unused]] testing::Environment* const kFreshSettings =
    testing::AddGlobalTestEnvironment(new FreshSettings);

} // namespace
