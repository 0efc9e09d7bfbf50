#!/usr/bin/env python3
# Regenerates the uapi constants classes: compiles a C program that prints every constant of the
# listed headers with gcc, so values come from the headers themselves. Run: python3 tools/uapi-constants.py
import re, subprocess, sys
def values(header, prefixes, includes):
    txt = open(header).read()
    names = sorted(set(re.findall(r'\b((?:%s)[A-Z0-9_]*)\b' % '|'.join(prefixes), txt)))
    names = [n for n in names if not n.startswith('__')]
    while True:
        body = "\n".join('printf("%%s %%lld\\n", "%s", (long long)(%s));' % (n, n) for n in names)
        src = "#include <stdio.h>\n" + "".join("#include <%s>\n" % i for i in includes) + "int main(){\n" + body + "\nreturn 0;}\n"
        open("t.c","w").write(src)
        r = subprocess.run(["gcc","-w","-o","t","t.c"], capture_output=True, text=True)
        if r.returncode == 0: break
        bad = set()
        for line in r.stderr.splitlines():
            m = re.match(r't\.c:(\d+):', line)
            if m and 'error' in line:
                ln = int(m.group(1)) - (len(includes) + 2) - 1
                if 0 <= ln < len(names): bad.add(names[ln])
        if not bad: print(r.stderr[:2000]); sys.exit(1)
        names = [n for n in names if n not in bad]
    out = subprocess.run(["./t"], capture_output=True, text=True).stdout.split("\n")
    return [l.split(" ") for l in out if l]

def emit(cls, pkg, doc, groups, path, unsigned32=False):
    lines = []
    for header, prefixes, includes in groups:
        lines.append(f"    // {header}")
        for n, v in values(header, prefixes, includes):
            iv = int(v)
            if unsigned32 and 0x7fffffff < iv <= 0xffffffff:
                # A u32 the kernel compares bitwise (TC_H_ROOT, TC_H_INGRESS): the same 32 bits as a Java int.
                lines.append(f"    public static final int {n} = 0x{iv:x};")
                continue
            if iv > 0x7fffffff or iv < -0x80000000:
                continue
            lines.append(f"    public static final int {n} = {iv};")
    src = f"""package {pkg};

/** {doc} Generated from the kernel's uapi headers; names as there. */
@SuppressWarnings("unused")
public final class {cls} {{
    private {cls}() {{}}

""" + "\n".join(lines) + "\n}\n"
    open(path, "w").write(src)
    print(cls, len(lines))

import os
# Paths are relative to the checkout this script lives in, so any worktree regenerates its own files.
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + "/"
os.chdir("/tmp")  # gcc's scratch files t.c and t go here, not into the checkout
# Only the classes named on the command line, when any are (python3 tools/uapi-constants.py FibRulesH):
# regenerating one family's constants leaves every other generated file as it is.
ONLY = set(sys.argv[1:])
_emit = emit
def emit(cls, *rest, **options):
    if not ONLY or cls in ONLY:
        _emit(cls, *rest, **options)

uapi = ROOT + "netlink-route/src/main/java/io/netlink4j/route/uapi/"
os.makedirs(uapi, exist_ok=True)
U="io.netlink4j.route.uapi"
emit("RtnetlinkH", U, "Constants of {@code <linux/rtnetlink.h>} and {@code <linux/neighbour.h>}.", [
  ("/usr/include/linux/rtnetlink.h", ["RTM_","RTA_","RTN_","RTPROT_","RT_SCOPE_","RT_TABLE_","RTNH_","RTM_F_","RTNLGRP_","RTMGRP_","RTEXT_"], ["linux/rtnetlink.h"]),
  ("/usr/include/linux/neighbour.h", ["NDA_","NUD_","NTF_","NDTA_"], ["linux/neighbour.h"]),
], uapi+"RtnetlinkH.java")
emit("IfLinkH", U, "Constants of {@code <linux/if_link.h>}, {@code <linux/veth.h>} and {@code <linux/if.h>}.", [
  ("/usr/include/linux/if_link.h", ["IFLA_","IN6_ADDR_GEN_MODE_","MACVLAN_","BRIDGE_VLAN_","VXLAN_","IF_OPER_","IF_LINK_MODE_"], ["linux/if_link.h"]),
  ("/usr/include/linux/veth.h", ["VETH_"], ["linux/veth.h"]),
  ("/usr/include/linux/if.h", ["IFF_", "IF_OPER_"], ["linux/if.h"]),
], uapi+"IfLinkH.java")
emit("IfAddrH", U, "Constants of {@code <linux/if_addr.h>}.", [
  ("/usr/include/linux/if_addr.h", ["IFA_"], ["linux/if_addr.h"]),
], uapi+"IfAddrH.java")
emit("FibRulesH", U, "Constants of {@code <linux/fib_rules.h>}: policy routing rules ({@code ip rule}).", [
  ("/usr/include/linux/fib_rules.h", ["FRA_","FR_ACT_","FIB_RULE_"], ["linux/fib_rules.h"]),
], uapi+"FibRulesH.java")
emit("IfBridgeH", U, "Constants of {@code <linux/if_bridge.h>} (bridge ports, VLANs) and the VLAN ethertypes of {@code <linux/if_ether.h>}.", [
  ("/usr/include/linux/if_bridge.h", ["IFLA_BRIDGE_FLAGS","IFLA_BRIDGE_MODE","IFLA_BRIDGE_VLAN_INFO","BRIDGE_FLAGS_","BRIDGE_MODE_","BRIDGE_VLAN_INFO_","BR_STATE_"], ["linux/if_bridge.h"]),
  ("/usr/include/linux/if_ether.h", ["ETH_P_8021Q","ETH_P_8021AD"], ["linux/if_ether.h"]),
], uapi+"IfBridgeH.java")

emit("IcmpH", U, "Constants of {@code <linux/icmp.h>} and {@code <linux/icmpv6.h>}, for ping.", [
  ("/usr/include/linux/icmp.h", ["ICMP_"], ["linux/icmp.h"]),
  ("/usr/include/linux/icmpv6.h", ["ICMPV6_", "ICMP6_FILTER"], ["linux/icmpv6.h"]),
], uapi+"IcmpH.java")

# Traffic control (route.tc): into the route module's uapi floor, with u32 handles kept as their 32 bits.
emit("PktSchedH", U, "Constants of {@code <linux/pkt_sched.h>} (qdiscs, classes, handles) and the {@code TCA_*}/{@code TCM_*} attributes of {@code <linux/rtnetlink.h>}.", [
  ("/usr/include/linux/pkt_sched.h", ["TC_", "TCQ_", "TCA_", "NETEM_", "LINKLAYER_"], ["linux/pkt_sched.h"]),
  ("/usr/include/linux/rtnetlink.h", ["TCA_", "TCM_"], ["linux/rtnetlink.h"]),
], uapi+"PktSchedH.java", unsigned32=True)
emit("PktClsH", U, "Constants of {@code <linux/pkt_cls.h>}: classifiers (u32, matchall, flower, bpf) and the action attributes.", [
  ("/usr/include/linux/pkt_cls.h", ["TC_", "TCA_", "TCF_"], ["linux/pkt_cls.h"]),
], uapi+"PktClsH.java", unsigned32=True)
emit("TcActH", U, "Constants of {@code <linux/tc_act/tc_mirred.h>} and {@code <linux/tc_act/tc_gact.h>}: the mirred and gact actions.", [
  ("/usr/include/linux/tc_act/tc_mirred.h", ["TCA_"], ["linux/pkt_cls.h", "linux/tc_act/tc_mirred.h"]),
  ("/usr/include/linux/tc_act/tc_gact.h", ["TCA_", "PGACT_", "MAX_RAND"], ["linux/pkt_cls.h", "linux/tc_act/tc_gact.h"]),
], uapi+"TcActH.java", unsigned32=True)
emit("GenStatsH", U, "Constants of {@code <linux/gen_stats.h>}: the {@code TCA_STATS2} statistics attributes.", [
  ("/usr/include/linux/gen_stats.h", ["TCA_STATS_"], ["linux/gen_stats.h"]),
], uapi+"GenStatsH.java", unsigned32=True)

# netfilter: one class per header in the module's uapi package (not exported), named after the
# header file: nf_tables.h -> NfTablesH, so no constants class shares a name with an API type
# (the handle is Nftables).
nf = ROOT + "netlink-netfilter/src/main/java/io/netlink4j/netfilter/uapi/"
os.makedirs(nf, exist_ok=True)
NP="io.netlink4j.netfilter.uapi"
emit("NfTablesH", NP, "Constants of {@code <linux/netfilter/nf_tables.h>}.", [
  ("/usr/include/linux/netfilter/nf_tables.h", ["NFT_","NFTA_"], ["linux/netfilter/nf_tables.h"]),
], nf+"NfTablesH.java")
emit("NfNetlinkH", NP, "Constants of {@code <linux/netfilter/nfnetlink.h>}.", [
  ("/usr/include/linux/netfilter/nfnetlink.h", ["NFNL_","NFNETLINK_","NFNLGRP_"], ["linux/netlink.h", "linux/netfilter/nfnetlink.h"]),
], nf+"NfNetlinkH.java")
emit("NetfilterH", NP, "Constants of {@code <linux/netfilter.h>}.", [
  ("/usr/include/linux/netfilter.h", ["NF_ACCEPT","NF_DROP","NF_INET_","NFPROTO_","NF_NETDEV_"], ["linux/netfilter.h"]),
], nf+"NetfilterH.java")
emit("NetfilterArpH", NP, "Constants of {@code <linux/netfilter_arp.h>}: the arp family's hook numbers.", [
  ("/usr/include/linux/netfilter_arp.h", ["NF_ARP_"], ["linux/netfilter_arp.h"]),
], nf+"NetfilterArpH.java")
emit("NfNatH", NP, "Constants of {@code <linux/netfilter/nf_nat.h>}.", [
  ("/usr/include/linux/netfilter/nf_nat.h", ["NF_NAT_RANGE_"], ["linux/netfilter/nf_nat.h"]),
], nf+"NfNatH.java")
emit("NfConntrackCommonH", NP, "Constants of {@code <linux/netfilter/nf_conntrack_common.h>}.", [
  ("/usr/include/linux/netfilter/nf_conntrack_common.h", ["IP_CT_","NF_CT_STATE_"], ["linux/netfilter/nf_conntrack_common.h"]),
], nf+"NfConntrackCommonH.java")
emit("InH", NP, "Constants of {@code <linux/in.h>}: IP protocol numbers.", [
  ("/usr/include/linux/in.h", ["IPPROTO_"], ["linux/in.h"]),
], nf+"InH.java")
emit("In6H", NP, "Constants of {@code <linux/in6.h>}: the IPv6 protocol numbers.", [
  ("/usr/include/linux/in6.h", ["IPPROTO_"], ["linux/in6.h"]),
], nf+"In6H.java")
emit("IfEtherH", NP, "Constants of {@code <linux/if_ether.h>}: the ethertypes nft matches on.", [
  ("/usr/include/linux/if_ether.h", ["ETH_P_IP", "ETH_P_IPV6", "ETH_P_ARP"], ["linux/if_ether.h"]),
], nf+"IfEtherH.java")
