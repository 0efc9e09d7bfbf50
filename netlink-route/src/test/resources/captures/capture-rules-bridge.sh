#!/usr/bin/env bash
# Regenerates the rule, FDB, bridge-port, bridge-VLAN and VXLAN fixtures that capture-route.sh
# (the general rtnetlink capture script, same machinery and format) does not make: what ip and
# bridge (iproute2) send for one command, and for show commands also what the kernel answers.
# Run as root; needs ip, bridge, strace, python3. The commands' arguments are typed in the order
# the library writes attributes, since ip rule and bridge fdb send them in the order typed.
#
# Each fixture runs in a FRESH namespace "nlcap-rb" built by one setup function, so ifindexes
# are the same on every run; the host namespace is never touched and the namespace is deleted on
# exit, also on failure. The run holds /tmp/netlink4j-kernel-tests.lock as the kernel tests do.
# ONLY='rule/*' limits a run to the fixtures whose name matches. Format: see nlcap.py.
set -euo pipefail
NS=nlcap-rb
PEER=nlcap-rb-peer
NLCAP_PREFIX=nlcap-rb
. "$(dirname "$0")/nlcap-lib.sh"

# ---- setups (as in capture-route.sh) ----
pair() {
  s 'ip link add veth-a address 02:00:00:00:00:0a type veth peer name veth-b address 02:00:00:00:00:0b'
}
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
  s 'bridge fdb append 00:00:00:00:00:00 dev vxlan100 dst 192.0.2.3'
  s 'bridge fdb add 02:00:00:00:01:02 dev vxlan100 dst 192.0.2.3 vni 200 port 4790 via veth-a self permanent'
}
macvlan() {
  pair
  s 'ip link add mv0 address 02:00:00:00:02:00 link veth-a type macvlan mode bridge'
}
# the ports stay down (no carrier): STP states and counters do not move between capture and JSON
ports() {
  bridge
  s 'bridge link set dev veth-b isolated on learning off cost 7 priority 3'
}
net() {
  pair
  s 'ip link set lo up'
  s 'ip link set veth-a up'
  s 'ip addr add 10.0.0.1/24 dev veth-a'
  s 'ip addr add fd00::1/64 dev veth-a nodad'
}
rules() {
  net
  s 'ip rule add from 10.2.0.0/24 lookup 100'
  s 'ip rule add to 10.3.0.0/16 lookup 200 priority 1000'
}
rules6() {
  net
  s 'ip -6 rule add from fd00::/64 lookup 100'
  s 'ip -6 rule add to fd00:1::/64 fwmark 0x2/0xf iif veth-a ipproto tcp dport 443 lookup 1000 priority 500 protocol static'
  s 'ip -6 rule add not from fd00:2::/48 priority 600 prohibit'
}

NOTE=

# ---- rules ----
req rule/add-all-selectors             net     'ip rule add not from 10.1.0.0/16 to 10.3.0.0/16 tos 0x10 fwmark 0x1/0xff iif veth-a oif veth-b priority 100 uidrange 1-2 ipproto udp sport 1-2 dport 3-4 lookup 1000 protocol static suppress_prefixlength 8'
req rule/add-lookup-1000               net     'ip rule add from 10.2.0.0/24 lookup 1000'
req rule/add-from-default-table        net     'ip rule add from 10.9.0.0/16'
req rule/add-nop                       net     'ip rule add priority 700 nop'
req rule/add-ipv6-to-fwmark            net     'ip -6 rule add to fd00:1::/64 fwmark 0x2 lookup 100'
req rule/del-priority                  rules   'ip rule del priority 1000'
req rule/del-ipv6-from                 rules6  'ip -6 rule del from fd00::/64 lookup 100'
dump rule/show-6                       rules6  'ip -6 rule'                                     'ip -6 -j rule'

# ---- fdb ----
note 'the port has no carrier (not forwarding), so the kernel refuses a dynamic entry'
req fdb/add-master-dynamic             bridge  'bridge fdb add 02:00:00:00:00:03 dev veth-b master dynamic'
req fdb/del-vxlan-zero-dst             fdbs    'bridge fdb del 00:00:00:00:00:00 dev vxlan100 dst 192.0.2.2 self'
req fdb/append-vxlan-self-permanent    bridge  'bridge fdb append 00:00:00:00:00:00 dev vxlan100 dst 192.0.2.3 self permanent'
dump fdb/show-brport                   fdbs    'bridge fdb show br br0 brport vxlan100'         'bridge -j fdb show br br0 brport vxlan100'
dump fdb/show                          fdbs    'bridge fdb show'                                'bridge -j fdb show'

# ---- bridge ports (bridge link) ----
req bridge/link-set-flood-off          bridge  'bridge link set dev veth-b flood off'
req bridge/link-set-mcast-flood-off    bridge  'bridge link set dev veth-b mcast_flood off'
req bridge/link-set-neigh-suppress-on  bridge  'bridge link set dev veth-b neigh_suppress on'
req bridge/link-set-guard-on           bridge  'bridge link set dev veth-b guard on'
req bridge/link-set-cost-10            bridge  'bridge link set dev veth-b cost 10'
req bridge/link-set-priority-5         bridge  'bridge link set dev veth-b priority 5'
req bridge/link-set-all                bridge  'bridge link set dev veth-b guard on hairpin on flood off mcast_flood off learning off cost 10 priority 5 neigh_suppress on isolated on'
dump bridge/link-show                  ports   'bridge link show'                               'bridge -d -j link show'

# ---- bridge VLANs ----
note 'the kernel lacks CONFIG_BRIDGE_VLAN_FILTERING'
req bridge/vlan-add-self               bridge  'bridge vlan add dev br0 vid 10 self'
note 'the kernel lacks CONFIG_BRIDGE_VLAN_FILTERING'
req bridge/vlan-add-range-untagged-master bridge 'bridge vlan add dev veth-b vid 20-30 untagged master'
req bridge/vlan-del-range              bridge  'bridge vlan del dev veth-b vid 20-30'

# ---- bridge and vxlan links ----
note 'a kernel without CONFIG_BRIDGE_VLAN_FILTERING accepts and ignores it'
req link/bridge-set-vlan-protocol-802.1ad bridge 'ip link set br0 type bridge vlan_protocol 802.1ad'
note 'the kernel lacks CONFIG_BRIDGE_VLAN_FILTERING'
req link/bridge-set-vlan-filtering-0   bridge  'ip link set br0 type bridge vlan_filtering 0'
req link/vxlan-add-learning            pair    'ip link add vxlan100 type vxlan id 100 dstport 4789'
req link/vxlan-add-all                 pair    'ip link add vxlan100 type vxlan id 100 ttl 64 l2miss l3miss dev veth-a local 192.0.2.1 remote 192.0.2.2 nolearning dstport 4789'
req link/vxlan-add-ipv6                pair    'ip link add vxlan100 type vxlan id 100 local fd00::1 remote fd00::2 dstport 4789'

# ---- changing a bridge, a vxlan, a macvlan in place (ip link set ... type KIND ...) ----
req link/bridge-add-timers-priority    none    'ip link add br0 type bridge stp_state 1 forward_delay 400 hello_time 300 max_age 3000 ageing_time 3000 priority 100'
req link/bridge-set-hello-time-300     bridge  'ip link set br0 type bridge hello_time 300'
req link/bridge-set-max-age-3000       bridge  'ip link set br0 type bridge max_age 3000'
req link/bridge-set-priority-100       bridge  'ip link set br0 type bridge priority 100'
note 'the kernel lacks CONFIG_BRIDGE_VLAN_FILTERING, so it refuses vlan_filtering and with it the whole request'
req link/bridge-set-all                bridge  'ip link set br0 up mtu 1400 address 02:00:00:00:00:b1 group 7 type bridge stp_state 1 forward_delay 500 hello_time 300 max_age 3000 ageing_time 1000 priority 100 vlan_filtering 0 mcast_snooping 0 vlan_protocol 802.1ad'
req link/bridge-set-no-vlan-filtering  bridge  'ip link set br0 up mtu 1400 address 02:00:00:00:00:b1 group 7 type bridge stp_state 1 forward_delay 500 hello_time 300 max_age 3000 ageing_time 1000 priority 100 mcast_snooping 0 vlan_protocol 802.1ad'
req link/vxlan-set-ttl-10              bridge  'ip link set vxlan100 type vxlan id 100 ttl 10'
req link/vxlan-set-learning            bridge  'ip link set vxlan100 type vxlan id 100 learning'
req link/vxlan-set-all                 bridge  'ip link set vxlan100 type vxlan id 100 ttl 10 dev veth-a local 192.0.2.9 remote 192.0.2.3 learning'
req link/vxlan-set-group-dev           bridge  'ip link set vxlan100 type vxlan id 100 dev veth-a group 239.1.1.1'
note 'the kernel refuses: Cannot change VNI'
req link/vxlan-set-id-101              bridge  'ip link set vxlan100 type vxlan id 101'
note 'the kernel refuses: Cannot change port (even to the same port)'
req link/vxlan-set-dstport-4789        bridge  'ip link set vxlan100 type vxlan id 100 dstport 4789'
req link/macvlan-set-mode-private      macvlan 'ip link set mv0 type macvlan mode private'
note 'the kernel neither sets nor clears passthru mode on a macvlan that exists'
req link/macvlan-set-mode-passthru     macvlan 'ip link set mv0 type macvlan mode passthru'

missed
