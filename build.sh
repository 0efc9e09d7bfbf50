#!/usr/bin/env bash
# netlink4j build entry point: finds a JDK >= 22 by itself, installs what the tests use as
# witnesses, and runs Maven.
#
#   ./build.sh demo [ARGS]   build, then run the examples' demo (all article steps, in a sandbox)
#   ./build.sh test          build and run every test (needs root: tests make network namespaces)
#   ./build.sh install       build the library jars (no tests) and install them in ~/.m2
#   ./build.sh bench [ARGS]  build the JMH jar and run the benchmarks (see benchmarks/README.md)
#   ./build.sh lab ARGS      run netlink-lab's command line (java -jar netlink-lab.jar ARGS)
#   ./build.sh examples ARGS run the examples' command line (java -jar netlink-examples.jar ARGS)
#   ./build.sh mvn ARGS      run Maven with the JDK found
#   ./build.sh jdk           print the JDK found (for scripts: JAVA_HOME=$(./build.sh jdk))
set -euo pipefail
cd "$(dirname "$0")"

MIN_JDK=22

# Major version of the JDK at $1, or nothing if it is not a JDK.
jdk_major() {
  local home=$1 v=""
  [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
  fi
  v=${v#1.}
  echo "${v%%[.+-]*}"
}

# Prints the newest JDK >= MIN_JDK among JAVA_HOME, the java on PATH and the usual install places.
find_jdk() {
  local best="" best_v=0 c v
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in /usr/lib/jvm/* /usr/local/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* \
           "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    v=$(jdk_major "$c")
    if [ -n "$v" ] && [ "$v" -ge "$MIN_JDK" ] && [ "$v" -gt "$best_v" ]; then
      best=$c; best_v=$v
    fi
  done
  echo "$best"
}

JDK=$(find_jdk)
if [ -z "$JDK" ]; then
  cat >&2 <<MSG
netlink4j needs a JDK $MIN_JDK or newer (it uses java.lang.foreign), and none was found in
JAVA_HOME, on PATH, or under /usr/lib/jvm, /opt, ~/.sdkman or ~/.jdks.
Install one (for example: apt-get install openjdk-25-jdk-headless, or a Temurin 25 tarball
unpacked under /opt), or point the build at one: JAVA_HOME=/path/to/jdk ./build.sh $*
MSG
  exit 1
fi
export JAVA_HOME=$JDK
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.8's own Guava calls sun.misc.Unsafe, which JDK 24+ warns about on every run; the
# option (JDK 23+) allows it quietly. It concerns Maven's JVM only, not the code it builds.
if [ "$(jdk_major "$JAVA_HOME")" -ge 23 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
fi

if ! command -v mvn >/dev/null 2>&1; then
  echo "Maven (mvn) is not on PATH; install it (apt-get install maven) and run again." >&2
  exit 1
fi

need_root() {
  if [ "$(id -u)" != 0 ]; then
    echo "'$1' creates network namespaces and devices: run it as root (sudo ./build.sh $1)." >&2
    exit 1
  fi
}

# iproute2 (ip, tc, bridge) and nftables are independent witnesses in the tests (never used by the library).
install_witnesses() {
  local missing=()
  command -v ip >/dev/null 2>&1 || missing+=(iproute2)
  command -v nft >/dev/null 2>&1 || missing+=(nftables)
  # ping: a child process the namespace tests start inside a namespace (never used by the library).
  command -v ping >/dev/null 2>&1 || missing+=(iputils-ping)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing test witnesses: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

MVN=(mvn -B -ntp)

# Runs MODULE's jar with the JDK found (the default java may be too old for it), after building
# it when it is missing or older than a source of the modules it is made of.
run_jar() {  # MODULE ARGS...
  local module=$1 jar="$1/target/$1.jar"
  shift
  if [ ! -f "$jar" ] || [ -n "$(find pom.xml */pom.xml netlink-core/src/main netlink-route/src/main \
      netlink-netfilter/src/main "$module/src/main" -newer "$jar" -print -quit)" ]; then
    "${MVN[@]}" -q -DskipTests package -pl "$module" -am >&2
    touch "$jar"  # Maven leaves a jar whose content did not change as it was
  fi
  exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar "$jar" "$@"
}
cmd=${1:-help}
[ $# -gt 0 ] && shift
case "$cmd" in
  demo)
    need_root demo
    "${MVN[@]}" -q -DskipTests package -pl netlink-examples -am
    exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
      -jar netlink-examples/target/netlink-examples.jar demo "$@"
    ;;
  test)
    need_root test
    install_witnesses
    exec "${MVN[@]}" verify "$@"
    ;;
  bench)
    need_root bench
    install_witnesses
    bash benchmarks/mininet.sh install   # the baseline of netlink-lab's benchmarks
    "${MVN[@]}" -q -DskipTests package -pl benchmarks -am
    exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar benchmarks/target/benchmarks.jar "$@"
    ;;
  lab|examples)
    run_jar "netlink-$cmd" "$@"
    ;;
  install)
    # Tests need root (they make namespaces); ./build.sh test runs them.
    exec "${MVN[@]}" -DskipTests install "$@"
    ;;
  mvn)
    exec "${MVN[@]}" "$@"
    ;;
  jdk)
    echo "$JAVA_HOME"
    ;;
  *)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
