// The speaker-notes page of an exported deck.
#include "core/display/NotesPage.hpp"

#include <gtest/gtest.h>

using namespace aimap;

TEST(NotesPage, SceneTitleNotesCaptionsAndSourcesInOrderOnThePage) {
    NotesPageInput in;
    in.talkTitle = "Talk";
    in.scene = 2;
    in.scenes = 4;
    in.sceneTitle = "Pilot zones";
    in.notes = "Say this.";
    in.captions = {"First.", "Second."};
    in.sources = {"[S01] A source"};
    const DisplayList dl = notesPage(in);
    std::vector<std::string> texts;
    for (const DisplayText& t : dl[DisplayLayer::Caption].texts) {
        texts.push_back(t.utf8);
        EXPECT_LE(t.baseline.y, 1080 - 72);
    }
    EXPECT_EQ(texts, (std::vector<std::string>{"Talk", "2/4  Pilot zones", "Say this.", "1. First.",
                                               "2. Second.", "[S01] A source"}));
}

TEST(NotesPage, NotesTooLongForThePageEndInAnEllipsis) {
    NotesPageInput in;
    in.sizePx = {640, 360};
    for (int i = 0; i < 3000; ++i)
        in.notes += "word ";
    const DisplayList dl = notesPage(in);
    const auto& texts = dl[DisplayLayer::Caption].texts;
    ASSERT_FALSE(texts.empty());
    const std::string& last = texts.back().utf8;
    EXPECT_EQ(last.substr(last.size() - 4), " \xE2\x80\xA6") << last;
    for (const DisplayText& t : texts)
        EXPECT_LE(t.baseline.y, 360 - 72.0 / 3 + 1e-9);
}
