package org.switchboard.web.health;

import java.util.List;

/**
 * What {@code GET /api/health} answers.
 *
 * @param status UP when the server takes calls and listens for SIP, otherwise DOWN
 * @param reason why the server is DOWN; empty when UP
 */
public record HealthReport(String status, String reason, String version, String site, String role, String startedAt,
                           long uptimeSeconds, boolean takesCalls, List<String> sipListeningPoints) {
}
