package org.jboss.activemq.artemis.wildfly.transactions;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.transaction.TransactionManager;

import org.apache.activemq.artemis.service.extensions.transactions.TransactionManagerLocator;

/**
 * Gives Artemis the server's transaction manager, found where WildFly binds it in JNDI. Outside a server there
 * is none, and Artemis is told so with {@code null}, which it treats as "no transaction manager".
 */
public class WildFlyTransactionManagerLocator implements TransactionManagerLocator {

    static final String[] JNDI_NAMES = {"java:jboss/TransactionManager", "java:/TransactionManager"};

    @Override
    public TransactionManager getTransactionManager() {
        for (String name : JNDI_NAMES) {
            TransactionManager found = lookup(name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static TransactionManager lookup(String name) {
        try {
            InitialContext context = new InitialContext();
            try {
                return context.lookup(name) instanceof TransactionManager manager ? manager : null;
            } finally {
                context.close();
            }
        } catch (NamingException notBound) {
            return null;
        }
    }
}
