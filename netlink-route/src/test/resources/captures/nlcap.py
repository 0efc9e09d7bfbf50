#!/usr/bin/env python3
"""Turns the strace log of one tool run into a capture fixture (stdlib only).

  nlcap.py request LOG [--select rt|nft-batch|nft-dump] [--comment TEXT]... [--exit N]
                       [--stderr FILE] [--setup COMMAND]...
  nlcap.py reply   LOG [--select ...] [--comment TEXT]... [--setup COMMAND]...

The log comes from: strace -qq -o LOG -e trace=socket,openat,bpf,fcntl,sendmsg,sendto,recvmsg,recvfrom
-e write=all -e read=all TOOL ... . `request` prints the datagrams that carry the command (not the
tool's preparatory lookups), `reply` prints the kernel's answers to them. In both, nlmsg_seq and
nlmsg_pid of every message are zeroed (walking nlmsg_len); in replies also those of the request
header the kernel echoes inside NLMSG_ERROR. The first output line is the command (--comment 1).
Exits 3 when the tool sent no request, so the caller can report it.

This file is shared: capture-nft.sh in netlink-netfilter runs this same copy.
"""
import argparse
import errno
import re
import sys

NLMSG_ERROR, NLMSG_DONE = 2, 3
RTM_NEWLINK, RTM_GETLINK = 16, 18
NFNL_MSG_BATCH_BEGIN = 0x10
NFT_GETGEN = 0x0A10
NLM_F_CAPPED, NLM_F_ACK_TLVS = 0x100, 0x200

RT_NAMES = {16: "RTM_NEWLINK", 17: "RTM_DELLINK", 18: "RTM_GETLINK", 19: "RTM_SETLINK",
            20: "RTM_NEWADDR", 22: "RTM_GETADDR", 24: "RTM_NEWROUTE", 26: "RTM_GETROUTE",
            28: "RTM_NEWNEIGH", 30: "RTM_GETNEIGH", 32: "RTM_NEWRULE", 34: "RTM_GETRULE",
            36: "RTM_NEWQDISC", 38: "RTM_GETQDISC", 40: "RTM_NEWTCLASS", 42: "RTM_GETTCLASS",
            44: "RTM_NEWTFILTER", 46: "RTM_GETTFILTER", 74: "RTM_GETNETCONF"}
NFT_NAMES = {0x0A01: "NFT_MSG_GETTABLE", 0x0A04: "NFT_MSG_GETCHAIN", 0x0A07: "NFT_MSG_GETRULE",
             0x0A0A: "NFT_MSG_GETSET", 0x0A0D: "NFT_MSG_GETSETELEM", 0x0A10: "NFT_MSG_GETGEN",
             0x0A13: "NFT_MSG_GETOBJ", 0x0A17: "NFT_MSG_GETFLOWTABLE"}

CALL = re.compile(r'^(?:\[pid +\d+\] )?(\w+)\((.*)\)\s+= (-?\d+)')
DUMP = re.compile(r'^ \| [0-9a-f]{5}  ')


def parse(path):
    """Syscall events in order, each a dict with call, args, ret and data (the dumped bytes)."""
    events = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if DUMP.match(line):
                events[-1]["data"] += bytes.fromhex(line[10:59].replace(" ", ""))
                continue
            if line.startswith(" * "):
                continue
            m = CALL.match(line)
            if m:
                events.append({"call": m.group(1), "args": m.group(2), "ret": int(m.group(3)),
                               "data": b""})
    return events


def fd_of(ev):
    m = re.match(r'(-?\d+)', ev["args"])
    return int(m.group(1)) if m else None


def messages(dg):
    """(offset, length) of each netlink message; raises ValueError if the walk does not end
    exactly at the datagram end (the last message may lack its alignment padding)."""
    out, off = [], 0
    while off < len(dg):
        if len(dg) - off < 16:
            raise ValueError("%d stray bytes at offset %d" % (len(dg) - off, off))
        n = int.from_bytes(dg[off:off + 4], "little")
        if n < 16 or off + n > len(dg):
            raise ValueError("bad nlmsg_len %d at offset %d" % (n, off))
        out.append((off, n))
        off += min((n + 3) & ~3, len(dg) - off)
    return out


def u16(b, o):
    return int.from_bytes(b[o:o + 2], "little")


def u32(b, o):
    return int.from_bytes(b[o:o + 4], "little")


def attrs(b, start, end):
    while start + 4 <= end:
        n, t = u16(b, start), u16(b, start + 2)
        if n < 4:
            return
        yield t & 0x3FFF, b[start + 4:start + n]
        start += (n + 3) & ~3


def describe(dg, select):
    """A short name for a dropped datagram."""
    t = u16(dg, 4)
    if select.startswith("nft"):
        return NFT_NAMES.get(t, "nfnetlink type 0x%04x" % t)
    name = RT_NAMES.get(t, "rtnetlink type %d" % t)
    if t == RTM_GETLINK:
        for a, v in attrs(dg, 32, u32(dg, 0)):
            if a == 3:
                return name + " for " + v.rstrip(b"\0").decode()
        if u16(dg, 6) & 0x300:
            return name + " dump"
        return name + " for ifindex %d" % int.from_bytes(dg[20:24], "little", signed=True)
    if is_probe(dg):
        return "iproute2's empty RTM_NEWLINK probe"
    return name


def is_probe(dg):
    return len(dg) == 32 and u16(dg, 4) == RTM_NEWLINK and not any(dg[16:])


def keep(dg, select):
    t = u16(dg, 4)
    if select == "nft-batch":
        return any(u16(dg, o + 4) == NFNL_MSG_BATCH_BEGIN for o, _ in messages(dg))
    if select == "nft-dump":
        return t != NFT_GETGEN
    return not is_probe(dg) and not (t == RTM_GETLINK and dg[16] == 0)


# Time-dependent reply fields, zeroed so that a rerun gives the same bytes:
# message type -> (family header size, attribute type, first byte, end byte, description).
CLOCKS = {28: (12, 3, 0, 12, "NDA_CACHEINFO ndm_confirmed/ndm_used/ndm_updated (ages in clock ticks)"),
          20: (8, 6, 8, 16, "IFA_CACHEINFO cstamp/tstamp (hundredths of a second since boot)")}


def zeroed(dg, reply, masked=None):
    """The datagram with seq/pid zeroed; for replies also the echoed request header and the
    clock fields of CLOCKS (their descriptions are added to `masked`)."""
    b = bytearray(dg)
    for off, n in messages(dg):
        b[off + 8:off + 16] = bytes(8)
        t = u16(b, off + 4)
        if reply and t == NLMSG_ERROR and n >= 36:
            b[off + 28:off + 36] = bytes(8)
        if reply and t in CLOCKS:
            hdr, want, lo, hi, what = CLOCKS[t]
            a = off + 16 + hdr
            while a + 4 <= off + n and u16(b, a) >= 4:
                if u16(b, a + 2) & 0x3FFF == want and u16(b, a) >= 4 + hi:
                    b[a + 4 + lo:a + 4 + hi] = bytes(hi - lo)
                    masked.add(what)
                a += (u16(b, a) + 3) & ~3
    return bytes(b)


def trimmed(dg):
    """The datagram without trailing zero bytes after its last message, and how many were cut
    (iproute2's bridge sends its whole request struct); anything else malformed is an error."""
    try:
        messages(dg)
        return dg, 0
    except ValueError:
        pass
    off = 0
    while off + 16 <= len(dg) and u32(dg, off) >= 16:
        off += (u32(dg, off) + 3) & ~3
    if off == 0 or off > len(dg) or any(dg[off:]):
        raise SystemExit("malformed datagram: " + dg.hex())
    return dg[:off], len(dg) - off


def errname(code):
    if code == errno.EOPNOTSUPP:
        return "EOPNOTSUPP"  # the kernel's name; Python prefers its alias ENOTSUP
    return errno.errorcode.get(code, "E%d" % code)


def answer(replies):
    """(summary, errno name) of the kernel's answer to the kept requests."""
    errors, warnings, acks, data = [], [], 0, 0
    for dg in replies:
        for off, n in messages(dg):
            t, flags = u16(dg, off + 4), u16(dg, off + 6)
            if t not in (NLMSG_ERROR, NLMSG_DONE):
                data += 1
                continue
            if n < 20:
                continue
            code = -int.from_bytes(dg[off + 16:off + 20], "little", signed=True)
            tlv = off + 20
            if t == NLMSG_ERROR:
                tlv += 16 if flags & NLM_F_CAPPED else (u32(dg, off + 20) + 3) & ~3
            text = ""
            if flags & NLM_F_ACK_TLVS:
                for a, v in attrs(dg, tlv, off + n):
                    if a == 1:
                        text += " " + v.rstrip(b"\0").decode()
                    elif a == 2:
                        text += " (offending attribute at offset %d)" % u32(v, 0)
            if code:
                errors.append(errname(code) + text)
            else:
                acks += t == NLMSG_ERROR
                if text:
                    warnings.append(text.strip())
    if errors:
        return "; ".join(dict.fromkeys(errors)), errors[0].split()[0]
    if data:
        return "replied with %d message(s)" % data, "0"
    if acks:
        return "ok" + "".join(" (warning: %s)" % w for w in warnings), "0"
    return "no error reported (no ack was asked for)", "0"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["request", "reply"])
    p.add_argument("log")
    p.add_argument("--select", default="rt", choices=["rt", "nft-batch", "nft-dump"])
    p.add_argument("--comment", action="append", default=[])
    p.add_argument("--setup", action="append", default=[], help="setup command, printed last")
    p.add_argument("--exit", type=int)
    p.add_argument("--stderr")
    a = p.parse_args()

    events = parse(a.log)
    netlink = set()
    fds = []
    kept, dropped, replies = [], [], []
    current = {}  # fd -> is the latest datagram sent on it kept?
    prog_fd = None
    for ev in events:
        call, ret = ev["call"], ev["ret"]
        if call == "socket" and "AF_NETLINK" in ev["args"] and ret >= 0:
            netlink.add(ret)
        elif call == "openat" and ret >= 0 and "/netns/" in ev["args"]:
            path = re.search(r'"([^"]*)"', ev["args"]).group(1)
            fds.append("netns_fd=%d (%s opened)" % (ret, path))
        elif call == "bpf" and ret >= 0 and "BPF_PROG_LOAD" in ev["args"]:
            prog_fd = ret  # the last load is the program; libbpf's feature probes come first
        elif call == "fcntl" and ret >= 0 and fd_of(ev) == prog_fd and "F_DUPFD" in ev["args"]:
            prog_fd = ret  # libbpf moves the program's fd with F_DUPFD_CLOEXEC
        elif call in ("sendmsg", "sendto") and fd_of(ev) in netlink and ev["data"]:
            k = keep(ev["data"], a.select)
            current[fd_of(ev)] = k
            if k:
                kept.append(ev["data"])
            else:
                dropped.append("%s (%s)" % (describe(ev["data"], a.select), "after" if kept else "before"))
        elif call in ("recvmsg", "recvfrom") and fd_of(ev) in netlink and ev["data"] and ret > 0:
            if current.get(fd_of(ev)) and "MSG_PEEK" not in ev["args"]:
                replies.append(ev["data"])

    if prog_fd is not None:
        fds.append("bpf_prog_fd=%d (the program loaded with bpf(BPF_PROG_LOAD))" % prog_fd)
    if not kept:
        sys.stderr.write("no request datagram in %s\n" % a.log)
        sys.exit(3)

    out = ["# " + c for c in a.comment]
    if a.mode == "request":
        summary, err = answer(replies)
        out.append("# kernel: " + summary)
        out.append("# errno=%s exit=%s" % (err, a.exit))
        if a.stderr:
            with open(a.stderr, encoding="utf-8", errors="replace") as f:
                lines = [l.rstrip() for l in f if l.strip()]
            out += ["# stderr: " + l for l in lines[:3]]
        if dropped:
            out.append("# dropped (the tool's own lookups): "
                       + ", ".join(dropped))
        out += ["# fd: " + f for f in fds]
        body = []
        for i, dg in enumerate(kept):
            dg, cut = trimmed(dg)
            if cut:
                out.append("# trimmed: %d trailing zero bytes after the last message of datagram %d"
                           " (the tool sends its whole request buffer; the kernel ignores them)"
                           % (cut, i + 1))
            body.append(zeroed(dg, False).hex())
    else:
        out.append("# zeroed: nlmsg_seq and nlmsg_pid of every message, and of the request header "
                   "echoed inside NLMSG_ERROR")
        masked = set()
        body = [zeroed(dg, True, masked).hex() for dg in replies]
        out += ["# zeroed (time-dependent): " + m for m in sorted(masked)]
    out += ["# setup: " + c for c in a.setup]
    print("\n".join(out + body))


if __name__ == "__main__":
    main()
