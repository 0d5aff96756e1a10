package org.tablebook.ui.common;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Hands a file to the system: opens it in the program the system uses for it, or shows it in its
 * folder. Calls may block while the system starts a program: make them off the JavaFX thread.
 */
public interface SystemFiles {
    /** Opens the file in its usual program; fails when the system has none or cannot start it. */
    void open(Path file) throws IOException;

    /** Shows the file in the system's file manager (its folder, at least). */
    void showInFolder(Path file) throws IOException;

    /** A system that can open nothing (tests, a window without a desktop). */
    static SystemFiles none() {
        return new SystemFiles() {
            @Override
            public void open(Path file) throws IOException {
                throw new IOException(Messages.get("export.open.unsupported"));
            }

            @Override
            public void showInFolder(Path file) throws IOException {
                throw new IOException(Messages.get("export.open.unsupported"));
            }
        };
    }
}
