package org.switchboard.it.presence;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.probe.UserOfflineProbe;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.testkit.Await;

/**
 * The randomised presence test through the deployed EAR and its topics, from outside as its clients see it: long
 * random sequences of passive logins, keep-alives, log outs and silent deaths of a CTI integration (presence API),
 * notes and attributes set through the API, receptionists' console log ins, log outs, statuses with notes and
 * vanishings, SIP publications, phone calls and phones that unregister and register again on the scripted PBX, and
 * restarts of the presence service (JMX), of the PBX, of the CTI integration and of the application (redeploy); after
 * every step, every watcher (SIP subscribers over UDP, TCP and WebSocket, the consoles over TCP and over WebSocket, the
 * API's fetch) must show the reference model's status and note (and the attributes, where the watcher shows them:
 * the fetch) within the step's deadline, and a plain JMS subscriber must have heard
 * UserOffline exactly when a user lost her last login. The seed's scenario runs first, step by step.
 * <p>
 * {@code -Dpresence.seed=n} replays a run; {@code -Dpresence.steps=n} sets its length (1000: the whole test stays near
 * three minutes on a 2-core machine), {@code -Dpresence.redeploys=n} how many redeploys it makes (2). A failure prints
 * the seed and every step made, with the time each was made.
 */
@ExtendWith(ArquillianExtension.class)
class PresenceRandomisedIT {

    private static final String DEPLOYMENT = "switchboard";
    private static final Duration FIRST_SIGHT = Duration.ofSeconds(60);

    @Deployment(name = HeardUserOffline.PROBE, order = 1, testable = false)
    static WebArchive userOfflineSubscriber() {
        return ShrinkWrap.create(WebArchive.class, HeardUserOffline.PROBE + ".war")
                .addPackage(UserOfflineProbe.class.getPackage())
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive application() {
        return ShippedEar.asShipped();
    }

    @ArquillianResource
    Deployer deployer;

    @ArquillianResource
    ManagementClient management;

    private final List<String> made = new ArrayList<>();

    @Test
    void randomSequences_everyWatcherSeesTheModelsStatusAfterEveryStep_throughEveryKindOfRestart() throws Exception {
        long seed = Long.getLong("presence.seed", System.nanoTime());
        RandomSteps.Plan plan = new RandomSteps.Plan(Integer.getInteger("presence.steps", 1000), 2, 2,
                Integer.getInteger("presence.redeploys", 2), 3, 3, 3);
        System.out.println("PresenceRandomisedIT: seed " + seed + " (replay with -Dpresence.seed=" + seed + "), "
                + plan);
        try (JMXConnector connector = JMXConnectorFactory.connect(management.getRemoteJMXURL());
                PresenceSite site = PresenceSite.open(connector.getMBeanServerConnection(), deployer, DEPLOYMENT)) {
            PresenceSteps steps = new PresenceSteps(site);
            PresenceCheck check = new PresenceCheck(site);
            firstSight(site);
            check.after(new PresenceSteps.Step("the start", FIRST_SIGHT));

            long start = System.nanoTime();
            theSeedScenario(site, steps, check);
            RandomSteps random = new RandomSteps(seed, plan, steps, site);
            while (random.hasNext()) {
                make(check, random::next);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("PresenceRandomisedIT: seed %d, %d steps in %.1f s (%.1f steps/s); %s%n", seed,
                    made.size(), seconds, made.size() / seconds, check.figures());
            System.out.println("PresenceRandomisedIT: random steps made, by kind: " + random.tally());
        } catch (AssertionError | RuntimeException e) {
            System.out.println("PresenceRandomisedIT: FAILED with seed " + seed + " (replay with -Dpresence.seed="
                    + seed + ") after these steps:\n" + String.join("\n", made));
            throw e;
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    /**
     * The defect of the seed (../shared/seeds/000_*) step by step, for a user with no phone and no console: the
     * server restarts; the CTI server logs her in passively, stating nothing; her desk client (a SIP client that
     * publishes) logs in busy, then out first; the CTI server goes down and its passive login drops: her last login
     * ended, so UserOffline and offline everywhere, whatever the statuses were; her next login reaches every watcher.
     */
    private void theSeedScenario(PresenceSite site, PresenceSteps steps, PresenceCheck check) {
        String anna = "7001";
        make(check, steps::presenceRestarts);
        make(check, () -> steps.ctiLogsIn(anna, Optional.empty(), false));
        make(check, () -> steps.publishes(anna, PresenceStatus.BUSY));
        make(check, () -> steps.unpublishes(site.model.logins(login -> login.kind() == LoginKind.PUBLICATION
                && login.user().equals(anna)).get(0)));
        make(check, steps::ctiLogsOutAll);
        make(check, () -> steps.publishes(anna, PresenceStatus.AWAY));
        make(check, () -> steps.ctiLogsIn(anna, Optional.empty(), false));
        make(check, () -> steps.unpublishes(site.model.logins(login -> login.kind() == LoginKind.PUBLICATION
                && login.user().equals(anna)).get(0)));
        make(check, steps::ctiLogsOutAll);
    }

    private void make(PresenceCheck check, Supplier<PresenceSteps.Step> next) {
        int number = made.size() + 1;
        made.add("#" + number + " (failed while being made)");
        PresenceSteps.Step step = next.get();
        made.set(number - 1, "#" + number + " " + LocalTime.now() + " " + step.text());
        check.after(step);
    }

    /**
     * The application settled after its start (the phones' logins made from the PBX picture, the users' stored
     * presence settled after the restart grace): the model takes the notes and attributes that earlier tests left, the SIP watchers
     * subscribe, and the UserOffline heard so far are forgotten.
     */
    private static void firstSight(PresenceSite site) {
        Await.until("every user's presence as the model's status", () -> PresenceSite.USERS.stream().allMatch(user ->
                site.cti.seen(user).filter(seen -> seen.status() == site.model.expected(user).status()).isPresent()),
                FIRST_SIGHT);
        PresenceSite.USERS.forEach(user -> {
            ExpectedPresence.Seen seen = site.cti.seen(user).orElseThrow();
            site.model.note(user, seen.note());
            site.model.attributes(user, seen.attributes());
        });
        site.subscribe();
        site.offline.fromNow();
    }
}
