package org.switchboard.it.presence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.switchboard.testkit.Await;
import org.switchboard.testkit.sip.FreePort;

/**
 * Debian's baresip as a softphone of the company, run headless: one account whose SIP goes through the server
 * (its outbound proxy, no registration, publishing its presence), one contact it watches through the server
 * ({@code ;presence=p2p}), and its control socket ({@code ctrl_tcp}: netstring-framed JSON commands) through which
 * the test sets its own presence ({@code presence_online}, {@code presence_offline}) and reads how it sees its
 * contact ({@code contacts}: Online, Offline, Busy or Unknown). Its output is kept for the failure messages.
 */
public final class Baresip implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(15);
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");
    private static final Pattern DATA = Pattern.compile("\"data\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Process process;
    private final Path dir;
    private final int controlPort;
    private final AtomicLong tokens = new AtomicLong();

    private Baresip(Process process, Path dir, int controlPort) {
        this.process = process;
        this.dir = dir;
        this.controlPort = controlPort;
    }

    /**
     * Starts baresip as {@code user} at 127.0.0.1, answering the server's digest challenges as {@code user} with
     * {@code password} (her SIP presence account), watching {@code contact}, both through the server's SIP port over
     * UDP, and waits until its control socket answers.
     */
    public static Baresip start(String user, String password, String contact, int serverSipPort) {
        try {
            Path dir = Files.createTempDirectory("baresip-" + user);
            int sipPort = FreePort.forUdpAndTcp();
            int controlPort = FreePort.forUdpAndTcp();
            Files.writeString(dir.resolve("config"), String.join("\n",
                    "poll_method poll",
                    "sip_listen 127.0.0.1:" + sipPort,
                    "module_path /usr/lib/baresip/modules",
                    "module stdio.so",
                    "module_app account.so",
                    "module_app contact.so",
                    "module_app presence.so",
                    "module_app ctrl_tcp.so",
                    "ctrl_tcp_listen 127.0.0.1:" + controlPort, ""));
            Files.writeString(dir.resolve("accounts"), "<sip:" + user + "@127.0.0.1>;outbound=\"sip:127.0.0.1:"
                    + serverSipPort + "\";auth_user=" + user + ";auth_pass=" + password + ";regint=0;pubint=600\n");
            Files.writeString(dir.resolve("contacts"), "\"Colleague\" <sip:" + contact + "@127.0.0.1>;presence=p2p\n");
            Process process = new ProcessBuilder("baresip", "-f", dir.toString(), "-v").redirectErrorStream(true)
                    .redirectOutput(dir.resolve("output.txt").toFile()).start();
            Baresip baresip = new Baresip(process, dir, controlPort);
            Await.until("baresip's control socket on port " + controlPort, baresip::answers, START);
            return baresip;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start baresip", e);
        }
    }

    private boolean answers() {
        try {
            command("about");
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** How baresip sees its contact: Online, Offline, Busy or Unknown; empty while it lists no such contact. */
    public Optional<String> statusOf(String contact) {
        String listing = command("contacts");
        for (String line : listing.split("\n")) {
            if (line.contains("<sip:" + contact + "@")) {
                String[] words = line.replace(">", " ").trim().split("\\s+");
                return words.length > 0 ? Optional.of(words[0]) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Sends a command over the control socket and returns its answer's data, ANSI colours removed. */
    String command(String command) {
        String token = "t" + tokens.incrementAndGet();
        String json = "{\"command\":\"" + command + "\",\"params\":\"\",\"token\":\"" + token + "\"}";
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), controlPort)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((json.length() + ":" + json + ",").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = readNetstring(socket.getInputStream());
            Matcher data = DATA.matcher(answer);
            String text = data.find() ? data.group(1) : "";
            return ANSI.matcher(unescape(text)).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException("baresip's control socket: " + e.getMessage(), e);
        }
    }

    private static String readNetstring(InputStream in) throws IOException {
        StringBuilder length = new StringBuilder();
        for (int c = in.read(); c != ':'; c = in.read()) {
            if (c < 0 || !Character.isDigit(c)) {
                throw new IOException("not a netstring from baresip");
            }
            length.append((char) c);
        }
        byte[] payload = in.readNBytes(Integer.parseInt(length.toString()));
        return new String(payload, StandardCharsets.UTF_8);
    }

    private static String unescape(String json) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 == json.length()) {
                text.append(c);
                continue;
            }
            char next = json.charAt(++i);
            switch (next) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'u' -> {
                    text.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> text.append(next);
            }
        }
        return text.toString();
    }

    /** What baresip printed so far. */
    public String output() {
        try {
            return Files.readString(dir.resolve("output.txt"));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Stops baresip (it unsubscribes and removes its publication as it goes) and waits for it to end. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
