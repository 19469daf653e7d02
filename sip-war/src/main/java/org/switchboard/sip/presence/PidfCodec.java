package org.switchboard.sip.presence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.switchboard.presence.model.PresenceStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one codec of PIDF bodies ({@value #MEDIA_TYPE}, RFC 3863) with the RPID activities (RFC 4480) this server
 * knows: {@code away}, {@code busy}, {@code on-the-phone}, and do not disturb as {@code busy} with
 * {@code <rpid:other>do-not-disturb</rpid:other>}. Written with the PIDF namespace as the default one and the RPID
 * elements prefixed {@code rpid:}, as baresip's subscriber looks for them ({@code <basic>open</basic>},
 * {@code <rpid:away/>}). Read with any prefixes.
 *
 * <p>Reading: the status is the strongest activity (do not disturb, on the phone, busy, away, in that order) in
 * any person or tuple; without one, an open tuple is available and closed tuples alone are
 * {@link PresenceStatus#OFFLINE}. The note is the first of: the document's {@code <note>}, a person's note, a
 * tuple's note. {@link #decode} never throws: a body that is not a PIDF document is {@link Decoded.Invalid} with a
 * reason for the 400.
 */
public final class PidfCodec {

    public static final String MEDIA_TYPE = "application/pidf+xml";
    /** The largest body read; a publisher's document is a few hundred bytes. */
    public static final int MAX_BODY_BYTES = 16 * 1024;
    /** The longest note taken. */
    public static final int MAX_NOTE_CHARS = 500;

    static final String PIDF = "urn:ietf:params:xml:ns:pidf";
    static final String DATA_MODEL = "urn:ietf:params:xml:ns:pidf:data-model";
    static final String RPID = "urn:ietf:params:xml:ns:pidf:rpid";
    private static final String DO_NOT_DISTURB = "do-not-disturb";
    private static final Set<String> DND_WORDS = Set.of(DO_NOT_DISTURB, "dnd", "do not disturb");

    /** What a body said, or why it says nothing. */
    public sealed interface Decoded {
        record Ok(Pidf pidf) implements Decoded {
        }

        record Invalid(String reason) implements Decoded {
        }
    }

    /** Reads a PIDF body. */
    public Decoded decode(byte[] body) {
        if (body == null || body.length == 0) {
            return new Decoded.Invalid("the PIDF body is empty");
        }
        if (body.length > MAX_BODY_BYTES) {
            return new Decoded.Invalid("the PIDF body is over " + MAX_BODY_BYTES + " bytes");
        }
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(body));
        } catch (SAXParseException e) {
            return new Decoded.Invalid("the PIDF body is not well-formed XML (line " + e.getLineNumber() + ": "
                    + e.getMessage() + ")");
        } catch (SAXException | IOException e) {
            return new Decoded.Invalid("the PIDF body is not well-formed XML: " + e.getMessage());
        }
        Element root = document.getDocumentElement();
        if (!PIDF.equals(root.getNamespaceURI()) || !"presence".equals(root.getLocalName())) {
            return new Decoded.Invalid("not a PIDF document: the root element is {" + root.getNamespaceURI() + "}"
                    + root.getLocalName() + ", not {" + PIDF + "}presence");
        }
        return read(root);
    }

    private static Decoded read(Element root) {
        String entity = root.getAttribute("entity");
        if (entity.isBlank()) {
            return new Decoded.Invalid("the PIDF presence element has no entity");
        }
        boolean open = false;
        for (Element tuple : children(root, PIDF, "tuple")) {
            for (Element status : children(tuple, PIDF, "status")) {
                for (Element basic : children(status, PIDF, "basic")) {
                    String value = basic.getTextContent().trim();
                    if (!value.equals("open") && !value.equals("closed")) {
                        return new Decoded.Invalid("a PIDF basic status is open or closed, not '" + value + "'");
                    }
                    open |= value.equals("open");
                }
            }
        }
        Optional<PresenceStatus> activity = activity(root);
        PresenceStatus status = activity.orElse(open ? PresenceStatus.AVAILABLE : PresenceStatus.OFFLINE);
        Optional<String> note = note(root);
        if (note.filter(text -> text.length() > MAX_NOTE_CHARS).isPresent()) {
            return new Decoded.Invalid("the PIDF note is over " + MAX_NOTE_CHARS + " characters");
        }
        return new Decoded.Ok(new Pidf(entity.trim(), status, note));
    }

    /** The strongest RPID activity anywhere in the document. */
    private static Optional<PresenceStatus> activity(Element root) {
        boolean away = false;
        boolean busy = false;
        boolean phone = false;
        boolean dnd = false;
        var activities = root.getElementsByTagNameNS(RPID, "activities");
        for (int i = 0; i < activities.getLength(); i++) {
            for (Node node = activities.item(i).getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    String name = element.getLocalName();
                    away |= name.equals("away");
                    busy |= name.equals("busy");
                    phone |= name.equals("on-the-phone");
                    dnd |= name.equals("dnd") || name.equals(DO_NOT_DISTURB) || name.equals("other")
                            && DND_WORDS.contains(element.getTextContent().trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return dnd ? Optional.of(PresenceStatus.DO_NOT_DISTURB)
                : phone ? Optional.of(PresenceStatus.ON_THE_PHONE)
                : busy ? Optional.of(PresenceStatus.BUSY)
                : away ? Optional.of(PresenceStatus.AWAY)
                : Optional.empty();
    }

    private static Optional<String> note(Element root) {
        for (Element note : children(root, PIDF, "note")) {
            return Optional.of(note.getTextContent().trim());
        }
        var personNotes = root.getElementsByTagNameNS(DATA_MODEL, "note");
        if (personNotes.getLength() > 0) {
            return Optional.of(personNotes.item(0).getTextContent().trim());
        }
        for (Element tuple : children(root, PIDF, "tuple")) {
            for (Element note : children(tuple, PIDF, "note")) {
                return Optional.of(note.getTextContent().trim());
            }
        }
        return Optional.empty();
    }

    private static Iterable<Element> children(Element parent, String namespace, String name) {
        java.util.List<Element> found = new java.util.ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** A namespace-aware parser that reads no DTD and no external entity, and reports errors instead of printing them. */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // a warning does not make the body unreadable
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
        }
    }

    /** Writes the document for this presentity: one tuple, the note when there is one, the person's activity. */
    public byte[] encode(Pidf pidf) {
        StringBuilder xml = new StringBuilder(400)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n")
                .append("<presence xmlns=\"").append(PIDF).append("\" xmlns:dm=\"").append(DATA_MODEL)
                .append("\" xmlns:rpid=\"").append(RPID).append("\" entity=\"").append(escape(pidf.entity()))
                .append("\">\r\n")
                .append("  <tuple id=\"t1\"><status><basic>")
                .append(pidf.status() == PresenceStatus.OFFLINE ? "closed" : "open")
                .append("</basic></status></tuple>\r\n");
        pidf.note().filter(note -> !note.isEmpty())
                .ifPresent(note -> xml.append("  <note>").append(escape(note)).append("</note>\r\n"));
        xml.append("  <dm:person id=\"p1\">").append(activities(pidf.status())).append("</dm:person>\r\n")
                .append("</presence>\r\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String activities(PresenceStatus status) {
        return switch (status) {
            case AVAILABLE, OFFLINE -> "";
            case AWAY -> "<rpid:activities><rpid:away/></rpid:activities>";
            case BUSY -> "<rpid:activities><rpid:busy/></rpid:activities>";
            case ON_THE_PHONE -> "<rpid:activities><rpid:on-the-phone/></rpid:activities>";
            case DO_NOT_DISTURB -> "<rpid:activities><rpid:busy/><rpid:other>" + DO_NOT_DISTURB
                    + "</rpid:other></rpid:activities>";
        };
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    // characters XML 1.0 cannot carry at all are left out
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                            || c >= 0x10000) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
