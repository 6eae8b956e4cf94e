#!/usr/bin/env bash
# Netlify's build command (see netlify.toml). Netlify's build image has no Java 17 (its default
# is Java 8 and there is no setting that selects 17), so this script brings its own:
#
#   1. Java: uses `java` from PATH or JAVA_HOME if it is version 17; otherwise downloads
#      Eclipse Temurin 17 (Adoptium API) into the cache folder and uses that.
#   2. Maven: uses `mvn` from PATH if it is 3.8 or newer; otherwise downloads Apache Maven
#      (checked against its published SHA-512) into the cache folder.
#   3. Builds the tool (`mvn package`) and the site (`dossier build`) into target/site.
#   4. On deploy previews and branch deploys (DOSSIER_NOINDEX=1, set per context in
#      netlify.toml) writes target/site/_headers with `X-Robots-Tag: noindex`: headers in
#      netlify.toml apply to every context, a _headers file in the publish folder is the way to
#      give one deploy context its own header.
#
# Environment (all optional):
#   DOSSIER_CACHE    where the JDK, Maven and Maven's repository are kept
#                    (default: $NETLIFY_BUILD_BASE/cache on Netlify, else ~/.cache/dossier-build)
#   DOSSIER_NOINDEX  1: publish with X-Robots-Tag: noindex
#   DOSSIER_CMD      how to run Dossier, e.g. "java -cp CLASSPATH nl.dossier.cli.Main"; when set,
#                    step 3 skips `mvn package` (the tests use this to run the rest locally)
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA_MAJOR=17
MAVEN_VERSION=3.9.9
if [ -n "${NETLIFY_BUILD_BASE:-}" ]; then
  CACHE="${DOSSIER_CACHE:-$NETLIFY_BUILD_BASE/cache/dossier-build}"
else
  CACHE="${DOSSIER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dossier-build}"
fi

log() { printf 'netlify/build.sh: %s\n' "$*" >&2; }

# Prints the major version of the java binary $1 ("17" for 17.0.15, "8" for 1.8.0_402), or nothing.
java_major() {
  local v
  v="$("$1" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)" || return 0
  case "$v" in
    1.*) v="${v#1.}"; echo "${v%%.*}" ;;
    *) v="${v%%[.+-]*}"; echo "$v" ;;
  esac
}

arch() {
  case "$(uname -m)" in
    x86_64|amd64) echo x64 ;;
    aarch64|arm64) echo aarch64 ;;
    *) log "unsupported machine $(uname -m)"; exit 1 ;;
  esac
}

download() { # URL FILE
  if command -v curl >/dev/null 2>&1; then curl -fsSL --retry 3 -o "$2" "$1"
  else wget -q -O "$2" "$1"; fi
}

ensure_java() {
  local candidate
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" "$CACHE/jdk-$JAVA_MAJOR/bin/java"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && [ "$(java_major "$candidate")" = "$JAVA_MAJOR" ]; then
      candidate="$(readlink -f "$candidate")"   # /usr/bin/java is a link into the JDK
      JAVA_HOME="$(cd "$(dirname "$candidate")/.." && pwd)"
      export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
      log "using Java $JAVA_MAJOR from $JAVA_HOME"
      return
    fi
  done
  local url="https://api.adoptium.net/v3/binary/latest/$JAVA_MAJOR/ga/linux/$(arch)/jdk/hotspot/normal/eclipse"
  log "Java $JAVA_MAJOR not found; downloading Temurin $JAVA_MAJOR from $url"
  mkdir -p "$CACHE"
  rm -rf "$CACHE/jdk-$JAVA_MAJOR" "$CACHE/jdk.tar.gz"
  download "$url" "$CACHE/jdk.tar.gz"
  mkdir -p "$CACHE/jdk-$JAVA_MAJOR"
  tar -xzf "$CACHE/jdk.tar.gz" -C "$CACHE/jdk-$JAVA_MAJOR" --strip-components=1
  rm -f "$CACHE/jdk.tar.gz"
  JAVA_HOME="$CACHE/jdk-$JAVA_MAJOR"
  export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
  [ "$(java_major "$JAVA_HOME/bin/java")" = "$JAVA_MAJOR" ] || { log "the downloaded JDK is not Java $JAVA_MAJOR"; exit 1; }
}

ensure_maven() {
  local v
  if command -v mvn >/dev/null 2>&1; then
    v="$(mvn -v 2>/dev/null | sed -n 's/.*Apache Maven \([0-9][0-9.]*\).*/\1/p' | head -n 1)"
    if [ -n "$v" ] && [ "$(printf '%s\n' 3.8 "$v" | sort -V | head -n 1)" = 3.8 ]; then
      log "using Maven $v"
      return
    fi
  fi
  local home="$CACHE/apache-maven-$MAVEN_VERSION"
  if [ ! -x "$home/bin/mvn" ]; then
    local url="https://archive.apache.org/dist/maven/maven-3/$MAVEN_VERSION/binaries/apache-maven-$MAVEN_VERSION-bin.tar.gz"
    log "Maven 3.8+ not found; downloading $url"
    mkdir -p "$CACHE"
    download "$url" "$CACHE/maven.tar.gz"
    download "$url.sha512" "$CACHE/maven.tar.gz.sha512"
    echo "$(cut -d' ' -f1 < "$CACHE/maven.tar.gz.sha512")  $CACHE/maven.tar.gz" | sha512sum -c --quiet -
    tar -xzf "$CACHE/maven.tar.gz" -C "$CACHE"
    rm -f "$CACHE/maven.tar.gz" "$CACHE/maven.tar.gz.sha512"
  fi
  export PATH="$home/bin:$PATH"
}

ensure_java
if [ -n "${DOSSIER_CMD:-}" ]; then
  read -r -a dossier <<<"$DOSSIER_CMD"
else
  ensure_maven
  maven_repo=()
  if [ -n "${NETLIFY:-}" ]; then maven_repo=("-Dmaven.repo.local=$CACHE/m2"); fi
  mvn -B -q "${maven_repo[@]}" package -DskipTests
  dossier=(java -jar target/dossier.jar)
fi

"${dossier[@]}" build --quiet

if [ "${DOSSIER_NOINDEX:-}" = 1 ]; then
  printf '%s\n' '# Written by netlify/build.sh for a deploy preview or branch deploy: keep it out of search engines.' \
    '/*' '  X-Robots-Tag: noindex' > target/site/_headers
  log "preview: wrote target/site/_headers (X-Robots-Tag: noindex)"
fi
log "site built in target/site"
