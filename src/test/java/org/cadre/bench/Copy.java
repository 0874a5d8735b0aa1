package org.cadre.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows into one table through PostgreSQL COPY (text format). Rows are buffered and sent as one COPY
 * statement per few megabytes (each its own transaction in auto-commit, so the foreign-key checks
 * queued by a statement stay small). Several tables are filled at once over one connection, so a
 * table's parents ({@link #after}) are flushed before its own rows: foreign keys always find their row.
 */
final class Copy implements AutoCloseable {

    private static final int CHUNK_BYTES = 4 << 20;

    private final Connection connection;
    private final String sql;
    private final StringBuilder buffer = new StringBuilder(CHUNK_BYTES + 4096);
    private final java.util.List<Copy> parents = new java.util.ArrayList<>();
    private long rows;

    Copy(Connection connection, String table, String columns) {
        this.connection = connection;
        this.sql = "copy " + table + " (" + columns + ") from stdin";
    }

    /** Rows of these tables are sent before this table's rows. */
    Copy after(Copy... tables) {
        parents.addAll(java.util.List.of(tables));
        return this;
    }

    Copy row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(values[i]);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= CHUNK_BYTES) {
            send();
        }
        return this;
    }

    long rows() {
        return rows;
    }

    private void append(Object v) {
        if (v == null) {
            buffer.append("\\N");
        } else if (v instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        } else {
            buffer.append(v);
        }
    }

    private void send() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        for (Copy parent : parents) {
            parent.send();
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        copy.writeToCopy(bytes, 0, bytes.length);
        copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        send();
    }
}
