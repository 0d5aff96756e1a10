package org.tablebook.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A search over a pick list: the entries whose name or detail holds every word typed, and those
 * already ticked, so that a choice never vanishes from sight while another one is looked for. Of
 * the entries not ticked, at most {@link #SHOWN_AT_MOST} are shown; the rest are counted
 * ({@link #moreProperty()}) and found by typing: a list of two thousand demands is searched, not
 * read, and two thousand check boxes would take seconds to lay out.
 */
public final class PickFilter {
    private final StringProperty text = new SimpleStringProperty("");
    /** Past this many entries a list gets its search field. */
    public static final int SEARCH_FROM = 9;
    /** At most this many entries not ticked are shown at once. */
    public static final int SHOWN_AT_MOST = 60;

    private final ObservableList<Pick> all;
    private final ObservableList<Pick> shown = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made at each call would be collected with the listeners on it. */
    private final ObservableList<Pick> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyIntegerWrapper more = new ReadOnlyIntegerWrapper();
    private final javafx.beans.binding.BooleanBinding searchable;
    /** The ticks of the entries shown: an entry ticked that is not among them is brought into sight. */
    private final Set<Observable> shownTicks = new HashSet<>();
    private final Set<Pick> listened = Collections.newSetFromMap(new WeakHashMap<>());
    private final ChangeListener<Boolean> onTick = (obs, was, is) -> {
        if (is && !shownTicks.contains(obs)) {
            update();
        }
    };

    public PickFilter(ObservableList<Pick> all) {
        this.all = all;
        searchable = Bindings.size(all).greaterThanOrEqualTo(SEARCH_FROM);
        InvalidationListener changed = o -> update();
        all.addListener(changed);
        text.addListener(changed);
        update();
    }

    /** The entries ticked, and the first {@link #SHOWN_AT_MOST} others that match what is typed, in the list's order. */
    private void update() {
        String[] words = text.get().strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<Pick> out = new ArrayList<>();
        int room = SHOWN_AT_MOST;
        int left = 0;
        for (Pick p : all) {
            if (listened.add(p)) {
                p.chosenProperty().addListener(onTick);
            }
            if (p.isChosen()) {
                out.add(p);
            } else if (matches(p, words)) {
                if (room > 0) {
                    out.add(p);
                    room--;
                } else {
                    left++;
                }
            }
        }
        shownTicks.clear();
        out.forEach(p -> shownTicks.add(p.chosenProperty()));
        if (!out.equals(shown)) {
            shown.setAll(out);
        }
        more.set(left);
    }

    private static boolean matches(Pick p, String[] words) {
        String haystack = (p.label() + " " + p.detail()).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!w.isEmpty() && !haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** What is typed in the search field above the list. */
    public StringProperty textProperty() {
        return text;
    }

    /** True when the list is long enough to be searched rather than read. */
    public javafx.beans.binding.BooleanBinding searchableProperty() {
        return searchable;
    }

    /** The entries to show, in the list's order. */
    public ObservableList<Pick> shown() {
        return shownView;
    }

    /** How many entries that match what is typed are not shown (past {@link #SHOWN_AT_MOST}). */
    public ReadOnlyIntegerProperty moreProperty() {
        return more.getReadOnlyProperty();
    }
}
