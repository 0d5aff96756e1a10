package org.tablebook.ui.agreements;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.SectionView;

/**
 * The Tentative agreements section: three tabs, for the agreements, the memorandum of agreement
 * with its ratification vote, and the information requests (which have no section of their own).
 * Ctrl+N and Ctrl+F reach the tab on show.
 */
public final class AgreementsView implements SectionView {
    private final TabPane root = new TabPane();
    private final Tab agreementsTab;
    private final Tab memorandumTab;
    private final Tab requestsTab;
    private final AgreementsTab agreements;
    private final MemorandumTab memorandum;
    private final InformationRequestsTab requests;

    public AgreementsView(AgreementsViewModel agreementsViewModel, MemorandumViewModel memorandumViewModel,
            InformationRequestsViewModel requestsViewModel) {
        agreements = new AgreementsTab(agreementsViewModel);
        memorandum = new MemorandumTab(memorandumViewModel);
        requests = new InformationRequestsTab(requestsViewModel);
        agreementsTab = tab("tabAgreements", "agreements.tab.agreements", "mdi2h-handshake-outline", agreements.node());
        memorandumTab = tab("tabMemorandum", "agreements.tab.memorandum", "mdi2v-vote-outline", memorandum.node());
        requestsTab = tab("tabRequests", "agreements.tab.requests", "mdi2f-file-question-outline", requests.node());
        root.getTabs().setAll(agreementsTab, memorandumTab, requestsTab);
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setId("agreementsTabs");
        root.getStyleClass().add("agreements-section");
        root.getStylesheets().add(Objects.requireNonNull(
                AgreementsView.class.getResource("/org/tablebook/ui/agreements/agreements.css")).toExternalForm());
    }

    private static Tab tab(String id, String key, String icon, Node content) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setId(id);
        tab.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(icon));
        return tab;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void newItem() {
        Tab shown = root.getSelectionModel().getSelectedItem();
        if (shown == memorandumTab) {
            memorandum.newItem();
        } else if (shown == requestsTab) {
            requests.newItem();
        } else {
            agreements.newItem();
        }
    }

    @Override
    public void focusSearch() {
        Tab shown = root.getSelectionModel().getSelectedItem();
        if (shown == requestsTab) {
            requests.focusSearch();
        } else {
            root.getSelectionModel().select(agreementsTab);
            agreements.focusSearch();
        }
    }

    @Override
    public void reveal(EntityRef ref, String field) {
        if (ref.kind() == EntityKind.TENTATIVE_AGREEMENT) {
            root.getSelectionModel().select(agreementsTab);
            agreements.reveal(ref.id(), field);
        } else if (ref.kind() == EntityKind.RATIFICATION) {
            root.getSelectionModel().select(memorandumTab);
            memorandum.reveal(ref.id());
        } else if (ref.kind() == EntityKind.INFORMATION_REQUEST) {
            root.getSelectionModel().select(requestsTab);
            requests.reveal(ref.id(), field);
        }
    }
}
