package org.switchboard.presence.model;

import java.util.List;

/**
 * What one call of the subscription manager did: the moves of the location machines (to log) and the effects for
 * the service to run, in order.
 */
public record SubscriptionStep(List<LocationMove> moves, List<SubscriptionEffect> effects) {

    public static final SubscriptionStep NONE = new SubscriptionStep(List.of(), List.of());

    public SubscriptionStep {
        moves = List.copyOf(moves);
        effects = List.copyOf(effects);
    }

    public List<SubscriptionEffect.Notify> notifications() {
        return effects.stream().filter(SubscriptionEffect.Notify.class::isInstance)
                .map(SubscriptionEffect.Notify.class::cast).toList();
    }

    public List<SubscriptionEffect.RequestAlert> alertRequests() {
        return effects.stream().filter(SubscriptionEffect.RequestAlert.class::isInstance)
                .map(SubscriptionEffect.RequestAlert.class::cast).toList();
    }
}
