package org.tablebook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first 100 bytes of a SQLite file, read with plain Java I/O so that deciding whether a file is
 * ours never opens it with SQLite (see https://www.sqlite.org/fileformat.html, "The Database
 * Header"; all numbers big-endian).
 *
 * @param length the file's length in bytes
 * @param bytes how many header bytes there were (at most 100)
 * @param magic whether it starts with "SQLite format 3\0"
 * @param pageSize in bytes; 0 when invalid
 * @param pageCount the in-header database size in pages, or -1 when the header says it is not valid
 */
record FileHeader(long length, int bytes, boolean magic, boolean magicPrefix, int pageSize, long pageCount,
        int userVersion, int applicationId) {

    static final int SIZE = 100;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    static FileHeader read(Path file) throws IOException {
        byte[] b = new byte[SIZE];
        int n;
        long length;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(b, 0, SIZE);
            length = Files.size(file);
        }
        boolean prefix = n > 0;
        for (int i = 0; i < Math.min(n, MAGIC.length); i++) {
            prefix &= b[i] == MAGIC[i];
        }
        boolean magic = prefix && n >= MAGIC.length;
        if (n < SIZE) {
            return new FileHeader(length, n, false, prefix, 0, -1, 0, 0);
        }
        ByteBuffer h = ByteBuffer.wrap(b);
        int raw = Short.toUnsignedInt(h.getShort(16));
        int pageSize = raw == 1 ? 65536 : raw;
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            pageSize = 0;
        }
        int changeCounter = h.getInt(24);
        long inHeaderSize = Integer.toUnsignedLong(h.getInt(28));
        int versionValidFor = h.getInt(92);
        long pageCount = inHeaderSize != 0 && changeCounter == versionValidFor ? inHeaderSize : -1;
        return new FileHeader(length, n, magic, prefix, pageSize, pageCount, h.getInt(60), h.getInt(68));
    }

    /** The length the header promises, or -1 when it does not say. */
    long expectedLength() {
        return pageSize > 0 && pageCount > 0 ? pageSize * pageCount : -1;
    }
}
