package org.tablebook.app;

import javafx.application.Application;

/**
 * The program's entry point. A plain class (not an {@code Application}) so that the app runs from
 * the classpath without JavaFX modules.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        DataFolders folders = DataFolders.forThisMachine();
        folders.prepareNativeLibraryFolder();
        if (Cli.handles(args)) {
            System.exit(new Cli(System.out, System.err, java.time.Clock.systemDefaultZone(), folders).run(args));
        }
        Application.launch(TablebookApp.class, args);
    }
}
