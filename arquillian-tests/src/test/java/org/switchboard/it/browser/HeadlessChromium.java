package org.switchboard.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, through Debian's chromedriver (packages chromium and chromium-driver; .ci/run installs
 * them). Both paths are given, so Selenium Manager never runs (it would try to download a driver). The flags keep
 * Chromium off the network besides the server under test: a closed network refuses its background connections.
 */
final class HeadlessChromium {

    static final String BROWSER = System.getProperty("switchboard.it.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("switchboard.it.chromedriver", "/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** A new browser with an empty profile of its own, its window the size of a desk's screen. */
    static ChromeDriver start() {
        for (String path : new String[] {BROWSER, DRIVER}) {
            if (!new File(path).canExecute()) {
                throw new IllegalStateException(path + " is missing: install Debian's chromium and chromium-driver"
                        + " (apt-get install chromium chromium-driver; .ci/run does it on a fresh machine)");
            }
        }
        Path profile = emptyProfile();
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1600,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        return new ChromeDriver(service, options);
    }

    private static Path emptyProfile() {
        try {
            Path profiles = Files.createDirectories(Path.of("target", "chromium-profiles"));
            return Files.createTempDirectory(profiles, "profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
