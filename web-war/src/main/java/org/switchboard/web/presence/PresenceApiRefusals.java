package org.switchboard.web.presence;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.switchboard.web.problem.Problem;

/**
 * Logs once, at WARN (SWB3856), each request of an authenticated integration that the presence API refused with a
 * client error (a refused field, an unsupported body): the refusal's detail, never the body. Unauthenticated
 * requests are logged by {@link IntegrationAuthentication}; ended logins by the resource (SWB3855).
 */
@Provider
@IntegrationAuthenticated
@Priority(Priorities.USER)
public class PresenceApiRefusals implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500 || status == Response.Status.UNAUTHORIZED.getStatusCode()
                || status == Response.Status.NOT_FOUND.getStatusCode()
                || !(response.getEntity() instanceof Problem problem)) {
            return;
        }
        String integration = request.getSecurityContext().getUserPrincipal() == null ? "?"
                : request.getSecurityContext().getUserPrincipal().getName();
        PresenceApiLog.LOG.invalid(request.getMethod(), request.getUriInfo().getPath(), integration, problem.detail());
    }
}
