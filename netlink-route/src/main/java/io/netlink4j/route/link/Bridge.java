package io.netlink4j.route.link;

import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.MacAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * A bridge: {@code ip link add NAME type bridge [stp_state 0|1] [forward_delay CS] [hello_time CS]
 * [max_age CS] [ageing_time CS] [priority PRIO] [vlan_filtering 0|1] [mcast_snooping 0|1]
 * [vlan_protocol 802.1Q|802.1ad]}, and with {@link Links#change} the settings of
 * {@code ip link set NAME type bridge ...}. {@code null} options keep the kernel's defaults (or,
 * for a change, the bridge's current values) and are not sent. Timers are {@link Duration}s; the
 * kernel keeps them in centiseconds, so they must be whole centiseconds. The kernel checks the
 * STP timers' ranges (hello time 1 to 10 s, max age 6 to 40 s, forward delay 2 to 30 s while STP
 * is on) and answers {@code ERANGE} outside them.
 *
 * @param name              the bridge's name
 * @param stp               {@code IFLA_BR_STP_STATE}
 * @param forwardDelay      {@code IFLA_BR_FORWARD_DELAY} (2 to 30 s when STP is on)
 * @param helloTime         {@code IFLA_BR_HELLO_TIME}: how often STP sends hellos as root (1 to 10 s)
 * @param maxAge            {@code IFLA_BR_MAX_AGE}: how long STP keeps a hello (6 to 40 s)
 * @param ageingTime        {@code IFLA_BR_AGEING_TIME} of learned addresses
 * @param priority          {@code IFLA_BR_PRIORITY}: the STP bridge priority, 0 to 65535 (lowest becomes root)
 * @param vlanFiltering     {@code IFLA_BR_VLAN_FILTERING}
 * @param multicastSnooping {@code IFLA_BR_MCAST_SNOOPING}: IGMP/MLD snooping, so multicast goes only
 *                          to the ports that joined (the kernel's default: on)
 * @param vlanProtocol      {@code IFLA_BR_VLAN_PROTOCOL}: the tag a VLAN-filtering bridge adds and
 *                          reads (the kernel's default: 802.1Q)
 * @param options           the options every link has
 */
public record Bridge(String name, Boolean stp, Duration forwardDelay, Duration helloTime, Duration maxAge,
                     Duration ageingTime, Integer priority, Boolean vlanFiltering, Boolean multicastSnooping,
                     VlanProtocol vlanProtocol, LinkOptions options) implements LinkSpec {
    /** The largest STP bridge priority ({@code IFLA_BR_PRIORITY} is 16 bits). */
    public static final int MAX_PRIORITY = 0xFFFF;

    /** Checks the name, that the timers are whole, non-negative centiseconds and the priority's range. */
    public Bridge {
        InterfaceName.check(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(options, "options");
        Specs.centiseconds(forwardDelay, "forward delay", "bridge " + name);
        Specs.centiseconds(helloTime, "hello time", "bridge " + name);
        Specs.centiseconds(maxAge, "max age", "bridge " + name);
        Specs.centiseconds(ageingTime, "ageing time", "bridge " + name);
        if (priority != null && (priority < 0 || priority > MAX_PRIORITY)) {
            throw new IllegalArgumentException("bridge " + name + ": priority " + priority + " is out of range: 0.."
                    + MAX_PRIORITY);
        }
    }

    /**
     * {@code ip link add NAME type bridge}.
     *
     * @param name the bridge's name
     * @return the spec, every bridge option the kernel's default
     * @throws IllegalArgumentException if {@code name} is not a valid device name
     */
    public static Bridge of(String name) {
        return new Bridge(name, null, null, null, null, null, null, null, null, null, LinkOptions.DEFAULT);
    }

    /**
     * {@code stp_state 1|0}: the kernel's spanning tree on or off.
     *
     * @param on {@code true} for the kernel's STP, {@code false} for none
     * @return this spec with the STP state
     */
    public Bridge withStp(boolean on) {
        return new Bridge(name, on, forwardDelay, helloTime, maxAge, ageingTime, priority, vlanFiltering,
                multicastSnooping, vlanProtocol, options);
    }

    /**
     * {@code forward_delay}: how long a port listens and learns before it forwards.
     *
     * @param delay the time a port spends listening and learning, whole centiseconds
     * @return this spec with the forward delay
     * @throws IllegalArgumentException if {@code delay} is negative or not whole centiseconds
     */
    public Bridge withForwardDelay(Duration delay) {
        return new Bridge(name, stp, Objects.requireNonNull(delay, "delay"), helloTime, maxAge, ageingTime, priority,
                vlanFiltering, multicastSnooping, vlanProtocol, options);
    }

    /**
     * {@code hello_time}: the interval of STP hellos while this bridge is root.
     *
     * @param time whole centiseconds (the kernel accepts 1 to 10 s)
     * @return this spec with the hello time
     * @throws IllegalArgumentException if {@code time} is negative or not whole centiseconds
     */
    public Bridge withHelloTime(Duration time) {
        return new Bridge(name, stp, forwardDelay, Objects.requireNonNull(time, "time"), maxAge, ageingTime, priority,
                vlanFiltering, multicastSnooping, vlanProtocol, options);
    }

    /**
     * {@code max_age}: how long STP information received in a hello stays valid.
     *
     * @param age whole centiseconds (the kernel accepts 6 to 40 s)
     * @return this spec with the max age
     * @throws IllegalArgumentException if {@code age} is negative or not whole centiseconds
     */
    public Bridge withMaxAge(Duration age) {
        return new Bridge(name, stp, forwardDelay, helloTime, Objects.requireNonNull(age, "age"), ageingTime, priority,
                vlanFiltering, multicastSnooping, vlanProtocol, options);
    }

    /**
     * {@code vlan_filtering 1|0}. At creation only {@code true} is sent: off is the default, and
     * kernels without {@code CONFIG_BRIDGE_VLAN_FILTERING} refuse the attribute whatever its
     * value; {@link Links#change} sends either value, as {@code ip link set} does.
     *
     * @param on {@code true} to filter by VLAN; {@code false} is sent only by a change
     * @return this spec with VLAN filtering
     */
    public Bridge withVlanFiltering(boolean on) {
        return new Bridge(name, stp, forwardDelay, helloTime, maxAge, ageingTime, priority, on, multicastSnooping,
                vlanProtocol, options);
    }

    /**
     * {@code ageing_time}: how long a learned address stays in the forwarding database unseen.
     *
     * @param ageing how long a learned address stays in the FDB unseen, whole centiseconds
     * @return this spec with the ageing time
     * @throws IllegalArgumentException if {@code ageing} is negative or not whole centiseconds
     */
    public Bridge withAgeingTime(Duration ageing) {
        return new Bridge(name, stp, forwardDelay, helloTime, maxAge, Objects.requireNonNull(ageing, "ageing"),
                priority, vlanFiltering, multicastSnooping, vlanProtocol, options);
    }

    /**
     * {@code priority PRIO}: the STP bridge priority (the kernel's default: 32768).
     *
     * @param priority 0 to 65535; the lowest bridge id (priority, then MAC) becomes root
     * @return this spec with the priority
     * @throws IllegalArgumentException if {@code priority} is out of range
     */
    public Bridge withPriority(int priority) {
        return new Bridge(name, stp, forwardDelay, helloTime, maxAge, ageingTime, priority, vlanFiltering,
                multicastSnooping, vlanProtocol, options);
    }

    /**
     * {@code mcast_snooping 1|0}: IGMP/MLD snooping.
     *
     * @param on on or off
     * @return this spec with multicast snooping
     */
    public Bridge withMulticastSnooping(boolean on) {
        return new Bridge(name, stp, forwardDelay, helloTime, maxAge, ageingTime, priority, vlanFiltering, on,
                vlanProtocol, options);
    }

    /**
     * {@code vlan_protocol 802.1Q|802.1ad}.
     *
     * @param protocol the protocol
     * @return this spec with the VLAN protocol
     */
    public Bridge withVlanProtocol(VlanProtocol protocol) {
        return new Bridge(name, stp, forwardDelay, helloTime, maxAge, ageingTime, priority, vlanFiltering,
                multicastSnooping, Objects.requireNonNull(protocol, "protocol"), options);
    }

    @Override
    public String kind() {
        return "bridge";
    }

    @Override
    public Bridge withOptions(LinkOptions o) {
        return new Bridge(name, stp, forwardDelay, helloTime, maxAge, ageingTime, priority, vlanFiltering,
                multicastSnooping, vlanProtocol, Objects.requireNonNull(o, "options"));
    }

    @Override
    public Bridge withMtu(int mtu) {
        return withOptions(options.withMtu(mtu));
    }

    @Override
    public Bridge withMac(String mac) {
        return withOptions(options.withMac(mac));
    }

    @Override
    public Bridge withMac(MacAddress mac) {
        return withOptions(options.withMac(mac));
    }

    @Override
    public Bridge withGroup(int group) {
        return withOptions(options.withGroup(group));
    }

    @Override
    public Bridge withUp() {
        return withOptions(options.withUp());
    }

    @Override
    public Bridge withMaster(String master) {
        return withOptions(options.withMaster(master));
    }

    @Override
    public Bridge withQueues(int n) {
        return withOptions(options.withQueues(n));
    }

    /**
     * The {@code ip link add} arguments, in the order of the attributes they send:
     * {@code br0 type bridge stp_state 1 forward_delay 400 priority 100}.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(Specs.head(name, options)).append(" type bridge");
        if (stp != null) {
            s.append(" stp_state ").append(stp ? 1 : 0);
        }
        centis(s, " forward_delay ", forwardDelay);
        centis(s, " hello_time ", helloTime);
        centis(s, " max_age ", maxAge);
        centis(s, " ageing_time ", ageingTime);
        if (priority != null) {
            s.append(" priority ").append(priority);
        }
        if (vlanFiltering != null) {
            s.append(" vlan_filtering ").append(vlanFiltering ? 1 : 0);
        }
        if (multicastSnooping != null) {
            s.append(" mcast_snooping ").append(multicastSnooping ? 1 : 0);
        }
        if (vlanProtocol != null) {
            s.append(" vlan_protocol ").append(vlanProtocol);
        }
        return s.toString();
    }

    private static void centis(StringBuilder s, String word, Duration d) {
        if (d != null) {
            s.append(word).append(d.toMillis() / 10);
        }
    }
}
