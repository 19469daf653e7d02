package org.switchboard.it.console;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

import javax.management.JMException;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.console.ConsoleService;
import org.switchboard.console.ReceptionistAccounts;
import org.switchboard.it.ShippedEar;
import org.switchboard.pbx.LivePbx;
import org.switchboard.pbx.PbxLink;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.runtime.JmxRegistration;

/**
 * What every in-container console journey starts from: the shipped EAR with this package's tests, the server's
 * PBX model and console service, and a fresh {@link Reception} (scripted PBX, its office, receptionist accounts)
 * opened before each journey and closed after it.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ReceptionJourney {

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(ReceptionJourney.class);
    }

    @EJB
    LivePbx pbx;

    @EJB
    PbxLink link;

    @EJB
    ConsoleService consoles;

    @Inject
    ReceptionistAccounts accounts;

    Reception reception;
    LiveOffice office;

    @BeforeEach
    void openReception() {
        reception = Reception.open(pbx, link, accounts);
        office = reception.office;
    }

    @AfterEach
    void closeReception() {
        reception.close();
    }

    /** The operators' check of the sessions against Asterisk's queues (JMX {@code Consoles.checkQueues}). */
    static List<String> checkQueues() throws JMException {
        return Arrays.asList((String[]) ManagementFactory.getPlatformMBeanServer().invoke(
                JmxRegistration.nameOf("Consoles"), "checkQueues", new Object[0], new String[0]));
    }

    /** The operators' list of sessions (JMX {@code Consoles.Sessions}). */
    static List<String> sessionsOverJmx() throws JMException {
        return Arrays.asList((String[]) ManagementFactory.getPlatformMBeanServer().getAttribute(
                JmxRegistration.nameOf("Consoles"), "Sessions"));
    }
}
