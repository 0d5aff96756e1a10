package org.tablebook.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An {@link ActionRunner} in a JVM of its own, on the test classpath. Its lines are read as they
 * come; the last {@code COMMITTED n} it printed is what it has promised is saved.
 */
final class Child implements AutoCloseable {
    /** A guard against a child that hangs, not a measurement. */
    static final long GUARD_SECONDS = 120;
    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> errors = new ArrayList<>();
    private volatile int lastCommitted = -1;
    private volatile String durability;

    private Child(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "child-stdout");
        reader.setDaemon(true);
        reader.start();
        Thread errorReader = new Thread(this::readErrors, "child-stderr");
        errorReader.setDaemon(true);
        errorReader.start();
    }

    static Child start(Path file, Path backups, Path nativeDir, long seed) throws IOException {
        return run(nativeDir, ActionRunner.class, file.toString(), backups.toString(), Long.toString(seed));
    }

    /** {@link ActionRunner} in its {@code open} mode: it opens (and migrates) the file, then waits. */
    static Child open(Path file, Path backups, Path nativeDir) throws IOException {
        return run(nativeDir, ActionRunner.class, file.toString(), backups.toString(), "0", "open");
    }

    /** Any main class of the test classpath, with these arguments. */
    static Child run(Path nativeDir, Class<?> main, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // A small heap and the quick compiler: the child starts fast; what it writes is the same.
        List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dorg.sqlite.tmpdir=" + nativeDir, "-cp", classpath, main.getName()));
        command.addAll(List.of(args));
        return new Child(new ProcessBuilder(command).start());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("COMMITTED ")) {
                    lastCommitted = Integer.parseInt(line.substring("COMMITTED ".length()));
                } else if (line.startsWith("DURABILITY ")) {
                    durability = line.substring("DURABILITY ".length());
                } else {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // Only if the pipe is closed on our side (close()): the lines read so far are all it said.
        } finally {
            lines.add(END);
        }
    }

    private void readErrors() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (errors) {
                    errors.add(line);
                }
            }
        } catch (IOException e) {
            // As above.
        }
    }

    /** The next line other than a commit, e.g. {@code READY 12}; fails if the child ends first. */
    String awaitLine() throws InterruptedException {
        String line = lines.poll(GUARD_SECONDS, TimeUnit.SECONDS);
        if (line == null || line.equals(END)) {
            throw new AssertionError("The child ended without saying why (exit " + exitValue() + "): " + errors());
        }
        return line;
    }

    /** Waits until the child has reported at least {@code n} commits. */
    void awaitCommitted(int n) throws InterruptedException {
        awaitCommitted(n, reported -> { });
    }

    /**
     * Waits until the child has reported at least {@code n} commits, handing each new report to
     * {@code meanwhile} (which may do work of its own while the child goes on).
     */
    void awaitCommitted(int n, java.util.function.IntConsumer meanwhile) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
        int seen = -1;
        while (lastCommitted < n) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("The child stopped before commit " + n + ": " + errors());
            }
            int now = lastCommitted;
            if (now > seen) {
                seen = now;
                meanwhile.accept(now);
            } else {
                Thread.sleep(5);
            }
        }
    }

    /** What the child said of its connection's synchronous level and journal mode; null before it opened. */
    String durability() {
        return durability;
    }

    /** The number of the last action it reported committed, or -1 before any. */
    int lastCommitted() {
        return lastCommitted;
    }

    /** The CPU time the child has used so far, in milliseconds, or -1 where the system does not say. */
    long cpuMillis() {
        return process.toHandle().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    /** Kills it as the system would (SIGKILL), then reads what it had already printed. */
    int killAndDrain() throws InterruptedException {
        // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the pipe,
        // and lines the child printed but we had not read yet (a loaded machine) would be lost.
        process.toHandle().destroyForcibly();
        if (!process.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("The child did not die");
        }
        drain();
        return lastCommitted;
    }

    /** Asks it to stop (a line on its standard input) and waits for it to close the file. */
    int stop() throws Exception {
        process.getOutputStream().write('\n');
        process.getOutputStream().flush();
        if (!process.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("The child did not stop");
        }
        drain();
        return lastCommitted;
    }

    private void drain() throws InterruptedException {
        while (true) {
            String line = lines.poll(GUARD_SECONDS, TimeUnit.SECONDS);
            if (line == null || line.equals(END)) {
                return;
            }
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private String exitValue() {
        return process.isAlive() ? "still running" : Integer.toString(process.exitValue());
    }

    String errors() {
        synchronized (errors) {
            return String.join("\n", errors);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
