package org.switchboard.it.pbx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.management.Attribute;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.call.CallEventsPublisher;
import org.switchboard.call.model.Direction;
import org.switchboard.cdr.CdrService;
import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.cdr.model.CdrSettings;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.it.ScriptedPbx;
import org.switchboard.it.ShippedEar;
import org.switchboard.pbx.LivePbx;
import org.switchboard.pbx.PbxLink;
import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.model.CommandResult;
import org.switchboard.pbx.model.PbxCommand;
import org.switchboard.pbx.scripted.AmiFaults;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.runtime.JmxRegistration;
import org.switchboard.shared.model.CallId;
import org.switchboard.testkit.Await;

/**
 * The shipped server follows recorded Asterisk sessions over a real AMI connection: calls appear in JMX
 * while they last, end in a stored CDR, reach the CallEvents topic, and survive a cut connection; a PBX
 * restart in the middle of a call leaves no phantom call.
 */
@ExtendWith(ArquillianExtension.class)
class CallManagementIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(CallManagementIT.class);
    }

    @EJB
    LivePbx pbx;

    @EJB
    PbxLink link;

    @Inject
    CdrService cdrs;

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/topic/CallEvents")
    Topic callEvents;

    private ScriptedAmiServer server;

    @BeforeEach
    void connect() {
        long connects = link.stats().connects();
        server = ScriptedPbx.start();
        Await.until("connected and synchronised", () -> link.stats().connects() > connects
                && link.stats().state() == AmiConnection.State.CONNECTED && !pbx.status().stale(), ScriptedPbx.SETTLE);
    }

    @AfterEach
    void disconnect() {
        server.close();
    }

    @Test
    @Tag("database")
    void givenAnsweredReceptionCall_whenReplayed_thenItsCdrIsStoredExportedAndNoCallRemains() throws Exception {
        List<AmiMessage> events = ScriptedPbx.fresh("incoming-queue-answered-202");
        server.emit(events);

        CallId call = new CallId(ScriptedPbx.firstCallId(events));
        CallDetailRecord cdr = Await.value("the CDR", () -> cdrs.find(call), ScriptedPbx.SETTLE);
        assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(cdr.direction()).isEqualTo(Direction.INBOUND);
        assertThat(cdr.queue()).contains("GeneralQueue");
        assertThat(cdr.answeredBy()).contains("PJSIP/202");
        assertThat(cdr.callerNumber()).isEqualTo("+3225550101");
        assertThat(cdr.talked()).isPositive();
        assertThat(cdr.endEstimated()).as("stored: its end was seen").isFalse();
        assertThat(pbx.calls()).isEmpty();

        String day = LocalDate.ofInstant(cdr.start(), ZoneId.of(System.getProperty(CdrSettings.ZONE))).toString();
        String export = (String) ManagementFactory.getPlatformMBeanServer().invoke(JmxRegistration.nameOf("Cdr"),
                "exportDay", new Object[] {day}, new String[] {String.class.getName()});
        Path file = Path.of(export.substring(export.indexOf(" written to ") + " written to ".length()));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("\"accountcode\",\"src\",\"dst\"");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"" + call.value() + "\"")
                .contains("\"ANSWERED\"").contains("\"GeneralQueue\",\"PJSIP/202\""));
    }

    @Test
    void givenResyncAskedOverJmx_thenTheModelIsRebuiltFromAFreshSnapshot() throws Exception {
        long resyncs = pbx.status().resyncs();

        ManagementFactory.getPlatformMBeanServer().invoke(JmxRegistration.nameOf("Ami"), "resyncNow",
                new Object[0], new String[0]);

        Await.until("another resync, then connected", () -> pbx.status().resyncs() > resyncs
                && "CONNECTED".equals(attribute("Ami", "State")), ScriptedPbx.SETTLE);
        assertThat((Long) mbean("Ami", "EventsReceived")).isPositive();
        assertThat(server.actions("CoreShowChannels")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void givenReceptionCallWaitingInQueue_thenJmxListsItsChannelAndTheQueueItsCaller() throws Exception {
        List<AmiMessage> events = ScriptedPbx.fresh("incoming-queue-abandoned");
        server.emit(ScriptedPbx.before(events, ScriptedPbx.firstOf("QueueCallerAbandon")));

        Await.until("the call is queued", () -> pbx.calls().stream()
                .anyMatch(call -> call.parties().stream().anyMatch(p -> p.state().name().equals("QUEUED"))),
                ScriptedPbx.SETTLE);
        String[] calls = (String[]) mbean("Calls", "Calls");
        assertThat(String.join("\n", calls)).contains("QUEUED").contains("PJSIP/trunk").contains("external");
        String[] queues = (String[]) mbean("Queues", "Queues");
        assertThat(queues).anySatisfy(line -> assertThat(line).startsWith("GeneralQueue").contains("ringall"));
        String[] callers = (String[]) ManagementFactory.getPlatformMBeanServer().invoke(JmxRegistration.nameOf("Queues"),
                "callers", new Object[] {"GeneralQueue"}, new String[] {String.class.getName()});
        assertThat(callers).hasSize(2);
        assertThat(callers[1]).startsWith("1");
    }

    @Test
    void givenPbxRestartInTheMiddleOfACall_thenTheCallEndsAndNoPhantomRemains() {
        List<AmiMessage> events = ScriptedPbx.fresh("internal-203-to-204");
        server.emit(ScriptedPbx.before(events, ScriptedPbx.firstOf("Hangup")));
        Await.until("the call is up", () -> !pbx.calls().isEmpty(), ScriptedPbx.SETTLE);
        CallId call = pbx.calls().get(0).id();
        long connects = link.stats().connects();

        AmiFaults.of(server).restartPbx();

        Await.until("reconnected after the restart", () -> link.stats().connects() > connects
                && !pbx.status().stale(), ScriptedPbx.SETTLE);
        assertThat(pbx.calls()).isEmpty();
        CallDetailRecord vanished = Await.value("the vanished call's CDR", () -> cdrs.find(call), ScriptedPbx.SETTLE);
        assertThat(vanished.callId()).isEqualTo(call);
        assertThat(vanished.endEstimated()).as("stored: its end was not seen but estimated").isTrue();
    }

    @Test
    void givenConnectionCutInTheMiddleOfACall_thenTheCallSurvivesTheResyncAndEndsNormally() {
        List<AmiMessage> events = ScriptedPbx.fresh("hold-resume");
        List<AmiMessage> first = ScriptedPbx.before(events, ScriptedPbx.firstOf("Hold"));
        server.emit(first);
        Await.until("the call is up", () -> !pbx.calls().isEmpty(), ScriptedPbx.SETTLE);
        CallId call = pbx.calls().get(0).id();
        long connects = link.stats().connects();

        AmiFaults.of(server).dropConnections();
        Await.until("reconnected", () -> link.stats().connects() > connects && !pbx.status().stale(),
                ScriptedPbx.SETTLE);
        assertThat(pbx.calls()).extracting(c -> c.id()).containsExactly(call);
        server.emit(events.subList(first.size(), events.size()));

        CallDetailRecord cdr = Await.value("the CDR", () -> cdrs.find(call), ScriptedPbx.SETTLE);
        assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(pbx.calls()).isEmpty();
    }

    @Test
    void givenAbandonedReceptionCall_thenItsDomainEventsReachTheCallEventsTopicInOrderInTheirWireForm()
            throws Exception {
        List<AmiMessage> events = ScriptedPbx.fresh("incoming-queue-abandoned");
        String callId = ScriptedPbx.firstCallId(events);
        List<String> types = new ArrayList<>();
        JsonObject ended = null;
        try (JMSConsumer consumer = jms.createConsumer(callEvents, CallEventsPublisher.CALL_ID + " = '" + callId + "'")) {
            server.emit(events);
            Message message;
            while ((message = consumer.receive(Duration.ofSeconds(5).toMillis())) != null) {
                String type = message.getStringProperty(CallEventsPublisher.EVENT_TYPE);
                types.add(type);
                assertThat(message.getIntProperty(CallEventsPublisher.SCHEMA_VERSION)).isEqualTo(1);
                JsonObject body = Json.createReader(new StringReader(message.getBody(String.class))).readObject();
                assertThat(body.getString("event")).isEqualTo(type);
                assertThat(body.getString("callId")).isEqualTo(callId);
                if (type.equals("CallEnded")) {
                    ended = body;
                    break;
                }
            }
        }
        assertThat(types).startsWith("CallOffered").endsWith("CallEnded");
        assertThat(ended).isNotNull();
        assertThat(ended.getJsonObject("record").getString("disposition")).isEqualTo("ABANDONED");
        CallDetailRecord cdr = Await.value("the CDR", () -> cdrs.find(new CallId(callId)), ScriptedPbx.SETTLE);
        assertThat(cdr.disposition()).isEqualTo(Disposition.ABANDONED);
    }

    @Test
    void givenARecordedCall_thenTheAmiEventsOpenNoTransaction_onlyItsStoredRecordDoes() throws Exception {
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        ObjectName transactions = new ObjectName("jboss.as:subsystem=transactions");
        jmx.setAttribute(transactions, new Attribute("statisticsEnabled", true));
        List<AmiMessage> events = ScriptedPbx.fresh("incoming-queue-answered-202");
        String callId = ScriptedPbx.firstCallId(events);
        long stored = cdrStoreDelivered();
        long before = (Long) jmx.getAttribute(transactions, "numberOfTransactions");

        server.emit(events);
        // waits on the dispatcher's counters, which open no transaction (the CDR lookups of Await would)
        Await.until("the call's record handed to the CDR store", () -> cdrStoreDelivered() > stored,
                ScriptedPbx.SETTLE);

        long opened = (Long) jmx.getAttribute(transactions, "numberOfTransactions") - before;
        assertThat(cdrs.find(new CallId(callId))).isPresent();
        // the CDR's own transaction, and at most a few of the server's timers and messages meanwhile
        assertThat(opened).as("transactions while %d AMI events were applied", events.size())
                .isLessThan(10).isLessThan(events.size() / 5);
    }

    @Test
    void givenACallerWaitingInTheQueue_whenHungUpThroughTheCommandPort_thenDoneAndTheCallEndsAbandoned()
            throws Exception {
        List<AmiMessage> events = ScriptedPbx.fresh("actions/hangup-queued-caller");
        String callId = ScriptedPbx.firstCallId(events);
        server.emit(ScriptedPbx.before(events, ScriptedPbx.firstOf("QueueCallerAbandon")));
        Await.until("the caller waits in GeneralQueue", () -> pbx.queue("GeneralQueue").orElseThrow().callers()
                .stream().anyMatch(caller -> caller.call().value().equals(callId)), ScriptedPbx.SETTLE);

        CommandResult result = link.commands().send(new PbxCommand.Hangup("PJSIP/trunk-00000013", 16))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertThat(result).isInstanceOfSatisfying(CommandResult.Done.class,
                done -> assertThat(done.message()).isEqualTo("Channel Hungup"));
        CallDetailRecord cdr = Await.value("the CDR", () -> cdrs.find(new CallId(callId)), ScriptedPbx.SETTLE);
        assertThat(cdr.disposition()).isEqualTo(Disposition.ABANDONED);
        assertThat(pbx.calls()).extracting(call -> call.id().value()).doesNotContain(callId);
    }

    @Test
    void givenAChannelThatDoesNotExist_whenRedirected_thenTheResultSaysSoAndTheLinkStaysUp() throws Exception {
        CommandResult result = link.commands().send(new PbxCommand.Redirect("PJSIP/trunk-0000ffff",
                PbxCommand.DialplanTarget.of("internal", "203"))).toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertThat(result).isInstanceOfSatisfying(CommandResult.UnknownChannel.class, unknown ->
                assertThat(unknown.message()).isEqualTo("Channel does not exist: PJSIP/trunk-0000ffff"));
        assertThat(link.stats().state()).isEqualTo(AmiConnection.State.CONNECTED);
    }

    @Test
    void givenBadOperationParameters_thenJmxAnswersWithAnErrorThatSaysWhatIsExpected() {
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        String[] signature = {String.class.getName()};

        assertThatThrownBy(() -> jmx.invoke(JmxRegistration.nameOf("Queues"), "members",
                new Object[] {"NoSuchQueue"}, signature))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("no queue named 'NoSuchQueue'").hasMessageContaining("GeneralQueue");
        assertThatThrownBy(() -> jmx.invoke(JmxRegistration.nameOf("Cdr"), "exportDay",
                new Object[] {"21/11/2026"}, signature))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("YYYY-MM-DD").hasMessageContaining("21/11/2026");
        assertThat(link.stats().state()).isEqualTo(AmiConnection.State.CONNECTED);
    }

    private long cdrStoreDelivered() {
        return pbx.consumers().stream().filter(consumer -> consumer.consumer().equals("cdr-store"))
                .mapToLong(consumer -> consumer.delivered()).sum();
    }

    private static Object attribute(String type, String attribute) {
        try {
            return mbean(type, attribute);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object mbean(String type, String attribute) throws Exception {
        ObjectName name = JmxRegistration.nameOf(type);
        return ManagementFactory.getPlatformMBeanServer().getAttribute(name, attribute);
    }
}
