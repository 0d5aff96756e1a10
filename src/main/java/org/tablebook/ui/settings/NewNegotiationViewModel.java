package org.tablebook.ui.settings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.domain.Ids;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Sector;
import org.tablebook.domain.Side;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.FieldErrors;
import org.tablebook.ui.common.Messages;

/**
 * File > New negotiation: the file's name and folder, the negotiation's details (parties, kind and
 * sector, bargaining unit, the dates the deadline rules count from), both teams and the name the
 * person records under, asked in one form and written as one new file. The records' own checks
 * judge every field; a field they refuse gets its message and nothing is written, nothing typed
 * is cleared.
 */
public final class NewNegotiationViewModel {
    /** What the form asks to be written: the new file, what it holds, and who records. */
    public record NewNegotiation(Path file, NegotiationSnapshot snapshot, String userName) {
    }

    /** Writes a new negotiation file and opens it; calls back on the JavaFX thread. */
    @FunctionalInterface
    public interface Creator {
        void create(NewNegotiation negotiation, Runnable onCreated, Consumer<String> onFailed);
    }

    /** One person of a team, as typed: a line with no name is left out. */
    public static final class TeamMember {
        private final StringProperty name = new SimpleStringProperty("");
        private final ObjectProperty<PersonRole> role;

        TeamMember(PersonRole role) {
            this.role = new SimpleObjectProperty<>(role);
        }

        public StringProperty nameProperty() {
            return name;
        }

        public ObjectProperty<PersonRole> roleProperty() {
            return role;
        }
    }

    private final Clock clock;
    private final DialogService dialogs;
    private final Creator creator;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final StringProperty fileName = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private final NegotiationDetails details = new NegotiationDetails(errors);
    private final StringProperty yourName = new SimpleStringProperty("");
    private final ObservableList<TeamMember> ours = FXCollections.observableArrayList();
    private final ObservableList<TeamMember> theirs = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** True once the file name is typed by hand: it then no longer follows the title. */
    private final BooleanProperty fileNameTyped = new SimpleBooleanProperty();
    private boolean naming;

    /**
     * @param folder where the file goes unless another folder is chosen
     * @param userName the name the person records under now, offered as "your name"
     */
    public NewNegotiationViewModel(Clock clock, DialogService dialogs, Path folder, String userName, Creator creator) {
        this.clock = clock;
        this.dialogs = dialogs;
        this.creator = creator;
        this.folder.set(folder);
        this.yourName.set(userName == null ? "" : userName);
        details.startedOnProperty().set(LocalDate.now(clock).toString());
        ours.add(new TeamMember(PersonRole.CHIEF_NEGOTIATOR));
        theirs.add(new TeamMember(PersonRole.CHIEF_NEGOTIATOR));
        // The file is named after the negotiation until the person names it.
        details.titleProperty().addListener((obs, was, is) -> {
            if (!fileNameTyped.get()) {
                naming = true;
                fileName.set(fileNameFor(is));
                naming = false;
            }
        });
        fileName.addListener((obs, was, is) -> {
            if (!naming) {
                fileNameTyped.set(true);
            }
            errors.clear("fileName");
        });
    }

    /** A file name made from a title: the characters no file system takes are left out. */
    static String fileNameFor(String title) {
        return title == null ? "" : title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
    }

    /** Adds an empty line to our team. */
    public TeamMember addOurs() {
        TeamMember m = new TeamMember(PersonRole.COMMITTEE_MEMBER);
        ours.add(m);
        return m;
    }

    /** Adds an empty line to their team. */
    public TeamMember addTheirs() {
        TeamMember m = new TeamMember(PersonRole.DECISION_MAKER);
        theirs.add(m);
        return m;
    }

    /** Takes a line off either team. */
    public void remove(TeamMember member) {
        ours.remove(member);
        theirs.remove(member);
        errors.clearAll();
    }

    /** Where the new file is written: the folder and the name with ".tablebook". */
    public Optional<Path> file() {
        String name = fileName.get() == null ? "" : fileName.get().strip();
        if (name.isEmpty() || folder.get() == null) {
            return Optional.empty();
        }
        try {
            Path path = folder.get().resolve(name.endsWith(".tablebook") ? name : name + ".tablebook");
            return path.getParent() != null && path.getParent().equals(folder.get()) ? Optional.of(path)
                    : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** "Choose…": the file chooser picks the folder and name, which replace the ones in the form. */
    public void chooseFile() {
        dialogs.chooseFileToCreate(Messages.get("dialog.new.title"), folder.get(),
                file().map(p -> p.getFileName().toString()).orElse(Messages.get("dialog.new.name")))
                .ifPresent(this::chooseFile);
    }

    /** A path chosen in the file chooser: its folder and name replace the ones in the form. */
    void chooseFile(Path chosen) {
        if (chosen == null || chosen.getFileName() == null) {
            return;
        }
        folder.set(chosen.toAbsolutePath().getParent());
        fileName.set(chosen.getFileName().toString().replaceFirst("\\.tablebook$", ""));
    }

    /**
     * Checks every field; when all are good, asks for the file to be written and opened, and runs
     * {@code onCreated} once it is. Returns false, with every bad field's message set, when a field
     * is refused (nothing is written); a failure to write the file shows as the file name's message.
     */
    public boolean create(Runnable onCreated) {
        errors.clearAll();
        Optional<NewNegotiation> built = build();
        if (built.isEmpty()) {
            return false;
        }
        busy.set(true);
        creator.create(built.get(), () -> {
            busy.set(false);
            onCreated.run();
        }, message -> {
            busy.set(false);
            errors.set("fileName", message);
        });
        return true;
    }

    /** The new negotiation as typed, or empty with every refused field's message set. */
    Optional<NewNegotiation> build() {
        Instant now = clock.instant();
        Path path = checkFile();
        String recorder = yourName.get() == null ? "" : yourName.get().strip();
        if (recorder.isEmpty()) {
            errors.set("yourName", Messages.get("newNegotiation.yourName.empty"));
        }
        LocalDate started = details.startedOn();
        LocalDate expires = details.contractExpiresOn();
        LocalDate deadline = details.newDemandDeadline();
        Negotiation negotiation = null;
        if (!errors.has("startedOn") && !errors.has("contractExpiresOn") && !errors.has("newDemandDeadline")) {
            Sector chosen = details.sectorProperty().get() == null ? Sector.PRIVATE : details.sectorProperty().get();
            String title = details.titleProperty().get();
            String name = title == null || title.isBlank() ? fileName.get() : title;
            try {
                negotiation = new Negotiation(Ids.newId(), name, details.kindProperty().get(),
                        details.ourPartyProperty().get(), details.otherPartyProperty().get(),
                        details.bargainingUnitProperty().get(), started, expires, deadline, null, null,
                        chosen.presets(RuleSettings.DEFAULTS), chosen, null, null, null, now, now);
            } catch (ValidationException e) {
                errors.set(e);
            }
        }
        List<Person> people = new ArrayList<>();
        people.addAll(team("ours", ours, Side.OURS, now));
        people.addAll(team("theirs", theirs, Side.THEIRS, now));
        if (!errors.none() || negotiation == null || path == null) {
            return Optional.empty();
        }
        NegotiationSnapshot snapshot = new NegotiationSnapshot(negotiation, people, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return Optional.of(new NewNegotiation(path, snapshot, recorder));
    }

    private Path checkFile() {
        Optional<Path> path = file();
        if (path.isEmpty()) {
            errors.set("fileName", Messages.get(fileName.get() == null || fileName.get().isBlank()
                    ? "newNegotiation.fileName.empty" : "newNegotiation.fileName.invalid"));
            return null;
        }
        if (Files.exists(path.get())) {
            errors.set("fileName", Messages.format("newNegotiation.fileName.exists", path.get().getFileName()));
            return null;
        }
        return path.get();
    }

    /** The team's lines with a name, as people; a refused line's message goes to "ours.2.role" and the like. */
    private List<Person> team(String prefix, List<TeamMember> members, Side side, Instant now) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            TeamMember m = members.get(i);
            if (m.name.get() == null || m.name.get().isBlank()) {
                continue;
            }
            try {
                people.add(Person.create(m.name.get(), side, m.role.get(), m.role.get() == PersonRole.DECISION_MAKER,
                        now));
            } catch (ValidationException e) {
                errors.set(memberField(prefix, i, e.field()), e.getMessage());
            }
        }
        return people;
    }

    /** The field name of a team line's value: "ours.0.name", "theirs.1.role". */
    public static String memberField(String team, int index, String field) {
        return team + "." + index + "." + field;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public StringProperty fileNameProperty() {
        return fileName;
    }

    /** The negotiation's details, as the settings ask them too. */
    public NegotiationDetails details() {
        return details;
    }

    public StringProperty yourNameProperty() {
        return yourName;
    }

    public ObservableList<TeamMember> ours() {
        return ours;
    }

    public ObservableList<TeamMember> theirs() {
        return theirs;
    }

    /** The clock this screen's dates count from: its calendars mark today by it. */
    public Clock clock() {
        return clock;
    }
}
