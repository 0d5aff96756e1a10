package org.tablebook.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The system's fonts, as fallbacks for characters the embedded DejaVu Sans lacks (Devanagari,
 * Chinese, Thai, ...): for a text, the few installed TrueType fonts that cover what DejaVu Sans
 * does not, in a fixed order of preference (sans-serif, regular weight). The folders are scanned
 * once per run of the app, and only when a text first needs it.
 */
final class FallbackFonts {
    /** An installed font that covers some of the characters asked for. */
    record Face(Path file, String family) {
    }

    /** A font file and the characters it covers, as a sorted list of code points. */
    private record Indexed(Path file, int[] codePoints) {
        boolean covers(int cp) {
            return Arrays.binarySearch(codePoints, cp) >= 0;
        }
    }

    private static final BitSet EMBEDDED = coverage(PdfRenderer.regularFont());
    private static volatile List<Indexed> installed;

    private FallbackFonts() {
    }

    /** Whether the embedded font draws {@code cp}; spaces and controls count as drawn. */
    static boolean embeddedCovers(int cp) {
        return cp < 0x21 || Character.isWhitespace(cp) || Character.getType(cp) == Character.CONTROL
                || EMBEDDED.get(cp);
    }

    /**
     * The installed fonts to fall back on for {@code text}, each under a family name of its own
     * ("Tablebook Fallback 1", ...), in the order they should be tried; empty when DejaVu Sans
     * covers all of it.
     */
    static List<Face> forText(String text) {
        int[] missing = text.codePoints().filter(cp -> !embeddedCovers(cp)).distinct().sorted().toArray();
        if (missing.length == 0) {
            return List.of();
        }
        Map<Path, Face> chosen = new LinkedHashMap<>();
        for (int cp : missing) {
            for (Indexed font : installed()) {
                if (font.covers(cp)) {
                    chosen.computeIfAbsent(font.file(), f -> new Face(f, "Tablebook Fallback " + (chosen.size() + 1)));
                    break;
                }
            }
        }
        return List.copyOf(chosen.values());
    }

    /** The characters of {@code text} that no font, embedded or installed, draws: sorted, each once. */
    static int[] undrawable(String text) {
        return text.codePoints().filter(cp -> !embeddedCovers(cp)).distinct().sorted()
                .filter(cp -> installed().stream().noneMatch(f -> f.covers(cp)))
                .toArray();
    }

    private static List<Indexed> installed() {
        List<Indexed> fonts = installed;
        if (fonts == null) {
            synchronized (FallbackFonts.class) {
                if (installed == null) {
                    installed = scan(folders());
                }
                fonts = installed;
            }
        }
        return fonts;
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
        files.sort(Comparator.comparingInt(FallbackFonts::preference).thenComparing(p -> p.getFileName().toString()));
        List<Indexed> out = new ArrayList<>();
        for (Path file : files) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                BitSet covered = coverage(font);
                if (!covered.isEmpty()) {
                    out.add(new Indexed(file, covered.stream().toArray()));
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
