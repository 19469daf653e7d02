package org.switchboard.it.presence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceStatus;

/**
 * Chooses the next step of a random run from the seed and the reference model alone (so a seed replays the same
 * sequence): the everyday steps by weight among those possible now (logins, statuses, notes, attributes, calls, phones
 * that unregister and register), the slow ones (silent deaths of the logins that asked for a short lease, lost
 * consoles) rationed, and the restarts of each part at positions drawn at the start.
 */
final class RandomSteps {

    /** How many restarts of each kind a run makes, and how many slow steps at most. */
    record Plan(int steps, int presenceRestarts, int pbxRestarts, int redeploys, int ctiRestarts, int silentDeaths,
            int vanishes) {
    }

    private static final PresenceStatus[] STATED = {PresenceStatus.AVAILABLE, PresenceStatus.AWAY,
            PresenceStatus.BUSY, PresenceStatus.DO_NOT_DISTURB};

    /** One passive login in this many asks for the short lease of a login that may die silently. */
    private static final int MAY_DIE = 6;
    private static final String[] ATTRIBUTES = {"room", "team", "floor", "mobile"};

    private record Choice(int weight, String kind, Supplier<PresenceSteps.Step> step) {
    }

    private final Random random;
    private final PresenceSteps steps;
    private final PresenceSite site;
    private final ExpectedPresence model;
    private final List<Choice> restarts;
    private final Map<String, Integer> made = new TreeMap<>();
    private int silentDeaths;
    private int vanishes;
    private int count;

    RandomSteps(long seed, Plan plan, PresenceSteps steps, PresenceSite site) {
        this.random = new Random(seed);
        this.steps = steps;
        this.site = site;
        this.model = site.model;
        this.silentDeaths = plan.silentDeaths();
        this.vanishes = plan.vanishes();
        List<Choice> planned = new ArrayList<>();
        for (int i = 0; i < plan.steps(); i++) {
            planned.add(null);
        }
        place(planned, plan.presenceRestarts(), new Choice(0, "presence restart", steps::presenceRestarts));
        place(planned, plan.pbxRestarts(), new Choice(0, "PBX restart", steps::pbxRestarts));
        place(planned, plan.redeploys(), new Choice(0, "redeploy", steps::redeploys));
        place(planned, plan.ctiRestarts(), new Choice(0, "CTI restart", steps::ctiRestarts));
        this.restarts = planned;
    }

    private void place(List<Choice> planned, int times, Choice restart) {
        for (int placed = 0; placed < times;) {
            int at = 1 + random.nextInt(planned.size() - 1);
            if (planned.get(at) == null) {
                planned.set(at, restart);
                placed++;
            }
        }
    }

    boolean hasNext() {
        return count < restarts.size();
    }

    /** How many steps of each kind were made, for the run's summary. */
    String tally() {
        return made.toString();
    }

    private PresenceSteps.Step make(Choice choice) {
        made.merge(choice.kind(), 1, Integer::sum);
        return choice.step().get();
    }

    PresenceSteps.Step next() {
        Choice restart = restarts.get(count++);
        if (restart != null) {
            return make(restart);
        }
        List<Choice> choices = choices();
        int total = choices.stream().mapToInt(Choice::weight).sum();
        int pick = random.nextInt(total);
        for (Choice choice : choices) {
            pick -= choice.weight();
            if (pick < 0) {
                return make(choice);
            }
        }
        throw new IllegalStateException("no step chosen");
    }

    private List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        String user = pick(PresenceSite.USERS);
        Optional<PresenceStatus> status = random.nextInt(3) == 0 ? Optional.empty() : Optional.of(pick(STATED));
        PresenceStatus stated = pick(STATED);
        String note = note();
        boolean mayDie = random.nextInt(MAY_DIE) == 0;
        choices.add(new Choice(12, "CTI log in", () -> steps.ctiLogsIn(user, status, mayDie)));
        List<ExpectedPresence.Login> passive = model.logins(login -> login.kind() == LoginKind.PASSIVE);
        if (!passive.isEmpty()) {
            ExpectedPresence.Login login = pick(passive);
            choices.add(new Choice(10, "CTI log out", () -> steps.ctiLogsOut(login)));
            choices.add(new Choice(2, "CTI keep-alive", () -> steps.ctiKeepsAlive(login)));
            if (silentDeaths > 0 && steps.mayDie(login)) {
                choices.add(new Choice(4, "CTI login dies silently", () -> {
                    silentDeaths--;
                    return steps.ctiLoginDies(login);
                }));
            }
        }
        ReceptionDesk desk = pick(site.desks);
        if (desk.loggedIn()) {
            choices.add(new Choice(4, "console log out", () -> steps.deskLogsOut(desk)));
            choices.add(new Choice(12, "console status", () -> steps.deskSets(desk, stated, note)));
            if (vanishes > 0) {
                String colleague = pick(PresenceSite.SHOWN);
                choices.add(new Choice(1, "console vanishes", () -> {
                    vanishes--;
                    return steps.deskVanishes(desk, colleague, "vanished " + count);
                }));
            }
        } else {
            choices.add(new Choice(8, "console log in", () -> steps.deskLogsIn(desk)));
        }
        choices.add(new Choice(6, "publication", () -> steps.publishes(user, stated)));
        List<ExpectedPresence.Login> publications = model.logins(login -> login.kind() == LoginKind.PUBLICATION);
        if (!publications.isEmpty()) {
            ExpectedPresence.Login login = pick(publications);
            choices.add(new Choice(6, "publication removed", () -> steps.unpublishes(login)));
        }
        choices.add(new Choice(4, "note", () -> steps.notes(user, note)));
        Map<String, String> attributes = attributes();
        choices.add(new Choice(3, "attributes", () -> steps.setsAttributes(user, attributes)));
        String colleague = pick(PresenceSite.SHOWN);
        if (steps.mayUnregister(colleague)) {
            choices.add(new Choice(3, "phone unregisters", () -> steps.phoneUnregisters(colleague)));
        } else if (!steps.registered(colleague)) {
            choices.add(new Choice(3, "phone registers", () -> steps.phoneRegisters(colleague)));
        }
        if (steps.inCall()) {
            choices.add(new Choice(3, "call ends", steps::callEnds));
        } else if (steps.callPossible()) {
            choices.add(new Choice(3, "call starts", steps::callStarts));
        }
        return choices;
    }

    /** A user's attributes: none (a third of the time, which clears them), or one to three of a few names. */
    private Map<String, String> attributes() {
        Map<String, String> attributes = new TreeMap<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            attributes.put(pick(ATTRIBUTES), Integer.toString(random.nextInt(1 << 16), 36));
        }
        return attributes;
    }

    private String note() {
        return random.nextInt(4) == 0 ? "" : "note " + count + " " + Integer.toString(random.nextInt(1 << 20), 36);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private <T> T pick(T[] from) {
        return from[random.nextInt(from.length)];
    }
}
