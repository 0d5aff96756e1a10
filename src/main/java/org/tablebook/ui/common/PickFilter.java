package org.tablebook.ui.common;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * A search over a pick list: the entries whose name or detail holds every word typed, and those
 * already ticked, so that a choice never vanishes from sight while another one is looked for.
 */
public final class PickFilter {
    private final StringProperty text = new SimpleStringProperty("");
    /** Past this many entries a list gets its search field. */
    public static final int SEARCH_FROM = 9;

    private final FilteredList<Pick> shown;
    private final javafx.beans.binding.BooleanBinding searchable;

    public PickFilter(ObservableList<Pick> all) {
        shown = new FilteredList<>(all);
        searchable = Bindings.size(all).greaterThanOrEqualTo(SEARCH_FROM);
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String[] words = text.get().strip().toLowerCase(Locale.ROOT).split("\\s+");
            return (Pick p) -> p.isChosen() || matches(p, words);
        }, text));
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
        return shown;
    }
}
