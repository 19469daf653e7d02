package org.switchboard.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.switchboard.pbx.DomainEventConsumer;
import org.switchboard.shared.model.DomainEvent;

/** Hands the call model's domain events to the console sessions they can concern. */
@ApplicationScoped
public class ConsoleEventsConsumer implements DomainEventConsumer {

    @EJB
    ConsoleService consoles;

    @Override
    public String name() {
        return "console";
    }

    @Override
    public boolean wants(DomainEvent event) {
        return DeskRouter.understands(event);
    }

    @Override
    public void accept(DomainEvent event) {
        consoles.deliver(event);
    }
}
