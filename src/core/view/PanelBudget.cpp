#include "core/view/PanelBudget.hpp"

#include <algorithm>

namespace aimap {

double coveredArea(const std::vector<Box>& rects, const Box& window) {
    // Few rects (the panels of a frame): sweep the distinct x intervals, and in each sum the
    // union of the y intervals of the rects that span it.
    std::vector<Box> clipped;
    std::vector<double> xs;
    for (const Box& r : rects) {
        const Box c{{std::max(r.min.x, window.min.x), std::max(r.min.y, window.min.y)},
                    {std::min(r.max.x, window.max.x), std::min(r.max.y, window.max.y)}};
        if (c.min.x >= c.max.x || c.min.y >= c.max.y)
            continue;
        clipped.push_back(c);
        xs.push_back(c.min.x);
        xs.push_back(c.max.x);
    }
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    double area = 0;
    std::vector<std::pair<double, double>> ys;
    for (std::size_t i = 0; i + 1 < xs.size(); ++i) {
        const double x0 = xs[i], x1 = xs[i + 1];
        ys.clear();
        for (const Box& c : clipped)
            if (c.min.x <= x0 && c.max.x >= x1)
                ys.emplace_back(c.min.y, c.max.y);
        std::sort(ys.begin(), ys.end());
        double covered = 0, top = -1e300;
        for (const auto& [a, b] : ys) {
            const double from = std::max(a, top);
            if (b > from)
                covered += b - from;
            top = std::max(top, b);
        }
        area += covered * (x1 - x0);
    }
    return area;
}

double coveredShare(const std::vector<Box>& rects, const Box& window) {
    const double total = (window.max.x - window.min.x) * (window.max.y - window.min.y);
    return total > 0 ? coveredArea(rects, window) / total : 0;
}

double cardMaxHeight(const Box& window, double cardWidth, double margin,
                     const std::vector<Box>& placed, double minHeight) {
    const double w = window.max.x - window.min.x;
    const double h = window.max.y - window.min.y;
    const double full = std::max(0.0, h - 2 * margin);
    if (cardWidth <= 0)
        return full;
    const double budget = (1 - kMapShareWithCard) * w * h - coveredArea(placed, window);
    return std::min(full, std::max(std::min(minHeight, full), budget / cardWidth));
}

} // namespace aimap
