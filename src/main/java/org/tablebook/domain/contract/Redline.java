package org.tablebook.domain.contract;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level comparison of two texts, the way a lawyer's comparison reads: words kept, words
 * struck and words inserted, in reading order (a replacement shows the struck words first). Words
 * are compared without the spaces around them, so a change of spacing or line breaks alone is no
 * change; the new text's spacing is kept.
 */
public final class Redline {
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** What a run of words is in the new text. */
    public enum Change { SAME, INSERTED, DELETED }

    /** A run of words with the spacing before each word, as it reads. */
    public record Piece(Change change, String text) {
    }

    private final List<Piece> pieces;

    private Redline(List<Piece> pieces) {
        this.pieces = List.copyOf(pieces);
    }

    public List<Piece> pieces() {
        return pieces;
    }

    /** Whether the two texts hold the same words. */
    public boolean unchanged() {
        return pieces.stream().allMatch(p -> p.change() == Change.SAME);
    }

    /** The comparison of {@code after} against {@code before}; a null text counts as empty. */
    public static Redline of(String before, String after) {
        List<Word> old = words(before == null ? "" : before);
        List<Word> now = words(after == null ? "" : after);
        Patch<String> patch = DiffUtils.diff(old.stream().map(Word::text).toList(),
                now.stream().map(Word::text).toList());
        List<Piece> out = new ArrayList<>();
        int o = 0;
        int n = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int sourceAt = d.getSource().getPosition();
            int targetAt = d.getTarget().getPosition();
            while (n < targetAt) {
                add(out, Change.SAME, now.get(n++).withSpace(out.isEmpty()));
                o++;
            }
            for (int i = 0; i < d.getSource().size(); i++) {
                add(out, Change.DELETED, old.get(sourceAt + i).withSpace(out.isEmpty()));
            }
            for (int i = 0; i < d.getTarget().size(); i++) {
                add(out, Change.INSERTED, now.get(targetAt + i).withSpace(out.isEmpty()));
            }
            o = sourceAt + d.getSource().size();
            n = targetAt + d.getTarget().size();
        }
        while (n < now.size()) {
            add(out, Change.SAME, now.get(n++).withSpace(out.isEmpty()));
        }
        return new Redline(out);
    }

    /** "~~old~~ __new__": the redline as plain marks, for tests and for reading in a log. */
    public String marked() {
        StringBuilder s = new StringBuilder();
        for (Piece p : pieces) {
            String lead = p.text().substring(0, p.text().length() - p.text().stripLeading().length());
            String body = p.text().stripLeading();
            s.append(lead).append(switch (p.change()) {
                case SAME -> body;
                case INSERTED -> "__" + body + "__";
                case DELETED -> "~~" + body + "~~";
            });
        }
        return s.toString();
    }

    private static void add(List<Piece> out, Change change, String text) {
        if (!out.isEmpty() && out.get(out.size() - 1).change() == change) {
            Piece last = out.remove(out.size() - 1);
            out.add(new Piece(change, last.text() + text));
        } else {
            out.add(new Piece(change, out.isEmpty() ? text.stripLeading() : text));
        }
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int end = 0;
        while (m.find()) {
            out.add(new Word(text.substring(end, m.start()), m.group()));
            end = m.end();
        }
        return out;
    }

    /** A word and the spacing before it. */
    private record Word(String space, String text) {
        /** Paragraph breaks are kept; any other spacing reads as one space. */
        String withSpace(boolean first) {
            return first ? text : (space.contains("\n\n") ? "\n\n" : " ") + text;
        }
    }
}
