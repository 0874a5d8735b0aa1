package org.cadre.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.web.ApiProblem;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per (purpose, key): login-free endpoints key by client address, imports by user.
 * Buckets live in this instance's memory: behind a load balancer each instance limits on its own,
 * which bounds abuse by (instances × limit) — adequate for guessing certificate codes, where the code
 * space is what makes guessing impractical and this only slows it down further.
 */
@ApplicationScoped
public class RateLimiter {

    @ConfigMapping(prefix = "cadre.rate-limit")
    public interface Config {
        /** Public certificate verification: attempts per client address. */
        Limit verification();

        /** Workbook uploads: per user. */
        Limit imports();

        interface Limit {
            /** Burst size. */
            @WithDefault("20")
            int capacity();

            /** Tokens given back per minute. */
            @WithDefault("10")
            int perMinute();
        }
    }

    public enum Purpose { VERIFICATION, IMPORTS }

    private static final int MAX_BUCKETS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    @Inject
    Config config;

    RateLimiter() {
        this(Clock.systemUTC());
    }

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Takes one token or throws a 429 problem telling when to retry. */
    public void acquire(Purpose purpose, String key) {
        Config.Limit limit = purpose == Purpose.VERIFICATION ? config.verification() : config.imports();
        long retryAfter = tryAcquire(purpose.name() + ':' + key, limit.capacity(), limit.perMinute());
        if (retryAfter > 0) {
            throw ApiProblem.tooManyRequests(retryAfter);
        }
    }

    /** 0 when allowed, else the seconds to wait. */
    long tryAcquire(String key, int capacity, int perMinute) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.clear(); // a flood of distinct keys: start over rather than grow without bound
        }
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            double refill = (now - bucket.updatedAt) * perMinute / 60_000.0;
            bucket.tokens = Math.min(capacity, bucket.tokens + refill);
            bucket.updatedAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double missing = 1 - bucket.tokens;
            return Math.max(1, (long) Math.ceil(missing * 60.0 / Math.max(1, perMinute)));
        }
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updatedAt = now;
        }
    }
}
