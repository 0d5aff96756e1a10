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
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println(Version.line());
            return;
        }
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.print(USAGE);
            return;
        }
        DataFolders.forThisMachine().prepareNativeLibraryFolder();
        Application.launch(TablebookApp.class, args);
    }

    private static final String USAGE = """
            Usage: tablebook [FILE]
            Opens FILE, a .tablebook negotiation, in the Tablebook window; without it,
            the file opened last, or a new one in the data folder.

            Options:
              -h, --help       show this help and exit
              -V, --version    show the version and the file format, and exit
            """;
}
