package org.tablebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.tablebook.app.AppContext;
import org.tablebook.app.DataFolders;
import org.tablebook.app.TablebookApp;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.domain.sample.StressNegotiation;
import org.tablebook.testing.Edits;
import org.tablebook.testing.RunningApp;
import org.tablebook.ui.shell.Section;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The longest JavaFX pulse of a scripted session on the stress file, in a process of its own
 * (started by {@link Bench}): the app opens a copy of the stress file, every section is shown in
 * turn, five actions are taken (passes logged on the Demands section, the committee's decisions
 * recorded on the Sidebars section) and the last is undone. An {@link AnimationTimer} runs
 * throughout, so the JavaFX thread is asked for a frame every 16 ms; the longest time between two
 * frames, once the window is on screen, is the longest the thread was busy without drawing, whether
 * in a pulse (CSS, layout, cells) or in work run on it between pulses. Prints one line per step with
 * its longest gap and the time of day it began (to find it in a profile), then
 * {@code Longest pulse: N ms (step)}.
 *
 * <p>Arguments: the data folder (its default file is the copy of the stress file) and the stress file.
 */
public final class PulseSession {
    /** How long each step is left to settle after it is done, so its late pulses count for it. */
    private static final long SETTLE_MS = 600;

    private final Map<String, Long> longestByStep = new LinkedHashMap<>();
    /**
     * The most CPU time the JavaFX thread used between two frames in each step: what the thread did
     * itself, which a busy machine does not stretch as it stretches the wall time.
     */
    private final Map<String, Long> mostCpuByStep = new LinkedHashMap<>();
    /** When each step's longest time between two frames began, to find it in a profile of the session. */
    private final Map<String, java.time.LocalTime> longestFromByStep = new LinkedHashMap<>();
    private volatile String step = "open";
    private long last;
    private long lastCpu;

    private PulseSession() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Files.createDirectories(data);
        Files.copy(Path.of(args[1]), new DataFolders(data).defaultFile());
        RunningApp.userName(data, "Dana Reyes");
        new PulseSession().run(data);
        System.exit(0);
    }

    private void run(Path data) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AnimationTimer timer = timer(stage);
        WaitForAsyncUtils.asyncFx(timer::start).get();
        TablebookApp app = RunningApp.start(data, Clock.systemDefaultZone());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !app.viewModel().checkingProperty().get());
        settle();
        for (Section s : Section.values()) {
            step("show " + s.name());
            WaitForAsyncUtils.asyncFx(() -> app.viewModel().sectionProperty().set(s)).get();
            settle();
        }
        NegotiationDocument document = app.context().document();
        Iterator<StressNegotiation.Edit> edits = StressNegotiation.edits(document.snapshot(), 7, StressFile.CLOCK);
        for (int i = 0; i < 5; i++) {
            boolean pass = i % 2 == 0;
            StressNegotiation.Edit edit = next(edits, pass ? "Log a pass" : "Record the committee's decisions");
            step((pass ? "Log a pass" : "Record decisions") + " (action " + (i + 1) + ")");
            Section section = pass ? Section.DEMANDS : Section.SIDEBARS;
            WaitForAsyncUtils.asyncFx(() -> app.viewModel().sectionProperty().set(section)).get();
            await(done -> document.change(edit.label(), w -> {
                Edits.apply(w, edit);
                return null;
            }, r -> done.accept(null), e -> {
                throw new IllegalStateException(e);
            }));
            settle();
        }
        step("undo");
        await(done -> document.undo(label -> done.accept(label.orElseThrow()), e -> {
            throw new IllegalStateException(e);
        }));
        settle();
        WaitForAsyncUtils.asyncFx(timer::stop).get();
        Map.Entry<String, Long> worst = longestByStep.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow();
        longestByStep.forEach((s, ms) -> System.out.printf(
                "  %-40s longest pulse %d ms (%d ms of the thread's CPU) from %s%n",
                s, ms, mostCpuByStep.getOrDefault(s, 0L), longestFromByStep.get(s)));
        System.out.printf("Longest pulse: %d ms (%s)%n", worst.getValue(), worst.getKey());
        RunningApp.stopAll(app);
    }

    /** Names the step now under way; says when it began, to find it in a profile of the session. */
    private void step(String name) {
        step = name;
        System.out.println("  step " + name + " from " + java.time.LocalTime.now());
    }

    /** Records the time between frames, from the first frame with the window on screen. */
    private AnimationTimer timer(Stage stage) {
        return new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                if (!stage.isShowing()) {
                    last = 0;
                    return;
                }
                if (last != 0) {
                    long gap = (t - last) / 1_000_000;
                    if (gap > longestByStep.getOrDefault(step, -1L)) {
                        longestFromByStep.put(step, java.time.LocalTime.now().minusNanos(t - last));
                    }
                    longestByStep.merge(step, gap, Math::max);
                    mostCpuByStep.merge(step, (cpu - lastCpu) / 1_000_000, Math::max);
                }
                last = t;
                lastCpu = cpu;
            }
        };
    }

    /** Starts the work on the JavaFX thread and waits until it reports done. */
    private static void await(Consumer<Consumer<Object>> work) throws Exception {
        CompletableFuture<Object> done = new CompletableFuture<>();
        Platform.runLater(() -> work.accept(done::complete));
        done.get(120, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(SETTLE_MS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static StressNegotiation.Edit next(Iterator<StressNegotiation.Edit> edits, String prefix) {
        while (true) {
            StressNegotiation.Edit e = edits.next();
            if (e.label().startsWith(prefix)) {
                return e;
            }
        }
    }
}
