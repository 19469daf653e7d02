package org.switchboard.console;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * At startup, warns about accounts whose SIP digest credentials belong to another realm than the configured
 * one (the realm was changed): they cannot log in over SIP until their passwords are set again.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RealmCheck {

    @Inject
    ReceptionistAccounts accounts;

    @PostConstruct
    void check() {
        List<String> others = accounts.inAnotherRealm();
        if (!others.isEmpty()) {
            AccountsLog.LOG.otherRealm(others.size(), accounts.settings().sipRealm(), String.join(", ", others));
        }
    }
}
