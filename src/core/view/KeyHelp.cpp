#include "core/view/KeyHelp.hpp"

namespace aimap {

const std::vector<KeyBinding>& keyBindings() {
    // clang-format off
    static const std::vector<KeyBinding> table{
        {KeyGroup::Map, "\xE2\x86\x90 \xE2\x86\x92 \xE2\x86\x91 \xE2\x86\x93", "pan the map", "平移地图"},
        {KeyGroup::Map, "+  -", "zoom in, out", "放大、缩小"},
        {KeyGroup::Map, "0  Home", "all of China", "显示全国"},
        {KeyGroup::Map, "Esc", "close the card, the help or the search", "关闭卡片、帮助或搜索"},
        {KeyGroup::Map, "M  Shift+M", "next, previous metric", "下一个、上一个指标"},
        {KeyGroup::Map, "Y  Shift+Y", "next, previous year", "下一年、上一年"},
        {KeyGroup::Map, "G", "group nearby markers on, off", "合并邻近标记：开、关"},
        {KeyGroup::Map, "H", "high contrast on, off", "高对比度：开、关"},
        {KeyGroup::Map, "Ctrl+L", "labels: Chinese, English, both", "标签：中文、英文、双语"},
        {KeyGroup::Map, "Ctrl+O", "open a data file", "打开数据文件"},
        {KeyGroup::Explore, "Ctrl+F  /", "search cities and provinces (Enter flies there)", "搜索城市和省份（回车前往）"},
        {KeyGroup::Explore, "T", "rankings table: \xE2\x86\x91 \xE2\x86\x93 Enter fly to a row, \xE2\x86\x90 \xE2\x86\x92 sort column, S reverse", "排名表：↑ ↓ 回车前往该行城市，← → 排序列，按键 S 反向"},
        {KeyGroup::Explore, "C  Ctrl+click", "pin the selected city to compare (2-4)", "固定所选城市以作比较（2–4 个）"},
        {KeyGroup::Explore, "N", "cities within a radius of the selected city", "所选城市周边半径内的城市"},
        {KeyGroup::Explore, "[  ]", "radius smaller, larger", "缩小、扩大半径"},
        {KeyGroup::Explore, "Ctrl+C", "copy the figure under the mouse (card, rankings row, compare) with its source", "复制鼠标所指（卡片、排名表行、对比）的数据及其来源"},
        {KeyGroup::Explore, "?  F1", "this help", "本帮助"},
        {KeyGroup::Timeline, "P", "play, pause the years", "播放、暂停年份"},
        {KeyGroup::Talk, "\xE2\x86\x92  PageDown  Space  Enter", "next step or frame", "下一步或下一页"},
        {KeyGroup::Talk, "\xE2\x86\x90  PageUp  Backspace", "previous", "上一步"},
        {KeyGroup::Talk, "Home  End", "first, last frame", "第一页、最后一页"},
        {KeyGroup::Talk, "3 Enter", "go to scene 3", "转到第 3 个场景"},
        {KeyGroup::Talk, "R", "back to the frame's view after exploring", "探索后回到本页视图"},
        {KeyGroup::Talk, "E", "edit the talk (while exploring)", "编辑演讲（探索时）"},
        {KeyGroup::Talk, "Esc", "leave the presentation", "退出演示"},
        {KeyGroup::Stage, "F5  F", "full screen on, off", "全屏：开、关"},
        {KeyGroup::Stage, "B  .", "black screen", "黑屏"},
        {KeyGroup::Stage, "W  ,", "white screen", "白屏"},
        {KeyGroup::Stage, "L", "lock the mouse (a clicker only)", "锁定鼠标（仅用翻页笔）"},
    };
    // clang-format on
    return table;
}

const char* keyGroupTitle(KeyGroup group, UiLanguage lang) {
    const bool zh = lang == UiLanguage::Zh;
    switch (group) {
    case KeyGroup::Map:
        return zh ? "地图" : "The map";
    case KeyGroup::Explore:
        return zh ? "探索" : "Exploring";
    case KeyGroup::Timeline:
        return zh ? "时间轴" : "Timeline";
    case KeyGroup::Talk:
        return zh ? "演讲" : "A talk";
    case KeyGroup::Stage:
        return zh ? "舞台" : "On stage";
    }
    return "";
}

} // namespace aimap
