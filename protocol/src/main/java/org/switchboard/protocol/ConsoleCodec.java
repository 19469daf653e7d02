package org.switchboard.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PLACEHOLDER until the protocol branch lands (drop this file at merge): just enough of the codec API of the
 * design notes for the SIP transport's tests. It reads only {@code {"command":"NAME","seq":N}} and writes
 * only the fields the transport reads; it is no JSON parser.
 */
public final class ConsoleCodec {

    private static final Pattern COMMAND = Pattern.compile(
            "\\s*\\{\\s*\"command\"\\s*:\\s*\"([A-Z_]+)\"\\s*,\\s*\"seq\"\\s*:\\s*(\\d{1,9})\\s*(?:,.*)?}\\s*", Pattern.DOTALL);

    public Decoded<ConsoleCommand> decodeCommand(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).split(";")[0].trim()
                .equals(ConsoleMediaTypes.COMMAND)) {
            return new Decoded.Invalid<>(Problem.UNSUPPORTED_TYPE, "not a console command: " + contentType);
        }
        Matcher matcher = COMMAND.matcher(new String(body, StandardCharsets.UTF_8));
        if (!matcher.matches()) {
            return new Decoded.Invalid<>(Problem.MALFORMED, "not a command object");
        }
        long seq = Long.parseLong(matcher.group(2));
        return switch (matcher.group(1)) {
            case "LOG_IN" -> new Decoded.Ok<>(new LogIn(seq, false, null));
            case "HOLD" -> new Decoded.Ok<>(new Hold(seq, 1));
            case "RESYNC" -> new Decoded.Ok<>(new Resync(seq));
            default -> new Decoded.Invalid<>(Problem.UNKNOWN_COMMAND, "unknown command " + matcher.group(1));
        };
    }

    public byte[] encode(ConsoleUpdate update) {
        String kind = update instanceof ConsoleUpdate.State ? "STATE" : "PHONES";
        StringBuilder json = new StringBuilder("{\"update\":\"").append(kind).append("\",\"session\":\"")
                .append(update.session()).append("\",\"seq\":").append(update.seq());
        if (update instanceof ConsoleUpdate.Phones phones) {
            json.append(",\"full\":").append(phones.full()).append(",\"phones\":[");
            for (int i = 0; i < phones.phones().size(); i++) {
                ConsoleUpdate.Phone phone = phones.phones().get(i);
                json.append(i == 0 ? "" : ",").append("{\"extension\":\"").append(phone.extension())
                        .append("\",\"status\":\"").append(phone.status()).append("\"}");
            }
            json.append(']');
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }
}
