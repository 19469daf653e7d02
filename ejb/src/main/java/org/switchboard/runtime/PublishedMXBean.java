package org.switchboard.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Base of the startup singletons that are MXBeans: publishes the bean under
 * {@code org.switchboard:type=<type>} when the container has created it, and withdraws it when the
 * application stops.
 */
public abstract class PublishedMXBean {

    private JmxRegistration registration;

    /** The MBean's type key, e.g. {@code Calls}. */
    protected abstract String type();

    @PostConstruct
    protected void publish() {
        registration = JmxRegistration.register(type(), this);
    }

    @PreDestroy
    protected void withdraw() {
        if (registration != null) {
            registration.close();
        }
    }
}
