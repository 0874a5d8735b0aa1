package org.cadre.web;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids the server makes for rows written often (ratings, observations, audit lines): UUID version 7 (RFC 9562), whose
 * first 48 bits are the time in milliseconds, so that PostgreSQL, which orders uuids by their bytes, adds each new id
 * at the end of the primary-key index. A random (version 4) id lands on a random page of that index: at national scale
 * every insert then reads, dirties and writes to the WAL a page of its own (issue 10). The other 74 bits are random, from
 * the same generator as {@link UUID#randomUUID()}. An id says when it was made, to the millisecond; these ids are not
 * secrets (every read is checked against the caller's scope), and nothing that must stay unguessable uses them.
 */
public final class Uuids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Uuids() {
    }

    public static UUID timeOrdered() {
        return timeOrdered(System.currentTimeMillis());
    }

    static UUID timeOrdered(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16
                | 0x7000L                                          // version 7
                | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL); // 12 random bits
        long low = 0;
        for (int i = 2; i < 10; i++) {
            low = low << 8 | (random[i] & 0xFFL);
        }
        low = low & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L; // variant 10, 62 random bits
        return new UUID(high, low);
    }
}
