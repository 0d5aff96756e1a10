package org.tablebook.store;

import java.util.List;
import java.util.Optional;

import org.tablebook.domain.ReportBack;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarStart;
import org.tablebook.domain.SidebarTopic;

/**
 * Sidebars with their attendees and agenda, the topics discussed in them and their report-backs
 * (at most one per sidebar). Each write is one audited action.
 */
public final class SidebarRepository {
    private final Crud<Sidebar> sidebars;
    private final Crud<SidebarTopic> topics;
    private final Crud<ReportBack> reportBacks;
    private final Crud<SidebarStart> starts;

    SidebarRepository(TablebookStore store) {
        this.sidebars = new Crud<>(store, store.tables().sidebars);
        this.topics = new Crud<>(store, store.tables().topics);
        this.reportBacks = new Crud<>(store, store.tables().reportBacks);
        this.starts = new Crud<>(store, store.tables().starts);
    }

    /** In creation order. */
    public List<Sidebar> list() {
        return sidebars.list();
    }

    public Optional<Sidebar> find(String id) {
        return sidebars.find(id);
    }

    public Sidebar create(String actor, Sidebar sidebar) {
        return sidebars.create(actor, sidebar);
    }

    public Sidebar update(String actor, Sidebar sidebar) {
        return sidebars.update(actor, sidebar);
    }

    public void delete(String actor, String id) {
        sidebars.delete(actor, id);
    }

    /** Every topic, in creation order. */
    public List<SidebarTopic> topics() {
        return topics.list();
    }

    /** The topics of one sidebar, in creation order. */
    public List<SidebarTopic> topicsOf(String sidebarId) {
        return topics.where("sidebar_id", sidebarId, "created_at, rowid");
    }

    public Optional<SidebarTopic> findTopic(String id) {
        return topics.find(id);
    }

    public SidebarTopic create(String actor, SidebarTopic topic) {
        return topics.create(actor, topic);
    }

    public SidebarTopic update(String actor, SidebarTopic topic) {
        return topics.update(actor, topic);
    }

    public void deleteTopic(String actor, String id) {
        topics.delete(actor, id);
    }

    /** Every report-back, in creation order. */
    public List<ReportBack> reportBacks() {
        return reportBacks.list();
    }

    public Optional<ReportBack> reportBackOf(String sidebarId) {
        return reportBacks.where("sidebar_id", sidebarId, "created_at, rowid").stream().findFirst();
    }

    public Optional<ReportBack> findReportBack(String id) {
        return reportBacks.find(id);
    }

    public ReportBack create(String actor, ReportBack reportBack) {
        return reportBacks.create(actor, reportBack);
    }

    public ReportBack update(String actor, ReportBack reportBack) {
        return reportBacks.update(actor, reportBack);
    }

    public void deleteReportBack(String actor, String id) {
        reportBacks.delete(actor, id);
    }

    /** What each sidebar started with, in creation order. */
    public List<SidebarStart> starts() {
        return starts.list();
    }

    public Optional<SidebarStart> findStart(String id) {
        return starts.find(id);
    }

    public SidebarStart create(String actor, SidebarStart start) {
        return starts.create(actor, start);
    }

    public SidebarStart update(String actor, SidebarStart start) {
        return starts.update(actor, start);
    }

    public void deleteStart(String actor, String id) {
        starts.delete(actor, id);
    }
}
