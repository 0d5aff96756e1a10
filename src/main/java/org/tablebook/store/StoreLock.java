package org.tablebook.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
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
    /** Lock one byte far past the content, so the content (who holds it) stays readable everywhere. */
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

    /** Whether a store in this JVM holds the file open for writing. */
    static boolean heldInThisProcess(Path file) {
        try {
            return HELD.contains(key(file));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path key(Path file) throws IOException {
        Path path = pathFor(file);
        return path.getParent().toRealPath().resolve(path.getFileName());
    }

    /**
     * Null when another Tablebook window or process holds the file.
     *
     * <p>Nothing here may open a second descriptor on the lock file: on POSIX systems closing any
     * descriptor of a file drops every lock the process holds on it. So the check that we locked
     * the file that is still at the path (a closing owner deletes it, and a waiter may have opened
     * the old one) compares the file's identity from {@code stat} before opening and after locking.
     */
    static StoreLock tryAcquire(Path file) throws IOException {
        Path key = key(file);
        if (!HELD.add(key)) {
            return null;
        }
        boolean done = false;
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                try {
                    Files.createFile(key);
                } catch (FileAlreadyExistsException e) {
                    // Left by a crash or held by another process: the lock decides which.
                }
                Object identity = identity(key);
                FileChannel channel = FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE);
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
                if (identity != null && identity.equals(identity(key))) {
                    String owner = "Tablebook, process " + ProcessHandle.current().pid() + "\n";
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
                    channel.force(true);
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

    /** The file's identity (device and inode where the system has them), or null when it is gone. */
    private static Object identity(Path path) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return a.fileKey() != null ? a.fileKey() : a.creationTime();
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
