#include "ui/AboutPanel.hpp"

#include "core/data/TextDecoding.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>

namespace aimap {

AboutIntents drawAbout(const AboutState& st, PanelFrame& frame) {
    AboutIntents out;
    if (!st.show)
        return out;
    const Dataset& ds = *st.dataset;
    const float s = frame.uiScale;
    const UiLanguage lang = frame.language;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(720 * s, 560 * s), ImGuiCond_Appearing);
    bool open = true;
    ImGui::Begin((std::string(tr(Tx::AboutTitle, lang)) + "###about").c_str(), &open,
                 ImGuiWindowFlags_NoCollapse);
    ImGui::TextUnformatted(tr(Tx::Dataset, lang));
    wrapped(ds.title);
    // Regression (issue 14): "... (cited figures) (cited)": the kind is its own line.
    dimWrapped(ds.kind == "cited"       ? std::string(tr(Tx::KindCited, lang))
               : ds.kind == "synthetic" ? std::string(tr(Tx::KindSynthetic, lang))
               : ds.kind == "example"   ? std::string(tr(Tx::KindExample, lang))
                                        : tr(Tx::KindOther, lang, {ds.kind}));
    if (!ds.description.empty())
        dimWrapped(ds.description);
    for (const auto& c : ds.caveats)
        dimWrapped("\xE2\x80\xA2 " + c);
    if (!ds.qualityScale.empty()) {
        ImGui::Separator();
        ImGui::TextUnformatted(tr(Tx::QualityGrades, lang));
        for (const auto& [grade, meaning] : ds.qualityScale)
            wrapped(grade + ": " + meaning);
    }
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Tx::MapData, lang));
    for (const auto& a : st.attributions) {
        wrapped("\xE2\x80\xA2 " + a.title + " (" + a.licence + ")");
        dimWrapped("  " + a.text);
    }
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Tx::FigureSources, lang));
    for (const auto& src : ds.sources) {
        ImGui::PushID(src.id.c_str());
        wrapped("[" + src.id + "] " + src.title);
        // URLs as a browser shows them: "zh/科技部…", not "zh/%E7%A7%91%E6%8A%80…".
        dimWrapped("  " + tr(Tx::SourceLine, lang,
                             {src.publisher, src.date, src.quality, readableUrl(src.url)}));
        ImGui::PopID();
    }
    frame.recordWindow();
    ImGui::End();
    out.close = !open;
    return out;
}

} // namespace aimap
