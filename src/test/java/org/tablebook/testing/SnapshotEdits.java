package org.tablebook.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.Demand;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Ratification;
import org.tablebook.domain.TentativeAgreement;

/**
 * Applies records to a snapshot as a write would: a record with a known id replaces it, a new one
 * is appended, a deleted one disappears. For domain tests of multi-record changes, without a file.
 */
public final class SnapshotEdits {
    private SnapshotEdits() {
    }

    public static NegotiationSnapshot apply(NegotiationSnapshot s, Collection<? extends Entity> writes) {
        return apply(s, writes, List.of());
    }

    public static NegotiationSnapshot apply(NegotiationSnapshot s, Collection<? extends Entity> writes,
            Collection<EntityRef> deletes) {
        return new NegotiationSnapshot(s.negotiation(), s.people(), edit(s.demands(), Demand.class, writes, deletes),
                s.proposals(), s.sessions(), s.sidebars(), s.topics(), s.reportBacks(),
                edit(s.agreements(), TentativeAgreement.class, writes, deletes),
                edit(s.ratifications(), Ratification.class, writes, deletes),
                edit(s.informationRequests(), InformationRequest.class, writes, deletes),
                edit(s.complianceItems(), ComplianceItem.class, writes, deletes), s.acknowledgements());
    }

    private static <T extends Entity> List<T> edit(List<T> list, Class<T> type, Collection<? extends Entity> writes,
            Collection<EntityRef> deletes) {
        List<T> out = new ArrayList<>(list);
        for (Entity e : writes) {
            if (!type.isInstance(e)) {
                continue;
            }
            T t = type.cast(e);
            boolean replaced = false;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).id().equals(t.id())) {
                    out.set(i, t);
                    replaced = true;
                }
            }
            if (!replaced) {
                out.add(t);
            }
        }
        out.removeIf(t -> deletes.contains(EntityRef.of(t)));
        return out;
    }
}
