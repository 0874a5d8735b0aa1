package org.cadre.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.security.CurrentUser;
import org.cadre.web.SqlWrites;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The audit trail of evidence: every rating, visit and correction written, by whom, when and what
 * (as JSON). Written in the same transaction as the change, so a refused change leaves no trace
 * and an accepted one is never without its line.
 */
@ApplicationScoped
public class EvidenceAudit implements PanacheRepositoryBase<AuditEvent, UUID> {

    public record Line(Instant at, String actor, String action, String subjectType, UUID subjectId, String detail) {
    }

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    public void record(String action, String subjectType, UUID subjectId, Object what) {
        persist(event(action, subjectType, subjectId, what));
    }

    static final List<String> COLUMNS = List.of("id", "at", "actor", "action", "subject_type", "subject_id", "detail");

    /**
     * The same line as {@link #record(String, String, UUID, Object)}, added to the caller's one-round-trip
     * inserts instead of the persistence context (the lines of one {@link SqlWrites} keep their order).
     */
    public void record(String action, String subjectType, UUID subjectId, Object what, SqlWrites writes) {
        AuditEvent e = event(action, subjectType, subjectId, what);
        writes.insert("evidence_audit", COLUMNS, e.id, e.at, e.actor, e.action, e.subjectType, e.subjectId, e.detail);
    }

    private AuditEvent event(String action, String subjectType, UUID subjectId, Object what) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.at = Instant.now();
        event.actor = user.isSignedIn() ? user.getUsername() : "(system)";
        event.action = action;
        event.subjectType = subjectType;
        event.subjectId = subjectId;
        event.detail = toJson(what);
        return event;
    }

    public String toJson(Object what) {
        try {
            return what instanceof String s ? s : json.writeValueAsString(what);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Line> of(String subjectType, UUID subjectId) {
        return list("subjectType = ?1 and subjectId = ?2 order by seq", subjectType, subjectId).stream()
                .map(e -> new Line(e.at, e.actor, e.action, e.subjectType, e.subjectId, e.detail)).toList();
    }
}
