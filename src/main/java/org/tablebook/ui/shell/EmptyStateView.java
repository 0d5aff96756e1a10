package org.tablebook.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** An honest empty state: says what will be in this place, and nothing pretends to be there. */
final class EmptyStateView extends VBox {
    EmptyStateView(String iconLiteral, String title, String description, String footnote) {
        FontIcon icon = new FontIcon(iconLiteral);
        icon.getStyleClass().add("empty-state-icon");
        Label heading = new Label(title);
        heading.getStyleClass().addAll("title-3", "empty-state-title");
        Label text = new Label(description);
        text.setWrapText(true);
        text.getStyleClass().add("empty-state-text");
        getChildren().addAll(icon, heading, text);
        if (footnote != null) {
            Label note = new Label(footnote);
            note.getStyleClass().addAll("text-muted", "empty-state-note");
            getChildren().add(note);
        }
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setFillWidth(false);
        text.setMaxWidth(520);
        getStyleClass().add("empty-state");
    }
}
