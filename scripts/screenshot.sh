#!/usr/bin/env bash
# Runs the real window under Xvfb on the seed article and saves docs/screenshot.png.
# Needs: xvfb, xdotool, imagemagick (apt-get install -y xvfb xdotool imagemagick).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/docs/screenshot.png}
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/xdg-rt}
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  set -e
  cd "'"$root"'"
  target/release/dramatis data/samples/naqoura-talks.txt & app=$!
  win=$(timeout 30 xdotool search --sync --onlyvisible --name "Dramatis" | head -1)
  sleep 4                                   # the layout settles
  xdotool mousemove --window "$win" 700 330 click 1 || true   # select a node near the centre
  sleep 1
  /usr/bin/import -window "$win" "'"$out"'"
  kill $app
'
echo "wrote $out"
