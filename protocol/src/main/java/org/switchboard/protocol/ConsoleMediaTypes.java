package org.switchboard.protocol;

/** The versioned MIME types of the console protocol's SIP bodies: one per body kind. */
public final class ConsoleMediaTypes {

    /** A command from a console client to the server. */
    public static final String COMMAND = "application/vnd.switchboard.command.v1+json";

    /** A state update pushed by the server to a console client. */
    public static final String UPDATE = "application/vnd.switchboard.update.v1+json";

    private ConsoleMediaTypes() {
    }

    /** Whether a SIP Content-Type is the command media type (any case, parameters such as charset ignored). */
    public static boolean isCommand(String contentType) {
        return matches(COMMAND, contentType);
    }

    /** Whether a SIP Content-Type is the update media type (any case, parameters such as charset ignored). */
    public static boolean isUpdate(String contentType) {
        return matches(UPDATE, contentType);
    }

    static boolean matches(String mediaType, String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return type.strip().equalsIgnoreCase(mediaType);
    }
}
