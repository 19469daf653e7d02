package org.switchboard.it.presence;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceStatus;

/**
 * The steps of the randomised test, each done over the wire and told to the reference model, each returning how long
 * the watchers may take to show it: a few seconds, more where a lease, a lost console's answer timeout, the restart
 * grace or a redeploy must pass first.
 */
final class PresenceSteps {

    /** What a step did, and how long every watcher may take to see it. */
    record Step(String text, Duration deadline) {
    }

    static final Duration PROMPT = Duration.ofSeconds(5);
    /** The short lease, the sweep (1 s) and room for a busy machine. */
    static final Duration LEASE_END = CtiIntegration.SHORT_LEASE.plusSeconds(1 + 8);
    /** The test server's console answer timeout (2 s, SWB_CONSOLE_ANSWER_TIMEOUT_SECONDS), its check and room. */
    static final Duration CONSOLE_LOST = Duration.ofSeconds(2 + 1 + 7);
    /** The restart grace of the production settings (5 s) and room. */
    static final Duration AFTER_RESTART = Duration.ofSeconds(5 + 10);

    private static final String CALLER = "203";
    private static final String CALLEE = "204";

    private final PresenceSite site;
    private final ExpectedPresence model;
    private LiveOffice.Caller call;

    PresenceSteps(PresenceSite site) {
        this.site = site;
        this.model = site.model;
    }

    /** The CTI logs the user in, with the short lease of a login that may die silently, or the long one. */
    Step ctiLogsIn(String user, Optional<PresenceStatus> status, boolean mayDie) {
        Duration lease = mayDie ? CtiIntegration.SHORT_LEASE : CtiIntegration.LONG_LEASE;
        String id = site.cti.logIn(user, status, lease);
        model.logIn(passive(id), user, LoginKind.PASSIVE, status);
        return step("CTI logs " + user + " in passively" + status.map(s -> " stating " + s).orElse("") + " for "
                + lease.toSeconds() + " s: " + id);
    }

    /** Whether the login asked for the short lease of a login that may die silently. */
    boolean mayDie(ExpectedPresence.Login login) {
        return site.cti.lease(id(login)).equals(CtiIntegration.SHORT_LEASE);
    }

    Step ctiLogsOut(ExpectedPresence.Login login) {
        site.cti.logOut(id(login));
        model.logOut(login.key());
        return step("CTI logs " + login.user() + " out: " + id(login));
    }

    Step ctiKeepsAlive(ExpectedPresence.Login login) {
        site.cti.keepAlive(id(login));
        return step("CTI keeps " + login.user() + "'s login alive: " + id(login));
    }

    Step ctiLoginDies(ExpectedPresence.Login login) {
        site.cti.dies(id(login));
        model.logOut(login.key());
        return new Step("CTI stops keeping " + login.user() + "'s login alive (silent death): " + id(login), LEASE_END);
    }

    /** The CTI server goes down: it logs out all its logins. */
    Step ctiLogsOutAll() {
        return step("CTI logs out all its " + logOutAll().size() + " passive logins");
    }

    /** The CTI server restarts: it logs out all its logins, then logs the same users in again. */
    Step ctiRestarts() {
        List<ExpectedPresence.Login> gone = logOutAll();
        gone.forEach(login -> model.logIn(passive(site.cti.logIn(login.user(), login.status(),
                site.cti.lease(id(login)))), login.user(), LoginKind.PASSIVE, login.status()));
        return step("CTI restarts: " + gone.size() + " passive logins out, and in again");
    }

    private List<ExpectedPresence.Login> logOutAll() {
        int ended = site.cti.logOutAll();
        List<ExpectedPresence.Login> gone = model.logOutAll(login -> login.kind() == LoginKind.PASSIVE);
        if (ended != gone.size()) {
            throw new AssertionError("log out all ended " + ended + " logins, the test had " + gone.size());
        }
        return gone;
    }

    Step deskLogsIn(ReceptionDesk desk) {
        desk.logIn();
        model.logIn(desk.key(), desk.user(), LoginKind.CONSOLE, Optional.of(PresenceStatus.AVAILABLE));
        return step(desk.name() + " logs in");
    }

    Step deskLogsOut(ReceptionDesk desk) {
        desk.logOut();
        model.logOut(desk.key());
        return step(desk.name() + " logs out");
    }

    Step deskSets(ReceptionDesk desk, PresenceStatus status, String note) {
        desk.setPresence(status, note);
        model.state(desk.key(), status);
        model.note(desk.user(), note);
        return step(desk.name() + " sets " + status + " '" + note + "'");
    }

    /** The console vanishes; a change of a colleague it watches is the update it does not answer. */
    Step deskVanishes(ReceptionDesk desk, String colleague, String note) {
        desk.vanish();
        model.logOut(desk.key());
        site.cti.note(colleague, note);
        model.note(colleague, note);
        return new Step(desk.name() + " vanishes; CTI notes " + colleague + " '" + note + "'", CONSOLE_LOST);
    }

    /** The CTI sets all the user's attributes (none: it clears them); only the fetch shows them. */
    Step setsAttributes(String user, Map<String, String> attributes) {
        site.cti.attributes(user, attributes);
        model.attributes(user, attributes);
        return step("CTI sets " + user + "'s attributes " + (attributes.isEmpty() ? "(none)" : attributes));
    }

    /**
     * The colleague's phone unregisters at the PBX (a REGISTER with Expires 0): her PHONE login ends, her last one
     * perhaps.
     */
    Step phoneUnregisters(String user) {
        site.office().phone(user).unregisters();
        model.logOut(PresenceSite.phone(user));
        return step("the phone of " + user + " unregisters");
    }

    /** The colleague's phone registers at the PBX: a PHONE login of hers begins. */
    Step phoneRegisters(String user) {
        site.office().phone(user).registers();
        model.logIn(PresenceSite.phone(user), user, LoginKind.PHONE, Optional.empty());
        return step("the phone of " + user + " registers");
    }

    /** Whether the model has the user's phone registered. */
    boolean registered(String user) {
        return model.login(PresenceSite.phone(user)).isPresent();
    }

    Step notes(String user, String note) {
        site.cti.note(user, note);
        model.note(user, note);
        return step("CTI notes " + user + " '" + note + "'");
    }

    /**
     * A fresh publication: the server takes it, then ends the earlier publications of the same user from the same
     * publisher (this test's one SIP client), as a device that published afresh has forgotten them.
     */
    Step publishes(String user, PresenceStatus status) {
        List<ExpectedPresence.Login> earlier = model.logins(login -> login.kind() == LoginKind.PUBLICATION
                && login.user().equals(user));
        String tag = site.publisher.publish(user, status);
        model.logIn(publication(tag), user, LoginKind.PUBLICATION, Optional.of(status));
        earlier.forEach(login -> model.logOut(login.key()));
        return step("SIP client publishes " + user + " " + status + ": " + tag
                + (earlier.isEmpty() ? "" : " (replacing " + earlier.size() + ")"));
    }

    Step unpublishes(ExpectedPresence.Login login) {
        String tag = login.key().substring("publication:".length());
        site.publisher.remove(login.user(), tag);
        model.logOut(login.key());
        return step("SIP client removes " + login.user() + "'s publication " + tag);
    }

    /** Whether 203 can call 204 now: both phones registered, and no call between them yet. */
    boolean callPossible() {
        return call == null && registered(CALLER) && registered(CALLEE);
    }

    /** Whether the phone may unregister now: it is registered and has no call. */
    boolean mayUnregister(String user) {
        return registered(user) && !model.inCall(user);
    }

    /** 203 calls 204, who answers: both phones in a call. */
    Step callStarts() {
        call = site.office().phone(CALLER).dials(CALLEE);
        site.office().phone(CALLEE).answer();
        model.phoneCall(CALLER, true);
        model.phoneCall(CALLEE, true);
        return step(CALLER + " calls " + CALLEE + ", who answers");
    }

    Step callEnds() {
        site.office().hangUp(call);
        call = null;
        model.phoneCall(CALLER, false);
        model.phoneCall(CALLEE, false);
        return step(CALLER + " and " + CALLEE + " hang up");
    }

    boolean inCall() {
        return call != null;
    }

    /** The presence service restarts (JMX): passive logins and publications are not rebuilt, consoles announce again. */
    Step presenceRestarts() {
        site.restartPresence();
        forgetLoginsNotRebuilt();
        model.restart(PresenceSteps::notRebuilt, login -> login.kind() == LoginKind.CONSOLE);
        return new Step("the presence service restarts", AFTER_RESTART);
    }

    /**
     * The PBX restarts: its calls are gone, and the phones of its recorded start are registered again (201 to 204),
     * whatever registered or unregistered since (205 not).
     */
    Step pbxRestarts() {
        site.restartPbx();
        call = null;
        model.allCallsEnded();
        for (String user : PresenceSite.SHOWN) {
            boolean registers = PresenceSite.REGISTERED.contains(user);
            if (registers && !registered(user)) {
                model.logIn(PresenceSite.phone(user), user, LoginKind.PHONE, Optional.empty());
            } else if (!registers && registered(user)) {
                model.logOut(PresenceSite.phone(user));
            }
        }
        return step("the PBX restarts");
    }

    /** The application is redeployed; the receptionists who were logged in log in again. */
    Step redeploys() {
        List<ReceptionDesk> back = site.desks.stream().filter(ReceptionDesk::loggedIn).toList();
        forgetLoginsNotRebuilt();
        site.redeploy();
        model.restart(login -> notRebuilt(login) || login.kind() == LoginKind.CONSOLE, login -> false);
        back.forEach(this::deskLogsIn);
        return new Step("the application is redeployed; " + back.size() + " consoles log in again", AFTER_RESTART);
    }

    private void forgetLoginsNotRebuilt() {
        model.logins(login -> login.kind() == LoginKind.PASSIVE).forEach(login -> site.cti.forget(id(login)));
    }

    private static boolean notRebuilt(ExpectedPresence.Login login) {
        return login.kind() == LoginKind.PASSIVE || login.kind() == LoginKind.PUBLICATION;
    }

    private static String passive(String id) {
        return "passive:" + id;
    }

    private static String publication(String tag) {
        return "publication:" + tag;
    }

    private static String id(ExpectedPresence.Login login) {
        return login.key().substring("passive:".length());
    }

    private static Step step(String text) {
        return new Step(text, PROMPT);
    }
}
