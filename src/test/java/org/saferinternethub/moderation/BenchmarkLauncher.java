package org.saferinternethub.moderation;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Runs JMH from {@code mvn exec:java}. JMH forks a fresh JVM with {@code java.class.path}, which under exec:java
 * is Maven's launcher, not the test classpath, so the fork fails with "ForkedMain not found". This copies the
 * exec class loader's URLs into {@code java.class.path} first, then hands over to {@code org.openjdk.jmh.Main}.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.saferinternethub.moderation.BenchmarkLauncher \
 *     -Dexec.args="ScreenerBenchmark -f 1 -wi 2 -i 3"
 * </pre>
 */
public final class BenchmarkLauncher {
    private BenchmarkLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null;
                loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urlLoader) {
                for (URL url : urlLoader.getURLs()) {
                    entries.add(new File(url.toURI()).getPath());
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
        org.openjdk.jmh.Main.main(args);
    }
}
