package org.tablebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the records refuse is said in the language the program speaks, fields named in it too. */
class ChecksInSpanishTest {
    private Locale before;

    @BeforeEach
    void spanish() {
        before = Locale.getDefault();
        Locale.setDefault(Language.SPANISH.locale());
    }

    @AfterEach
    void back() {
        Locale.setDefault(before);
    }

    @Test
    void aMissingFieldIsNamedInSpanish() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Check.required("title", "label.theDemandsTitle", " "));
        assertEquals("Falta el título de la demanda.", e.getMessage());
        assertEquals("title", e.field());
    }

    @Test
    void twoFieldsInOrderAreNamedWithTheirContractions() {
        ValidationException e = assertThrows(ValidationException.class, () -> Check.notBefore("contractExpiresOn",
                "label.theContractsExpiry", java.time.LocalDate.of(2026, 1, 1), "label.theStartOfBargaining",
                java.time.LocalDate.of(2026, 2, 1)));
        assertEquals("El vencimiento del contrato (2026-01-01) no puede ser anterior al inicio de la negociación "
                + "(2026-02-01).", e.getMessage());
    }

    @Test
    void aDateThatDoesNotExistSaysWhyInSpanish() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Dates.parseDate("voteOn", "label.theDateOfTheVote", "2026-02-29"));
        assertEquals("La fecha de la votación «2026-02-29» no es una fecha real: febrero de 2026 tiene 28 días.",
                e.getMessage());
    }

    @Test
    void aLabelAScreenAlreadyWroteIsKeptAsItIs() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Check.text("notes", "Las notas", "a\u0007b"));
        assertEquals("En las notas hay un carácter de control invisible (U+0007) en la posición 2; quítelo: solo se "
                + "pueden dejar tabulaciones y saltos de línea.", e.getMessage());
    }

    @Test
    void aRecordsOwnRefusalIsSpanishToo() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Ratification("r1", java.time.LocalDate.of(2026, 3, 1), java.util.List.of("a1"),
                        java.time.LocalDate.of(2026, 3, 10), 10, 8, 5, java.time.Instant.EPOCH, java.time.Instant.EPOCH));
        assertEquals("Los votos a favor (8) y en contra (5) suman 13, más que los 10 votantes con derecho a voto.",
                e.getMessage());
        assertEquals("no", e.field());
    }
}
