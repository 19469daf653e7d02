package org.switchboard.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The browser journeys' figures, gathered over every journey of the test run: from an update's SIP MESSAGE reaching
 * the page to the frame after its render (p50, p99, max), and the page's load (Navigation Timing). Printed and
 * written to target/browser-figures-{site}.txt after each journey (the file then holds all so far); never asserted.
 */
final class BrowserFigures {

    /** One file per failsafe run (each has its own JVM and site name): browser-figures-it-h2.txt, -it-demo.txt. */
    private static final Path FILE = Path.of("target", "browser-figures-"
            + System.getenv().getOrDefault("SWB_SITE_NAME", "it") + ".txt");
    /** A page's first two updates after the log in (her whole STATE and every phone) render the whole console. */
    private static final int LOG_IN_RENDERS = 2;
    private static final List<Double> SHOWN = new ArrayList<>();
    private static final List<Double> LATER = new ArrayList<>();
    private static final List<BrowserConsole.LoadTiming> LOADS = new ArrayList<>();
    private static final List<String> JOURNEYS = new ArrayList<>();

    private BrowserFigures() {
    }

    /** Adds what a journey's page measured, then prints and writes the figures so far. */
    static synchronized void add(String journey, BrowserConsole page) {
        List<Double> shown = page.updateShownMs();
        SHOWN.addAll(shown);
        LATER.addAll(shown.subList(Math.min(LOG_IN_RENDERS, shown.size()), shown.size()));
        LOADS.add(page.loadTiming());
        JOURNEYS.add(String.format(Locale.ROOT, "  %-70s %4d updates, p50 %6.1f ms, p99 %6.1f ms", journey,
                shown.size(), percentile(shown, 50), percentile(shown, 99)));
        String figures = figures();
        System.out.println(figures);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String figures() {
        StringBuilder out = new StringBuilder("Browser console figures (headless Chromium, ")
                .append(JOURNEYS.size()).append(" journeys)\n");
        out.append(String.format(Locale.ROOT, "update MESSAGE reaching the page -> frame after its render: %d updates,"
                + " p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", SHOWN.size(), percentile(SHOWN, 50),
                percentile(SHOWN, 99), percentile(SHOWN, 100)));
        out.append(String.format(Locale.ROOT, "  the same without each page's first %d (the log in's render of the whole"
                + " console): %d updates, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms%n", LOG_IN_RENDERS, LATER.size(),
                percentile(LATER, 50), percentile(LATER, 90), percentile(LATER, 99)));
        out.append(String.format(Locale.ROOT, "page load (fresh profile, %d loads), median: response end %.1f ms,"
                + " DOM interactive %.1f ms, log in form usable (DOMContentLoaded: app.js has run) %.1f ms,"
                + " load event end %.1f ms%n", LOADS.size(),
                percentile(LOADS.stream().map(BrowserConsole.LoadTiming::responseEnd).toList(), 50),
                percentile(LOADS.stream().map(BrowserConsole.LoadTiming::domInteractive).toList(), 50),
                percentile(LOADS.stream().map(BrowserConsole.LoadTiming::domContentLoaded).toList(), 50),
                percentile(LOADS.stream().map(BrowserConsole.LoadTiming::load).toList(), 50)));
        out.append("per journey:\n");
        JOURNEYS.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** The nearest-rank percentile; NaN for no values. */
    static double percentile(Collection<Double> values, int percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
