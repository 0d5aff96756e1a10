#!/usr/bin/env bash
# Generates every icon size from tablebook.svg, the one source drawing.
#   PNG 16..512 (Linux, the window), tablebook.ico (Windows), tablebook.icns (macOS),
#   and the PNGs the window loads, copied into the app's resources.
# Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick (imagemagick) and png2icns (icnsutils).
# On a Mac without png2icns, see README.md for the one iconutil command.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# /usr/local/bin/convert may be a stand-in on some machines: prefer ImageMagick's own.
if [[ -x /usr/bin/convert ]]; then CONVERT=/usr/bin/convert
elif command -v magick >/dev/null; then CONVERT="magick"
else CONVERT=convert; fi

sizes=(16 24 32 48 64 128 256 512)
mkdir -p png
for s in "${sizes[@]}"; do
  rsvg-convert --width "$s" --height "$s" tablebook.svg --output "png/tablebook-$s.png"
done

# Windows: one .ico holding the sizes Explorer and the task bar ask for.
"$CONVERT" png/tablebook-{16,24,32,48,64,128,256}.png tablebook.ico

# macOS: png2icns takes the sizes an .icns can hold.
if command -v png2icns >/dev/null; then
  png2icns tablebook.icns png/tablebook-{16,32,48,128,256,512}.png >/dev/null
else
  echo "png2icns not found (Debian: icnsutils); tablebook.icns left as it was." >&2
fi

# The window's icons (Stage.getIcons): the sizes window managers and task bars pick from.
resources=../src/main/resources/org/tablebook/app/icons
mkdir -p "$resources"
for s in 16 32 48 64 128 256; do
  cp "png/tablebook-$s.png" "$resources/tablebook-$s.png"
done
echo "Icons generated from tablebook.svg."
