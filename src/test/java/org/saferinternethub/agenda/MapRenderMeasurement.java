package org.saferinternethub.agenda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.saferinternethub.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures the activity map in Chromium with many activities: the page's size and the time until every marker
 * is drawn, against the same page with the demo's number of activities in the same run. Not a test (the name is
 * outside Surefire's includes); run it with
 * {@code ./mvnw -q test -Dtest=MapRenderMeasurement -Dsurefire.failIfNoSpecifiedTests=false}. Figures go to the
 * console and to {@code target/benchmarks/agenda-map.md}.
 */
class MapRenderMeasurement extends BrowserTest {

    private static final int BASELINE = 40;
    private static final int MANY = 1_000;
    private static final int LOADS = 7;

    /** Records, from before any page script runs, when the last marker or cluster was added to the map. */
    private static final String MARKER_CLOCK = """
            window.__lastMarkerAt = 0;
            new MutationObserver(function (changes) {
              changes.forEach(function (change) {
                change.addedNodes.forEach(function (node) {
                  if (node.classList && node.classList.contains('leaflet-marker-icon')) {
                    window.__lastMarkerAt = performance.now();
                  }
                });
              });
            }).observe(document, { childList: true, subtree: true });
            """;

    @Autowired
    ActivityFixtures fixtures;

    record Figures(int activities, long htmlBytes, int markers, double domContentLoaded, double load, double markersDrawn) {
    }

    @Test
    void measure() throws IOException, InterruptedException {
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", MARKER_CLOCK));
        fixtures.openEdition();
        String[][] places = { { "8500", "Kortrijk" }, { "9000", "Gent" }, { "2000", "Antwerpen" }, { "3000", "Leuven" },
                { "1000", "Brussel" }, { "4000", "Liège" }, { "5000", "Namur" }, { "6000", "Charleroi" },
                { "4700", "Eupen" }, { "6700", "Arlon" }, { "3500", "Hasselt" }, { "8000", "Brugge" } };
        int created = 0;
        List<Figures> figures = new ArrayList<>();
        for (int target : new int[] { BASELINE, MANY }) {
            for (; created < target; created++) {
                String[] place = places[created % places.length];
                // Spread the pins over Belgium so that clustering works as it would with real data.
                fixtures.activity("Map measurement " + created).in(place[0], place[1])
                    .pinnedAt(49.6 + (created * 37 % 100) / 100.0 * 1.8, 2.6 + (created * 61 % 100) / 100.0 * 3.5)
                    .published();
            }
            figures.add(measureMap(target));
        }
        Figures base = figures.get(0);
        Figures many = figures.get(1);
        String table = String.format("""
                | activities | HTML (KB) | markers and clusters drawn | DOMContentLoaded (ms) | load (ms) | all markers drawn (ms) |
                | ---: | ---: | ---: | ---: | ---: | ---: |
                | %d | %.1f | %d | %.0f | %.0f | %.0f |
                | %d | %.1f | %d | %.0f | %.0f | %.0f |
                | ratio | %.1f× | | %.1f× | %.1f× | %.1f× |

                Median of %d loads in headless Chromium (%s), %d cores; tiles unreachable (no network), as on a locked-down machine.
                """, base.activities(), base.htmlBytes() / 1024.0, base.markers(), base.domContentLoaded(), base.load(),
                base.markersDrawn(), many.activities(), many.htmlBytes() / 1024.0, many.markers(),
                many.domContentLoaded(), many.load(), many.markersDrawn(), (double) many.htmlBytes() / base.htmlBytes(),
                many.domContentLoaded() / base.domContentLoaded(), many.load() / base.load(),
                many.markersDrawn() / base.markersDrawn(), LOADS,
                ((ChromeDriver) browser).getCapabilities().getBrowserVersion(), Runtime.getRuntime().availableProcessors());
        System.out.println(table);
        Path out = Path.of("target", "benchmarks", "agenda-map.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Activity map render\n\n" + table);
    }

    private Figures measureMap(int activities) throws InterruptedException {
        List<Double> contentLoaded = new ArrayList<>();
        List<Double> loaded = new ArrayList<>();
        List<Double> drawn = new ArrayList<>();
        long bytes = 0;
        long markers = 0;
        for (int i = 0; i <= LOADS; i++) {
            open("/en/agenda/map");
            Thread.sleep(1_500); // markers are drawn at load; leave time for the last one
            JavascriptExecutor js = (JavascriptExecutor) browser;
            @SuppressWarnings("unchecked")
            Map<String, Object> timing = (Map<String, Object>) js.executeScript("""
                    var nav = performance.getEntriesByType('navigation')[0];
                    return { contentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
                             bytes: nav.decodedBodySize, drawn: window.__lastMarkerAt,
                             markers: document.querySelectorAll('.leaflet-marker-icon').length };
                    """);
            if (i == 0) {
                continue; // the first load warms the server and the browser's caches
            }
            contentLoaded.add(((Number) timing.get("contentLoaded")).doubleValue());
            loaded.add(((Number) timing.get("load")).doubleValue());
            drawn.add(((Number) timing.get("drawn")).doubleValue());
            bytes = ((Number) timing.get("bytes")).longValue();
            markers = ((Number) timing.get("markers")).longValue();
        }
        return new Figures(activities, bytes, (int) markers, median(contentLoaded), median(loaded), median(drawn));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

}
