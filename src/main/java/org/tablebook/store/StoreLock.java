package org.tablebook.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sidecar {@code <name>.tablebook.lock} that tells other Tablebook processes the file is open
 * for writing. Held with an OS lock while the store is open; deleted and released on close. A lock
 * file left behind by a crash is harmless: the OS drops the lock with the process.
 */
final class StoreLock implements AutoCloseable {
    /**
     * Lock files this JVM holds. On POSIX systems closing any channel on a file drops every lock the
     * process holds on it, so a second open in this JVM must be refused before it opens a channel.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    /** Lock one byte far past the content, so the content (the owner's token) stays readable everywhere. */
    private static final long REGION = Long.MAX_VALUE - 1;
    private static final int ATTEMPTS = 5;

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private StoreLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    static Path pathFor(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /** Null when another Tablebook window or process holds the file. */
    static StoreLock tryAcquire(Path file) throws IOException {
        Path path = pathFor(file);
        Path key = path.getParent().toRealPath().resolve(path.getFileName());
        if (!HELD.add(key)) {
            return null;
        }
        boolean done = false;
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock(REGION, 1, false);
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    channel.close();
                    return null;
                }
                String token = "Tablebook, process " + ProcessHandle.current().pid() + ", " + UUID.randomUUID() + "\n";
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(true);
                // A closing owner deletes the file while we wait on it: then we hold a lock on a file
                // that is no longer at the path, and must try again on the new one.
                if (token.equals(readOrNull(path))) {
                    done = true;
                    return new StoreLock(key, channel, lock);
                }
                lock.release();
                channel.close();
            }
            return null;
        } finally {
            if (!done) {
                HELD.remove(key);
            }
        }
    }

    private static String readOrNull(Path path) throws IOException {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Deletes the lock file while still holding the lock, then releases it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        boolean deleted = false;
        try {
            deleted = Files.deleteIfExists(path);
        } catch (IOException e) {
            // Some systems refuse to delete an open file; try again once it is closed.
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The OS releases the lock with the channel in any case.
        }
        if (!deleted) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // A lock file left behind is harmless: nobody holds its lock.
            }
        }
        HELD.remove(path);
    }
}
