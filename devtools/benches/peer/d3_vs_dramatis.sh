#!/usr/bin/env bash
# Layout speed against d3-force (Barnes–Hut many-body + link + center, default theta) on the same
# deterministic scale-free graph, same number of ticks, in one run. Needs node and npm.
# Usage: devtools/benches/peer/d3_vs_dramatis.sh [NODES] [EDGES] [ITERATIONS]
set -euo pipefail
nodes=${1:-100000}
edges=${2:-300000}
iterations=${3:-10}
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet --manifest-path "$root/Cargo.toml" --no-default-features -p dramatis -p dramatis-devtools
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund d3-force@3 >/dev/null)

"$root/target/release/dramatis-dev" bench layout --nodes "$nodes" --edges "$edges" --iterations "$iterations" \
  --graph-out "$work/graph.json" | tee "$work/dramatis.txt"

cat > "$work/d3.mjs" <<'JS'
import { forceSimulation, forceManyBody, forceLink, forceCenter } from "d3-force";
import fs from "node:fs";
const graph = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const ticks = Number(process.argv[3]);
const sim = forceSimulation(graph.nodes)
  .force("charge", forceManyBody())
  .force("link", forceLink(graph.links).id((d) => d.id))
  .force("center", forceCenter())
  .stop();
sim.tick(1); // warm-up, as for dramatis
const start = performance.now();
sim.tick(ticks);
console.log(`ms_per_iteration: ${((performance.now() - start) / ticks).toFixed(3)}`);
JS
node "$work/d3.mjs" "$work/graph.json" "$iterations" | tee "$work/d3.txt"

ours=$(grep -oP 'ms_per_iteration: \K[0-9.]+' "$work/dramatis.txt")
theirs=$(grep -oP 'ms_per_iteration: \K[0-9.]+' "$work/d3.txt")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "graph: $nodes nodes, $edges edges, $iterations iterations"
echo "dramatis ms/iteration: $ours"
echo "d3-force ms/iteration: $theirs"
awk -v a="$theirs" -v b="$ours" 'BEGIN { printf "speedup (d3 / dramatis): %.1fx\n", a / b }'
