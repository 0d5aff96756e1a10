package org.tablebook.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.tablebook.app.AppContext;
import org.tablebook.app.DataFolders;
import org.tablebook.app.TablebookApp;
import org.tablebook.document.PreferencesStore;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.ui.shell.MainWindow;
import org.tablebook.ui.shell.Section;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a test's data folder, started and stopped the one way the TestFX tests do it. */
public final class RunningApp {
    private RunningApp() {
    }

    /** Saves the name the app works under, as a person does on first start. */
    public static void userName(Path dataFolder, String name) throws Exception {
        try (PreferencesStore prefs = new PreferencesStore(dataFolder.resolve("preferences.json"))) {
            prefs.update(p -> p.withUserName(name));
        }
    }

    /**
     * Starts the app on {@code dataFolder} with {@code clock} and waits until the window shows the
     * file it opened.
     */
    public static TablebookApp start(Path dataFolder, Clock clock) throws Exception {
        FxToolkit.registerPrimaryStage();
        TablebookApp app = (TablebookApp) FxToolkit.setupApplication(
                () -> new TablebookApp(() -> new AppContext(clock, new DataFolders(dataFolder))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel() != null
                && app.viewModel().snapshotProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /**
     * Starts the app, working under the name Dana Reyes, on the sample negotiation as of
     * {@code clock} (written as the data folder's default file), in a window of a laptop's size.
     */
    public static TablebookApp startOnSample(Path dataFolder, Clock clock, Stage stage, double width, double height)
            throws Exception {
        userName(dataFolder, "Dana Reyes");
        DataFolders folders = new DataFolders(dataFolder);
        TablebookStore.createFrom(folders.defaultFile(), SampleNegotiation.build(clock), "Dana Reyes",
                StoreOptions.defaults(clock, folders.backups())).close();
        TablebookApp app = start(dataFolder, clock);
        size(stage, width, height);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /**
     * Opens the sample negotiation in the running app (File > Open sample negotiation), waits
     * until it is shown, and sizes the window as a laptop's screen would have it.
     */
    public static void openSample(TablebookApp app, Stage stage, double width, double height)
            throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.viewModel().openSample()).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel().snapshotProperty().get() != null
                && !app.viewModel().snapshotProperty().get().demands().isEmpty());
        size(stage, width, height);
    }

    /** Puts the window at the screen's corner in {@code width} by {@code height}, as a laptop's screen has it. */
    public static void size(Stage stage, double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
    }

    /**
     * Opens the first record of {@code section} in its editor, as a click on a finding does, so that
     * the editor shows (on the JavaFX thread). A section of no records of its own opens nothing.
     */
    public static void openFirstRecord(TablebookApp app, Stage stage, Section section) {
        NegotiationSnapshot s = app.viewModel().snapshotProperty().get();
        List<? extends Entity> records = switch (section) {
            case DEMANDS -> s.demands();
            case SESSIONS -> s.sessions();
            case SIDEBARS -> s.sidebars();
            case AGREEMENTS -> s.agreements();
            case TEAM -> s.people();
            case COMPLIANCE -> s.complianceItems();
            default -> List.of();
        };
        if (!records.isEmpty()) {
            Entity first = records.get(0);
            ((MainWindow) stage.getScene().getRoot()).reveal(new EntityRef(first.entityKind(), first.id()), null);
        }
    }

    /** Closes the app (its file is closed and unlocked), leaving the stage for a restart. */
    public static void stop(TablebookApp app) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    /** Closes the app and every window it left open. */
    public static void stopAll(TablebookApp app) throws Exception {
        stop(app);
        FxToolkit.cleanupStages();
    }

    /** Scrolls the form holding {@code query}'s node until the node is in sight, as a person would before clicking it. */
    public static void inSight(org.testfx.api.FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Node n = node.getParent();
            while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof javafx.scene.control.ScrollPane pane) {
                javafx.geometry.Bounds b = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double hidden = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                if (hidden > 0) {
                    pane.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / hidden)));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
