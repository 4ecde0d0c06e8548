#include "core/talk/TalkEditing.hpp"

#include <algorithm>
#include <utility>

namespace aimap {

TalkScene sceneFromView(const ViewState& view, LonLat centre, double zoom, const TalkCards& cards,
                        std::size_t number) {
    TalkScene s;
    s.title = "Scene " + std::to_string(number);
    s.view = view;
    s.camera.kind = TalkCamera::Kind::Centre;
    s.camera.centre = centre;
    s.camera.zoom = zoom;
    s.cards = cards;
    if (!view.selectedCity) // a card is of the selected city
        s.cards.city = s.cards.cluster = false;
    return s;
}

std::size_t insertScene(Talk& talk, std::size_t after, TalkScene scene) {
    const std::size_t at = after < talk.scenes.size() ? after + 1 : talk.scenes.size();
    talk.scenes.insert(talk.scenes.begin() + static_cast<std::ptrdiff_t>(at), std::move(scene));
    return at;
}

std::size_t moveScene(Talk& talk, std::size_t i, int delta) {
    if (i >= talk.scenes.size())
        return talk.scenes.empty() ? 0 : talk.scenes.size() - 1;
    if (delta < 0 && i > 0) {
        std::swap(talk.scenes[i], talk.scenes[i - 1]);
        return i - 1;
    }
    if (delta > 0 && i + 1 < talk.scenes.size()) {
        std::swap(talk.scenes[i], talk.scenes[i + 1]);
        return i + 1;
    }
    return i;
}

std::size_t removeScene(Talk& talk, std::size_t i) {
    if (talk.scenes.size() <= 1 || i >= talk.scenes.size())
        return std::min(i, talk.scenes.empty() ? 0 : talk.scenes.size() - 1);
    talk.scenes.erase(talk.scenes.begin() + static_cast<std::ptrdiff_t>(i));
    return std::min(i, talk.scenes.size() - 1);
}

} // namespace aimap
