package org.tablebook.ui.common;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A pick list on screen: check boxes for the entries of a {@link Pick} list, in the list's order,
 * and a search field above them once the list is longer than a glance ({@link PickFilter}).
 */
public final class PickList {
    private PickList() {
    }

    /**
     * The search field over the check boxes, the boxes of the entries it leaves, and how many more
     * there are to find by typing ({@code id}More) when the list is longer than it shows.
     */
    public static Node of(String id, PickFilter filter, String emptyText) {
        TextField search = search(id, filter.textProperty(), filter.searchableProperty(),
                Messages.get("sidebars.picks.search"), Messages.get("sidebars.picks.search.help"));
        Label more = new Label();
        more.setId(id + "More");
        more.setWrapText(true);
        more.getStyleClass().add("text-muted");
        more.textProperty().bind(filter.moreProperty().map(n -> Messages.format("sidebars.picks.more", n)));
        more.visibleProperty().bind(filter.moreProperty().greaterThan(0));
        more.managedProperty().bind(more.visibleProperty());
        return new VBox(4, search, boxes(id, filter.shown(), emptyText), more);
    }

    /** A search field bound to {@code text}, shown only while {@code searchable}; {@code id}Search. */
    public static TextField search(String id, StringProperty text, ObservableValue<Boolean> searchable, String prompt,
            String help) {
        TextField search = new TextField();
        search.setId(id + "Search");
        search.setPromptText(prompt);
        search.setTooltip(new Tooltip(help));
        search.textProperty().bindBidirectional(text);
        search.setMaxWidth(320);
        search.visibleProperty().bind(searchable);
        search.managedProperty().bind(search.visibleProperty());
        return search;
    }

    /** Check boxes for a pick list, side by side as the width allows, rebuilt when the list changes. */
    public static Node boxes(String id, ObservableList<Pick> picks, String emptyText) {
        FlowPane pane = new FlowPane(14, 6);
        pane.setId(id);
        pane.setPadding(new Insets(5, 0, 2, 0));
        Runnable fill = () -> {
            if (picks.isEmpty()) {
                pane.getChildren().setAll(empty(emptyText));
                return;
            }
            pane.getChildren().setAll(picks.stream().map(p -> (Node) box(id, p)).toList());
        };
        picks.addListener((ListChangeListener<Pick>) c -> fill.run());
        fill.run();
        return pane;
    }

    /**
     * The check box of one entry, ticked as the entry is: {@code id-Name} (letters and digits of the
     * label), its detail on hover, in bold ({@code marked}) when the entry is marked.
     */
    public static CheckBox box(String id, Pick p) {
        CheckBox box = new CheckBox(p.label());
        box.setId(id + "-" + p.label().replaceAll("[^A-Za-z0-9]", ""));
        box.setMnemonicParsing(false);
        box.selectedProperty().bindBidirectional(p.chosenProperty());
        if (!p.detail().isBlank()) {
            // A tooltip is a small window of its own: made when the pointer first comes over the
            // box, not beforehand for each entry of a long list. It shows at the pointer's next move.
            box.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
                @Override
                public void handle(MouseEvent e) {
                    box.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                    box.setTooltip(new Tooltip(p.detail()));
                }
            });
        }
        if (p.marked()) {
            box.getStyleClass().add("marked");
        }
        return box;
    }

    /** What a list with no entries says, muted. */
    public static Label empty(String text) {
        Label empty = new Label(text);
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        return empty;
    }
}
