package org.cadre.web;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UuidsTest {

    @Test
    void isVersion7WithTheTimeInItsFirst48Bits() {
        long before = System.currentTimeMillis();
        UUID id = Uuids.timeOrdered();
        long after = System.currentTimeMillis();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        long millis = id.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= after, "time part " + millis + " in [" + before + ", " + after + "]");
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsPostgresqlOrdersUuids() {
        // PostgreSQL compares uuids byte by byte, unsigned: the same order as their text
        String earlier = Uuids.timeOrdered(1_700_000_000_000L).toString();
        String later = Uuids.timeOrdered(1_700_000_000_001L).toString();
        assertTrue(earlier.compareTo(later) < 0, earlier + " before " + later);
        String farLater = Uuids.timeOrdered(0xFFFF_FFFF_FFFFL).toString();
        assertTrue(later.compareTo(farLater) < 0);
        assertTrue(farLater.startsWith("ffffffff-ffff-7"), farLater);
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(Uuids.timeOrdered(1_700_000_000_000L)));
        }
    }
}
