package org.jboss.activemq.artemis.wildfly.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WildFlyTransactionManagerLocatorTest {

    @Test
    void outsideAServerThereIsNoTransactionManager_andArtemisIsToldSoWithoutAnError() {
        assertThat(new WildFlyTransactionManagerLocator().getTransactionManager()).isNull();
    }

    @Test
    void looksWhereWildFlyBindsTheTransactionManagerFirst() {
        assertThat(WildFlyTransactionManagerLocator.JNDI_NAMES[0]).isEqualTo("java:jboss/TransactionManager");
    }
}
