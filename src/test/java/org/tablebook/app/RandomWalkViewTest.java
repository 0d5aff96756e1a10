package org.tablebook.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tablebook.document.PreferencesStore;
import org.tablebook.testing.MutableClock;
import org.tablebook.ui.shell.Section;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seeded random walk through the window: sections, rows, typing, saving, cancelling and
 * switching files in any order, answering every question at random. Any exception nobody caught,
 * on any thread, fails the walk with its seed.
 */
class RandomWalkViewTest {
    private static final int STEPS = 40;

    @org.junit.jupiter.api.io.TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private Thread.UncaughtExceptionHandler before;
    private TablebookApp app;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        before = Thread.getDefaultUncaughtExceptionHandler();
        // In place before the app starts, so the app keeps it instead of its dialog.
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        try (PreferencesStore prefs = new PreferencesStore(dataFolder.resolve("preferences.json"))) {
            prefs.update(p -> p.withUserName("Dana Reyes"));
        }
        stage = FxToolkit.registerPrimaryStage();
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-03-10T14:00:00Z"));
        app = (TablebookApp) FxToolkit.setupApplication(
                () -> new TablebookApp(() -> new AppContext(clock, new DataFolders(dataFolder))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.viewModel().snapshotProperty().get() != null);
        Platform.runLater(() -> app.viewModel().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel().fileProperty().get() != null
                && app.viewModel().fileProperty().get().getFileName().toString().startsWith("sample"));
    }

    @AfterEach
    void stop() throws Exception {
        answerDialogs(new Random(0));
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {12L, 2026L})
    void aRandomWalkThroughEverySectionRaisesNothingUncaught(long seed) throws Exception {
        Random random = new Random(seed);
        Path sample = app.viewModel().fileProperty().get();
        Path fresh = app.context().folders().defaultFile();
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < STEPS && uncaught.isEmpty(); i++) {
            int action = random.nextInt(7);
            steps.add(action + "");
            switch (action) {
                case 0 -> {
                    Section s = Section.values()[random.nextInt(Section.values().length)];
                    Platform.runLater(() -> app.viewModel().goTo(s));
                }
                case 1 -> pick(random, TableView.class);
                case 2 -> pick(random, ListView.class);
                case 3 -> type(random);
                case 4 -> press(random, "Save");
                case 5 -> press(random, "Cancel");
                default -> {
                    Path next = random.nextBoolean() ? sample : fresh;
                    Platform.runLater(() -> app.viewModel().openRecent(next.toString()));
                }
            }
            WaitForAsyncUtils.waitForFxEvents();
            answerDialogs(random);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.viewModel().busyProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            answerDialogs(random);
        }
        assertTrue(uncaught.isEmpty(), () -> "seed " + seed + ", steps " + steps + ":\n" + traces());
    }

    private String traces() {
        StringWriter out = new StringWriter();
        synchronized (uncaught) {
            uncaught.forEach(e -> e.printStackTrace(new PrintWriter(out)));
        }
        return out.toString();
    }

    private List<Node> visible(Class<?> type) {
        List<Node> found = new ArrayList<>();
        Node work = stage.getScene() == null ? null : stage.getScene().lookup("#workArea");
        if (work != null) {
            collect(work, type, found);
        }
        return found;
    }

    private static void collect(Node node, Class<?> type, List<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (type.isInstance(node)) {
            found.add(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, type, found);
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private void pick(Random random, Class<?> type) {
        List<Node> lists = visible(type);
        if (lists.isEmpty()) {
            return;
        }
        Node list = lists.get(random.nextInt(lists.size()));
        int pickAt = random.nextInt(1000);
        // Not waited on: choosing another record can ask about an unsaved edit, answered below.
        Platform.runLater(() -> {
            if (list instanceof TableView t && !t.getItems().isEmpty()) {
                t.getSelectionModel().select(pickAt % t.getItems().size());
            } else if (list instanceof ListView l && !l.getItems().isEmpty()) {
                l.getSelectionModel().select(pickAt % l.getItems().size());
            }
        });
    }

    private void type(Random random) {
        List<Node> fields = visible(TextInputControl.class);
        List<Node> boxes = visible(ComboBox.class);
        if (!fields.isEmpty() && (boxes.isEmpty() || random.nextBoolean())) {
            TextInputControl field = (TextInputControl) fields.get(random.nextInt(fields.size()));
            String words = random.nextBoolean() ? " more" : "";
            robot.interact(() -> {
                if (field.isEditable()) {
                    field.setText(words.isEmpty() ? "" : field.getText() + words);
                }
            });
        } else if (!boxes.isEmpty()) {
            ComboBox<?> box = (ComboBox<?>) boxes.get(random.nextInt(boxes.size()));
            int at = random.nextInt(1000);
            robot.interact(() -> {
                if (!box.getItems().isEmpty()) {
                    box.getSelectionModel().select(at % box.getItems().size());
                }
            });
        }
    }

    private void press(Random random, String idEnd) {
        List<Node> buttons = visible(ButtonBase.class).stream()
                .filter(b -> b.getId() != null && b.getId().endsWith(idEnd)).toList();
        if (!buttons.isEmpty()) {
            ButtonBase b = (ButtonBase) buttons.get(random.nextInt(buttons.size()));
            Platform.runLater(b::fire);
        }
    }

    /** Answers whatever dialog is open: a question at random, a message with OK. */
    private void answerDialogs(Random random) throws Exception {
        for (int round = 0; round < 10; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            List<Window> dialogs = robot.listTargetWindows().stream()
                    .filter(w -> w != stage && w.isShowing() && w.getScene() != null
                            && w.getScene().getRoot() instanceof DialogPane)
                    .toList();
            if (dialogs.isEmpty()) {
                return;
            }
            DialogPane pane = (DialogPane) dialogs.get(0).getScene().getRoot();
            List<Button> choices = pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t)).toList();
            Button answer = choices.get(random.nextInt(choices.size()));
            robot.interact(answer::fire);
        }
    }
}
