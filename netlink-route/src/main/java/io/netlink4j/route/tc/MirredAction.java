package io.netlink4j.route.tc;

import io.netlink4j.route.uapi.TcActH;
import java.util.Optional;

/** What mirred does with a packet, and which way it sends it ({@code TCA_*_REDIR}, {@code TCA_*_MIRROR}). */
public enum MirredAction {
    /** {@code egress redirect}: out of the target device, instead of on. */
    EGRESS_REDIRECT(TcActH.TCA_EGRESS_REDIR, "egress redirect"),
    /** {@code egress mirror}: a copy out of the target device. */
    EGRESS_MIRROR(TcActH.TCA_EGRESS_MIRROR, "egress mirror"),
    /** {@code ingress redirect}: into the target device, as if received there. */
    INGRESS_REDIRECT(TcActH.TCA_INGRESS_REDIR, "ingress redirect"),
    /** {@code ingress mirror}: a copy into the target device. */
    INGRESS_MIRROR(TcActH.TCA_INGRESS_MIRROR, "ingress mirror");

    private final int code;
    private final String words;

    MirredAction(int code, String words) {
        this.code = code;
        this.words = words;
    }

    /**
     * The kernel's {@code eaction} value.
     *
     * @return the {@code TCA_*_REDIR} or {@code TCA_*_MIRROR} value
     */
    public int code() {
        return code;
    }

    /**
     * Whether the packet itself goes (a redirect) rather than a copy (a mirror).
     *
     * @return {@code true} for the two redirects, {@code false} for the mirrors
     */
    public boolean isRedirect() {
        return this == EGRESS_REDIRECT || this == INGRESS_REDIRECT;
    }

    /**
     * The action for a kernel value, or empty.
     *
     * @param code an {@code eaction} value as the kernel reports it
     * @return the action, or empty for a value without a name here
     */
    public static Optional<MirredAction> fromCode(int code) {
        for (MirredAction a : values()) {
            if (a.code == code) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** {@code tc}'s words: {@code egress redirect}. */
    @Override
    public String toString() {
        return words;
    }
}
