package org.tablebook.export;

import java.util.List;
import java.util.function.Function;
import org.tablebook.domain.Classification;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ContractSection;
import org.tablebook.domain.CostItem;
import org.tablebook.domain.CostingBaseline;
import org.tablebook.domain.Demand;
import org.tablebook.domain.Entity;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.Ratification;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.RuleAcknowledgement;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarStart;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;

/**
 * The layout of a backup file, shared by the writer and the reader: a JSON object holding the
 * format's name and version, the negotiation, then one list per kind of record in the order below.
 * Each record is an object whose keys are the record's components, in declaration order. Format 2
 * adds the audit trail after the lists, row by row as the file holds it, so that a restored file
 * still says who recorded what and keeps everyone's undo history; format 1 files have no trail.
 */
final class BackupFormat {
    static final String FORMAT_KEY = "format";
    static final String VERSION_KEY = "formatVersion";
    static final String FORMAT_NAME = "tablebook-backup";
    static final int FORMAT_VERSION = 2;
    static final String NEGOTIATION_KEY = "negotiation";
    static final String AUDIT_KEY = "auditTrail";
    /**
     * The largest backup: the writer refuses to write more and the reader to read more, so that
     * every backup the app writes can be imported again. The reader holds the whole file as a tree
     * while it checks it, so the cap also keeps a wrong file from exhausting a laptop's memory.
     */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    /** One list of the snapshot: its key in the file, its record type and where it lives in a snapshot. */
    record Section<T extends Record & Entity>(String key, Class<T> type, Function<NegotiationSnapshot, List<T>> list) {
    }

    static final List<Section<?>> SECTIONS = List.of(
            new Section<>("people", Person.class, NegotiationSnapshot::people),
            new Section<>("demands", Demand.class, NegotiationSnapshot::demands),
            new Section<>("proposals", Proposal.class, NegotiationSnapshot::proposals),
            new Section<>("sessions", TableSession.class, NegotiationSnapshot::sessions),
            new Section<>("sidebars", Sidebar.class, NegotiationSnapshot::sidebars),
            new Section<>("topics", SidebarTopic.class, NegotiationSnapshot::topics),
            new Section<>("reportBacks", ReportBack.class, NegotiationSnapshot::reportBacks),
            new Section<>("agreements", TentativeAgreement.class, NegotiationSnapshot::agreements),
            new Section<>("ratifications", Ratification.class, NegotiationSnapshot::ratifications),
            new Section<>("informationRequests", InformationRequest.class, NegotiationSnapshot::informationRequests),
            new Section<>("complianceItems", ComplianceItem.class, NegotiationSnapshot::complianceItems),
            new Section<>("acknowledgements", RuleAcknowledgement.class, NegotiationSnapshot::acknowledgements),
            new Section<>("costingBaselines", CostingBaseline.class, NegotiationSnapshot::costingBaselines),
            new Section<>("classifications", Classification.class, NegotiationSnapshot::classifications),
            new Section<>("costItems", CostItem.class, NegotiationSnapshot::costItems),
            new Section<>("sidebarStarts", SidebarStart.class, NegotiationSnapshot::starts),
            new Section<>("contractSections", ContractSection.class, NegotiationSnapshot::contractSections),
            new Section<>("sectionLanguage", SectionLanguage.class, NegotiationSnapshot::sectionLanguage));

    /** Lists added after backups were first written: a backup made before them has none, so none is empty. */
    static final java.util.Set<String> ADDED_LATER = java.util.Set.of("costingBaselines", "classifications",
            "costItems", "sidebarStarts", "contractSections", "sectionLanguage");

    private BackupFormat() {
    }
}
