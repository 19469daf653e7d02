package org.switchboard.protocol;

/** PLACEHOLDER until the protocol branch lands: the result of decoding a body; never null. */
public sealed interface Decoded<T> {

    record Ok<T>(T value) implements Decoded<T> {
    }

    record Invalid<T>(Problem problem, String reason) implements Decoded<T> {
    }
}
