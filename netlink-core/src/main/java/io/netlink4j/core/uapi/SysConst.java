package io.netlink4j.core.uapi;

/** Socket, file and namespace constants from the C library and kernel headers. */
public final class SysConst {
    private SysConst() {}

    // <bits/socket.h>
    /** Address family: any (a dump of every family). */
    public static final int AF_UNSPEC = 0;
    /** Address family: IPv4. */
    public static final int AF_INET = 2;
    /** Address family: bridge (FDB entries, bridge port and VLAN messages). */
    public static final int AF_BRIDGE = 7;
    /** Address family of netlink sockets. */
    public static final int AF_NETLINK = 16;
    /** Address family of packet sockets. */
    public static final int AF_PACKET = 17;
    /** Address family: IPv6. */
    public static final int AF_INET6 = 10;
    /** Socket type: a byte stream (TCP). */
    public static final int SOCK_STREAM = 1;
    /** Socket type: datagrams (netlink, UDP, unprivileged ICMP). */
    public static final int SOCK_DGRAM = 2;
    /** Socket type: raw. */
    public static final int SOCK_RAW = 3;
    /** Socket type flag: non-blocking. */
    public static final int SOCK_NONBLOCK = 0x800;
    /** Socket type flag: close on exec, so no child process inherits the socket. */
    public static final int SOCK_CLOEXEC = 0x80000;
    /** Socket option level of the generic options. */
    public static final int SOL_SOCKET = 1;
    /** Socket option: send buffer size, capped by {@code net.core.wmem_max}. */
    public static final int SO_SNDBUF = 7;
    /** Socket option: receive buffer size, capped by {@code net.core.rmem_max}. */
    public static final int SO_RCVBUF = 8;
    /** Socket option: send buffer size past the cap; needs {@code CAP_NET_ADMIN}. */
    public static final int SO_SNDBUFFORCE = 32;
    /** Socket option: receive buffer size past the cap; needs {@code CAP_NET_ADMIN}. */
    public static final int SO_RCVBUFFORCE = 33;
    /** Socket option: receive timeout ({@code struct timeval}). */
    public static final int SO_RCVTIMEO = 20;
    /** Receive flag: leave the datagram queued. */
    public static final int MSG_PEEK = 0x2;
    /** Receive flag: return the datagram's real length, also when it did not fit. */
    public static final int MSG_TRUNC = 0x20;
    /** Receive flag: do not block ({@code EAGAIN} when nothing is queued). */
    public static final int MSG_DONTWAIT = 0x40;
    /** IP protocol: ICMP, for unprivileged ping sockets. */
    public static final int IPPROTO_ICMP = 1;
    /** IP protocol: ICMPv6. */
    public static final int IPPROTO_ICMPV6 = 58;
    /** IP protocol: TCP. */
    public static final int IPPROTO_TCP = 6;
    /** IP protocol: UDP. */
    public static final int IPPROTO_UDP = 17;

    // <fcntl.h>
    /** Open flag: read only. */
    public static final int O_RDONLY = 0;
    /** Open flag: write only. */
    public static final int O_WRONLY = 1;
    /** Open flag: read and write. */
    public static final int O_RDWR = 2;
    /** Open flag: create the file if absent. */
    public static final int O_CREAT = 0100;
    /** Open flag: with {@code O_CREAT}, fail with {@code EEXIST} if the file exists. */
    public static final int O_EXCL = 0200;
    /** Open flag: close on exec. */
    public static final int O_CLOEXEC = 02000000;
    /** Open flag: truncate to length 0. */
    public static final int O_TRUNC = 01000;
    /** Open flag: every write goes to the end. */
    public static final int O_APPEND = 02000;
    /** {@code fcntl} command: duplicate to the lowest free number at or above the argument, close on exec. */
    public static final int F_DUPFD_CLOEXEC = 1030;

    // <sys/eventfd.h>
    /** {@code eventfd} flag: close on exec. */
    public static final int EFD_CLOEXEC = 02000000;

    // <poll.h>
    /** {@code poll} event: data to read. */
    public static final short POLLIN = 0x1;
    /** {@code poll} event: an error condition. */
    public static final short POLLERR = 0x8;
    /** {@code poll} event: the peer hung up. */
    public static final short POLLHUP = 0x10;
    /** {@code poll} event: the descriptor is not open. */
    public static final short POLLNVAL = 0x20;

    // <signal.h>, <sys/wait.h>
    /** Signal 9: kill, which cannot be caught. */
    public static final int SIGKILL = 9;
    /** Signal 15: terminate, the polite request. */
    public static final int SIGTERM = 15;
    /** {@code waitpid} option: return at once if no child has changed state. */
    public static final int WNOHANG = 1;

    // <spawn.h> (glibc): flags, and the sizes of the opaque types on 64-bit Linux, checked with
    // sizeof in gcc (posix_spawnattr_t 336, posix_spawn_file_actions_t 80, sigset_t 128)
    /**
     * {@code posix_spawnattr_setflags} flag: reset the signals of the attribute's set to their
     * default action.
     */
    public static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    /** {@code posix_spawnattr_setflags} flag: give the child the attribute's signal mask. */
    public static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    /** Bytes of glibc's {@code posix_spawnattr_t}. */
    public static final long SIZEOF_POSIX_SPAWNATTR_T = 336;
    /** Bytes of glibc's {@code posix_spawn_file_actions_t}. */
    public static final long SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T = 80;
    /** Bytes of glibc's {@code sigset_t}. */
    public static final long SIZEOF_SIGSET_T = 128;

    // <linux/sched.h>
    /** Clone flag: a thread of the same process, not a new process. */
    public static final int CLONE_THREAD = 0x00010000;
    /** Clone flag and namespace type: a new mount namespace. */
    public static final int CLONE_NEWNS = 0x00020000;
    /** Clone flag and namespace type: a new network namespace. */
    public static final int CLONE_NEWNET = 0x40000000;

    // <linux/nsfs.h>: _IO(0xb7, 0x3), answers the CLONE_NEW* type of a namespace file
    /** {@code ioctl} request on a namespace file: its {@code CLONE_NEW*} type. */
    public static final long NS_GET_NSTYPE = 0xb703;

    // <linux/mount.h>
    /** Mount flag: a bind mount. */
    public static final long MS_BIND = 4096;
    /** Mount flag: apply to every mount below too. */
    public static final long MS_REC = 16384;
    /** Mount flag: shared propagation, so mounts below appear in every peer. */
    public static final long MS_SHARED = 1 << 20;
    /** Mount flag: receive propagation from the master, send none back. */
    public static final long MS_SLAVE = 1 << 19;
    /** {@code umount2} flag: detach now, free when no longer busy (lazy unmount). */
    public static final int MNT_DETACH = 2;

    // <linux/prctl.h>
    /** {@code prctl} option: install a seccomp filter. */
    public static final int PR_SET_SECCOMP = 22;
    /**
     * {@code prctl} option: the thread and its children can gain no privileges; needed for a filter
     * without {@code CAP_SYS_ADMIN}.
     */
    public static final int PR_SET_NO_NEW_PRIVS = 38;

    // <linux/seccomp.h>; struct seccomp_data: nr at 0, arch at 4, args[6] (u64) from 16
    /** Seccomp mode: a BPF filter decides per system call. */
    public static final int SECCOMP_MODE_FILTER = 2;
    /** Filter verdict: fail the call with the errno in the low 16 bits. */
    public static final int SECCOMP_RET_ERRNO = 0x00050000;
    /** Filter verdict: allow the call. */
    public static final int SECCOMP_RET_ALLOW = 0x7fff0000;

    // <linux/bpf_common.h>
    /** Classic BPF instruction class: load into the accumulator. */
    public static final int BPF_LD = 0x00;
    /** Classic BPF instruction class: jump. */
    public static final int BPF_JMP = 0x05;
    /** Classic BPF instruction class: return a verdict. */
    public static final int BPF_RET = 0x06;
    /** Classic BPF size: a 32-bit word. */
    public static final int BPF_W = 0x00;
    /** Classic BPF mode: at an absolute offset of the input ({@code struct seccomp_data}). */
    public static final int BPF_ABS = 0x20;
    /** Classic BPF jump: if equal. */
    public static final int BPF_JEQ = 0x10;
    /** Classic BPF jump: if any of the bits is set. */
    public static final int BPF_JSET = 0x40;
    /** Classic BPF source: the instruction's constant. */
    public static final int BPF_K = 0x00;

    // <linux/audit.h>
    /** {@code seccomp_data.arch} of x86_64. */
    public static final int AUDIT_ARCH_X86_64 = 0xc000003e;
    /** {@code seccomp_data.arch} of aarch64. */
    public static final int AUDIT_ARCH_AARCH64 = 0xc00000b7;
    /** {@code seccomp_data.arch} of riscv64. */
    public static final int AUDIT_ARCH_RISCV64 = 0xc00000f3;

    // <asm/unistd.h>: clone3 and the pidfd calls have one number everywhere (every number from
    // 403 on is shared by all architectures); the others are per architecture
    // (asm-generic, for aarch64 and riscv64, has no fork or vfork)
    /** System call number of {@code clone3}, on every architecture. */
    public static final int NR_CLONE3 = 435;
    /** System call number of {@code clone} on x86_64. */
    public static final int NR_CLONE_X86_64 = 56;
    /** System call number of {@code fork} on x86_64. */
    public static final int NR_FORK_X86_64 = 57;
    /** System call number of {@code vfork} on x86_64. */
    public static final int NR_VFORK_X86_64 = 58;
    /** System call number of {@code clone} on aarch64 and riscv64 (asm-generic). */
    public static final int NR_CLONE_GENERIC = 220;
    /** System call number of {@code pidfd_send_signal}, on every architecture. */
    public static final int NR_PIDFD_SEND_SIGNAL = 424;
    /** System call number of {@code pidfd_open}, on every architecture. */
    public static final int NR_PIDFD_OPEN = 434;

    // errno values the library acts on
    /** errno: operation not permitted. */
    public static final int EPERM = 1;
    /** errno: no such file or directory. */
    public static final int ENOENT = 2;
    /** errno: no such process. */
    public static final int ESRCH = 3;
    /** errno: interrupted by a signal; the call is retried. */
    public static final int EINTR = 4;
    /** errno: no child process to wait for. */
    public static final int ECHILD = 10;
    /** errno: nothing available now ({@code MSG_DONTWAIT} on an empty queue). */
    public static final int EAGAIN = 11;
    /** errno: permission denied. */
    public static final int EACCES = 13;
    /** errno: invalid argument. */
    public static final int EINVAL = 22;
    /** errno: the system call does not exist (an old kernel). */
    public static final int ENOSYS = 38;
}
