package org.switchboard.web.presence;

import java.security.Principal;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import org.switchboard.presence.IntegrationAccounts;
import org.switchboard.presence.model.IntegrationName;
import org.switchboard.web.problem.Problem;

/**
 * HTTP Basic authentication of the integrations on the presence API: a request whose credentials name an
 * integration account and its password goes on with that integration as its principal; any other is answered
 * 401 with a {@code WWW-Authenticate} challenge and a problem body, and logged (SWB3851) with the name it claimed,
 * never the password.
 */
@Provider
@ApplicationScoped // a CDI bean in this annotated bean archive, so that the account service is injected
@IntegrationAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class IntegrationAuthentication implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"switchboard-presence\", charset=\"UTF-8\"";

    @Inject
    IntegrationAccounts accounts;

    /** The request being filtered (Weld's built-in bean), for the remote address. */
    @Inject
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<BasicCredentials> credentials =
                BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            refuse(request, "no HTTP Basic credentials");
            return;
        }
        Optional<IntegrationName> integration = accounts.verify(credentials.get().name(),
                credentials.get().password());
        if (integration.isEmpty()) {
            refuse(request, "unknown integration or wrong password for '" + credentials.get().name() + "'");
            return;
        }
        request.setSecurityContext(new AsIntegration(integration.get(), request.getSecurityContext().isSecure()));
    }

    /**
     * The integration a request authenticated as (on the resources this filter guards; {@code security} may be
     * the container's proxy of the request's context, so the principal is what tells).
     */
    static IntegrationName integrationOf(SecurityContext security) {
        if (security.getUserPrincipal() instanceof IntegrationPrincipal principal) {
            return principal.integration();
        }
        throw new IllegalStateException("a presence API resource was reached without IntegrationAuthentication");
    }

    /** The principal of a request made by an integration. */
    private record IntegrationPrincipal(IntegrationName integration) implements Principal {

        @Override
        public String getName() {
            return integration.value();
        }
    }

    private void refuse(ContainerRequestContext request, String reason) {
        PresenceApiLog.LOG.unauthenticated(request.getMethod(), request.getUriInfo().getPath(),
                servletRequest.getRemoteAddr(), reason);
        Response refusal = Problem.of(Response.Status.UNAUTHORIZED,
                "this API needs the HTTP Basic credentials of an integration account").toResponse();
        request.abortWith(Response.fromResponse(refusal).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
    }

    /** The security context of a request made by an integration. */
    private static final class AsIntegration implements SecurityContext {

        private final IntegrationName integration;
        private final boolean secure;

        AsIntegration(IntegrationName integration, boolean secure) {
            this.integration = integration;
            this.secure = secure;
        }

        @Override
        public Principal getUserPrincipal() {
            return new IntegrationPrincipal(integration);
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    }
}
