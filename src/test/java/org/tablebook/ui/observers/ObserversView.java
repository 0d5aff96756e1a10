package org.tablebook.ui.observers;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.SectionView;

/** Lays out the observers and binds them to the view model; no logic of its own. */
public final class ObserversView implements SectionView {
    private final VBox root;
    private final TextField name = new TextField();

    public ObserversView(ObserversViewModel viewModel) {
        ListView<String> list = new ListView<>(viewModel.observers());
        list.setId("observersList");
        VBox.setVgrow(list, Priority.ALWAYS);

        name.setId("observerName");
        name.setPromptText(Messages.get("observers.name.prompt"));
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        name.setOnAction(e -> viewModel.add());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(Messages.get("observers.add"), new FontIcon("mdi2a-account-plus-outline"));
        add.setId("observerAdd");
        add.setTooltip(new Tooltip(Messages.get("observers.add.help")));
        add.disableProperty().bind(viewModel.canAddProperty().not());
        add.setOnAction(e -> viewModel.add());

        root = new VBox(8, list, new HBox(8, name, add));
        root.setPadding(new Insets(12));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void newItem() {
        name.requestFocus();
    }

    @Override
    public void focusSearch() {
        name.requestFocus();
    }
}
