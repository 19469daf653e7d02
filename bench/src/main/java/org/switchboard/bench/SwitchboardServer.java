package org.switchboard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real server, started from the last build by {@code ./start.sh --no-build} with its own port offset, run
 * directory under /tmp and cluster name, and stopped again by the pid of its JVM: WildFly shuts down on SIGTERM,
 * and {@code start.sh} exits once it has. The run directory (H2 database, Artemis journal, logs) goes with it,
 * unless {@code SWB_BENCH_KEEP_RUN_DIR} is set.
 */
final class SwitchboardServer implements AutoCloseable {

    private static final Duration READY = Duration.ofMinutes(5);
    private static final Duration STOP = Duration.ofMinutes(1);
    private static final String READY_LINE = "ready in";
    /** Level, category, and the message id when the message starts with one, of a WARN or ERROR line. */
    private static final Pattern LOG_LINE = Pattern.compile(
            " (WARN|ERROR) +\\[([^\\]]*)\\] \\([^)]*\\) \\[[^\\]]*\\] (?:([A-Z]+\\d+):)?");

    private final Process starter;
    private final Path runDir;
    private final Path output;
    private final int offset;
    private final Thread stopOnExit = new Thread(this::close, "bench-server-stop");
    private volatile ProcessHandle jvm;
    private String readyLine = "";
    private boolean closed;

    private SwitchboardServer(Process starter, Path runDir, Path output, int offset) {
        this.starter = starter;
        this.runDir = runDir;
        this.output = output;
        this.offset = offset;
    }

    /** Starts the server with these settings (environment variables of start.sh) and waits until it is healthy. */
    static SwitchboardServer start(Path root, int offset, Map<String, String> settings)
            throws IOException, InterruptedException {
        Path runDir = Files.createTempDirectory("switchboard-bench-server.");
        Path output = runDir.resolve("start.out");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("start.sh").toString(), "--no-build")
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(settings);
        builder.environment().put("SWB_PORT_OFFSET", Integer.toString(offset));
        builder.environment().put("SWB_RUN_DIR", runDir.toString());
        builder.environment().put("SWB_CLUSTER_NAME", "switchboard-bench-" + ProcessHandle.current().pid());
        builder.environment().put("SWB_CLUSTER_PEERS", "127.0.0.1[" + (7600 + offset) + "]");
        SwitchboardServer server = new SwitchboardServer(builder.start(), runDir, output, offset);
        Runtime.getRuntime().addShutdownHook(server.stopOnExit);
        try {
            server.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY.toNanos();
        while (readyLine.isEmpty()) {
            if (!starter.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the server did not become ready" + (starter.isAlive() ? " within "
                        + READY : "") + "; the end of its output:\n" + String.join("\n", tail(20)));
            }
            TimeUnit.MILLISECONDS.sleep(250);
            readyLine = lines().filter(line -> line.contains(READY_LINE)).findFirst().orElse("");
        }
        jvm = starter.descendants().filter(process -> process.info().commandLine().orElse("")
                .contains("jboss-modules.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no WildFly JVM under start.sh"));
    }

    /** start.sh's line with the time from launch to healthy. */
    String readyLine() {
        return readyLine.strip();
    }

    int managementPort() {
        return 9990 + offset;
    }

    long pid() {
        return jvm.pid();
    }

    /** The JVM's resident memory now, in KiB (VmRSS). */
    long residentKib() {
        return procStatus("VmRSS:");
    }

    /** The JVM's peak resident memory so far, in KiB (VmHWM). */
    long peakResidentKib() {
        return procStatus("VmHWM:");
    }

    /** CPU time the JVM has used so far, user and system, in ms. */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(jvm.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1_000 / CLOCK_TICKS;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server log's WARN and ERROR lines, counted by level, category and message id (SWB1234: and the like). */
    Map<String, Long> warningsAndErrors() {
        Path log = runDir.resolve("log").resolve("server.log");
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.map(LOG_LINE::matcher).filter(Matcher::find)
                    .collect(Collectors.groupingBy(line -> line.group(1) + " [" + line.group(2) + "] "
                            + Optional.ofNullable(line.group(3)).orElse("(no id)"), TreeMap::new,
                            Collectors.counting()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server by the pid of its JVM, waits for start.sh to exit, and deletes the run directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (Thread.currentThread() != stopOnExit) {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            }
            Optional.ofNullable(jvm).ifPresent(ProcessHandle::destroy);
            if (!starter.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
                Optional.ofNullable(jvm).ifPresent(ProcessHandle::destroyForcibly);
                starter.destroyForcibly();
                starter.waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (System.getenv("SWB_BENCH_KEEP_RUN_DIR") == null) {
                delete(runDir);
            } else {
                System.out.println("The server's run directory (logs, data) is kept in " + runDir);
            }
        }
    }

    private Stream<String> lines() throws IOException {
        return Files.readAllLines(output, StandardCharsets.UTF_8).stream();
    }

    private List<String> tail(int count) throws IOException {
        List<String> all = lines().toList();
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    private long procStatus(String key) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(jvm.pid()), "status")).stream()
                    .filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> Long.parseLong(line.substring(key.length()).replace("kB", "").strip()))
                    .orElse(0L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }

    /** Linux counts process CPU time in ticks of 1/100 s (USER_HZ) on every architecture the JDK runs on. */
    private static final long CLOCK_TICKS = 100;
}
