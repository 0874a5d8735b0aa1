package org.cadre.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one-round-trip inserts of hot write paths: order, values, and all or nothing. */
@QuarkusTest
class SqlWritesTest {

    @Inject
    EntityManager em;

    private void tables() {
        em.createNativeQuery("""
                create temporary table sw_parent (id uuid primary key, at timestamptz, day date, n integer, s text,
                    seq bigint generated always as identity) on commit drop;
                create temporary table sw_child (id uuid primary key, parent_id uuid not null references sw_parent (id),
                    note text not null, seq bigint generated always as identity) on commit drop""").executeUpdate();
    }

    private List<String> read(String sql) {
        List<String> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            rows.add(String.valueOf(row));
        }
        return rows;
    }

    @Test
    void writesEveryRowInTheOrderAddedWithItsValues() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Instant at = Instant.parse("2026-05-20T10:11:12.123456Z");
        List<String> rows = QuarkusTransaction.requiringNew().call(() -> {
            tables();
            SqlWrites writes = new SqlWrites();
            // a child before its parent's table is used: tables go out in the order first used, so parents first here
            writes.insert("sw_parent", List.of("id", "at", "day", "n", "s"), a, at, LocalDate.of(2026, 5, 20), 7, "first");
            writes.insert("sw_child", List.of("id", "parent_id", "note"), UUID.randomUUID(), a, "one");
            writes.insert("sw_parent", List.of("id", "at", "day", "n", "s"), b, null, null, null, null);
            writes.insert("sw_child", List.of("id", "parent_id", "note"), UUID.randomUUID(), b, "two");
            writes.insert("sw_child", List.of("id", "parent_id", "note"), UUID.randomUUID(), a, "three");
            assertEquals(2, writes.rows("sw_parent"));
            assertEquals(3, writes.rows("sw_child"));
            assertEquals(2, writes.sql().split(";").length, "one INSERT per table");
            writes.run(em);
            assertEquals(0, writes.rows("sw_child"), "run starts empty again");
            List<String> out = new ArrayList<>();
            out.addAll(read("select concat_ws('|', id = '" + a + "', at = timestamptz '2026-05-20 10:11:12.123456+00', day, n, s) "
                    + "from sw_parent order by seq"));
            out.addAll(read("select note from sw_child order by seq"));
            return out;
        });
        assertEquals(List.of("t|t|2026-05-20|7|first", "f", "one", "two", "three"), rows);
    }

    @Test
    void aFailureOfAnyRowFailsTheWholeRun() {
        // the failing row is in the last statement sent: its error must still surface, so the use case rolls back
        RuntimeException e = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            tables();
            SqlWrites writes = new SqlWrites();
            UUID a = UUID.randomUUID();
            writes.insert("sw_parent", List.of("id", "n"), a, 1);
            writes.insert("sw_child", List.of("id", "parent_id", "note"), UUID.randomUUID(), a, "fine");
            writes.insert("sw_child", List.of("id", "parent_id", "note"), UUID.randomUUID(), UUID.randomUUID(), "no parent");
            writes.run(em);
        }));
        StringBuilder failure = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            failure.append(cause.getMessage()).append('\n');
        }
        assertTrue(failure.toString().contains("sw_child_parent_id_fkey"), failure.toString());
    }

    @Test
    void refusesRowsThatDoNotMatchTheirTable() {
        SqlWrites writes = new SqlWrites();
        assertThrows(IllegalArgumentException.class, () -> writes.insert("t", List.of("a", "b"), 1));
        writes.insert("t", List.of("a", "b"), 1, 2);
        assertThrows(IllegalArgumentException.class, () -> writes.insert("t", List.of("b", "a"), 1, 2));
        assertTrue(writes.sql().startsWith("insert into t (a, b) values (?, ?)"));
    }

    @Test
    void aBatchOfReadsAnswersEachQueryItsOwnRows() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<String> out = QuarkusTransaction.requiringNew().call(() -> {
            tables();
            new SqlWrites().insert("sw_parent", List.of("id", "n", "s"), a, 1, "one")
                    .insert("sw_parent", List.of("id", "n", "s"), b, 2, "two").run(em);
            SqlReads.Batch reads = new SqlReads.Batch();
            List<String> byIds = reads.add("select s from sw_parent where id = any(?) order by n", rs -> rs.getString(1), List.of(a, b));
            List<Integer> none = reads.add("select n from sw_parent where n > ?", rs -> rs.getInt(1), 5);
            List<Integer> second = reads.add("select n from sw_parent where id = ?", rs -> rs.getInt(1), b);
            reads.run(em);
            assertEquals(List.of(), none);
            assertEquals(List.of(2), second);
            return byIds;
        });
        assertEquals(List.of("one", "two"), out);
        assertThrows(IllegalArgumentException.class, () -> new SqlReads.Batch().add("select 1; select 2", rs -> 1));
    }
}
