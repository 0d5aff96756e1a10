package org.tablebook.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle in the resources (any {@code name.properties} under {@code org/tablebook}) has its
 * Spanish {@code name_es.properties}; the two hold the same keys with the same placeholders, and
 * no key is left unused by the sources. New bundles are found and checked without listing them.
 */
class BundlePairsTest {
    private static final Path RESOURCES = Path.of("src/main/resources/org/tablebook");
    // The app's sources, and the example screen of docs/ui-guide.md, which is compiled with the tests.
    private static final List<Path> SOURCES = List.of(Path.of("src/main"), Path.of("src/test/java/org/tablebook/ui/observers"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !p.getFileName().toString().matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                    .sorted().toList();
        }
    }

    static Path spanish(Path english) {
        return english.resolveSibling(english.getFileName().toString().replace(".properties", "_es.properties"));
    }

    static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theSpanishBundleHoldsTheSameKeys(Path english) throws IOException {
        Path es = spanish(english);
        assertTrue(Files.exists(es), "no Spanish bundle for " + english + ": add " + es);
        Set<String> en = read(english).stringPropertyNames();
        Set<String> sp = read(es).stringPropertyNames();
        Set<String> missing = new TreeSet<>(en);
        missing.removeAll(sp);
        Set<String> extra = new TreeSet<>(sp);
        extra.removeAll(en);
        assertTrue(missing.isEmpty(), "keys of " + english.getFileName() + " missing from " + es.getFileName() + ": "
                + missing);
        assertTrue(extra.isEmpty(), "keys of " + es.getFileName() + " not in " + english.getFileName() + ": " + extra);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void placeholdersMatch(Path english) throws IOException {
        Properties en = read(english);
        Properties es = read(spanish(english));
        List<String> wrong = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (es.containsKey(key) && !placeholders(en.getProperty(key)).equals(placeholders(es.getProperty(key)))) {
                wrong.add(key + " (" + placeholders(en.getProperty(key)) + " against " + placeholders(es.getProperty(key))
                        + ")");
            }
        }
        assertTrue(wrong.isEmpty(), "placeholders differ in " + english.getFileName() + ": " + wrong);
    }

    /**
     * A key counts as used when a source or template names it whole, or when the sources build it
     * from a literal prefix such as {@code "enum." + ...} or {@code "sidebars.condition." + ...}.
     */
    @ParameterizedTest
    @MethodSource("bundles")
    void noKeyIsUnused(Path english) throws IOException {
        String sources = allSources();
        List<String> unused = new ArrayList<>();
        for (String key : new TreeSet<>(read(english).stringPropertyNames())) {
            if (!used(key, sources)) {
                unused.add(key);
            }
        }
        assertTrue(unused.isEmpty(), "keys of " + english.getFileName() + " no source uses: " + unused);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noTextIsLeftEmpty(Path english) throws IOException {
        Properties es = read(spanish(english));
        for (String key : es.stringPropertyNames()) {
            assertFalse(es.getProperty(key).isBlank() && !read(english).getProperty(key, "").isBlank(),
                    key + " is empty in " + spanish(english).getFileName());
        }
    }

    static boolean used(String key, String sources) {
        if (sources.contains("\"" + key + "\"") || sources.contains("{{t." + key + "}}")) {
            return true;
        }
        // A field's help line is read as its label's key plus ".help".
        if (key.endsWith(".help") && sources.contains("\".help\"")
                && used(key.substring(0, key.length() - ".help".length()), sources)) {
            return true;
        }
        for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
            if (sources.contains("\"" + key.substring(0, dot + 1) + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static String sourcesCache;

    static synchronized String allSources() throws IOException {
        if (sourcesCache == null) {
            StringBuilder all = new StringBuilder();
            for (Path root : SOURCES) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".html"))
                            .toList()) {
                        all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
                    }
                }
            }
            sourcesCache = all.toString();
        }
        return sourcesCache;
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @org.junit.jupiter.api.Test
    void theCheckFindsTheBundles() throws IOException {
        assertTrue(bundles().stream().anyMatch(p -> p.endsWith("ui/messages.properties")), bundles().toString());
        assertEquals(Set.of("0", "1"), placeholders("{0} and {1,number} and {0}"));
        assertTrue(used("sidebars.condition.TEAM_INFORMED.short", "x = \"sidebars.condition.\" + c"));
        assertFalse(used("sidebars.gone", "x = \"sidebars.gon\""));
    }
}
