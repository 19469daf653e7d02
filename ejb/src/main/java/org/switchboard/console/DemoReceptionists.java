package org.switchboard.console;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.switchboard.console.model.Receptionist;
import org.switchboard.pbx.ami.AmiSettings;
import org.switchboard.pbx.scripted.demo.DemoOffice;
import org.switchboard.runtime.LogContext;

/**
 * With the demo PBX (no Asterisk configured, {@link AmiSettings#demo()}), makes sure that every reception desk
 * of the demo office has a receptionist account, so that a newcomer can log a console in right after
 * {@code ./start.sh}: {@code desk1} on phone 201, {@code desk2} on 202, each with the desk's personal queue and
 * the general queue, the password being the login. An account that exists is left as it is (its password may
 * have been changed). With a real Asterisk nothing is created.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // one transaction per account, in the service
public class DemoReceptionists {

    @Inject
    AmiSettings ami;

    @Inject
    ReceptionistAccounts accounts;

    @PostConstruct
    void ensureAccounts() {
        if (!ami.demo()) {
            return;
        }
        List<Receptionist> demo = of(DemoOffice.standard());
        demo.forEach(this::ensure);
        AccountsLog.LOG.demoAccounts(String.join(", ", demo.stream().map(Receptionist::login).toList()));
    }

    /** The demo office's desks as receptionists: login {@code desk<n>}, named like the desk's phone. */
    static List<Receptionist> of(DemoOffice office) {
        List<Receptionist> receptionists = new ArrayList<>();
        List<String> desks = office.desks();
        for (int i = 0; i < desks.size(); i++) {
            String extension = desks.get(i);
            List<String> queues = office.queues().stream().filter(q -> q.members().contains(extension))
                    .map(DemoOffice.CallQueue::name).toList();
            String personal = office.queues().stream().filter(q -> q.members().equals(List.of(extension)))
                    .map(DemoOffice.CallQueue::name).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the demo desk " + extension + " has no personal queue"));
            receptionists.add(new Receptionist("desk" + (i + 1), office.phone(extension).name(), "PJSIP/" + extension,
                    extension, personal, queues.stream().filter(q -> !q.equals(personal)).toList(), true));
        }
        return receptionists;
    }

    /** The demo password of a demo receptionist, as the README says: the login. */
    static String passwordOf(Receptionist demo) {
        return demo.login();
    }

    private void ensure(Receptionist demo) {
        try (LogContext ctx = LogContext.only(LogContext.USER, demo.login())) {
            if (accounts.find(demo.login()).isPresent()) {
                return;
            }
            try {
                accounts.create(demo, passwordOf(demo));
            } catch (RuntimeException e) {
                // another server of the pair, on the same database, may have created it at the same moment
                if (accounts.find(demo.login()).isEmpty()) {
                    throw e;
                }
            }
        }
    }
}
