// A real window and its frame loop (with --bench, --bench-load and --bench-flights timing,
// --ui-dump, and --exit-after-frames for the tests).
//
// [SECTION] waiting for the first data
// [SECTION] windows: the audience's (--audience-monitor), the presenter view
// [SECTION] a talk: resuming, the presenter's keys, authoring
// [SECTION] the frame loop: events, drawing, the presenter view, the UI dump, benchmarks
//           (--bench-timeline plays the timeline again and again)
#include "app/MonitorQuery.hpp"
#include "app/Settings.hpp"
#include "app/Viewer.hpp"
#include "app/data/LiveData.hpp"
#include "app/data/StaticMap.hpp"
#include "app/gfx/WmFullscreen.hpp"
#include "app/input/StageKeys.hpp"
#include "app/modes/BenchReport.hpp"
#include "app/modes/FlightBench.hpp"
#include "app/modes/Modes.hpp"
#include "app/modes/Presentation.hpp"
#include "app/modes/TalkAuthoring.hpp"
#include "app/modes/UiDump.hpp"
#include "app/modes/WindowMemory.hpp"
#include "app/stage/FrameThumbnails.hpp"
#include "app/stage/PresenterWindow.hpp"
#include "core/Trace.hpp"
#include "core/i18n/UiText.hpp"
#include "core/talk/PresenterModel.hpp"
#include "core/talk/TalkResume.hpp"
#include "core/view/Palette.hpp"
#include "core/view/StagePlacement.hpp"
#include "render/FontLocator.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Clock.hpp>

#include <cstdio>
#include <ctime>
#include <optional>

namespace aimap {

// [SECTION] waiting for the first data ----------------------------------------------------

namespace {

enum class InitialData { Waiting, Ready, Failed };

/// The first file's load, in frames that show the map with "loading..." meanwhile. Ready once
/// the data is there and the command line's view applied; Failed (the window closed, `exitCode`
/// set) when the file cannot be shown or the command line does not fit it.
InitialData waitForInitialData(ModeContext& ctx, sf::RenderWindow& window, int& exitCode) {
    switch (ctx.data.pollInitial()) {
    case LiveData::Initial::Waiting:
        return InitialData::Waiting;
    case LiveData::Initial::Failed:
        std::fprintf(stderr, "aimap: cannot load %s (see the messages above)\n",
                     ctx.data.path().c_str());
        window.close();
        exitCode = 1;
        return InitialData::Failed;
    case LiveData::Initial::Ready:
        break;
    }
    ctx.phases.mark("dataset_loaded");
    if (!resolveCommandLine(ctx)) {
        window.close();
        exitCode = 2;
        return InitialData::Failed;
    }
    applyCommandLineView(ctx);
    ctx.viewer.dataChanged(nullptr);
    ctx.viewer.startClusters(); // the index is built while this frame draws
    return InitialData::Ready;
}

} // namespace

int runWindowMode(ModeContext& ctx, bool deferredLoad) {
    const Options& o = ctx.options;
    Viewer& viewer = ctx.viewer;
    sf::ContextSettings settings;
    settings.antialiasingLevel = 0;
    // [SECTION] windows ----------------------------------------------------------------------
    // A talk's windows: the audience view on the monitor asked for, the presenter view on the
    // laptop's screen.
    std::optional<StagePlan> stagePlan;
    if (ctx.talk && (o.presenterView || o.audienceMonitor > 0)) {
        stagePlan =
            planStage(queryScreenLayout(),
                      o.audienceMonitor > 0 ? std::optional<int>(o.audienceMonitor) : std::nullopt,
                      o.presenterView,
                      o.sizeGiven ? std::optional<PixelSize>(PixelSize{static_cast<int>(o.width),
                                                                       static_cast<int>(o.height)})
                                  : std::nullopt);
        if (!stagePlan->error.empty()) {
            std::fprintf(stderr, "aimap: %s\n", stagePlan->error.c_str());
            return 2;
        }
    }
    const bool borderless = stagePlan && stagePlan->audienceBorderless;
    const auto style = o.fullscreen ? sf::Style::Fullscreen
                       : borderless ? sf::Style::None
                                    : sf::Style::Default;
    // On the primary monitor, centred: SFML 2.5.1 alone puts it off screen (see MonitorQuery).
    const WindowPlan plan = o.fullscreen ? WindowPlan{}
                            : stagePlan  ? stagePlan->audience
                                         : planWindowFor(o);
    const sf::VideoMode mode = o.fullscreen
                                   ? sf::VideoMode::getDesktopMode()
                                   : sf::VideoMode(plan.createSize.width, plan.createSize.height);
    sf::RenderWindow window(mode, "aimap - AI industry map of China", style, settings);
    if (!window.isOpen()) {
        std::fprintf(stderr, "aimap: cannot open a window\n");
        return 1;
    }
    if (!o.fullscreen) {
        window.setSize(
            {static_cast<unsigned>(plan.rect.width), static_cast<unsigned>(plan.rect.height)});
        window.setPosition({plan.rect.x, plan.rect.y});
    }
    // A large file's loading starts once the window exists: opening it is the first thing the
    // user waits for, and on two cores the loader slowed it by up to 80 ms.
    if (deferredLoad)
        ctx.data.startInitial(ctx.data.path());
    sf::Image icon;
    if (icon.loadFromFile(ctx.root + "/assets/icon.png"))
        window.setIcon(icon.getSize().x, icon.getSize().y, icon.getPixelsPtr());
    window.setVerticalSyncEnabled(!o.bench && !o.benchTimeline);
    window.setFramerateLimit(o.bench || o.benchTimeline ? 0 : 60);
    window.setActive(true);
    ctx.phases.mark("window_open");
    traceMark("viewer: window open");
    // The planned size: right after creation the window may still report its creation size
    // (the Resized event that follows is handled as any other).
    const sf::Vector2u size = o.fullscreen ? window.getSize()
                                           : sf::Vector2u(static_cast<unsigned>(plan.rect.width),
                                                          static_cast<unsigned>(plan.rect.height));
    viewer.setViewport({static_cast<double>(size.x), static_cast<double>(size.y)});
    ctx.data.addErrors(ctx.map.finish());
    viewer.fitChina();
    ctx.phases.mark("basemap_ready");
    WindowMemory memory(ctx); // settings: what this run took from them and leaves to the next
    if (!deferredLoad) {
        applyCommandLineView(ctx);
        memory.started();
    }
    if (!viewer.initGraphics(ctx.root))
        return 1;
    ctx.phases.mark("graphics_ready");
    std::optional<PresenterWindow> presenter;
    std::optional<FrameThumbnails> pictures; // the presenter view's pictures of the frames
    if (stagePlan && stagePlan->presenter) {
        presenter.emplace();
        if (!presenter->open(*stagePlan->presenter, findCjkFont(), viewer.uiTexts()))
            presenter.reset();
        if (presenter) {
            pictures.emplace(ctx.data, ctx.map);
            if (!pictures->start(ctx.root, viewer.uiScaleSetting()))
                pictures.reset();
        }
        (void)window.setActive(true);
    }
    const auto talkStart = std::chrono::steady_clock::now();

    FrameBench bench;
    TimelineBench timelineBench; // --bench-timeline
    bool timelineStarted = false;
    std::optional<LoadBench> loadBench;
    std::optional<ContrastBench> contrastBench;
    if (o.benchContrast > 0)
        contrastBench.emplace(o.benchContrast);
    if (!o.benchLoad.empty())
        loadBench.emplace(o.benchLoad);
    std::optional<FlightBench> flightBench;
    if (o.benchFlights > 0)
        flightBench.emplace(o.benchFlights);
    UiDump dump(o.uiDump);
    StageKeys stage; // blank screen, full screen, mouse lock
    std::optional<Presentation> talk;
    // [SECTION] a talk ---------------------------------------------------------------------
    // The running talk remembers where it is; started without --scene, it offers to resume
    // where it was left (after a crash or a restart).
    std::optional<TalkPosition> resumeAt;
    if (ctx.talk) {
        talk.emplace(ctx.talk, ctx.provinces, ctx.talkStart);
        const std::string record = talkResumePath(Settings::path());
        if (!record.empty() && !o.bench && o.benchFlights == 0) {
            talk->remember(record, o.talk);
            if (o.scene.empty())
                if (const auto r =
                        resumePoint(loadTalkResume(record), o.talk, ctx.talk->scenes.size()))
                    resumeAt = TalkPosition{r->scene, r->step};
        }
    }
    bool fullscreen = o.fullscreen;
    sf::Vector2u lastSize = size; // the window's size as it closes (settings)
    // A presenter's keys, in either window: Esc leaves full screen first (a presenter's way out),
    // then the stage keys (blank, full screen, mouse lock) and the talk's. False: for the map.
    const auto presenterKey = [&](const sf::Event& event) {
        if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Escape &&
            fullscreen && !o.fullscreen && stage.blank() == Blank::None &&
            !viewer.uiWantsKeyboard()) {
            setWmFullscreen(window.getSystemHandle(), false);
            return true;
        }
        const StageKeys::Result r = stage.handle(event, viewer.uiWantsKeyboard());
        if (r.toggleFullscreen && !o.fullscreen) {
            if (!setWmFullscreen(window.getSystemHandle(), !fullscreen))
                viewer.toast(tr(Tx::NoFullscreen, viewer.panelLanguage()), 4);
        }
        if (r.toggleTimeline) // P: the timeline plays or pauses
            viewer.toggleTimeline();
        if (r.lockChanged)
            viewer.toast(
                tr(stage.locked() ? Tx::MouseLocked : Tx::MouseUnlocked, viewer.panelLanguage()));
        return r.consumed || (talk && talk->handle(event, viewer));
    };
    // Authoring the talk while exploring (E): its edits replace the talk presented.
    std::shared_ptr<const Talk> talkNow = ctx.talk;
    std::optional<TalkAuthoring> authoring;
    if (ctx.talk)
        authoring.emplace(o.talk, ctx.provinceNames);
    bool talkShown = false;
    // The audience view hides the cursor after 2 s without a mouse move (and on a blank screen).
    sf::Clock mouseIdle;
    bool cursorShown = true;
    double firstFrameMs = -1;
    sf::Clock clock;
    sf::Clock inputClock; // since the last event
    int frame = 0;
    bool dataReady = !deferredLoad;
    // [SECTION] the frame loop --------------------------------------------------------------
    while (window.isOpen()) {
        const double cpu0 = threadCpuMs();
        const auto wall0 = std::chrono::steady_clock::now();
        sf::Event event;
        viewer.beginEvents();
        while (window.pollEvent(event)) {
            if (!dataReady && event.type != sf::Event::Closed)
                continue; // still loading: only closing the window means anything
            if (!dataReady) {
                window.close();
                continue;
            }
            if (event.type == sf::Event::Resized) {
                fullscreen = o.fullscreen || isWmFullscreen(window.getSystemHandle());
                lastSize = {event.size.width, event.size.height};
            }
            if (event.type == sf::Event::MouseMoved || event.type == sf::Event::MouseButtonPressed)
                mouseIdle.restart();
            if (authoring && talk && !talk->active() && event.type == sf::Event::KeyPressed &&
                event.key.code == sf::Keyboard::E && !viewer.uiWantsKeyboard())
                authoring->setOpen(!authoring->isOpen());
            else if (!presenterKey(event) && !viewer.searchKey(event) &&
                     !viewer.rankingsKey(event))
                viewer.handleEvent(event, window);
            inputClock.restart();
        }
        // The presenter view's keys drive the talk as the audience window's do.
        if (presenter)
            presenter->pollEvents([&](const sf::Event& e) {
                presenterKey(e);
                inputClock.restart();
            });
        if (!window.isOpen())
            break;
        if (!dataReady) {
            int exitCode = 0;
            const InitialData initial = waitForInitialData(ctx, window, exitCode);
            if (initial == InitialData::Failed)
                return exitCode;
            dataReady = initial == InitialData::Ready;
            if (dataReady)
                memory.started();
        }
        if (!dataReady) {
            if (frame > 0) // the first frame is what the user waits for
                viewer.prewarmLabels(6.0);
            viewer.drawLoadingFrame(window);
            window.display();
            if (frame == 0) {
                firstFrameMs = msSinceProcessStart();
                traceMark("viewer: first frame shown");
            }
            // The loader needs the CPU more than this still picture needs 60 frames a second;
            // the wait ends as soon as the data is there.
            ctx.data.waitForInitial(std::chrono::milliseconds(50));
            ++frame;
            continue;
        }
        if (loadBench && frame == 10) {
            loadBench->requested();
            viewer.openFile(o.benchLoad);
        }
        const bool loadingBefore = ctx.data.loading();
        viewer.pollData();
        if (loadBench && loadingBefore && !ctx.data.loading())
            loadBench->adopted(frame);
        const auto switched = std::chrono::steady_clock::now();
        if (contrastBench && contrastBench->switchNow())
            viewer.setPalette(theme().palette == Palette::Normal ? Palette::HighContrast
                                                                 : Palette::Normal);
        viewer.rebuildFontIfNeeded();
        if (ctx.data.loading())
            viewer.prewarmLabels(6.0);
        const bool panPhase = o.bench && frame > o.benchFrames;
        if (panPhase)
            viewer.panPixels({1.0, 0.5}); // worst case: borders rebuilt every frame
        if (viewer.hasPendingCluster() && viewer.clustersOnScreen() &&
            !viewer.selectPendingCluster(FrameMode{}))
            std::fprintf(stderr,
                         "aimap: no cluster holds the marker of '%s' at this zoom "
                         "(--select-cluster)\n",
                         o.selectCluster.c_str());
        if (talk && !talkShown) { // scene 1 at once, once the data and camera are there
            talk->show(viewer, false);
            if (resumeAt)
                talk->offerResume(*resumeAt, viewer);
            talkShown = true;
        }
        if (!timelineStarted) { // --timeline FROM:TO
            startCommandLineTimeline(ctx);
            timelineStarted = true;
        }
        // --bench-timeline: the metric's years played again and again, after 10 frames to settle.
        const bool timelinePhase = o.benchTimeline && frame >= 10;
        if (timelinePhase && !viewer.timelineMoving())
            viewer.toggleTimeline();
        const bool timelineTransition = timelinePhase && viewer.timeline().frame().transitioning();
        const bool showCursor =
            stage.blank() == Blank::None &&
            !(talk && talk->active() && mouseIdle.getElapsedTime() > sf::seconds(2));
        if (showCursor != cursorShown) {
            window.setMouseCursorVisible(showCursor);
            cursorShown = showCursor;
        }
        if (flightBench)
            if (const auto to =
                    flightBench->next(viewer.flying(), viewer.pose(), viewer.fitScale()))
                viewer.flyTo(*to);
        const bool flying = viewer.flying(); // this frame is drawn in flight
        if (authoring)
            authoring->feed(viewer, *talkNow);
        if (stage.blank() == Blank::None) {
            viewer.drawFrame(window, clock.restart().asSeconds(), FrameMode{});
            std::optional<std::size_t> presentAt;
            if (authoring &&
                authoring->apply(viewer.takeTalkEditorIntents(), viewer, talkNow, presentAt))
                talk->replaceTalk(talkNow);
            if (authoring && presentAt) {
                authoring->setOpen(false);
                talk->presentFrom(*presentAt, viewer);
            }
        } else { // the presenter blanked the screen: nothing of the map, no cursor
            clock.restart();
            window.clear(stage.blank() == Blank::Black ? sf::Color::Black : sf::Color::White);
        }
        window.display();
        if (presenter && talk) {
            // One picture of a frame for the presenter view, while nothing moves on the
            // audience's screen (a picture takes a few frames' drawing; a still map hides that).
            if (pictures && presenter->isOpen() && !viewer.flying() && !viewer.timelineMoving() &&
                inputClock.getElapsedTime() > sf::milliseconds(300) &&
                pictures->make(talkNow, ctx.provinces, thumbnailOrder(*talkNow, talk->position()),
                               window.getSize()))
                (void)window.setActive(true);
            const std::time_t now = std::time(nullptr);
            std::tm local{};
            localtime_r(&now, &local);
            const double elapsed =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - talkStart).count();
            const PresenterModel model =
                presenterModel(talk->talk(), *ctx.data.dataset(), talk->position(), elapsed,
                               local.tm_hour * 60 + local.tm_min, viewer.panelLanguage());
            PresenterWindow::Pictures shown;
            if (pictures) {
                shown.now = pictures->picture(model.now);
                shown.next = model.next ? pictures->picture(*model.next) : nullptr;
                shown.generation = pictures->generation();
            }
            presenter->draw(model, stagePlan->presenterShares, viewer.panelLanguage(), shown);
        }
        const double cpu = threadCpuMs() - cpu0;
        const double wall =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall0)
                .count();
        if (firstFrameMs < 0)
            firstFrameMs = msSinceProcessStart();
        else if (o.bench)
            bench.add(panPhase, cpu, wall);
        if (timelinePhase) {
            timelineBench.add(timelineTransition, cpu, wall);
            if (static_cast<int>(timelineBench.frames()) >= o.benchFrames)
                window.close();
        }
        if (loadBench)
            loadBench->frame(frame, wall, viewer.clustersSettled());
        if (flightBench)
            flightBench->frame(flying, cpu, wall);
        if (contrastBench) // from the switch on (the ImGui style is restyled before the frame)
            contrastBench->frame(std::chrono::duration<double, std::milli>(
                                     std::chrono::steady_clock::now() - switched)
                                     .count());
        if (dump.enabled()) { // tests only: nothing built per frame otherwise
            nlohmann::json extra{{"blank", stage.blank() == Blank::None ? nlohmann::json(nullptr)
                                           : stage.blank() == Blank::Black
                                               ? nlohmann::json("black")
                                               : nlohmann::json("white")},
                                 {"input_locked", stage.locked()},
                                 {"fullscreen", fullscreen},
                                 {"cursor_visible", cursorShown},
                                 {"presenting", false}};
            const sf::Vector2i at = window.getPosition();
            extra["window_rect"] = {at.x, at.y, window.getSize().x, window.getSize().y};
            if (presenter && presenter->isOpen()) {
                const PixelRect r = presenter->rect();
                const PresenterModel& m = presenter->shown();
                extra["presenter"] = {{"rect", {r.x, r.y, r.width, r.height}},
                                      {"position", m.position},
                                      {"now", m.nowCaption},
                                      {"next", m.nextHeading},
                                      {"next_caption", m.nextCaption},
                                      {"notes", m.notes},
                                      {"time", m.time},
                                      {"frames", presenter->frames()}};
                // The pictures of the frames: where they are in the presenter's window, whether
                // each is drawn, and what each took to make (milliseconds).
                const auto boxOf = [](const Box& b) {
                    return nlohmann::json::array(
                        {b.min.x, b.min.y, b.max.x - b.min.x, b.max.y - b.min.y});
                };
                extra["presenter"]["pictures"] = {
                    {"now", presenter->nowPictureShown()},
                    {"next", presenter->nextPictureShown()},
                    {"now_box", boxOf(presenter->pictureBoxes().now)},
                    {"next_box", boxOf(presenter->pictureBoxes().next)},
                    {"made_ms", pictures ? nlohmann::json(pictures->milliseconds())
                                         : nlohmann::json::array()}};
            } else {
                extra["presenter"] = nullptr;
            }
            if (talk)
                extra.update(talk->dump(viewer));
            if (authoring)
                extra["talk_editor"] = {
                    {"open", authoring->isOpen()},      {"selected", authoring->selected()},
                    {"scenes", talkNow->scenes.size()}, {"unsaved", authoring->unsaved()},
                    {"status", authoring->status()},    {"buttons", nlohmann::json::object()}};
            if (authoring)
                for (const auto& [name, box] : authoring->buttons())
                    extra["talk_editor"]["buttons"][name] = {(box.min.x + box.max.x) / 2,
                                                             (box.min.y + box.max.y) / 2};
            dump.write(viewer, ctx.data, extra);
        }
        ++frame;
        if (loadBench && loadBench->done(frame, ctx.data.loadFailed())) {
            window.close();
            loadBench->print(!ctx.data.loadFailed());
        }
        if (o.exitAfterFrames >= 0 && frame >= o.exitAfterFrames)
            window.close();
        if (contrastBench && contrastBench->done()) {
            window.close();
            contrastBench->print();
        }
        if (flightBench && flightBench->done()) {
            flightBench->print(window.getSize().x, window.getSize().y);
            window.close();
        }
        // While a file loads or clusters are indexed in the background and nobody touches the
        // map (nothing moves), the picture does not change: ten frames a second leave the CPU to
        // the worker (on a two-core laptop with software GL, a full-speed render loop halves its
        // speed). Any input brings back full speed at once; the wait ends when the work does.
        if (!viewer.flying() && !viewer.timelineMoving() &&
            inputClock.getElapsedTime() > sf::milliseconds(300))
            viewer.waitForWork(std::chrono::milliseconds(90));
        if (o.bench && frame > 2 * o.benchFrames) {
            bench.setResident(residentMb()); // with the window and its GL context still alive
            window.close();
        }
    }
    memory.closing(lastSize, (!o.sizeGiven || o.sizeRemembered) && !fullscreen && !stagePlan);
    const bool shader = viewer.markerShader();
    viewer.shutdownGraphics();
    if (o.bench)
        bench.print(size.x, size.y, firstFrameMs, ctx.phases, o.benchFrames, shader);
    if (o.benchTimeline)
        timelineBench.print(size.x, size.y, viewer.timeline().years(), shader);
    return 0;
}

} // namespace aimap
