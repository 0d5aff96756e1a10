package org.tablebook.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Tablebook keeps its files: {@code $XDG_DATA_HOME/tablebook} (else
 * {@code ~/.local/share/tablebook}) on Linux, {@code %APPDATA%\Tablebook} on Windows,
 * {@code ~/Library/Application Support/Tablebook} on macOS. The system property
 * {@code tablebook.data.dir} overrides all of them (tests, portable installs).
 */
public record DataFolders(Path root) {

    public static final String OVERRIDE_PROPERTY = "tablebook.data.dir";
    public static final String DEFAULT_FILE_NAME = "negotiation.tablebook";

    public static DataFolders forThisMachine() {
        return resolve(System.getProperty(OVERRIDE_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv());
    }

    static DataFolders resolve(String override, String osName, String userHome, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return new DataFolders(Path.of(override));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return new DataFolders(base.resolve("Tablebook"));
        }
        if (os.startsWith("mac")) {
            return new DataFolders(Path.of(userHome, "Library", "Application Support", "Tablebook"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return new DataFolders(base.resolve("tablebook"));
    }

    public Path defaultFile() {
        return root.resolve(DEFAULT_FILE_NAME);
    }

    public Path backups() {
        return root.resolve("backups");
    }

    /** The rolling log of failures nobody expected. */
    public Path logs() {
        return root.resolve("logs");
    }

    public Path preferencesFile() {
        return root.resolve("preferences.json");
    }

    /** sqlite-jdbc unpacks its native library here rather than littering the temp folder. */
    public Path nativeLibraries() {
        return root.resolve("native");
    }

    /**
     * Points sqlite-jdbc at {@link #nativeLibraries()}: it unpacks its library at every start and
     * leaves the copy behind when the process is killed, so keep those copies in one place of ours.
     */
    public void prepareNativeLibraryFolder() {
        try {
            java.nio.file.Files.createDirectories(nativeLibraries());
            if (System.getProperty("org.sqlite.tmpdir") == null) {
                System.setProperty("org.sqlite.tmpdir", nativeLibraries().toString());
            }
        } catch (java.io.IOException e) {
            // Not fatal: sqlite-jdbc falls back to the system temp folder.
        }
    }
}
