package io.netlink4j.core;

import io.netlink4j.core.message.Message;

/** Turns one reply message into a value while the receive buffer still holds it. */
@FunctionalInterface
public interface MessageParser<T> {
    /** The value, or {@code null} to skip this message. */
    T parse(Message m);
}
