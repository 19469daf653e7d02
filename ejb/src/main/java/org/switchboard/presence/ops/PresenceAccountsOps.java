package org.switchboard.presence.ops;

import java.util.function.Supplier;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.switchboard.presence.PresenceAccounts;
import org.switchboard.runtime.LogContext;
import org.switchboard.runtime.PublishedMXBean;
import org.switchboard.runtime.TextTable;

/** Publishes {@link PresenceAccountsMXBean} while the application runs. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the account service opens its own
public class PresenceAccountsOps extends PublishedMXBean implements PresenceAccountsMXBean {

    @Inject
    PresenceAccounts accounts;

    @Override
    protected String type() {
        return "PresenceAccounts";
    }

    @Override
    public String getSipRealm() {
        return accounts.realm();
    }

    @Override
    public String[] listPresenceAccounts() {
        TextTable table = new TextTable("USER", "REALM", "CREATED", "CHANGED");
        for (PresenceAccounts.Account account : accounts.list()) {
            table.row(account.user().value(), account.realm(), account.createdAt().toString(),
                    account.updatedAt().toString());
        }
        return table.lines();
    }

    @Override
    public String createPresenceAccount(String user, String password) {
        return as(user, () -> "created the SIP presence account of " + accounts.create(strip(user), password)
                + " in realm " + accounts.realm());
    }

    @Override
    public String setPresenceAccountPassword(String user, String password) {
        return as(user, () -> {
            accounts.changePassword(strip(user), password);
            return "new password of " + strip(user) + " stored for realm " + accounts.realm();
        });
    }

    @Override
    public String removePresenceAccount(String user) {
        return as(user, () -> {
            if (!accounts.remove(strip(user))) {
                throw new IllegalArgumentException("no SIP presence account of " + strip(user));
            }
            return "removed the SIP presence account of " + strip(user);
        });
    }

    /**
     * Runs an operation with the user in the MDC; a refusal reaches the JMX client as a plain IllegalArgumentException
     * with the reason, a class every client can load.
     */
    private static String as(String user, Supplier<String> operation) {
        try (LogContext ctx = LogContext.only(LogContext.USER, strip(user))) {
            return operation.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
