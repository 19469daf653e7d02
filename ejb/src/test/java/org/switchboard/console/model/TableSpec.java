package org.switchboard.console.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.switchboard.shared.model.TransitionTable;

/** A transition table written out one state and trigger pair per line, to compare with its reviewed spec. */
final class TableSpec {

    private TableSpec() {
    }

    static <S extends Enum<S>> String render(TransitionTable<S, ConsoleTrigger> table, S[] states) {
        StringBuilder out = new StringBuilder();
        for (S state : states) {
            for (ConsoleTrigger trigger : ConsoleTrigger.values()) {
                var rules = table.rules(state, trigger);
                if (rules.isEmpty()) {
                    continue;
                }
                out.append(state).append(' ').append(trigger);
                for (var rule : rules) {
                    out.append(' ').append(rule.to());
                    rule.guard().ifPresent(guard -> out.append('[').append(guard.name()).append(']'));
                    if (!rule.effects().isEmpty()) {
                        out.append(rule.effects());
                    }
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String read(String name) {
        try (InputStream in = TableSpec.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spec's line for a pair, or null when the pair has no rule. */
    static String lineOf(String spec, Enum<?> state, ConsoleTrigger trigger) {
        String prefix = state.name() + " " + trigger.name() + " ";
        return spec.lines().filter(line -> line.startsWith(prefix)).findFirst().orElse(null);
    }
}
