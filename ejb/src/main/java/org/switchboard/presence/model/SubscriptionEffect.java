package org.switchboard.presence.model;

/** What the subscription manager asks the service to do after a step, as data. */
public sealed interface SubscriptionEffect permits SubscriptionEffect.Notify, SubscriptionEffect.RequestAlert {

    /** Tell the watcher this presence (on the watcher's lane; it is newer than the last one it got). */
    record Notify(WatcherId watcher, Presence presence) implements SubscriptionEffect {
    }

    /**
     * Ask the directory to be alerted of the user's next login ({@link OnlineDirectory#alertOnNextLogin}); when the
     * alert goes off, or is answered at once, call {@link SubscriptionManager#onLoginAlerted}.
     */
    record RequestAlert(UserId user) implements SubscriptionEffect {
    }
}
