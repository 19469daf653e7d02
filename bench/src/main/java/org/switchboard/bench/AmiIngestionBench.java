package org.switchboard.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.demo.DemoOffice;

/**
 * AMI ingestion through the real pipeline, in one JVM: the scripted AMI server plays a busy demo office on
 * 127.0.0.1, and asterisk-java's reader, our bounded pump, the translator and the {@link
 * org.switchboard.pbx.mirror.PbxMirror} take its events to domain events. Prints, and asserts nothing: (a) a steady
 * offered load, (b) saturation, (c) the mirror's memory per 1,000 live calls. Started by {@code bench/ami-ingestion.sh}.
 *
 * <p>Arguments, all optional, in order: events per second of (a) [1000], seconds of (a) [30], events of (b)
 * [200000], warm-up events [50000], live calls for (c), comma-separated [1000,5000].
 */
public final class AmiIngestionBench {

    static final long SEED = 20_251_122L;
    private static final int MIX_SAMPLE = 100_000;

    private AmiIngestionBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        int rate = intArg(args, 0, 1_000);
        int seconds = intArg(args, 1, 30);
        int saturation = intArg(args, 2, 200_000);
        int warmUp = intArg(args, 3, 50_000);
        List<Integer> liveCalls = args.length > 4
                ? Arrays.stream(args[4].split(",")).map(String::strip).map(Integer::valueOf).toList()
                : List.of(1_000, 5_000);
        Clock clock = Clock.systemUTC();
        DemoOffice office = DemoOffice.standard();

        printEnvironment();
        printSource(office, clock);
        MirrorFeed feed = new MirrorFeed(clock);
        EventStream stream = new EventStream(office, SEED, clock.instant());
        try (IngestionPipeline pipeline = IngestionPipeline.start(office, feed, clock)) {
            OfferedLoad load = new OfferedLoad(stream, pipeline, feed, clock);
            load.play(String.format("warm-up: %,d events as fast as possible (figures for the record only)", warmUp),
                    warmUp, 0);
            load.play(String.format("(a) offered load %,d events/s for %d s", rate, seconds),
                    (long) rate * seconds, rate);
            load.play(String.format("(b) saturation: %,d events as fast as the link takes them", saturation),
                    saturation, 0);
        }
        System.out.println("(c) memory of live calls in the PbxMirror alone (set-up events only, no sockets)");
        MirrorMemory memory = new MirrorMemory(office, SEED, clock);
        for (int calls : liveCalls) {
            memory.measure(calls);
        }
    }

    private static void printEnvironment() {
        Runtime runtime = Runtime.getRuntime();
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        System.out.printf("JVM %s %s (%s), %d cores, max heap %,d MiB, GC %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("os.arch"),
                runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024), collectors);
        System.out.println("JVM options " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.println("Everything runs in this JVM on 127.0.0.1: the scripted PBX (making, stamping and writing"
                + " events), asterisk-java's reader, the pump's consumer and the mirror share the cores.");
    }

    /** How fast the event source alone runs, and the mix of events it makes. */
    private static void printSource(DemoOffice office, Clock clock) {
        EventStream sample = new EventStream(office, SEED + 1, clock.instant());
        Map<String, Integer> mix = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < MIX_SAMPLE; i++) {
            AmiMessage event = sample.next();
            mix.merge(event.type(), 1, Integer::sum);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("Event source: the demo office day on simulated time, %,d events of %,d calls made in"
                        + " %d ms (%,.0f events/s, cold) on the emitting thread%n", MIX_SAMPLE, sample.callsStarted(),
                took.toMillis(), MIX_SAMPLE / (took.toNanos() / 1e9));
        String top = mix.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(entry -> String.format("%s %.1f%%", entry.getKey(), 100.0 * entry.getValue() / MIX_SAMPLE))
                .collect(Collectors.joining(", "));
        System.out.println("Event mix: " + top);
    }

    static int intArg(String[] args, int index, int fallback) {
        return args.length > index && !args[index].isBlank() ? Integer.parseInt(args[index].strip()) : fallback;
    }
}
