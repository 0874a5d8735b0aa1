package org.cadre.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of who read, exported, imported or changed whose records. Features call
 * {@link #record} when they show or export personal data; admins read it. An entry is written in its
 * own transaction, so it is kept even when the request that caused it fails afterwards.
 */
@ApplicationScoped
public class AccessLog implements PanacheRepository<AccessLogEntry> {

    public enum Action { READ, EXPORT, IMPORT, CHANGE }

    public record Entry(Instant at, String actor, String actorRoles, String action, String subjectType,
                        String subjectId, String detail) {
    }

    /** Blank values mean "any"; never null. */
    public record Filter(String actor, String subjectType, String subjectId) {
        public Filter {
            actor = actor == null ? "" : actor.strip();
            subjectType = subjectType == null ? "" : subjectType.strip();
            subjectId = subjectId == null ? "" : subjectId.strip();
        }
    }

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Action action, String subjectType, Object subjectId, String detail) {
        AccessLogEntry entry = new AccessLogEntry();
        entry.at = Instant.now();
        entry.actor = user.isSignedIn() ? user.getUsername() : "(anonymous)";
        entry.actorRoles = String.join(",", user.getRoles());
        entry.action = action.name().toLowerCase(java.util.Locale.ROOT);
        entry.subjectType = subjectType;
        entry.subjectId = subjectId == null ? null : String.valueOf(subjectId);
        entry.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 500));
        persist(entry);
    }

    /** Newest first. */
    @Transactional
    public List<Entry> search(Filter filter, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!filter.actor().isEmpty()) {
            query.append(" and actor = :actor");
            params.and("actor", filter.actor());
        }
        if (!filter.subjectType().isEmpty()) {
            query.append(" and subjectType = :type");
            params.and("type", filter.subjectType());
        }
        if (!filter.subjectId().isEmpty()) {
            query.append(" and subjectId = :sid");
            params.and("sid", filter.subjectId());
        }
        List<Entry> entries = new ArrayList<>();
        find(query.toString(), Sort.descending("at", "id"), params).page(Page.of(page, size)).list()
                .forEach(e -> entries.add(new Entry(e.at, e.actor, e.actorRoles, e.action, e.subjectType,
                        e.subjectId, e.detail)));
        return entries;
    }
}
