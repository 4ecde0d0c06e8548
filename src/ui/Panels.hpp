#pragma once

// Every panel of aimap, for the app that draws them. Each panel is a function of its own small
// state that returns its own intents (what the user asked for this frame); all of them share a
// PanelFrame. A new panel is a new pair of files here, included below.

#include "ui/AboutPanel.hpp"
#include "ui/CaptionPanel.hpp"
#include "ui/CityCardPanel.hpp"
#include "ui/ClusterCardPanel.hpp"
#include "ui/ComparePanel.hpp"
#include "ui/ControlsPanel.hpp"
#include "ui/ErrorBanner.hpp"
#include "ui/KeyHelpPanel.hpp"
#include "ui/LegendPanel.hpp"
#include "ui/NationalPanel.hpp"
#include "ui/OpenDialog.hpp"
#include "ui/PanelFrame.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/ProvinceCardPanel.hpp"
#include "ui/RankListPanel.hpp"
#include "ui/SearchPanel.hpp"
#include "ui/RankingsPanel.hpp"
#include "ui/TalkEditorPanel.hpp"
#include "ui/Toast.hpp"
#include "ui/TooltipPanel.hpp"
