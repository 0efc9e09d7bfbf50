package io.netlink4j.core.socket;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A Java Flight Recorder event for each exchange a {@link NetlinkSocket} makes with the kernel:
 * one request, a pipelined batch, a dump, a transaction. Its duration is the exchange's, from
 * the first byte written to the last answer read. Enabled like any JFR event
 * ({@code -XX:StartFlightRecording}, JDK Mission Control, {@code jfr print --events
 * io.netlink4j.Request}); when no recording asks for it, it costs nothing measurable.
 */
@Name("io.netlink4j.Request")
@Label("Netlink Request")
@Category({"netlink4j"})
@Description("A request, batch, dump or transaction sent to the kernel over netlink")
@StackTrace(false)
final class RequestEvent extends Event {
    @Label("Kind")
    @Description("request, get, batch, dump or transaction")
    String kind;

    @Label("Operation")
    @Description("What was asked, as errors name it: RTM_NEWLINK veth-blue")
    String operation;

    @Label("Protocol")
    String protocol;

    @Label("Namespace")
    @Description("The network namespace the socket belongs to")
    String namespace;

    @Label("Message Type")
    int messageType;

    @Label("Objects")
    @Description("Requests in a batch or transaction, objects read by a dump, 1 otherwise")
    int objects;

    @Label("Failed")
    @Description("Requests the kernel refused")
    int failed;

    @Label("Bytes Sent")
    @DataAmount
    long bytesSent;

    @Label("Errno")
    @Description("The errno symbol of the (first) failure, or empty")
    String errno;
}
