package io.netlink4j.core.uapi;

/** Socket, file and namespace constants from the C library and kernel headers. */
public final class SysConst {
    private SysConst() {}

    // <bits/socket.h>
    public static final int AF_UNSPEC = 0;
    public static final int AF_INET = 2;
    public static final int AF_BRIDGE = 7;
    public static final int AF_NETLINK = 16;
    public static final int AF_PACKET = 17;
    public static final int AF_INET6 = 10;
    public static final int SOCK_STREAM = 1;
    public static final int SOCK_DGRAM = 2;
    public static final int SOCK_RAW = 3;
    public static final int SOCK_NONBLOCK = 0x800;
    public static final int SOCK_CLOEXEC = 0x80000;
    public static final int SOL_SOCKET = 1;
    public static final int SO_SNDBUF = 7;
    public static final int SO_RCVBUF = 8;
    public static final int SO_SNDBUFFORCE = 32;
    public static final int SO_RCVBUFFORCE = 33;
    public static final int SO_RCVTIMEO = 20;
    public static final int MSG_PEEK = 0x2;
    public static final int MSG_TRUNC = 0x20;
    public static final int MSG_DONTWAIT = 0x40;
    public static final int IPPROTO_ICMP = 1;
    public static final int IPPROTO_ICMPV6 = 58;
    public static final int IPPROTO_TCP = 6;
    public static final int IPPROTO_UDP = 17;

    // <fcntl.h>
    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_CREAT = 0100;
    public static final int O_EXCL = 0200;
    public static final int O_CLOEXEC = 02000000;
    public static final int O_TRUNC = 01000;
    public static final int O_APPEND = 02000;
    public static final int F_DUPFD_CLOEXEC = 1030;

    // <sys/eventfd.h>
    public static final int EFD_CLOEXEC = 02000000;

    // <poll.h>
    public static final short POLLIN = 0x1;
    public static final short POLLERR = 0x8;
    public static final short POLLHUP = 0x10;
    public static final short POLLNVAL = 0x20;

    // <signal.h>, <sys/wait.h>
    public static final int SIGKILL = 9;
    public static final int SIGTERM = 15;
    public static final int WNOHANG = 1;

    // <spawn.h> (glibc): flags, and the sizes of the opaque types on 64-bit Linux, checked with
    // sizeof in gcc (posix_spawnattr_t 336, posix_spawn_file_actions_t 80, sigset_t 128)
    public static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    public static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    public static final long SIZEOF_POSIX_SPAWNATTR_T = 336;
    public static final long SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T = 80;
    public static final long SIZEOF_SIGSET_T = 128;

    // <linux/sched.h>
    public static final int CLONE_THREAD = 0x00010000;
    public static final int CLONE_NEWNS = 0x00020000;
    public static final int CLONE_NEWNET = 0x40000000;

    // <linux/nsfs.h>: _IO(0xb7, 0x3), answers the CLONE_NEW* type of a namespace file
    public static final long NS_GET_NSTYPE = 0xb703;

    // <linux/mount.h>
    public static final long MS_BIND = 4096;
    public static final long MS_REC = 16384;
    public static final long MS_SHARED = 1 << 20;
    public static final long MS_SLAVE = 1 << 19;
    public static final int MNT_DETACH = 2;

    // <linux/prctl.h>
    public static final int PR_SET_SECCOMP = 22;
    public static final int PR_SET_NO_NEW_PRIVS = 38;

    // <linux/seccomp.h>; struct seccomp_data: nr at 0, arch at 4, args[6] (u64) from 16
    public static final int SECCOMP_MODE_FILTER = 2;
    public static final int SECCOMP_RET_ERRNO = 0x00050000;
    public static final int SECCOMP_RET_ALLOW = 0x7fff0000;

    // <linux/bpf_common.h>
    public static final int BPF_LD = 0x00;
    public static final int BPF_JMP = 0x05;
    public static final int BPF_RET = 0x06;
    public static final int BPF_W = 0x00;
    public static final int BPF_ABS = 0x20;
    public static final int BPF_JEQ = 0x10;
    public static final int BPF_JSET = 0x40;
    public static final int BPF_K = 0x00;

    // <linux/audit.h>
    public static final int AUDIT_ARCH_X86_64 = 0xc000003e;
    public static final int AUDIT_ARCH_AARCH64 = 0xc00000b7;
    public static final int AUDIT_ARCH_RISCV64 = 0xc00000f3;

    // <asm/unistd.h>: clone3 and the pidfd calls have one number everywhere (every number from
    // 403 on is shared by all architectures); the others are per architecture
    // (asm-generic, for aarch64 and riscv64, has no fork or vfork)
    public static final int NR_CLONE3 = 435;
    public static final int NR_CLONE_X86_64 = 56;
    public static final int NR_FORK_X86_64 = 57;
    public static final int NR_VFORK_X86_64 = 58;
    public static final int NR_CLONE_GENERIC = 220;
    public static final int NR_PIDFD_SEND_SIGNAL = 424;
    public static final int NR_PIDFD_OPEN = 434;

    // errno values the library acts on
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int ECHILD = 10;
    public static final int EAGAIN = 11;
    public static final int EACCES = 13;
    public static final int EINVAL = 22;
    public static final int ENOSYS = 38;
}
