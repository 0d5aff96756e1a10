package org.tablebook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.tablebook.domain.Check;

/**
 * The one check every path that writes a file goes through before it writes (an export, a JSON
 * backup, an import): the path is resolved to the real file it names (links followed, {@code .}
 * and {@code ..} taken out, a hard link seen by the file's identity), and refused when writing
 * there would destroy something: the negotiation being read or open, any Tablebook file, the
 * write-ahead log or lock beside one, or anything that is not an ordinary file (a device such as
 * {@code /dev/full}, a named pipe, a socket, a folder).
 */
public final class OutputTarget {
    /** What SQLite and Tablebook keep beside a negotiation file. */
    private static final List<String> SIDECARS = List.of("-wal", "-shm", "-journal", ".lock");

    private OutputTarget() {
    }

    /**
     * The real file an export to {@code target} may replace, or a new file there; refused when it is
     * one of {@code protectedFiles} (the negotiation being exported, the one open), any Tablebook
     * file, one's sidecar, or not an ordinary file.
     */
    public static Path forExport(Path target, Collection<Path> protectedFiles) throws OutputRefusedException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(protectedFiles, "protectedFiles");
        Path real = resolve(target);
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            refuseUnlessRegular(target, real);
            for (Path p : protectedFiles) {
                if (p != null && sameFile(real, p)) {
                    throw new OutputRefusedException(target, Check.phrase("output.theNegotiation", target, real));
                }
            }
            if (isTablebookFile(real)) {
                throw new OutputRefusedException(target, Check.phrase("output.aNegotiation", target));
            }
        }
        refuseSidecar(target, real);
        return real;
    }

    /**
     * The real path where a new file may be made at {@code target}: refused when anything at all is
     * there already (a file, a folder, a link, a pipe), or when it is the sidecar of a Tablebook file.
     */
    public static Path forNewFile(Path target) throws OutputRefusedException {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException(target, Check.phrase(Files.isDirectory(absolute) ? "output.existsFolder"
                    : "output.existsFile", target));
        }
        Path real = resolve(target);
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException(target, Check.phrase("output.existsAs", target, real));
        }
        refuseSidecar(target, real);
        return real;
    }

    /**
     * The file {@code path} names, as the system would find it: an existing path (or a link) by its
     * real path; a new one as its nearest existing folder's real path and the rest of the name.
     */
    public static Path resolve(Path path) throws OutputRefusedException {
        Path absolute = path.toAbsolutePath();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            if (Files.isSymbolicLink(absolute)) {
                throw new OutputRefusedException(path, Check.phrase("output.brokenLink", path,
                        Files.readSymbolicLink(absolute)));
            }
            Path existing = absolute.getParent();
            Path rest = absolute.getFileName();
            while (existing != null && !Files.exists(existing)) {
                rest = existing.getFileName().resolve(rest);
                existing = existing.getParent();
            }
            Path base = existing == null ? absolute.getRoot() : existing.toRealPath();
            return base.resolve(rest).normalize();
        } catch (IOException e) {
            throw new OutputRefusedException(path, Check.words("output.unresolved", path, Opener.reason(e)));
        }
    }

    /** Refuses, with a message naming the file, anything but an ordinary file (or a folder's absence). */
    static void refuseUnlessRegular(Path given, Path real) throws OutputRefusedException {
        if (Files.isDirectory(real)) {
            throw new OutputRefusedException(given, Check.phrase("output.folder", given));
        }
        if (!Files.isRegularFile(real)) {
            throw new OutputRefusedException(given, Check.phrase("output.special", given, kind(real)));
        }
    }

    /** What a non-regular file is, in words. */
    static String kind(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer m) {
                return switch (m & 0170000) {
                    case 0010000 -> Check.phrase("open.kind.pipe");
                    case 0020000, 0060000 -> Check.phrase("open.kind.device");
                    case 0140000 -> Check.phrase("open.kind.socket");
                    case 0040000 -> Check.phrase("open.kind.folder");
                    default -> Check.phrase("open.kind.special");
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // Only the plain answer below.
        }
        return Check.phrase("open.kind.unknown");
    }

    /** Whether two paths name one file: the same real path or the same identity (a hard link). */
    static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the file's header carries Tablebook's application id. Read only for ordinary files. */
    static boolean isTablebookFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return FileHeader.read(file).applicationId() == TablebookStore.APPLICATION_ID;
        } catch (IOException e) {
            return false;
        }
    }

    /** Refuses {@code x.tablebook-wal}, {@code x.tablebook.lock} and the like beside a Tablebook file. */
    private static void refuseSidecar(Path given, Path real) throws OutputRefusedException {
        String name = real.getFileName() == null ? "" : real.getFileName().toString();
        for (String suffix : SIDECARS) {
            if (name.length() > suffix.length() && name.endsWith(suffix)) {
                Path owner = real.resolveSibling(name.substring(0, name.length() - suffix.length()));
                if (isTablebookFile(owner) || StoreLock.heldInThisProcess(owner)) {
                    throw new OutputRefusedException(given, Check.phrase("output.sidecar", given, owner));
                }
            }
        }
    }
}
