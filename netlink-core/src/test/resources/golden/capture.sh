#!/usr/bin/env bash
# Regenerates the golden netlink captures next to this script (run as root; needs ip and strace).
# Each *.hex file holds one datagram per line as lowercase hex. Everything happens inside a
# throwaway namespace, so the captures are deterministic (fresh ifindexes) and the host is untouched.
set -euo pipefail
cd "$(dirname "$0")"
NS=nlt-core-capture-$$
ip netns add "$NS"
trap 'ip netns del "$NS"' EXIT

# Hex of every datagram strace dumps for the traced calls ("-e write=N"/"-e read=N" dump lines).
datagrams() {
  awk '/^ \* [0-9]+ bytes in buffer/ { if (line != "") print line; line = ""; next }
       /^ \| [0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]  / { s = substr($0, 11, 49); gsub(/ /, "", s); line = line s; next }
       END { if (line != "") print line }'
}

# The request iproute2 sends for the command, skipping its RTM_GETLINK lookups: the last sendmsg.
request() {
  ip netns exec "$NS" strace -f -qq -e trace=sendmsg -e write=3 "$@" 2>&1 >/dev/null | datagrams | tail -n1
}

request ip link add veth-a type veth peer name veth-b > veth-newlink.hex
request ip addr add 10.0.0.1/24 dev veth-a > addr-newaddr.hex
ip netns exec "$NS" ip link set veth-a up
# Only the datagrams with data: iproute2 first peeks with an empty buffer to size each one.
ip netns exec "$NS" strace -f -qq -e trace=recvmsg -e read=3 ip -j link 2>&1 >/dev/null | datagrams \
  > link-dump.hex
ip -n "$NS" -j link > link-dump.json
echo "veth_a_index=$(ip -n "$NS" -j link show veth-a | sed -n 's/.*"ifindex":\([0-9]*\).*/\1/p')" \
  > capture.properties
