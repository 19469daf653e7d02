package org.switchboard.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

/** A failure nobody expected: logged once with its stack trace, answered 500 without internals. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(RuntimeException exception) {
        LOG.error("Unexpected failure of a REST request", exception);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "the server failed to handle the request; see its log")
                .toResponse();
    }
}
