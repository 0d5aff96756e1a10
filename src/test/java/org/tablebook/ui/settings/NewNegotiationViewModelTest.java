package org.tablebook.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Sector;
import org.tablebook.domain.Side;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.ui.settings.NewNegotiationViewModel.NewNegotiation;

class NewNegotiationViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<NewNegotiation> written = new ArrayList<>();
    private String failWith;

    private NewNegotiationViewModel form() {
        return new NewNegotiationViewModel(CLOCK, dialogs, dir, "Sam", (made, onCreated, onFailed) -> {
            if (failWith != null) {
                onFailed.accept(failWith);
            } else {
                written.add(made);
                onCreated.run();
            }
        });
    }

    @Test
    void everythingTypedGoesIntoTheNewFileInOneStep() {
        NewNegotiationViewModel form = form();
        form.details().titleProperty().set("Local 1199 \u2013 Riverside Health 2027");
        form.details().kindProperty().set(NegotiationKind.UNION_CONTRACT);
        form.details().sectorProperty().set(Sector.HEALTH_CARE);
        form.details().ourPartyProperty().set("SEIU Local 1199");
        form.details().otherPartyProperty().set("Riverside Health");
        form.details().bargainingUnitProperty().set("Nurses and techs, 840 members");
        form.details().contractExpiresOnProperty().set("2026-06-30");
        form.details().newDemandDeadlineProperty().set("2026-04-01");
        form.ours().get(0).nameProperty().set("Dana Reyes");
        form.addOurs().nameProperty().set("Luis Ortega");
        form.theirs().get(0).nameProperty().set("Pat Lee");
        NewNegotiationViewModel.TeamMember boss = form.addTheirs();
        boss.nameProperty().set("Morgan Hale");
        form.addTheirs(); // left empty: not added
        form.yourNameProperty().set("Dana Reyes");
        boolean[] closed = {false};

        assertTrue(form.create(() -> closed[0] = true), form.errors().all()::toString);

        assertTrue(closed[0]);
        NewNegotiation made = written.get(0);
        assertEquals(dir.resolve("Local 1199 \u2013 Riverside Health 2027.tablebook"), made.file(),
                "the file is named after the title");
        var n = made.snapshot().negotiation();
        assertEquals("Riverside Health", n.otherParty());
        assertEquals("Nurses and techs, 840 members", n.bargainingUnit());
        assertEquals(LocalDate.parse("2026-03-03"), n.startedOn(), "bargaining starts today unless changed");
        assertEquals(LocalDate.parse("2026-06-30"), n.contractExpiresOn());
        assertEquals(LocalDate.parse("2026-04-01"), n.newDemandDeadline());
        assertEquals(Sector.HEALTH_CARE, n.sector());
        assertEquals(90, n.ruleSettings().otherPartyNoticeDays(), "the sector presets its notice periods");
        assertEquals(List.of("Dana Reyes", "Luis Ortega", "Pat Lee", "Morgan Hale"),
                made.snapshot().people().stream().map(p -> p.name()).toList());
        assertEquals(List.of(Side.OURS, Side.OURS, Side.THEIRS, Side.THEIRS),
                made.snapshot().people().stream().map(p -> p.side()).toList());
        assertEquals(PersonRole.CHIEF_NEGOTIATOR, made.snapshot().people().get(0).role());
        assertTrue(made.snapshot().people().get(3).canAgree(), "a decision-maker can agree for their side");
        assertEquals("Dana Reyes", made.userName());
    }

    @Test
    void everyRefusedFieldIsNamedAndNothingTypedIsLost() {
        NewNegotiationViewModel form = form();
        form.details().titleProperty().set("Riverside");
        form.details().startedOnProperty().set("2026-03-01");
        form.details().contractExpiresOnProperty().set("2026-02-30");
        form.details().newDemandDeadlineProperty().set("soon");
        form.ours().get(0).nameProperty().set("Dana Reyes");
        form.ours().get(0).roleProperty().set(null);
        form.yourNameProperty().set(" ");

        assertFalse(form.create(() -> { }));

        assertTrue(written.isEmpty(), "nothing is written");
        for (String field : List.of("contractExpiresOn", "newDemandDeadline", "ours.0.role", "yourName")) {
            assertTrue(form.errors().has(field), field + " is named: " + form.errors().all());
        }
        assertEquals("2026-02-30", form.details().contractExpiresOnProperty().get());
        assertEquals("soon", form.details().newDemandDeadlineProperty().get());
        assertEquals("Dana Reyes", form.ours().get(0).nameProperty().get());
        assertEquals("Riverside", form.details().titleProperty().get());

        // Put right, the same form creates the file.
        form.details().contractExpiresOnProperty().set("2026-06-30");
        form.details().newDemandDeadlineProperty().set("");
        form.ours().get(0).roleProperty().set(PersonRole.CHIEF_NEGOTIATOR);
        form.yourNameProperty().set("Dana Reyes");
        assertTrue(form.create(() -> { }), form.errors().all()::toString);
        assertEquals(1, written.size());
    }

    @Test
    void theDomainsOwnChecksJudgeTheDates() {
        NewNegotiationViewModel form = form();
        form.details().titleProperty().set("Riverside");
        form.details().startedOnProperty().set("2026-03-01");
        form.details().contractExpiresOnProperty().set("2026-01-31");
        assertFalse(form.create(() -> { }));
        assertTrue(form.errors().has("contractExpiresOn"), form.errors().all()::toString);
    }

    @Test
    void theFileIsNamedAfterTheTitleUntilTypedAndAFileThereIsNeverReplaced() throws Exception {
        NewNegotiationViewModel form = form();
        form.details().titleProperty().set("Riverside: 2027/28");
        assertEquals("Riverside 2027 28", form.fileNameProperty().get(), "characters no file system takes are left out");
        form.fileNameProperty().set("riverside");
        form.details().titleProperty().set("Riverside Health");
        assertEquals("riverside", form.fileNameProperty().get(), "a name typed by hand stays");

        java.nio.file.Files.writeString(dir.resolve("riverside.tablebook"), "keep me");
        assertFalse(form.create(() -> { }));
        assertTrue(form.errors().get("fileName").contains("already exists"), form.errors().all()::toString);

        form.fileNameProperty().set("a/b");
        assertFalse(form.create(() -> { }));
        assertTrue(form.errors().has("fileName"));

        form.fileNameProperty().set("");
        form.details().titleProperty().set("");
        assertFalse(form.create(() -> { }));
        assertTrue(form.errors().has("fileName"));
        assertTrue(form.errors().has("title"), "the title is required by the negotiation itself");
    }

    @Test
    void aFileThatCannotBeWrittenKeepsTheFormOpenWithTheReason() {
        failWith = "The disk is full.";
        NewNegotiationViewModel form = form();
        form.details().titleProperty().set("Riverside");
        boolean[] closed = {false};
        assertTrue(form.create(() -> closed[0] = true));
        assertFalse(closed[0]);
        assertEquals("The disk is full.", form.errors().get("fileName"));
        assertFalse(form.busyProperty().get());
    }

    @Test
    void chooseTakesTheFolderAndNameFromTheChooser() {
        NewNegotiationViewModel form = form();
        dialogs.fileAnswers.add(Optional.of(dir.resolve("elsewhere").resolve("Riverside.tablebook")));
        form.chooseFile();
        assertEquals(dir.resolve("elsewhere"), form.folderProperty().get());
        assertEquals("Riverside", form.fileNameProperty().get());
    }
}
