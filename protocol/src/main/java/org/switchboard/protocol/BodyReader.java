package org.switchboard.protocol;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The checks every body passes before its fields are read: the content type, the size, UTF-8 and JSON.
 * Duplicate keys are refused (two readers could otherwise see two different commands in one body), and
 * nesting is limited far above what the protocol uses.
 */
final class BodyReader {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of(
            JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE,
            "org.eclipse.parsson.rejectDuplicateKeys", true,
            "org.eclipse.parsson.maxDepth", 32));

    private BodyReader() {
    }

    /** The body's top-level object, after checking that {@code contentType} is {@code mediaType}. */
    static WireObject read(String mediaType, String contentType, byte[] body) {
        if (!ConsoleMediaTypes.matches(mediaType, contentType)) {
            throw new MalformedBody(Problem.UNSUPPORTED_TYPE, contentType == null
                    ? "no content type; expected " + mediaType
                    : "content type " + WireRules.shown(contentType) + " is not " + mediaType);
        }
        if (body == null || body.length == 0) {
            throw new MalformedBody("the body is empty");
        }
        if (body.length > Bounds.BODY_BYTES) {
            throw new MalformedBody("the body has " + body.length + " bytes, more than " + Bounds.BODY_BYTES);
        }
        return WireObject.body(parse(utf8(body)));
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedBody("the body is not UTF-8");
        }
    }

    private static JsonValue parse(String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new MalformedBody("the body is not JSON: it holds only white space");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (moreFollows(parser)) {
                throw new MalformedBody("the body is not JSON: more follows the first value");
            }
            return value;
        } catch (JsonException | IllegalStateException | IllegalArgumentException | NoSuchElementException e) {
            throw new MalformedBody("the body is not JSON: " + Bounds.text(String.valueOf(e.getMessage()), 160));
        }
    }

    private static boolean moreFollows(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonException e) {
            return true;
        }
    }
}
