package org.switchboard.failover.model;

import java.time.Duration;
import java.util.function.UnaryOperator;

import org.switchboard.shared.model.SettingSource;

/**
 * How the fencing of this site behaves at start, read once.
 *
 * @param peerWait how long a starting primary refuses calls while it has not heard the secondary's status
 *        ({@code SWB_FAILOVER_PEER_WAIT}, default 15 s): a primary that comes back while the secondary demands
 *        STONITH never takes a call
 */
public record FencingSettings(Duration peerWait) {

    public static final String PEER_WAIT = "switchboard.failover.peer-wait";
    public static final Duration DEFAULT_PEER_WAIT = Duration.ofSeconds(15);

    public static FencingSettings from(UnaryOperator<String> source) {
        return new FencingSettings(new SettingSource(source).duration(PEER_WAIT, DEFAULT_PEER_WAIT));
    }
}
