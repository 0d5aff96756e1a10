package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.LanguageRole;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.testing.OpenNegotiation;

/** VAGUE_LANGUAGE points at the vague word inside the contract language a pass proposes. */
class VagueLanguagePlaceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aVagueWordInProposedLanguageIsFoundAtItsPlace() throws Exception {
        try (OpenNegotiation file = OpenNegotiation.holding(SampleNegotiation.build(CLOCK), dir, CLOCK, "Dana")) {
            NegotiationSnapshot s = file.snapshot();
            SectionLanguage proposed = s.sectionLanguage().stream().filter(l -> l.role() == LanguageRole.PROPOSED)
                    .filter(l -> s.proposals().stream().anyMatch(p -> p.id().equals(l.proposalId())
                            && new VagueLanguageRule().check(s, CLOCK, s.negotiation().ruleSettings()).stream()
                                    .noneMatch(f -> f.subject().id().equals(p.id()))))
                    .findFirst().orElseThrow();
            String text = "Overtime shall be offered by rotation, with reasonable notice.";
            file.document().change("Edit the proposed text", w -> {
                w.update(proposed.withText(text, CLOCK.instant()));
                return null;
            }, done -> { }, e -> { throw new AssertionError(e); });

            NegotiationSnapshot after = file.snapshot();
            List<Finding> found = new VagueLanguageRule().check(after, CLOCK, after.negotiation().ruleSettings()).stream()
                    .filter(f -> f.subject().id().equals(proposed.proposalId())).toList();
            assertEquals(1, found.size());
            Finding.Place place = found.get(0).place().orElseThrow();
            assertEquals(EntityRef.of(after.sectionLanguage().stream().filter(l -> l.id().equals(proposed.id()))
                    .findFirst().orElseThrow()), place.in());
            assertEquals("reasonable", text.substring(place.start(), place.end()));
            assertTrue(found.get(0).message().contains("reasonable"), found.get(0).message());
        }
    }

    @Test
    void everyPlaceOfTheListedWordsIsFoundWholeInAnyCase() {
        List<VagueWords.Place> places = VagueWords.in("Reasonable notice and/or unreasonable delay; provided  that "
                + "notice is REASONABLE.", List.of("and/or", "provided that", "reasonable"));
        assertEquals(List.of("Reasonable", "and/or", "provided  that", "REASONABLE"), places.stream()
                .map(p -> "Reasonable notice and/or unreasonable delay; provided  that notice is REASONABLE."
                        .substring(p.start(), p.end())).toList());
    }
}
