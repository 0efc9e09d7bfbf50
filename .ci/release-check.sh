#!/usr/bin/env bash
# Release check: a dry run of the release, everything but the upload. In a copy of the tree, the
# version is set to the release version (0.1.0-SNAPSHOT -> 0.1.0, with versions:set as in
# RELEASING.md), and `mvn -Prelease deploy -DskipUpload` runs exactly as a release would, with
# the Maven that tools/release-maven.sh provides (the Central plugin needs >= 3.9.2), into a
# throwaway local repository. The Central publishing plugin then builds the bundle it would
# upload, and .ci/ReleaseCheck.java checks that it holds everything Maven Central requires: for
# each library artifact (those netlink4j-bom lists) the jar, sources jar, javadoc jar and a POM
# with name, description, URL, license, developers and SCM; the BOM and the parent POMs
# likewise; a signature and md5/sha1 checksums for every file; and nothing of the modules that
# are not libraries (examples, benchmarks). Fails if anything is missing.
#
# Signing is real but throwaway: when gpg is installed, a key made for this run only (in a
# temporary GNUPGHOME, passphrase through MAVEN_GPG_PASSPHRASE with loopback pinentry, as in a
# real release) signs everything, and every signature is verified. Without gpg, or with
# RELEASE_CHECK_SIGN=0, the build runs with -Dgpg.skip and signatures are not checked.
#
# JAVADOC_STRICT=1 fails on any javadoc warning, as a real release does; until the sources are
# doclint-clean (issue 11) the check only counts them. Then make 1 the default here.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh
JAVADOC_STRICT=${JAVADOC_STRICT:-0}
start=$SECONDS
scratch release
read -ra repo_args <<< "$(isolated_repo "$SCRATCH")"
snapshot=$(project_version)
version=${snapshot%-SNAPSHOT}
libs=$(libraries | paste -sd, -)
others=$(not_libraries | paste -sd, -)
maven_bin=$(tools/release-maven.sh)
copy_tree "$SCRATCH/src"
log="$SCRATCH/build.log"

# release_mvn ARGS: the release Maven, on the copy, with the throwaway repository.
release_mvn() {
  (cd "$SCRATCH/src" && PATH="$maven_bin:$PATH" ./build.sh mvn "${repo_args[@]}" "$@") >> "$log" 2>&1 || {
    tail -n 60 "$log" >&2
    echo "release check: mvn $* failed (TMP_KEEP=1 keeps $log)" >&2
    exit 1
  }
}

release_mvn versions:set -pl netlink4j-bom -DnewVersion="$version" -DprocessAllModules -DgenerateBackupPoms=false

args=(-Prelease -DskipTests -DskipUpload deploy)
signed=false
if [ "${RELEASE_CHECK_SIGN:-1}" != 0 ] && command -v gpg >/dev/null 2>&1; then
  export GNUPGHOME="$SCRATCH/gnupg"
  mkdir -m 700 "$GNUPGHOME"
  ON_EXIT+=('gpgconf --kill all >/dev/null 2>&1')
  export MAVEN_GPG_PASSPHRASE="throwaway-$RANDOM$RANDOM"
  gpg --batch --quiet --pinentry-mode loopback --passphrase "$MAVEN_GPG_PASSPHRASE" \
    --quick-gen-key 'netlink4j release check <release-check@netlink4j.invalid>' ed25519 sign 1d 2>/dev/null
  signed=true
else
  args+=(-Dgpg.skip)
fi
if [ "$JAVADOC_STRICT" != 1 ]; then
  args+=(-Dmaven.javadoc.failOnWarnings=false)
fi
echo "release check: $snapshot as $version: mvn ${args[*]} (Maven $(basename "$(dirname "$maven_bin")"), signed: $signed)"
release_mvn "${args[@]}"
warnings=$(grep -c '\.java:[0-9]*: warning' "$log" || true)
echo "release check: javadoc printed $warnings warnings (a release fails on any; JAVADOC_STRICT=$JAVADOC_STRICT)"

bundle=$(find "$SCRATCH/src" -path '*/target/central-publishing/central-bundle.zip' | head -n 1)
if [ -z "$bundle" ]; then
  echo "release check: the Central publishing plugin made no bundle" >&2
  exit 1
fi
mkdir "$SCRATCH/bundle"
(cd "$SCRATCH/bundle" && jar xf "$bundle")
echo "release check: the bundle for Central has $(find "$SCRATCH/bundle" -type f | wc -l) files"
java "$ROOT/.ci/ReleaseCheck.java" "$SCRATCH/bundle" io.netlink4j "$version" "$signed" "$libs" "$others"

if [ "$signed" = true ]; then
  n=0
  while IFS= read -r -d '' asc; do
    if ! gpg --batch --quiet --verify "$asc" "${asc%.asc}" 2>/dev/null; then
      echo "release check: bad signature $asc" >&2
      exit 1
    fi
    n=$((n + 1))
  done < <(find "$SCRATCH/bundle" -name '*.asc' -print0)
  echo "release check: $n signatures verified"
fi
echo "release check: passed in $(since "$start")"
