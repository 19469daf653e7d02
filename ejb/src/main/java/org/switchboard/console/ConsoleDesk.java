package org.switchboard.console;

import java.util.concurrent.CompletionStage;

import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.ConsoleCommand.LogIn;

/**
 * Where the console transport (sip-war) hands what receptionists ask for. Implemented by the console service;
 * every method returns quickly and never throws for a client's mistake: mistakes come back as verdicts.
 */
public interface ConsoleDesk {

    /**
     * After the transport authenticated {@code login} (SIP digest): opens the receptionist's session, or takes
     * it over when one is open already (the newer log in wins: the old link gets a last update and is closed).
     *
     * @param link where the session pushes its updates from now on
     */
    LogInResult logIn(String login, ClientLink link, LogIn command);

    /** Any other command of a known session; completes when the session has taken it (not when the PBX confirmed). */
    CompletionStage<CommandVerdict> submit(String sessionId, ConsoleCommand command);

    /** The link to the session's client is gone (connection closed, keep-alive lost, updates unanswered). */
    void linkLost(String sessionId, String reason);
}
