package org.tablebook.ui.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.GrievanceWindowUnit;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.FieldErrors;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.ui.common.Messages;

/**
 * The negotiation's own details (title, parties, the dates the deadline rules read) and every
 * threshold of the rules catalogue, edited on a copy and written as one change.
 */
public final class NegotiationSettingsViewModel {
    /**
     * Each threshold of {@link RuleSettings}: its field name, and the keys of its label, unit and what
     * it governs, written out in the language of the moment they are shown.
     */
    public record Threshold(String field, String labelKey, String unitKey, String helpKey) {
        public String label() {
            return Messages.get(labelKey);
        }

        public String unit() {
            return Messages.get(unitKey);
        }

        public String help() {
            return Messages.get(helpKey);
        }
    }

    public static final List<Threshold> THRESHOLDS = List.of(
            new Threshold("sidebarTimeLimitMinutes", "settings.negotiationSettingsViewModel.sidebarTimeLimit", "settings.negotiationSettingsViewModel.minutes",
                    "settings.negotiationSettingsViewModel.aSidebarRunningLongerThan"),
            new Threshold("reportBackWarningHours", "settings.negotiationSettingsViewModel.reportBackDueWithin", "settings.negotiationSettingsViewModel.hours",
                    "settings.negotiationSettingsViewModel.afterThisLongWithoutA"),
            new Threshold("reportBackErrorHours", "settings.negotiationSettingsViewModel.reportBackOverdueAfter", "settings.negotiationSettingsViewModel.hours",
                    "settings.negotiationSettingsViewModel.afterThisLongWithoutA2"),
            new Threshold("seriesSpanDays", "settings.negotiationSettingsViewModel.sidebarSeriesSpan", "settings.negotiationSettingsViewModel.days",
                    "settings.negotiationSettingsViewModel.sidebarsOnTheSameDemand"),
            new Threshold("decisionWaitDays", "settings.negotiationSettingsViewModel.committeeDecisionWait", "settings.negotiationSettingsViewModel.days",
                    "settings.negotiationSettingsViewModel.aReportedTopicStillWithout"),
            new Threshold("expiryWindowDays", "settings.negotiationSettingsViewModel.expiryWindow", "settings.negotiationSettingsViewModel.days",
                    "settings.negotiationSettingsViewModel.criticalAndHighDemandsStill"),
            new Threshold("grievanceWarningDays", "settings.negotiationSettingsViewModel.grievanceWarning", "settings.negotiationSettingsViewModel.days",
                    "settings.negotiationSettingsViewModel.warnWhenABreachS"),
            new Threshold("defaultGrievanceWindowDays", "settings.negotiationSettingsViewModel.defaultGrievanceWindow", "settings.negotiationSettingsViewModel.days",
                    "settings.negotiationSettingsViewModel.theWindowANewCompliance"),
            new Threshold("otherPartyNoticeDays", "settings.negotiationSettingsViewModel.noticeToTheOtherParty", "settings.negotiationSettingsViewModel.daysBeforeExpiry",
                    "settings.negotiationSettingsViewModel.unionContractsByThisMany"),
            new Threshold("mediationNoticeDays", "settings.negotiationSettingsViewModel.noticeToTheMediationService", "settings.negotiationSettingsViewModel.daysBeforeExpiry",
                    "settings.negotiationSettingsViewModel.unionContractsByThisMany2"),
            new Threshold("informationRequestDueDays", "settings.negotiationSettingsViewModel.informationRequestDueIn", "settings.negotiationSettingsViewModel.days",
                    "settings.negotiationSettingsViewModel.theDueDateANew"));

    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;

    private final FieldErrors errors = new FieldErrors();
    private final NegotiationDetails details = new NegotiationDetails(errors);
    private final StringProperty otherPartyNoticeOn = new SimpleStringProperty("");
    private final StringProperty mediationNoticeOn = new SimpleStringProperty("");
    private final Map<String, StringProperty> thresholds = new LinkedHashMap<>();
    private final StringProperty vagueWords = new SimpleStringProperty("");
    private final StringProperty zone = new SimpleStringProperty("");
    private final StringProperty strikeOn = new SimpleStringProperty("");
    private final StringProperty strikeNoticeOn = new SimpleStringProperty("");
    private final ObjectProperty<GrievanceWindowUnit> grievanceWindowUnit =
            new SimpleObjectProperty<>(GrievanceWindowUnit.CALENDAR_DAYS);
    private final StringProperty holidays = new SimpleStringProperty("");
    private boolean loading;
    private Negotiation original;

    public NegotiationSettingsViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        THRESHOLDS.forEach(t -> thresholds.put(t.field(), new SimpleStringProperty("")));
        // Choosing a sector presets its notice periods; the team can still change them by hand.
        details.sectorProperty().addListener((obs, was, is) -> {
            if (!loading && is != null) {
                RuleSettings preset = is.presets(RuleSettings.DEFAULTS);
                thresholds.get("otherPartyNoticeDays").set(Integer.toString(preset.otherPartyNoticeDays()));
                thresholds.get("mediationNoticeDays").set(Integer.toString(preset.mediationNoticeDays()));
            }
        });
    }

    /** Fills the form from the open negotiation. */
    public void load() {
        original = document.snapshot().negotiation();
        Negotiation n = original;
        loading = true;
        details.fill(n);
        loading = false;
        otherPartyNoticeOn.set(NegotiationDetails.text(n.otherPartyNoticeOn()));
        mediationNoticeOn.set(NegotiationDetails.text(n.mediationNoticeOn()));
        zone.set(n.zone() == null ? "" : n.zone());
        strikeOn.set(NegotiationDetails.text(n.strikeOn()));
        strikeNoticeOn.set(NegotiationDetails.text(n.strikeNoticeOn()));
        show(n.ruleSettings());
        errors.clearAll();
    }

    /** Puts the thresholds of {@code r} in the form, in {@link #THRESHOLDS}' order. */
    private void show(RuleSettings r) {
        int[] values = {r.sidebarTimeLimitMinutes(), r.reportBackWarningHours(), r.reportBackErrorHours(),
                r.seriesSpanDays(), r.decisionWaitDays(), r.expiryWindowDays(), r.grievanceWarningDays(),
                r.defaultGrievanceWindowDays(), r.otherPartyNoticeDays(), r.mediationNoticeDays(),
                r.informationRequestDueDays()};
        for (int i = 0; i < THRESHOLDS.size(); i++) {
            thresholds.get(THRESHOLDS.get(i).field()).set(Integer.toString(values[i]));
        }
        vagueWords.set(String.join(", ", r.vagueWords()));
        grievanceWindowUnit.set(r.grievanceWindowUnit());
        holidays.set(String.join(", ", r.holidays().stream().map(LocalDate::toString).toList()));
    }

    /** Puts every threshold back to the catalogue's default (not saved until {@link #save}). */
    public void restoreDefaults() {
        show(RuleSettings.DEFAULTS);
    }

    /**
     * Checks every field and, when all are valid, writes the negotiation as one change. Returns
     * false (and writes nothing) when a field has a message.
     */
    public boolean save(Consumer<Negotiation> onSaved) {
        errors.clearAll();
        Negotiation updated;
        try {
            updated = build();
        } catch (ValidationException e) {
            errors.set(e);
            return false;
        }
        if (!errors.none()) {
            return false;
        }
        if (updated.equals(original)) {
            onSaved.accept(original);
            return true;
        }
        document.change(Messages.get("settings.negotiationSettingsViewModel.editNegotiationSettings"), w -> {
            w.update(updated);
            return updated;
        }, onSaved, e -> dialogs.showError(Messages.get("settings.saveFailed"), e.getMessage()));
        return true;
    }

    private Negotiation build() {
        LocalDate started = details.startedOn();
        LocalDate expires = details.contractExpiresOn();
        LocalDate deadline = details.newDemandDeadline();
        LocalDate notice = details.date("otherPartyNoticeOn", Messages.get("settings.negotiationSettingsViewModel.theNoticeToTheOther"), otherPartyNoticeOn);
        LocalDate mediation = details.date("mediationNoticeOn", Messages.get("settings.negotiationSettingsViewModel.theNoticeToTheMediation"), mediationNoticeOn);
        LocalDate strike = details.date("strikeOn", Messages.get("settings.negotiationSettingsViewModel.theStrikeDate"), strikeOn);
        LocalDate strikeNotice = details.date("strikeNoticeOn", Messages.get("settings.negotiationSettingsViewModel.theStrikeNotice"), strikeNoticeOn);
        List<LocalDate> holidayList = new java.util.ArrayList<>();
        for (String day : holidays.get().split("[,\\s]+")) {
            LocalDate d = day.isBlank() ? null
                    : details.date("holidays", Messages.get("settings.negotiationSettingsViewModel.aHoliday"), new SimpleStringProperty(day));
            if (d != null) {
                holidayList.add(d);
            }
        }
        int[] values = new int[THRESHOLDS.size()];
        for (int i = 0; i < THRESHOLDS.size(); i++) {
            Threshold t = THRESHOLDS.get(i);
            values[i] = number(t, thresholds.get(t.field()).get());
        }
        if (!errors.none()) {
            return original;
        }
        List<String> words = Arrays.stream(vagueWords.get().split("[,\\n]")).map(String::strip)
                .filter(w -> !w.isEmpty()).toList();
        RuleSettings settings = new RuleSettings(values[0], values[1], values[2], values[3], values[4], values[5],
                values[6], values[7], values[8], values[9], values[10], words, grievanceWindowUnit.get(), holidayList,
                original.ruleSettings().strikeNoticeDays());
        return new Negotiation(original.id(), details.titleProperty().get(), details.kindProperty().get(),
                details.ourPartyProperty().get(), details.otherPartyProperty().get(),
                details.bargainingUnitProperty().get(), started, expires, deadline, notice, mediation, settings,
                details.sectorProperty().get(),
                zone.get(), strike, strikeNotice, original.createdAt(), clock.instant());
    }

    private int number(Threshold t, String text) {
        String s = text == null ? "" : text.strip();
        try {
            int value = Integer.parseInt(s);
            if (value < 0) {
                errors.set(t.field(), Messages.format("settings.negotiationSettingsViewModel.thresholdNegative",
                        t.label(), t.unit()));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.set(t.field(), s.isEmpty()
                    ? Messages.format("settings.negotiationSettingsViewModel.thresholdNotANumber", t.label(), t.unit())
                    : Messages.format("settings.negotiationSettingsViewModel.thresholdNotANumberTyped", t.label(),
                            t.unit(), s));
            return 0;
        }
    }

    /** The details the new-negotiation form asks too: title, parties, kind and sector, the first dates. */
    public NegotiationDetails details() {
        return details;
    }

    /** The table's time zone, such as America/New_York; blank for this computer's. */
    public StringProperty zoneProperty() {
        return zone;
    }

    public StringProperty strikeOnProperty() {
        return strikeOn;
    }

    public StringProperty strikeNoticeOnProperty() {
        return strikeNoticeOn;
    }

    public ObjectProperty<GrievanceWindowUnit> grievanceWindowUnitProperty() {
        return grievanceWindowUnit;
    }

    /** Holidays that working days skip, as yyyy-mm-dd separated by commas. */
    public StringProperty holidaysProperty() {
        return holidays;
    }

    public StringProperty otherPartyNoticeOnProperty() {
        return otherPartyNoticeOn;
    }

    public StringProperty mediationNoticeOnProperty() {
        return mediationNoticeOn;
    }

    public StringProperty thresholdProperty(String field) {
        return thresholds.get(field);
    }

    public StringProperty vagueWordsProperty() {
        return vagueWords;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** The clock this screen's dates count from: its calendars mark today by it. */
    public Clock clock() {
        return clock;
    }
}
