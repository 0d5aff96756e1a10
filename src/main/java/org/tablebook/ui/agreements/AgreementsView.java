package org.tablebook.ui.agreements;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.tablebook.domain.EntityRef;
import org.tablebook.ui.common.SectionView;

/**
 * The Tentative agreements section: the agreements on the left, the chosen one's editor on the
 * right. The memorandum with its ratification vote and the information requests are sections of
 * their own ({@link MemorandumView}, {@link InformationRequestsView}).
 */
public final class AgreementsView implements SectionView {
    private final AgreementsTab agreements;
    private final Node root;

    public AgreementsView(AgreementsViewModel viewModel) {
        agreements = new AgreementsTab(viewModel);
        root = styled(agreements.node());
    }

    /** A section of this package with the package's stylesheet. */
    static Node styled(Node node) {
        if (node instanceof Parent parent) {
            parent.getStylesheets().add(Objects.requireNonNull(
                    AgreementsView.class.getResource("/org/tablebook/ui/agreements/agreements.css")).toExternalForm());
        }
        return node;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void newItem() {
        agreements.newItem();
    }

    @Override
    public void focusSearch() {
        agreements.focusSearch();
    }

    @Override
    public void reveal(EntityRef ref, String field) {
        agreements.reveal(ref.id(), field);
    }
}
