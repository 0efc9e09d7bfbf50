package io.netlink4j.core.ns;

import static io.netlink4j.core.uapi.SysConst.*;

import io.netlink4j.core.SystemCallException;
import io.netlink4j.core.sys.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A seccomp filter that stops the calling thread, for the rest of its life, from creating
 * threads or processes: {@code clone}, {@code clone3}, {@code fork} and {@code vfork} fail with
 * {@code EPERM}. Every other system call is allowed.
 *
 * <p>Linux copies the creating thread's namespaces into every new thread, and the JVM starts the
 * workers of its shared pools (virtual-thread carriers, the common pool, the process reaper) on
 * whichever thread first needs one, at any time. A thread that has entered a foreign namespace
 * and runs this filter therefore cannot make a shared worker that would live there: in Java the
 * attempt fails with {@code OutOfMemoryError: unable to create native thread}, and a process
 * start with an {@code IOException} ("Operation not permitted"). This holds however long the
 * thread stays inside, which no warming of pools can promise (idle workers retire after 30-60 s).
 *
 * <p>The filter is installed by the thread itself ({@code prctl(PR_SET_SECCOMP)}), needs
 * {@code CAP_SYS_ADMIN} (which {@code setns} needs anyway) or else sets {@code no_new_privs} on
 * the thread first, and is known for x86_64, aarch64 and riscv64; elsewhere {@link #install}
 * reports that it did nothing.
 */
final class ThreadFilter {
    private static final MemorySegment PROGRAM = program();

    private ThreadFilter() {}

    /** Whether this architecture has a filter. */
    static boolean supported() {
        return PROGRAM != null;
    }

    /**
     * Installs the filter on the calling thread.
     *
     * @return {@code false} on an architecture without a filter
     */
    static boolean install() {
        if (PROGRAM == null) {
            return false;
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = Libc.newCallState(a);
            if (Libc.prctl(st, PR_SET_SECCOMP, SECCOMP_MODE_FILTER, PROGRAM) == 0) {
                return true;
            }
            if (Libc.errno(st) != EACCES) {
                throw new SystemCallException(Libc.errno(st), "prctl(PR_SET_SECCOMP)", null);
            }
            // Without CAP_SYS_ADMIN the kernel wants no_new_privs first (seccomp(2)).
            Libc.check(Libc.prctl(st, PR_SET_NO_NEW_PRIVS, 1, MemorySegment.NULL), st, "prctl(PR_SET_NO_NEW_PRIVS)");
            Libc.check(Libc.prctl(st, PR_SET_SECCOMP, SECCOMP_MODE_FILTER, PROGRAM), st, "prctl(PR_SET_SECCOMP)");
            return true;
        }
    }

    /** The {@code struct sock_fprog} for this architecture, or null if unknown. */
    private static MemorySegment program() {
        int arch;
        int clone;
        int fork;
        int vfork;
        switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> {
                arch = AUDIT_ARCH_X86_64;
                clone = NR_CLONE_X86_64;
                fork = NR_FORK_X86_64;
                vfork = NR_VFORK_X86_64;
            }
            case "aarch64" -> {
                arch = AUDIT_ARCH_AARCH64;
                clone = fork = vfork = NR_CLONE_GENERIC;
            }
            case "riscv64" -> {
                arch = AUDIT_ARCH_RISCV64;
                clone = fork = vfork = NR_CLONE_GENERIC;
            }
            default -> {
                return null;
            }
        }
        int[][] code = {
            {BPF_LD | BPF_W | BPF_ABS, 0, 0, 4},            // 0: A = seccomp_data.arch
            {BPF_JMP | BPF_JEQ | BPF_K, 0, 6, arch},         // 1: another ABI: allow (8)
            {BPF_LD | BPF_W | BPF_ABS, 0, 0, 0},            // 2: A = seccomp_data.nr
            {BPF_JMP | BPF_JEQ | BPF_K, 3, 0, NR_CLONE3},    // 3: deny (7)
            {BPF_JMP | BPF_JEQ | BPF_K, 2, 0, clone},        // 4: deny
            {BPF_JMP | BPF_JEQ | BPF_K, 1, 0, fork},         // 5: deny
            {BPF_JMP | BPF_JEQ | BPF_K, 0, 1, vfork},        // 6: deny, else allow
            {BPF_RET | BPF_K, 0, 0, SECCOMP_RET_ERRNO | EPERM}, // 7
            {BPF_RET | BPF_K, 0, 0, SECCOMP_RET_ALLOW},      // 8
        };
        Arena arena = Arena.global();
        MemorySegment filter = arena.allocate(8L * code.length, 8);
        for (int i = 0; i < code.length; i++) {
            long o = 8L * i; // struct sock_filter { u16 code; u8 jt; u8 jf; u32 k; }
            filter.set(ValueLayout.JAVA_SHORT, o, (short) code[i][0]);
            filter.set(ValueLayout.JAVA_BYTE, o + 2, (byte) code[i][1]);
            filter.set(ValueLayout.JAVA_BYTE, o + 3, (byte) code[i][2]);
            filter.set(ValueLayout.JAVA_INT, o + 4, code[i][3]);
        }
        MemorySegment prog = arena.allocate(16, 8); // struct sock_fprog { u16 len; struct sock_filter *filter; }
        prog.set(ValueLayout.JAVA_SHORT, 0, (short) code.length);
        prog.set(ValueLayout.ADDRESS, 8, filter);
        return prog;
    }
}
