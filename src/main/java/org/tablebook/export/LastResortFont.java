package org.tablebook.export;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A TrueType font made for one document, for the characters no font on the machine draws: each
 * gets a glyph of its own (an empty box, or nothing for a mark or joiner that takes no room), so
 * that the PDF shows where the character is and its text layer still holds the character itself,
 * which a reader can copy, search and read aloud. Without it the renderer would print "#".
 */
final class LastResortFont {
    static final String FAMILY = "Tablebook Last Resort";
    private static final int EM = 1000;
    private static final int ADVANCE = 600;

    private LastResortFont() {
    }

    /** The font's bytes, with a glyph for each of {@code codePoints} (sorted, distinct). */
    static byte[] build(int[] codePoints) {
        try {
            return sfnt(codePoints);
        } catch (IOException e) {
            throw new UncheckedIOException("A font in memory is always written", e);
        }
    }

    /** A mark or a joiner sits on its neighbour and takes no room; anything else is a box. */
    private static boolean zeroWidth(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    private static byte[] sfnt(int[] cps) throws IOException {
        int glyphs = cps.length + 1;
        Map<String, byte[]> tables = new TreeMap<>();
        tables.put("OS/2", os2(cps));
        tables.put("cmap", cmap(cps));
        byte[][] glyf = glyf(cps);
        tables.put("glyf", glyf[0]);
        tables.put("head", head());
        tables.put("hhea", hhea(glyphs));
        tables.put("hmtx", hmtx(cps));
        tables.put("loca", glyf[1]);
        tables.put("maxp", maxp(glyphs));
        tables.put("name", name());
        tables.put("post", post());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        int n = tables.size();
        int pow = Integer.highestOneBit(n);
        out.writeInt(0x00010000);
        out.writeShort(n);
        out.writeShort(pow * 16);
        out.writeShort(Integer.numberOfTrailingZeros(pow));
        out.writeShort(n * 16 - pow * 16);
        int offset = 12 + n * 16;
        for (Map.Entry<String, byte[]> t : tables.entrySet()) {
            out.write(t.getKey().getBytes(StandardCharsets.US_ASCII));
            out.writeInt(checksum(t.getValue()));
            out.writeInt(offset);
            out.writeInt(t.getValue().length);
            offset += padded(t.getValue().length);
        }
        for (byte[] t : tables.values()) {
            out.write(t);
            out.write(new byte[padded(t.length) - t.length]);
        }
        return bytes.toByteArray();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static int checksum(byte[] table) {
        int sum = 0;
        for (int i = 0; i < padded(table.length); i += 4) {
            int word = 0;
            for (int j = 0; j < 4; j++) {
                word = (word << 8) | (i + j < table.length ? table[i + j] & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }

    private interface Writes {
        void to(DataOutputStream out) throws IOException;
    }

    private static byte[] table(Writes content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        content.to(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static byte[] head() throws IOException {
        return table(out -> {
            out.writeInt(0x00010000);
            out.writeInt(0x00010000);
            out.writeInt(0);
            out.writeInt(0x5F0F3CF5);
            out.writeShort(0x000B);
            out.writeShort(EM);
            out.writeLong(0);
            out.writeLong(0);
            out.writeShort(0);
            out.writeShort(0);
            out.writeShort(ADVANCE);
            out.writeShort(700);
            out.writeShort(0);
            out.writeShort(8);
            out.writeShort(2);
            out.writeShort(1);
            out.writeShort(0);
        });
    }

    private static byte[] hhea(int glyphs) throws IOException {
        return table(out -> {
            out.writeInt(0x00010000);
            out.writeShort(800);
            out.writeShort(-200);
            out.writeShort(0);
            out.writeShort(ADVANCE);
            out.writeShort(0);
            out.writeShort(0);
            out.writeShort(ADVANCE);
            out.writeShort(1);
            out.writeShort(0);
            out.writeShort(0);
            for (int i = 0; i < 4; i++) {
                out.writeShort(0);
            }
            out.writeShort(0);
            out.writeShort(glyphs);
        });
    }

    private static byte[] maxp(int glyphs) throws IOException {
        return table(out -> {
            out.writeInt(0x00010000);
            out.writeShort(glyphs);
            out.writeShort(8);
            out.writeShort(2);
            out.writeShort(0);
            out.writeShort(0);
            out.writeShort(2);
            for (int i = 0; i < 8; i++) {
                out.writeShort(0);
            }
        });
    }

    private static byte[] os2(int[] cps) throws IOException {
        return table(out -> {
            out.writeShort(4);
            out.writeShort(ADVANCE);
            out.writeShort(400);
            out.writeShort(5);
            out.writeShort(0);
            for (int i = 0; i < 10; i++) {
                out.writeShort(0);
            }
            out.writeShort(0);
            out.write(new byte[10]);
            for (int i = 0; i < 4; i++) {
                out.writeInt(0);
            }
            out.write("TBK ".getBytes(StandardCharsets.US_ASCII));
            out.writeShort(0x40);
            out.writeShort(Math.min(cps[0], 0xFFFF));
            out.writeShort(Math.min(cps[cps.length - 1], 0xFFFF));
            out.writeShort(800);
            out.writeShort(-200);
            out.writeShort(0);
            out.writeShort(800);
            out.writeShort(200);
            out.writeInt(1);
            out.writeInt(0);
            out.writeShort(500);
            out.writeShort(700);
            out.writeShort(0);
            out.writeShort(32);
            out.writeShort(0);
        });
    }

    private static byte[] hmtx(int[] cps) throws IOException {
        return table(out -> {
            out.writeShort(ADVANCE);
            out.writeShort(50);
            for (int cp : cps) {
                out.writeShort(zeroWidth(cp) ? 0 : ADVANCE);
                out.writeShort(zeroWidth(cp) ? 0 : 50);
            }
        });
    }

    /** Format 12 under Windows Unicode full repertoire: one group per character, glyph i+1 for the i-th. */
    private static byte[] cmap(int[] cps) throws IOException {
        return table(out -> {
            out.writeShort(0);
            out.writeShort(1);
            out.writeShort(3);
            out.writeShort(10);
            out.writeInt(12);
            out.writeShort(12);
            out.writeShort(0);
            out.writeInt(16 + cps.length * 12);
            out.writeInt(0);
            out.writeInt(cps.length);
            for (int i = 0; i < cps.length; i++) {
                out.writeInt(cps[i]);
                out.writeInt(cps[i]);
                out.writeInt(i + 1);
            }
        });
    }

    /** The glyphs and their long offsets: an outlined box, or an empty glyph for what takes no room. */
    private static byte[][] glyf(int[] cps) throws IOException {
        byte[] box = table(out -> {
            out.writeShort(2);
            out.writeShort(50);
            out.writeShort(0);
            out.writeShort(550);
            out.writeShort(700);
            out.writeShort(3);
            out.writeShort(7);
            out.writeShort(0);
            for (int i = 0; i < 8; i++) {
                out.writeByte(0x01);
            }
            // The outer square clockwise, the inner one counter-clockwise, as relative moves.
            for (int dx : new int[] {50, 0, 500, 0, -450, 400, 0, -400}) {
                out.writeShort(dx);
            }
            for (int dy : new int[] {0, 700, 0, -700, 50, 0, 600, 0}) {
                out.writeShort(dy);
            }
        });
        ByteArrayOutputStream glyf = new ByteArrayOutputStream();
        ByteArrayOutputStream loca = new ByteArrayOutputStream();
        DataOutputStream offsets = new DataOutputStream(loca);
        offsets.writeInt(0);
        glyf.write(box);
        offsets.writeInt(glyf.size());
        for (int cp : cps) {
            if (!zeroWidth(cp)) {
                glyf.write(box);
            }
            offsets.writeInt(glyf.size());
        }
        return new byte[][] {glyf.toByteArray(), loca.toByteArray()};
    }

    private static byte[] name() throws IOException {
        String[][] names = {{"1", FAMILY}, {"2", "Regular"}, {"4", FAMILY}, {"6", "TablebookLastResort"}};
        return table(out -> {
            out.writeShort(0);
            out.writeShort(names.length);
            out.writeShort(6 + names.length * 12);
            int offset = 0;
            for (String[] n : names) {
                int length = n[1].getBytes(StandardCharsets.UTF_16BE).length;
                out.writeShort(3);
                out.writeShort(1);
                out.writeShort(0x409);
                out.writeShort(Integer.parseInt(n[0]));
                out.writeShort(length);
                out.writeShort(offset);
                offset += length;
            }
            for (String[] n : names) {
                out.write(n[1].getBytes(StandardCharsets.UTF_16BE));
            }
        });
    }

    private static byte[] post() throws IOException {
        return table(out -> {
            out.writeInt(0x00030000);
            out.writeInt(0);
            out.writeShort(-100);
            out.writeShort(50);
            for (int i = 0; i < 5; i++) {
                out.writeInt(0);
            }
        });
    }
}
