package org.switchboard.phone.ops;

/** The phones ({@code org.switchboard:type=Phones}). Listings start with a header line. */
public interface PhonesMXBean {

    /**
     * One line per phone: device, status, PBX device state, registration (marked last known while the picture
     * is stale), contact address.
     */
    String[] getPhones();

    /** Whether the picture is live or stale (AMI down, PBX restarting, snapshot pending), and why. */
    String getModelState();
}
