package org.tablebook.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rolling backups made before a file is opened for writing:
 * {@code <stem>-<yyyyMMdd-HHmmss-SSS>.tablebook} in the backup folder, the time from the store's
 * clock in UTC (so names sort in time order across daylight-saving changes), a {@code -2},
 * {@code -3} suffix when two fall in the same millisecond. Each backup is a complete Tablebook file
 * that opens like any other.
 */
public final class Backups {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String EXTENSION = ".tablebook";

    private Backups() {
    }

    /** The backups of {@code file} in {@code backupDir}, newest first; empty when there are none. */
    public static List<Path> list(Path backupDir, Path file) {
        if (!Files.isDirectory(backupDir)) {
            return List.of();
        }
        Pattern pattern = Pattern.compile(Pattern.quote(stem(file)) + "-(\\d{8}-\\d{6}-\\d{3})(?:-(\\d+))?"
                + Pattern.quote(EXTENSION));
        record Found(Path path, String stamp, int counter) {
        }
        List<Found> found = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(backupDir)) {
            for (Path p : dir) {
                Matcher m = pattern.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) {
                    found.add(new Found(p, m.group(1), m.group(2) == null ? 1 : Integer.parseInt(m.group(2))));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return found.stream()
                .sorted(Comparator.comparing(Found::stamp).thenComparingInt(Found::counter).reversed())
                .map(Found::path)
                .toList();
    }

    /** The file's name without {@code .tablebook}. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION)
                ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    /**
     * Copies the database read through {@code source} into a new backup with {@code VACUUM INTO}
     * (a consistent snapshot, compacted), then keeps only the newest {@code options.backupsKept()}.
     * The copy is written under a temporary name and renamed once complete and synced, so a
     * half-written backup never looks like a good one.
     */
    static Path make(Sql source, Path file, StoreOptions options) throws IOException, SQLException {
        Path dir = options.backupDir().toAbsolutePath();
        Files.createDirectories(dir);
        String base = stem(file) + "-" + STAMP.format(options.clock().instant());
        Path target = dir.resolve(base + EXTENSION);
        for (int n = 2; Files.exists(target); n++) {
            target = dir.resolve(base + "-" + n + EXTENSION);
        }
        Path partial = dir.resolve(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            source.update("VACUUM INTO ?", partial.toString());
            try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        List<Path> all = list(dir, file);
        for (Path old : all.subList(Math.min(options.backupsKept(), all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                // An old backup that cannot be removed now is removed on a later open.
            }
        }
        return target;
    }
}
