package org.saferinternethub.moderation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Messages per CPU-second of the screening thread, on the same message mix as {@link ScreenerBenchmark}.
 * JMH reports wall-clock figures, which on a machine shared with other builds mostly measure the scheduler;
 * thread CPU time is the "per core" number the target is stated in. Run after JMH, not instead of it:
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=org.saferinternethub.moderation.CpuTimeThroughput
 * </pre>
 */
public final class CpuTimeThroughput {
    private CpuTimeThroughput() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String language : new String[] {"nl", "auto"}) {
            ScreenerBenchmark benchmark = new ScreenerBenchmark();
            benchmark.language = language;
            benchmark.harmfulShare = 0.15;
            benchmark.setUp();
            // warm-up: let the JIT compile the hot paths
            long warmUntil = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < warmUntil) {
                benchmark.screen();
            }
            // throughput without a clock read per message: each read costs over a microsecond here
            int messages = 200_000;
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < messages; i++) {
                benchmark.screen();
            }
            long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
            long[] latencies = new long[messages];
            for (int i = 0; i < messages; i++) {
                long cpuBefore = threads.getCurrentThreadCpuTime();
                benchmark.screen();
                latencies[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
            }
            java.util.Arrays.sort(latencies);
            System.out.printf("language=%s: %.0f messages per CPU-second; CPU time per message p50=%.1f us "
                            + "p99=%.1f us p99.9=%.1f us (each includes one clock read, about 1.4 us here)%n", language,
                    messages / (cpuNanos / 1e9), latencies[messages / 2] / 1e3, latencies[messages * 99 / 100] / 1e3,
                    latencies[messages * 999 / 1000] / 1e3);
        }
    }
}
