package org.tablebook.app;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.HostServices;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.SystemFiles;

/**
 * Opens files through the platform: {@link Desktop} where the system offers it (it says when no
 * program opens a file), else JavaFX's {@link HostServices}. "Show in folder" selects the file
 * where the system can (Windows, macOS) and opens its folder elsewhere.
 */
final class DesktopFiles implements SystemFiles {
    private final HostServices host;

    DesktopFiles(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(Messages.format("export.open.gone", file));
        }
        Desktop desktop = desktop(Desktop.Action.OPEN);
        if (desktop != null) {
            desktop.open(file.toFile());
        } else if (host != null) {
            host.showDocument(file.toUri().toString());
        } else {
            throw new IOException(Messages.get("export.open.unsupported"));
        }
    }

    @Override
    public void showInFolder(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(Messages.format("export.open.gone", folder == null ? file : folder));
        }
        Desktop browse = Files.exists(file) ? desktop(Desktop.Action.BROWSE_FILE_DIR) : null;
        Desktop open = desktop(Desktop.Action.OPEN);
        if (browse != null) {
            browse.browseFileDirectory(file.toFile());
        } else if (open != null) {
            open.open(folder.toFile());
        } else if (host != null) {
            host.showDocument(folder.toUri().toString());
        } else {
            throw new IOException(Messages.get("export.open.unsupported"));
        }
    }

    /** The desktop, if this system supports {@code action} there; null otherwise (headless, no desktop). */
    private static Desktop desktop(Desktop.Action action) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(action)) {
                return Desktop.getDesktop();
            }
        } catch (RuntimeException | LinkageError e) {
            // No AWT desktop here (headless, or no display): HostServices stays.
        }
        return null;
    }
}
