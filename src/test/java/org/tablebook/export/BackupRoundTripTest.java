package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tablebook.domain.NegotiationSnapshot;

class BackupRoundTripTest {
    private final BackupWriter writer = new BackupWriter();
    private final BackupReader reader = new BackupReader();

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(1, 61);
    }

    @Test
    void theSampleComesBackEqualAndWritesTheSameBytes() throws Exception {
        NegotiationSnapshot original = ReportFixture.snapshot();
        String first = writer.write(original);
        NegotiationSnapshot back = reader.read(first).snapshot();
        assertEquals(original, back);
        assertEquals(first, writer.write(back));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomNegotiationsComeBackEqualAndWriteTheSameBytes(long seed) throws Exception {
        NegotiationSnapshot original = RandomNegotiations.generate(seed).snapshot();
        String first = writer.write(original);
        NegotiationSnapshot back = reader.read(new StringReader(first)).snapshot();
        assertEquals(original, back, "seed " + seed);
        assertEquals(first, writer.write(back), "seed " + seed);
    }

    @Test
    void theFileNamesItsFormatAndIsIndentedForAPerson() {
        String json = writer.write(ReportFixture.snapshot());
        assertTrue(json.startsWith("{\n  \"format\": \"tablebook-backup\",\n  \"formatVersion\": 2,\n"
                + "  \"negotiation\": {\n    \"id\": \"n-0001\",\n"), json.substring(0, 120));
        assertTrue(json.contains("\"contractExpiresOn\": \"2026-06-30\""), "dates are ISO");
        assertTrue(json.contains("\"startedAt\": \"2026-03-05T20:00:00Z\""), "instants are ISO in UTC");
        assertTrue(json.contains("\"start\": \"09:00\""), "times of day are ISO");
        assertTrue(json.contains("\"otherPartyNoticeOn\": null"), "empty optional fields are written as null");
        assertTrue(json.contains("\"name\": \"Zoë Ærøskøbing\""), "text is written as itself, not escaped");
        assertFalse(json.contains("\r"), "line ends are \\n on every platform");
        assertTrue(json.endsWith("}\n"));
        // Lists keep the snapshot's order and appear in a fixed order of kinds.
        assertTrue(json.indexOf("\"people\"") < json.indexOf("\"demands\"")
                && json.indexOf("\"demands\"") < json.indexOf("\"proposals\"")
                && json.indexOf("\"sidebars\"") < json.indexOf("\"acknowledgements\""));
        assertTrue(json.indexOf("\"d-wages\"") < json.indexOf("\"d-leave\""));
        assertFalse(json.contains("\"running\""), "derived values are not written");
    }

    @Test
    void pathAndStreamFormsWriteTheSameBytes(@TempDir Path dir) throws Exception {
        NegotiationSnapshot snapshot = ReportFixture.snapshot();
        Path file = dir.resolve("backup.json");
        writer.write(new Backup(snapshot, java.util.List.of()), file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(new Backup(snapshot, java.util.List.of()), out);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(new String(out.toByteArray(), StandardCharsets.UTF_8), new String(bytes, StandardCharsets.UTF_8));
        assertEquals(snapshot, reader.read(file).snapshot());
        assertEquals(snapshot, reader.read(new ByteArrayInputStream(bytes)).snapshot());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left beside the backup");
        }
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        String json = "\uFEFF" + writer.write(ReportFixture.snapshot());
        assertEquals(ReportFixture.snapshot(), reader.read(json).snapshot());
    }
}
