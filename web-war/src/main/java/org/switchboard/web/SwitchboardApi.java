package org.switchboard.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API lives under {@code /switchboard/api}; its OpenAPI document is served at {@code /openapi}. The
 * document's security schemes are declared here, on the application, where the OpenAPI scanner reads them.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Switchboard", version = "1",
        description = "Health and version of the server, and the presence API for CTI servers (docs/presence-api.md)"))
@SecurityScheme(securitySchemeName = SwitchboardApi.INTEGRATION, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The name and password of an integration account (JMX org.switchboard:type=Integrations)")
public class SwitchboardApi extends Application {

    /** The security scheme of the presence API: HTTP Basic with an integration account. */
    public static final String INTEGRATION = "integration";
}
