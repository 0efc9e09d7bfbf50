# Shared by capture-route.sh and capture-rules-bridge.sh: the lock, the throwaway namespaces and
# their cleanup, the setup helper s, and the capture machinery (req, dump, note). The sourcing
# script sets NS, PEER and TMP's prefix first: NLCAP_PREFIX. Format of the fixtures: see nlcap.py.
[ -n "${NLCAP_LOCKED:-}" ] || exec env NLCAP_LOCKED=1 flock /tmp/netlink4j-kernel-tests.lock "$0" "$@"
cd "$(dirname "$0")"
TMP=$(mktemp -d "/tmp/$NLCAP_PREFIX.XXXXXX")
cleanup() {
  ip netns del "$NS" 2>/dev/null || true
  ip netns del "$PEER" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT
for n in "$NS" "$PEER"; do
  if [ -e "/run/netns/$n" ]; then echo "namespace $n already exists: another capture run?" >&2; exit 1; fi
done
MISSED=()
# The system python: a version-manager shim (pyenv) costs most of a second per call.
PY=${PYTHON:-$(command -v /usr/bin/python3 || command -v python3)}

# ---- setups: each builds the namespace state a command needs, and records its commands ----
SETUP=()
s() {
  SETUP+=("$1")
  ip netns exec "$NS" bash -c "$1" >/dev/null 2>"$TMP/setup.err" || { cat "$TMP/setup.err" >&2; return 1; }
}
none() { :; }

# ---- capture machinery ----
indexes() { ip -n "$1" -o link | sed -E 's/^([0-9]+): ([^:@]+)[:@].*/\2=\1/' | tr '\n' ' ' | sed 's/ $//'; }

fresh() {
  ip netns del "$NS" 2>/dev/null || true
  ip netns del "$PEER" 2>/dev/null || true
  ip netns add "$NS"
  SETUP=()
}

# capture request|reply FILE SETUP 'COMMAND' ['JSON COMMAND']
capture() {
  local mode=$1 file=$2 setup=$3 cmd=$4 json=${5:-} rc=0
  [[ $file == ${ONLY:-*} ]] || return 0
  fresh
  "$setup"
  local meta=(--comment "$cmd" --comment "device indexes: $(indexes "$NS")")
  [ -e "/run/netns/$PEER" ] && meta+=(--comment "device indexes in $PEER: $(indexes "$PEER")")
  [ -n "${NOTE:-}" ] && meta+=(--comment "note: $NOTE")
  local args=()
  for c in "${SETUP[@]}"; do args+=(--setup "$c"); done
  eval "set -- $cmd"
  (cd "$TMP" && ip netns exec "$NS" strace -qq -o "$TMP/log" \
     -e trace=socket,openat,bpf,fcntl,sendmsg,sendto,recvmsg,recvfrom -e write=all -e read=all \
     "$@" >"$TMP/out" 2>"$TMP/err") || rc=$?
  mkdir -p "$(dirname "$file")"
  local got=0
  "$PY" nlcap.py request "$TMP/log" "${meta[@]}" --exit "$rc" --stderr "$TMP/err" \
    "${args[@]}" >"$TMP/fixture" || got=$?
  [ "$got" = 0 ] || [ "$got" = 3 ] || { echo "nlcap.py failed on: $cmd" >&2; return 1; }
  if [ "$got" = 3 ]; then
    MISSED+=("$file: $cmd -- the tool sent nothing: $(head -n1 "$TMP/err")")
    rm -f "$file.hex" "$file.reply.hex" "$file.json" "$file.txt"
    return 0
  fi
  mv "$TMP/fixture" "$file.hex"
  [ "$mode" = reply ] || return 0
  # The same state as the tool prints it: JSON when the tool has it (tc 6.1 prints text for classes).
  local base side
  base=$(basename "$file")
  eval "set -- $json"
  ip netns exec "$NS" "$@" >"$TMP/json"
  rm -f "$file.json" "$file.txt"
  if "$PY" -m json.tool "$TMP/json" >"$file.json" 2>/dev/null; then
    side="same state as JSON: $json > $base.json"
  else
    rm -f "$file.json"
    cp "$TMP/json" "$file.txt"
    side="same state as text (this tool version prints no JSON here): $json > $base.txt"
  fi
  "$PY" nlcap.py reply "$TMP/log" --comment "$cmd" --comment "answer to the request in $base.hex; $side" \
    "${meta[@]:2}" "${args[@]}" >"$file.reply.hex"
}
req() { capture request "$@"; NOTE=; }   # req FILE SETUP 'COMMAND'
dump() { capture reply "$@"; NOTE=; }    # dump FILE SETUP 'COMMAND' 'JSON COMMAND'
note() { NOTE=$1; }                      # a "# note: ..." for the next capture only
NOTE=

# Says which commands sent nothing (their fixture is not written); call at the end.
missed() {
  if [ ${#MISSED[@]} -gt 0 ]; then
    printf 'no request sent (fixture not written):\n' >&2
    printf '  %s\n' "${MISSED[@]}" >&2
  fi
}
