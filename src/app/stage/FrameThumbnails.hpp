#pragma once

#include "app/Viewer.hpp"
#include "core/talk/Talk.hpp"
#include "core/talk/TalkCursor.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// The presenter view's pictures of the talk's frames (issue 15): each frame as the audience
/// view shows it once settled, drawn offscreen by a viewer of its own (the audience's viewer is
/// never moved to draw them), at the audience window's size and then scaled down.
///
/// Made one at a time (make()), between frames of the audience's window, when nothing moves on
/// it: a picture costs a few frames of drawing (docs/talks.md, "Two screens", has the
/// measured cost), which a still map hides and a flight would not. Made again when what they
/// show changes: the talk (edited in the viewer), the data (reloaded), the palette, the size.
class FrameThumbnails {
public:
    FrameThumbnails(LiveData& data, StaticMap& map);
    FrameThumbnails(const FrameThumbnails&) = delete;
    FrameThumbnails& operator=(const FrameThumbnails&) = delete;
    ~FrameThumbnails();

    /// The offscreen images and the viewer's graphics (fonts, shader, panels); false (said on
    /// stderr) when they cannot be made. Leaves the GL and ImGui contexts it found current
    /// inactive: the caller makes its window active again.
    bool start(const std::string& root, const UiScaleSetting& uiScale);

    /// Works towards the first missing picture of `order` (thumbnailOrder: now, next, then
    /// onward) for `talk` shown on the audience's `size` in pixels: shows that frame on its
    /// viewer, or, once the frame's cluster layer is built (on the worker thread), draws it.
    /// True when it did either (it then used its own GL context: make the window's active
    /// again). `provinces`: the province boxes of the talk's "fit" cameras.
    bool make(const std::shared_ptr<const Talk>& talk, const std::map<std::string, Box>& provinces,
              const std::vector<TalkPosition>& order, sf::Vector2u size);

    /// The picture of frame `at`, or null while it is not made.
    const sf::Image* picture(TalkPosition at) const;
    /// Changes whenever a picture is made or all are dropped.
    std::size_t generation() const { return m_generation; }
    /// Pictures made since start (the UI dump), and the milliseconds each took.
    const std::vector<double>& milliseconds() const { return m_ms; }

private:
    struct Key {
        const Talk* talk = nullptr;
        const Dataset* data = nullptr;
        int palette = 0;
        sf::Vector2u size;
        bool operator==(const Key& o) const {
            return talk == o.talk && data == o.data && palette == o.palette && size == o.size;
        }
    };
    LiveData& m_data;
    Viewer m_viewer;
    bool m_started = false;
    sf::RenderTexture m_full;  ///< the picture's size times kSamples
    sf::RenderTexture m_small; ///< the picture's size
    sf::Vector2u m_audience;   ///< the audience window's size the pictures are made for
    Key m_key;
    std::map<std::pair<std::size_t, std::size_t>, sf::Image> m_pictures;
    std::size_t m_generation = 0;
    std::vector<double> m_ms;

    std::optional<TalkPosition> m_pending; ///< shown on the viewer, waiting for its clusters
    int m_pendingChecks = 0;

    bool resize(sf::Vector2u audience);
    /// Shows frame `at` on the viewer and starts its cluster layer.
    void show(const Talk& talk, const std::map<std::string, Box>& provinces, TalkPosition at);
    /// Draws the frame shown, settled, and keeps its picture.
    void capture(TalkPosition at);
};

} // namespace aimap
