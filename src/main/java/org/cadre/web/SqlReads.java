package org.cadre.web;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Small read queries of hot paths in plain JDBC, on the transaction's own connection. Hibernate 7.2
 * caches the plan of a native query with a parameter under a key that never matches again (its result
 * mapping changes after the key is made), so every execution adds an entry under the same hash: lookups
 * walk an ever longer bin and concurrent requests queue there. These reads skip that cache.
 * Like a native query, a read first flushes pending changes, so it sees what the transaction wrote.
 * A collection parameter is bound as a uuid array ({@code where id = any(?)}): one statement whatever
 * its size (Hibernate interprets a query with a parameter list anew at every execution).
 */
public final class SqlReads {

    /** Reads one row of the result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private SqlReads() {
    }

    public static <T> List<T> list(EntityManager em, String sql, Row<T> row, Object... params) {
        Session session = flushed(em);
        return session.doReturningWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    bind(connection, st, i + 1, params[i]);
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row.read(rs));
                    }
                }
                return rows;
            }
        });
    }

    public static boolean exists(EntityManager em, String sql, Object... params) {
        return !list(em, sql, rs -> Boolean.TRUE, params).isEmpty();
    }

    /**
     * Several reads sent in ONE round trip (one JDBC statement of several queries; each query still sees the
     * data as of its own start, as separate statements would). {@link #add} answers the list the query's rows
     * go to, filled by {@link #run}.
     */
    public static final class Batch {
        private record Query<T>(String sql, Row<T> row, Object[] params, List<T> rows) {
        }

        private final List<Query<?>> queries = new ArrayList<>();
        private final List<Runnable> afterRun = new ArrayList<>();

        public <T> List<T> add(String sql, Row<T> row, Object... params) {
            if (sql.indexOf(';') >= 0) {
                throw new IllegalArgumentException("one query per add");
            }
            List<T> rows = new ArrayList<>();
            queries.add(new Query<>(sql, row, params.clone(), rows));
            return rows;
        }

        /**
         * Runs once the rows are read (in the order added), for a reader that keeps what it asked for (a cache): it
         * cannot tell from the lists alone whether they are filled or just empty.
         */
        public void afterRun(Runnable action) {
            afterRun.add(action);
        }

        public void run(EntityManager em) {
            if (queries.isEmpty()) {
                finish();
                return;
            }
            Session session = flushed(em);
            String sql = String.join(";\n", queries.stream().map(Query::sql).toList());
            session.doWork(connection -> {
                try (PreparedStatement st = connection.prepareStatement(sql)) {
                    int i = 1;
                    for (Query<?> q : queries) {
                        for (Object param : q.params()) {
                            bind(connection, st, i++, param);
                        }
                    }
                    boolean isResult = st.execute();
                    for (Query<?> q : queries) {
                        if (!isResult) {
                            throw new SQLException("a query of the batch answered no rows: " + q.sql());
                        }
                        try (ResultSet rs = st.getResultSet()) {
                            read(rs, q);
                        }
                        isResult = st.getMoreResults();
                    }
                }
            });
            queries.clear();
            finish();
        }

        private void finish() {
            afterRun.forEach(Runnable::run);
            afterRun.clear();
        }

        private static <T> void read(ResultSet rs, Query<T> q) throws SQLException {
            while (rs.next()) {
                q.rows().add(q.row().read(rs));
            }
        }
    }

    /** The transaction's session, with pending entity changes flushed first, so plain JDBC sees them. */
    static Session flushed(EntityManager em) {
        Session session = em.unwrap(Session.class);
        if (session.isJoinedToTransaction() && session.isDirty()) {
            session.flush();
        }
        return session;
    }

    /**
     * Binds one parameter: a collection as a uuid array (for {@code = any(?)}), an {@link java.time.Instant} as
     * a UTC {@code timestamptz} (as Hibernate binds it), anything else as it is.
     */
    static void bind(java.sql.Connection connection, PreparedStatement st, int index, Object param) throws SQLException {
        if (param instanceof java.util.Collection<?> values) {
            st.setArray(index, connection.createArrayOf("uuid", values.toArray()));
        } else if (param instanceof java.time.Instant at) {
            st.setObject(index, at.atOffset(java.time.ZoneOffset.UTC));
        } else {
            st.setObject(index, param);
        }
    }
}
