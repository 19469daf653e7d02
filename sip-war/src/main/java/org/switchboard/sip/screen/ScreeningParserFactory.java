package org.switchboard.sip.screen;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.text.ParseException;
import java.util.Optional;

import gov.nist.core.net.NetworkLayer;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;
import gov.nist.javax.sip.stack.ConnectionOrientedMessageChannel;
import gov.nist.javax.sip.stack.SIPTransactionStack;

/**
 * The stack's message parser ({@code gov.nist.javax.sip.MESSAGE_PARSER_FACTORY}), with the TCP screen in
 * front. The stack's TCP reader hands it each message's header block with the connection's channel; a
 * malformed request is answered with 400 on that connection, or logged and dropped, and the parser returns
 * null, which the reader skips. When a body follows the refused headers the reader could not find the next
 * message, so the connection is closed after the answer. Datagrams were screened in their socket already and
 * go straight to the stack's parser.
 */
public final class ScreeningParserFactory implements MessageParserFactory {

    private final StringMsgParser stackParser = new StringMsgParser();

    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        NetworkLayer layer = stack.getNetworkLayer();
        if (!(layer instanceof ScreeningNetworkLayer)) {
            return stackParser;
        }
        ScreeningNetworkLayer screening = (ScreeningNetworkLayer) layer;
        return (bytes, readBody, strict, listener) -> parse(screening, bytes, readBody, strict, listener);
    }

    private SIPMessage parse(ScreeningNetworkLayer layer, byte[] bytes, boolean readBody, boolean strict,
            ParseExceptionListener listener) throws ParseException {
        if (listener instanceof ConnectionOrientedMessageChannel) {
            ScreenVerdict verdict = Refusals.inspect(layer.screen(), bytes, readBody);
            if (!(verdict instanceof ScreenVerdict.Pass)) {
                refuse(verdict, (ConnectionOrientedMessageChannel) listener, layer.connections());
                return null;
            }
        }
        return stackParser.parseSIPMessage(bytes, readBody, strict, listener);
    }

    private static void refuse(ScreenVerdict verdict, ConnectionOrientedMessageChannel channel,
            StreamConnections connections) {
        String transport = channel.getTransport().toLowerCase(java.util.Locale.ROOT);
        String source = channel.getPeerPacketSourceAddress().getHostAddress() + ":" + channel.getPeerPacketSourcePort();
        Optional<Socket> socket = connections.to(channel.getPeerPacketSourceAddress(), channel.getPeerPacketSourcePort());
        Refusals.carryOut(verdict, transport, source, bytes -> write(socket, bytes));
        if (!message(verdict).endsAtHeaders()) {
            channel.close();
        }
    }

    private static void write(Optional<Socket> socket, byte[] bytes) throws IOException {
        OutputStream out = socket.orElseThrow(() -> new IOException("the connection is no longer open"))
                .getOutputStream();
        // the stack writes responses on this connection under the same lock
        synchronized (out) {
            out.write(bytes);
            out.flush();
        }
    }

    private static RawMessage message(ScreenVerdict verdict) {
        return verdict instanceof ScreenVerdict.Answer answer ? answer.message() : ((ScreenVerdict.Drop) verdict).message();
    }
}
