package org.switchboard.pbx.ami;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.jboss.logging.MDC;
import org.switchboard.pbx.model.CommandId;
import org.switchboard.pbx.model.CommandResult;
import org.switchboard.pbx.model.PbxCommand;
import org.switchboard.runtime.LogContext;

/**
 * Sends {@link PbxCommand}s over the current AMI session and brings each answer back through the
 * {@link AmiEventPump}, in order with the events: asterisk-java's reader thread only posts the response
 * (or an Originate's OriginateResponse) into the pump; the pump's thread settles the command, hands a
 * {@code CommandAnswered} event to the sink after every event that arrived before the answer, and then the
 * caller's stage completes on the scheduler. Nothing here blocks the pump or the reader.
 *
 * <p>Every command ends in exactly one {@link CommandResult}: the first of its answer, its timeout (the read
 * timeout; for an Originate also its ring time, since the OriginateResponse waits for the dialled device) and
 * the end of the link. Each command and its result are logged with the command id, and with the call and
 * channel ids that were in the sender's MDC.
 */
public final class AmiCommands {

    private final AmiEventPump pump;
    private final Supplier<AmiSession> session;
    private final ScheduledExecutorService scheduler;
    private final Duration readTimeout;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<CommandId, Pending> open = new ConcurrentHashMap<>();
    private final String prefix;

    /** One command on its way: what was asked, whose ids were in the MDC, and the caller's stage. */
    private static final class Pending {
        private final PbxCommand command;
        private final String call;
        private final String channel;
        private final CompletableFuture<CommandResult> result = new CompletableFuture<>();
        private boolean settled;

        private Pending(PbxCommand command) {
            this.command = command;
            this.call = (String) MDC.get(LogContext.CALL);
            this.channel = (String) MDC.get(LogContext.CHANNEL);
        }
    }

    AmiCommands(AmiEventPump pump, Supplier<AmiSession> session, ScheduledExecutorService scheduler, Clock clock,
            Duration readTimeout) {
        this.pump = pump;
        this.session = session;
        this.scheduler = scheduler;
        this.readTimeout = readTimeout;
        this.prefix = "swb-" + Long.toString(clock.millis(), 36) + "-";
        pump.onAnswered(this::delivered);
    }

    /** Sends the command; the stage completes with its result, never exceptionally. */
    public CompletionStage<CommandResult> send(PbxCommand command) {
        CommandId id = new CommandId(prefix + sequence.incrementAndGet());
        Pending pending = new Pending(command);
        open.put(id, pending);
        try (LogContext ids = context(pending)) {
            AmiCommandLog.LOG.sending(id.value(), command.action(), command.subject());
        }
        if (!pump.running()) {
            delivered(new CommandResult.LinkDown(id, command, "the AMI link is not running"));
            return pending.result;
        }
        AmiSession current = session.get();
        if (current == null) {
            settleLater(id, () -> new CommandResult.LinkDown(id, command, "not connected"));
            return pending.result;
        }
        Duration timeout = command instanceof PbxCommand.Originate originate
                ? readTimeout.plus(originate.timeout()) : readTimeout;
        schedule(id, timeout);
        ManagerAction action = CommandActions.of(command);
        action.setActionId(id.value());
        try {
            current.sendAction(action, response -> answered(id, response));
        } catch (IOException | RuntimeException e) {
            settleLater(id, () -> new CommandResult.LinkDown(id, command, "could not send: " + e.getMessage()));
        }
        return pending.result;
    }

    /** The session's event listener: our OriginateResponses settle their command, the rest go to the pump. */
    void onManagerEvent(ManagerEvent event) {
        if (event instanceof OriginateResponseEvent response) {
            Optional<CommandId> id = ours(response.getActionId());
            if (id.isPresent()) {
                CommandId key = id.get();
                pump.answer(() -> settle(key, pending -> CommandAnswers.ofOriginateResponse(key, pending.command,
                        response.getResponse(), response.getReason(), response.getChannel(),
                        response.getUniqueId())));
                return;
            }
        }
        pump.onManagerEvent(event);
    }

    /** The link went down: every command still waiting ends as {@link CommandResult.LinkDown}, after it in the stream. */
    void linkLost(String reason) {
        List<CommandId> waiting = List.copyOf(open.keySet());
        waiting.forEach(id -> pump.answer(() -> settle(id, pending ->
                new CommandResult.LinkDown(id, pending.command, "link lost before the answer: " + reason))));
    }

    /** The pump has stopped: whatever still waits ends now, on the caller of this method. */
    void stopped() {
        List.copyOf(open.keySet()).forEach(id -> {
            Pending pending = open.get(id);
            if (pending != null) {
                delivered(new CommandResult.LinkDown(id, pending.command, "the AMI link stopped"));
            }
        });
    }

    private void answered(CommandId id, ManagerResponse response) {
        pump.answer(() -> {
            Pending pending = open.get(id);
            if (pending == null || pending.settled) {
                return List.of();
            }
            Optional<CommandResult> result = CommandAnswers.ofResponse(id, pending.command, response.getResponse(),
                    response.getMessage());
            result.ifPresent(done -> pending.settled = true);
            return result.stream().toList();
        });
    }

    private void schedule(CommandId id, Duration timeout) {
        try {
            scheduler.schedule(() -> pump.answer(() -> settle(id, pending ->
                    new CommandResult.TimedOut(id, pending.command, timeout))), timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            settleLater(id, () -> new CommandResult.LinkDown(id, open.get(id).command, "stopping"));
        }
    }

    private void settleLater(CommandId id, Supplier<CommandResult> result) {
        pump.answer(() -> settle(id, pending -> result.get()));
    }

    /** On the pump's thread: the command's result if it was still open, else nothing (it ended already). */
    private List<CommandResult> settle(CommandId id, java.util.function.Function<Pending, CommandResult> result) {
        Pending pending = open.get(id);
        if (pending == null || pending.settled) {
            return List.of();
        }
        pending.settled = true;
        return List.of(result.apply(pending));
    }

    /** After the sink has had the result (on the pump's thread, or where no pump runs): log it, complete the stage. */
    private void delivered(CommandResult result) {
        Pending pending = open.remove(result.id());
        if (pending == null) {
            return;
        }
        try (LogContext ids = context(pending)) {
            log(result);
        }
        complete(pending, result);
    }

    private void complete(Pending pending, CommandResult result) {
        try {
            scheduler.execute(() -> pending.result.complete(result));
        } catch (RejectedExecutionException stopping) {
            pending.result.complete(result);
        }
    }

    private Optional<CommandId> ours(String actionId) {
        if (actionId == null) {
            return Optional.empty();
        }
        String mine = actionId.substring(actionId.indexOf('#') + 1);
        return mine.startsWith(prefix) ? Optional.of(new CommandId(mine)) : Optional.empty();
    }

    private static LogContext context(Pending pending) {
        return LogContext.with(LogContext.CALL, pending.call, LogContext.CHANNEL, pending.channel);
    }

    private static void log(CommandResult result) {
        String id = result.id().value();
        String action = result.command().action();
        String subject = result.command().subject();
        String detail = result.detail();
        Runnable line = switch (result.outcome()) { // a switch expression: a new outcome needs its line here
            case DONE -> () -> AmiCommandLog.LOG.done(id, action, subject, detail);
            case REFUSED -> () -> AmiCommandLog.LOG.refused(id, action, subject, detail);
            case LINK_DOWN -> () -> AmiCommandLog.LOG.linkDown(id, action, subject, detail);
            case TIMED_OUT -> () -> AmiCommandLog.LOG.timedOut(id, action, subject, detail);
        };
        line.run();
    }
}
