package org.saferinternethub.moderation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Messages per CPU-second of the screening thread, on the same message mix as {@link ScreenerBenchmark}.
 * JMH reports wall-clock figures, which on a machine shared with other builds mostly measure the scheduler;
 * thread CPU time is the "per core" number the target is stated in. Run after JMH, not instead of it:
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=org.saferinternethub.moderation.CpuTimeThroughput
 * </pre>
 *
 * Both languages are warmed up together, as a server sees them, for 20 seconds: the JIT settles late (throughput
 * still stepped up by half after ten seconds in some runs), and a figure taken before that measured the compiler.
 * Each language is then measured in rounds of 40,000 messages; the report gives the median round and the range.
 */
public final class CpuTimeThroughput {
    private static final int ROUNDS = 7;
    private static final int MESSAGES_PER_ROUND = 40_000;

    private CpuTimeThroughput() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String[] languages = {"nl", "auto"};
        ScreenerBenchmark[] benchmarks = new ScreenerBenchmark[languages.length];
        for (int l = 0; l < languages.length; l++) {
            benchmarks[l] = new ScreenerBenchmark();
            benchmarks[l].language = languages[l];
            benchmarks[l].harmfulShare = 0.15;
            benchmarks[l].setUp();
        }
        long warmUntil = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (ScreenerBenchmark benchmark : benchmarks) {
                for (int i = 0; i < 1_000; i++) {
                    benchmark.screen();
                }
            }
        }
        double[][] rates = new double[languages.length][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (int l = 0; l < languages.length; l++) {
                // no clock read per message: each read costs over a microsecond here
                long cpuStart = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < MESSAGES_PER_ROUND; i++) {
                    benchmarks[l].screen();
                }
                rates[l][round] = MESSAGES_PER_ROUND / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            }
        }
        for (int l = 0; l < languages.length; l++) {
            int messages = 100_000;
            long[] latencies = new long[messages];
            for (int i = 0; i < messages; i++) {
                long cpuBefore = threads.getCurrentThreadCpuTime();
                benchmarks[l].screen();
                latencies[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
            }
            Arrays.sort(latencies);
            double[] sorted = rates[l].clone();
            Arrays.sort(sorted);
            System.out.printf("language=%s: %.0f messages per CPU-second (median of %d rounds of %d; range %.0f-%.0f);"
                            + " CPU time per message p50=%.1f us p99=%.1f us p99.9=%.1f us (each includes one clock"
                            + " read, about 1.4 us here)%n", languages[l], sorted[ROUNDS / 2], ROUNDS,
                    MESSAGES_PER_ROUND, sorted[0], sorted[ROUNDS - 1], latencies[messages / 2] / 1e3,
                    latencies[messages * 99 / 100] / 1e3, latencies[messages * 999 / 1000] / 1e3);
        }
    }
}
