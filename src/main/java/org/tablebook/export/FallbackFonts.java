package org.tablebook.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The system's fonts, as fallbacks for characters the embedded DejaVu Sans lacks (Devanagari,
 * Chinese, Thai, ...): for a text, the few installed TrueType fonts that cover what DejaVu Sans
 * does not, in a fixed order of preference (sans-serif, regular weight). The system's fonts are
 * listed once per run of the app, and only when a text first needs them; an instance over a given
 * list of font files ({@link #of}) chooses among those alone, by the same rules.
 */
final class FallbackFonts {
    /** An installed font that covers some of the characters asked for. */
    record Face(Path file, String family) {
    }

    /** A font file and the characters it covers, as sorted ranges of code points (first and last). */
    record Indexed(Path file, int[] firsts, int[] lasts) {
        boolean covers(int cp) {
            int i = Arrays.binarySearch(firsts, cp);
            int range = i >= 0 ? i : -i - 2;
            return range >= 0 && cp <= lasts[range];
        }

        static Indexed of(Path file, BitSet covered) {
            List<int[]> ranges = new ArrayList<>();
            for (int start = covered.nextSetBit(0); start >= 0; start = covered.nextSetBit(start)) {
                int end = covered.nextClearBit(start);
                ranges.add(new int[] {start, end - 1});
                start = end;
            }
            return new Indexed(file, ranges.stream().mapToInt(r -> r[0]).toArray(),
                    ranges.stream().mapToInt(r -> r[1]).toArray());
        }
    }

    // Read on the first export, not when the app starts: reading it loads the PDF renderer's fonts.
    private static final class Embedded {
        static final BitSet COVERAGE = coverage(PdfRenderer.regularFont());
    }

    private static final FallbackFonts SYSTEM = new FallbackFonts(() -> {
        List<Indexed> listed = fontconfig();
        return listed.isEmpty() ? scan(folders()) : listed;
    });

    private final Supplier<List<Indexed>> source;
    private volatile List<Indexed> installed;
    private final Map<Path, Boolean> loadable = new java.util.concurrent.ConcurrentHashMap<>();

    private FallbackFonts(Supplier<List<Indexed>> source) {
        this.source = source;
    }

    /** The fonts installed on this computer, as fontconfig lists them or as found in the usual folders. */
    static FallbackFonts system() {
        return SYSTEM;
    }

    /** These font files only, indexed when first needed, in the same order of preference as the system's. */
    static FallbackFonts of(List<Path> files) {
        List<Path> copy = List.copyOf(files);
        return new FallbackFonts(() -> index(copy));
    }

    /** Whether the embedded font draws {@code cp}; spaces and controls count as drawn. */
    static boolean embeddedCovers(int cp) {
        return cp < 0x21 || Character.isWhitespace(cp) || Character.getType(cp) == Character.CONTROL
                || Embedded.COVERAGE.get(cp);
    }

    /**
     * The installed fonts to fall back on for {@code text}, each under a family name of its own
     * ("Tablebook Fallback 1", ...), in the order they should be tried; empty when DejaVu Sans
     * covers all of it.
     */
    List<Face> forText(String text) {
        int[] missing = text.codePoints().filter(cp -> !embeddedCovers(cp)).distinct().sorted().toArray();
        if (missing.length == 0) {
            return List.of();
        }
        Set<Path> chosen = new HashSet<>();
        for (int cp : missing) {
            for (Indexed font : installed()) {
                if (font.covers(cp) && loadable(font.file())) {
                    chosen.add(font.file());
                    break;
                }
            }
        }
        // In the order of preference, as the page's font list tries them: a character two chosen
        // fonts both have is drawn from the preferred one.
        List<Face> faces = new ArrayList<>();
        for (Indexed font : installed()) {
            if (chosen.remove(font.file())) {
                faces.add(new Face(font.file(), "Tablebook Fallback " + (faces.size() + 1)));
            }
        }
        return List.copyOf(faces);
    }

    /** Whether the font file parses as TrueType, as embedding will need; asked once per file. */
    private boolean loadable(Path file) {
        return loadable.computeIfAbsent(file, f -> {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(f.toFile()))) {
                return font.getNumberOfGlyphs() > 0;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        });
    }

    /** The characters of {@code text} that no font, embedded or installed, draws: sorted, each once. */
    int[] undrawable(String text) {
        return text.codePoints().filter(cp -> !embeddedCovers(cp)).distinct().sorted()
                .filter(cp -> installed().stream().noneMatch(f -> f.covers(cp) && loadable(f.file())))
                .toArray();
    }

    private List<Indexed> installed() {
        List<Indexed> fonts = installed;
        if (fonts == null) {
            synchronized (this) {
                if (installed == null) {
                    installed = source.get();
                }
                fonts = installed;
            }
        }
        return fonts;
    }

    /**
     * The fonts fontconfig knows, with the characters each covers, read from its cache in a few
     * milliseconds; empty where there is no fontconfig (then the folders are scanned, which takes
     * seconds).
     */
    static List<Indexed> fontconfig() {
        List<String> lines;
        try {
            Process fcList = new ProcessBuilder("fc-list", "--format", "%{file}\\t%{charset}\\n")
                    .redirectErrorStream(false).redirectInput(ProcessBuilder.Redirect.from(new java.io.File(
                            System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null")))
                    .start();
            try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(fcList.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                lines = out.lines().toList();
            }
            fcList.getErrorStream().close();
            if (!fcList.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) || fcList.exitValue() != 0) {
                fcList.destroy();
                return List.of();
            }
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
        List<Indexed> out = new ArrayList<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            Path file = Path.of(line.substring(0, tab));
            if (!regularTrueType(file)) {
                continue;
            }
            BitSet covered = new BitSet();
            try {
                for (String range : line.substring(tab + 1).trim().split("\\s+")) {
                    if (range.isEmpty()) {
                        continue;
                    }
                    int dash = range.indexOf('-');
                    int first = Integer.parseInt(dash < 0 ? range : range.substring(0, dash), 16);
                    int last = dash < 0 ? first : Integer.parseInt(range.substring(dash + 1), 16);
                    covered.set(first, last + 1);
                }
            } catch (NumberFormatException e) {
                continue;
            }
            if (!covered.isEmpty()) {
                out.add(Indexed.of(file, covered));
            }
        }
        out.sort(Comparator.comparingInt((Indexed f) -> preference(f.file()))
                .thenComparing(f -> f.file().getFileName().toString()));
        return List.copyOf(out);
    }

    /** Where Linux, macOS and Windows keep fonts, for everyone and for the user. */
    static List<Path> folders() {
        String home = System.getProperty("user.home", "");
        List<Path> out = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                Path.of(home, ".local", "share", "fonts"), Path.of(home, ".fonts"), Path.of("/Library/Fonts"),
                Path.of("/System/Library/Fonts"), Path.of(home, "Library", "Fonts")));
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            out.add(Path.of(windows, "Fonts"));
        }
        return out;
    }

    /** The regular-weight TrueType fonts in the folders, sans-serif first, each with its coverage. */
    static List<Indexed> scan(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder, 6)) {
                walk.filter(FallbackFonts::regularTrueType).forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                // A folder that cannot be read offers no fonts; the others still do.
            }
        }
        return index(files);
    }

    /** The font files that parse as TrueType, sans-serif first, each with its coverage. */
    private static List<Indexed> index(List<Path> given) {
        List<Path> files = new ArrayList<>(given);
        files.sort(Comparator.comparingInt(FallbackFonts::preference).thenComparing(p -> p.getFileName().toString()));
        List<Indexed> out = new ArrayList<>();
        for (Path file : files) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                BitSet covered = coverage(font);
                if (!covered.isEmpty()) {
                    out.add(Indexed.of(file, covered));
                }
            } catch (IOException | RuntimeException e) {
                // A font file that cannot be parsed is skipped: it could not be embedded either.
            }
        }
        return List.copyOf(out);
    }

    private static boolean regularTrueType(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".ttf") || !Files.isRegularFile(p)) {
            return false;
        }
        String stem = name.substring(0, name.length() - 4);
        int dash = stem.lastIndexOf('-');
        String style = dash < 0 ? "" : stem.substring(dash + 1);
        return style.isEmpty() || style.equals("Regular") || style.equals("Book") || style.equals("Roman");
    }

    /** Lower is tried first: sans-serif text faces, then the rest; never monospace or display faces. */
    private static int preference(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int rank = name.contains("sans") ? 0 : 2;
        if (name.contains("mono") || name.contains("math") || name.contains("display") || name.contains("condensed")) {
            rank += 4;
        }
        if (name.contains("serif")) {
            rank += 1;
        }
        return rank;
    }

    private static BitSet coverage(byte[] ttf) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            return coverage(font);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded font cannot be read", e);
        }
    }

    private static BitSet coverage(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        BitSet covered = new BitSet();
        if (cmap == null) {
            return covered;
        }
        for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
            List<Integer> codes = cmap.getCharCodes(gid);
            if (codes != null) {
                codes.forEach(covered::set);
            }
        }
        return covered;
    }
}
