package org.tablebook.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted on a folder of the test, to fill up. Mounting needs the right to (root, or
 * CAP_SYS_ADMIN); where the machine does not allow it, the test is skipped with a message saying so.
 */
final class SmallDisk implements AutoCloseable {
    private final Path folder;
    private final Path filler;

    private SmallDisk(Path folder) {
        this.folder = folder;
        this.filler = folder.resolve("filler.bin");
    }

    static SmallDisk mount(Path folder, int kilobytes) throws Exception {
        Files.createDirectories(folder);
        String result = run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k,mode=0777", "tablebook-test",
                folder.toString());
        Assumptions.assumeTrue(result.isEmpty(), () -> "Skipped: this machine does not let the test mount a small "
                + "tmpfs to fill up (" + result + "). Run the reliability suite as root, or where mount is allowed, "
                + "to test a full disk.");
        return new SmallDisk(folder);
    }

    Path folder() {
        return folder;
    }

    /** Writes a file until the disk refuses another byte. */
    void fill() throws IOException {
        fill(0);
    }

    /** Fills the disk but for about {@code kilobytes}. */
    void fill(int kilobytes) throws IOException {
        Path spare = folder.resolve("spare.bin");
        Files.write(spare, new byte[kilobytes * 1024]);
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
        Files.delete(spare);
    }

    /** Gives the space back. */
    void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    @Override
    public void close() throws IOException {
        try {
            run("umount", "-l", folder.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while unmounting " + folder, e);
        }
    }

    /** Runs a command; returns "" when it succeeds, else what it said. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return command[0] + " did not finish";
        }
        return p.exitValue() == 0 ? "" : out.isEmpty() ? command[0] + " exited with " + p.exitValue() : out;
    }
}
