package io.netlink4j.route.tc;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;

/**
 * Loads the smallest tc eBPF programs with {@code bpf(BPF_PROG_LOAD)} through the FFM API, for
 * the bpf classifier's kernel test: {@code r0 = VERDICT; exit}, of type
 * {@code BPF_PROG_TYPE_SCHED_CLS}. The library attaches programs; loading them is the caller's
 * business (libbpf, or this).
 */
@SuppressWarnings("restricted") // the bpf(2) and close(2) downcalls are its purpose; tests enable native access
final class BpfPrograms {
    private static final int BPF_PROG_LOAD = 5;
    private static final int BPF_PROG_TYPE_SCHED_CLS = 3;
    private static final long SYS_BPF = System.getProperty("os.arch").equals("aarch64") ? 280 : 321;
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MemoryLayout STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle SYSCALL = LINKER.downcallHandle(LINKER.defaultLookup().find("syscall").orElseThrow(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT),
            Linker.Option.firstVariadicArg(1), Linker.Option.captureCallState("errno"));
    private static final MethodHandle CLOSE = LINKER.downcallHandle(LINKER.defaultLookup().find("close").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    private BpfPrograms() {}

    /** Loads {@code r0 = verdict; exit} (a {@code TC_ACT_*} value for direct action) and returns its descriptor. */
    static int load(int verdict, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment insns = arena.allocate(16, 8);
            // BPF_ALU64 | BPF_MOV | BPF_K: r0 = imm.
            insns.set(JAVA_BYTE, 0, (byte) 0xb7);
            insns.set(JAVA_INT, 4, verdict);
            // BPF_JMP | BPF_EXIT.
            insns.set(JAVA_BYTE, 8, (byte) 0x95);
            MemorySegment license = arena.allocateFrom("GPL");
            MemorySegment log = arena.allocate(4096);
            // union bpf_attr for BPF_PROG_LOAD: prog_type, insn_cnt, insns, license, log_level, log_size, log_buf,
            // kern_version, prog_flags, prog_name[16]; the rest zero.
            MemorySegment attr = arena.allocate(128, 8);
            attr.set(JAVA_INT, 0, BPF_PROG_TYPE_SCHED_CLS);
            attr.set(JAVA_INT, 4, 2);
            attr.set(JAVA_LONG, 8, insns.address());
            attr.set(JAVA_LONG, 16, license.address());
            attr.set(JAVA_INT, 24, 1);
            attr.set(JAVA_INT, 28, (int) log.byteSize());
            attr.set(JAVA_LONG, 32, log.address());
            byte[] n = name.getBytes(StandardCharsets.US_ASCII);
            MemorySegment.copy(n, 0, attr, JAVA_BYTE, 48, Math.min(n.length, 15));
            MemorySegment state = arena.allocate(STATE);
            long fd = (long) SYSCALL.invokeExact(state, SYS_BPF, BPF_PROG_LOAD, attr, (int) attr.byteSize());
            if (fd < 0) {
                throw new IllegalStateException("bpf(BPF_PROG_LOAD) failed, errno " + (int) ERRNO.get(state, 0L) + ": "
                        + log.getString(0));
            }
            return (int) fd;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Closes a program descriptor (an attached program stays loaded: the filter holds it). */
    static void close(int fd) {
        try {
            int r = (int) CLOSE.invokeExact(fd);
            if (r != 0) {
                throw new IllegalStateException("close(" + fd + ") failed");
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
