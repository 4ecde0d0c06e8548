#include "core/view/StagePlacement.hpp"

namespace aimap {

namespace {

/// A window on exactly one monitor: placeWindow on a screen made of that monitor alone, then
/// moved back into the real screen's coordinates; created with SFML's safe height for the real
/// screen.
WindowPlan planOn(const ScreenLayout& screen, const PixelRect& monitor,
                  std::optional<PixelSize> requested) {
    ScreenLayout alone;
    alone.width = monitor.width;
    alone.height = monitor.height;
    alone.monitors.push_back({{0, 0, monitor.width, monitor.height}, true});
    WindowPlan plan;
    plan.rect = placeWindow(alone, requested);
    plan.rect.x += monitor.x;
    plan.rect.y += monitor.y;
    plan.createSize = {plan.rect.width,
                       sfmlSafeCreationHeight(screen.width, screen.height, plan.rect.height)};
    return plan;
}

bool usable(const Monitor& m) {
    return m.area.width > 0 && m.area.height > 0;
}

} // namespace

std::string describeMonitors(const ScreenLayout& screen) {
    std::string out;
    for (std::size_t i = 0; i < screen.monitors.size(); ++i) {
        const Monitor& m = screen.monitors[i];
        if (!out.empty())
            out += "; ";
        out += std::to_string(i + 1) + ": " + std::to_string(m.area.width) + "x" +
               std::to_string(m.area.height) + " at " + std::to_string(m.area.x) + "," +
               std::to_string(m.area.y) + (m.primary ? " (primary)" : "");
    }
    return out.empty() ? "no monitors (the window system lists none)" : out;
}

StagePlan planStage(const ScreenLayout& screen, std::optional<int> audienceMonitor,
                    bool presenterView, std::optional<PixelSize> requested) {
    StagePlan plan;
    std::optional<std::size_t> audience;
    if (audienceMonitor) {
        const int n = *audienceMonitor;
        if (n < 1 || static_cast<std::size_t>(n) > screen.monitors.size() ||
            !usable(screen.monitors[static_cast<std::size_t>(n) - 1])) {
            plan.error = "--audience-monitor " + std::to_string(n) + ": no such monitor; " +
                         describeMonitors(screen);
            return plan;
        }
        audience = static_cast<std::size_t>(n) - 1;
        const PixelRect& area = screen.monitors[*audience].area;
        plan.audience.rect = area;
        plan.audience.createSize = {
            area.width, sfmlSafeCreationHeight(screen.width, screen.height, area.height)};
        plan.audienceBorderless = true;
    } else {
        plan.audience = planWindow(screen, requested);
        // The monitor it opens on (the one holding its centre).
        const int cx = plan.audience.rect.x + plan.audience.rect.width / 2;
        const int cy = plan.audience.rect.y + plan.audience.rect.height / 2;
        for (std::size_t i = 0; i < screen.monitors.size() && !audience; ++i) {
            const PixelRect& a = screen.monitors[i].area;
            if (cx >= a.x && cx < a.x + a.width && cy >= a.y && cy < a.y + a.height)
                audience = i;
        }
    }
    if (!presenterView)
        return plan;
    // The laptop's screen: the primary monitor, unless the audience has it.
    std::optional<std::size_t> target;
    for (std::size_t i = 0; i < screen.monitors.size() && !target; ++i)
        if (screen.monitors[i].primary && usable(screen.monitors[i]) && i != audience)
            target = i;
    for (std::size_t i = 0; i < screen.monitors.size() && !target; ++i)
        if (usable(screen.monitors[i]) && i != audience)
            target = i;
    if (target) {
        plan.presenter = planOn(screen, screen.monitors[*target].area, std::nullopt);
    } else {
        plan.presenterShares = true;
        plan.presenter = audience ? planOn(screen, screen.monitors[*audience].area, std::nullopt)
                                  : planWindow(screen);
    }
    return plan;
}

} // namespace aimap
