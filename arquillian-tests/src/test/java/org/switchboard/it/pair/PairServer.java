package org.switchboard.it.pair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.switchboard.testkit.Await;

/**
 * One WildFly process of the pair: the provisioned server's {@code standalone} directory copied to a base directory
 * of its own (with the shipped EAR in its deployments, as an operator installs it), started by {@code standalone.sh}
 * with its port offset and environment. The base directory survives a kill and a restart (its data directory holds
 * the H2 database and the fencing flags); only {@link #prepare} starts it afresh.
 */
final class PairServer {

    static final Duration STARTUP = Duration.ofSeconds(180);
    private static final Duration STOP = Duration.ofSeconds(60);
    /** Test shortenings the Arquillian container already uses (arquillian.xml): the AMI reconnect and ping. */
    private static final List<String> TEST_PROPERTIES = List.of("-Dswitchboard.ami.backoff-max=PT1S",
            "-Dswitchboard.ami.ping-interval=PT2S");

    private final String name;
    private final int offset;
    private final Path base;
    private final Map<String, String> environment;
    private Process shell;
    private ProcessHandle java;

    PairServer(String name, int offset, Path base, Map<String, String> environment) {
        this.name = name;
        this.offset = offset;
        this.base = base;
        this.environment = Map.copyOf(environment);
    }

    /** A fresh base directory: the provisioned {@code standalone} directory and the shipped EAR in its deployments. */
    void prepare(Path jbossHome, Path ear) {
        try {
            deleteTree(base);
            copyTree(jbossHome.resolve("standalone"), base);
            Files.copy(ear, base.resolve("deployments").resolve("switchboard.ear"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the base directory of " + name + " in " + base, e);
        }
    }

    /** Starts the server on its base directory and returns at once; {@link #awaitDeployed} waits for it. */
    void start(Path jbossHome) {
        if (running()) {
            throw new IllegalStateException(name + " is already running (java pid " + java.pid() + ")");
        }
        List<String> command = new ArrayList<>(List.of(jbossHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.node.name=" + name, "-Djboss.bind.address=127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1"));
        command.addAll(TEST_PROPERTIES);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console().toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("SWB_"));
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx512m -Djava.net.preferIPv4Stack=true"
                + " -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true");
        builder.environment().remove("LAUNCH_JBOSS_IN_BACKGROUND");
        try {
            shell = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        java = Await.value(name + "'s java process (forked by standalone.sh)", this::javaChild, Duration.ofSeconds(30));
    }

    /** Waits until the shipped application answers on the HTTP port (deployed; it may still refuse calls). */
    void awaitDeployed() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI version = URI.create("http://127.0.0.1:" + (8080 + offset) + "/switchboard/api/version");
        Await.until(name + " deployed (" + version + " answering 200; console log " + console() + ")", () -> {
            if (!running()) {
                throw new IllegalStateException(name + " exited while starting; see " + console());
            }
            try {
                return http.send(HttpRequest.newBuilder(version).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, STARTUP);
    }

    /** The body of a page of the server's HTTP listener, such as {@code /switchboard/site.xhtml}; fails unless 200. */
    String page(String path) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI page = URI.create("http://127.0.0.1:" + (8080 + offset) + path);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(page + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot get " + page, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted getting " + page, e);
        }
    }

    /** SIGKILL of the server's java process (not only of the shell that forked it), as a crash. */
    void kill() {
        ProcessHandle process = requireRunning();
        process.destroyForcibly();
        process.onExit().orTimeout(STOP.toSeconds(), TimeUnit.SECONDS).join();
        shell.onExit().orTimeout(STOP.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** A graceful stop (SIGTERM to the java process: WildFly's shutdown hook stops the deployments). */
    void stop() {
        if (!running()) {
            if (shell != null) {
                shell.destroy();
            }
            return;
        }
        java.destroy();
        try {
            java.onExit().get(STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            java.destroyForcibly();
        }
        shell.destroy();
    }

    boolean running() {
        return java != null && java.isAlive();
    }

    long pid() {
        return requireRunning().pid();
    }

    String name() {
        return name;
    }

    int offset() {
        return offset;
    }

    Path base() {
        return base;
    }

    Path console() {
        return base.resolve("log").resolve("console.log");
    }

    private ProcessHandle requireRunning() {
        if (!running()) {
            throw new IllegalStateException(name + " is not running");
        }
        return java;
    }

    /**
     * The server's JVM among the shell's children: standalone.sh first runs {@code java -version} a few times to probe
     * the JDK, so the server is the one whose command line names this base directory.
     */
    private Optional<ProcessHandle> javaChild() {
        if (!shell.isAlive()) {
            throw new IllegalStateException(name + "'s standalone.sh exited at once; see " + console());
        }
        String marker = "-Djboss.server.base.dir=" + base;
        return shell.descendants().filter(process -> process.info().commandLine()
                .map(line -> line.contains("-D[Standalone]") && line.contains(marker)).orElse(false)).findFirst();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
