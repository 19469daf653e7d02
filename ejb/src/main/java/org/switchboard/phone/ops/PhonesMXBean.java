package org.switchboard.phone.ops;

/** The phones ({@code org.switchboard:type=Phones}). Listings start with a header line. */
public interface PhonesMXBean {

    /** One line per phone: device, status, PBX device state, registration, contact address. */
    String[] getPhones();
}
