package io.netlink4j.route.tc;

import java.util.List;
import java.util.Objects;

/**
 * {@code bpf}: an eBPF program of type {@code BPF_PROG_TYPE_SCHED_CLS} classifies the packets.
 * The program is loaded elsewhere (libbpf, {@code bpf(2)}) and handed over by its descriptor;
 * with direct action its return value is the verdict ({@code TC_ACT_*}), otherwise a class id.
 *
 * <pre>{@code
 * // tc filter add dev veth-a ingress bpf da fd 7 name tc-pass
 * FilterSpec.ingress("veth-a", Bpf.of(programFd).withName("tc-pass").withDirectAction())
 * }</pre>
 *
 * <p>What the kernel reports carries no descriptor ({@code fd} -1) but the program's id.
 *
 * @param fd           the loaded program's descriptor in this process, or -1 in what the kernel reports
 * @param name         a name shown by {@code tc filter show} (tc puts {@code file:[section]} here), or {@code null}
 * @param directAction whether the program's return value is the verdict ({@code da})
 * @param classId      the class for a non-direct-action program's 0 return, or {@link TcHandle#UNSPEC}
 * @param actions      actions after the program, in order
 * @param programId    the kernel's id of the program ({@code TCA_BPF_ID}), 0 in a spec
 */
public record Bpf(int fd, String name, boolean directAction, TcHandle classId, List<TcAction> actions, int programId)
        implements FilterKind {
    /** Checks the descriptor and the name. */
    public Bpf {
        if (fd < -1) {
            throw new IllegalArgumentException("bpf program descriptor " + fd + " is negative");
        }
        if (name != null && (name.isEmpty() || name.indexOf('\0') >= 0 || name.length() > 255)) {
            throw new IllegalArgumentException("bpf name '" + name + "' must be 1 to 255 characters without NUL");
        }
        Objects.requireNonNull(classId, "classId");
        actions = Kinds.actions(actions);
    }

    /**
     * {@code bpf fd FD}: the program loaded as {@code fd}.
     *
     * @param fd the descriptor {@code bpf(BPF_PROG_LOAD)} returned; the kernel takes its own reference when the filter
     *     is added
     * @return the classifier, without name, direct action, class or actions
     * @throws IllegalArgumentException if {@code fd} is negative
     */
    public static Bpf of(int fd) {
        if (fd < 0) {
            throw new IllegalArgumentException("bpf program descriptor " + fd + " is negative");
        }
        return new Bpf(fd, null, false, TcHandle.UNSPEC, List.of(), 0);
    }

    /**
     * {@code name NAME}.
     *
     * @param name 1 to 255 characters without NUL
     * @return this classifier with the name
     * @throws IllegalArgumentException if {@code name} breaks that rule
     */
    public Bpf withName(String name) {
        return new Bpf(fd, Objects.requireNonNull(name, "name"), directAction, classId, actions, programId);
    }

    /**
     * {@code da}: the program's return value is the verdict.
     *
     * @return this classifier with direct action
     */
    public Bpf withDirectAction() {
        return new Bpf(fd, name, true, classId, actions, programId);
    }

    /**
     * {@code classid 1:10} ({@link TcHandle#parse}).
     *
     * @param classId a class as {@code tc} writes it, e.g. {@code "1:10"}
     * @return this classifier with the class
     * @throws IllegalArgumentException if {@code classId} is malformed
     */
    public Bpf withClassId(String classId) {
        return withClassId(TcHandle.parse(classId));
    }

    /**
     * {@code classid C}.
     *
     * @param classId the class a non-direct-action program's 0 return sends packets to
     * @return this classifier with the class
     */
    public Bpf withClassId(TcHandle classId) {
        return new Bpf(fd, name, directAction, classId, actions, programId);
    }

    /**
     * {@code action ...}: appends an action.
     *
     * @param action the action, run after the ones added before
     * @return this classifier with the action appended
     */
    public Bpf withAction(TcAction action) {
        return new Bpf(fd, name, directAction, classId, Kinds.plus(actions, action), programId);
    }

    /** {@code "bpf"}. */
    @Override
    public String kind() {
        return "bpf";
    }

    /** {@code bpf fd 7 name tc-pass direct-action}, or {@code bpf name tc-pass direct-action id 42} for what the kernel reports. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("bpf");
        if (fd >= 0) {
            b.append(" fd ").append(fd);
        }
        if (name != null) {
            b.append(" name ").append(name);
        }
        if (directAction) {
            b.append(" direct-action");
        }
        if (programId != 0) {
            b.append(" id ").append(Integer.toUnsignedString(programId));
        }
        return Kinds.appendTarget(b, classId, actions).toString();
    }
}
