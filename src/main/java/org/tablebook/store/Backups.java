package org.tablebook.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rolling backups made before a file is opened for writing:
 * {@code <stem>-<yyyyMMdd-HHmmss-SSS>[-n]-<file>-<negotiation>.tablebook} in the backup folder, the
 * time from the store's clock in UTC (so names sort in time order across daylight-saving changes),
 * a {@code -2}, {@code -3} suffix when two fall in the same millisecond. {@code <file>} and
 * {@code <negotiation>} are short fingerprints of the file's real path and of the negotiation's id,
 * so that two negotiations with the same file name (one on a USB stick, one on the laptop) never
 * share, prune or take each other's backups. Each backup is a complete Tablebook file that opens
 * like any other.
 */
public final class Backups {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String EXTENSION = ".tablebook";

    private Backups() {
    }

    /**
     * The backups of the file at {@code file}'s real path in {@code backupDir}, of whichever
     * negotiation it held, newest first; empty when there are none.
     */
    public static List<Path> list(Path backupDir, Path file) {
        return list(backupDir, file, null);
    }

    /** The backups of one negotiation in one file, newest first; any negotiation when the id is null. */
    static List<Path> list(Path backupDir, Path file, String negotiationId) {
        if (!Files.isDirectory(backupDir)) {
            return List.of();
        }
        String id = negotiationId == null ? "[0-9a-f]{8}" : fingerprint(negotiationId);
        Path real = realPath(file);
        Pattern pattern = Pattern.compile(Pattern.quote(stem(real)) + "-(\\d{8}-\\d{6}-\\d{3})(?:-(\\d+))?"
                + "-" + fingerprint(real.toString()) + "-" + id + Pattern.quote(EXTENSION));
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

    /** Eight hex digits of the text's SHA-256: enough to tell files and negotiations apart in names. */
    static String fingerprint(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's real path; for a file that is gone, its real folder and its name. */
    static Path realPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            if (parent != null && Files.exists(parent)) {
                return parent.toRealPath().resolve(absolute.getFileName());
            }
        } catch (IOException e) {
            // The path as given is the best that can be said.
        }
        return absolute;
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
    static Path make(Sql source, Path file, String negotiationId, StoreOptions options)
            throws IOException, SQLException {
        Path dir = options.backupDir().toAbsolutePath();
        Files.createDirectories(dir);
        String base = stem(file) + "-" + STAMP.format(options.clock().instant());
        String identity = "-" + fingerprint(realPath(file).toString()) + "-" + fingerprint(negotiationId) + EXTENSION;
        Path target = dir.resolve(base + identity);
        for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
            target = dir.resolve(base + "-" + n + identity);
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
        List<Path> all = list(dir, file, negotiationId);
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
