#!/usr/bin/env bash
# Smoke test of the Linux installers: builds the app-image and the .deb (installer/build.sh), starts
# the app-image headless, installs the .deb here and in a clean Debian 12 root (mmdebstrap), opens a
# .szx through the association there (screenshot: target/installer/smoke-debian12-window.png),
# purges it and checks that nothing is left, prints sizes.
#
#   installer/smoke-test.sh              build, then test
#   SKIP_BUILD=1 installer/smoke-test.sh test what target/installer/ holds
#   SKIP_MAVEN=1 ...                     build.sh uses the existing target/spoorzoeker.jar (the Maven
#                                        profile -Pinstaller does this)
#   SKIP_DEB=1 ...                       app-image only (no root, no dpkg)
#   NAMES_CHECK=0 ...                    no download of the archives' Packages indexes
#   DEB_LEVEL=3 ...                      a quicker zstd level for a test build (build.sh; default 9)
#
# The .deb part needs root (dpkg -i); without it that part is skipped with a note.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/target/installer"
budget_mb=90

[ "$(uname -s)" = Linux ] || { echo "smoke-test.sh: Linux only; on macOS and Windows run installer/build.sh and start the app by hand" >&2; exit 2; }

failures=0
pass() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  types="app-image"
  [ "${SKIP_DEB:-}" = 1 ] || types="$types deb"
  # shellcheck disable=SC2086
  "$root/installer/build.sh" $types
fi

image="$out/image/Spoorzoeker"
app="$image/bin/Spoorzoeker"
# The version build.sh gave this build (0.2.0~git312.1a2b3c4): the app and the .deb both carry it.
version=$(cat "$out/VERSION")
work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  # The clean root has the host's /dev and /proc mounted in it: unmount before removing anything.
  local m
  for m in "$work/debian12/dev" "$work/debian12/proc"; do
    mountpoint -q "$m" 2>/dev/null && umount "$m"
  done
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT

echo
echo "== app-image: $image"
check "launcher exists" test -x "$app"
set +e
"$app" --data-dir "$work/a" version > "$work/version.txt" 2> "$work/version.err"
code=$?
set -e
check "'version' exits 0 (got $code)" test "$code" = 0
check "'version' names the build's version $version" grep -qxF "Spoorzoeker $version" "$work/version.txt"
check "'version' created the database" test -s "$work/a/spoorzoeker.db"
check "nothing but the answer on stdout (no JVM warnings)" test "$(grep -c '^\[' "$work/version.txt")" = 0
"$app" --data-dir "$work/b" init > "$work/init.txt"
check "'init' on a new folder created the database" test -s "$work/b/spoorzoeker.db"
check "runtime holds Dutch locale data (jdk.localedata)" grep -q 'jdk.localedata' "$image/lib/runtime/release"

# Licences in every artefact: the jar carries the third-party list, the app-image (and so the .tar.xz
# and the .deb made from it) carries it in lib/app/legal. Every library whose Maven metadata the jar
# holds, and every JavaFX module linked into the runtime, is on the list with a licence that has its text.
list="$image/lib/app/legal/third-party/THIRD-PARTY.txt"
check "the jar carries META-INF/third-party/THIRD-PARTY.txt" sh -c "unzip -p '$root/target/spoorzoeker.jar' META-INF/third-party/THIRD-PARTY.txt | grep -q ."
check "the app-image carries LICENSE and the third-party list" sh -c "test -s '$image/lib/app/legal/LICENSE' && test -s '$list'"
awk -F'\t' '!/^#/ && NF == 4 { split($1, a, ":"); print a[1] ":" a[2] }' "$list" | sort -u > "$work/listed.txt"
{ unzip -Z1 "$root/target/spoorzoeker.jar" 'META-INF/maven/*/*/pom.properties' | awk -F/ '$3 != "nl.spoorzoeker" { print $3 ":" $4 }'
  sed -n 's/^MODULES="\(.*\)"/\1/p' "$image/lib/runtime/release" | tr ' ' '\n' | sed -n 's/^javafx\.\(.*\)/org.openjfx:javafx-\1/p'
} | sort -u > "$work/shipped.txt"
check "every shipped library ($(wc -l < "$work/shipped.txt") with Maven metadata or as a JavaFX module) is on the list (missing: $(comm -23 "$work/shipped.txt" "$work/listed.txt" | tr '\n' ' '))" \
  test -z "$(comm -23 "$work/shipped.txt" "$work/listed.txt")"
check "the Unicode data behind the look-alike table: its notice and licence text" \
  sh -c "test -s '$image/lib/app/legal/third-party/notices/unicode-data.txt' && test -s '$image/lib/app/legal/third-party/licences/Unicode-3.0.txt'"
check "every licence on the list has its text" sh -c "awk -F'\t' '!/^#/ && NF == 4 { n = split(\$3, l, / \\| /); for (i = 1; i <= n; i++) print l[i] }' '$list' | sort -u | while read -r l; do test -s '$image/lib/app/legal/third-party/licences/'\"\$l\".txt || { echo \"no text: \$l\"; exit 1; }; done"

# The AOT cache is used: our classes come from it ("shared objects file"), not from the jar.
mkdir -p "$work/tmp"
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.txt -Djava.io.tmpdir=$work/tmp" \
  "$app" --data-dir "$work/a" version >/dev/null 2>&1
shared=$(grep -c 'nl.spoorzoeker.*shared objects file' "$work/classes.txt" || true)
check "AOT cache in use ($shared of our classes from it)" test "$shared" -gt 20
check "SQLite library loaded in place, not extracted to the temp folder" test -z "$(ls "$work/tmp")"

# A missing cache only costs speed.
cp -al "$image" "$work/nocache"
rm -f "$work/nocache/lib/app/spoorzoeker.aot"
set +e
"$work/nocache/bin/Spoorzoeker" --data-dir "$work/a" version > "$work/nocache.txt" 2>&1
code=$?
set -e
check "without the AOT cache the app still starts, silently (exit $code)" \
  sh -c "test $code = 0 && ! grep -q aot '$work/nocache.txt'"

# An archive handed over by the desktop (file association) opens the window, not a usage error.
if command -v Xvfb >/dev/null 2>&1; then
  for n in 81 82 83 84 85 86 87 88 89; do
    [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
  done
  Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
  : > "$work/Export van de praktijk.szx"
  set +e
  mkdir -p "$work/home"
  DISPLAY=$display HOME="$work/home" JAVA_TOOL_OPTIONS=-Dspoorzoeker.exitAfterFirstFrame=true timeout 120 \
    "$app" --data-dir "$work/a" "$work/Export van de praktijk.szx" > "$work/window.txt" 2>&1
  code=$?
  set -e
  check "window opens under Xvfb with a .szx argument and shows the practice (exit $code)" \
    grep -q '^READY' "$work/window.txt"
  # JavaFX runs as modules of the runtime: no warning about the class path, no native-access
  # warning, its native libraries loaded from the runtime (not extracted to ~/.openjfx).
  check "JavaFX linked into the runtime as modules" grep -q 'javafx.graphics' "$image/lib/runtime/release"
  check "no 'Unsupported JavaFX configuration' (output or log)" \
    sh -c "! grep -rqs 'Unsupported JavaFX configuration' '$work/window.txt' '$work/a/logs'"
  check "no native-access warning" sh -c "! grep -q 'restricted method' '$work/window.txt'"
  check "JavaFX's native libraries not extracted to ~/.openjfx" test ! -e "$work/home/.openjfx"
  kill "$xvfb_pid" 2>/dev/null || true
  xvfb_pid=""
else
  echo "  skip  window check (no Xvfb)"
fi

# The Depends names against the archives of Debian 12, Ubuntu 22.04 and 24.04 (needs the network,
# and downloads each archive's whole Packages index; NAMES_CHECK=0 leaves it to DebianControlTest,
# which checks the control against package-names.tsv offline).
echo
echo "== package names in the Debian and Ubuntu archives"
code=0
if [ "${NAMES_CHECK:-1}" = 0 ]; then
  code=3
else
  set +e
  "$root/installer/check-package-names.sh" > "$work/names.txt" 2>&1
  code=$?
  set -e
fi
if [ $code = 3 ]; then
  echo "  skip  package names against the archives (NAMES_CHECK=0; DebianControlTest checks package-names.tsv)"
elif [ $code = 2 ]; then
  echo "  skip  package names (an archive's index could not be downloaded: $(tail -n 1 "$work/names.txt"))"
else
  check "every Depends entry is a package on Debian 12, Ubuntu 22.04 and 24.04 (check-package-names.sh)" test $code = 0
  [ $code = 0 ] || grep FAIL "$work/names.txt"
fi

deb=$(ls "$out"/spoorzoeker_*.deb 2>/dev/null | head -n 1 || true)
if [ "${SKIP_DEB:-}" = 1 ]; then
  echo "  skip  .deb (SKIP_DEB=1)"
elif [ -z "$deb" ]; then
  fail ".deb built"
elif [ "$(id -u)" != 0 ] || ! command -v dpkg >/dev/null 2>&1; then
  echo "  skip  .deb install (needs root and dpkg)"
else
  echo
  echo "== .deb: $deb"
  case ${DEB_COMPRESS:-zstd} in zstd) data=data.tar.zst ;; xz) data=data.tar.xz ;; gzip) data=data.tar.gz ;; *) data=data.tar ;; esac
  check "payload $data (zstd by default: read by dpkg on Debian 12 and Ubuntu 22.04+)" sh -c "ar t '$deb' | grep -qx '$data'"
  check "Depends names no distribution-specific library (jpeg, t64 only as an alternative)" \
    sh -c "! dpkg-deb -f '$deb' Depends | tr ',' '\n' | grep -qE 'jpeg|^ *[a-z0-9.+-]+t64 *\$'"
  check "dpkg -i" dpkg -i "$deb"
  installed=/opt/spoorzoeker/bin/Spoorzoeker
  check "installed launcher $installed" test -x "$installed"
  "$installed" --data-dir "$work/c" version > "$work/deb-version.txt" 2>&1 || true
  check "the .deb's Version is the build's ($(dpkg-deb -f "$deb" Version))" test "$(dpkg-deb -f "$deb" Version)" = "$version"
  # Upgrades: above the jpackage-built 0.1.0 packages, below the release it leads to.
  check "$version sorts above 0.1.0 and below its release ${version%%~*}" \
    sh -c "dpkg --compare-versions 0.1.0 lt '$version' && dpkg --compare-versions '$version' le '${version%%~*}'"
  check "Maintainer and Homepage fields" sh -c "dpkg-deb -f '$deb' Maintainer | grep -q '@' && dpkg-deb -f '$deb' Homepage | grep -q '^https://'"
  # What lintian calls errors in any package: a folded Depends (multiline-field), no changelog.
  check "Depends on one line, as dpkg-gencontrol writes it" sh -c "dpkg-deb -I '$deb' control | grep -q '^Depends: libc6, .*libxxf86vm1\$'"
  check "changelog.gz names this version" sh -c "dpkg-deb --fsys-tarfile '$deb' | tar -xOf - ./usr/share/doc/spoorzoeker/changelog.gz | zcat | head -n 1 | grep -qxF 'spoorzoeker ($version) unstable; urgency=medium'"
  check "installed app answers 'version' with the package's version" grep -qxF "Spoorzoeker $version" "$work/deb-version.txt"
  check "installed app created the database" test -s "$work/c/spoorzoeker.db"
  check "/usr/bin/spoorzoeker runs the command line" sh -c "/usr/bin/spoorzoeker --data-dir '$work/c' version | grep -q '^Spoorzoeker'"
  check "/usr/bin/spoorzoeker under LANG=C names a folder 'Cliënten'" sh -c "LANG=C LC_ALL=C /usr/bin/spoorzoeker --data-dir '$work/Cliënten' demo >/dev/null 2>&1 && test -s '$work/Cliënten/spoorzoeker.db'"
  JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/deb-classes.txt" "$installed" --data-dir "$work/c" version >/dev/null 2>&1
  shared=$(grep -c 'nl.spoorzoeker.*shared objects file' "$work/deb-classes.txt" || true)
  check "AOT cache in use after the move to /opt ($shared classes)" test "$shared" -gt 20
  # Package-owned desktop files: there whether or not the machine has a menu or desktop-directories.
  check "menu entry owned by the package" sh -c "dpkg -S /usr/share/applications/spoorzoeker.desktop >/dev/null"
  check "MIME types owned by the package" sh -c "dpkg -S /usr/share/mime/packages/spoorzoeker.xml >/dev/null"
  check "licences shipped (copyright, third-party list)" sh -c "grep -q 'GPL-2.0-with-classpath-exception' /usr/share/doc/spoorzoeker/copyright && grep -qx 'License: Unicode-3.0' /usr/share/doc/spoorzoeker/copyright && test -s /opt/spoorzoeker/lib/app/legal/third-party/THIRD-PARTY.txt"
  # gio reads the association from the cache that desktop-file-utils keeps (through its file trigger).
  if command -v gio >/dev/null 2>&1 && command -v update-desktop-database >/dev/null 2>&1; then
    check ".szx opens with Spoorzoeker (gio mime)" sh -c "gio mime application/x-spoorzoeker-archive | grep -q 'spoorzoeker.desktop'"
  fi
  dpkg -L spoorzoeker | grep -v '^/opt/spoorzoeker' > "$work/owned.txt"
  check "dpkg --purge" dpkg --purge spoorzoeker
  check "purged: /opt/spoorzoeker gone" test ! -e /opt/spoorzoeker
  check "purged: no file of the package left" sh -c "! xargs -r -d '\n' -I{} sh -c 'test -f \"{}\" && echo {}' < '$work/owned.txt' | grep -q ."
  check "purged: no icon left in hicolor" sh -c "! find /usr/share/icons/hicolor -name '*spoorzoeker*' | grep -q ."
fi

# The same .deb in a clean Debian 12 root (mmdebstrap from Debian's mirror): apt resolves the
# hand-written Depends there, the association works without /usr/share/desktop-directories, the
# window opens a .szx through the association (gio open), and a purge leaves nothing but user data.
# CLEAN_ROOT=0 skips it; it needs root, mmdebstrap and the network to Debian's mirror.
if [ -n "$deb" ] && [ "${CLEAN_ROOT:-1}" != 0 ] && [ "$(id -u)" = 0 ] && command -v mmdebstrap >/dev/null 2>&1; then
  echo
  echo "== clean Debian 12 root"
  croot="$work/debian12"
  # Without desktop-file-utils and shared-mime-info: the .deb recommends them, and apt (as a coach runs
  # it: apt install ./spoorzoeker_….deb) installs what a package recommends. Without desktop-file-utils'
  # cache gio finds no application for a .szx, so this also checks that the Recommends do their work.
  if mmdebstrap --quiet --variant=apt --include=libglib2.0-bin,xvfb,xauth \
      bookworm "$croot" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" > "$work/mmdebstrap.log" 2>&1; then
    cp /etc/resolv.conf "$croot/etc/resolv.conf"
    cp "$deb" "$croot/tmp/spoorzoeker.deb"
    mount -t proc proc "$croot/proc"
    mount --bind /dev "$croot/dev"
    in_root() { chroot "$croot" /bin/sh -c "$1"; }
    lijst='find / -xdev \( -path /proc -o -path /tmp -o -path /var/cache -o -path /var/lib/apt -o -path /var/log -o -path /dev -o -path /run -o -path /root/.local -o -path /root/.cache \) -prune -o -print | sort'
    # mmdebstrap leaves no package lists behind: fetch them first.
    check "apt installs the .deb with its Depends and Recommends" in_root "apt-get update -qq >/tmp/apt.log 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/spoorzoeker.deb >>/tmp/apt.log 2>&1"
    check "desktop-file-utils and shared-mime-info came with it" in_root "dpkg -s desktop-file-utils shared-mime-info 2>/dev/null | grep -c '^Status: install ok installed' | grep -qx 2"
    # The list of files before: with the dependencies, without the package.
    in_root "dpkg --purge spoorzoeker >/dev/null && mkdir -p /opt && $lijst > /tmp/before.txt && dpkg -i /tmp/spoorzoeker.deb >/dev/null" || fail "reinstall in the clean root"
    check "no /usr/share/desktop-directories in this root" in_root "test ! -e /usr/share/desktop-directories"
    check ".szx association (gio mime) without desktop-directories" in_root "gio mime application/x-spoorzoeker-archive | grep -q 'Default application.*spoorzoeker.desktop'"
    check "/usr/bin/spoorzoeker version" in_root "/usr/bin/spoorzoeker --data-dir /tmp/d version | grep -q '^Spoorzoeker'"
    # Xvfb picks a free display itself (-displayfd): its socket's name is shared with the host's X
    # servers. The window stays 12 s after READY (spoorzoeker.readyHoldMillis) for the screenshot,
    # taken 6 s after READY (Vandaag fills in after READY; the first start in the root reads the
    # image from a cold disk) from Xvfb's frame buffer file (-fbdir, XWD format); then the app exits.
    in_root "printf 'SZX\\0\\1\\2binary' > '/tmp/Export van de praktijk.szx'; mkdir -p /tmp/fb; Xvfb -displayfd 3 -screen 0 1366x768x24 -fbdir /tmp/fb 3>/tmp/display >/dev/null 2>&1 & x=\$!; for i in \$(seq 20); do [ -s /tmp/display ] && break; sleep 0.5; done; DISPLAY=:\$(cat /tmp/display) JAVA_TOOL_OPTIONS='-Dspoorzoeker.exitAfterFirstFrame=true -Dspoorzoeker.readyHoldMillis=12000' HOME=/root gio open '/tmp/Export van de praktijk.szx' > /tmp/open.txt 2>&1; for i in \$(seq 120); do grep -q READY /tmp/open.txt && break; sleep 1; done; sleep 6; cp /tmp/fb/Xvfb_screen0 /tmp/window.xwd; sleep 8; kill \$x"
    check "gio open of a .szx starts Spoorzoeker, which shows its window (READY)" in_root "grep -q READY /tmp/open.txt"
    # What the app printed and logged there, kept beside the screenshot.
    cp "$croot/tmp/open.txt" "$out/smoke-debian12-open.txt" 2>/dev/null || true
    cp "$croot/root/.local/share/spoorzoeker/logs/spoorzoeker.log" "$out/smoke-debian12-app.log" 2>/dev/null || true
    check "the app's log in the clean root has no ERROR ($out/smoke-debian12-app.log)" \
      sh -c "test -s '$out/smoke-debian12-app.log' && ! grep -q ' ERROR ' '$out/smoke-debian12-app.log'"
    shot="$out/smoke-debian12-window"
    cp "$croot/tmp/window.xwd" "$shot.xwd" 2>/dev/null || true
    if command -v convert >/dev/null 2>&1 && [ -s "$shot.xwd" ] && convert "xwd:$shot.xwd" "png:$shot.png" 2>/dev/null; then
      # A drawn window has many colours; an empty root window has one.
      colours=$(convert "$shot.png" -format '%k' info:)
      check "screenshot of the window in the clean root: $shot.png ($colours colours)" test "$colours" -gt 50
    else
      check "screenshot of the window in the clean root (frame buffer copied: $shot.xwd)" test -s "$shot.xwd"
    fi
    check "dpkg --purge in the clean root" in_root "dpkg --purge spoorzoeker >/dev/null"
    in_root "$lijst > /tmp/after.txt; diff /tmp/before.txt /tmp/after.txt | grep -v '^< /opt\$' | grep '^[<>]'" > "$work/leftovers.txt" || true
    check "purge leaves no file outside the user's data (diff: $(tr '\n' ' ' < "$work/leftovers.txt"))" test ! -s "$work/leftovers.txt"
    umount "$croot/dev" "$croot/proc"
  else
    fail "mmdebstrap of Debian 12 (see $work/mmdebstrap.log: $(tail -n 1 "$work/mmdebstrap.log"))"
  fi
else
  echo "  skip  clean Debian 12 root (needs root, mmdebstrap and CLEAN_ROOT unset or 1)"
fi

echo
echo "== Sizes (budget for an installer: $budget_mb MB)"
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
printf '  %-45s %8s MB\n' "app-image, unpacked" "$(mb "$(du -sk "$image" | awk '{ print $1 * 1024 }')")"
[ -f "$image/lib/app/spoorzoeker.aot" ] && printf '  %-45s %8s MB\n' "  of which the AOT cache" "$(mb "$(wc -c < "$image/lib/app/spoorzoeker.aot")")"
printf '  %-45s %8s MB\n' "  of which the runtime" "$(mb "$(du -sk "$image/lib/runtime" | awk '{ print $1 * 1024 }')")"
for f in "$out"/*.deb "$out"/*.tar.xz; do
  [ -f "$f" ] || continue
  size=$(wc -c < "$f")
  printf '  %-45s %8s MB\n' "$(basename "$f")" "$(mb "$size")"
  check "$(basename "$f") within $budget_mb MB" test "$size" -le $((budget_mb * 1048576))
done

echo
if [ "$failures" = 0 ]; then
  echo "Smoke test passed."
else
  echo "Smoke test: $failures check(s) failed."
  exit 1
fi
