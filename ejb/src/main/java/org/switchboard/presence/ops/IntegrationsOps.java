package org.switchboard.presence.ops;

import java.util.function.Supplier;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.switchboard.presence.IntegrationAccounts;
import org.switchboard.presence.IntegrationsLog;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.runtime.PublishedMXBean;
import org.switchboard.runtime.TextTable;

/** Publishes {@link IntegrationsMXBean} while the application runs. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the account service opens its own
public class IntegrationsOps extends PublishedMXBean implements IntegrationsMXBean {

    @Inject
    IntegrationAccounts accounts;

    @Inject
    PresenceDesk desk;

    @Override
    protected String type() {
        return "Integrations";
    }

    @Override
    public String[] listIntegrations() {
        TextTable table = new TextTable("NAME", "CREATED", "PASSIVE LOGINS");
        for (IntegrationAccounts.Integration integration : accounts.list()) {
            String name = integration.name().value();
            table.row(name, integration.createdAt().toString(), Long.toString(desk.loginsFrom(name).stream()
                    .filter(login -> login.kind() == LoginKind.PASSIVE).count()));
        }
        return table.lines();
    }

    @Override
    public String createIntegration(String name, String password) {
        return refusalsAsPlainExceptions(() -> "created integration " + accounts.create(strip(name), password));
    }

    @Override
    public String setIntegrationPassword(String name, String password) {
        return refusalsAsPlainExceptions(() -> {
            accounts.changePassword(strip(name), password);
            return "new password of integration " + strip(name) + " stored";
        });
    }

    /** The account goes first, so that no new login can come between; then its logins end. */
    @Override
    public String removeIntegration(String name) {
        String stripped = strip(name);
        if (!accounts.remove(stripped)) {
            throw new IllegalArgumentException("no integration account " + stripped);
        }
        int ended = desk.logOutAll(stripped, "integration " + stripped + " removed");
        IntegrationsLog.LOG.removed(stripped, ended);
        return "removed integration " + stripped + "; " + ended + " passive logins ended";
    }

    /** A refusal reaches the JMX client as a plain IllegalArgumentException with the reason, a class every client can load. */
    private static String refusalsAsPlainExceptions(Supplier<String> operation) {
        try {
            return operation.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
