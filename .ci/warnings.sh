#!/usr/bin/env bash
# Reads the log of a Maven build (.ci/run passes the test build's) and sorts its warnings:
#   - javadoc:  the "Javadoc Warnings" blocks, doclint on the sources' doc comments;
#   - compiler: "[WARNING] /path/X.java:[line,col] ...", javac -Xlint on the sources;
#   - tests:    Surefire's "Tests run: ..., Skipped: N" lines;
#   - anything else comes from the build configuration (POMs, plugins, Maven and its JVM).
# Prints the counts; fails if there is any of the last kind, and lists them.
#   .ci/warnings.sh BUILD.LOG
set -euo pipefail
log=${1:?usage: .ci/warnings.sh BUILD.LOG}
sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
  /^\[WARNING\] Javadoc Warnings$/ { injd = 1; next }
  injd && /^\[WARNING\] [0-9]+ warnings?$/ { injd = 0; next }
  injd { if ($0 ~ /: warning:/) javadoc++; next }
  /^\[WARNING\] .*\.java:\[[0-9]+,[0-9]+\] / { compiler++; next }
  /^\[WARNING\] Tests run: / { next }
  /WARNING/ { config++; lines = lines "  " $0 "\n" }
  END {
    printf "warnings: %d javadoc (doc comments), %d compiler (sources), %d from the build configuration\n",
      javadoc, compiler, config
    if (config > 0) {
      printf "warnings from the build configuration (POMs, plugins, Maven):\n%s", lines
      exit 1
    }
  }'
