package org.switchboard.web.presence;

import java.util.UUID;

import org.switchboard.presence.model.IntegrationName;
import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;

/**
 * The one mapping between a passive login's id on the wire (a UUID) and its id in the online directory
 * ({@code passive:<integration>:<uuid>}). The integration is part of the directory's id, so an integration that
 * names another's login names a login that does not exist: it sees and ends only its own.
 */
final class PassiveLoginIds {

    private PassiveLoginIds() {
    }

    /** The key of a new login: unique within the passive logins. */
    static String key(IntegrationName integration, UUID id) {
        return LoginId.passiveKey(integration.value(), id);
    }

    static LoginId loginId(IntegrationName integration, UUID id) {
        return LoginId.of(LoginKind.PASSIVE, key(integration, id));
    }

    /** The id a client sees: the UUID at the end of the directory's id. */
    static String wireId(LoginId login) {
        String value = login.value();
        return value.substring(value.lastIndexOf(':') + 1);
    }
}
