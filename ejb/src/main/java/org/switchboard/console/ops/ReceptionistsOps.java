package org.switchboard.console.ops;

import java.util.function.Supplier;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.switchboard.console.ReceptionistAccounts;
import org.switchboard.console.model.Receptionist;
import org.switchboard.runtime.LogContext;
import org.switchboard.runtime.PublishedMXBean;
import org.switchboard.runtime.TextTable;

/** Publishes {@link ReceptionistsMXBean} while the application runs. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the service opens its own
public class ReceptionistsOps extends PublishedMXBean implements ReceptionistsMXBean {

    @Inject
    ReceptionistAccounts accounts;

    @Override
    protected String type() {
        return "Receptionists";
    }

    @Override
    public String getSipRealm() {
        return accounts.settings().sipRealm();
    }

    @Override
    public String[] listReceptionists() {
        TextTable table = new TextTable("LOGIN", "NAME", "DEVICE", "EXTENSION", "PERSONAL QUEUE", "GENERAL QUEUES",
                "ENABLED");
        for (Receptionist r : accounts.list()) {
            table.row(r.login(), r.displayName(), r.phoneDevice(), r.extension(), r.personalQueue(),
                    String.join(",", r.generalQueues()), r.enabled() ? "yes" : "no");
        }
        return table.lines();
    }

    @Override
    public String createReceptionist(String login, String displayName, String password, String phoneDevice,
            String extension, String personalQueue, String generalQueues) {
        return as(login, () -> {
            Receptionist created = accounts.create(new Receptionist(strip(login), displayName, strip(phoneDevice),
                    strip(extension), strip(personalQueue), Receptionist.queueList(generalQueues), true), password);
            return "created receptionist " + created.login() + " on " + created.phoneDevice();
        });
    }

    @Override
    public String setReceptionistPassword(String login, String password) {
        return as(login, () -> {
            accounts.changePassword(strip(login), password);
            return "new password of " + strip(login) + " stored for realm " + getSipRealm();
        });
    }

    /**
     * Runs an operation with the login in the MDC; a refusal reaches the JMX client as a plain
     * IllegalArgumentException with the reason, a class every client can load.
     */
    private static String as(String login, Supplier<String> operation) {
        try (LogContext ctx = LogContext.only(LogContext.USER, strip(login))) {
            return operation.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
