#!/usr/bin/env bash
# Regenerates the nftables capture fixtures under nft/: what nft sends to the kernel for one
# command (the batch datagram, BEGIN..END), and for list commands also what the kernel answers.
# Run as root; needs nft, strace, python3. The post-processor is the one next to netlink-route's
# capture-route.sh (one copy for both modules), which also documents the format.
#
# Each fixture runs in a FRESH namespace "nlcap-nft", built by one setup function (an `nft -f`
# script), so handles are the same on every run. The host namespace is never touched; the
# namespace is deleted on exit, also on failure. The whole run holds
# /tmp/netlink4j-kernel-tests.lock, as the kernel tests do. ONLY='nft/rule/*' limits a run to
# the fixtures whose name matches.
#
# File format: "# COMMAND", further "# ..." facts (the kernel's answer, the setup), then one sent
# datagram per line as lowercase hex, with nlmsg_seq and nlmsg_pid zeroed. A list command also
# writes NAME.reply.hex (the kernel's datagrams), NAME.txt (nft's text of the same state) and
# NAME.json (nft -j).
#
# Commands that create objects run as `nft -e` (echo): the library asks for the same echoes, to
# return the handles the kernel gave; nft then sets NLM_F_ECHO exactly as the library does.
set -euo pipefail
[ -n "${NLCAP_LOCKED:-}" ] || exec env NLCAP_LOCKED=1 flock /tmp/netlink4j-kernel-tests.lock "$0" "$@"
cd "$(dirname "$0")"
NLCAP=$PWD/../../../../../netlink-route/src/test/resources/captures/nlcap.py
NS=nlcap-nft
TMP=$(mktemp -d /tmp/nlcap-nft.XXXXXX)
cleanup() {
  ip netns del "$NS" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT
if [ -e "/run/netns/$NS" ]; then echo "namespace $NS already exists: another capture run?" >&2; exit 1; fi
MISSED=()
# The system python: a version-manager shim (pyenv) costs most of a second per call.
PY=${PYTHON:-$(command -v /usr/bin/python3 || command -v python3)}

# ---- setups: nft scripts run in the fresh namespace before the command ----
SETUP=""
none() { SETUP=""; }
nat() {
  SETUP='add table ip nat
add chain ip nat PREROUTING { type nat hook prerouting priority dstnat; policy accept; }
add chain ip nat POSTROUTING { type nat hook postrouting priority srcnat; policy accept; }'
}
nattable() { SETUP='add table ip nat'; }
filtertable() { SETUP='add table ip filter'; }
mixedtable() { SETUP='add table inet mixed'; }
filter() {
  SETUP='add table ip filter
add chain ip filter FORWARD { type filter hook forward priority filter; policy drop; }
add chain ip filter other'
}
filterrules() {
  filter
  SETUP="$SETUP
add rule ip filter FORWARD iifname \"br0\" accept
add rule ip filter FORWARD oifname \"br0\" accept"
}
mixed() {
  SETUP='add table inet mixed
add chain inet mixed input { type filter hook input priority 0; policy accept; }'
}
six() {
  SETUP='add table ip6 six
add chain ip6 six output { type filter hook output priority 0; policy accept; }'
}
# Every rule the library's tests write, in one ruleset: the state the list fixtures read.
ruleset() {
  SETUP='add table ip filter
add chain ip filter FORWARD { type filter hook forward priority filter; policy drop; }
add chain ip filter other
add rule ip filter FORWARD iifname "br0" oifname "eth0" accept
add rule ip filter FORWARD ct state established,related accept
add rule ip filter FORWARD meta l4proto tcp jump other
add rule ip filter FORWARD meta mark 0x10 goto other
add rule ip filter FORWARD ip daddr 10.0.0.1 tcp dport 80 drop
add rule ip filter FORWARD udp dport != 53 drop
add rule ip filter FORWARD tcp dport < 1024 counter drop
add rule ip filter FORWARD ip saddr 10.244.0.0/20 iifname != "veth-long-name" accept
add rule ip filter other return
add table ip nat
add chain ip nat PREROUTING { type nat hook prerouting priority dstnat; policy accept; }
add chain ip nat POSTROUTING { type nat hook postrouting priority srcnat; policy accept; }
add rule ip nat PREROUTING iifname "eth0" tcp dport 8080 dnat to 10.0.0.2:80
add rule ip nat PREROUTING iifname "eth0" udp dport 53 dnat to 10.0.0.3
add rule ip nat POSTROUTING ip saddr 10.0.0.0/8 meta l4proto tcp snat to 192.0.2.1:1000
add rule ip nat POSTROUTING ip saddr 10.244.0.0/24 oifname != "cni0" masquerade
add rule ip nat POSTROUTING oifname "eth0" masquerade
add table inet mixed
add chain inet mixed input { type filter hook input priority 0; policy accept; }
add rule inet mixed input ip saddr 192.0.2.0/24 drop
add rule inet mixed input ip6 saddr 2001:db8::/32 accept
add table ip6 six
add chain ip6 six output { type filter hook output priority 0; policy accept; }
add rule ip6 six output ip6 daddr 2001:db8::1 counter drop
add table ip extra
add chain ip extra input { type filter hook input priority 0; policy accept; }
add rule ip extra input tcp dport 22 limit rate 10/second log prefix "ssh " accept comment "kept as is"'
}

# ---- capture machinery ----
fresh() {
  ip netns del "$NS" 2>/dev/null || true
  ip netns add "$NS"
  if [ -n "$SETUP" ]; then
    printf '%s\n' "$SETUP" | ip netns exec "$NS" nft -f - 2>"$TMP/setup.err" || { cat "$TMP/setup.err" >&2; return 1; }
  fi
}

# capture request|reply FILE SETUP SELECT 'COMMAND'
capture() {
  local mode=$1 file=$2 setup=$3 select=$4 cmd=$5 rc=0 got=0
  [[ $file == ${ONLY:-*} ]] || return 0
  "$setup"
  fresh
  local args=()
  while IFS= read -r line; do [ -n "$line" ] && args+=(--setup "nft $line"); done <<<"$SETUP"
  eval "set -- $cmd"
  (cd "$TMP" && ip netns exec "$NS" strace -qq -o "$TMP/log" \
     -e trace=socket,sendmsg,sendto,recvmsg,recvfrom -e write=all -e read=all \
     "$@" >"$TMP/out" 2>"$TMP/err") || rc=$?
  mkdir -p "$(dirname "$file")"
  "$PY" "$NLCAP" request "$TMP/log" --select "$select" --comment "$cmd" --exit "$rc" --stderr "$TMP/err" \
    "${args[@]}" >"$TMP/fixture" || got=$?
  [ "$got" = 0 ] || [ "$got" = 3 ] || { echo "nlcap.py failed on: $cmd" >&2; return 1; }
  if [ "$got" = 3 ]; then
    MISSED+=("$file: $cmd -- nft sent nothing: $(head -n1 "$TMP/err")")
    rm -f "$file.hex" "$file.reply.hex" "$file.json" "$file.txt"
    return 0
  fi
  mv "$TMP/fixture" "$file.hex"
  [ "$mode" = reply ] || return 0
  local base
  base=$(basename "$file")
  ip netns exec "$NS" nft list ruleset >"$file.txt"
  ip netns exec "$NS" nft -j list ruleset | "$PY" -m json.tool >"$file.json"
  "$PY" "$NLCAP" reply "$TMP/log" --select "$select" --comment "$cmd" \
    --comment "answer to the requests in $base.hex; the same state as nft prints it: $base.txt, $base.json" \
    "${args[@]}" >"$file.reply.hex"
}
batch() { capture request "$1" "$2" nft-batch "$3"; }   # batch FILE SETUP 'COMMAND'
list() { capture reply "$1" "$2" nft-dump "$3"; }       # list FILE SETUP 'COMMAND'

# ---- tables ----
batch nft/table/add            none   'nft -e add table ip nat'
batch nft/table/add-inet       none   'nft -e add table inet fw'
batch nft/table/create         none   'nft -e create table ip nat'
batch nft/table/delete         nat    'nft delete table ip nat'
batch nft/table/flush          nat    'nft flush table ip nat'

# ---- chains ----
# The chains of the ruleset the list fixtures read, so that a listed chain can be re-encoded and
# compared with what nft sent to make it.
batch nft/chain/add-base-nat        nattable    'nft -e add chain ip nat POSTROUTING "{ type nat hook postrouting priority srcnat; policy accept; }"'
batch nft/chain/add-base-drop       filtertable 'nft -e add chain ip filter FORWARD "{ type filter hook forward priority filter; policy drop; }"'
batch nft/chain/add-regular         filtertable 'nft -e add chain ip filter other'
batch nft/chain/add-inet-input      mixedtable  'nft -e add chain inet mixed input "{ type filter hook input priority 0; policy accept; }"'
batch nft/chain/add-base-nopolicy   filter      'nft -e add chain ip filter OUTPUT "{ type filter hook output priority 10; }"'
batch nft/chain/create-base         filter      'nft -e create chain ip filter INPUT "{ type filter hook input priority filter; policy accept; }"'
batch nft/chain/delete              filter 'nft delete chain ip filter other'
batch nft/chain/flush               filter 'nft flush chain ip filter FORWARD'

# ---- rules: every expression the one-liners and the rule methods write ----
batch nft/rule/masquerade                 nat    'nft -e add rule ip nat POSTROUTING oifname "eth0" masquerade'
batch nft/rule/masquerade-source          nat    'nft -e add rule ip nat POSTROUTING ip saddr 10.244.0.0/24 oifname != "cni0" masquerade'
batch nft/rule/dnat-tcp                   nat    'nft -e add rule ip nat PREROUTING iifname "eth0" tcp dport 8080 dnat to 10.0.0.2:80'
batch nft/rule/dnat-udp-address           nat    'nft -e add rule ip nat PREROUTING iifname "eth0" udp dport 53 dnat to 10.0.0.3'
batch nft/rule/snat-port                  nat    'nft -e add rule ip nat POSTROUTING ip saddr 10.0.0.0/8 meta l4proto tcp snat to 192.0.2.1:1000'
batch nft/rule/snat-address               nat    'nft -e add rule ip nat POSTROUTING oifname "eth0" snat to 192.0.2.1'
batch nft/rule/forward-accept             filter 'nft -e add rule ip filter FORWARD iifname "br0" oifname "eth0" accept'
batch nft/rule/ct-state                   filter 'nft -e add rule ip filter FORWARD ct state established,related accept'
batch nft/rule/l4proto-jump               filter 'nft -e add rule ip filter FORWARD meta l4proto tcp jump other'
batch nft/rule/mark-goto                  filter 'nft -e add rule ip filter FORWARD meta mark 0x10 goto other'
batch nft/rule/daddr-dport-drop           filter 'nft -e add rule ip filter FORWARD ip daddr 10.0.0.1 tcp dport 80 drop'
batch nft/rule/dport-neq                  filter 'nft -e add rule ip filter FORWARD udp dport != 53 drop'
batch nft/rule/dport-lt-counter           filter 'nft -e add rule ip filter FORWARD tcp dport "<" 1024 counter drop'
batch nft/rule/saddr-masked-iifname-neq   filter 'nft -e add rule ip filter FORWARD ip saddr 10.244.0.0/20 iifname != "veth-long-name" accept'
batch nft/rule/sport-gte                  filter 'nft -e add rule ip filter FORWARD udp sport ">=" 1024 accept'
batch nft/rule/daddr-neq                  filter 'nft -e add rule ip filter FORWARD ip daddr != 10.0.0.0/8 drop'
batch nft/rule/return                     filter 'nft -e add rule ip filter other return'
batch nft/rule/inet-saddr                 mixed  'nft -e add rule inet mixed input ip saddr 192.0.2.0/24 drop'
batch nft/rule/inet-saddr6                mixed  'nft -e add rule inet mixed input ip6 saddr 2001:db8::/32 accept'
batch nft/rule/ip6-daddr                  six    'nft -e add rule ip6 six output ip6 daddr 2001:db8::1 counter drop'
batch nft/rule/insert                     filterrules 'nft -e insert rule ip filter FORWARD iifname "lo" accept'
batch nft/rule/add-position               filterrules 'nft -e add rule ip filter FORWARD position 4 iifname "lo" accept'
batch nft/rule/insert-position            filterrules 'nft -e insert rule ip filter FORWARD position 4 iifname "lo" accept'
batch nft/rule/replace                    filterrules 'nft -e replace rule ip filter FORWARD handle 4 iifname "lo" drop'
batch nft/rule/delete                     filterrules 'nft delete rule ip filter FORWARD handle 4'

# ---- lists: requests and the kernel's answers ----
list nft/list/tables                ruleset 'nft list tables'
list nft/list/chains                ruleset 'nft list chains'
list nft/list/ruleset               ruleset 'nft list ruleset'
list nft/list/table                 ruleset 'nft list table ip nat'
list nft/list/chain                 ruleset 'nft list chain ip nat POSTROUTING'
if [ ${#MISSED[@]} -gt 0 ]; then
  printf 'not captured: %s\n' "${MISSED[@]}" >&2
  exit 1
fi
echo "captures written under $PWD/nft"

