package org.switchboard.runtime;

/**
 * The JNDI names of the JMS resources that wildfly-config creates; the one place the application spells them.
 * (The datasource belongs to the jpa module: persistence.xml and {@code CallRecordRepository} name it.)
 */
public final class JndiNames {

    public static final String TOPIC_USER_OFFLINE = "java:/jms/topic/UserOffline";
    public static final String TOPIC_PRESENCE_CHANGED = "java:/jms/topic/PresenceChanged";
    public static final String TOPIC_CALL_EVENTS = "java:/jms/topic/CallEvents";
    public static final String TOPIC_CONSOLE_EVENTS = "java:/jms/topic/ConsoleEvents";
    public static final String TOPIC_FAILOVER_EVENTS = "java:/jms/topic/FailoverEvents";

    private JndiNames() {
    }
}
