package org.tablebook.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.tablebook.app.AppContext;
import org.tablebook.app.DataFolders;
import org.tablebook.app.TablebookApp;
import org.tablebook.document.PreferencesStore;
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
     * Opens the sample negotiation in the running app (File > Open sample negotiation), waits
     * until it is shown, and sizes the window as a laptop's screen would have it.
     */
    public static void openSample(TablebookApp app, javafx.stage.Stage stage, double width, double height)
            throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.viewModel().openSample()).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel().snapshotProperty().get() != null
                && !app.viewModel().snapshotProperty().get().demands().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
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
}
