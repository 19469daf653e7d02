package org.switchboard.web.health;

/** What {@code GET /api/version} answers. */
public record VersionReport(String name, String version, String site, String role) {
}
