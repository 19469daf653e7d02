package org.switchboard.runtime;

/** The JNDI names of the resources that wildfly-config creates; the one place the application spells them. */
public final class JndiNames {

    public static final String DATASOURCE = "java:jboss/datasources/SwitchboardDS";

    public static final String TOPIC_USER_OFFLINE = "java:/jms/topic/UserOffline";
    public static final String TOPIC_PRESENCE_CHANGED = "java:/jms/topic/PresenceChanged";
    public static final String TOPIC_CALL_EVENTS = "java:/jms/topic/CallEvents";
    public static final String TOPIC_CONSOLE_EVENTS = "java:/jms/topic/ConsoleEvents";
    public static final String TOPIC_FAILOVER_EVENTS = "java:/jms/topic/FailoverEvents";

    private JndiNames() {
    }
}
