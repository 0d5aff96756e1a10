package org.tablebook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UncaughtErrorsTest {
    @TempDir
    Path dir;

    @Test
    void anUncaughtExceptionIsLoggedAndToldOnceUntilThePersonHasSeenIt() throws Exception {
        List<Path> told = new ArrayList<>();
        UncaughtErrors errors = new UncaughtErrors(dir.resolve("logs"), told::add);
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("canary-4711");
        }, "worker");
        worker.setUncaughtExceptionHandler(errors);
        worker.start();
        worker.join();
        errors.uncaughtException(Thread.currentThread(), new IllegalArgumentException("second"));
        assertEquals(List.of(errors.logFile()), told, "one dialog for a burst");
        String log = Files.readString(errors.logFile());
        assertTrue(log.contains("canary-4711") && log.contains("second") && log.contains("worker"), log);
        errors.told();
        errors.uncaughtException(Thread.currentThread(), new IllegalArgumentException("third"));
        assertEquals(2, told.size(), "once seen, the next failure is told again");
    }
}
