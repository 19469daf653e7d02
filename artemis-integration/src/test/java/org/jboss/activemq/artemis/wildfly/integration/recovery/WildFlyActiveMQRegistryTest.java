package org.jboss.activemq.artemis.wildfly.integration.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.service.extensions.xa.recovery.XARecoveryConfig;
import org.jboss.tm.XAResourceRecovery;
import org.jboss.tm.XAResourceRecoveryRegistry;
import org.junit.jupiter.api.Test;

class WildFlyActiveMQRegistryTest {

    private final RecordingTransactionManagerRegistry tm = new RecordingTransactionManagerRegistry();
    private final WildFlyActiveMQRegistry registry = new WildFlyActiveMQRegistry() {
        @Override
        public XAResourceRecoveryRegistry getTMRegistry() {
            return tm;
        }
    };

    @Test
    void givenTwoRegistrationsOfOneConfig_thenTheTransactionManagerSeesOneRecoverableResource() {
        registry.register(config("broker-a"));
        registry.register(config("broker-a"));

        assertThat(tm.recoveries).hasSize(1);
        assertThat(tm.recoveries.get(0).getXAResources()).hasSize(1);
    }

    @Test
    void givenTwoRegistrations_whenUnregisteredOnce_thenTheResourceStaysUntilTheLastUnregistration() {
        registry.register(config("broker-a"));
        registry.register(config("broker-a"));

        registry.unRegister(config("broker-a"));
        assertThat(tm.recoveries).hasSize(1);

        registry.unRegister(config("broker-a"));
        assertThat(tm.recoveries).isEmpty();
        assertThat(registry.registeredConfigurations()).isZero();
    }

    @Test
    void givenDistinctConfigs_thenEachIsRecoveredSeparately() {
        registry.register(config("broker-a"));
        registry.register(config("broker-b"));

        assertThat(tm.recoveries).hasSize(2);
    }

    @Test
    void whenAnUnknownConfigIsUnregistered_thenNothingChanges() {
        registry.register(config("broker-a"));

        registry.unRegister(config("broker-b"));

        assertThat(tm.recoveries).hasSize(1);
    }

    @Test
    void whenStopped_thenEveryResourceIsRemovedFromTheTransactionManager() {
        registry.register(config("broker-a"));
        registry.register(config("broker-b"));

        registry.stop();

        assertThat(tm.recoveries).isEmpty();
        assertThat(registry.registeredConfigurations()).isZero();
    }

    private static XARecoveryConfig config(String serverId) {
        TransportConfiguration inVm = new TransportConfiguration(
                "org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnectorFactory",
                Map.of("serverId", serverId));
        return new XARecoveryConfig(false, new TransportConfiguration[] {inVm}, null, null, Map.of());
    }

    private static final class RecordingTransactionManagerRegistry implements XAResourceRecoveryRegistry {
        private final List<XAResourceRecovery> recoveries = new ArrayList<>();

        @Override
        public void addXAResourceRecovery(XAResourceRecovery recovery) {
            recoveries.add(recovery);
        }

        @Override
        public void removeXAResourceRecovery(XAResourceRecovery recovery) {
            recoveries.remove(recovery);
        }
    }
}
