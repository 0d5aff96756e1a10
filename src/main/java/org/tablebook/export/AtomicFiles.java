package org.tablebook.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that it is either wholly there or not changed at all: the content goes to a
 * temporary file beside the target, is flushed to the disk, and only then moved into place. A
 * failure or a cancellation deletes the temporary file and leaves the target as it was. Every
 * export and JSON backup is written this way; the paths are checked first by the store's
 * {@code OutputTarget}, which knows what a negotiation file is.
 */
final class AtomicFiles {

    /** What writes the content; may throw, which abandons the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFiles() {
    }

    static void write(Path target, Content content) throws IOException {
        // A link is followed, so the file it points at is replaced, never the link; and only an
        // ordinary file is ever replaced (a rename over /dev/full would replace the device).
        Path absolute = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new IOException(target + " is not an ordinary file (it is a folder, a device, a named pipe or "
                    + "a socket); nothing was written");
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        // Created like any new file (not with createTempFile's owner-only permissions), so the
        // export gets the permissions a file saved in that folder normally has.
        Path temp = Files.createFile(dir.resolve("." + absolute.getFileName() + "-"
                + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part"));
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
