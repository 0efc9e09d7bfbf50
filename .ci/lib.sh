# Shared by the .ci/*.sh checks; source it from the repository root. Each check builds with the
# JDK and Maven that ./build.sh finds, in throwaway directories that it deletes on exit.

ROOT=$(pwd)
JAVA_HOME=$(./build.sh jdk)
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

# ./build.sh mvn of the tree in the current directory: mvn -B -ntp with the JDK found.
mvn_() { ./build.sh mvn "$@"; }

# The project version, from the root pom.xml's <parent> (netlink4j-bom), which every module shares.
project_version() {
  sed -n '/<parent>/,/<\/parent>/s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n1
}

# The library artifacts: those the BOM lists. A module directory is named as its artifactId.
libraries() {
  sed -n '/<dependencyManagement>/,/<\/dependencyManagement>/s:.*<artifactId>\(.*\)</artifactId>.*:\1:p' \
    "$ROOT/netlink4j-bom/pom.xml"
}

# A scratch directory, deleted on exit (set TMP_KEEP=1 to keep it for a post-mortem). Commands
# added to ON_EXIT run first (e.g. to stop a gpg-agent started for the check).
ON_EXIT=()
scratch() {
  SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/netlink4j-$1.XXXXXX")
  trap cleanup_scratch EXIT
}
cleanup_scratch() {
  local c
  for c in "${ON_EXIT[@]}"; do eval "$c" || true; done
  if [ "${TMP_KEEP:-0}" = 1 ]; then echo "kept $SCRATCH" >&2; else rm -rf "$SCRATCH"; fi
}

# Writes a settings.xml for a throwaway local repository ($1/repo) that takes released artifacts
# (plugins, JUnit, ...) from the user's ~/.m2 first, as a file:// repository, and from Maven
# Central after that: nothing is downloaded twice, and the user's ~/.m2 is only read, so what a
# check installs (0.1.0-SNAPSHOT of every library) never mixes with another checkout's.
isolated_repo() {
  local dir=$1 cache=${MAVEN_USER_REPO:-$HOME/.m2/repository}
  mkdir -p "$dir/repo"
  {
    echo '<settings><localRepository>'"$dir/repo"'</localRepository>'
    if [ -d "$cache" ]; then
      cat <<XML
  <profiles><profile><id>user-repo</id>
    <repositories><repository><id>user-repo</id><url>file://$cache</url>
      <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots>
    </repository></repositories>
    <pluginRepositories><pluginRepository><id>user-repo</id><url>file://$cache</url>
      <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots>
    </pluginRepository></pluginRepositories>
  </profile></profiles>
  <activeProfiles><activeProfile>user-repo</activeProfile></activeProfiles>
XML
    fi
    echo '</settings>'
  } > "$dir/settings.xml"
  echo "-s $dir/settings.xml -Dmaven.repo.local=$dir/repo"
}

# Seconds since $1 (a $SECONDS value).
since() { echo "$(( SECONDS - $1 ))s"; }

# The modules of the reactor that are not libraries (nor the BOM): never installed or deployed.
not_libraries() {
  local libs
  libs=" $(libraries | tr '\n' ' ') netlink4j-bom "
  sed -n '/<modules>/,/<\/modules>/s:.*<module>\(.*\)</module>.*:\1:p' "$ROOT/pom.xml" |
    while read -r m; do case "$libs" in *" $m "*) ;; *) echo "$m" ;; esac; done
}

# Copies the source tree (tracked and untracked files, not what .gitignore ignores, so no target/
# directories) to $1, so that a check builds from scratch and leaves the working tree alone.
copy_tree() {
  mkdir -p "$1"
  git -C "$ROOT" ls-files -z --cached --others --exclude-standard |
    tar -C "$ROOT" --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -C "$1" -xf -
}
