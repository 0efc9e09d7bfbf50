package io.netlink4j.route.link;

import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.MacAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * A bridge: {@code ip link add NAME type bridge [stp_state 0|1] [forward_delay CS]
 * [ageing_time CS] [vlan_filtering 0|1] [mcast_snooping 0|1] [vlan_protocol 802.1Q|802.1ad]}.
 * {@code null} options keep the kernel's defaults and are not sent. Timers are
 * {@link Duration}s; the kernel keeps them in centiseconds, so they must
 * be whole centiseconds.
 *
 * @param name           the bridge's name
 * @param stp            {@code IFLA_BR_STP_STATE}
 * @param forwardDelay   {@code IFLA_BR_FORWARD_DELAY} (2 to 30 s when STP is on)
 * @param vlanFiltering  {@code IFLA_BR_VLAN_FILTERING}
 * @param ageingTime     {@code IFLA_BR_AGEING_TIME} of learned addresses
 * @param multicastSnooping {@code IFLA_BR_MCAST_SNOOPING}: IGMP/MLD snooping, so multicast goes only
 *                       to the ports that joined (the kernel's default: on)
 * @param vlanProtocol   {@code IFLA_BR_VLAN_PROTOCOL}: the tag a VLAN-filtering bridge adds and
 *                       reads (the kernel's default: 802.1Q)
 * @param options        the options every link has
 */
public record Bridge(String name, Boolean stp, Duration forwardDelay, Boolean vlanFiltering,
                     Duration ageingTime, Boolean multicastSnooping, VlanProtocol vlanProtocol,
                     LinkOptions options) implements LinkSpec {
    /** Checks the name, and that the timers are whole, non-negative centiseconds. */
    public Bridge {
        InterfaceName.check(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(options, "options");
        Specs.centiseconds(forwardDelay, "forward delay", "bridge " + name);
        Specs.centiseconds(ageingTime, "ageing time", "bridge " + name);
    }

    /**
     * {@code ip link add NAME type bridge}.
     *
     * @param name the bridge's name
     * @return the spec, every bridge option the kernel's default
     * @throws IllegalArgumentException if {@code name} is not a valid device name
     */
    public static Bridge of(String name) {
        return new Bridge(name, null, null, null, null, null, null, LinkOptions.DEFAULT);
    }

    /**
     * {@code stp_state 1|0}.
     *
     * @param on {@code true} for the kernel's STP, {@code false} for none
     * @return this spec with the STP state
     */
    public Bridge withStp(boolean on) {
        return new Bridge(name, on, forwardDelay, vlanFiltering, ageingTime, multicastSnooping, vlanProtocol, options);
    }

    /**
     * {@code forward_delay}.
     *
     * @param delay the time a port spends listening and learning, whole centiseconds
     * @return this spec with the forward delay
     * @throws IllegalArgumentException if {@code delay} is negative or not whole centiseconds
     */
    public Bridge withForwardDelay(Duration delay) {
        return new Bridge(name, stp, Objects.requireNonNull(delay, "delay"), vlanFiltering, ageingTime,
                multicastSnooping, vlanProtocol, options);
    }

    /**
     * {@code vlan_filtering 1|0}. Only {@code true} is sent: off is the default, and kernels
     * without {@code CONFIG_BRIDGE_VLAN_FILTERING} refuse the attribute whatever its value.
     *
     * @param on {@code true} to filter by VLAN; {@code false} sends nothing
     * @return this spec with VLAN filtering
     */
    public Bridge withVlanFiltering(boolean on) {
        return new Bridge(name, stp, forwardDelay, on, ageingTime, multicastSnooping, vlanProtocol, options);
    }

    /**
     * {@code ageing_time}.
     *
     * @param ageing how long a learned address stays in the FDB unseen, whole centiseconds
     * @return this spec with the ageing time
     * @throws IllegalArgumentException if {@code ageing} is negative or not whole centiseconds
     */
    public Bridge withAgeingTime(Duration ageing) {
        return new Bridge(name, stp, forwardDelay, vlanFiltering, Objects.requireNonNull(ageing, "ageing"),
                multicastSnooping, vlanProtocol, options);
    }

    /**
     * {@code mcast_snooping 1|0}: IGMP/MLD snooping.
     *
     * @param on on or off
     * @return the changed copy
     */
    public Bridge withMulticastSnooping(boolean on) {
        return new Bridge(name, stp, forwardDelay, vlanFiltering, ageingTime, on, vlanProtocol, options);
    }

    /**
     * {@code vlan_protocol 802.1Q|802.1ad}.
     *
     * @param protocol the protocol
     * @return the changed copy
     */
    public Bridge withVlanProtocol(VlanProtocol protocol) {
        return new Bridge(name, stp, forwardDelay, vlanFiltering, ageingTime, multicastSnooping,
                Objects.requireNonNull(protocol, "protocol"), options);
    }

    @Override
    public String kind() {
        return "bridge";
    }

    @Override
    public Bridge withOptions(LinkOptions o) {
        return new Bridge(name, stp, forwardDelay, vlanFiltering, ageingTime,
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

    /** The {@code ip link add} arguments: {@code br0 type bridge stp_state 1 forward_delay 400}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(Specs.head(name, options)).append(" type bridge");
        if (stp != null) {
            s.append(" stp_state ").append(stp ? 1 : 0);
        }
        if (forwardDelay != null) {
            s.append(" forward_delay ").append(forwardDelay.toMillis() / 10);
        }
        if (ageingTime != null) {
            s.append(" ageing_time ").append(ageingTime.toMillis() / 10);
        }
        if (Boolean.TRUE.equals(vlanFiltering)) {
            s.append(" vlan_filtering 1");
        }
        if (multicastSnooping != null) {
            s.append(" mcast_snooping ").append(multicastSnooping ? 1 : 0);
        }
        if (vlanProtocol != null) {
            s.append(" vlan_protocol ").append(vlanProtocol);
        }
        return s.toString();
    }
}
