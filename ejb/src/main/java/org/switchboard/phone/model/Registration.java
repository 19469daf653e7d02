package org.switchboard.phone.model;

/** Whether a phone has at least one live registered contact. */
public enum Registration {
    REGISTERED, UNREGISTERED
}
