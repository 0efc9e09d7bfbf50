#!/usr/bin/env bash
# Reproducible-build check: builds the library modules (the artifacts netlink4j-bom lists) twice,
# from two copies of the source tree at different paths, with different time zones and locales,
# and fails unless every jar they produce (jar, sources, javadoc, test-jar) is the same byte for
# byte. project.build.outputTimestamp in netlink4j-bom/pom.xml is what makes them so. The umask
# is 022 for both: archives record file modes, so (as Reproducible Central's buildspecs record)
# a rebuild uses the same umask; a release is built with 022.
# Cheap on purpose: no tests, only the library modules (and the POMs they need).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh
start=$SECONDS
scratch reproducible
modules=$(libraries | paste -sd, -)

build() {  # DIR TZ LOCALE UMASK
  local dir=$1
  copy_tree "$dir"
  if ! (cd "$dir" && umask "$4" && TZ=$2 LC_ALL=$3 LANG=$3 \
        mvn_ -DskipTests -Dmaven.javadoc.failOnWarnings=false package -pl "$modules" -am) > "$dir.log" 2>&1; then
    tail -n 40 "$dir.log" >&2
    echo "reproducible: the build in $dir failed" >&2
    exit 1
  fi
}
build "$SCRATCH/a" UTC C.UTF-8 022
build "$SCRATCH/second-build/b" Pacific/Chatham en_US.UTF-8 022

failed=0 n=0
for m in $(libraries); do
  for ja in "$SCRATCH/a/$m/target/"*.jar; do
    name=$(basename "$ja")
    jb="$SCRATCH/second-build/b/$m/target/$name"
    n=$((n + 1))
    if [ ! -f "$jb" ]; then
      echo "DIFF $m/$name: only in the first build"; failed=1
    elif cmp -s "$ja" "$jb"; then
      echo "same $m/$name"
    else
      echo "DIFF $m/$name; entries that differ (name, size, CRC, time):"; failed=1
      diff <(unzip -Z -v "$ja" | grep -E '^(Central directory entry|  file last modified|  32-bit CRC|  uncompressed size)' | sed 's/^ *//') \
           <(unzip -Z -v "$jb" | grep -E '^(Central directory entry|  file last modified|  32-bit CRC|  uncompressed size)' | sed 's/^ *//') | head -n 20 || true
    fi
  done
done
if [ "$n" = 0 ]; then
  echo "reproducible: no jar was built" >&2
  exit 1
fi
if [ "$failed" != 0 ]; then
  echo "reproducible: the two builds differ (see above); a file's timestamp, order or content depends on the build" >&2
  exit 1
fi
echo "reproducible: $n jars byte-identical across two builds, in $(since "$start")"
