#!/usr/bin/env bash
# Regenerates the rtnetlink capture fixtures under this folder: what ip, tc and bridge (iproute2)
# send to the kernel for one command, and for show/get commands also what the kernel answers.
# Run as root; needs ip, tc, bridge, strace, python3, llvm-mc (for the tc eBPF object).
#
# Each fixture runs in a FRESH namespace "nlcap-route" (plus "nlcap-route-peer" where a command
# moves a device), built by one setup function, so ifindexes are the same on every run. The host
# namespace is never touched; the namespaces are deleted on exit, also on failure. The whole run
# holds /tmp/netlink4j-kernel-tests.lock, as the kernel tests do. ONLY='tc/*' limits a run to the
# fixtures whose name matches the pattern.
#
# File format (see nlcap.py): "# COMMAND", further "# ..." facts (device indexes, the kernel's
# answer, the setup commands), then one sent datagram per line as lowercase hex, with nlmsg_seq
# and nlmsg_pid zeroed. A dump/get also writes NAME.reply.hex (the kernel's datagrams) and
# NAME.json (the same state as the tool prints it with -j).
set -euo pipefail
NS=nlcap-route
PEER=nlcap-route-peer
NLCAP_PREFIX=nlcap-route
. "$(dirname "$0")/nlcap-lib.sh"
llvm-mc -triple bpfel -filetype=obj -o "$TMP/tc-pass.o" tc-pass.s

# ---- setups: each builds the namespace state a command needs, and records its commands ----
peer() { SETUP+=("ip netns add $PEER"); ip netns add "$PEER"; }
# veth pair, both down: no carrier, so no packet ever moves (stats stay zero). Fixed MACs.
pair() {
  s 'ip link add veth-a address 02:00:00:00:00:0a type veth peer name veth-b address 02:00:00:00:00:0b'
}
pairpeer() { pair; peer; }
pairup() { pair; s 'ip link set veth-a up'; }
group7() { pair; s 'ip link set veth-a group 7'; s 'ip link set veth-b group 7'; }
bridge() {
  pair
  s 'ip link add br0 address 02:00:00:00:00:b0 type bridge'
  s 'ip link add vxlan100 address 02:00:00:00:01:00 type vxlan id 100 dstport 4789 local 192.0.2.1 nolearning'
  s 'ip link set veth-b master br0'
  s 'ip link set vxlan100 master br0'
}
fdbs() {
  bridge
  s 'bridge fdb add 02:00:00:00:00:01 dev veth-b master static'
  s 'bridge fdb add 02:00:00:00:01:01 dev vxlan100 dst 192.0.2.2 self permanent'
  s 'bridge fdb append 00:00:00:00:00:00 dev vxlan100 dst 192.0.2.2'
}
# veth-a up with addresses; veth-b stays down, so veth-a has no carrier: no packet leaves it.
net() {
  pair
  s 'ip link set lo up'
  s 'ip link set veth-a up'
  s 'ip addr add 10.0.0.1/24 dev veth-a'
  s 'ip addr add fd00::1/64 dev veth-a nodad'
  s 'sysctl -qw net.ipv4.ip_forward=1 net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.veth-a.rp_filter=0'
  s 'sysctl -qw net.ipv4.conf.all.accept_local=1 net.ipv4.conf.veth-a.accept_local=1'
}
neigh() { net; s 'ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev veth-a'; }
routes() {
  net
  s 'ip route add default via 10.0.0.254'
  s 'ip route add default via 10.0.0.3 table 100'
  s 'ip rule add from 10.2.0.0/24 lookup 100'
  s 'ip rule add fwmark 0x1 lookup 100'
}
rules() {
  net
  s 'ip rule add from 10.2.0.0/24 lookup 100'
  s 'ip rule add fwmark 0x1/0xff lookup 100'
  s 'ip rule add to 10.3.0.0/16 lookup 200 priority 1000'
  s 'ip rule add iif veth-a ipproto tcp dport 80 lookup 100'
}
htb() { pair; s 'tc qdisc add dev veth-a root handle 1: htb default 30'; }
htbroot() { htb; s 'tc class add dev veth-a parent 1: classid 1:1 htb rate 20mbit'; }
htbclasses() {
  htbroot
  s 'tc class add dev veth-a parent 1:1 classid 1:10 htb rate 4mbit ceil 4mbit'
  s 'tc class add dev veth-a parent 1:1 classid 1:30 htb rate 12mbit ceil 12mbit burst 15k cburst 15k prio 1 quantum 1500'
}
htbtree() {
  htbclasses
  s 'tc filter add dev veth-a parent 1: protocol ip prio 1 u32 match ip dst 10.10.0.2/32 flowid 1:10'
  s 'tc filter add dev veth-a parent 1: protocol ip prio 1 u32 match ip protocol 6 0xff match ip dport 80 0xffff flowid 1:30'
}
tbf() { pair; s 'tc qdisc add dev veth-a root tbf rate 8mbit burst 32kb latency 50ms'; }
clsact() { pair; s 'tc qdisc add dev veth-a clsact'; }
# a bridge alone (for a master at creation), and one device of every kind the link tests read back
bronly() { s 'ip link add br0 address 02:00:00:00:00:b0 type bridge'; }
zoo() {
  pair
  peer
  s 'ip link set veth-a mtu 1400 group 7 alias "the a side"'
  s 'ip link add br0 address 02:00:00:00:00:b0 type bridge stp_state 1 forward_delay 400 ageing_time 3000'
  s 'ip link set veth-b master br0'
  s 'ip link add vxlan100 address 02:00:00:00:01:00 type vxlan id 100 dstport 4789 local 192.0.2.1 remote 192.0.2.2 dev veth-a'
  s 'ip link add mv0 address 02:00:00:00:02:00 link veth-a type macvlan mode bridge'
  s "ip link add veth-c address 02:00:00:00:00:0c type veth peer name eth0 address 02:00:00:00:00:0e netns $PEER"
}

NOTE=

# ---- link ----
req link/veth-add                          none     'ip link add veth-a type veth peer name veth-b'
req link/veth-add-peer-netns               peer     "ip link add veth-a type veth peer name veth-b netns $PEER"
req link/veth-add-mtu-address              none     'ip link add veth-a mtu 1450 address 02:00:00:00:00:0a type veth peer name veth-b'
req link/bridge-add                        none     'ip link add br0 type bridge'
note 'the kernel lacks CONFIG_BRIDGE_VLAN_FILTERING, so vlan_filtering 1 makes it refuse the whole request'
req link/bridge-add-options                none     'ip link add br0 type bridge stp_state 1 forward_delay 400 ageing_time 3000 vlan_filtering 1 mcast_snooping 0 vlan_protocol 802.1ad'
req link/bridge-add-stp-state-1            none     'ip link add br0 type bridge stp_state 1'
req link/bridge-add-forward-delay-400      none     'ip link add br0 type bridge forward_delay 400'
req link/bridge-add-ageing-time-3000       none     'ip link add br0 type bridge ageing_time 3000'
note 'the kernel lacks CONFIG_BRIDGE_VLAN_FILTERING'
req link/bridge-add-vlan-filtering-1       none     'ip link add br0 type bridge vlan_filtering 1'
req link/bridge-add-mcast-snooping-0       none     'ip link add br0 type bridge mcast_snooping 0'
note 'the kernel lacks CONFIG_BRIDGE_VLAN_FILTERING and ignores IFLA_BR_VLAN_PROTOCOL'
req link/bridge-add-vlan-protocol-802.1ad  none     'ip link add br0 type bridge vlan_protocol 802.1ad'
req link/vlan-add-id-10                    pair     'ip link add link veth-a name veth-a.10 type vlan id 10'
req link/vxlan-add                         pair     'ip link add vxlan100 type vxlan id 100 dstport 4789 local 192.0.2.1 nolearning ttl 64'
req link/vxlan-add-remote                  pair     'ip link add vxlan100 type vxlan id 100 dstport 4789 local 192.0.2.1 nolearning ttl 64 remote 192.0.2.2'
req link/vxlan-add-dev                     pair     'ip link add vxlan100 type vxlan id 100 dstport 4789 local 192.0.2.1 nolearning ttl 64 dev veth-a'
req link/vxlan-add-l2miss-l3miss           pair     'ip link add vxlan100 type vxlan id 100 dstport 4789 local 192.0.2.1 nolearning ttl 64 l2miss l3miss'
req link/vxlan-add-group-dev               pair     'ip link add vxlan100 type vxlan id 100 dstport 4789 local 192.0.2.1 nolearning ttl 64 group 239.1.1.1 dev veth-a'
req link/macvlan-add-mode-bridge           pair     'ip link add mv0 link veth-a type macvlan mode bridge'
req link/set-up                            pair     'ip link set veth-a up'
req link/set-down                          pairup   'ip link set veth-a down'
req link/set-master                        bridge   'ip link set veth-a master br0'
req link/set-nomaster                      bridge   'ip link set veth-b nomaster'
req link/set-mtu-9000                      pair     'ip link set veth-a mtu 9000'
req link/set-address                       pair     'ip link set veth-a address 02:00:00:00:00:aa'
req link/set-name                          pair     'ip link set veth-a name x'
req link/set-alias                         pair     'ip link set veth-a alias foo'
req link/set-group-7                       pair     'ip link set veth-a group 7'
req link/set-netns                         pairpeer "ip link set veth-a netns $PEER"
req link/del                               pair     'ip link del veth-a'
req link/del-group-7                       group7   'ip link del group 7'
req link/bridge-slave-set-all              bridge   'ip link set veth-b type bridge_slave learning off flood off mcast_flood off hairpin on isolated on neigh_suppress on guard on cost 10 priority 5'
req link/bridge-slave-set-learning-off     bridge   'ip link set veth-b type bridge_slave learning off'
req link/bridge-slave-set-flood-off        bridge   'ip link set veth-b type bridge_slave flood off'
req link/bridge-slave-set-mcast-flood-off  bridge   'ip link set veth-b type bridge_slave mcast_flood off'
req link/bridge-slave-set-hairpin-on       bridge   'ip link set veth-b type bridge_slave hairpin on'
req link/bridge-slave-set-isolated-on      bridge   'ip link set veth-b type bridge_slave isolated on'
req link/bridge-slave-set-neigh-suppress-on bridge  'ip link set veth-b type bridge_slave neigh_suppress on'
req link/bridge-slave-set-guard-on         bridge   'ip link set veth-b type bridge_slave guard on'
req link/bridge-slave-set-cost-10          bridge   'ip link set veth-b type bridge_slave cost 10'
req link/bridge-slave-set-priority-5       bridge   'ip link set veth-b type bridge_slave priority 5'
req link/bridge-set-ageing-time-1000       bridge   'ip link set br0 type bridge ageing_time 1000'
req link/bridge-set-stp-state-0            bridge   'ip link set br0 type bridge stp_state 0'
req link/bridge-set-mcast-snooping-0       bridge   'ip link set br0 type bridge mcast_snooping 0'
note 'the kernel lacks CONFIG_BRIDGE_VLAN_FILTERING'
req link/bridge-set-vlan-filtering-1       bridge   'ip link set br0 type bridge vlan_filtering 1'
req link/bridge-set-forward-delay-500      bridge   'ip link set br0 type bridge forward_delay 500'
# every option the link specs encode, in the order the library writes them; the dumps the link parser reads
req link/veth-add-all-options              bronly   'ip link add veth-a up mtu 1400 address 02:00:00:00:00:0a group 7 master br0 numtxqueues 1 numrxqueues 1 type veth peer name veth-b mtu 1300 address 02:00:00:00:00:0b group 8 numtxqueues 1 numrxqueues 1'
req link/bridge-add-stp-fd-ageing          none     'ip link add br0 type bridge stp_state 1 forward_delay 400 ageing_time 3000'
note 'the kernel has no 8021q module'
req link/vlan-add-protocol-802.1ad         pair     'ip link add link veth-a name veth-a.10 type vlan protocol 802.1ad id 10'
req link/vxlan-add-plain                   none     'ip link add vxlan100 type vxlan id 100 dstport 4789'
req link/vxlan-add-local-remote-dev        pair     'ip link add vxlan100 type vxlan id 100 remote 192.0.2.2 local 192.0.2.1 dev veth-a dstport 4789'
req link/vxlan-add-ipv6-group              pair     'ip link add vxlan100 type vxlan id 100 group ff05::100 local fd00::1 dev veth-a dstport 4790'
req link/macvlan-add                       pair     'ip link add mv0 link veth-a type macvlan'
req link/macvlan-add-mode-private          pair     'ip link add mv0 link veth-a type macvlan mode private'
req link/macvlan-add-mode-passthru         pair     'ip link add mv0 link veth-a type macvlan mode passthru'
dump link/show                             zoo      'ip -d -s link show'                             'ip -j -d -s link show'
dump link/show-type-veth                   zoo      'ip link show type veth'                         'ip -j link show type veth'
dump link/show-master-br0                  zoo      'ip link show master br0'                        'ip -j link show master br0'
dump link/show-dev                         zoo      'ip -d -s link show dev veth-a'                  'ip -j -d -s link show dev veth-a'

# ---- address ----
req address/add                            pair     'ip addr add 10.0.0.1/24 dev veth-a'
req address/add-brd                        pair     'ip addr add 10.0.0.1/24 brd + dev veth-a'
req address/add-label                      pair     'ip addr add 10.0.0.1/24 dev veth-a label veth-a:1'
req address/add-ipv6-nodad                 pair     'ip addr add fd00::1/64 dev veth-a nodad'
req address/del                            net      'ip addr del 10.0.0.1/24 dev veth-a'
req address/replace-metric                 net      'ip addr replace 10.0.0.1/24 dev veth-a metric 10'
dump address/show                          net      'ip addr show dev veth-a'                        'ip -j addr show dev veth-a'

# ---- route ----
req route/add-default-via                  net      'ip route add default via 10.0.0.254'
req route/add-dev                          net      'ip route add 10.9.0.0/16 dev veth-a'
req route/add-table-metric-proto           net      'ip route add 10.1.0.0/16 via 10.0.0.2 table 100 metric 50 proto static'
req route/add-blackhole                    net      'ip route add blackhole 10.66.0.0/16'
req route/add-unreachable                  net      'ip route add unreachable 10.67.0.0/16'
req route/add-prohibit                     net      'ip route add prohibit 10.68.0.0/16'
req route/add-multipath                    net      'ip route add 10.8.0.0/16 nexthop via 10.0.0.3 weight 2 nexthop via 10.0.0.4'
req route/add-ipv6-via                     net      'ip -6 route add fd00:9::/64 via fd00::2'
note 'the kernel wants a device with onlink; add-onlink-dev.hex has the accepted form'
req route/add-onlink                       net      'ip route add 10.7.0.0/16 via 10.0.0.2 onlink'
req route/add-onlink-dev                   net      'ip route add 10.7.0.0/16 via 10.0.0.2 dev veth-a onlink'
req route/del-default                      routes   'ip route del default'
req route/replace-default                  routes   'ip route replace default via 10.0.0.2'
dump route/get                             routes   'ip route get 10.1.2.3'                          'ip -j route get 10.1.2.3'
dump route/get-from-iif                    routes   'ip route get 10.1.2.3 from 10.0.0.1 iif veth-a'  'ip -j route get 10.1.2.3 from 10.0.0.1 iif veth-a'
dump route/get-mark                        routes   'ip route get 10.1.2.3 mark 0x1'                 'ip -j route get 10.1.2.3 mark 0x1'
dump route/get-policy-from-iif             routes   'ip route get 198.18.1.1 from 10.2.0.2 iif veth-a' 'ip -j route get 198.18.1.1 from 10.2.0.2 iif veth-a'
dump route/show                            routes   'ip route show'                                  'ip -j route show'
dump route/show-table-100                  routes   'ip route show table 100'                        'ip -j route show table 100'

# ---- neighbour ----
req neighbour/add                          net      'ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev veth-a'
req neighbour/add-nud-reachable            net      'ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev veth-a nud reachable'
req neighbour/replace-nud-stale            neigh    'ip neigh replace 10.0.0.7 lladdr 02:00:00:00:00:07 dev veth-a nud stale'
req neighbour/del                          neigh    'ip neigh del 10.0.0.7 dev veth-a'
req neighbour/add-ipv6                     net      'ip -6 neigh add fd00::7 lladdr 02:00:00:00:00:07 dev veth-a'
dump neighbour/show                        neigh    'ip -4 neigh show dev veth-a'                    'ip -j -4 neigh show dev veth-a'

# ---- rule ----
req rule/add-from-lookup                   net      'ip rule add from 10.2.0.0/24 lookup 100'
req rule/add-fwmark                        net      'ip rule add fwmark 0x1 lookup 100'
req rule/add-fwmark-mask                   net      'ip rule add fwmark 0x1/0xff lookup 100'
req rule/add-to-priority                   net      'ip rule add to 10.3.0.0/16 lookup 200 priority 1000'
req rule/add-iif                           net      'ip rule add iif veth-a lookup 100'
req rule/add-oif                           net      'ip rule add oif veth-a lookup 100'
req rule/add-tos                           net      'ip rule add tos 0x10 lookup 100'
note 'iproute2 6.1 reads dsfield as a synonym of tos: the same bytes as add-tos.hex'
req rule/add-dsfield                       net      'ip rule add dsfield 0x10 lookup 100'
req rule/add-ipproto-dport                 net      'ip rule add ipproto tcp dport 80 lookup 100'
req rule/add-sport-range                   net      'ip rule add sport 1000-2000 lookup 100'
req rule/add-uidrange                      net      'ip rule add uidrange 1000-2000 lookup 100'
note 'without a priority the kernel puts the rule at 32765, after its target; add-priority-goto.hex has the accepted form'
req rule/add-goto                          net      'ip rule add goto 2000'
req rule/add-priority-goto                 net      'ip rule add priority 1000 goto 2000'
req rule/add-suppress-prefixlength         net      'ip rule add lookup main suppress_prefixlength 0'
req rule/add-blackhole                     net      'ip rule add from 10.5.0.0/16 blackhole'
req rule/add-unreachable                   net      'ip rule add from 10.5.0.0/16 unreachable'
req rule/add-prohibit                      net      'ip rule add from 10.5.0.0/16 prohibit'
req rule/add-not-from                      net      'ip rule add not from 10.0.0.0/8 lookup main'
req rule/add-ipv6-from                     net      'ip -6 rule add from fd00::/64 lookup 100'
req rule/del-from-lookup                   rules    'ip rule del from 10.2.0.0/24 lookup 100'
dump rule/show                             rules    'ip rule'                                        'ip -j rule'

# ---- fdb ----
req fdb/add-master-static                  bridge   'bridge fdb add 02:00:00:00:00:01 dev veth-b master static'
req fdb/add-master-permanent               bridge   'bridge fdb add 02:00:00:00:00:01 dev veth-b master permanent'
req fdb/replace-master-static              fdbs     'bridge fdb replace 02:00:00:00:00:01 dev veth-b master static'
req fdb/add-self                           bridge   'bridge fdb add 02:00:00:00:00:01 dev veth-b self'
req fdb/append-vxlan-default-dst           bridge   'bridge fdb append 00:00:00:00:00:00 dev vxlan100 dst 192.0.2.2'
req fdb/add-vxlan-self-permanent           bridge   'bridge fdb add 02:00:00:00:01:01 dev vxlan100 dst 192.0.2.2 self permanent'
req fdb/replace-vxlan-self-permanent       fdbs     'bridge fdb replace 02:00:00:00:01:01 dev vxlan100 dst 192.0.2.3 self permanent'
req fdb/add-vxlan-vni-port-via             bridge   'bridge fdb add 02:00:00:00:01:02 dev vxlan100 dst 192.0.2.2 vni 200 port 4790 via veth-a self permanent'
note 'the kernel lacks CONFIG_BRIDGE_VLAN_FILTERING, so the bridge has no VLAN 10'
req fdb/add-vlan                           bridge   'bridge fdb add 02:00:00:00:00:02 dev veth-b master static vlan 10'
req fdb/del-master                         fdbs     'bridge fdb del 02:00:00:00:00:01 dev veth-b master'
req fdb/del-vxlan-dst                      fdbs     'bridge fdb del 02:00:00:00:01:01 dev vxlan100 dst 192.0.2.2 self'
dump fdb/show-br                           fdbs     'bridge fdb show br br0'                         'bridge -j fdb show br br0'

# ---- bridge ----
req bridge/link-set-isolated-on            bridge   'bridge link set dev veth-b isolated on'
req bridge/link-set-learning-off           bridge   'bridge link set dev veth-b learning off'
req bridge/link-set-hairpin-on             bridge   'bridge link set dev veth-b hairpin on'
note 'the kernel lacks CONFIG_BRIDGE_VLAN_FILTERING'
req bridge/vlan-add-pvid-untagged          bridge   'bridge vlan add dev veth-b vid 10 pvid untagged'
note 'the kernel lacks CONFIG_BRIDGE_VLAN_FILTERING'
req bridge/vlan-add-range                  bridge   'bridge vlan add dev veth-b vid 20-30'
note 'the kernel lacks CONFIG_BRIDGE_VLAN_FILTERING (it acks the delete all the same)'
req bridge/vlan-del                        bridge   'bridge vlan del dev veth-b vid 10'
note 'the kernel lacks CONFIG_BRIDGE_VLAN_FILTERING: the ports come back without VLANs'
dump bridge/vlan-show                      bridge   'bridge vlan show'                               'bridge -j vlan show'

# ---- tc: qdiscs ----
req tc/qdisc-add-htb-default-30            pair     'tc qdisc add dev veth-a root handle 1: htb default 30'
req tc/qdisc-add-tbf                       pair     'tc qdisc add dev veth-a root tbf rate 8mbit burst 32kb latency 50ms'
req tc/qdisc-replace-tbf                   pair     'tc qdisc replace dev veth-a root tbf rate 8mbit burst 32kb latency 50ms'
req tc/qdisc-change-tbf                    tbf      'tc qdisc change dev veth-a root tbf rate 4mbit burst 32kb latency 50ms'
req tc/qdisc-del-root                      htb      'tc qdisc del dev veth-a root'
req tc/qdisc-add-pfifo-limit-100           pair     'tc qdisc add dev veth-a root pfifo limit 100'
req tc/qdisc-add-bfifo-limit-10000         pair     'tc qdisc add dev veth-a root bfifo limit 10000'
req tc/qdisc-add-clsact                    pair     'tc qdisc add dev veth-a clsact'
req tc/qdisc-add-ingress                   pair     'tc qdisc add dev veth-a ingress'
req tc/qdisc-add-prio-bands-3              pair     'tc qdisc add dev veth-a root prio bands 3'
req tc/qdisc-add-fq-codel                  pair     'tc qdisc add dev veth-a root fq_codel'
req tc/qdisc-add-fq-codel-options          pair     'tc qdisc add dev veth-a root fq_codel limit 1000 target 5ms interval 100ms'
req tc/qdisc-add-sfq-perturb-10            pair     'tc qdisc add dev veth-a root sfq perturb 10'
req tc/qdisc-add-netem-delay               pair     'tc qdisc add dev veth-a root netem delay 50ms'
req tc/qdisc-add-netem-delay-jitter        pair     'tc qdisc add dev veth-a root netem delay 50ms 10ms 25%'
req tc/qdisc-add-netem-loss                pair     'tc qdisc add dev veth-a root netem loss 1%'
req tc/qdisc-add-netem-loss-correlation    pair     'tc qdisc add dev veth-a root netem loss 1% 25%'
req tc/qdisc-add-netem-duplicate           pair     'tc qdisc add dev veth-a root netem duplicate 1%'
note 'netem wants a delay with reorder'
req tc/qdisc-add-netem-reorder             pair     'tc qdisc add dev veth-a root netem delay 10ms reorder 25% 50%'
req tc/qdisc-add-netem-corrupt             pair     'tc qdisc add dev veth-a root netem corrupt 0.1%'
req tc/qdisc-add-netem-rate                pair     'tc qdisc add dev veth-a root netem rate 1mbit'
req tc/qdisc-add-netem-limit               pair     'tc qdisc add dev veth-a root netem limit 2000'
req tc/qdisc-add-netem-all                 pair     'tc qdisc add dev veth-a root netem limit 2000 delay 50ms 10ms 25% loss 1% 25% duplicate 1% reorder 25% 50% corrupt 0.1% rate 1mbit'
dump tc/qdisc-show-stats                   htbtree  'tc -s qdisc show dev veth-a'                    'tc -j -s qdisc show dev veth-a'

# ---- tc: classes ----
req tc/class-add-htb-rate                  htb      'tc class add dev veth-a parent 1: classid 1:1 htb rate 20mbit'
req tc/class-add-htb-rate-ceil             htbroot  'tc class add dev veth-a parent 1:1 classid 1:10 htb rate 4mbit ceil 4mbit'
req tc/class-add-htb-burst-prio-quantum    htbroot  'tc class add dev veth-a parent 1:1 classid 1:30 htb rate 12mbit ceil 12mbit burst 15k cburst 15k prio 1 quantum 1500'
req tc/class-del                           htbclasses 'tc class del dev veth-a classid 1:10'
dump tc/class-show-stats                   htbtree  'tc -s class show dev veth-a'                    'tc -j -s class show dev veth-a'

# ---- tc: filters ----
req tc/filter-add-u32-ip-dst               htbclasses 'tc filter add dev veth-a parent 1: protocol ip prio 1 u32 match ip dst 10.10.0.2/32 flowid 1:10'
req tc/filter-add-u32-ip-src               htbclasses 'tc filter add dev veth-a parent 1: protocol ip prio 1 u32 match ip src 10.10.0.0/24 flowid 1:10'
req tc/filter-add-u32-protocol-dport       htbclasses 'tc filter add dev veth-a parent 1: protocol ip prio 1 u32 match ip protocol 6 0xff match ip dport 80 0xffff flowid 1:10'
req tc/filter-add-u32-sport                htbclasses 'tc filter add dev veth-a parent 1: protocol ip prio 1 u32 match ip sport 5000 0xffff flowid 1:10'
req tc/filter-add-u32-ip6-dst              htbclasses 'tc filter add dev veth-a parent 1: protocol ipv6 prio 1 u32 match ip6 dst fd00::2/128 flowid 1:10'
req tc/filter-add-matchall-mirred-redirect clsact   'tc filter add dev veth-a ingress matchall action mirred egress redirect dev veth-b'
req tc/filter-add-u32-mirred-redirect      clsact   'tc filter add dev veth-a ingress u32 match u32 0 0 action mirred egress redirect dev veth-b'
req tc/filter-add-u32-mirred-mirror        clsact   'tc filter add dev veth-a ingress u32 match u32 0 0 action mirred egress mirror dev veth-b'
note "tc 6.1 sends nothing without 'protocol ip' (Illegal \"dst_ip\"), so it is added"
req tc/filter-add-flower-drop              clsact   'tc filter add dev veth-a ingress protocol ip flower dst_ip 10.0.0.2 ip_proto tcp dst_port 80 action drop'
req tc/filter-add-matchall-gact-pass       clsact   'tc filter add dev veth-a ingress matchall action gact pass'
req tc/filter-add-matchall-drop            clsact   'tc filter add dev veth-a ingress matchall action drop'
req tc/filter-add-matchall-police          clsact   'tc filter add dev veth-a ingress matchall action police rate 1mbit burst 10k conform-exceed drop'
note 'tc-pass.o is tc-pass.s assembled with llvm-mc; TCA_BPF_FD holds the program fd of the tc process'
req tc/filter-add-bpf-da-obj               clsact   'tc filter add dev veth-a ingress bpf da obj tc-pass.o sec tc'
req tc/filter-add-bpf-bytecode             clsact   "tc filter add dev veth-a ingress bpf bytecode '1,6 0 0 4294967295,'"
req tc/filter-del-prio-1                   htbtree  'tc filter del dev veth-a parent 1: prio 1'
dump tc/filter-show                        htbtree  'tc filter show dev veth-a parent 1:'            'tc -j filter show dev veth-a parent 1:'

missed
