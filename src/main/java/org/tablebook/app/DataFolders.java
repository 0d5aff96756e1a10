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

    /**
     * The person's documents folder, where an export is offered the first time: on Linux
     * {@code XDG_DOCUMENTS_DIR} (from the environment, else the user-dirs.dirs the desktop keeps),
     * elsewhere {@code ~/Documents}; the home folder when that folder does not exist.
     */
    public static Path documentsFolder() {
        return documentsFolder(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    static Path documentsFolder(String osName, String userHome, Map<String, String> env) {
        Path home = Path.of(userHome);
        java.util.List<Path> candidates = new java.util.ArrayList<>();
        if (!osName.toLowerCase(Locale.ROOT).startsWith("windows") && !osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            xdgDocuments(env.get("XDG_DOCUMENTS_DIR"), home).ifPresent(candidates::add);
            String config = env.get("XDG_CONFIG_HOME");
            Path configHome = config != null && !config.isBlank() && Path.of(config).isAbsolute() ? Path.of(config)
                    : home.resolve(".config");
            userDirsDocuments(configHome.resolve("user-dirs.dirs"), home).ifPresent(candidates::add);
        }
        candidates.add(home.resolve("Documents"));
        return candidates.stream().filter(java.nio.file.Files::isDirectory).findFirst().orElse(home);
    }

    /** XDG_DOCUMENTS_DIR from the desktop's user-dirs.dirs: {@code XDG_DOCUMENTS_DIR="$HOME/Documentos"}. */
    private static java.util.Optional<Path> userDirsDocuments(Path file, Path home) {
        try {
            if (!java.nio.file.Files.isRegularFile(file)) {
                return java.util.Optional.empty();
            }
            for (String line : java.nio.file.Files.readAllLines(file)) {
                String l = line.strip();
                if (l.startsWith("XDG_DOCUMENTS_DIR=")) {
                    String value = l.substring("XDG_DOCUMENTS_DIR=".length()).strip();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    return xdgDocuments(value, home);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // An unreadable desktop setting only costs the folder offered first.
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Path> xdgDocuments(String value, Path home) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        String expanded = value.startsWith("$HOME") ? home + value.substring("$HOME".length()) : value;
        try {
            Path path = Path.of(expanded);
            // The desktop's convention: a documents folder equal to home means "none set".
            return path.isAbsolute() && !path.normalize().equals(home.normalize()) ? java.util.Optional.of(path)
                    : java.util.Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
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
