package org.switchboard.console.ops;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.switchboard.console.ConsoleService;
import org.switchboard.console.QueueConsistency;
import org.switchboard.console.ReceptionistAccounts;
import org.switchboard.pbx.LivePbx;
import org.switchboard.runtime.PublishedMXBean;
import org.switchboard.runtime.TextTable;

/** Publishes {@link ConsolesMXBean} while the application runs. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ConsolesOps extends PublishedMXBean implements ConsolesMXBean {

    @EJB
    ConsoleService consoles;

    @Inject
    ReceptionistAccounts accounts;

    @Inject
    LivePbx pbx;

    @Override
    protected String type() {
        return "Consoles";
    }

    @Override
    public String[] getSessions() {
        TextTable table = new TextTable("USER", "SESSION", "STATE", "PAUSED", "LINE 1", "LINE 2", "SUPERVISED",
                "CLIENT");
        consoles.sessions().forEach(s -> table.row(s.login(), s.session(), s.state(), s.paused() ? "yes" : "no",
                s.line1(), s.line2(), s.supervised(), s.client()));
        return table.lines();
    }

    @Override
    public int getLoggedInCount() {
        return (int) consoles.sessions().stream().filter(s -> !s.state().equals("LOGGED_OUT")).count();
    }

    @Override
    public String[] checkQueues() {
        List<String> differences = QueueConsistency.differences(consoles.sessions(), accounts::find, pbx.queues());
        return differences.isEmpty() ? new String[] {"sessions and queues agree"}
                : differences.toArray(String[]::new);
    }

    @Override
    public boolean forceLogOut(String login) {
        return consoles.forceLogOut(login, "forced over JMX");
    }

    @Override
    public String[] getBugReports() {
        List<String> lines = new ArrayList<>();
        consoles.bugReports(50).forEach(report -> {
            lines.add(report.at() + " " + report.login() + " (session " + report.session() + "): " + report.note());
            report.text().lines().forEach(line -> lines.add("  " + line));
        });
        return lines.toArray(String[]::new);
    }
}
