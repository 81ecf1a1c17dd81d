#!/usr/bin/env bash
# Builds Spoorzoeker's installers with jpackage and a jlink'd runtime, on the OS they are for.
#
#   installer/build.sh [TYPE...]      TYPE: app-image, tar (portable app-image as .tar.xz), deb, rpm,
#                                     dmg, pkg, msi, exe; default: what this OS ships (see below)
#
#   Linux:   app-image, tar, deb      (dpkg-deb for deb, built here from the app-image, not by
#                                     jpackage: installer/linux/deb/README.md; rpm-build for rpm)
#   macOS:   app-image, dmg           (Xcode command line tools)
#   Windows: app-image, msi           (WiX Toolset 3, or 4/5 with the UI and Util extensions; run from Git Bash)
#
# Environment:
#   JAVA_HOME     a JDK 25 with jlink and jpackage (required unless java on PATH is 25)
#   SKIP_MAVEN=1  use the existing target/spoorzoeker.jar instead of running ./mvnw package
#   MVN_ARGS      extra Maven arguments, e.g. "-o" to build offline
#   APP_VERSION   numeric version for the packages (default: the pom's, without -SNAPSHOT)
#   SIGN_HOOK     program run with the app-image's path before the installers are made (signing)
#   NO_AOT=1      skip the AOT cache (faster build, slower starts)
#   MAC_SIGN=1    sign the macOS app and dmg (MAC_SIGNING_KEY_USER_NAME names the certificate)
#   DEB_COMPRESS  the .deb's compression: zstd (default, level DEB_LEVEL=9), xz (smallest, for dpkg
#                 older than Debian 12 / Ubuntu 18.04, ~20 times the time), gzip, or none (quick tests)
#   TAR_XZ_LEVEL  xz level of the portable .tar.xz (default 6)
#
# The .deb's Maintainer (maintainers@DOMAIN) and Homepage (https://DOMAIN/) come from the pom's one
# property spoorzoeker.domain. While it is the placeholder spoorzoeker.invalid a snapshot is built
# and a release (pom without -SNAPSHOT, or APP_VERSION) is refused.
#
# Everything lands in target/installer/ (packages at its top level, work folders below it).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
here="$root/installer"
out="$root/target/installer"
cd "$root"

case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=mac ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) echo "build.sh: unknown OS $(uname -s)" >&2; exit 2 ;;
esac
if [ $# -eq 0 ]; then
  case $os in
    linux) set -- app-image tar deb ;;
    mac) set -- app-image dmg ;;
    windows) set -- app-image msi ;;
  esac
fi
types=" $* "

# --- JDK ------------------------------------------------------------------------------------------
if [ -n "${JAVA_HOME:-}" ]; then
  jdk_bin="$JAVA_HOME/bin"
else
  jdk_bin=$(dirname "$(command -v java)")
fi
exe=""
[ $os = windows ] && exe=".exe"
for tool in java jdeps jlink jpackage; do
  [ -x "$jdk_bin/$tool$exe" ] || { echo "build.sh: $jdk_bin/$tool$exe missing: set JAVA_HOME to a JDK 25" >&2; exit 2; }
done
java_version=$("$jdk_bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | tr -d '\r')
[ "${java_version%%.*}" -ge 25 ] || { echo "build.sh: JDK $java_version found, 25 needed" >&2; exit 2; }

step() { printf '\n== %s\n' "$*"; }
elapsed() { echo "   ($(($(date +%s) - $1)) s)"; }

# --- Version --------------------------------------------------------------------------------------
# One version per build, decided here and carried by everything made from it:
#   full_version  what the app prints (`spoorzoeker version`, Over, archives) and the .deb's Version.
#                 A release (pom without -SNAPSHOT, or APP_VERSION) is the pom's number: 0.2.0. A
#                 snapshot adds git's commit count and commit: 0.2.0~git312.1a2b3c4 (".dirty" when
#                 the work tree had changes). Debian's "~" sorts before the release, the count makes
#                 each build sort above the one before (dpkg --compare-versions: 0.2.0~git311.x <
#                 0.2.0~git312.y < 0.2.0), so every snapshot .deb upgrades the previous one and the
#                 release upgrades them all. The count, not CI's run number: the same commit gives the
#                 same number on every machine, and CI needs the full history (fetch-depth: 0).
#   version       jpackage's --app-version: numbers only (Windows and macOS accept nothing else),
#                 the pom's without -SNAPSHOT; on macOS 0.x becomes 1.x (below).
pom_version=$(awk -F'[<>]' '/<version>/ { print $3; exit }' pom.xml)
version=${APP_VERSION:-${pom_version%%-*}}
full_version=$version
if [ -z "${APP_VERSION:-}" ] && [ "${pom_version%-SNAPSHOT}" != "$pom_version" ]; then
  if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
    [ "$(git -C "$root" rev-parse --is-shallow-repository)" = false ] ||
      { echo "build.sh: a shallow clone has no true commit count; fetch the history (git fetch --unshallow, or fetch-depth: 0)" >&2; exit 2; }
    full_version="$version~git$(git -C "$root" rev-list --count HEAD).$(git -C "$root" rev-parse --short=7 HEAD)"
    git -C "$root" diff --quiet HEAD -- 2>/dev/null || full_version="$full_version.dirty"
  else
    echo "build.sh: no git here; the snapshot is numbered 0 (set APP_VERSION for a release)" >&2
    full_version="$version~git0"
  fi
fi
if [ $os = mac ] && [ "${version%%.*}" = 0 ] && [ -z "${APP_VERSION:-}" ]; then
  # jpackage refuses a macOS bundle version whose first number is 0. Only the bundle's
  # CFBundleVersion says 1.x; the app itself shows full_version, and a .dmg is dragged into
  # /Applications, not upgraded by version, so nothing compares these numbers. Ends at 1.0.0.
  echo "build.sh: macOS needs a bundle version of 1.0 or higher; using 1.${version#0.} there (the app shows $full_version)" >&2
  version="1.${version#0.}"
fi
echo "Spoorzoeker $pom_version -> $full_version (package version $version; $os, JDK $java_version)"

# The project's address: one property in the pom (see there). A release must not ship the placeholder,
# whose Maintainer and Homepage reach no one; the enforcer refuses a release pom, this an APP_VERSION.
domain=$(awk -F'[<>]' '/<spoorzoeker.domain>/ { print $3; exit }' pom.xml)
[ -n "$domain" ] || { echo "build.sh: no <spoorzoeker.domain> in pom.xml" >&2; exit 2; }
case "$full_version:$domain" in
  *~*:*) ;;
  *:*.invalid) echo "build.sh: release $full_version with the placeholder address $domain: set spoorzoeker.domain in pom.xml to the project's own domain first" >&2; exit 2 ;;
esac

# --- 1. The runnable jar --------------------------------------------------------------------------
if [ "${SKIP_MAVEN:-}" != 1 ]; then
  step "Maven: the runnable jar"
  t=$(date +%s)
  # shellcheck disable=SC2086
  ./mvnw -q -B ${MVN_ARGS:-} package -DskipTests
  elapsed "$t"
fi
[ -f target/spoorzoeker.jar ] || { echo "build.sh: target/spoorzoeker.jar missing (run without SKIP_MAVEN)" >&2; exit 2; }

rm -rf "$out"
mkdir -p "$out"

# --- 2. jpackage's input folder -------------------------------------------------------------------
# JavaFX goes into the runtime as modules (step 3), as JavaFX supports it: from the class path it
# warns "Unsupported JavaFX configuration" at every start. The modular platform jars are those that
# Maven copied to target/javafx-modules (the classifier-less ones there are empty placeholders).
mkdir -p "$out/javafx"
for j in target/javafx-modules/*.jar; do
  # (grep without -q: an early exit would break the pipe, and pipefail the test)
  [ -f "$j" ] && "$jdk_bin/jar" tf "$j" | tr -d '\r' | grep -x module-info.class >/dev/null && cp "$j" "$out/javafx/"
done
ls "$out/javafx"/*.jar >/dev/null 2>&1 || { echo "build.sh: no modular JavaFX jars in target/javafx-modules (run without SKIP_MAVEN)" >&2; exit 2; }

step "Input folder: jar without JavaFX and foreign native libraries, sqlite-jdbc's library pre-extracted"
sqlite_lib=$("$jdk_bin/java" "$here/tools/PrepareInput.java" target/spoorzoeker.jar "$out/input" "$full_version" "$out/javafx"/*.jar | tr -d '\r')
echo "$full_version" > "$out/VERSION"

# --- 3. The runtime: only the modules the app needs -----------------------------------------------
step "jdeps + jlink: the runtime"
t=$(date +%s)
modules=$("$jdk_bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 \
  --module-path "$out/javafx" "$out/input/spoorzoeker.jar" | tr -d '\r')
# What jdeps cannot see: Dutch dates, numbers and collation (jdk.localedata, limited to nl and en
# below), sun.misc.Unsafe, which libraries reach by reflection (jdk.unsupported), and the JavaFX
# modules the app uses (with what they require, which jlink adds itself).
modules="$modules,jdk.localedata,jdk.unsupported,javafx.controls,javafx.swing"
echo "   modules: $modules"
# No --compress: the installer's own compression does better on the plain modules file (xz: 12 MB
# against 26 MB for zip-6 inside jlink), and classes load without inflating.
# JavaFX's native libraries are resources at the root of its jars; jlink would keep them inside the
# modules file, from where JavaFX extracts them to ~/.openjfx/cache. They go where JavaFX looks
# first for linked modules instead (lib/ beside libjava, bin/ on Windows), and out of the modules.
"$jdk_bin/jlink" --module-path "$out/javafx" --add-modules "$modules" --include-locales=en,nl \
  --exclude-resources='regex:/javafx\.[a-z]+/[^/]+\.(so|dll|dylib)' \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands \
  --output "$out/runtime"
fx_natives="$out/runtime/lib"
[ $os = windows ] && fx_natives="$out/runtime/bin"
for j in "$out/javafx"/*.jar; do
  libs=$("$jdk_bin/jar" tf "$j" | tr -d '\r' | grep -E '^[^/]+\.(so|dll|dylib)$' || true)
  # shellcheck disable=SC2086
  [ -z "$libs" ] || (cd "$fx_natives" && "$jdk_bin/jar" xf "$j" $libs)
done
echo "   JavaFX native libraries in ${fx_natives#"$out/"}: $(cd "$fx_natives" && ls | grep -cE '(glass|prism|javafx|decora)')"
elapsed "$t"

# --- 4. The app-image -----------------------------------------------------------------------------
case $os in
  linux) icon="$here/icons/spoorzoeker.png"; app="$out/image/Spoorzoeker"; appdir="$app/lib/app"; launcher="$app/bin/Spoorzoeker" ;;
  mac) icon="$here/icons/spoorzoeker.icns"; app="$out/image/Spoorzoeker.app"; appdir="$app/Contents/app"; launcher="$app/Contents/MacOS/Spoorzoeker" ;;
  windows) icon="$here/icons/spoorzoeker.ico"; app="$out/image/Spoorzoeker"; appdir="$app/app"; launcher="$app/spoorzoeker-cli.exe" ;;
esac

step "jpackage: app-image"
t=$(date +%s)
image_args=(
  @"$here/jpackage/common.args"
  --type app-image --dest "$out/image"
  --app-version "$version"
  --input "$out/input" --main-jar spoorzoeker.jar --main-class nl.spoorzoeker.app.Launcher
  --runtime-image "$out/runtime"
  --icon "$icon"
  # JavaFX is a named module in this runtime: it loads its native libraries (native access), and
  # ControlsFX and others reach into its internals (the same exports and opens as javafx:run in the pom).
  --java-options '--enable-native-access=ALL-UNNAMED,javafx.graphics'
  --java-options '-Dorg.jooq.no-logo=true'
  --java-options '-Dorg.jooq.no-tips=true'
  # Memory: start small, give heap back after a collection and when idle, in 1-MB regions rather
  # than 4-MB ones, hand freed native memory back to the system every 5 s, and no 8-MB texture
  # (2048x1024) caching slices of region backgrounds, which a screen of forms and lists does not
  # need (performance budget row 7; the same options are in the pom's javafx:run and in
  # BudgetBenchmark.GEHEUGEN_OPTIES).
  --java-options '-Xms48m'
  --java-options '-XX:MinHeapFreeRatio=5'
  --java-options '-XX:MaxHeapFreeRatio=20'
  --java-options '-XX:G1PeriodicGCInterval=15000'
  --java-options '-XX:G1HeapRegionSize=1m'
  --java-options '-XX:TrimNativeHeapInterval=5000'
  --java-options '-Dprism.disableRegionCaching=true'
  --java-options '-Dorg.sqlite.lib.path=$APPDIR/native'
  --java-options "-Dorg.sqlite.lib.name=$sqlite_lib"
)
fx_access=$(sed -n 's|^ *<option>\(--add-[a-z]*=[^<]*\)</option>.*|\1|p' pom.xml)
[ -n "$fx_access" ] || { echo "build.sh: no --add-exports/--add-opens options found in the pom's javafx-maven-plugin" >&2; exit 1; }
for o in $fx_access; do image_args+=(--java-options "$o"); done
if [ "${NO_AOT:-}" != 1 ]; then
  # The cache trained below. A missing or unusable cache never stops the app: the JVM then starts
  # without it. -Xlog:aot*=off keeps its complaint out of the command line's output.
  image_args+=(--java-options '-XX:AOTCache=$APPDIR/spoorzoeker.aot' --java-options '-Xlog:aot*=off')
fi
if [ $os = windows ]; then
  # The main launcher is a windowed program; this one keeps a console for the command line.
  image_args+=(--add-launcher "spoorzoeker-cli=$here/jpackage/spoorzoeker-cli.properties")
fi
if [ $os = mac ] && [ "${MAC_SIGN:-}" = 1 ]; then
  echo "   (signed after the AOT training, which changes the bundle)"
fi
"$jdk_bin/jpackage" "${image_args[@]}"
elapsed "$t"

# The licences travel with the image (and so with every package made from it): Spoorzoeker's own,
# and the jar's third-party folder (the build's list, each library's LICENSE/NOTICE, the licence
# texts). The Java runtime carries its own in lib/runtime/legal.
step "Licences into the app-image: $appdir/legal"
legal_tmp=$(mktemp -d)
(cd "$legal_tmp" && "$jdk_bin/jar" xf "$root/target/spoorzoeker.jar" META-INF/third-party)
mkdir -p "$appdir/legal"
cp "$root/LICENSE" "$appdir/legal/LICENSE"
cp -R "$legal_tmp/META-INF/third-party" "$appdir/legal/third-party"
rm -rf "$legal_tmp"
[ -s "$appdir/legal/third-party/THIRD-PARTY.txt" ] || { echo "build.sh: the jar has no META-INF/third-party/THIRD-PARTY.txt" >&2; exit 1; }

# --- 5. The AOT cache, trained with the image's own launcher --------------------------------------
if [ "${NO_AOT:-}" != 1 ]; then
  step "AOT cache: training run (CLI commands on a demo practice, then the window's first screen)"
  t=$(date +%s)
  cfg="$appdir/$(basename "${launcher%.exe}").cfg"
  [ -f "$cfg" ] || { echo "build.sh: launcher configuration $cfg not found" >&2; exit 1; }
  cp "$cfg" "$out/launcher.cfg"
  # Same launcher, runtime, class path and options as a coach's start; only the main class and
  # the AOT flags differ. Two steps (record, then create), both through the launcher: the one-step
  # -XX:AOTCacheOutput would start runtime/bin/java, which this runtime does not have.
  train_cfg() {
    awk -v flags="$1" '
      /^app.mainclass=/ { print "app.mainclass=nl.spoorzoeker.app.AotTraining"; next }
      /-XX:AOTCache=/ { n = split(flags, f, " "); for (i = 1; i <= n; i++) print "java-options=" f[i]; next }
      { sub(/-Xlog:aot\*=off/, "-Xlog:aot*=error"); print }' "$out/launcher.cfg" > "$cfg"
  }
  xvfb_pid=""
  if [ $os = linux ] && [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null 2>&1; then
    for n in 91 92 93 94 95 96 97 99; do
      [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
    done
    Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=$display
    sleep 1
  fi
  status=0
  train_cfg '-XX:AOTMode=record -XX:AOTConfiguration=$APPDIR/spoorzoeker.aotconf'
  "$launcher" "$out/training" || status=$?
  if [ $status = 0 ]; then
    train_cfg '-XX:AOTMode=create -XX:AOTConfiguration=$APPDIR/spoorzoeker.aotconf -XX:AOTCache=$APPDIR/spoorzoeker.aot'
    "$launcher" || status=$?
  fi
  [ -n "$xvfb_pid" ] && { kill "$xvfb_pid" 2>/dev/null || true; unset DISPLAY; }
  cp "$out/launcher.cfg" "$cfg"
  rm -rf "$out/training" "$out/launcher.cfg" "$appdir/spoorzoeker.aotconf"
  [ $status = 0 ] && [ -s "$appdir/spoorzoeker.aot" ] || { echo "build.sh: AOT training failed (exit $status)" >&2; exit 1; }
  echo "   spoorzoeker.aot: $(du -k "$appdir/spoorzoeker.aot" | cut -f1) KB"
  elapsed "$t"
fi
if [ $os = mac ] && [ "${MAC_SIGN:-}" = 1 ]; then
  "$jdk_bin/jpackage" --type app-image --app-image "$app" --mac-sign \
    ${MAC_SIGNING_KEY_USER_NAME:+--mac-signing-key-user-name "$MAC_SIGNING_KEY_USER_NAME"}
fi

# --- Signing hook: between the finished app-image and the installers -----------------------------
# SIGN_HOOK names a program that signs what is inside the image (Windows: the launcher .exe files
# with signtool, before jpackage wraps them into the .msi; macOS has --mac-sign above). It gets the
# image's path; build.sh stops when it fails.
if [ -n "${SIGN_HOOK:-}" ]; then
  step "Signing hook: $SIGN_HOOK"
  "$SIGN_HOOK" "$app"
fi

# --- 6. Packages ----------------------------------------------------------------------------------
associations() {
  local ext=$1 icon_ext
  case $os in linux) icon_ext=png ;; mac) icon_ext=icns ;; windows) icon_ext=ico ;; esac
  mkdir -p "$out/associations"
  {
    cat "$here/associations/$ext.properties"
    echo "icon=$here/icons/spoorzoeker.$icon_ext"
    [ $os = mac ] && cat "$here/associations/mac.properties"
    true
  } > "$out/associations/$ext.properties"
  echo "$out/associations/$ext.properties"
}
package() {
  local type=$1
  step "jpackage: $type"
  local t
  t=$(date +%s)
  local args=(@"$here/jpackage/common.args" --type "$type" --app-image "$app" --app-version "$version"
    --dest "$out" --license-file "$root/LICENSE"
    --file-associations "$(associations szx)" --file-associations "$(associations szb)")
  case $os in
    linux)
      # jpackage takes a package's menu icon and desktop entry from its resource folder (named
      # after the launcher), not from --icon, when it packages a finished app-image.
      mkdir -p "$out/resources"
      cp "$here/linux/Spoorzoeker.desktop" "$here/linux/postinst" "$here/linux/prerm" "$out/resources/"
      cp "$here/icons/spoorzoeker.png" "$out/resources/Spoorzoeker.png"
      args+=(@"$here/jpackage/linux.args" --resource-dir "$out/resources") ;;
    mac) args+=(@"$here/jpackage/mac.args")
         [ "${MAC_SIGN:-}" = 1 ] && args+=(--mac-sign ${MAC_SIGNING_KEY_USER_NAME:+--mac-signing-key-user-name "$MAC_SIGNING_KEY_USER_NAME"}) ;;
    windows) args+=(@"$here/jpackage/windows.args") ;;
  esac
  "$jdk_bin/jpackage" "${args[@]}"
  elapsed "$t"
}

# The .deb, built from the app-image with dpkg-deb (installer/linux/deb/README.md): a hand-written
# control with only the direct dependencies, desktop files the package owns, /usr/bin/spoorzoeker and
# a machine-readable copyright file generated from the build's third-party list.
deb_maintainer="Spoorzoeker maintainers <maintainers@$domain>"
deb_homepage="https://$domain/"
debian_copyright() {
  local list="$appdir/legal/third-party/THIRD-PARTY.txt"
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: Spoorzoeker"
  echo "Upstream-Contact: $deb_maintainer"
  echo "Source: $deb_homepage"
  echo
  echo "Files: *"
  echo "Copyright: 2026 Spoorzoeker"
  echo "License: Apache-2.0"
  echo
  echo "Files: opt/spoorzoeker/lib/runtime/*"
  echo "Copyright: Oracle and/or its affiliates, and the other contributors to OpenJDK"
  echo "License: GPL-2.0-with-classpath-exception"
  echo "Comment: The Java runtime (jlink of the JDK that built the package) with the JavaFX modules"
  echo " and their native libraries in lib/; each JDK module's notices are in"
  echo " /opt/spoorzoeker/lib/runtime/legal/, JavaFX's licence text in /opt/spoorzoeker/lib/app/legal/."
  echo
  echo "Files: opt/spoorzoeker/lib/app/spoorzoeker.jar opt/spoorzoeker/lib/app/native/*"
  echo "Copyright: The authors named in each library's files in /opt/spoorzoeker/lib/app/legal/third-party/"
  echo " (its own LICENSE and NOTICE under <artifactId>/, or notices/<groupId>.txt)"
  printf 'License: %s\n' "$( { awk -F'\t' '!/^#/ && NF == 4 { n = split($3, l, / \| /); for (i = 1; i <= n; i++) print l[i] }' "$list"; echo Unicode-3.0; } | sort -u | paste -sd'\n' - | awk 'NR > 1 { printf " and " } { printf "%s", $0 } END { print "" }')"
  echo "Comment: The jar's table of look-alike characters (nl/spoorzoeker/rapportage/privacy/"
  echo " verwarbare-tekens.txt) is derived from Unicode's data files: Unicode-3.0, see"
  echo " /opt/spoorzoeker/lib/app/legal/third-party/notices/unicode-data.txt."
  echo " The libraries bundled in the jar (SQLite's native library in native/; JavaFX, listed"
  echo " here too, is in the runtime above):"
  awk -F'\t' '!/^#/ && NF == 4 { printf " %s %s (%s): %s\n", $2, $1, $4, $3 }' "$list"
  local licence
  for licence in $( { echo Apache-2.0; echo GPL-2.0-with-classpath-exception; echo Unicode-3.0
      awk -F'\t' '!/^#/ && NF == 4 { n = split($3, l, / \| /); for (i = 1; i <= n; i++) print l[i] }' "$list"; } | sort -u); do
    [ -f "$appdir/legal/third-party/licences/$licence.txt" ] || { echo "build.sh: no text for licence $licence" >&2; return 1; }
    echo
    echo "License: $licence"
    sed -e 's/[[:space:]]*$//' -e 's/^$/./' -e 's/^/ /' "$appdir/legal/third-party/licences/$licence.txt"
  done
}
# Debian wants a changelog in every package (/usr/share/doc/<package>/changelog.gz, policy 12.7;
# lintian: no-changelog). The history is git's; this names the build: version, commit and its date.
debian_changelog() {
  local when commit
  when=$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)
  commit=$(git -C "$root" rev-parse --short=7 HEAD 2>/dev/null || echo unknown)
  printf 'spoorzoeker (%s) unstable; urgency=medium\n\n' "$full_version"
  printf '  * Built by installer/build.sh from commit %s. The changes are in the\n' "$commit"
  printf '    project'"'"'s git history.\n\n'
  printf ' -- %s  %s\n' "$deb_maintainer" "$(LC_ALL=C date -u -R -d "@$when")"
}
build_deb() {
  step "dpkg-deb: the .deb"
  local t deb_arch pkg deb_out
  t=$(date +%s)
  deb_arch=$(dpkg --print-architecture)
  pkg="$out/deb-root"
  rm -rf "$pkg"
  mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/doc/spoorzoeker"
  cp -a "$app" "$pkg/opt/spoorzoeker"
  # A script, not a link: it gives Java a UTF-8 character type under LANG=C (see the script)
  install -m 755 "$here/linux/deb/spoorzoeker" "$pkg/usr/bin/spoorzoeker"
  install -D -m 644 "$here/linux/deb/spoorzoeker.desktop" "$pkg/usr/share/applications/spoorzoeker.desktop"
  install -D -m 644 "$here/linux/deb/spoorzoeker-mime.xml" "$pkg/usr/share/mime/packages/spoorzoeker.xml"
  local size src kind name
  for size in 256 512 scalable; do
    case $size in 256) src="$here/icons/spoorzoeker-256.png" ;; 512) src="$here/icons/spoorzoeker.png" ;; scalable) src="$here/icons/spoorzoeker.svg" ;; esac
    local dir=$size; [ $size = scalable ] || dir="${size}x${size}"
    for kind in apps/spoorzoeker mimetypes/application-x-spoorzoeker-archive mimetypes/application-x-spoorzoeker-backup; do
      name="$pkg/usr/share/icons/hicolor/$dir/$kind.${src##*.}"
      install -D -m 644 "$src" "$name"
    done
  done
  debian_copyright > "$pkg/usr/share/doc/spoorzoeker/copyright"
  install -m 755 "$here/linux/deb/postinst" "$pkg/DEBIAN/postinst"
  debian_changelog | gzip -9n > "$pkg/usr/share/doc/spoorzoeker/changelog.gz"
  # The template folds Depends over lines for reading; in the binary package it is one line, as
  # dpkg-gencontrol writes it (lintian: multiline-field). Description keeps its continuation lines.
  sed -e "s|@VERSION@|$full_version|" -e "s|@ARCH@|$deb_arch|" \
      -e "s|@MAINTAINER@|$deb_maintainer|" -e "s|@HOMEPAGE@|$deb_homepage|" \
      -e "s|@INSTALLED_SIZE@|$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)|" \
      "$here/linux/deb/control" |
    awk '/^Depends:/ { dep = $0; folding = 1; next }
         folding && /^[ \t]/ { sub(/^[ \t]+/, " "); dep = dep $0; next }
         folding { print dep; folding = 0 }
         { print }
         END { if (folding) print dep }' > "$pkg/DEBIAN/control"
  chmod -R u+rwX,go+rX,go-w "$pkg"
  deb_out="$out/spoorzoeker_${full_version}_${deb_arch}.deb"
  # zstd -9: 60 MB in 6 s of CPU, where xz -6 made 48 MB in minutes of CPU (12 minutes' wall on this
  # shared machine) and gzip -9 72 MB in 30 s (installer/README.md, "Compression"). dpkg reads zstd
  # since Debian 12 (1.21.22) and Ubuntu 18.04 (Ubuntu's own patch; 22.04's 1.21.1ubuntu2 lists it).
  local level=()
  case ${DEB_COMPRESS:-zstd} in zstd) level=(-z"${DEB_LEVEL:-9}") ;; esac
  dpkg-deb --root-owner-group -Z"${DEB_COMPRESS:-zstd}" "${level[@]}" --threads-max="$(nproc)" --build "$pkg" "$deb_out" >/dev/null
  rm -rf "$pkg"
  elapsed "$t"
}

for type in $types; do
  case $type in
    app-image) ;;
    tar)
      # xz: unpacked by every Linux without extra packages (xz-utils is essential on Debian and
      # Ubuntu, and GNOME's and KDE's archive tools open it); a third smaller than gzip.
      step "Portable app-image: .tar.xz"
      t=$(date +%s)
      arch=$(uname -m)
      tar -C "$out/image" -cf - "$(basename "$app")" | xz -"${TAR_XZ_LEVEL:-6}" -T0 > "$out/Spoorzoeker-$full_version-$os-$arch.tar.xz"
      elapsed "$t" ;;
    deb) [ $os = linux ] || { echo "build.sh: deb is built on Linux" >&2; exit 2; }; build_deb ;;
    rpm | dmg | pkg | msi | exe) package "$type" ;;
    *) echo "build.sh: unknown type $type" >&2; exit 2 ;;
  esac
done

# --- Sizes ----------------------------------------------------------------------------------------
step "Sizes (budget for an installer: 90 MB)"
size() { printf '   %-55s %6.1f MB\n' "$(basename "$1")" "$(echo "$2" | awk '{ printf "%.1f", $1 / 1048576 }')"; }
size "$app (app-image, unpacked)" "$(du -sk "$app" | awk '{ print $1 * 1024 }')"
size "runtime (jlink)" "$(du -sk "$out/runtime" | awk '{ print $1 * 1024 }')"
[ -f "$appdir/spoorzoeker.aot" ] && size "spoorzoeker.aot" "$(wc -c < "$appdir/spoorzoeker.aot")"
for f in "$out"/*.deb "$out"/*.rpm "$out"/*.tar.xz "$out"/*.dmg "$out"/*.pkg "$out"/*.msi "$out"/*.exe; do
  [ -f "$f" ] && size "$f" "$(wc -c < "$f")"
done
true
