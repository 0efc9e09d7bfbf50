#!/usr/bin/env bash
# Mininet, the baseline of netlink-lab's benchmarks: installs Debian's mininet and bridge-utils
# when they are missing (without Open vSwitch: the comparison uses Linux bridges, --switch lxbr,
# and no controller), and runs the two comparisons once each, timed, INSIDE a throwaway network
# namespace: Mininet puts its switches (bridges) in the namespace it starts in, and nothing may
# change the machine's own.
#
#   benchmarks/mininet.sh install     install if missing (root)
#   benchmarks/mininet.sh run         install if missing, then time linear,50 (up + down) and
#                                     single,20 with pingall, one run each
#
# The JMH benchmarks (LabBenchmark in benchmarks.jar) fork the same commands as baselines in the
# same run as the lab's own; this script is for a quick look and for installing.
set -euo pipefail

install() {
  if ! command -v mn >/dev/null 2>&1 || ! command -v brctl >/dev/null 2>&1; then
    echo "Installing Mininet and bridge-utils from Debian (without Open vSwitch)..."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mininet bridge-utils >/dev/null
  fi
}

# Runs "mn ARGS" inside a fresh namespace, prints its wall time in seconds, deletes the namespace.
timed() {
  local ns="nlb-mn-$$-$RANDOM" start end rc=0
  ip netns add "$ns"
  ip netns exec "$ns" ip link set lo up
  start=$(date +%s%N)
  ip netns exec "$ns" mn --switch lxbr --controller none "$@" >"/tmp/$ns.log" 2>&1 || rc=$?
  end=$(date +%s%N)
  ip netns del "$ns"
  if [ "$rc" != 0 ] || grep -q 'Results: [1-9]' "/tmp/$ns.log"; then
    echo "mn $* failed (exit $rc):" >&2
    cat "/tmp/$ns.log" >&2
    rm -f "/tmp/$ns.log"
    return 1
  fi
  rm -f "/tmp/$ns.log"
  awk -v ns="$((end - start))" 'BEGIN { printf "%.2f\n", ns / 1e9 }'
}

if [ "$(id -u)" != 0 ]; then
  echo "Mininet needs root: sudo $0 $*" >&2
  exit 1
fi
case "${1:-run}" in
  install)
    install
    ;;
  run)
    install
    echo "mn --switch lxbr --controller none --topo linear,50 (up + down): $(timed --topo linear,50 --test none) s"
    echo "mn --switch lxbr --controller none --topo single,20 --test pingall: $(timed --topo single,20 --test pingall) s"
    ;;
  *)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
