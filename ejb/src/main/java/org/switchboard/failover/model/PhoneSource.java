package org.switchboard.failover.model;

/**
 * Where a phone's state comes from, as the phone list shows it: this site's PBX, the other site's, or both (a phone
 * installed on both sites' PBXs).
 */
public enum PhoneSource {
    LOCAL("Local"), REMOTE("Remote"), AGGREGATED("Aggregated");

    private final String shown;

    PhoneSource(String shown) {
        this.shown = shown;
    }

    public String shown() {
        return shown;
    }
}
