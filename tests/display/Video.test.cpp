// The talk as a video (issue 15): the example talk rendered at 640x360, 10 fps, each frame held
// 1 s (a quick export) — ffprobe finds H.264 High at level 5.1, yuv420p, the size, the planned
// frame count and duration, the index first; frames extracted from the file show the motion: two
// scenes' holds differ, a frame mid-flight differs from both ends, a focus city pulses during a
// hold while a hold without one stands still; still frames sent again without drawing are the
// frames drawing them would give. An odd size exits 2 naming the nearest valid one;
// no ffmpeg, an ffmpeg that dies and an ffmpeg that writes the wrong level each exit 1 and leave
// no file.
#include "support/Process.hpp"
#include "support/SharedOutput.hpp"

#include <SFML/Graphics/Image.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

using namespace aimap::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kExe = AIMAP_EXE;
const std::string kTalk = std::string(AIMAP_ROOT) + "/data/talks/ai-industrial-map-2020.json";
constexpr int kFps = 10;

std::string tmp(const std::string& name) {
    return testing::TempDir() + "aimap_video_" + name;
}

bool haveFfmpeg() {
    return haveProgram("ffmpeg") && haveProgram("ffprobe");
}

// One line of the plan aimap prints: a frame of the talk in the video.
struct Clip {
    std::string name; // "03-00"
    std::size_t first = 0, last = 0, holdFrom = 0;
};

struct Export {
    RunResult run;
    std::vector<Clip> clips;
    std::size_t frames = 0;
    std::string path;
};

std::vector<Clip> parsePlan(const std::string& out, std::size_t& frames) {
    std::vector<Clip> clips;
    std::smatch m;
    std::istringstream lines(out);
    std::string line;
    static const std::regex clip(
        R"(^\s+(\d\d-\d\d)\s+at .* frames (\d+)-(\d+) \(hold from (\d+)\)$)");
    static const std::regex total(R"(video plan: \d+ frames of the talk, (\d+) video frames)");
    while (std::getline(lines, line)) {
        if (std::regex_search(line, m, total))
            frames = std::stoul(m[1]);
        if (std::regex_match(line, m, clip))
            clips.push_back({m[1], std::stoul(m[2]), std::stoul(m[3]), std::stoul(m[4])});
    }
    return clips;
}

// The example talk as a video (made once per test program).
const Export& exampleVideo() {
    static Export e = [] {
        Export x;
        // One export for every test process (ctest -j runs them at once: one deleting the
        // video while another decoded it would fail them).
        const std::string dir = tmp("example");
        x.path = dir + "/talk.mp4";
        x.run = runOnceShared(dir,
                              quote(kExe) + " --talk " + quote(kTalk) + " --export-video " +
                                  quote(x.path) + " --size 640x360 --fps " + std::to_string(kFps) +
                                  " --hold-seconds 1",
                              {kExe, kTalk, AIMAP_ROOT "/data/ai-cities.json"}, 240);
        x.clips = parsePlan(x.run.out, x.frames);
        return x;
    }();
    return e;
}

const Clip* clipNamed(const Export& e, const std::string& name) {
    for (const Clip& c : e.clips)
        if (c.name == name)
            return &c;
    return nullptr;
}

// Video frame `n` of `video` as an image (decoded exactly: by its number, not a time).
sf::Image frameOf(const std::string& video, std::size_t n) {
    const std::string png =
        tmp("frame" + std::to_string(n) + "-" + std::to_string(::getpid()) + ".png");
    fs::remove(png);
    const auto r = run("ffmpeg -hide_banner -loglevel error -y -i " + quote(video) + " -vf " +
                           quote("select=eq(n\\," + std::to_string(n) + ")") +
                           " -vsync 0 -frames:v 1 " + quote(png),
                       60);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    sf::Image img;
    EXPECT_TRUE(img.loadFromFile(png)) << "frame " << n;
    return img;
}

// Mean absolute difference per channel (0-255) and the largest, of two images of one size.
struct Difference {
    double mean = 0;
    int max = 0;
};
Difference difference(const sf::Image& a, const sf::Image& b) {
    Difference d;
    if (a.getSize() != b.getSize() || a.getSize().x == 0)
        return {255, 255};
    const std::size_t n = std::size_t{a.getSize().x} * a.getSize().y * 4;
    const sf::Uint8* p = a.getPixelsPtr();
    const sf::Uint8* q = b.getPixelsPtr();
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (i % 4 == 3)
            continue;
        const int v = std::abs(int(p[i]) - int(q[i]));
        sum += v;
        d.max = std::max(d.max, v);
    }
    d.mean = sum / (n / 4 * 3);
    return d;
}

// The files in `dir` whose name contains `part`.
std::vector<std::string> filesWith(const std::string& dir, const std::string& part) {
    std::vector<std::string> out;
    for (const auto& f : fs::directory_iterator(dir))
        if (f.path().filename().string().find(part) != std::string::npos)
            out.push_back(f.path().filename().string());
    return out;
}

// A folder holding a program `ffmpeg` (a shell script) and the real ffprobe: a PATH for aimap.
std::string fakeFfmpegPath(const std::string& name, const std::string& script) {
    const std::string dir = tmp(name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir + "/ffmpeg") << "#!/bin/bash\n" << script;
    fs::permissions(dir + "/ffmpeg", fs::perms::owner_all);
    fs::create_symlink("/usr/bin/ffprobe", dir + "/ffprobe");
    return dir;
}

// The example talk exported into an empty folder with `ffmpeg` a shell script (and the real
// ffprobe) on the PATH.
struct FakeRun {
    RunResult run;
    std::string dir; // the video's folder
};
FakeRun runWithFakeFfmpeg(const std::string& name, const std::string& script,
                          const std::string& args) {
    const std::string bin = fakeFfmpegPath(name, script);
    FakeRun f{{}, tmp(name + "-out")};
    fs::remove_all(f.dir);
    fs::create_directories(f.dir);
    f.run = run("env PATH=" + quote(bin) + ":/usr/bin:/bin " + quote(kExe) + " --talk " +
                    quote(kTalk) + " --export-video " + quote(f.dir + "/talk.mp4") + " " + args,
                120);
    return f;
}

} // namespace

TEST(Video, TheExampleTalkIsAnH264HighLevelFiveOneVideoOfThePlannedLength) {
    if (!haveFfmpeg())
        GTEST_SKIP() << "ffmpeg not installed (apt-get install ffmpeg)";
    const Export& e = exampleVideo();
    ASSERT_EQ(e.run.exitCode, 0) << e.run.err;
    ASSERT_EQ(e.clips.size(), 14u) << e.run.out; // every click of the example talk
    EXPECT_EQ(e.clips.front().name, "01-00");
    EXPECT_EQ(e.clips.back().last + 1, e.frames);
    EXPECT_NE(e.run.out.find("checked with ffprobe"), std::string::npos) << e.run.out;
    // Independently of aimap's own check: ffprobe on the file.
    const auto probe = run("ffprobe -v error -select_streams v:0 -count_packets -show_entries "
                           "stream=codec_name,profile,level,pix_fmt,width,height,nb_read_packets,"
                           "avg_frame_rate:format=duration -of json " +
                           quote(e.path));
    ASSERT_EQ(probe.exitCode, 0) << probe.err;
    const json j = json::parse(probe.out);
    const json& s = j["streams"][0];
    EXPECT_EQ(s["codec_name"], "h264");
    EXPECT_EQ(s["profile"], "High");
    EXPECT_EQ(s["level"], 51);
    EXPECT_EQ(s["pix_fmt"], "yuv420p");
    EXPECT_EQ(s["width"], 640);
    EXPECT_EQ(s["height"], 360);
    EXPECT_EQ(s["avg_frame_rate"], "10/1");
    EXPECT_EQ(std::stoul(s["nb_read_packets"].get<std::string>()), e.frames);
    const double seconds = std::stod(j["format"]["duration"].get<std::string>());
    EXPECT_NEAR(seconds, static_cast<double>(e.frames) / kFps, 1.0 / kFps);
    // 14 holds of 1 s, three flights and three timelines: about half a minute, not more.
    EXPECT_GT(seconds, 14.0);
    EXPECT_LT(seconds, 40.0);
    // +faststart: the index before the frames ("moov" within the first kilobytes).
    std::ifstream file(e.path, std::ios::binary);
    std::string head(4096, '\0');
    file.read(head.data(), head.size());
    EXPECT_NE(head.find("moov"), std::string::npos);
    // Nothing else is left beside it (the temporary file was renamed).
    EXPECT_TRUE(filesWith(fs::path(e.path).parent_path().string(), "talk.mp4.tmp").empty());
}

TEST(Video, FramesShowTheMotionScenesFlightsAndPulses) {
    if (!haveFfmpeg())
        GTEST_SKIP() << "ffmpeg not installed (apt-get install ffmpeg)";
    const Export& e = exampleVideo();
    ASSERT_EQ(e.run.exitCode, 0) << e.run.err;
    const Clip* headline = clipNamed(e, "01-00");
    const Clip* zones = clipNamed(e, "02-00");
    const Clip* jinan = clipNamed(e, "03-00");
    const Clip* quotation = clipNamed(e, "01-01");
    ASSERT_TRUE(headline && zones && jinan && quotation) << e.run.out;
    // Two scenes' holds: different pictures.
    const sf::Image a = frameOf(e.path, headline->holdFrom);
    const sf::Image c = frameOf(e.path, jinan->holdFrom);
    EXPECT_GT(difference(a, c).mean, 10.0);
    // The held frame is what --screenshot shows of it (the audience view of the window), but for
    // the encoder's 4:2:0 and limited range: about 2 levels on average.
    const std::string shot = tmp("scene1.png");
    const auto r = run(quote(kExe) + " --talk " + quote(kTalk) + " --scene 1 --screenshot " +
                       quote(shot) + " --size 640x360");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    sf::Image screenshot;
    ASSERT_TRUE(screenshot.loadFromFile(shot));
    EXPECT_LT(difference(a, screenshot).mean, 3.0);
    EXPECT_GT(difference(c, screenshot).mean, 10.0);
    // The flight into scene 3 (all of China to Shandong): at least half a second, and its middle
    // frame is neither where it started nor where it lands.
    ASSERT_GE(jinan->holdFrom - jinan->first, 5u) << e.run.out;
    const sf::Image before = frameOf(e.path, jinan->first - 1);
    const sf::Image mid = frameOf(e.path, (jinan->first + jinan->holdFrom) / 2);
    const sf::Image landed = frameOf(e.path, jinan->holdFrom);
    EXPECT_GT(difference(mid, before).mean, 5.0);
    EXPECT_GT(difference(mid, landed).mean, 5.0);
    // Landed, the camera stays: the hold's last frame is its first.
    const sf::Image end = frameOf(e.path, jinan->last);
    EXPECT_LT(difference(landed, end).mean, 3.0);
    // Jinan pulses (01-01's focus city) during the hold: 0.5 s apart some pixels change much; in
    // 02-00's hold (no spotlight) nothing moves but the encoder's noise.
    const Difference pulse =
        difference(frameOf(e.path, quotation->holdFrom), frameOf(e.path, quotation->holdFrom + 5));
    const Difference still =
        difference(frameOf(e.path, zones->holdFrom + 2), frameOf(e.path, zones->holdFrom + 7));
    EXPECT_GT(pulse.max, 60) << "the focus city's pulse does not run on the video's clock";
    EXPECT_LT(still.max, 40);
    EXPECT_LT(still.mean, 0.5);
}

// The MD5 of every decoded frame of `video`, in order.
std::vector<std::string> frameHashes(const std::string& video) {
    const auto r = run("ffmpeg -hide_banner -v error -i " + quote(video) + " -f framemd5 -", 120);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::vector<std::string> out;
    std::istringstream lines(r.out);
    std::string line;
    while (std::getline(lines, line))
        if (!line.empty() && line[0] != '#')
            out.push_back(line.substr(line.rfind(',') + 1));
    return out;
}

TEST(Video, StillFramesAreSentAgainUnchanged) {
    if (!haveFfmpeg())
        GTEST_SKIP() << "ffmpeg not installed (apt-get install ffmpeg)";
    // A held frame that stands still is drawn once and sent again: the video is the one that
    // drawing every frame makes (AIMAP_VIDEO_DRAW_ALL), frame for frame.
    const Export& e = exampleVideo();
    ASSERT_EQ(e.run.exitCode, 0) << e.run.err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(e.run.out, m, std::regex(R"((\d+) frames still)"))) << e.run.out;
    EXPECT_GT(std::stoul(m[1]), e.frames / 10); // scene 2's holds at least
    const std::string all = tmp("all.mp4");
    const auto r = run("env AIMAP_VIDEO_DRAW_ALL=1 " + quote(kExe) + " --talk " + quote(kTalk) +
                           " --export-video " + quote(all) + " --size 640x360 --fps " +
                           std::to_string(kFps) + " --hold-seconds 1",
                       240);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find(" 0 frames still"), std::string::npos) << r.out;
    const auto a = frameHashes(e.path), b = frameHashes(all);
    ASSERT_EQ(a.size(), e.frames);
    ASSERT_EQ(b.size(), a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        ASSERT_EQ(a[i], b[i]) << "frame " << i << " of " << a.size();
}

TEST(Video, SceneStartsTheVideoAtThatFrame) {
    if (!haveFfmpeg())
        GTEST_SKIP() << "ffmpeg not installed (apt-get install ffmpeg)";
    const std::string out = tmp("scene4.mp4");
    const auto r = run(quote(kExe) + " --talk " + quote(kTalk) + " --export-video " + quote(out) +
                           " --scene 4.1 --size 320x240 --fps 5 --hold-seconds 0.4",
                       120);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::size_t frames = 0;
    const auto clips = parsePlan(r.out, frames);
    ASSERT_EQ(clips.size(), 2u) << r.out;
    EXPECT_EQ(clips[0].name, "04-01");
    EXPECT_EQ(clips[0].first, 0u);
    EXPECT_EQ(clips[1].name, "04-02");
    EXPECT_EQ(frames, 4u); // two holds of two frames: no flight within scene 4
}

TEST(Video, AnOddSizeExitsTwoNamingTheNearestValidSize) {
    const std::string out = tmp("odd.mp4");
    const auto r = run(quote(kExe) + " --talk " + quote(kTalk) + " --export-video " + quote(out) +
                       " --size 641x361");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--size 640x360"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out));
    const auto big = run(quote(kExe) + " --talk " + quote(kTalk) + " --export-video " + quote(out) +
                         " --size 7680x4320");
    EXPECT_EQ(big.exitCode, 2);
    EXPECT_NE(big.err.find("--size 3840x2160"), std::string::npos) << big.err;
    const auto noTalk = run(quote(kExe) + " --export-video " + quote(out));
    EXPECT_EQ(noTalk.exitCode, 2);
    EXPECT_NE(noTalk.err.find("--talk"), std::string::npos) << noTalk.err;
}

TEST(Video, WithoutFfmpegItSaysHowToInstallIt) {
    const std::string out = tmp("none.mp4");
    const std::string empty = tmp("empty-path");
    fs::create_directories(empty);
    const auto r = run("env PATH=" + quote(empty) + " " + quote(kExe) + " --talk " + quote(kTalk) +
                       " --export-video " + quote(out) + " --size 320x240");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("apt-get install ffmpeg"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out));
}

TEST(Video, AnFfmpegThatDiesIsReportedAndLeavesNoFile) {
    if (!haveFfmpeg())
        GTEST_SKIP() << "ffmpeg not installed (apt-get install ffmpeg)";
    // It reads part of the first frame and dies: aimap's next write meets a closed pipe (SIGPIPE).
    const FakeRun f = runWithFakeFfmpeg(
        "dying", "head -c 100000 >/dev/null\necho 'fake ffmpeg: out of disk space' >&2\nexit 1\n",
        "--size 640x360 --fps 10 --hold-seconds 1");
    EXPECT_EQ(f.run.exitCode, 1);
    EXPECT_NE(f.run.err.find("fake ffmpeg: out of disk space"), std::string::npos) << f.run.err;
    EXPECT_TRUE(fs::is_empty(f.dir)) << "left behind: " << filesWith(f.dir, "").front();
}

TEST(Video, AVideoThatFailsTheCheckIsNotDelivered) {
    if (!haveFfmpeg())
        GTEST_SKIP() << "ffmpeg not installed (apt-get install ffmpeg)";
    // The real ffmpeg, asked for level 4.1 instead of 5.1: ffprobe finds it out.
    const FakeRun f = runWithFakeFfmpeg(
        "level41",
        "args=()\nfor a in \"$@\"; do [[ $a == 5.1 ]] && a=4.1; args+=(\"$a\"); done\n"
        "exec /usr/bin/ffmpeg \"${args[@]}\"\n",
        "--size 320x240 --fps 2 --hold-seconds 0.5");
    EXPECT_EQ(f.run.exitCode, 1);
    EXPECT_NE(f.run.err.find("level 41, not 51"), std::string::npos) << f.run.err;
    EXPECT_TRUE(fs::is_empty(f.dir));
}
