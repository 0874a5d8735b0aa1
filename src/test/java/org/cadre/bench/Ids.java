package org.cadre.bench;

import java.util.UUID;

/**
 * Deterministic, random-looking UUIDs (version 4 layout) computed from a kind and an index, so the
 * generator never keeps id arrays in memory and every run of the same size produces the same ids.
 */
final class Ids {

    static final int REGION = 1, ORGANISATION = 2, PERSON = 3, PROFILE = 4, COHORT = 5, ENROLMENT = 6, SESSION = 7,
            ATTENDANCE = 8, ASSIGNMENT = 9, VISIT = 10, OBSERVATION = 11, RATING = 12, ASSESSMENT = 13,
            PROGRAMME = 14, CORRECTION = 15;

    private Ids() {
    }

    static UUID of(int kind, long index) {
        long a = mix(kind * 0x9E3779B97F4A7C15L + index);
        long b = mix(a ^ (index * 0xBF58476D1CE4E5B9L) ^ kind);
        a = (a & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        b = (b & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(a, b);
    }

    /** A well-spread 64-bit hash (splitmix64's finaliser): the generator's "random" choices. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A number in [0, bound) chosen by hashing the arguments. */
    static int pick(int bound, long... keys) {
        long h = 0x632BE59BD9B4E019L;
        for (long k : keys) {
            h = mix(h ^ k);
        }
        return (int) Long.remainderUnsigned(h, bound);
    }
}
