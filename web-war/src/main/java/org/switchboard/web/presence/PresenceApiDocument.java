package org.switchboard.web.presence;

import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The OpenAPI document's security scheme of the presence API: HTTP Basic with an integration account. */
@SecurityScheme(securitySchemeName = PresenceApiDocument.SECURITY, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The name and password of an integration account (JMX org.switchboard:type=Integrations)")
final class PresenceApiDocument {

    static final String SECURITY = "integration";

    private PresenceApiDocument() {
    }
}
