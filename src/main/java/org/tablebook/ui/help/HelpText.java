package org.tablebook.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tablebook.domain.Language;

/**
 * A help page written in a small plain-text format, so that its words live in a resource and not
 * in code:
 * <pre>
 * # Title
 * ## Heading
 * A paragraph, which may run over several lines and hold **bold** words.
 * - A bullet point
 * &gt; A quotation from a source text
 * -- where the quotation comes from
 * </pre>
 * A blank line ends a paragraph, a bullet or a quotation.
 */
public final class HelpText {
    /** The kinds of block a page is made of. */
    public enum Kind {
        TITLE, HEADING, PARAGRAPH, BULLET, QUOTE, SOURCE
    }

    /** One block of a page; its text may hold {@code **bold**} spans. */
    public record Block(Kind kind, String text) {
        public Block {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A span of a block's text, bold or not. */
    public record Span(String text, boolean bold) {
    }

    private HelpText() {
    }

    /**
     * Reads a page from the classpath (UTF-8), in the language of the window: {@code page_es.txt}
     * beside {@code page.txt} is the Spanish page.
     */
    public static List<Block> load(String resource) {
        return load(resource, Language.current());
    }

    public static List<Block> load(String resource, Language language) {
        if (language != Language.ENGLISH) {
            String translated = resource.replaceFirst("\\.txt$", "_" + language.code() + ".txt");
            if (HelpText.class.getResource(translated) != null) {
                resource = translated;
            }
        }
        try (InputStream in = HelpText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No help page at " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The help page " + resource + " could not be read.", e);
        }
    }

    public static List<Block> parse(String page) {
        List<Block> blocks = new ArrayList<>();
        Kind open = null;
        StringBuilder text = new StringBuilder();
        for (String raw : page.split("\\R", -1)) {
            String line = raw.strip();
            Kind starts = line.startsWith("## ") ? Kind.HEADING
                    : line.startsWith("# ") ? Kind.TITLE
                    : line.startsWith("-- ") ? Kind.SOURCE
                    : line.startsWith("- ") ? Kind.BULLET
                    : line.startsWith("> ") ? Kind.QUOTE
                    : line.isEmpty() ? null : Kind.PARAGRAPH;
            boolean continues = starts == Kind.PARAGRAPH && open != null && open != Kind.TITLE
                    && open != Kind.HEADING && open != Kind.SOURCE;
            if (continues) {
                text.append(' ').append(line);
                continue;
            }
            if (open != null) {
                blocks.add(new Block(open, text.toString()));
                text.setLength(0);
            }
            open = starts;
            if (starts != null) {
                text.append(starts == Kind.PARAGRAPH ? line : line.substring(line.indexOf(' ') + 1).strip());
            }
        }
        if (open != null) {
            blocks.add(new Block(open, text.toString()));
        }
        return List.copyOf(blocks);
    }

    /** Splits a block's text at its {@code **} marks. */
    public static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        String[] parts = text.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                spans.add(new Span(parts[i], i % 2 == 1));
            }
        }
        return spans;
    }
}
