package org.switchboard.console;

import java.time.Instant;

import org.switchboard.console.model.DigestCredentials;
import org.switchboard.console.model.Receptionist;
import org.switchboard.console.persistence.ReceptionistAccount;
import org.switchboard.runtime.PasswordHash;

/** The one mapping between the receptionist values and the account row. */
final class ReceptionistRows {

    private ReceptionistRows() {
    }

    static ReceptionistAccount.Profile profileOf(Receptionist receptionist) {
        return new ReceptionistAccount.Profile(receptionist.displayName(), receptionist.phoneDevice(),
                receptionist.extension(), receptionist.personalQueue(), receptionist.generalQueues());
    }

    /** The stored secrets of a password: its hash and its digest HA1s in {@code realm}; the password stays here. */
    static ReceptionistAccount.Credentials credentialsOf(String login, String realm, String password) {
        DigestCredentials digest = DigestCredentials.of(login, realm, password);
        return new ReceptionistAccount.Credentials(PasswordHash.of(password), realm, digest.ha1Md5(),
                digest.ha1Sha256());
    }

    static ReceptionistAccount newRow(Receptionist receptionist, String realm, String password, Instant at) {
        ReceptionistAccount row = ReceptionistAccount.create(receptionist.login(),
                credentialsOf(receptionist.login(), realm, password), profileOf(receptionist), at);
        row.enable(receptionist.enabled(), at);
        return row;
    }

    static Receptionist toValue(ReceptionistAccount row) {
        return new Receptionist(row.login(), row.displayName(), row.phoneDevice(), row.extension(),
                row.personalQueue(), row.generalQueues(), row.enabled());
    }

    static DigestCredentials digestOf(ReceptionistAccount row) {
        return new DigestCredentials(row.sipRealm(), row.ha1Md5(), row.ha1Sha256());
    }
}
