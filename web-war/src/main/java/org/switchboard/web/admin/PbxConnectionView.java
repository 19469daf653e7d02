package org.switchboard.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.switchboard.pbx.PbxLink;
import org.switchboard.pbx.demo.DemoPbx;

/** The admin console's line about the PBX link: which PBX, whether it is the demo, and the link state. */
@Named
@RequestScoped
public class PbxConnectionView {

    @EJB
    PbxLink link;

    @EJB
    DemoPbx demo;

    public boolean isDemo() {
        return link.demo();
    }

    /** E.g. "DEMO PBX (simulated office, 12 demo calls so far) · CONNECTED" or "Asterisk 10.0.0.5:5038 · CONNECTED". */
    public String getBanner() {
        String pbx = link.demo() ? "DEMO PBX (simulated office, " + demo.activity() + ")"
                : "Asterisk " + link.settings().host() + ":" + link.settings().port();
        return pbx + " · AMI " + link.stats().state().name().toLowerCase(java.util.Locale.ROOT);
    }
}
