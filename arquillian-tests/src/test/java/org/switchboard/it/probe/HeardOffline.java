package org.switchboard.it.probe;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

/** Every UserOffline the probe heard, in the order it heard them: the user and the message's JSON text. */
@ApplicationScoped
public class HeardOffline {

    private final List<String> heard = new CopyOnWriteArrayList<>();

    void add(String user, String json) {
        heard.add(user + " " + json.replace('\n', ' '));
    }

    /** What was heard from the {@code from}-th message on (0 is the first), one line each. */
    List<String> from(int from) {
        return heard.subList(Math.min(Math.max(from, 0), heard.size()), heard.size());
    }
}
