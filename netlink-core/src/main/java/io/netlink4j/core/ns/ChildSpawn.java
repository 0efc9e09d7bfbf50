package io.netlink4j.core.ns;

import static io.netlink4j.core.uapi.SysConst.*;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import io.netlink4j.core.Errno;
import io.netlink4j.core.SystemCallException;
import io.netlink4j.core.sys.Libc;
import java.io.File;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * One {@code posix_spawnp} with everything prepared beforehand, outside the namespace: the
 * argument and environment arrays, the file actions (the standard streams, the directory,
 * closing every other descriptor) and the attributes (an empty signal mask, every signal at
 * its default action, as a fresh process expects: the JVM's threads block and handle signals of
 * their own; glibc keeps its two internal signals, 32 and 33, ignored in every child, as in the
 * JDK's). {@link #spawn} is all that runs inside, on {@link InsideThread#spawn}'s thread.
 *
 * <p>glibc makes the child with {@code clone(CLONE_VM | CLONE_VFORK)} and {@code exec}s at once,
 * which is safe in a multithreaded process, and reports a failed {@code exec} or file action as
 * the call's result.
 */
final class ChildSpawn {
    private final MemorySegment state;
    private final MemorySegment pid;
    private final MemorySegment file;
    private final MemorySegment actions;
    private final MemorySegment attr;
    private final MemorySegment argv;
    private final MemorySegment envp;
    private boolean actionsReady;
    private boolean attrReady;

    /**
     * Prepares the spawn in {@code arena} (shared: the spawning thread reads it).
     *
     * @param stdio for each of descriptors 0, 1 and 2, the descriptor the child gets there, or
     *        -1 to inherit the JVM's; each is 3 or more, so no {@code dup2} overwrites another's source
     * @param mergeError whether descriptor 2 is a copy of 1 ({@code redirectErrorStream})
     */
    ChildSpawn(Arena arena, Charset cs, List<String> command, Map<String, String> env, File dir, int[] stdio,
               boolean mergeError) {
        state = Libc.newCallState(arena);
        pid = arena.allocate(JAVA_INT);
        argv = strings(arena, cs, command);
        envp = strings(arena, cs, env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        file = arena.allocateFrom(command.get(0), cs);
        actions = arena.allocate(SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T, 16);
        attr = arena.allocate(SIZEOF_POSIX_SPAWNATTR_T, 16);
        try {
            check(Libc.posixSpawnFileActionsInit(state, actions), "posix_spawn_file_actions_init");
            actionsReady = true;
            for (int target = 0; target < 3; target++) {
                if (stdio[target] >= 0) {
                    check(Libc.posixSpawnFileActionsAdddup2(state, actions, stdio[target], target),
                            "posix_spawn_file_actions_adddup2");
                }
            }
            if (mergeError) {
                check(Libc.posixSpawnFileActionsAdddup2(state, actions, 1, 2), "posix_spawn_file_actions_adddup2");
            }
            if (dir != null) {
                check(Libc.posixSpawnFileActionsAddchdir(state, actions, arena.allocateFrom(dir.getPath(), cs)),
                        "posix_spawn_file_actions_addchdir_np");
            }
            // The JVM opens many files without O_CLOEXEC (java.io does): none may reach the child.
            check(Libc.posixSpawnFileActionsAddclosefrom(state, actions, 3), "posix_spawn_file_actions_addclosefrom_np");
            check(Libc.posixSpawnattrInit(state, attr), "posix_spawnattr_init");
            attrReady = true;
            MemorySegment none = arena.allocate(SIZEOF_SIGSET_T, 8);
            MemorySegment all = arena.allocate(SIZEOF_SIGSET_T, 8);
            check(Libc.sigemptyset(state, none), "sigemptyset");
            check(Libc.sigfillset(state, all), "sigfillset");
            check(Libc.posixSpawnattrSetsigmask(state, attr, none), "posix_spawnattr_setsigmask");
            check(Libc.posixSpawnattrSetsigdefault(state, attr, all), "posix_spawnattr_setsigdefault");
            check(Libc.posixSpawnattrSetflags(state, attr, (short) (POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)),
                    "posix_spawnattr_setflags");
        } catch (RuntimeException | Error e) {
            destroy();
            throw e;
        }
    }

    /** A NULL-terminated {@code char *[]} of {@code values}. */
    private static MemorySegment strings(Arena arena, Charset cs, List<String> values) {
        MemorySegment array = arena.allocate(ADDRESS, values.size() + 1L);
        for (int i = 0; i < values.size(); i++) {
            array.setAtIndex(ADDRESS, i, arena.allocateFrom(values.get(i), cs));
        }
        array.setAtIndex(ADDRESS, values.size(), MemorySegment.NULL);
        return array;
    }

    private static void check(int error, String call) {
        if (error != 0) { // these return the error number instead of setting errno
            throw new SystemCallException(error, call, null);
        }
    }

    /** Runs inside: starts the child. Returns 0, or the error number of {@code posix_spawnp}. */
    int spawn() {
        return Libc.posixSpawnp(state, pid, file, actions, attr, argv, envp);
    }

    /** The child's process id, after {@link #spawn} returned 0. */
    int pid() {
        return pid.get(JAVA_INT, 0);
    }

    /** The {@link NamespaceSwitchEvent} outcome for {@link #spawn}'s result. */
    String outcome(int error) {
        Errno e = Errno.of(error);
        return error == 0 ? "ok" : "posix_spawnp: " + (e == null ? "error " + error : e.describe());
    }

    /** Frees what the C library allocated for the file actions; idempotent. */
    void destroy() {
        if (actionsReady) {
            Libc.posixSpawnFileActionsDestroy(state, actions);
            actionsReady = false;
        }
        if (attrReady) {
            Libc.posixSpawnattrDestroy(state, attr);
            attrReady = false;
        }
    }
}
