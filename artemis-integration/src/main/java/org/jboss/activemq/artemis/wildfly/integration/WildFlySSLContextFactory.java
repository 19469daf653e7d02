package org.jboss.activemq.artemis.wildfly.integration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;

import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.core.remoting.impl.ssl.DefaultSSLContextFactory;
import org.apache.activemq.artemis.spi.core.remoting.ssl.SSLContextConfig;

/**
 * Hands Artemis the SSL contexts that WildFly configured through Elytron. The messaging subsystem registers
 * each context under its Elytron name before the broker starts; an acceptor or connector that names one with
 * the {@code sslContext} transport parameter gets that context. Anything else is built by Artemis' own
 * keystore-based factory, exactly as without WildFly.
 *
 * <p>Found by Artemis through {@link java.util.ServiceLoader}; the subsystem's module declares it as the
 * provider of {@code SSLContextFactory}.
 */
public class WildFlySSLContextFactory extends DefaultSSLContextFactory {

    /** Above Artemis' default factory, so that ours is the one chosen. */
    static final int PRIORITY = 100;

    private static final Map<String, SSLContext> CONTEXTS_BY_NAME = new ConcurrentHashMap<>();

    public static void registerSSLContext(String name, SSLContext context) {
        CONTEXTS_BY_NAME.put(name, context);
    }

    static void forgetAll() {
        CONTEXTS_BY_NAME.clear();
    }

    @Override
    public SSLContext getSSLContext(SSLContextConfig config, Map<String, Object> options) throws Exception {
        Object name = options == null ? null : options.get(TransportConstants.SSL_CONTEXT_PROP_NAME);
        if (name != null) {
            SSLContext registered = CONTEXTS_BY_NAME.get(name.toString());
            if (registered != null) {
                return registered;
            }
        }
        return super.getSSLContext(config, options);
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }
}
