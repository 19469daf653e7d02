package org.switchboard.it.presence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.presence.model.LoginKind;
import org.switchboard.testkit.Await;

/**
 * The check after every step: within the step's deadline, every watcher sees each user it watches as the reference
 * model says (status and note, and attributes where the watcher shows them), the presence service lists the logins the model has (by kind, over JMX), and the
 * UserOffline subscriber heard exactly the UserOffline the model owes (a restart may add one for a user whose logins
 * were announced again after the service's grace). The cheap local views are read first; the remote ones once those agree. Keeps each check's latency.
 */
final class PresenceCheck {

    private final PresenceSite site;
    /** The latencies of the everyday steps' checks, and of those after restarts, lost logins and consoles. */
    private final List<Long> prompt = new ArrayList<>();
    private final List<Long> slow = new ArrayList<>();

    PresenceCheck(PresenceSite site) {
        this.site = site;
    }

    /** Waits until everything agrees with the model; fails with the disagreements when the deadline passes. */
    void after(PresenceSteps.Step step) {
        long start = System.nanoTime();
        List<String> last = new ArrayList<>();
        try {
            Await.until("every watcher to agree with the model after: " + step.text(), () -> {
                List<String> wrong = disagreements();
                last.clear();
                last.addAll(wrong);
                return wrong.isEmpty();
            }, step.deadline());
        } catch (AssertionError e) {
            String late = site.cti.lateKeepAlives();
            throw new AssertionError(e.getMessage() + "\n  disagreements:\n    " + String.join("\n    ", last)
                    + (late.isEmpty() ? "" : "\n  " + late), e);
        }
        (step.deadline().equals(PresenceSteps.PROMPT) ? prompt : slow).add(System.nanoTime() - start);
    }

    private List<String> disagreements() {
        List<String> wrong = new ArrayList<>();
        List<PresenceView> views = site.views();
        views.stream().filter(view -> !(view instanceof CtiIntegration)).forEach(view -> compare(view, wrong));
        if (!wrong.isEmpty()) {
            return wrong;
        }
        views.stream().filter(view -> view instanceof CtiIntegration).forEach(view -> compare(view, wrong));
        for (String user : PresenceSite.USERS) {
            Map<LoginKind, Integer> expected = site.model.kinds(user);
            Map<LoginKind, Integer> listed = site.loginKinds(user);
            if (!expected.equals(listed)) {
                wrong.add("JMX lists " + user + "'s logins " + listed + ", the model has " + expected);
            }
        }
        site.offline.count();
        for (String user : PresenceSite.USERS) {
            int heard = site.offline.of(user);
            int due = site.model.offline(user);
            int byRestart = site.model.offlineByRestart(user);
            if (heard < due || heard > due + byRestart) {
                wrong.add("UserOffline of " + user + " heard " + heard + " times, due " + due
                        + (byRestart > 0 ? " (+ up to " + byRestart + " from restarts)" : ""));
            }
        }
        return wrong;
    }

    private void compare(PresenceView view, List<String> wrong) {
        for (String user : view.watches()) {
            ExpectedPresence.Seen expected = view.showsAttributes() ? site.model.expected(user)
                    : site.model.expected(user).withoutAttributes();
            Optional<ExpectedPresence.Seen> seen = view.seen(user);
            if (seen.filter(expected::equals).isEmpty()) {
                wrong.add(view.name() + " sees " + user + " " + seen.map(Object::toString).orElse("nothing")
                        + view.told(user) + ", the model says " + expected);
            }
        }
    }

    /** The check latencies so far: count, p50 and p99 in milliseconds, of the everyday steps and of the slow ones. */
    String figures() {
        return "everyday steps: " + figures(prompt) + "; restarts, silent deaths, lost consoles: " + figures(slow);
    }

    private static String figures(List<Long> latencies) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return "no checks";
        }
        return sorted.length + " checks, latency p50 " + millis(sorted, 0.50) + " ms, p99 " + millis(sorted, 0.99)
                + " ms, max " + sorted[sorted.length - 1] / 1_000_000 + " ms";
    }

    private static long millis(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(index, 0)] / 1_000_000;
    }
}
