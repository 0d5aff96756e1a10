package org.tablebook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFoldersTest {
    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertEquals(Path.of("/data/xdg/tablebook"),
                DataFolders.resolve(null, "Linux", "/home/dana", Map.of("XDG_DATA_HOME", "/data/xdg")).root());
    }

    @Test
    void linuxFallsBackToLocalShareAndIgnoresARelativeXdgPath() {
        assertEquals(Path.of("/home/dana/.local/share/tablebook"),
                DataFolders.resolve(null, "Linux", "/home/dana", Map.of()).root());
        assertEquals(Path.of("/home/dana/.local/share/tablebook"),
                DataFolders.resolve(null, "Linux", "/home/dana", Map.of("XDG_DATA_HOME", "relative")).root());
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:\\Users\\dana\\AppData\\Roaming").resolve("Tablebook"),
                DataFolders.resolve(null, "Windows 11", "C:\\Users\\dana",
                        Map.of("APPDATA", "C:\\Users\\dana\\AppData\\Roaming")).root());
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/Users/dana/Library/Application Support/Tablebook"),
                DataFolders.resolve(null, "Mac OS X", "/Users/dana", Map.of()).root());
    }

    @Test
    void theOverrideWinsAndHoldsTheDefaultFileAndBackups() {
        DataFolders f = DataFolders.resolve("/tmp/tb", "Linux", "/home/dana", Map.of("XDG_DATA_HOME", "/x"));
        assertEquals(Path.of("/tmp/tb/negotiation.tablebook"), f.defaultFile());
        assertEquals(Path.of("/tmp/tb/backups"), f.backups());
    }

    @Test
    void exportsAreOfferedTheDocumentsFolderTheDesktopNamesThenDocumentsThenHome(
            @org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        String h = home.toString();
        assertEquals(home, DataFolders.documentsFolder("Linux", h, Map.of()), "no documents folder: home");
        java.nio.file.Files.createDirectories(home.resolve("Documents"));
        assertEquals(home.resolve("Documents"), DataFolders.documentsFolder("Linux", h, Map.of()));
        assertEquals(home.resolve("Documents"), DataFolders.documentsFolder("Windows 11", h, Map.of()));

        // The desktop's own setting, with $HOME in it, as xdg-user-dirs writes it.
        java.nio.file.Files.createDirectories(home.resolve("Documentos"));
        java.nio.file.Files.createDirectories(home.resolve(".config"));
        java.nio.file.Files.writeString(home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Escritorio\"\nXDG_DOCUMENTS_DIR=\"$HOME/Documentos\"\n");
        assertEquals(home.resolve("Documentos"), DataFolders.documentsFolder("Linux", h, Map.of()));

        // The environment wins; a folder that is not there is passed over.
        java.nio.file.Files.createDirectories(home.resolve("papers"));
        assertEquals(home.resolve("papers"), DataFolders.documentsFolder("Linux", h,
                Map.of("XDG_DOCUMENTS_DIR", home.resolve("papers").toString())));
        assertEquals(home.resolve("Documentos"), DataFolders.documentsFolder("Linux", h,
                Map.of("XDG_DOCUMENTS_DIR", home.resolve("gone").toString())));
    }
}
