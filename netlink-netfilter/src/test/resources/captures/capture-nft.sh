#!/usr/bin/env bash
# Regenerates the nftables capture fixtures under nft/: the batch datagram (BATCH_BEGIN ... END)
# nft sends for one command, and for `nft list ruleset` also the kernel's dump replies.
# Run as root; needs nft, strace, python3. The post-processor is the one next to
# netlink-route's capture-route.sh (one copy for both modules), which also documents the format.
#
# Each fixture runs in a FRESH namespace "nlcap-nft" built by one setup function, so table, chain
# and rule handles are the same on every run. The host namespace is never touched; the namespace
# is deleted on exit, also on failure. The run holds /tmp/netlink4j-kernel-tests.lock, as the
# kernel tests do. ONLY='nft/add-*' limits a run to the fixtures whose name matches.
set -euo pipefail
[ -n "${NLCAP_LOCKED:-}" ] || exec env NLCAP_LOCKED=1 flock /tmp/netlink4j-kernel-tests.lock "$0" "$@"
cd "$(dirname "$0")"
NLCAP=$PWD/../../../../../netlink-route/src/test/resources/captures/nlcap.py
NS=nlcap-nft
TMP=$(mktemp -d /tmp/nlcap-nft.XXXXXX)
cleanup() { ip netns del "$NS" 2>/dev/null || true; rm -rf "$TMP"; }
trap cleanup EXIT
if [ -e "/run/netns/$NS" ]; then echo "namespace $NS already exists: another capture run?" >&2; exit 1; fi
MISSED=()
# The system python: a version-manager shim (pyenv) costs most of a second per call.
PY=${PYTHON:-$(command -v /usr/bin/python3 || command -v python3)}

# ---- setups ----
SETUP=()
s() {
  SETUP+=("$1")
  ip netns exec "$NS" bash -c "$1" >/dev/null 2>"$TMP/setup.err" || { cat "$TMP/setup.err" >&2; return 1; }
}
none() { :; }
nat() { s 'nft add table ip nat'; }
natpost() { nat; s "nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority srcnat; policy accept; }'"; }
natpre() { nat; s "nft add chain ip nat PREROUTING '{ type nat hook prerouting priority dstnat; policy accept; }'"; }
# The NAT setup the list/delete captures use; the first masquerade rule gets handle 4.
natfull() {
  natpre
  s "nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority srcnat; policy accept; }'"
  s 'nft add rule ip nat PREROUTING iifname "eth0" tcp dport 8080 dnat to 10.0.0.2:80'
  s 'nft add rule ip nat POSTROUTING oifname "eth0" masquerade'
  s 'nft add rule ip nat POSTROUTING ip saddr 10.244.0.0/24 oifname != "cni0" masquerade'
}
filter() { s 'nft add table ip filter'; }
forward() { filter; s "nft add chain ip filter FORWARD '{ type filter hook forward priority filter; policy accept; }'"; }
myrules() { filter; s 'nft add chain ip filter my-rules'; }

# ---- capture machinery ----
fresh() { ip netns del "$NS" 2>/dev/null || true; ip netns add "$NS"; SETUP=(); }

# capture request|reply FILE SETUP 'COMMAND' ['JSON COMMAND']
capture() {
  local mode=$1 file=$2 setup=$3 cmd=$4 json=${5:-} rc=0 got=0 select=nft-batch
  [[ $file == ${ONLY:-*} ]] || return 0
  [ "$mode" = reply ] && select=nft-dump
  local note=()
  [ -n "${NOTE:-}" ] && note=(--comment "note: $NOTE")
  fresh
  "$setup"
  local args=()
  for c in "${SETUP[@]}"; do args+=(--setup "$c"); done
  eval "set -- $cmd"
  ip netns exec "$NS" strace -qq -o "$TMP/log" \
    -e trace=socket,openat,bpf,fcntl,sendmsg,sendto,recvmsg,recvfrom -e write=all -e read=all \
    "$@" >"$TMP/out" 2>"$TMP/err" || rc=$?
  mkdir -p "$(dirname "$file")"
  "$PY" "$NLCAP" request "$TMP/log" --select "$select" --comment "$cmd" "${note[@]}" --exit "$rc" \
    --stderr "$TMP/err" "${args[@]}" >"$TMP/fixture" || got=$?
  [ "$got" = 0 ] || [ "$got" = 3 ] || { echo "nlcap.py failed on: $cmd" >&2; return 1; }
  if [ "$got" = 3 ]; then
    MISSED+=("$file: $cmd -- nft sent no batch: $(head -n1 "$TMP/err")")
    rm -f "$file.hex" "$file.reply.hex" "$file.json"
    return 0
  fi
  mv "$TMP/fixture" "$file.hex"
  [ "$mode" = reply ] || return 0
  local base
  base=$(basename "$file")
  eval "set -- $json"
  ip netns exec "$NS" "$@" | "$PY" -m json.tool >"$file.json"
  "$PY" "$NLCAP" reply "$TMP/log" --select "$select" --comment "$cmd" \
    --comment "answer to the requests in $base.hex, in order (NFT_MSG_GETGEN and its answer, which holds nft's pid, are left out); same state as JSON: $json > $base.json" \
    "${args[@]}" >"$file.reply.hex"
}
req() { capture request "$@"; NOTE=; }   # req FILE SETUP 'COMMAND'
dump() { capture reply "$@"; NOTE=; }    # dump FILE SETUP 'COMMAND' 'JSON COMMAND'
note() { NOTE=$1; }                      # a "# note: ..." for the next capture only
NOTE=

# ---- tables and chains ----
req nft/add-table                          none     'nft add table ip nat'
req nft/add-table-filter                   none     'nft add table ip filter'
req nft/add-chain-nat-postrouting          nat      "nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority srcnat; policy accept; }'"
req nft/add-chain-nat-prerouting           nat      "nft add chain ip nat PREROUTING '{ type nat hook prerouting priority dstnat; policy accept; }'"
req nft/add-chain-filter-forward           filter   "nft add chain ip filter FORWARD '{ type filter hook forward priority filter; policy accept; }'"
req nft/add-chain-regular                  filter   'nft add chain ip filter my-rules'
req nft/delete-chain                       myrules  'nft delete chain ip filter my-rules'
req nft/delete-table                       natfull  'nft delete table ip nat'
req nft/flush-table                        natfull  'nft flush table ip nat'

# ---- rules ----
req nft/add-rule-masquerade-oifname        natpost  'nft add rule ip nat POSTROUTING oifname "eth0" masquerade'
req nft/add-rule-masquerade-saddr-oifname-not natpost 'nft add rule ip nat POSTROUTING ip saddr 10.244.0.0/24 oifname != "cni0" masquerade'
req nft/add-rule-dnat                      natpre   'nft add rule ip nat PREROUTING iifname "eth0" tcp dport 8080 dnat to 10.0.0.2:80'
req nft/add-rule-forward-accept            forward  'nft add rule ip filter FORWARD iifname "br0" oifname "eth0" accept'
note "one quoted argument, as < is a shell redirection"
req nft/add-rule-numgen-drop               forward  "nft 'add rule ip filter FORWARD numgen random mod 100 < 5 drop'"
req nft/add-rule-ct-state-accept           forward  'nft add rule ip filter FORWARD ct state established,related accept'
req nft/add-rule-counter                   forward  'nft add rule ip filter FORWARD counter'
req nft/add-rule-counter-accept            forward  'nft add rule ip filter FORWARD iifname "br0" counter accept'
note 'handle 4 is the first masquerade rule of the setup'
req nft/delete-rule-handle                 natfull  'nft delete rule ip nat POSTROUTING handle 4'

# ---- dumps ----
dump nft/list-ruleset                      natfull  'nft list ruleset'                    'nft -j list ruleset'

if [ ${#MISSED[@]} -gt 0 ]; then
  printf 'not captured: %s\n' "${MISSED[@]}" >&2
fi
