package org.cadre.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the machine's CPU went during a measured window: Cadre's JVM, PostgreSQL (all its processes), this
 * benchmark (the load generator) and everything else, from /proc in clock ticks of 10 ms. On two shared cores
 * a request costs the sum, so this shows which part a faster PUT has to come from.
 */
final class CpuSplit {

    final long cadre;
    final long postgres;
    final long generator;
    final long busy;

    private CpuSplit(long cadre, long postgres, long generator, long busy) {
        this.cadre = cadre;
        this.postgres = postgres;
        this.generator = generator;
        this.busy = busy;
    }

    static CpuSplit now(long cadrePid) {
        return new CpuSplit(ticks(cadrePid), postgresTicks(), ticks(ProcessHandle.current().pid()), busyTicks());
    }

    /** Milliseconds of CPU per request in each part between {@code before} and this snapshot. */
    String perRequest(CpuSplit before, int requests) {
        double n = Math.max(1, requests);
        long c = cadre - before.cadre;
        long p = postgres - before.postgres;
        long g = generator - before.generator;
        long b = busy - before.busy;
        return String.format("Cadre %.2f, PostgreSQL %.2f, load generator %.2f, rest of the machine (kernel, other processes) %.2f;"
                        + " all %.2f ms", 10 * c / n, 10 * p / n, 10 * g / n, 10 * (b - c - p - g) / n, 10 * b / n);
    }

    private static long ticks(long pid) {
        try {
            return ticksOf(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (Exception gone) {
            return 0;
        }
    }

    /** CPU time (user + system) a process used so far, in milliseconds; 0 once it has ended. */
    static long cpuMillis(long pid) {
        return 10 * ticks(pid);
    }

    /** User + system clock ticks from a /proc/.../stat line (fields after the command name, which may hold spaces). */
    static long ticksOf(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
    }

    /** Every process named postgres: the postmaster, its background workers and each connection's backend. */
    private static long postgresTicks() {
        long sum = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) procs::iterator) {
                if (!proc.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        sum += ticksOf(stat);
                    }
                } catch (Exception gone) {
                    // ended meanwhile
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return sum;
    }

    /** A measured start waits for a second in which the cores were less than this busy (per cent)… */
    private static final double QUIET_PERCENT = 10;
    /** …but no longer than this. */
    private static final java.time.Duration QUIET_LIMIT = java.time.Duration.ofMinutes(1);

    /**
     * Waits until the machine's cores were busy less than {@link #QUIET_PERCENT} of one second (Keycloak's and
     * the last start's JIT compilers go on for a while after they are ready), at most {@link #QUIET_LIMIT}; gives
     * the busy share of the last second, in per cent. A start measured on a machine still busy with them measures
     * them too.
     */
    static double awaitQuiet() throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        long until = System.nanoTime() + QUIET_LIMIT.toNanos();
        double busy;
        do {
            long before = busyTicks();
            Thread.sleep(1000);
            busy = (busyTicks() - before) / (double) cores; // ticks of 10 ms in one second: per cent of the cores
        } while (busy >= QUIET_PERCENT && System.nanoTime() < until);
        return busy;
    }

    /** Ticks all CPUs spent on anything but idling (the first line of /proc/stat). */
    private static long busyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            return total - Long.parseLong(f[4]) - Long.parseLong(f[5]); // less idle and iowait
        } catch (Exception e) {
            return 0;
        }
    }
}
