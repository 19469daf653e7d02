package org.switchboard.web.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;
import org.switchboard.presence.PresenceBusy;

/**
 * The presence service could not take a change in time (not the client's mistake): 503 with {@code Retry-After} and
 * a problem body, logged once at WARN without a stack trace.
 */
@Provider
public class PresenceBusyMapper implements ExceptionMapper<PresenceBusy> {

    private static final Logger LOG = Logger.getLogger(PresenceBusyMapper.class);
    static final String RETRY_AFTER_SECONDS = "1";

    @Override
    public Response toResponse(PresenceBusy busy) {
        LOG.warnf("Presence service busy, answered 503: %s", busy.getMessage());
        Response problem = Problem.of(Response.Status.SERVICE_UNAVAILABLE, busy.getMessage()).toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
