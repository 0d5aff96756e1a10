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
}
