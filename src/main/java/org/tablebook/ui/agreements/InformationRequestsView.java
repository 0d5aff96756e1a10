package org.tablebook.ui.agreements;

import javafx.scene.Node;
import org.tablebook.domain.EntityRef;
import org.tablebook.ui.common.SectionView;

/** The Information requests section: the requests of both sides, the chosen one's editor beside them. */
public final class InformationRequestsView implements SectionView {
    private final InformationRequestsTab requests;
    private final Node root;

    public InformationRequestsView(InformationRequestsViewModel viewModel) {
        requests = new InformationRequestsTab(viewModel);
        root = AgreementsView.styled(requests.node());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void newItem() {
        requests.newItem();
    }

    @Override
    public void focusSearch() {
        requests.focusSearch();
    }

    @Override
    public void reveal(EntityRef ref, String field) {
        requests.reveal(ref.id(), field);
    }
}
