package io.netlink4j.route.address;

import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.message.Message;
import io.netlink4j.route.route.RouteScope;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.List;

/**
 * An address on a device, as the kernel reports it ({@code RTM_NEWADDR}) and {@code ip addr}
 * shows it.
 *
 * @param family            IPv4 or IPv6
 * @param cidr              the device's own address and prefix length ({@code IFA_LOCAL}, else {@code IFA_ADDRESS})
 * @param peer              the other end of a point-to-point link ({@code IFA_ADDRESS} when it differs
 *                          from {@code IFA_LOCAL}), or {@code null}
 * @param dev               the device's name, or {@code null} if it could not be resolved (gone, or parsed
 *                          without a name lookup)
 * @param index             the device's index ({@code ifa_index})
 * @param broadcast         {@code IFA_BROADCAST}, or {@code null}
 * @param label             {@code IFA_LABEL} (IPv4), or {@code null}
 * @param scope             {@code ifa_scope}, or {@code null} for a number without a name
 * @param flags             {@code IFA_FLAGS} (or {@code ifa_flags} without it)
 * @param metric            {@code IFA_RT_PRIORITY}: the metric of the subnet's route, 0 when not set
 * @param validLifetime     from {@code IFA_CACHEINFO}; {@link #FOREVER} for a permanent address, {@code null} if not sent
 * @param preferredLifetime from {@code IFA_CACHEINFO}; {@link #FOREVER} or {@code null} likewise
 * @param unknown           attributes this record does not model, in the order the kernel sent them
 */
public record Address(AddressFamily family, Cidr cidr, InetAddress peer, String dev, int index,
                      InetAddress broadcast, String label, RouteScope scope, Set<AddressFlag> flags, long metric,
                      Duration validLifetime, Duration preferredLifetime, List<RawAttribute> unknown) {
    /** The lifetime of an address that never expires ({@code INFINITY_LIFE_TIME}, {@code ip}'s {@code forever}). */
    public static final Duration FOREVER = Duration.ofSeconds(0xffff_ffffL);

    /** Copies the collections. */
    public Address {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(cidr, "cidr");
        flags = Set.copyOf(flags);
        unknown = List.copyOf(unknown);
    }

    /**
     * Whether {@link AddressFlag#SECONDARY} is set: another address of the same IPv4 subnet came first.
     *
     * @return whether another address of the same IPv4 subnet was on the device first
     */
    public boolean isSecondary() {
        return flags.contains(AddressFlag.SECONDARY);
    }

    /**
     * Whether {@link AddressFlag#TENTATIVE} is set: IPv6 duplicate address detection still runs.
     *
     * @return whether the IPv6 address is still tentative (not yet usable as a source)
     */
    public boolean isTentative() {
        return flags.contains(AddressFlag.TENTATIVE);
    }

    /** This address with {@code dev} as the device's name. */
    Address withDev(String dev) {
        return new Address(family, cidr, peer, dev, index, broadcast, label, scope, flags, metric, validLifetime,
                preferredLifetime, unknown);
    }

    /**
     * As {@code ip addr} prints it, with the device:
     * {@code 10.0.0.1/24 brd 10.0.0.255 dev veth0 scope global veth0:1}, {@code fd00::1/64 dev veth0 scope global nodad}.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append(cidr);
        if (peer != null) {
            b.append(" peer ").append(Cidr.format(peer));
        }
        if (broadcast != null) {
            b.append(" brd ").append(Cidr.format(broadcast));
        }
        b.append(" dev ").append(dev != null ? dev : "if" + Integer.toUnsignedString(index));
        b.append(" scope ").append(scope != null ? scope.toString() : "unknown");
        for (AddressFlag f : AddressFlag.values()) {
            if (flags.contains(f) && f != AddressFlag.PERMANENT) {
                b.append(' ').append(f);
            }
        }
        if (!flags.contains(AddressFlag.PERMANENT)) {
            b.append(" dynamic");
        }
        if (label != null && !label.equals(dev)) {
            b.append(' ').append(label);
        }
        if (metric != 0) {
            b.append(" metric ").append(metric);
        }
        return b.toString();
    }

    /**
     * The address an {@code RTM_NEWADDR}/{@code RTM_DELADDR} message describes (a dump reply or an
     * event), with {@code dev} left {@code null}; {@code null} for families other than IPv4 and IPv6.
     *
     * @param m an {@code RTM_NEWADDR} or {@code RTM_DELADDR} message
     * @return the address, or {@code null} for a family other than IPv4 and IPv6
     * @throws io.netlink4j.core.ProtocolException if the message is malformed
     */
    public static Address parse(Message m) {
        return AddressCodec.parse(m, i -> null);
    }

    /**
     * {@link #parse(Message)} naming the device through {@code deviceNames} (index to name, or
     * {@code null} when unknown).
     *
     * @param m an {@code RTM_NEWADDR} or {@code RTM_DELADDR} message
     * @param deviceNames maps a device index to its name, or to {@code null} when it does not know it
     * @return the address, or {@code null} for a family other than IPv4 and IPv6
     */
    public static Address parse(Message m, IntFunction<String> deviceNames) {
        return AddressCodec.parse(m, Objects.requireNonNull(deviceNames, "deviceNames"));
    }
}
