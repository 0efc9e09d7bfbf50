package io.netlink4j.core.socket;

import io.netlink4j.core.message.Message;

/** Turns one reply message into a value while the receive buffer still holds it. */
@FunctionalInterface
public interface MessageParser<T> {
    /**
     * The value {@code m} holds, or {@code null} to skip this message (a family this parser
     * does not model, an object a filter excludes).
     */
    T parse(Message m);
}
