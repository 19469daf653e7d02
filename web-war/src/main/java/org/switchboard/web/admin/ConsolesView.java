package org.switchboard.web.admin;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.switchboard.console.BugReports;
import org.switchboard.console.ConsoleService;
import org.switchboard.console.Desk;

/** The admin console's view of the receptionists' sessions and of their latest bug reports. */
@Named
@RequestScoped
public class ConsolesView {

    /** How many bug reports the page shows. */
    static final int REPORTS_SHOWN = 10;

    @EJB
    ConsoleService consoles;

    public List<Desk.Summary> getSessions() {
        return consoles.sessions();
    }

    public List<BugReports.BugReport> getBugReports() {
        return consoles.bugReports(REPORTS_SHOWN);
    }
}
