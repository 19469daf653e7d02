package org.switchboard.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.switchboard.call.model.TrunkRule;
import org.switchboard.shared.model.TrunkDevices;

/** Reads which devices are trunks from {@value TrunkRule#TRUNKS}, once. */
@ApplicationScoped
public class CallConfiguration {

    @Produces
    @Singleton // a final class: cannot be proxied
    TrunkDevices trunkDevices() {
        String rule = System.getProperty(TrunkRule.TRUNKS);
        CallLog.LOG.trunks(rule == null || rule.isBlank() ? TrunkRule.DEFAULT : rule);
        return TrunkRule.parse(rule);
    }
}
