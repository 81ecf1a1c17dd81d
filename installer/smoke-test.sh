#!/usr/bin/env bash
# Smoke test of the Linux installers: builds the app-image and the .deb (installer/build.sh), starts
# the app-image headless, installs the .deb, starts the installed app, removes it, prints sizes.
#
#   installer/smoke-test.sh              build, then test
#   SKIP_BUILD=1 installer/smoke-test.sh test what target/installer/ holds
#   SKIP_MAVEN=1 ...                     build.sh uses the existing target/spoorzoeker.jar (the Maven
#                                        profile -Pinstaller does this)
#   SKIP_DEB=1 ...                       app-image only (no root, no dpkg)
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
pom_version=$(awk -F'[<>]' '/<version>/ { print $3; exit }' "$root/pom.xml")
work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
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
check "'version' names $pom_version" grep -q "^Spoorzoeker $pom_version\$" "$work/version.txt"
check "'version' created the database" test -s "$work/a/spoorzoeker.db"
check "nothing but the answer on stdout (no JVM warnings)" test "$(grep -c '^\[' "$work/version.txt")" = 0
"$app" --data-dir "$work/b" init > "$work/init.txt"
check "'init' on a new folder created the database" test -s "$work/b/spoorzoeker.db"
check "runtime holds Dutch locale data (jdk.localedata)" grep -q 'jdk.localedata' "$image/lib/runtime/release"

# The AOT cache is used: our classes come from it ("shared objects file"), not from the jar.
mkdir -p "$work/tmp"
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.txt -Djava.io.tmpdir=$work/tmp" \
  "$app" --data-dir "$work/a" version >/dev/null 2>&1
shared=$(grep -c 'nl.spoorzoeker.*shared objects file' "$work/classes.txt" || true)
check "AOT cache in use ($shared of our classes from it)" test "$shared" -gt 20
check "SQLite library loaded in place, not extracted to the temp folder" test -z "$(ls "$work/tmp")"

# A missing cache only costs speed.
cp -al "$image" "$work/nocache"
rm "$work/nocache/lib/app/spoorzoeker.aot"
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
  DISPLAY=$display JAVA_TOOL_OPTIONS=-Dspoorzoeker.exitAfterFirstFrame=true timeout 120 \
    "$app" --data-dir "$work/a" "$work/Export van de praktijk.szx" > "$work/window.txt" 2>&1
  code=$?
  set -e
  check "window opens under Xvfb with a .szx argument and shows the practice (exit $code)" \
    grep -q '^READY' "$work/window.txt"
  kill "$xvfb_pid" 2>/dev/null || true
  xvfb_pid=""
else
  echo "  skip  window check (no Xvfb)"
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
  check "dpkg -i" dpkg -i "$deb"
  installed=/opt/spoorzoeker/bin/Spoorzoeker
  check "installed launcher $installed" test -x "$installed"
  "$installed" --data-dir "$work/c" version > "$work/deb-version.txt" 2>&1 || true
  check "installed app answers 'version'" grep -q "^Spoorzoeker $pom_version\$" "$work/deb-version.txt"
  check "installed app created the database" test -s "$work/c/spoorzoeker.db"
  JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/deb-classes.txt" "$installed" --data-dir "$work/c" version >/dev/null 2>&1
  shared=$(grep -c 'nl.spoorzoeker.*shared objects file' "$work/deb-classes.txt" || true)
  check "AOT cache in use after the move to /opt ($shared classes)" test "$shared" -gt 20
  # xdg-desktop-menu installs the menu entry only where the machine has a menu folder (a desktop).
  if [ -d /etc/xdg/menus ]; then
    check "menu entry installed (Office)" sh -c "grep -qs '^Categories=Office' /usr/share/applications/spoorzoeker-Spoorzoeker.desktop"
  else
    echo "  skip  menu entry (no /etc/xdg/menus: not a desktop machine; the install must still succeed)"
  fi
  if [ -d /usr/share/mime/packages ]; then
    check "MIME type for .szx registered" sh -c "grep -qs 'x-spoorzoeker-archive' /usr/share/mime/packages/*.xml"
  fi
  check "dpkg -r" dpkg -r spoorzoeker
  check "removed: /opt/spoorzoeker gone" test ! -e /opt/spoorzoeker
  check "removed: menu entry gone" test ! -e /usr/share/applications/spoorzoeker-Spoorzoeker.desktop
fi

echo
echo "== Sizes (budget for an installer: $budget_mb MB)"
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
printf '  %-45s %8s MB\n' "app-image, unpacked" "$(mb "$(du -sk "$image" | awk '{ print $1 * 1024 }')")"
[ -f "$image/lib/app/spoorzoeker.aot" ] && printf '  %-45s %8s MB\n' "  of which the AOT cache" "$(mb "$(wc -c < "$image/lib/app/spoorzoeker.aot")")"
printf '  %-45s %8s MB\n' "  of which the runtime" "$(mb "$(du -sk "$image/lib/runtime" | awk '{ print $1 * 1024 }')")"
for f in "$out"/*.deb "$out"/*.tar.gz; do
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
