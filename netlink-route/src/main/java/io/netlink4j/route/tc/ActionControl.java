package io.netlink4j.route.tc;

import io.netlink4j.route.uapi.PktClsH;
import java.util.Optional;

/**
 * What happens to a packet after an action ({@code TC_ACT_*}), in {@code tc}'s words: the
 * verdict of a {@link Gact}, a {@link Police} action's conform and exceed branches.
 */
public enum ActionControl {
    /** {@code continue}: go on with the next filter. */
    CONTINUE(PktClsH.TC_ACT_UNSPEC, "continue"),
    /** {@code pass} ({@code ok}): accept the packet, classified. */
    PASS(PktClsH.TC_ACT_OK, "pass"),
    /** {@code reclassify}: restart classification. */
    RECLASSIFY(PktClsH.TC_ACT_RECLASSIFY, "reclassify"),
    /** {@code drop} ({@code shot}): drop the packet. */
    DROP(PktClsH.TC_ACT_SHOT, "drop"),
    /** {@code pipe}: go on with the next action. */
    PIPE(PktClsH.TC_ACT_PIPE, "pipe"),
    /** {@code stolen}: the action consumed the packet (a redirect). */
    STOLEN(PktClsH.TC_ACT_STOLEN, "stolen"),
    /** {@code trap}: hand the packet to the CPU (hardware offload). */
    TRAP(PktClsH.TC_ACT_TRAP, "trap");

    private final int code;
    private final String word;

    ActionControl(int code, String word) {
        this.code = code;
        this.word = word;
    }

    /**
     * The kernel's {@code TC_ACT_*} value.
     *
     * @return the {@code TC_ACT_*} value, e.g. 2 for {@link #DROP}
     */
    public int code() {
        return code;
    }

    /**
     * The control for a kernel value, or empty for one without a name here ({@code goto chain}, {@code jump}).
     *
     * @param code a {@code TC_ACT_*} value as the kernel reports it
     * @return the control, or empty for a value without a name here
     */
    public static Optional<ActionControl> fromCode(int code) {
        for (ActionControl c : values()) {
            if (c.code == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** {@code tc}'s word: {@code pass}, {@code drop}. */
    @Override
    public String toString() {
        return word;
    }
}
