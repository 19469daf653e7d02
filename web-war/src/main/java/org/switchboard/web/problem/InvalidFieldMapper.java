package org.switchboard.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request refused for one field: 400 with a problem body whose {@code field} names it. */
@Provider
public class InvalidFieldMapper implements ExceptionMapper<InvalidField> {

    @Override
    public Response toResponse(InvalidField invalid) {
        return Problem.invalid(invalid).toResponse();
    }
}
