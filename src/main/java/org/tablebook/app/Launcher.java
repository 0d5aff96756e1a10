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
        if (!Cli.handles(args) || Cli.readsFiles(args)) {
            folders.prepareNativeLibraryFolder();
        }
        if (Cli.handles(args)) {
            int code = new Cli(System.out, System.err, java.time.Clock.systemDefaultZone(), folders).run(args);
            if (code != Cli.OK) {
                System.exit(code);
            }
            return;
        }
        Application.launch(TablebookApp.class, args);
    }
}
