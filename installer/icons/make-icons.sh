#!/usr/bin/env bash
# Renders the hand-drawn icon (spoorzoeker.svg) into what each OS's installer wants. The results are
# committed, so building an installer needs none of these tools; run this after changing the SVG.
#   Linux/Debian:  apt-get install librsvg2-bin imagemagick icnsutils
# spoorzoeker.png      512 px, the Linux app-image/.deb icon (jpackage --icon on Linux)
# spoorzoeker-256.png  256 px, for the desktop menu and README use
# spoorzoeker.ico      16-256 px in one file, Windows (.exe launcher, .msi, shortcuts)
# spoorzoeker.icns     16-512 px, macOS (.app bundle and .dmg)
# szx.png / szx.ico / szx.icns are not made: the file types use the app's own icon.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" spoorzoeker.svg -o "$tmp/$size.png"
done
cp "$tmp/512.png" spoorzoeker.png
cp "$tmp/256.png" spoorzoeker-256.png
convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" spoorzoeker.ico
png2icns spoorzoeker.icns "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" >/dev/null
ls -l spoorzoeker.png spoorzoeker-256.png spoorzoeker.ico spoorzoeker.icns
