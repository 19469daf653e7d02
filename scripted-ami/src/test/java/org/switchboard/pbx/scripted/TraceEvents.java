package org.switchboard.pbx.scripted;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Picks the unsolicited events out of a recorded session; see {@link AmiTrace#events()}. */
final class TraceEvents {

    private TraceEvents() {
    }

    static List<AmiMessage> unsolicited(List<AmiFrame> frames, List<RecordedAction> actions) {
        Set<String> listAnswers = listActionIds(frames, actions);
        Set<Integer> loginGreeting = loginGreeting(frames, actions);
        List<AmiMessage> events = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            AmiMessage message = frames.get(i).message();
            boolean answersList = listAnswers.contains(message.getOr("ActionID", ""));
            if (message.isEvent() && !answersList && !loginGreeting.contains(i)) {
                events.add(message);
            }
        }
        return List.copyOf(events);
    }

    /** The ActionIDs of recorded actions whose response opened an event list. */
    private static Set<String> listActionIds(List<AmiFrame> frames, List<RecordedAction> actions) {
        Set<String> recorded = new HashSet<>();
        actions.forEach(action -> recorded.add(action.actionId()));
        Set<String> lists = new HashSet<>();
        for (AmiFrame frame : frames) {
            AmiMessage message = frame.message();
            String actionId = message.getOr("ActionID", "");
            if (message.isResponse() && recorded.contains(actionId)
                    && message.getOr("EventList", "").equalsIgnoreCase("start")) {
                lists.add(actionId);
            }
        }
        return lists;
    }

    /** The indexes of the FullyBooted and AMI SuccessfulAuth events right after the recorded login's response. */
    private static Set<Integer> loginGreeting(List<AmiFrame> frames, List<RecordedAction> actions) {
        Set<String> logins = new HashSet<>();
        actions.stream().filter(a -> a.name().equalsIgnoreCase("Login")).forEach(a -> logins.add(a.actionId()));
        Set<Integer> greeting = new HashSet<>();
        for (int i = 0; i < frames.size(); i++) {
            AmiMessage message = frames.get(i).message();
            if (message.isResponse() && logins.contains(message.getOr("ActionID", ""))) {
                for (int j = i + 1; j < frames.size() && isLoginGreeting(frames.get(j).message()); j++) {
                    greeting.add(j);
                }
            }
        }
        return greeting;
    }

    private static boolean isLoginGreeting(AmiMessage message) {
        return message.type().equals("FullyBooted")
                || message.type().equals("SuccessfulAuth") && message.getOr("Service", "").equals("AMI");
    }
}
