package org.tablebook.ui.costing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.costing.CostBreakdown;
import org.tablebook.costing.CostingCache;
import org.tablebook.costing.Money;
import org.tablebook.costing.Packages;
import org.tablebook.costing.YearCost;
import org.tablebook.document.BackgroundTask;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.domain.Classification;
import org.tablebook.domain.CostItem;
import org.tablebook.domain.CostItemKind;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.Ids;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.RecordEditor;

/**
 * Pricing passes: the economic passes (and any other pass already costed), each with what it costs
 * alone; the items of the selected pass, with an editor for one item.
 */
public final class PassCostingViewModel {
    /** "Every classification" is the null choice. */
    public record ClassChoice(Classification classification) {
        public String id() {
            return classification == null ? null : classification.id();
        }

        @Override
        public String toString() {
            return classification == null ? Messages.get("costing.item.classification.all") : classification.name();
        }
    }

    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;
    /** Each pass's costing kept between snapshots: a change costs again only the passes it touched. */
    private final CostingCache kept = new CostingCache();

    private final ObservableList<PassRow> passes = FXCollections.observableArrayList();
    private final ObjectProperty<PassRow> selectedPass = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper passCost = new ReadOnlyStringWrapper("");
    private final ObservableList<CostItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<CostItem> selectedItem = new SimpleObjectProperty<>();
    private final ObservableList<ClassChoice> classChoices = FXCollections.observableArrayList();

    private final ObjectProperty<CostItemKind> kind = new SimpleObjectProperty<>(CostItemKind.ACROSS_THE_BOARD_PERCENT);
    private final ObjectProperty<ClassChoice> appliesTo = new SimpleObjectProperty<>(new ClassChoice(null));
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty effectiveOn = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final RecordEditor<CostItem> editor;

    public PassCostingViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        editor = new RecordEditor<>(document, dialogs, this::fill, this::blank, i -> Labels.of(i.kind()),
                Messages.get("costing.item.new"));
        editor.field("kind", kind);
        editor.field("classificationId", appliesTo);
        editor.field("amount", amount);
        editor.field("effectiveOn", effectiveOn);
        editor.field("note", note);
        editor.onSave(this::save);
        editor.onReveal(this::selectItem);
        document.snapshotProperty().addListener((obs, was, is) -> load(is));
        selectedPass.addListener((obs, was, is) -> showPass(is));
        selectedItem.addListener((obs, was, is) -> {
            if (is != null && !editor.edit(is, () -> selectedItem.set(is))) {
                selectedItem.set(was);
            }
        });
        load(document.snapshot());
    }

    /**
     * Shows the passes of {@code s} with what each costs alone, worked out on the background thread
     * (a large negotiation prices hundreds of passes); a later snapshot's list always wins.
     */
    private void load(NegotiationSnapshot s) {
        if (s == null) {
            classChoices.setAll(List.of(new ClassChoice(null)));
            showRows(List.of());
            return;
        }
        List<ClassChoice> choices = new ArrayList<>();
        choices.add(new ClassChoice(null));
        s.classifications().forEach(c -> choices.add(new ClassChoice(c)));
        classChoices.setAll(choices);
        BackgroundTask.of(() -> rows(s, kept)).onSuccess(rows -> {
            if (document.snapshot() == s) {
                showRows(rows);
            }
        }).onFailure(e -> {
            if (document.snapshot() == s) {
                passCost.set(Messages.get("costing.failed"));
            }
        }).runWith(document.tasks());
    }

    /** The economic passes, and any other pass already costed, newest first, each with its cost. */
    static List<PassRow> rows(NegotiationSnapshot s, CostingCache kept) {
        List<PassRow> rows = new ArrayList<>();
        for (Proposal p : s.proposals()) {
            Demand d = s.demand(p.demandId()).orElse(null);
            boolean costed = !s.costItemsOf(p.id()).isEmpty();
            if (d == null || !(costed || d.category() == DemandCategory.ECONOMIC)) {
                continue;
            }
            rows.add(new PassRow(p, d, costed ? Packages.costOf(s, p, kept)
                    .map(c -> Money.format(c.total(), currency(s))).orElse("")
                    : Messages.get("costing.passes.notCosted"), costed));
        }
        rows.sort(Comparator.comparing((PassRow r) -> r.pass().passedOn()).reversed()
                .thenComparing(r -> r.demand().code()));
        s.costingBaseline().ifPresent(b -> kept.calculatorFor(b, s.classifications()).forgetUnused());
        return rows;
    }

    private void showRows(List<PassRow> rows) {
        PassRow current = selectedPass.get();
        passes.setAll(rows);
        if (current != null) {
            selectedPass.set(rows.stream().filter(r -> r.pass().id().equals(current.pass().id())).findFirst()
                    .orElse(null));
        }
        showPass(selectedPass.get());
    }

    private static String currency(NegotiationSnapshot s) {
        return s.costingBaseline().map(b -> b.currency()).orElse("USD");
    }

    private void showPass(PassRow row) {
        NegotiationSnapshot s = document.snapshot();
        if (row == null || s == null) {
            items.clear();
            passCost.set("");
            editor.close();
            return;
        }
        CostItem current = editor.stored();
        items.setAll(s.costItemsOf(row.pass().id()));
        if (current != null && !current.proposalId().equals(row.pass().id())) {
            // Another pass chosen: the item of the one before is no longer shown.
            editor.close();
            selectedItem.set(null);
        } else if (current != null) {
            CostItem fresh = items.stream().filter(i -> i.id().equals(current.id())).findFirst().orElse(null);
            editor.refresh(fresh);
            selectedItem.set(editor.stored() == null ? null : fresh);
        }
        Proposal pass = row.pass();
        BackgroundTask.of(() -> describe(s, pass, kept)).onSuccess(text -> {
            PassRow now = selectedPass.get();
            if (document.snapshot() == s && now != null && now.pass().id().equals(pass.id())) {
                passCost.set(text);
            }
        }).onFailure(e -> passCost.set(Messages.get("costing.failed"))).runWith(document.tasks());
    }

    /** "This pass alone: Year 1 $…, Year 2 $…; $… over the term." */
    static String describe(NegotiationSnapshot s, Proposal pass, CostingCache kept) {
        if (s.costingBaseline().isEmpty()) {
            return Messages.get("costing.passes.noBaseline");
        }
        CostBreakdown c = Packages.costOf(s, pass, kept).orElse(null);
        if (c == null) {
            return Messages.get("costing.passes.notCosted");
        }
        String cur = currency(s);
        String years = c.years().stream().map((YearCost y) -> Messages.format("costing.package.year", y.year()) + " "
                + Money.format(y.total(), cur)).collect(Collectors.joining(", "));
        return Messages.format("costing.passes.costByYear", years, Money.format(c.total(), cur));
    }

    /** Starts a new item on the selected pass, dated on the contract's first day. */
    public void newItem() {
        if (selectedPass.get() == null) {
            return;
        }
        editor.leave(() -> {
            selectedItem.set(null);
            editor.startNew();
        });
    }

    private void blank() {
        kind.set(CostItemKind.ACROSS_THE_BOARD_PERCENT);
        appliesTo.set(classChoices.get(0));
        amount.set("");
        NegotiationSnapshot s = document.snapshot();
        effectiveOn.set(s == null ? "" : s.costingBaseline().map(b -> b.termStart().toString()).orElse(""));
        note.set("");
    }

    private void fill(CostItem i) {
        kind.set(i.kind());
        appliesTo.set(classChoices.stream().filter(c -> java.util.Objects.equals(c.id(), i.classificationId()))
                .findFirst().orElse(classChoices.get(0)));
        amount.set(Fields.text(i.amount()));
        effectiveOn.set(i.effectiveOn().toString());
        note.set(i.note());
    }

    private CostItem fromForm(String id, String passId, Instant created, Instant updated) {
        return new CostItem(id, passId, kind.get(), appliesTo.get() == null ? null : appliesTo.get().id(),
                Fields.decimal("amount", "costing.item.amount", amount.get()),
                Fields.date("effectiveOn", "costing.item.effectiveOn", effectiveOn.get()), note.get(), created,
                updated);
    }

    /** Writes the item as one change. */
    public void save() {
        PassRow row = selectedPass.get();
        if (row == null) {
            editor.errors().set("proposalId", Messages.get("costing.error.noPass"));
            return;
        }
        editor.save(i -> Messages.get(editor.isCreating() ? "costing.change.item.add" : "costing.change.item.edit"), current -> {
            Instant now = clock.instant();
            return current == null ? fromForm(Ids.newId(), row.pass().id(), now, now)
                    : fromForm(current.id(), current.proposalId(), current.createdAt(),
                            now.isBefore(current.createdAt()) ? current.createdAt() : now);
        }, saved -> selectedItem.set(items.stream().filter(i -> i.id().equals(saved.id())).findFirst()
                .orElse(saved)));
    }

    public void delete() {
        editor.delete(Messages.get("costing.delete.item.body"), Messages.get("costing.change.item.delete"),
                () -> selectedItem.set(null));
    }

    /** Selects a priced item by id, with its pass, if that pass is in the list. */
    private void selectItem(String itemId) {
        NegotiationSnapshot s = document.snapshot();
        CostItem item = s == null ? null : s.costItems().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElse(null);
        if (item != null && selectPass(item.proposalId())) {
            selectedItem.set(items.stream().filter(i -> i.id().equals(itemId)).findFirst().orElse(null));
        }
    }

    /** Selects the pass with this id, if it is in the list. */
    public boolean selectPass(String proposalId) {
        PassRow row = passes.stream().filter(r -> r.pass().id().equals(proposalId)).findFirst().orElse(null);
        selectedPass.set(row);
        return row != null;
    }

    public ObservableList<PassRow> passes() {
        return passes;
    }

    public ObjectProperty<PassRow> selectedPassProperty() {
        return selectedPass;
    }

    public ReadOnlyStringProperty passCostProperty() {
        return passCost.getReadOnlyProperty();
    }

    public ObservableList<CostItem> items() {
        return items;
    }

    public ObjectProperty<CostItem> selectedItemProperty() {
        return selectedItem;
    }

    public ObservableList<ClassChoice> classChoices() {
        return classChoices;
    }

    public ObjectProperty<CostItemKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ClassChoice> appliesToProperty() {
        return appliesTo;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty effectiveOnProperty() {
        return effectiveOn;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The item editor: its copy, dirty, busy, messages. */
    public RecordEditor<CostItem> editor() {
        return editor;
    }

    /** The name of a classification an item applies to, or "Every classification". */
    public String appliesToName(CostItem i) {
        return classChoices.stream().filter(c -> java.util.Objects.equals(c.id(), i.classificationId())).findFirst()
                .map(ClassChoice::toString).orElse("");
    }

    /** The clock this screen's dates count from: its calendars mark today by it. */
    public Clock clock() {
        return clock;
    }
}
