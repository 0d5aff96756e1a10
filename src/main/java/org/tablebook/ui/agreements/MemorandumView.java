package org.tablebook.ui.agreements;

import javafx.scene.Node;
import org.tablebook.domain.EntityRef;
import org.tablebook.ui.common.SectionView;

/** The Memorandum & ratification section: the agreements ready for the memorandum, and the vote. */
public final class MemorandumView implements SectionView {
    private final MemorandumTab memorandum;
    private final Node root;

    public MemorandumView(MemorandumViewModel viewModel) {
        memorandum = new MemorandumTab(viewModel);
        root = AgreementsView.styled(memorandum.node());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void newItem() {
        memorandum.newItem();
    }

    /** The memorandum has no search box: its lists are short. */
    @Override
    public void focusSearch() {
        memorandum.newItem();
    }

    @Override
    public void reveal(EntityRef ref, String field) {
        memorandum.reveal(ref.id());
    }
}
