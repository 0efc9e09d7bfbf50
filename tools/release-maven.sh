#!/usr/bin/env bash
# Prints the bin directory of a Maven recent enough for a release, fetching it the first time.
# The Sonatype Central publishing plugin needs Maven >= 3.9.2, while the build itself runs on
# Maven 3.6.3 or newer (Debian's is 3.8.7). The distribution comes from Maven Central, through
# Maven itself (org.apache.maven:apache-maven:VERSION:tar.gz:bin, cached in ~/.m2), and is
# unpacked under target/. Use:  PATH="$(tools/release-maven.sh):$PATH" ./build.sh mvn ...
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${RELEASE_MAVEN_VERSION:-3.9.16}
dir=target/release-maven
if [ ! -x "$dir/apache-maven-$VERSION/bin/mvn" ]; then
  mkdir -p "$dir"
  ./build.sh mvn -q -N dependency:copy -Dartifact="org.apache.maven:apache-maven:$VERSION:tar.gz:bin" \
    -DoutputDirectory="$dir" -Dmdep.stripVersion=false >&2
  tar -C "$dir" -xzf "$dir/apache-maven-$VERSION-bin.tar.gz"
  rm -f "$dir/apache-maven-$VERSION-bin.tar.gz"
fi
echo "$(pwd)/$dir/apache-maven-$VERSION/bin"
