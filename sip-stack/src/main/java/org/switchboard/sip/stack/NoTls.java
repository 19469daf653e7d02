package org.switchboard.sip.stack;

import java.util.Properties;

import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;

import gov.nist.core.net.SecurityManagerProvider;

/**
 * Our stacks offer UDP and TCP only. Without this, JAIN-SIP's default provider logs four warnings about
 * missing key and trust stores every time a stack is created.
 */
public final class NoTls implements SecurityManagerProvider {

    @Override
    public void init(Properties properties) {
        // no key or trust store to load
    }

    @Override
    public KeyManager[] getKeyManagers(boolean client) {
        return new KeyManager[0];
    }

    @Override
    public TrustManager[] getTrustManagers(boolean client) {
        return new TrustManager[0];
    }
}
