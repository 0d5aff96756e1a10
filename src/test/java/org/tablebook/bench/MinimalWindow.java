package org.tablebook.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of any JavaFX app's start: one window with one label, started on the same JVM and
 * classpath as Tablebook. It prints the line Tablebook's start-up probe prints, at the same moment
 * (the first layout pass with the window's content), then quits.
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application itself; a nested class so that the launcher is not an {@code Application}. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Tablebook")), 1480, 940);
            stage.setTitle("Minimal JavaFX window");
            stage.setScene(scene);
            stage.show();
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    // The same line, on the same clock (JVM uptime), as the app's StartupProbe.
                    long shown = ManagementFactory.getRuntimeMXBean().getUptime();
                    System.out.println("Tablebook start-up: window shown after " + shown + " ms, negotiation shown after "
                            + shown + " ms (JVM uptime).");
                    if (!"report".equals(System.getProperty("tablebook.startup"))) {
                        Platform.exit();
                    }
                }
            });
            Platform.requestNextPulse();
        }
    }
}
