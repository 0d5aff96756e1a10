package org.tablebook.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable hash of the facts behind a finding. It must be equal across runs and machines (an
 * acknowledgement stored in the file compares against it), so it is a SHA-256 of the facts'
 * text, not a Java hash code.
 */
final class Fingerprint {
    private static final char SEPARATOR = '\u001f';
    private static final String NULL = "\u2205";

    private Fingerprint() {
    }

    /**
     * The hash of the parts, worked out only when written out ({@code toString}), as a fact of a
     * finding whose own fingerprint may never be asked for. Equal when the parts are.
     */
    static Object later(Object... parts) {
        return new Later(parts);
    }

    private static final class Later {
        private final Object[] parts;
        private volatile String hash;

        Later(Object[] parts) {
            this.parts = parts.clone();
        }

        @Override
        public String toString() {
            String h = hash;
            if (h == null) {
                h = of(parts);
                hash = h;
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Later other && java.util.Arrays.deepEquals(parts, other.parts);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.deepHashCode(parts);
        }
    }

    /** Hashes the parts in order; null parts are distinct from empty ones. */
    static String of(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part == null ? NULL : part.toString()).append(SEPARATOR);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
