package org.switchboard.protocol;

import java.util.function.Supplier;

/**
 * The one codec of the console protocol's SIP bodies, JSON written and read field by field (see
 * docs/console-protocol.md). Decoding never throws and never returns null: a body that is not a message
 * of the protocol comes back as {@link Decoded.Invalid} with the {@link Problem} and a reason naming the
 * field. Unknown fields are ignored; unknown commands are refused. {@code encode} is the exact inverse of
 * decoding. Stateless and thread-safe.
 */
public final class ConsoleCodec {

    /** The command in a body sent with {@code contentType}; expects {@link ConsoleMediaTypes#COMMAND}. */
    public Decoded<ConsoleCommand> decodeCommand(String contentType, byte[] body) {
        return decode(() -> CommandReader.read(BodyReader.read(ConsoleMediaTypes.COMMAND, contentType, body)));
    }

    /** The update in a body sent with {@code contentType}; expects {@link ConsoleMediaTypes#UPDATE}. For clients. */
    public Decoded<ConsoleUpdate> decodeUpdate(String contentType, byte[] body) {
        return decode(() -> UpdateReader.read(BodyReader.read(ConsoleMediaTypes.UPDATE, contentType, body)));
    }

    /** The body of a command, UTF-8 JSON, to send as {@link ConsoleMediaTypes#COMMAND}. */
    public byte[] encode(ConsoleCommand command) {
        return CommandWriter.write(command);
    }

    /**
     * The body of an update, UTF-8 JSON, to send as {@link ConsoleMediaTypes#UPDATE}. A state update made
     * without {@link StateUpdate#bounded} whose body would outgrow {@link Bounds#BODY_BYTES} is cut the same
     * way first, so that no client ever receives a body it must refuse; any body that decodes is written back
     * unchanged.
     */
    public byte[] encode(ConsoleUpdate update) {
        byte[] body = UpdateWriter.write(update);
        if (body.length > Bounds.BODY_BYTES && update instanceof StateUpdate state) {
            return UpdateWriter.write(Bounds.refit(state));
        }
        return body;
    }

    /**
     * Runs a reader; a malformed body, and even a failure the readers did not foresee, is an answer, never
     * an exception into the SIP stack.
     */
    private static <T> Decoded<T> decode(Supplier<T> reader) {
        try {
            return new Decoded.Ok<>(reader.get());
        } catch (MalformedBody e) {
            return new Decoded.Invalid<>(e.problem(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Decoded.Invalid<>(Problem.MALFORMED, "the body cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + Bounds.text(e.getMessage(), 160)));
        }
    }
}
