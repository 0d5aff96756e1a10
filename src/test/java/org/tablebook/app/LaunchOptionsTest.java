package org.tablebook.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every way a person starts the app gives the Java the same memory options, and the bench measures
 * the app started with them: `mvn javafx:run`, the packaged launchers of the three systems.
 */
class LaunchOptionsTest {
    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m");

    @Test
    void everyLauncherAndTheBenchGiveTheSameMemoryOptions() throws Exception {
        for (String option : OPTIONS) {
            assertTrue(text("pom.xml").contains("<option>" + option + "</option>"), "pom.xml: " + option);
            assertTrue(text("packaging/build.sh").contains("--java-options \"" + option + "\""),
                    "packaging/build.sh: " + option);
            for (String args : List.of("packaging/macos/jpackage.args", "packaging/windows/jpackage.args")) {
                assertTrue(text(args).lines().anyMatch(("--java-options " + option)::equals), args + ": " + option);
            }
            assertTrue(text("src/test/java/org/tablebook/bench/Bench.java").contains("\"" + option + "\""),
                    "Bench: " + option);
        }
    }

    private static String text(String file) throws Exception {
        return Files.readString(Path.of(file));
    }
}
