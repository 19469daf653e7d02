package org.switchboard.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console page as a receptionist sees it, in a headless Chromium: what she types and clicks, and what the page
 * shows, read from its landmarks (README, "The browser console"). Every wait is on what the page shows, polled by
 * Selenium; nothing sleeps. It also reads the page's figures: its navigation timing and the times from an update's
 * MESSAGE reaching the page to the frame after its render ({@code window.switchboardConsole.updateShownMs()}).
 */
public final class BrowserConsole implements AutoCloseable {

    /** How long the page may take to show what the server or the PBX did. */
    static final Duration PATIENCE = Duration.ofSeconds(15);
    /** What the header shows for a session that is PASSIVE (the receptionists work on the other site). */
    static final String PASSIVE_WORDS = "Passive (working on the other site)";

    private final ChromeDriver driver;
    private final JavascriptExecutor js;
    private final LoadTiming load;

    private BrowserConsole(ChromeDriver driver, LoadTiming load) {
        this.driver = driver;
        this.js = driver;
        this.load = load;
    }

    /** Navigation Timing of the page's load, in ms from its navigation start. */
    record LoadTiming(double responseEnd, double domInteractive, double domContentLoaded, double load) {
    }

    /**
     * A fresh browser on the console page at {@code url}, once its log in form is usable (app.js, a module script,
     * has wired it). The page's WebSockets are kept within reach of the test ({@link #dropConnection()}) and the
     * connection's states are recorded as they change ({@link #connectionStates()}), and so is the site the page shows
     * her working on ({@link #awaitWorkingOn}): all only watch the page.
     */
    public static BrowserConsole open(URI url) {
        ChromeDriver driver = HeadlessChromium.start();
        try {
            driver.get(url.toString());
            new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete' && !!window.switchboardConsole"
                            + " && !document.getElementById('login-submit').disabled")));
            JavascriptExecutor js = driver;
            js.executeScript("""
                    const Native = window.WebSocket;
                    window.testSockets = [];
                    window.WebSocket = class extends Native {
                        constructor(...args) { super(...args); window.testSockets.push(this); }
                    };
                    const box = document.getElementById('connection');
                    window.testConnectionStates = [box.dataset.state];
                    new MutationObserver(() => {
                        const states = window.testConnectionStates;
                        if (states[states.length - 1] !== box.dataset.state) states.push(box.dataset.state);
                    }).observe(box, { attributes: true, attributeFilter: ['data-state'] });
                    const passive = arguments[0];
                    const byId = id => document.getElementById(id);
                    const workingSite = () => {
                        const site = byId('site-name').textContent;
                        const chosen = document.body.dataset.workingSite || '';
                        return !byId('console').hidden && site && chosen.startsWith(site + ' (')
                            && box.dataset.state === 'online'
                            && byId('session-state').textContent !== passive ? site : null;
                    };
                    window.testWorkingSites = [];
                    new MutationObserver(() => {
                        const sites = window.testWorkingSites;
                        const site = workingSite();
                        if ((sites.length ? sites[sites.length - 1].site : null) !== site) {
                            sites.push({ site, at: Date.now() });
                        }
                    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
                    """, PASSIVE_WORDS);
            @SuppressWarnings("unchecked")
            Map<String, Object> nav = (Map<String, Object>) js.executeScript("""
                    const n = performance.getEntriesByType('navigation')[0];
                    return { responseEnd: n.responseEnd, domInteractive: n.domInteractive,
                             domContentLoaded: n.domContentLoadedEventStart, load: n.loadEventEnd };
                    """);
            return new BrowserConsole(driver, new LoadTiming(ms(nav.get("responseEnd")), ms(nav.get("domInteractive")),
                    ms(nav.get("domContentLoaded")), ms(nav.get("load"))));
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
    }

    LoadTiming loadTiming() {
        return load;
    }

    // --- log in -------------------------------------------------------------------------------------------------

    /** Fills the log in form and clicks Log in. */
    public void logIn(String login, String password, boolean paused) {
        field("login-user").clear();
        field("login-user").sendKeys(login);
        field("login-password").clear();
        field("login-password").sendKeys(password);
        if (field("login-paused").isSelected() != paused) {
            field("login-paused").click();
        }
        field("login-submit").click();
    }

    /**
     * Logs in from the keyboard only: the form opens with the focus on its login field; Tab to the password, then to
     * the "start paused" box (Space ticks it) and to the Log in button, Enter.
     */
    void logInWithKeys(String login, String password, boolean paused) {
        String focused = focusedId();
        if (!"login-user".equals(focused)) {
            throw new AssertionError("the log in form opened with the focus on '" + focused + "', not the login");
        }
        keys(login, Keys.TAB, password, Keys.TAB);
        if (paused) {
            keys(Keys.SPACE);
        }
        keys(Keys.TAB, Keys.ENTER);
    }

    /** Waits until the console is shown, online, with the first STATE of the log in rendered. */
    public void awaitConsole() {
        await("the console shown, online, with her state", d -> field("console").isDisplayed()
                && "online".equals(connection()) && stateSeq() > 0);
    }

    boolean consoleShown() {
        return field("console").isDisplayed();
    }

    boolean logInFormShown() {
        return field("login").isDisplayed();
    }

    String logInError() {
        return field("login-error").getText();
    }

    // --- what the page shows -------------------------------------------------------------------------------------

    /** The connection's state: offline, connecting, online or reconnecting. */
    String connection() {
        return field("connection").getAttribute("data-state");
    }

    /** Every connection state the page went through since it opened, in order. */
    @SuppressWarnings("unchecked")
    List<String> connectionStates() {
        return (List<String>) js.executeScript("return window.testConnectionStates");
    }

    /** The text of an element as shown (CSS may change its case; empty when hidden). */
    String text(String id) {
        return field(id).getText();
    }

    /** The text of an element as the page wrote it. */
    String textContent(String id) {
        return field(id).getDomProperty("textContent");
    }

    /** The number of the last STATE update the page rendered. */
    long stateSeq() {
        String seq = driver.findElement(By.tagName("body")).getAttribute("data-state-seq");
        return seq == null ? -1 : Long.parseLong(seq);
    }

    /** Waits until line {@code line} shows the call {@code callId} with the state's words {@code badge}. */
    void awaitLine(int line, String callId, String badge) {
        await("line " + line + " showing " + callId + " as " + badge, d -> {
            WebElement article = field("line-" + line);
            return callId.equals(article.getAttribute("data-call-id"))
                    && badge.equals(article.findElement(By.className("state-badge")).getText());
        });
    }

    /**
     * Waits until the colleagues' list shows, beside the phone {@code extension}, a presence whose words start with
     * {@code words} (such as {@code Away: Back at 2 pm}, or {@code Offline} whatever her note), and gives the
     * presence's tone (its colour class).
     */
    String awaitPresence(String extension, String words) {
        return await("the presence of " + extension + " shown as '" + words + "…'", d -> {
            List<WebElement> shown = driver.findElements(By.cssSelector("#phone-list li[data-key='" + extension
                    + "'] .presence"));
            return shown.isEmpty() || !shown.get(0).getText().startsWith(words) ? null
                    : shown.get(0).getAttribute("data-presence");
        });
    }

    /** The accessible name of the colleague's phone button: her phone's state and her presence in words. */
    String phoneLabel(String extension) {
        return driver.findElement(By.cssSelector("#phone-list li[data-key='" + extension + "'] button"))
                .getAttribute("aria-label");
    }

    /** Chooses her own status (its value: available, away, busy, do-not-disturb), types her note and sets them. */
    void setOwnPresence(String status, String note) {
        new org.openqa.selenium.support.ui.Select(field("presence-status")).selectByValue(status);
        type("presence-note", note);
        field("presence-set").click();
    }

    /** The status her own presence control shows (its value: available, away, busy, do-not-disturb). */
    String ownStatus() {
        return field("presence-status").getDomProperty("value");
    }

    /** Waits until line {@code line} is free. */
    void awaitFreeLine(int line) {
        await("line " + line + " free", d -> "free".equals(field("line-" + line).getAttribute("data-tone")));
    }

    /** The call on line {@code line}, if any. */
    Optional<String> lineCallId(int line) {
        return Optional.ofNullable(field("line-" + line).getAttribute("data-call-id"));
    }

    /** The text of a part of line {@code line}: who, number, disposition, note, timer, state-badge. */
    String linePart(int line, String part) {
        return field("line-" + line).findElement(By.className(part)).getText();
    }

    /** Waits until the parked (or directed-parked, camping) calls list the call, and gives its row's text. */
    String awaitSupervised(String callId, String words) {
        return await("the call " + callId + " listed as " + words + " among the parked calls", d -> {
            List<WebElement> rows = driver.findElements(By.cssSelector("#supervised-list li[data-key='" + callId
                    + "']"));
            return rows.isEmpty() || !rows.get(0).getText().contains(words) ? null : rows.get(0).getText();
        });
    }

    void awaitNotSupervised(String callId) {
        await("the call " + callId + " no longer among the parked calls", d -> driver.findElements(By.cssSelector(
                "#supervised-list li[data-key='" + callId + "']")).isEmpty());
    }

    /** Waits until a call waits in her queues, and gives the first one's call id. */
    String awaitWaitingCall(Duration patience) {
        return await("a call waiting in her queues", patience, d -> driver.findElements(By.cssSelector(
                "#waiting-list li[data-key]")).stream().findFirst().map(row -> row.getAttribute("data-key"))
                .orElse(null));
    }

    /** Waits until line {@code line} shows a call with the state's words {@code badge}, and gives its call id. */
    String awaitLineState(int line, String badge) {
        return await("line " + line + " showing a call as " + badge, PATIENCE, d -> {
            WebElement article = field("line-" + line);
            return badge.equals(article.findElement(By.className("state-badge")).getText())
                    ? article.getAttribute("data-call-id") : null;
        });
    }

    /**
     * After a take back of the waiting call {@code waitingCallId}: waits until line {@code line} shows a call as
     * {@code badge} (its call id), or until that caller is gone from the list with the line still free (empty: the
     * caller hung up before the take back reached the PBX).
     */
    Optional<String> awaitLineStateUnlessGone(int line, String badge, String waitingCallId) {
        return await("line " + line + " showing a call as " + badge + ", or caller " + waitingCallId + " gone",
                PATIENCE, d -> {
                    WebElement article = field("line-" + line);
                    if (badge.equals(article.findElement(By.className("state-badge")).getText())) {
                        return Optional.of(article.getAttribute("data-call-id"));
                    }
                    boolean stillWaiting = !driver.findElements(By.cssSelector("#waiting-list li[data-key='"
                            + waitingCallId + "']")).isEmpty();
                    return stillWaiting || lineCallId(line).isPresent() ? null : Optional.<String>empty();
                });
    }

    /** Waits until {@code count} calls are waiting in her queues, as the list's counter says ("100 (50 not shown)"). */
    void awaitWaitingCount(int count) {
        await(count + " calls waiting", d -> textContent("waiting-count").matches(count + "( \\(.*)?"));
    }

    /** Whether the action's button is enabled (exactly from the last STATE's allowed). */
    boolean enabled(String action) {
        return field("action-" + action).isEnabled();
    }

    /** What has the focus now: its id, or its tag and class, or "body" when the focus is lost. */
    String focusedId() {
        return (String) js.executeScript("""
                const e = document.activeElement;
                if (!e || e === document.body) return 'body';
                return e.id || (e.tagName.toLowerCase() + '.' + e.className);
                """);
    }

    // --- what she does ------------------------------------------------------------------------------------------

    /** Clicks the action's button once it is enabled, as a receptionist clicks only an enabled button. */
    public void click(String action) {
        await(action + " enabled", d -> field("action-" + action).isEnabled());
        field("action-" + action).click();
    }

    /** Types keys to whatever has the focus, as the keyboard does. */
    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses an action's key once its button is enabled (the key does nothing before, and says so). */
    void press(String action, CharSequence key) {
        await(action + " enabled", d -> field("action-" + action).isEnabled());
        keys(key);
    }

    /** Types into a field (the dial number, a dialog's field). */
    void type(String id, String text) {
        field(id).clear();
        field(id).sendKeys(text);
    }

    /** Clicks a dialog's primary button. */
    void confirm(String dialogId) {
        driver.findElement(By.cssSelector("#" + dialogId + " button.primary")).click();
        await(dialogId + " closed", d -> field(dialogId).getAttribute("open") == null);
    }

    void awaitDialog(String dialogId) {
        await(dialogId + " open", d -> field(dialogId).getAttribute("open") != null);
    }

    /** Clicks the row of a waiting or parked call: take back. */
    void clickCall(String callId) {
        driver.findElement(By.cssSelector("li[data-key='" + callId + "'] button.call-row")).click();
    }

    /** Closes the page's WebSockets as a network failure would leave them: the page must come back by itself. */
    void dropConnection() {
        js.executeScript("for (const s of window.testSockets) s.close();");
    }

    // --- figures and pictures -----------------------------------------------------------------------------------

    /** The times (ms) from each of the last updates' MESSAGE reaching the page to the frame after its render. */
    List<Double> updateShownMs() {
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) js.executeScript("return window.switchboardConsole.updateShownMs()");
        return values.stream().map(BrowserConsole::ms).toList();
    }

    /** Saves what the page shows now as target/screenshots/{@code name}.png. */
    public Path screenshot(String name) {
        return screenshot(driver, name);
    }

    /** Saves what a browser shows now as target/screenshots/{@code name}.png. */
    static Path screenshot(TakesScreenshot browser, String name) {
        try {
            Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
            Files.move(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * In a pair of sites: waits until the page shows her working on {@code site}, as she sees it: the site its SITE
     * updates chose (the page's {@code data-working-site}) is the one the header names (from that site's STATE), the
     * console online, her session there not PASSIVE. Returns when the page first showed it (its clock, read in the
     * page as the DOM changed), not when the wait noticed.
     */
    public Instant awaitWorkingOn(String site, Duration patience) {
        try {
            Number at = await("the page showing her working on " + site, patience, d -> (Number) js.executeScript("""
                    const sites = window.testWorkingSites;
                    const last = sites[sites.length - 1];
                    return last && last.site === arguments[0] ? last.at : null;
                    """, site));
            return Instant.ofEpochMilli(at.longValue());
        } catch (TimeoutException e) {
            throw new AssertionError("the working sites the page showed: " + js.executeScript(
                    "return JSON.stringify(window.testWorkingSites)") + ", its chosen site '" + driver.findElement(
                    By.tagName("body")).getAttribute("data-working-site") + "', pair " + inPair(), e);
        }
    }

    /** Whether the page opened a link to each site of a pair (the server named its peer). */
    public boolean inPair() {
        return "yes".equals(driver.findElement(By.tagName("body")).getAttribute("data-pair"));
    }

    /** Whether the page is still the document {@link #open} loaded (never reloaded nor navigated away). */
    public boolean sameDocument() {
        return Boolean.TRUE.equals(js.executeScript("return Array.isArray(window.testWorkingSites)"));
    }

    /** Waits until the log in form is shown again (after a log out). */
    public void awaitLogInForm() {
        await("the log in form shown", d -> logInFormShown() && !consoleShown());
    }

    @Override
    public void close() {
        driver.quit();
    }

    private WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    private <T> T await(String what, Function<WebDriver, T> condition) {
        return await(what, PATIENCE, condition);
    }

    private <T> T await(String what, Duration patience, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, patience, Duration.ofMillis(25));
        wait.withMessage(() -> what + " (the page shows: connection " + connection() + ", state "
                + text("session-state") + ", line 1 " + field("line-1").getText().replace('\n', ' ')
                + "; line 2 " + field("line-2").getText().replace('\n', ' ') + "; error '" + text("error")
                + "'; notice '" + text("notice") + "')");
        return wait.until(condition);
    }

    private static double ms(Object value) {
        return ((Number) value).doubleValue();
    }
}
