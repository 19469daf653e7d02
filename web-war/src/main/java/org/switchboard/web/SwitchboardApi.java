package org.switchboard.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API lives under {@code /switchboard/api}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Switchboard", version = "1",
        description = "Health and version of the server, and the presence API for CTI servers (docs/presence-api.md)"))
public class SwitchboardApi extends Application {
}
