#!/usr/bin/env bash
# Checks the .deb's Depends against the real archives: downloads the Packages index (amd64, main) of
# Debian 12 and Ubuntu 22.04 and 24.04 and checks, for every release,
#   - that every Depends entry of installer/linux/deb/control has an alternative that is a real
#     package there (a Package: stanza, not a name some other package only Provides), and
#   - that installer/linux/deb/package-names.tsv (which DebianControlTest reads offline) says the
#     same as the archive for every name in it.
#
#   installer/check-package-names.sh          exit 0 when all agree, 1 when not, 2 when an index
#                                             could not be downloaded
#   UBUNTU_MIRROR, DEBIAN_MIRROR              other mirrors (defaults: archive.ubuntu.com, deb.debian.org)
#   INDEX_DIR                                 where the indexes are kept (default target/package-indexes;
#                                             an index younger than a day is not fetched again)
#
# A release's names are those of its release pocket and its -updates pocket together (a library
# added in an update is installable on an updated system).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deb="$root/installer/linux/deb"
index_dir=${INDEX_DIR:-$root/target/package-indexes}
ubuntu=${UBUNTU_MIRROR:-http://archive.ubuntu.com/ubuntu}
debian=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
mkdir -p "$index_dir"

# release column in package-names.tsv -> mirror and suites
suites() {
  case $1 in
    debian-12) echo "$debian bookworm bookworm-updates" ;;
    ubuntu-22.04) echo "$ubuntu jammy jammy-updates" ;;
    ubuntu-24.04) echo "$ubuntu noble noble-updates" ;;
    *) echo "check-package-names.sh: no archive known for release column $1" >&2; return 1 ;;
  esac
}

# The names of the real packages of one release, one a line, sorted.
names() {
  local release=$1 list="$index_dir/$1.names" mirror suite
  if [ -s "$list" ] && [ -z "$(find "$list" -mmin +1440)" ]; then
    cat "$list"; return
  fi
  read -r mirror suite_list <<< "$(suites "$release")"
  : > "$list.tmp"
  for suite in $suite_list; do
    if ! curl -fsS --max-time 120 "$mirror/dists/$suite/main/binary-amd64/Packages.xz" -o "$index_dir/$suite.Packages.xz"; then
      echo "check-package-names.sh: could not download $mirror/dists/$suite/main/binary-amd64/Packages.xz" >&2
      rm -f "$list.tmp"; return 2
    fi
    xz -dc "$index_dir/$suite.Packages.xz" | sed -n 's/^Package: //p' >> "$list.tmp"
  done
  sort -u "$list.tmp" > "$list"; rm -f "$list.tmp"
  cat "$list"
}

# Depends and Recommends entries, one a line, alternatives separated by spaces, version constraints
# removed (apt installs Recommends by default: the menu and file associations need them, see control).
depends=$(awk '/^(Depends|Recommends):/ { on = 1; sub(/^[A-Za-z]+:/, ","); print; next } on && /^[^ ]/ { on = 0 } on' "$deb/control" \
  | tr -d '\n' | tr ',' '\n' | sed -e 's/([^)]*)//g' -e 's/|/ /g' -e 's/^ *//' -e 's/ *$//' -e 's/  */ /g' | grep .)
[ -n "$depends" ] || { echo "check-package-names.sh: no Depends in $deb/control" >&2; exit 1; }

header=$(grep -v '^#' "$deb/package-names.tsv" | head -n 1)
IFS=$'\t' read -r -a columns <<< "$header"
failures=0
for ((c = 1; c < ${#columns[@]}; c++)); do
  release=${columns[$c]}
  set +e
  known=$(names "$release")
  status=$?
  set -e
  [ $status = 0 ] || exit 2
  echo "== $release: $(echo "$known" | wc -l) packages in main"
  while read -r entry; do
    found=""
    for name in $entry; do
      grep -qxF "$name" <<< "$known" && { found=$name; break; }
    done
    if [ -n "$found" ]; then
      printf '  ok    %-40s %s\n' "${entry// / | }" "$found"
    else
      printf '  FAIL  %-40s none of these is a package on %s\n' "${entry// / | }" "$release"
      failures=$((failures + 1))
    fi
  done <<< "$depends"
  # The offline list must say what the archive says.
  while IFS=$'\t' read -r -a row; do
    [ "${#row[@]}" -gt "$c" ] || continue
    if grep -qxF "${row[0]}" <<< "$known"; then actual=1; else actual=0; fi
    if [ "${row[$c]}" != "$actual" ]; then
      printf '  FAIL  package-names.tsv says %s=%s for %s, the archive %s\n' "${row[0]}" "${row[$c]}" "$release" "$actual"
      failures=$((failures + 1))
    fi
  done < <(grep -v '^#' "$deb/package-names.tsv" | tail -n +2)
done

if [ $failures = 0 ]; then
  echo "Package names: every Depends and Recommends entry exists on every release, and package-names.tsv agrees with the archives."
else
  echo "Package names: $failures problem(s)."
  exit 1
fi
