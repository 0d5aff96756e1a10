package org.tablebook.app;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Text from a negotiation file made safe to print on a terminal: a title may hold an escape
 * sequence that would retitle the window or clear the screen, or a bidirectional control that
 * shows a line in another order than it reads. Each such character is printed as {@code \\uXXXX}
 * (a line break as {@code \\n}, a tab as {@code \\t}), so what the file holds is still visible.
 */
final class Terminal {
    private Terminal() {
    }

    /** {@code text} with every character a terminal would act on, rather than show, escaped. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c, text, i);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** The escape for the character at {@code i}, or null to print it as it is. */
    private static String escape(char c, String text, int i) {
        if (c == '\n') {
            return "\\n";
        }
        if (c == '\t') {
            return "\\t";
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            return null;
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
            return null;
        }
        return unsafe(c) ? String.format("\\u%04X", (int) c) : null;
    }

    /** Control characters (C0, DEL, C1), format characters (bidirectional overrides) and lone surrogates. */
    static boolean unsafe(char c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && c != '\u200D'
                || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029';
    }

    /** For {@code check --json}: the same characters escaped inside JSON strings (Jackson leaves C1 and format characters raw). */
    static final class JsonEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        JsonEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch <= 0xFFFF && !Character.isSurrogate((char) ch) && unsafe((char) ch)
                    ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}
