package org.tablebook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tablebook.store.TablebookStore;

/** What the launcher prints without opening a window: CI runs the packaged one headless. */
class LauncherTest {
    @Test
    void versionNamesTheVersionAndTheFileFormat() {
        assertEquals("Tablebook " + Version.release().orElse("(development build)") + " (file format " + TablebookStore.SCHEMA_VERSION + ")\n",
                printed("--version"));
        assertEquals(printed("--version"), printed("-V"));
    }

    @Test
    void inSpanishTheVersionLineIsSpanish() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            assertEquals("Tablebook " + Version.release().orElse("(versión de desarrollo)") + " (formato de archivo "
                    + TablebookStore.SCHEMA_VERSION + ")\n", printed("--lang", "es", "--version"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void helpSaysHowToOpenAFile() {
        String help = printed("--help");
        assertTrue(help.startsWith("Usage: tablebook [--lang en|es] [FILE]\n"), help);
        assertTrue(help.contains("--version"), help);
        assertEquals(help, printed("-h"));
    }

    @Test
    void aDoubleClickedFileIsTheOnlyArgumentThatIsNotAnOption() {
        assertEquals("/home/dana/Local 418.tablebook", TablebookApp.fileFromArguments(
                java.util.List.of("/home/dana/Local 418.tablebook")).orElseThrow().toString());
        assertTrue(TablebookApp.fileFromArguments(java.util.List.of()).isEmpty());
    }

    private static String printed(String... arguments) {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Launcher.main(arguments);
        } finally {
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
