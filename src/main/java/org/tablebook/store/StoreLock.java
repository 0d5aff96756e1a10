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
 *
 * <p>The lock belongs to the real file, not to the name it was opened by: the sidecar sits beside
 * the file's real path (links followed), and a second lock is taken on the file's identity (device
 * and inode) in a folder of this user's, so that a hard link, which has a name and a folder of its
 * own, still finds the file held.
 */
final class StoreLock implements AutoCloseable {
    /**
     * Lock files this JVM holds. On POSIX systems closing any channel on a file drops every lock the
     * process holds on it, so a second open in this JVM must be refused before it opens a channel.
     */
    private static final Set<Object> HELD = ConcurrentHashMap.newKeySet();
    /** Lock one byte far past the content, so the content (who holds it) stays readable everywhere. */
    private static final long REGION = Long.MAX_VALUE - 1;
    private static final int ATTEMPTS = 5;

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    /** The lock on the file's identity, once the file exists; null before. */
    private StoreLock identity;
    private Object identityKey;
    private boolean closed;

    private StoreLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    static Path pathFor(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /** Whether a store in this JVM holds the file open for writing, by any of its names. */
    static boolean heldInThisProcess(Path file) {
        try {
            if (HELD.contains(key(file))) {
                return true;
            }
            Object id = fileKey(file);
            return id != null && HELD.contains(id);
        } catch (IOException e) {
            return false;
        }
    }

    /** The sidecar lock's path beside the file's real path. */
    private static Path key(Path file) throws IOException {
        Path real = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
        Path path = pathFor(real);
        return path.getParent().toRealPath().resolve(path.getFileName());
    }

    /** The file's identity (device and inode), or null when it is not there or the system has none. */
    private static Object fileKey(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        return key == null ? null : "identity " + key;
    }

    /** This user's folder of identity locks, one file per open negotiation, named by its identity. */
    private static Path identityLockFor(Object fileKey) throws IOException {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "tablebook-locks-" + user);
        Files.createDirectories(dir);
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(fileKey.toString().getBytes(StandardCharsets.UTF_8));
            return dir.resolve(java.util.HexFormat.of().formatHex(digest, 0, 12) + ".lock");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Takes the lock on the file's identity as well, now that the file exists; false when another
     * store (here or in another process) holds the same file by another name.
     */
    synchronized boolean claimIdentity(Path file) throws IOException {
        if (identityKey != null) {
            return true;
        }
        Object id = fileKey(file);
        if (id == null) {
            return true;
        }
        if (!HELD.add(id)) {
            return false;
        }
        StoreLock taken = null;
        boolean held = false;
        try {
            taken = lockFile(identityLockFor(id), null);
            held = taken != null;
            return held;
        } catch (IOException e) {
            // No folder for identity locks (a read-only temporary folder): this process still knows
            // the file by its identity, and the lock beside the real file keeps out every other
            // name but another process's hard link. Better than refusing to open the file.
            held = true;
            return true;
        } finally {
            if (held) {
                identity = taken;
                identityKey = id;
            } else {
                HELD.remove(id);
            }
        }
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
        if (heldInThisProcess(file) || !HELD.add(key)) {
            return null;
        }
        StoreLock taken = lockFile(key, key);
        if (taken == null) {
            return null;
        }
        boolean done = false;
        try {
            done = taken.claimIdentity(file);
            return done ? taken : null;
        } finally {
            if (!done) {
                taken.close();
            }
        }
    }

    /** Creates (or reuses) and locks one lock file; null when another holds it. */
    private static StoreLock lockFile(Path key, Path heldKey) throws IOException {
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
            if (!done && heldKey != null) {
                HELD.remove(heldKey);
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
        if (identity != null) {
            identity.close();
        }
        if (identityKey != null) {
            HELD.remove(identityKey);
        }
    }
}
