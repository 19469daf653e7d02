package org.switchboard.pbx.scripted;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits an AMI byte stream into frames: lines end with LF (a CR before it is dropped, so bare LF from
 * Asterisk is fine), and an empty line ends a frame. Runs of empty lines are skipped, lines without ':' are
 * reported in the frame instead of failing it, and an over-long line is cut at {@link #MAX_LINE_BYTES} so
 * that a misbehaving peer cannot exhaust memory. Not thread-safe: one reader per stream.
 */
public final class AmiFrameReader {

    /** The longest line kept; the rest of a longer line is discarded. */
    public static final int MAX_LINE_BYTES = 64 * 1024;

    private final InputStream in;
    private long offset;

    public AmiFrameReader(InputStream in) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
    }

    /** Bytes consumed so far. */
    public long offset() {
        return offset;
    }

    /** The next line without its line end, or empty at the end of the stream. */
    public Optional<String> readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            offset++;
            any = true;
            if (b == '\n') {
                return Optional.of(text(line));
            }
            if (line.size() < MAX_LINE_BYTES) {
                line.write(b);
            }
        }
        return any ? Optional.of(text(line)) : Optional.empty();
    }

    /** The next frame, or empty when the stream ends before one starts. A frame cut off by the end is returned. */
    public Optional<AmiFrame> next() throws IOException {
        long start = offset;
        List<AmiMessage.Header> headers = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        Optional<String> line;
        while ((line = readLine()).isPresent()) {
            String text = line.get();
            if (text.isBlank()) {
                if (headers.isEmpty() && malformed.isEmpty()) {
                    start = offset;
                    continue;
                }
                return Optional.of(new AmiFrame(start, AmiMessage.of(headers), malformed));
            }
            AmiMessage.header(text).ifPresentOrElse(headers::add, () -> malformed.add(text));
        }
        if (headers.isEmpty() && malformed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AmiFrame(start, AmiMessage.of(headers), malformed));
    }

    private static String text(ByteArrayOutputStream line) {
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
