#!/usr/bin/env bash
# Consumer check: what a user's first hour with netlink4j exercises, before users do. Installs the
# library artifacts and the BOM (no tests, no javadoc) into a throwaway local repository, then
# builds .ci/consumer, a project outside the reactor that imports netlink4j-bom and depends on
# netlink-route and netlink-netfilter, twice, and runs it each time:
#   - on the class path, with --enable-native-access=ALL-UNNAMED;
#   - on the module path (-Pmodule-path adds a module-info requiring the library modules), with
#     --enable-native-access=io.netlink4j.core, as README.md says.
# Each run creates a bridge and an nftables table in a new anonymous network namespace and
# reads them back (.ci/consumer/src/main/java/io/netlink4j/consumer/Main.java); the namespace
# dies with the JVM, so nothing is left behind. Fails on a missing export or `requires
# transitive`, a dependency missing from (or added to) the POMs, a JVM warning (such as a
# native-access warning the documented flag should have prevented), or a failed operation.
# Needs root (CAP_SYS_ADMIN and CAP_NET_ADMIN).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh
if [ "$(id -u)" != 0 ]; then
  echo "consumer check: run it as root: it creates a network namespace" >&2
  exit 1
fi
start=$SECONDS
scratch consumer
read -ra repo_args <<< "$(isolated_repo "$SCRATCH")"
version=$(project_version)
copy_tree "$SCRATCH/src"
modules="$(libraries | paste -sd, -),netlink4j-bom"
if ! (cd "$SCRATCH/src" && mvn_ "${repo_args[@]}" -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip \
      install -pl "$modules" -am) > "$SCRATCH/install.log" 2>&1; then
  tail -n 40 "$SCRATCH/install.log" >&2
  echo "consumer check: installing the libraries failed" >&2
  exit 1
fi
echo "consumer check: installed $modules $version into a throwaway repository ($(since "$start"))"

# consume MODE PROFILE NATIVE_ACCESS LAUNCH...: build .ci/consumer in MODE, then run it.
consume() {
  local mode=$1 profile=$2 access=$3 dir="$SCRATCH/consumer-${1// /-}"
  shift 3
  cp -r "$SCRATCH/src/.ci/consumer" "$dir"
  if ! "$SCRATCH/src/build.sh" mvn "${repo_args[@]}" -f "$dir/pom.xml" $profile -Dnetlink4j.version="$version" \
        compile dependency:build-classpath -Dmdep.outputFile="$dir/classpath.txt" -Dmdep.includeScope=runtime \
        > "$dir/build.log" 2>&1; then
    grep -E '^\[(ERROR|WARNING)\]' "$dir/build.log" | head -n 30 >&2 || tail -n 30 "$dir/build.log" >&2
    echo "consumer check ($mode): the consumer does not build against the installed artifacts" >&2
    exit 1
  fi
  local jars
  jars=$(tr ':' '\n' < "$dir/classpath.txt" | sed 's:.*/::' | sort | paste -sd' ' -)
  local j
  for j in $jars; do
    case "$j" in
      netlink-*-"$version".jar) ;;
      *) echo "consumer check ($mode): unexpected runtime dependency $j (the library has none but its own modules)" >&2
         exit 1 ;;
    esac
  done
  local cp
  cp="$dir/target/classes:$(cat "$dir/classpath.txt")"
  local out rc=0
  out=$(cd "$dir" && java "--enable-native-access=$access" "${@/@CP@/$cp}" 2> "$dir/stderr") || rc=$?
  if [ "$rc" != 0 ] || [ -s "$dir/stderr" ] || [[ "$out" != "consumer ok ($mode"* ]]; then
    printf '%s\n' "$out"
    cat "$dir/stderr" >&2
    echo "consumer check ($mode): the run failed (exit $rc), printed to stderr, or did not report success" >&2
    exit 1
  fi
  echo "$out"
  echo "consumer check ($mode): runtime jars: $jars"
}
consume "class path" "" ALL-UNNAMED -cp @CP@ io.netlink4j.consumer.Main
consume "module path" "-Pmodule-path" io.netlink4j.core -p @CP@ -m io.netlink4j.consumer/io.netlink4j.consumer.Main
echo "consumer check: passed in $(since "$start")"
