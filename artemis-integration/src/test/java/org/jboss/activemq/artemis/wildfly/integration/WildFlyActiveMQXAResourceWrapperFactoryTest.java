package org.jboss.activemq.artemis.wildfly.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

import org.apache.activemq.artemis.service.extensions.xa.ActiveMQXAResourceWrapper;
import org.jboss.tm.XAResourceWrapper;
import org.junit.jupiter.api.Test;

class WildFlyActiveMQXAResourceWrapperFactoryTest {

    private final RecordingXAResource session = new RecordingXAResource();

    private final ActiveMQXAResourceWrapper wrapped = new WildFlyActiveMQXAResourceWrapperFactory().wrap(session, Map.of(
            ActiveMQXAResourceWrapper.ACTIVEMQ_PRODUCT_NAME, "ActiveMQ Artemis",
            ActiveMQXAResourceWrapper.ACTIVEMQ_PRODUCT_VERSION, "2.44.0",
            ActiveMQXAResourceWrapper.ACTIVEMQ_JNDI_NAME, "java:/JmsXA",
            ActiveMQXAResourceWrapper.ACTIVEMQ_NODE_ID, "node-1"));

    @Test
    void theTransactionManagerSeesProductVersionAndConnectionFactory() {
        assertThat(wrapped).isInstanceOf(XAResourceWrapper.class);
        XAResourceWrapper forTheTransactionManager = (XAResourceWrapper) wrapped;

        assertThat(forTheTransactionManager.getResource()).isSameAs(session);
        assertThat(forTheTransactionManager.getProductName()).isEqualTo("ActiveMQ Artemis");
        assertThat(forTheTransactionManager.getProductVersion()).isEqualTo("2.44.0");
        assertThat(forTheTransactionManager.getJndiName()).contains("java:/JmsXA");
    }

    @Test
    void transactionCallsReachTheSessionsResource() throws Exception {
        Xid xid = new SimpleXid();

        wrapped.start(xid, XAResource.TMNOFLAGS);
        wrapped.end(xid, XAResource.TMSUCCESS);
        wrapped.prepare(xid);
        wrapped.commit(xid, false);

        assertThat(session.calls).containsExactly("start", "end", "prepare", "commit");
    }

    private static final class SimpleXid implements Xid {
        @Override
        public int getFormatId() {
            return 1;
        }

        @Override
        public byte[] getGlobalTransactionId() {
            return new byte[] {1};
        }

        @Override
        public byte[] getBranchQualifier() {
            return new byte[] {2};
        }
    }

    private static final class RecordingXAResource implements XAResource {
        private final List<String> calls = new ArrayList<>();

        @Override
        public void commit(Xid xid, boolean onePhase) {
            calls.add("commit");
        }

        @Override
        public void end(Xid xid, int flags) {
            calls.add("end");
        }

        @Override
        public void forget(Xid xid) {
            calls.add("forget");
        }

        @Override
        public int getTransactionTimeout() {
            return 0;
        }

        @Override
        public boolean isSameRM(XAResource other) {
            return other == this;
        }

        @Override
        public int prepare(Xid xid) {
            calls.add("prepare");
            return XA_OK;
        }

        @Override
        public Xid[] recover(int flag) {
            return new Xid[0];
        }

        @Override
        public void rollback(Xid xid) {
            calls.add("rollback");
        }

        @Override
        public boolean setTransactionTimeout(int seconds) {
            return false;
        }

        @Override
        public void start(Xid xid, int flags) {
            calls.add("start");
        }
    }
}
