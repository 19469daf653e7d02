package org.switchboard.web.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem body.
 *
 * @param type a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title the short, fixed summary of that kind
 * @param status the HTTP status
 * @param detail what went wrong with this request
 * @param field the request's field (a body member or a path parameter) that was refused, or null (and then absent
 *              from the body) when the problem is not one field's
 */
public record Problem(String type, String title, int status, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    /** A 400 naming the refused field: the detail starts with the field's name, so a human reads it too. */
    public static Problem invalid(InvalidField invalid) {
        Response.Status status = Response.Status.BAD_REQUEST;
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), invalid.getMessage(),
                invalid.field());
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
