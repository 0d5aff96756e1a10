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

    @Test
    void aJoinWithoutARealTimeIsRefusedInSpanish() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new SidebarStart("st1", "sb1", java.time.Instant.EPOCH, java.util.List.of(), java.util.List.of(),
                        java.util.List.of("p1@yesterday"), "", java.time.Instant.EPOCH, java.time.Instant.EPOCH));
        assertEquals("Una incorporación se registra con quién y cuándo: p1@yesterday", e.getMessage());
        assertEquals("joins", e.field());
    }

    @Test
    void aStatusTheLifecycleRefusesIsNamedAsTheListsNameItWithTheWayBack() {
        assertEquals("Una demanda «Retirada» no puede pasar a «Con acuerdo tentativo». Vuelva a ponerla primero «En la "
                + "mesa»: una demanda retirada tiene que volver a presentarse en la mesa antes de que se pueda acordar "
                + "algo sobre ella.",
                assertThrows(ValidationException.class,
                        () -> DemandStatus.WITHDRAWN.moveTo(DemandStatus.TENTATIVELY_AGREED)).getMessage());
        assertEquals("Un acuerdo «Reabierto» no puede pasar a «Confirmado». Registre primero que se alcanzó de nuevo: "
                + "vuelve a «Tentativo».",
                assertThrows(ValidationException.class, () -> TaStatus.REOPENED.moveTo(TaStatus.CONFIRMED)).getMessage());
    }

    @Test
    void anAgreementsStepsAndTheMemorandumRefuseInSpanish() {
        org.tablebook.testing.SnapshotBuilder b = org.tablebook.testing.SnapshotBuilder.union();
        Demand draft = b.demand("U-4", "Parking").status(DemandStatus.DRAFT).add();
        Demand leave = b.demand("U-3", "Permisos").status(DemandStatus.TENTATIVELY_AGREED).add();
        TentativeAgreement tentative = b.agreement(leave).add();
        TentativeAgreement onDraft = b.agreement(draft).add();
        NegotiationSnapshot snapshot = b.build();
        java.time.Instant now = java.time.Instant.parse("2026-03-20T10:00:00Z");
        assertEquals("U-4 todavía es un borrador: no se ha presentado en la mesa, así que aún no se puede acordar nada "
                + "sobre ella. Preséntela primero en la mesa.", assertThrows(ValidationException.class,
                        () -> Agreements.reach(onDraft, draft, now)).getMessage());
        assertEquals("Solo un acuerdo «Reabierto» se puede alcanzar de nuevo; este está «Tentativo».",
                assertThrows(ValidationException.class, () -> Agreements.reachAgain(tentative, leave, now)).getMessage());
        ValidationException e = assertThrows(ValidationException.class, () -> Ratifications.draft(snapshot,
                java.time.LocalDate.of(2026, 3, 20), java.util.List.of(tentative.id()), now));
        assertEquals("El acuerdo sobre U-3 Permisos está «Tentativo». Confírmelo primero en una sesión oficial: solo "
                + "los acuerdos confirmados entran en un memorando.", e.getMessage());
        assertEquals("agreementIds", e.field());
    }

    @Test
    void aFileWhoseRecordsDoNotFitTogetherIsDescribedInSpanish() {
        org.tablebook.testing.SnapshotBuilder b = org.tablebook.testing.SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Salarios").status(DemandStatus.TENTATIVELY_AGREED).add();
        TentativeAgreement ratified = b.agreement(wages).status(TaStatus.RATIFIED).add();
        ValidationException e = assertThrows(ValidationException.class, () -> b.buildUnchecked().checkConsistency());
        assertEquals("Acuerdo tentativo " + ratified.id() + " está «Ratificado», pero no hay registrada ninguna "
                + "votación de ratificación que lo ratificara.", e.getMessage());
    }

    @Test
    void aContractSectionIsNamedInSpanish() {
        ContractSection section = new ContractSection("cs-1", "7", "Jornada", "7.1", "Horas extra", null, 0,
                java.time.Instant.EPOCH, java.time.Instant.EPOCH);
        assertEquals("Artículo 7 Jornada, 7.1 Horas extra", section.label());
    }

    @Test
    void inEnglishTheSameRefusalsStayEnglish() {
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("A \u201CWithdrawn\u201D demand cannot become \u201CTentatively agreed\u201D. Put it back \u201COn "
                + "the table\u201D first: a withdrawn demand has to be tabled again before anything can be agreed on it.",
                assertThrows(ValidationException.class,
                        () -> DemandStatus.WITHDRAWN.moveTo(DemandStatus.TENTATIVELY_AGREED)).getMessage());
        assertEquals("Tentative agreement", EntityKind.TENTATIVE_AGREEMENT.label());
    }
}
