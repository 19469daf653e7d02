package org.switchboard.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Any failure JAX-RS itself raises (unknown path, wrong method, bad parameter) or a resource raises the same way
 * (a {@code NotFoundException} with a detail) as a problem body.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String detail = exception.getMessage() == null ? status.getReasonPhrase() : exception.getMessage();
        return Problem.of(status, detail).toResponse();
    }
}
