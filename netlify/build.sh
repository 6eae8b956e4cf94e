#!/usr/bin/env bash
# Netlify's build command (see netlify.toml). Netlify's build image has no Java 17 (its default
# is Java 8 and there is no setting that selects 17), so this script brings its own:
#
#   1. Java: uses `java` from JAVA_HOME or PATH if it is version 17; otherwise downloads
#      Eclipse Temurin 17 (Adoptium API: the latest 17 redirects to the release file, whose
#      SHA-256 is published beside it as FILE.sha256.txt) into the cache folder.
#   2. Maven: uses `mvn` from PATH if it is 3.8 or newer; otherwise downloads Apache Maven
#      (checked against its published SHA-512) into the cache folder.
#      A download is checked and unpacked in a temporary folder inside the cache and moved into
#      place only when it is complete, matches its checksum and runs; otherwise the script stops
#      with a message and installs nothing. The next build finds it in the cache.
#   3. Builds the tool (`mvn package`) and the site (`dossier build`) into target/site.
#   4. On deploy previews and branch deploys (DOSSIER_NOINDEX=1, set per context in
#      netlify.toml) writes target/site/_headers with `X-Robots-Tag: noindex`: headers in
#      netlify.toml apply to every context, a _headers file in the publish folder is the way to
#      give one deploy context its own header.
#
# Environment (all optional):
#   DOSSIER_CACHE         where the JDK, Maven and Maven's repository are kept
#                         (default: $NETLIFY_BUILD_BASE/cache on Netlify, else ~/.cache/dossier-build)
#   DOSSIER_NOINDEX       1: publish with X-Robots-Tag: noindex
#   DOSSIER_CMD           how to run Dossier, e.g. "java -cp CLASSPATH nl.dossier.cli.Main"; when
#                         set, step 3 skips `mvn package` (the tests use this to run the rest locally)
#   DOSSIER_ADOPTIUM_URL  the Adoptium API (default: https://api.adoptium.net)
#   DOSSIER_MAVEN_URL     Apache's Maven releases (default: https://archive.apache.org/dist/maven);
#                         the tests point both at a server on 127.0.0.1
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA_MAJOR=17
MAVEN_VERSION=3.9.16
ADOPTIUM_URL="${DOSSIER_ADOPTIUM_URL:-https://api.adoptium.net}"
MAVEN_URL="${DOSSIER_MAVEN_URL:-https://archive.apache.org/dist/maven}"
if [ -n "${NETLIFY_BUILD_BASE:-}" ]; then
  CACHE="${DOSSIER_CACHE:-$NETLIFY_BUILD_BASE/cache/dossier-build}"
else
  CACHE="${DOSSIER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dossier-build}"
fi

log() { printf 'netlify/build.sh: %s\n' "$*" >&2; }
fail() { log "$*"; exit 1; }

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
    *) fail "unsupported machine $(uname -m)" ;;
  esac
}

# A folder inside the cache for downloads and unpacking, removed when the script ends, so a
# failed or interrupted download leaves nothing behind.
STAGE=""
stage() {
  if [ -z "$STAGE" ]; then
    mkdir -p "$CACHE"
    STAGE="$(mktemp -d "$CACHE/.download.XXXXXX")"
    trap 'rm -rf "$STAGE"' EXIT
  fi
}

download() { # URL FILE: fails on an HTTP error and on a transfer cut short
  curl -fsSL --retry 3 -o "$2" "$1" || fail "download of $1 failed or was cut short (curl exit $?); nothing was installed"
}

# Compares FILE with the first word of CHECKSUM_FILE (hex, as Adoptium and Apache publish it).
verify() { # FILE CHECKSUM_FILE BITS WHAT
  local expected="" actual
  read -r expected _ < "$2" || true
  actual="$("sha$3sum" "$1" | cut -d' ' -f1)"
  if [ "$(printf '%s' "$expected" | tr 'A-F' 'a-f')" != "$actual" ]; then
    fail "$4: SHA-$3 checksum mismatch (published: '${expected:0:128}', downloaded file: $actual); the download is incomplete or not the published file, so nothing was installed"
  fi
}

ensure_java() {
  local candidate
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" "$CACHE/jdk-$JAVA_MAJOR/bin/java"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && [ "$(java_major "$candidate")" = "$JAVA_MAJOR" ]; then
      candidate="$(readlink -f "$candidate")"   # /usr/bin/java is a link into the JDK
      use_java "$(cd "$(dirname "$candidate")/.." && pwd)"
      return
    fi
  done
  local api="$ADOPTIUM_URL/v3/binary/latest/$JAVA_MAJOR/ga/linux/$(arch)/jdk/hotspot/normal/eclipse"
  log "Java $JAVA_MAJOR not found; downloading Temurin $JAVA_MAJOR from $api"
  stage
  # The API answers with a redirect to the release file; its checksum lies beside it.
  local link
  link="$(curl -fsS --retry 3 -o /dev/null -w '%{redirect_url}' "$api")" || fail "the Adoptium API did not answer ($api)"
  [ -n "$link" ] || fail "the Adoptium API named no download ($api)"
  download "$link" "$STAGE/jdk.tar.gz"
  download "$link.sha256.txt" "$STAGE/jdk.tar.gz.sha256.txt"
  verify "$STAGE/jdk.tar.gz" "$STAGE/jdk.tar.gz.sha256.txt" 256 "$link"
  mkdir "$STAGE/jdk"
  tar -xzf "$STAGE/jdk.tar.gz" -C "$STAGE/jdk" --strip-components=1 --no-same-owner || fail "cannot unpack $link"
  [ "$(java_major "$STAGE/jdk/bin/java")" = "$JAVA_MAJOR" ] || fail "the downloaded JDK does not run as Java $JAVA_MAJOR; nothing was installed"
  [ -x "$STAGE/jdk/bin/javac" ] || fail "the download has no javac (a JRE, not a JDK); nothing was installed"
  rm -rf "$CACHE/jdk-$JAVA_MAJOR"
  mv "$STAGE/jdk" "$CACHE/jdk-$JAVA_MAJOR"
  use_java "$CACHE/jdk-$JAVA_MAJOR"
}

use_java() { # JAVA_HOME
  JAVA_HOME="$1"
  export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
  log "using Java $JAVA_MAJOR from $JAVA_HOME"
}

ensure_maven() {
  local v
  if command -v mvn >/dev/null 2>&1; then
    v="$(mvn -v 2>/dev/null | sed -n 's/.*Apache Maven \([0-9][0-9.]*\).*/\1/p' | head -n 1)"
    if [ -n "$v" ] && [ "$(printf '%s\n' 3.8 "$v" | sort -V | head -n 1)" = 3.8 ]; then
      log "using Maven $v from PATH"
      return
    fi
  fi
  local home="$CACHE/apache-maven-$MAVEN_VERSION"
  if [ ! -x "$home/bin/mvn" ]; then
    local url="$MAVEN_URL/maven-3/$MAVEN_VERSION/binaries/apache-maven-$MAVEN_VERSION-bin.tar.gz"
    log "Maven 3.8+ not found; downloading $url"
    stage
    download "$url" "$STAGE/maven.tar.gz"
    download "$url.sha512" "$STAGE/maven.tar.gz.sha512"
    verify "$STAGE/maven.tar.gz" "$STAGE/maven.tar.gz.sha512" 512 "$url"
    mkdir "$STAGE/maven"
    tar -xzf "$STAGE/maven.tar.gz" -C "$STAGE/maven" --no-same-owner || fail "cannot unpack $url"
    [ -x "$STAGE/maven/apache-maven-$MAVEN_VERSION/bin/mvn" ] || fail "$url holds no apache-maven-$MAVEN_VERSION/bin/mvn; nothing was installed"
    rm -rf "$home"
    mv "$STAGE/maven/apache-maven-$MAVEN_VERSION" "$home"
  fi
  export PATH="$home/bin:$PATH"
  log "using Maven $MAVEN_VERSION from $home"
}

ensure_java
ensure_maven
if [ -n "${DOSSIER_CMD:-}" ]; then
  read -r -a dossier <<<"$DOSSIER_CMD"
else
  maven_repo=()
  if [ -n "${NETLIFY:-}" ]; then maven_repo=("-Dmaven.repo.local=$CACHE/m2"); fi
  mvn -B -q "${maven_repo[@]}" package -DskipTests
  dossier=(java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:SharedArchiveFile=target/dossier.jsa -jar target/dossier.jar)
fi

"${dossier[@]}" build --quiet

if [ "${DOSSIER_NOINDEX:-}" = 1 ]; then
  printf '%s\n' '# Written by netlify/build.sh for a deploy preview or branch deploy: keep it out of search engines.' \
    '/*' '  X-Robots-Tag: noindex' > target/site/_headers
  log "preview: wrote target/site/_headers (X-Robots-Tag: noindex)"
fi
log "site built in target/site"
