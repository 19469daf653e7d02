package org.switchboard.it.browser;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page watch.html in a headless Chromium: colleagues' presence over SIP through JsSIP's Subscriber
 * ({@code sip-presence.js}), as a receptionist uses it: she connects with her account, adds extensions, and reads
 * each one's presence in the console's words. Every wait is on what the page shows; nothing sleeps.
 */
final class SipWatchPage implements AutoCloseable {

    private final ChromeDriver driver;

    private SipWatchPage(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A fresh browser on watch.html at {@code url}, once its form is wired (its module script has run). */
    static SipWatchPage open(URI url) {
        ChromeDriver driver = HeadlessChromium.start();
        try {
            driver.get(url.toString());
            new WebDriverWait(driver, BrowserConsole.PATIENCE).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return document.readyState === 'complete' && !!window.switchboardWatch"
                            + " && !!window.JsSIP")));
            return new SipWatchPage(driver);
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
    }

    /** Connects with her account and waits until the page is connected. */
    void connect(String login, String password) {
        field("login-user").sendKeys(login);
        field("login-password").sendKeys(password);
        field("login-submit").click();
        await("connected as " + login + " (error: '" + field("login-error").getText() + "')",
                () -> field("watching").isDisplayed() && "online".equals(field("connection").getAttribute("data-state")));
    }

    /** Adds an extension to watch. */
    void watch(String extension) {
        field("watch-user").sendKeys(extension);
        field("watch-add").click();
    }

    /**
     * Waits until the row of {@code extension} shows a presence whose words start with {@code words}, and gives its
     * tone (colour class), as {@link BrowserConsole#awaitPresence} does for the console.
     */
    String awaitPresence(String extension, String words) {
        String[] tone = new String[1];
        await("the presence of " + extension + " shown over SIP as '" + words + "…' (the row shows: '"
                + rowText(extension) + "')", () -> {
                    List<WebElement> shown = driver.findElements(By.cssSelector("#watch-list li[data-key='"
                            + extension + "'] .presence"));
                    if (shown.isEmpty() || !shown.get(0).getText().startsWith(words)) {
                        return false;
                    }
                    tone[0] = shown.get(0).getAttribute("data-presence");
                    return true;
                });
        return tone[0];
    }

    /** How the subscription of {@code extension} stands, in the page's words (watching, subscribing, …). */
    String watchState(String extension) {
        return driver.findElement(By.cssSelector("#watch-list li[data-key='" + extension + "'] .watch-state")).getText();
    }

    Path screenshot(String name) {
        return BrowserConsole.screenshot(driver, name);
    }

    @Override
    public void close() {
        driver.quit();
    }

    private String rowText(String extension) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#watch-list li[data-key='" + extension + "']"));
        return rows.isEmpty() ? "(no row)" : rows.get(0).getText().replace('\n', ' ');
    }

    private WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    private void await(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, BrowserConsole.PATIENCE, Duration.ofMillis(25)).withMessage(() -> what)
                .until(d -> condition.getAsBoolean());
    }
}
