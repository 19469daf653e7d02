package org.switchboard.failover.ops;

/**
 * This site's console service ({@code org.switchboard:type=ConsoleService}): its fencing flags, the pair's row of
 * the fencing table, the verdict, and the operator's activate and deactivate, with the seed's meaning on each site
 * (on the primary deactivate is the failover; on the secondary it stops the STONITH demand and the activity
 * notification).
 */
public interface ConsoleServiceMXBean {

    /** One line: active or deactivated, the role, the row, valid or not, what the row means for this site. */
    String getStatus();

    /** {@code primary} or {@code secondary}. */
    String getRole();

    /** The pair's row: primary SMITH, STONITH, secondary SMITH, STONITH ({@code "0000"}; {@code ?} for a peer flag never heard). */
    String getRow();

    boolean isRowValid();

    /** This site's SMITH and STONITH ({@code "00"}). */
    String getOwnFlags();

    /** The peer's SMITH and STONITH as last heard, {@code "??"} while never heard. */
    String getPeerFlags();

    boolean isTakesCalls();

    /** {@code available} or {@code refusing: <reason>}. */
    String getVerdict();

    boolean isActivityDetected();

    boolean isConsolesWorkHere();

    /** The manual recovery of this site; returns the status line after it. */
    String activate();

    /** Deactivates this site's console service; returns the status line after it. */
    String deactivate();
}
