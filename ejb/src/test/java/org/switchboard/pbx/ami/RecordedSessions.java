package org.switchboard.pbx.ami;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.asteriskjava.manager.event.ManagerEvent;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;

/**
 * The PBX events of a recorded session, as the AMI adapter makes them: each live event of the trace (see
 * {@link AmiTrace#events()}) built into asterisk-java's bean by asterisk-java's own EventBuilderImpl, then
 * through {@link AmiEventTranslator}. Each event is received at its own PBX time, so the models' clocks
 * follow the recording. For the model tests, which need no socket.
 */
public final class RecordedSessions {

    private RecordedSessions() {
    }

    /** The translated live events of the recorded session {@code traceName}, in recorded order. */
    public static List<PbxEvent> pbxEvents(String traceName) {
        return pbxEvents(AmiTrace.recorded(traceName).events());
    }

    /** The translated events among these AMI messages, in order. */
    public static List<PbxEvent> pbxEvents(List<AmiMessage> messages) {
        RecordedEvents builder = new RecordedEvents();
        AmiEventTranslator translator = new AmiEventTranslator();
        List<PbxEvent> events = new ArrayList<>();
        for (AmiMessage message : messages) {
            ManagerEvent event = builder.build(message);
            if (event != null) {
                translator.translate(event, receivedAt(event)).ifPresent(events::add);
            }
        }
        return events;
    }

    private static Instant receivedAt(ManagerEvent event) {
        return AmiFields.stamp(event, Instant.EPOCH).pbxTime();
    }
}
