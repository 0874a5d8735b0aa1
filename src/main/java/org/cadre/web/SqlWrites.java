package org.cadre.web;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inserts of a hot write path (a mentoring visit: visit, mentees, observations, ratings, audit lines)
 * collected and sent in ONE round trip to the database: one multi-row INSERT per table, tables in the order
 * they were first used, rows in the order they were added (so identity columns such as the audit trail's
 * {@code seq} number them in that order), all in one JDBC statement on the transaction's own connection.
 * Through Hibernate the same rows cost a persist, a flush and a JDBC batch per table, which is most of the
 * CPU of such a request. Pending entity changes are flushed first, so the rows may refer to them.
 * <p>
 * Table and column names are the callers' constants (never input); every value is a bind parameter.
 * Values are bound as {@link SqlReads} binds them (an {@link java.time.Instant} as a UTC {@code timestamptz}).
 */
public final class SqlWrites {

    private record Table(List<String> columns, List<Object[]> rows) {
    }

    private final Map<String, Table> tables = new LinkedHashMap<>();

    /** Adds a row to insert into the table; every row of a table names the same columns. */
    public SqlWrites insert(String table, List<String> columns, Object... values) {
        if (columns.size() != values.length) {
            throw new IllegalArgumentException(table + ": " + columns.size() + " columns, " + values.length + " values");
        }
        Table t = tables.computeIfAbsent(table, k -> new Table(List.copyOf(columns), new ArrayList<>()));
        if (!t.columns().equals(columns)) {
            throw new IllegalArgumentException(table + ": rows name different columns " + t.columns() + " / " + columns);
        }
        t.rows().add(values.clone());
        return this;
    }

    /** How many rows are waiting for the table. */
    public int rows(String table) {
        Table t = tables.get(table);
        return t == null ? 0 : t.rows().size();
    }

    /** The SQL {@link #run} sends (one INSERT per table, separated by semicolons). */
    String sql() {
        StringBuilder sql = new StringBuilder();
        tables.forEach((name, t) -> {
            if (!sql.isEmpty()) {
                sql.append(";\n");
            }
            sql.append("insert into ").append(name).append(" (").append(String.join(", ", t.columns())).append(") values ");
            String row = "(" + String.join(", ", java.util.Collections.nCopies(t.columns().size(), "?")) + ")";
            for (int i = 0; i < t.rows().size(); i++) {
                sql.append(i > 0 ? ", " : "").append(row);
            }
        });
        return sql.toString();
    }

    /** Writes every row added so far, in one round trip, in the caller's transaction; then starts empty again. */
    public void run(EntityManager em) {
        if (tables.isEmpty()) {
            return;
        }
        Session session = SqlReads.flushed(em);
        String sql = sql();
        session.doWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                int i = 1;
                for (Table t : tables.values()) {
                    for (Object[] row : t.rows()) {
                        for (Object value : row) {
                            SqlReads.bind(connection, st, i++, value);
                        }
                    }
                }
                st.execute();
                while (st.getMoreResults() || st.getUpdateCount() != -1) {
                    // every statement's result is consumed, so that a failure of any of them surfaces here
                }
            }
        });
        tables.clear();
    }
}
