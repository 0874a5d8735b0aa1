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
        Session session = em.unwrap(Session.class);
        if (session.isJoinedToTransaction() && session.isDirty()) {
            session.flush();
        }
        return session.doReturningWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    if (params[i] instanceof java.util.Collection<?> values) { // uuids, for "= any(?)"
                        st.setArray(i + 1, connection.createArrayOf("uuid", values.toArray()));
                    } else {
                        st.setObject(i + 1, params[i]);
                    }
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
}
