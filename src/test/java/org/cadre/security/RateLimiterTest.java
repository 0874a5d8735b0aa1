package org.cadre.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };

    @Test
    void allowsABurstThenRefusesWithARetryDelay() {
        RateLimiter limiter = new RateLimiter(clock);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limiter.tryAcquire("ip:1", 5, 6), "attempt " + i);
        }
        long wait = limiter.tryAcquire("ip:1", 5, 6);
        assertTrue(wait >= 1 && wait <= 10, "wait " + wait);
    }

    @Test
    void refillsOverTime() {
        RateLimiter limiter = new RateLimiter(clock);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("ip:2", 3, 6);
        }
        assertTrue(limiter.tryAcquire("ip:2", 3, 6) > 0);
        now.addAndGet(10_000); // 6 per minute → one token every 10 s
        assertEquals(0, limiter.tryAcquire("ip:2", 3, 6));
        assertTrue(limiter.tryAcquire("ip:2", 3, 6) > 0);
    }

    @Test
    void keysAreIndependent() {
        RateLimiter limiter = new RateLimiter(clock);
        limiter.tryAcquire("ip:3", 1, 1);
        assertTrue(limiter.tryAcquire("ip:3", 1, 1) > 0);
        assertEquals(0, limiter.tryAcquire("ip:4", 1, 1));
    }
}
