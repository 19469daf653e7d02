package org.switchboard.failover.model;

/**
 * A site's two fencing flags. SMITH: the site shot itself (or was deactivated) and, on the primary, refuses
 * reception calls. STONITH: on the primary, the secondary demanded that it stay down. Both clear is normal.
 */
public record FencingFlags(boolean smith, boolean stonith) {

    public static final FencingFlags CLEAR = new FencingFlags(false, false);

    /** The flags as the seed's table writes them: SMITH then STONITH, {@code 0} or {@code 1} each ({@code "10"}). */
    public String code() {
        return (smith ? "1" : "0") + (stonith ? "1" : "0");
    }

    public FencingFlags withSmith(boolean value) {
        return new FencingFlags(value, stonith);
    }

    public FencingFlags withStonith(boolean value) {
        return new FencingFlags(smith, value);
    }
}
