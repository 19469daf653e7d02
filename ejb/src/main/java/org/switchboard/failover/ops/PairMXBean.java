package org.switchboard.failover.ops;

import java.util.List;

/** The link between the two sites of the pair ({@code org.switchboard:type=Pair}). */
public interface PairMXBean {

    /** The other site as last heard: {@code name role, last heard <instant> (<address>)}, or that none was heard. */
    String getPeer();

    /** Whether the other site, once heard, is in the cluster view now. */
    boolean isPeerInView();

    /** The members of the cluster view, this site's marked {@code (this site)}. */
    List<String> getMembers();

    /**
     * The other site's console sessions as it last sent them, one line each: {@code user session state}; compare
     * with this site's {@code Consoles.Sessions} (the recovery runbook: same count, exactly one side PASSIVE).
     */
    List<String> peerSessions();

    /**
     * Every phone of both sites in the shape of the seed's {@code ps.list}: a {@code Size:n} line, then one line per
     * phone: name, state with the internal/external marker, address, registration, source (Local, Remote or
     * Aggregated).
     */
    List<String> phones();
}
