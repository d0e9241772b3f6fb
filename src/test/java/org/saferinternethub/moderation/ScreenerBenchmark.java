package org.saferinternethub.moderation;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Single-thread throughput (messages/second) and latency percentiles of {@link Screener#screen} on a realistic mix
 * of 20-600 char messages, with normalisation alone as the baseline in the same run.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.args="ScreenerBenchmark -f 1"
 * </pre>
 * (the pom points exec:java at {@link BenchmarkLauncher}, which makes JMH's forked JVM see the test classpath;
 * plain {@code -Dexec.mainClass=org.openjdk.jmh.Main} only works with {@code -f 0}).
 * {@code screen}/{@code normaliseOnly} rows are messages/s; {@code screenLatency} gives p50/p99 in µs.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 5, time = 4) // the JIT settles late: throughput still stepped up after ten seconds in some runs
@Measurement(iterations = 5, time = 5)
public class ScreenerBenchmark {

    /** auto = language detection included; nl = the app passes the UI language. */
    @Param({"auto", "nl"})
    public String language;

    /** Share of sentences taken from the harmful/PII part of the corpus; 1.0 is a worst case. */
    @Param({"0.15"})
    public double harmfulShare;

    private Screener screener;
    private String[] messages;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        screener = TestScreeners.shared();
        List<String> benign = new ArrayList<>();
        List<String> harmful = new ArrayList<>();
        for (CorpusTests.Example example : CorpusTests.load()) {
            (example.expected().isEmpty() ? benign : harmful).add(example.text());
        }
        // Realistic traffic: mostly benign chat with some harmful or PII sentences (HARMFUL_SHARE), and realistic
        // lengths: chat lines (20-80 chars), posts (100-300) and long posts (300-600), built from corpus sentences.
        Random random = new Random(42);
        List<String> mix = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int target = switch (i % 10) {
                case 0, 1, 2, 3, 4 -> 20 + random.nextInt(60);
                case 5, 6, 7, 8 -> 100 + random.nextInt(200);
                default -> 300 + random.nextInt(300);
            };
            StringBuilder message = new StringBuilder();
            while (message.length() < target) {
                List<String> source = random.nextDouble() < harmfulShare ? harmful : benign;
                message.append(source.get(random.nextInt(source.size()))).append(' ');
            }
            mix.add(message.substring(0, Math.min(message.length(), 600)).strip());
        }
        messages = mix.toArray(String[]::new);
    }

    private String nextMessage() {
        String message = messages[next];
        next = (next + 1) % messages.length;
        return message;
    }

    /** Messages per second through the whole engine. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Verdict screen() {
        return screener.screen(nextMessage(), language, TrustLevel.MEMBER);
    }

    /** Baseline: building the three normalised views only, messages per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ScreeningInput normaliseOnly() {
        return ScreeningInput.of(nextMessage());
    }

    /** Per-message latency distribution (p50/p99/p99.9 in the output) through the whole engine. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Verdict screenLatency() {
        return screener.screen(nextMessage(), language, TrustLevel.MEMBER);
    }
}
