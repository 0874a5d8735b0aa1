package org.cadre.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cadre.local.LocalKeycloak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up with several sets of extra JVM options, compared on one machine in one run ({@code bench/run startup <size>}).
 * The variants start in turns (a b c, a b c, …) so that what the machine does meanwhile falls on all of them alike;
 * each start is timed from launch to {@code /q/health/ready} and its CPU time read from {@code /proc}. Every start uses
 * the options of {@code deploy/jvm.options} plus the variant's, and the AOT cache trained with those options (made
 * first if missing; {@code BENCH_AOT=0}: none).
 *
 * <p>{@code BENCH_VARIANTS}: {@code name=options;name=options} (options separated by spaces; an empty set is the
 * recommended options alone; {@code app=<dir>} among them starts the {@code quarkus-run.jar} of that folder instead). {@code BENCH_ROUNDS}: how many turns (5).
 */
public final class StartupVariants {

    private StartupVariants() {
    }

    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0] : "small";
        int pgPort = args.length > 1 ? Integer.parseInt(args[1]) : 5642;
        int httpPort = args.length > 2 ? Integer.parseInt(args[2]) : 8087;
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (String v : System.getenv().getOrDefault("BENCH_VARIANTS", "recommended=").split(";")) {
            if (v.contains("=")) {
                String options = v.substring(v.indexOf('=') + 1).strip();
                variants.put(v.substring(0, v.indexOf('=')).strip(), options.isEmpty() ? List.of() : List.of(options.split("\\s+")));
            }
        }
        int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "5"));
        Path work = Path.of(".cadre", "bench-" + size).toAbsolutePath();
        Map<String, List<double[]>> times = new LinkedHashMap<>();
        variants.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        try (EmbeddedPostgres pg = BenchPlatform.startDatabase(size, pgPort, false, false);
             LocalKeycloak keycloak = BenchPlatform.startKeycloak()) {
            for (int round = 0; round < rounds; round++) {
                for (var variant : variants.entrySet()) {
                    List<String> options = Benchmark.recommendedOptions("256m");
                    Path appDir = BenchPlatform.appDir();
                    for (String option : variant.getValue()) {
                        if (option.startsWith("app=")) {
                            appDir = Path.of(option.substring(4)); // another build of the jar (say, another packaging)
                        } else {
                            options.add(option);
                        }
                    }
                    if (!BenchPlatform.useAotCache(appDir, work, options, pgPort, httpPort, keycloak.realmUrl())) {
                        System.out.println("no AOT cache for " + variant.getKey() + ": see " + work.resolve("aot-training.log"));
                    }
                    CpuSplit.awaitQuiet();
                    try (BenchPlatform.App app = BenchPlatform.App.launch(appDir, pgPort, httpPort, keycloak.realmUrl(), options,
                            work.resolve("startup-" + variant.getKey() + ".log"))) {
                        double seconds = app.awaitReady(Duration.ofMinutes(3)) / 1e9;
                        double cpu = CpuSplit.cpuMillis(app.pid()) / 1000.0;
                        times.get(variant.getKey()).add(new double[]{seconds, cpu});
                        System.out.printf("round %d %-16s %.2f s, CPU %.2f s%n", round + 1, variant.getKey(), seconds, cpu);
                    }
                }
            }
        }
        System.out.println();
        System.out.println("| variant | options | median to ready | median CPU | every start |");
        System.out.println("|---|---|---|---|---|");
        for (var variant : variants.entrySet()) {
            List<double[]> t = times.get(variant.getKey());
            System.out.printf("| %s | %s | %.2f s | %.2f s | %s |%n", variant.getKey(),
                    variant.getValue().isEmpty() ? "(recommended)" : String.join(" ", variant.getValue()),
                    median(t, 0), median(t, 1),
                    String.join(", ", t.stream().map(x -> String.format("%.2f", x[0])).toList()));
        }
        System.exit(0);
    }

    private static double median(List<double[]> values, int column) {
        List<Double> sorted = values.stream().map(v -> v[column]).sorted().toList();
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }
}
