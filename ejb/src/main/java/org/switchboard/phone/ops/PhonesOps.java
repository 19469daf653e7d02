package org.switchboard.phone.ops;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.switchboard.pbx.LivePbx;
import org.switchboard.phone.model.ContactAddress;
import org.switchboard.phone.model.Phone;
import org.switchboard.runtime.PublishedMXBean;
import org.switchboard.runtime.TextTable;

/** Publishes {@link PhonesMXBean} while the application runs. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PhonesOps extends PublishedMXBean implements PhonesMXBean {

    @Inject
    LivePbx pbx;

    @Override
    protected String type() {
        return "Phones";
    }

    @Override
    public String[] getPhones() {
        boolean stale = pbx.status().stale();
        TextTable table = new TextTable("DEVICE", "STATUS", "DEVICE STATE", "REGISTRATION", "CONTACT");
        for (Phone phone : pbx.phones()) {
            table.row(phone.device(), phone.status(), phone.deviceState(), phone.registrationShown(stale),
                    phone.contact().map(ContactAddress::hostAndPort).orElse(""));
        }
        return table.lines();
    }

    @Override
    public String getModelState() {
        return pbx.status().summary();
    }
}
