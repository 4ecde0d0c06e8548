#pragma once

#include "core/data/CardSource.hpp"
#include "core/i18n/UiText.hpp"

#include <string>

namespace aimap {

struct Dataset;
struct NationalFigure;
struct Quotation;

// The words of the cards that both the ImGui panels (ui/) and the slides' cards
// (core/display/AudienceCard) write: one place, so that a slide says what the window says.

/// "济南  Jinan": both names when both exist, else the one there is.
std::string cityTitle(const std::string& zh, const std::string& en);
/// "AI enterprises (count)": a metric's label with its unit (unitText(): "(个)" in Chinese).
std::string labelWithUnit(const std::string& label, const std::string& unit,
                          UiLanguage lang = UiLanguage::En);
/// A source as a card lists it: "[S01] title, publisher, date (quality A)", in `lang`.
std::string cardSourceLine(const CardSource& s, UiLanguage lang);
/// A source as the cluster card lists its members' sources: "[S01] publisher, title, date".
std::string memberSourceLine(const Dataset& ds, const std::string& id, UiLanguage lang);
/// A national figure's line: "Global AI industry (global), 2020: 156.6 bn USD".
std::string nationalFigureLine(const NationalFigure& f, UiLanguage lang);
/// The cities a dataset's quotation names: "names: 济南  Jinan; 上海  Shanghai".
std::string quotationNamesLine(const Dataset& ds, const Quotation& q, UiLanguage lang);

} // namespace aimap
