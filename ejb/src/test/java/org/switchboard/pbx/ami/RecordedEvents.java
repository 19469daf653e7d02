package org.switchboard.pbx.ami;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.asteriskjava.manager.event.ManagerEvent;
import org.switchboard.pbx.scripted.AmiFrame;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;

/**
 * Builds asterisk-java event beans from recorded AMI frames with asterisk-java's own EventBuilderImpl,
 * the code its reader runs, after reading the frame into attributes the way the reader does (keys in
 * lower case, values trimmed, a repeated key becomes a list). EventBuilderImpl is package-private in
 * asterisk-java, hence the reflection.
 */
final class RecordedEvents {

    private final Object builder;
    private final Method build;

    RecordedEvents() {
        try {
            Class<?> type = Class.forName("org.asteriskjava.manager.internal.EventBuilderImpl");
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            builder = constructor.newInstance();
            Method register = type.getMethod("registerEventClass", Class.class);
            register.setAccessible(true);
            for (Class<? extends ManagerEvent> own : AmiEventTranslator.OWN_EVENT_CLASSES) {
                register.invoke(builder, own);
            }
            build = type.getMethod("buildEvent", Object.class, Map.class);
            build.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("asterisk-java's EventBuilderImpl is not where 3.42.2 has it", e);
        }
    }

    /** Every event frame of a recorded session, list items included, in order. */
    List<ManagerEvent> all(String traceName) {
        List<ManagerEvent> events = new ArrayList<>();
        for (AmiFrame frame : AmiTrace.recorded(traceName).frames()) {
            if (frame.message().isEvent()) {
                ManagerEvent event = build(frame.message());
                if (event != null) {
                    events.add(event);
                }
            }
        }
        return events;
    }

    /** The first live event (no ActionID) of this AMI name in a recorded session. */
    ManagerEvent first(String traceName, String eventName) {
        return AmiTrace.recorded(traceName).frames().stream().map(AmiFrame::message)
                .filter(m -> m.isEvent() && m.type().equalsIgnoreCase(eventName) && !m.has("ActionID"))
                .findFirst().map(this::build)
                .orElseThrow(() -> new AssertionError("no " + eventName + " in " + traceName));
    }

    /** The bean asterisk-java's reader would make of this message, or null when it knows no class for it. */
    ManagerEvent build(AmiMessage message) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (AmiMessage.Header header : message.headers()) {
            String key = header.key().toLowerCase(Locale.ENGLISH).strip();
            String value = header.value().strip();
            Object previous = attributes.get(key);
            if (previous == null) {
                attributes.put(key, value);
            } else if (previous instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Object> values = (List<Object>) list;
                values.add(value);
            } else {
                attributes.put(key, new ArrayList<>(List.of(previous, value)));
            }
        }
        try {
            return (ManagerEvent) build.invoke(builder, "recorded", attributes);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    ManagerEvent build(String... keysAndValues) {
        return Objects.requireNonNull(build(AmiMessage.of(keysAndValues)), "asterisk-java built nothing");
    }
}
