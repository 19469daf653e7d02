package org.switchboard.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under {@code /switchboard/api}. */
@ApplicationPath("/api")
public class SwitchboardApi extends Application {
}
