package io.netlink4j.route.link;

import java.time.Duration;
import java.util.Objects;
import io.netlink4j.core.InterfaceName;

/**
 * A bridge: {@code ip link add NAME type bridge [stp_state 0|1] [forward_delay CS]
 * [vlan_filtering 0|1] [ageing_time CS]}. {@code null} options keep the kernel's defaults.
 *
 * @param stp            {@code IFLA_BR_STP_STATE}
 * @param forwardDelay   {@code IFLA_BR_FORWARD_DELAY}, sent in centiseconds (2 to 30 s with STP)
 * @param vlanFiltering  {@code IFLA_BR_VLAN_FILTERING}
 * @param ageingTime     {@code IFLA_BR_AGEING_TIME} of learned addresses, sent in centiseconds
 */
public record Bridge(String name, Boolean stp, Duration forwardDelay, Boolean vlanFiltering,
                     Duration ageingTime, LinkOptions options) implements LinkSpec {
    /** Checks the name and that durations are not negative. */
    public Bridge {
        InterfaceName.check(name);
        Objects.requireNonNull(options, "options");
        if (forwardDelay != null && forwardDelay.isNegative()) {
            throw new IllegalArgumentException("bridge " + name + ": forward delay " + forwardDelay + " is negative");
        }
        if (ageingTime != null && ageingTime.isNegative()) {
            throw new IllegalArgumentException("bridge " + name + ": ageing time " + ageingTime + " is negative");
        }
    }

    /** {@code ip link add NAME type bridge}. */
    public static Bridge of(String name) {
        return new Bridge(name, null, null, null, null, LinkOptions.DEFAULT);
    }

    /** {@code stp_state 1|0}. */
    public Bridge withStp(boolean on) {
        return new Bridge(name, on, forwardDelay, vlanFiltering, ageingTime, options);
    }

    /** {@code forward_delay}. */
    public Bridge withForwardDelay(Duration delay) {
        return new Bridge(name, stp, delay, vlanFiltering, ageingTime, options);
    }

    /** {@code vlan_filtering 1|0}. */
    public Bridge withVlanFiltering(boolean on) {
        return new Bridge(name, stp, forwardDelay, on, ageingTime, options);
    }

    /** {@code ageing_time}. */
    public Bridge withAgeingTime(Duration ageing) {
        return new Bridge(name, stp, forwardDelay, vlanFiltering, ageing, options);
    }

    @Override
    public String kind() {
        return "bridge";
    }

    @Override
    public Bridge withOptions(LinkOptions o) {
        return new Bridge(name, stp, forwardDelay, vlanFiltering, ageingTime, o);
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
}
