package org.switchboard.ctl;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.management.InstanceNotFoundException;
import javax.management.MBeanServerConnection;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The operator's command line for one Switchboard server: reads and drives the MBeans under {@code org.switchboard}
 * over remote JMX on the management port ({@code remote+http}, the connector of WildFly's modules, which
 * {@code bin/switchboard-ctl} puts on the class path). JDK only, run by the {@code java} source launcher.
 *
 * <p>Exit codes: 0 done (for {@code compare-sessions}: the lists agree), 1 the server or an MBean could not answer,
 * 2 a wrong command line, 3 {@code compare-sessions} found the lists disagreeing.
 */
public final class SwitchboardCtl {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int DIFFERS = 3;

    static final String USAGE_TEXT = """
            usage: switchboard-ctl [--host HOST] [--port PORT] [--user USER --password PASSWORD] COMMAND [ARGUMENT]
              status            this site's console service: status line, role, fencing row, flags, verdict, duty
              activate          activate the console service (primary: clear SMITH and STONITH; secondary: SMITH 0)
              deactivate        deactivate it (primary: SMITH 1, the failover; secondary: SMITH 1, no STONITH demand)
              probes            the verdict, the parts' verdict (without the flags) and every probe
              history PROBE     a probe's readings, oldest first (PROBE: the probe's name, e.g. CPU_LOAD)
              details PROBE     a probe's impact, cause and the action to take
              sessions          this site's console sessions
              peer-sessions     the peer site's console sessions, as the pair link last heard them
              compare-sessions  both lists side by side: same count, each user on both sites, PASSIVE on exactly one
              phones            the phones and their state
              calls             the live calls as this site's picture of its PBX has them, and their count
              check-queues      where the console sessions and the PBX's queues disagree (pause, membership)
            HOST defaults to 127.0.0.1, PORT to 9990 (the management port; add the server's port offset).
            --password may be left out for the environment variable SWB_CTL_PASSWORD (others can read a command line).
            Without --user the server's local authentication is used (same machine, same OS user as the server).""";

    private static final String DOMAIN = "org.switchboard:type=";

    /** Where the management user's password may come from instead of the command line, which others can see. */
    static final String PASSWORD_VARIABLE = "SWB_CTL_PASSWORD";

    /** What one command reads or calls: an MBean, and its attributes or one operation. */
    record Command(String name, String type, List<String> attributes, String operation, boolean takesArgument) {

        static Command attributes(String name, String type, String... attributes) {
            return new Command(name, type, List.of(attributes), null, false);
        }

        static Command operation(String name, String type, String operation, boolean takesArgument) {
            return new Command(name, type, List.of(), operation, takesArgument);
        }
    }

    static final Map<String, Command> COMMANDS = commands();

    private static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        for (Command command : List.of(
                Command.attributes("status", "ConsoleService", "Status", "Role", "Row", "RowValid", "OwnFlags",
                        "PeerFlags", "TakesCalls", "Verdict", "ActivityDetected", "ConsolesWorkHere"),
                Command.operation("activate", "ConsoleService", "activate", false),
                Command.operation("deactivate", "ConsoleService", "deactivate", false),
                Command.attributes("probes", "Health", "Verdict", "PartsVerdict", "Probes"),
                Command.operation("history", "Health", "history", true),
                Command.operation("details", "Health", "probeDetails", true),
                Command.attributes("sessions", "Consoles", "Sessions"),
                Command.operation("peer-sessions", "Pair", "peerSessions", false),
                Command.attributes("phones", "Phones", "Phones"),
                Command.attributes("calls", "Calls", "CallCount", "Calls"),
                Command.operation("check-queues", "Consoles", "checkQueues", false))) {
            commands.put(command.name(), command);
        }
        return commands;
    }

    static final String COMPARE_SESSIONS = "compare-sessions";

    /** The command line, parsed. */
    record Invocation(String host, int port, String user, String password, String command, String argument) {

        JMXServiceURL url() throws IOException {
            return new JMXServiceURL("service:jmx:remote+http://" + host + ":" + port);
        }
    }

    /** A command line that cannot run: the reason, shown with the usage. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The server or an MBean could not answer: the reason, for the operator. */
    static final class CtlException extends Exception {
        private static final long serialVersionUID = 1L;

        CtlException(String message) {
            super(message);
        }
    }

    private SwitchboardCtl() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Invocation invocation;
        try {
            invocation = parse(args, System::getenv);
        } catch (UsageException e) {
            err.println("switchboard-ctl: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (invocation.command().equals("help")) {
            out.println(USAGE_TEXT);
            return OK;
        }
        JMXConnector connector;
        try {
            connector = connect(invocation);
        } catch (CtlException e) {
            err.println("switchboard-ctl: " + e.getMessage());
            return FAILED;
        }
        try {
            return execute(connector.getMBeanServerConnection(), invocation, out);
        } catch (CtlException e) {
            err.println("switchboard-ctl: " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("switchboard-ctl: the connection to " + invocation.host() + ":" + invocation.port()
                    + " broke: " + rootCause(e));
            return FAILED;
        } finally {
            try {
                connector.close();
            } catch (IOException e) {
                // the answer is printed; a connection that does not close cleanly changes nothing of it
            }
        }
    }

    private static int execute(MBeanServerConnection server, Invocation invocation, PrintStream out)
            throws CtlException {
        if (invocation.command().equals(COMPARE_SESSIONS)) {
            Comparison comparison = Comparison.of(lines(call(server, COMMANDS.get("sessions"), null)),
                    lines(call(server, COMMANDS.get("peer-sessions"), null)));
            comparison.print(out);
            return comparison.consistent() ? OK : DIFFERS;
        }
        print(call(server, COMMANDS.get(invocation.command()), invocation.argument()), out);
        return OK;
    }

    /** The command line; {@code environment} gives {@value #PASSWORD_VARIABLE} when {@code --password} is not given. */
    static Invocation parse(String[] args, UnaryOperator<String> environment) throws UsageException {
        String host = "127.0.0.1";
        int port = 9990;
        String user = null;
        String password = null;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--host" -> host = value(args, ++i, arg);
                case "--port" -> port = port(value(args, ++i, arg));
                case "--user" -> user = value(args, ++i, arg);
                case "--password" -> password = value(args, ++i, arg);
                case "-h", "--help" -> words.add("help");
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    words.add(arg);
                }
            }
        }
        if (words.isEmpty()) {
            throw new UsageException("no command given");
        }
        if (user != null && password == null) {
            password = environment.apply(PASSWORD_VARIABLE);
        }
        if ((user == null) != (password == null)) {
            throw new UsageException(user == null ? "--password needs --user"
                    : "--user needs --password or the environment variable " + PASSWORD_VARIABLE);
        }
        String command = words.get(0);
        if (!command.equals("help") && !command.equals(COMPARE_SESSIONS) && !COMMANDS.containsKey(command)) {
            throw new UsageException("unknown command " + command);
        }
        boolean takesArgument = COMMANDS.containsKey(command) && COMMANDS.get(command).takesArgument();
        if (takesArgument && words.size() != 2) {
            throw new UsageException(command + " needs one argument");
        }
        if (!takesArgument && words.size() != 1) {
            throw new UsageException(command + " takes no argument, got " + String.join(" ", words.subList(1, words.size())));
        }
        return new Invocation(host, port, user, password, command, takesArgument ? words.get(1) : null);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String text) throws UsageException {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new UsageException("--port must be between 1 and 65535, got " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a number, got " + text);
        }
    }

    private static JMXConnector connect(Invocation invocation) throws CtlException {
        Map<String, Object> environment = new HashMap<>();
        // remoting-jmx's own time limit (seconds) for the connection and each request
        environment.put("org.jboss.remoting-jmx.timeout", "15");
        if (invocation.user() != null) {
            environment.put(JMXConnector.CREDENTIALS, new String[] {invocation.user(), invocation.password()});
        }
        String where = invocation.host() + ":" + invocation.port();
        try {
            return JMXConnectorFactory.connect(invocation.url(), environment);
        } catch (SecurityException e) {
            throw new CtlException("the management interface at " + where + " refused the log in ("
                    + e.getMessage() + "); give --user and --password of a management user (WildFly's add-user.sh)");
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("Unsupported protocol")) {
                throw new CtlException("no JMX connector for remote+http on the class path: run bin/switchboard-ctl,"
                        + " which takes it from the server's modules");
            }
            throw new CtlException("cannot reach the management interface at " + where + " ("
                    + rootCause(e) + "); is the server running, and is the port the management port (9990 plus"
                    + " the port offset)?");
        }
    }

    private static Object call(MBeanServerConnection server, Command command, String argument) throws CtlException {
        ObjectName name = objectName(command.type());
        try {
            if (command.operation() == null) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (String attribute : command.attributes()) {
                    values.put(attribute, server.getAttribute(name, attribute));
                }
                return values;
            }
            return command.takesArgument()
                    ? server.invoke(name, command.operation(), new Object[] {argument}, new String[] {String.class.getName()})
                    : server.invoke(name, command.operation(), new Object[0], new String[0]);
        } catch (InstanceNotFoundException e) {
            throw new CtlException("the server has no MBean " + name + " (is Switchboard deployed, and is it a"
                    + " version that has it?)");
        } catch (javax.management.AttributeNotFoundException e) {
            throw new CtlException("the MBean " + name + " has no attribute " + e.getMessage());
        } catch (javax.management.ReflectionException e) {
            throw new CtlException("the MBean " + name + " has no operation " + command.operation() + "("
                    + (command.takesArgument() ? "String" : "") + "): " + rootCause(e));
        } catch (javax.management.MBeanException e) {
            throw new CtlException(command.name() + " failed on " + name + ": " + rootCause(e));
        } catch (IOException e) {
            throw new CtlException("the connection to the server broke during " + command.name() + ": " + rootCause(e));
        } catch (RuntimeException e) {
            throw new CtlException(command.name() + " failed on " + name + ": " + rootCause(e));
        }
    }

    private static ObjectName objectName(String type) {
        try {
            return new ObjectName(DOMAIN + type);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(type, e);
        }
    }

    static void print(Object result, PrintStream out) {
        if (result instanceof Map<?, ?> values) {
            boolean one = values.size() == 1;
            values.forEach((attribute, value) -> {
                if (value instanceof String[] || value instanceof List<?>) {
                    if (!one) {
                        out.println(attribute + ":");
                    }
                    lines(value).forEach(line -> out.println(one ? line : "  " + line));
                } else {
                    out.println(attribute + ": " + value);
                }
            });
        } else {
            lines(result).forEach(out::println);
        }
    }

    static List<String> lines(Object value) {
        if (value instanceof Map<?, ?> values && values.size() == 1) {
            return lines(values.values().iterator().next());
        }
        if (value instanceof String[] array) {
            return Arrays.asList(array);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? String.valueOf(e.getMessage()) : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /**
     * This site's and the peer's console sessions, user by user, with the runbook's verdict: the same number of
     * sessions on both sites, every user on both, and PASSIVE on exactly one of the two. A line is a session
     * when it is not the listing's header ({@code USER ...}); its first word is the user, and it is PASSIVE
     * when one of its words is {@code PASSIVE}.
     */
    record Comparison(List<String> here, List<String> peer) {

        static Comparison of(List<String> here, List<String> peer) {
            return new Comparison(sessions(here), sessions(peer));
        }

        private static List<String> sessions(List<String> lines) {
            return lines.stream().filter(line -> !line.isBlank())
                    .filter(line -> !words(line).get(0).equals("USER")).toList();
        }

        private static List<String> words(String line) {
            return Arrays.asList(line.trim().split("\\s+"));
        }

        private static Map<String, List<String>> byUser(List<String> sessions) {
            Map<String, List<String>> users = new LinkedHashMap<>();
            sessions.forEach(line -> users.computeIfAbsent(words(line).get(0), user -> new ArrayList<>()).add(line));
            return users;
        }

        /** The state words of a user's sessions: the third word of each line (user, session id, state). */
        private static String states(List<String> sessions) {
            if (sessions == null) {
                return "-";
            }
            return String.join(",", sessions.stream()
                    .map(line -> words(line).size() > 2 ? words(line).get(2) : "?").toList());
        }

        private static boolean passive(List<String> sessions) {
            return sessions.stream().anyMatch(line -> words(line).contains("PASSIVE"));
        }

        /** Why the lists disagree, one reason a line; empty when they agree. */
        List<String> differences() {
            List<String> differences = new ArrayList<>();
            if (here.size() != peer.size()) {
                differences.add("this site has " + here.size() + " sessions, the peer " + peer.size());
            }
            Map<String, List<String>> hereByUser = byUser(here);
            Map<String, List<String>> peerByUser = byUser(peer);
            Set<String> users = new LinkedHashSet<>(hereByUser.keySet());
            users.addAll(peerByUser.keySet());
            for (String user : users) {
                List<String> mine = hereByUser.getOrDefault(user, List.of());
                List<String> theirs = peerByUser.getOrDefault(user, List.of());
                if (mine.isEmpty() || theirs.isEmpty()) {
                    differences.add(user + ": a session on " + (mine.isEmpty() ? "the peer" : "this site") + " only");
                } else if (passive(mine) == passive(theirs)) {
                    differences.add(user + ": " + (passive(mine) ? "PASSIVE on both sites" : "PASSIVE on neither site"));
                }
            }
            return differences;
        }

        boolean consistent() {
            return differences().isEmpty();
        }

        void print(PrintStream out) {
            Map<String, List<String>> hereByUser = byUser(here);
            Map<String, List<String>> peerByUser = byUser(peer);
            Set<String> users = new LinkedHashSet<>(hereByUser.keySet());
            users.addAll(peerByUser.keySet());
            String format = "%-24s %-24s %s%n";
            out.printf(format, "USER", "THIS SITE (" + here.size() + ")", "PEER (" + peer.size() + ")");
            for (String user : users) {
                out.printf(format, user, states(hereByUser.get(user)), states(peerByUser.get(user)));
            }
            List<String> differences = differences();
            if (differences.isEmpty()) {
                out.println("consistent: the same " + here.size() + " sessions on both sites, each PASSIVE on exactly"
                        + " one site");
            } else {
                out.println("NOT consistent:");
                differences.forEach(reason -> out.println("  " + reason));
            }
        }
    }
}
