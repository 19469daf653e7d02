package org.jboss.activemq.artemis.wildfly.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.ServiceLoader;

import javax.net.ssl.SSLContext;

import org.apache.activemq.artemis.core.remoting.impl.ssl.DefaultSSLContextFactory;
import org.apache.activemq.artemis.spi.core.remoting.ssl.SSLContextConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WildFlySSLContextFactoryTest {

    private final WildFlySSLContextFactory factory = new WildFlySSLContextFactory();

    @AfterEach
    void forgetRegisteredContexts() {
        WildFlySSLContextFactory.forgetAll();
    }

    @Test
    void givenARegisteredContext_whenATransportNamesIt_thenThatContextIsUsed() throws Exception {
        SSLContext elytronContext = SSLContext.getInstance("TLS");
        WildFlySSLContextFactory.registerSSLContext("console-tls", elytronContext);

        SSLContext chosen = factory.getSSLContext(SSLContextConfig.builder().build(), Map.of("sslContext", "console-tls"));

        assertThat(chosen).isSameAs(elytronContext);
    }

    @Test
    void givenNoContextUnderThatName_thenArtemisBuildsOneFromTheKeystoreSettings() throws Exception {
        SSLContext elytronContext = SSLContext.getInstance("TLS");
        WildFlySSLContextFactory.registerSSLContext("console-tls", elytronContext);

        SSLContext chosen = factory.getSSLContext(SSLContextConfig.builder().trustAll(true).build(), Map.of("sslContext", "other"));

        assertThat(chosen).isNotNull().isNotSameAs(elytronContext);
    }

    @Test
    void outranksArtemisOwnDefaultFactory() {
        assertThat(factory.getPriority()).isGreaterThan(new DefaultSSLContextFactory().getPriority());
    }

    @Test
    void isNotAServiceOfThisJarItself_becauseWildFlysModuleDeclaresIt() {
        // The subsystem's module.xml provides the service; a second declaration here would register it twice.
        assertThat(ServiceLoader.load(org.apache.activemq.artemis.spi.core.remoting.ssl.SSLContextFactory.class).stream()
                .map(ServiceLoader.Provider::type))
                .doesNotContain(WildFlySSLContextFactory.class);
    }
}
