package io.netlink4j.core.socket;

import io.netlink4j.core.message.Message;

/**
 * Turns one reply message into a value while the receive buffer still holds it.
 *
 * @param <T> the value, usually a result record
 */
@FunctionalInterface
public interface MessageParser<T> {
    /**
     * The value {@code m} holds, or {@code null} to skip this message (a family this parser
     * does not model, an object a filter excludes).
     *
     * @param m the message; valid only during this call, so copy what you keep
     * @return the value, or {@code null} to skip the message
     */
    T parse(Message m);
}
