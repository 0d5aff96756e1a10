package org.tablebook.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.ui.shell.MainWindowViewModel;
import org.tablebook.ui.shell.Section;

/**
 * Measures and rehearses start-up, for packaging. Started with {@code -Dtablebook.startup=MODE}:
 * <ul>
 * <li>{@code report}: prints how long the JVM took to show the window and then the negotiation;</li>
 * <li>{@code exit}: the same, then quits (start-up timings, one run at a time);</li>
 * <li>{@code training}: opens the sample negotiation, shows every section once, prints, quits.
 * Run with {@code -XX:ArchiveClassesAtExit}, it leaves a class-data archive of what a real start
 * loads (see packaging/build.sh). Use a fresh data folder with a user name set.</li>
 * </ul>
 * Times are the JVM's uptime, so they include the JVM's own start but not the launcher's; the CPU
 * time the process used by then is printed too, as it depends less on what else the machine runs.
 */
final class StartupProbe {
    static final String PROPERTY = "tablebook.startup";

    enum Mode {
        REPORT, EXIT, TRAINING
    }

    private final Mode mode;
    private final Stage stage;
    private final MainWindowViewModel viewModel;
    private long windowShownAt = -1;

    private StartupProbe(Mode mode, Stage stage, MainWindowViewModel viewModel) {
        this.mode = mode;
        this.stage = stage;
        this.viewModel = viewModel;
    }

    static Optional<Mode> requested() {
        String value = System.getProperty(PROPERTY, "").strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Mode.values()).filter(m -> m.name().equals(value)).findFirst();
    }

    /** Call before the stage is shown. */
    static void attach(Mode mode, Stage stage, MainWindowViewModel viewModel) {
        new StartupProbe(mode, stage, viewModel).listen();
    }

    private void listen() {
        stage.setOnShown(e -> windowShownAt = uptime());
        ChangeListener<NegotiationSnapshot> first = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends NegotiationSnapshot> obs,
                    NegotiationSnapshot was, NegotiationSnapshot is) {
                if (is == null) {
                    return;
                }
                viewModel.snapshotProperty().removeListener(this);
                // One pulse later the negotiation has been laid out and drawn.
                Platform.runLater(() -> shown(uptime()));
            }
        };
        viewModel.snapshotProperty().addListener(first);
    }

    private void shown(long negotiationShownAt) {
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        System.out.println("Tablebook start-up: window shown after " + windowShownAt + " ms, negotiation shown after "
                + negotiationShownAt + " ms (JVM uptime), " + cpu + " ms of CPU.");
        switch (mode) {
            case REPORT -> {
            }
            case EXIT -> Platform.exit();
            case TRAINING -> rehearse();
        }
    }

    /** Opens the sample, then shows each section in turn, then quits. */
    private void rehearse() {
        viewModel.snapshotProperty().addListener((obs, was, is) -> {
            if (is != null && is.negotiation().title().equals(SampleNegotiation.TITLE)) {
                visitSections();
            }
        });
        if (Files.exists(viewModel.sampleFile())) {
            viewModel.open(viewModel.sampleFile());
        } else {
            viewModel.openSample();
        }
    }

    private void visitSections() {
        Iterator<Section> sections = Arrays.asList(Section.values()).iterator();
        Timeline walk = new Timeline(new KeyFrame(Duration.millis(300), e -> {
            if (sections.hasNext()) {
                viewModel.sectionProperty().set(sections.next());
            }
        }));
        walk.setCycleCount(Section.values().length + 1);
        walk.setOnFinished(e -> {
            System.out.println("Tablebook start-up training: the sample negotiation and every section were shown.");
            Platform.exit();
        });
        walk.play();
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
