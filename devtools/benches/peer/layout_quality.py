"""Lays out a node-link graph with igraph's Fruchterman-Reingold and scores it and Dramatis'
positions with the same two figures (on the largest component, Louvain communities from igraph):
community ratio = mean distance of same-community pairs / of different-community pairs;
linked ratio = mean edge length / mean distance of random pairs. Lower is better.
With --more it also scores igraph's other layouts (DrL/OpenOrd; graphopt up to 1,000 nodes,
Kamada-Kawai up to 3,000) and prints 1 / mean shortest-path length of the largest component: a drawing whose distances
follow path lengths has a linked ratio near that figure, so on a hub-heavy graph (short paths) it
is the floor such drawings sit on; only layouts that crush clusters (DrL) go below it.
Usage: layout_quality.py GRAPH.json DRAMATIS_POSITIONS.json [--more]"""
import json
import random
import sys
import time

import igraph


def load(path):
    data = json.load(open(path))
    ids = [str(n["id"]) for n in data["nodes"]]
    index = {k: i for i, k in enumerate(ids)}
    links = data.get("links", data.get("edges"))
    edges = [(index[str(l["source"])], index[str(l["target"])]) for l in links]
    weights = [float(l.get("weight", 1.0)) for l in links]
    return ids, edges, weights


def quality(graph, positions, membership, giant, seed=1, samples=200_000):
    rng = random.Random(seed)
    members = list(giant)
    groups = {}
    for i in members:
        groups.setdefault(membership[i], []).append(i)

    def dist(a, b):
        (x1, y1), (x2, y2) = positions[a], positions[b]
        return ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5

    same = other = rand = 0.0
    ns = no = nr = 0
    for _ in range(samples):
        a, b = rng.choice(members), rng.choice(members)
        if a == b:
            continue
        d = dist(a, b)
        rand += d
        nr += 1
        if membership[a] == membership[b]:
            same += d
            ns += 1
        else:
            other += d
            no += 1
        group = groups[membership[a]]
        if len(group) >= 2:
            c = rng.choice(group)
            if c != a:
                same += dist(a, c)
                ns += 1
    in_giant = set(members)
    lengths = [dist(a, b) for a, b in graph.get_edgelist() if a != b and a in in_giant]
    community = (same / max(ns, 1)) / max(other / max(no, 1), 1e-12)
    linked = (sum(lengths) / max(len(lengths), 1)) / max(rand / max(nr, 1), 1e-12)
    return community, linked


def main():
    ids, edges, weights = load(sys.argv[1])
    ours = json.load(open(sys.argv[2]))
    graph = igraph.Graph(n=len(ids), edges=edges)
    start = time.perf_counter()
    layout = graph.layout_fruchterman_reingold()
    seconds = time.perf_counter() - start
    components = graph.connected_components()
    biggest = max(range(len(components)), key=lambda c: len(components[c]))
    giant = components[biggest]
    simple = graph.copy()
    simple.es["weight"] = weights
    simple.simplify(combine_edges="sum")
    membership = simple.community_multilevel(weights="weight").membership
    theirs = quality(graph, layout.coords, membership, giant)
    mine = quality(graph, [ours[k] for k in ids], membership, giant)
    print(f"igraph {igraph.__version__} fruchterman_reingold: {seconds * 1000:.1f} ms")
    print(f"igraph FR quality (largest component, {len(giant)} nodes, "
          f"{len(set(membership[i] for i in giant))} igraph Louvain communities): "
          f"community_ratio {theirs[0]:.3f}  linked_ratio {theirs[1]:.3f}")
    print(f"dramatis quality, same measure: community_ratio {mine[0]:.3f}  linked_ratio {mine[1]:.3f}")
    if "--more" in sys.argv[3:]:
        more_layouts(graph, membership, giant)


def more_layouts(graph, membership, giant):
    """Other igraph layouts on the same graph and measure, and the path-length floor."""
    sub = graph.induced_subgraph(list(giant))
    rng = random.Random(1)
    sources = rng.sample(range(sub.vcount()), min(200, sub.vcount()))
    paths = [d for row in sub.distances(source=sources) for d in row if 0 < d < float("inf")]
    print(f"largest component: 1 / mean shortest-path length {len(paths) / max(sum(paths), 1):.3f}")
    layouts = {"drl": graph.layout_drl}
    if len(giant) <= 1000:
        # Quadratic per iteration (55 s at 2,300 nodes): small graphs only.
        layouts["graphopt"] = lambda: graph.layout_graphopt(niter=1000)
    if len(giant) <= 3000:
        # Kamada-Kawai needs a connected graph; lay out the largest component and pad the rest.
        def kamada_kawai():
            coords = [[0.0, 0.0] for _ in range(graph.vcount())]
            for v, p in zip(giant, sub.layout_kamada_kawai(maxiter=5000).coords):
                coords[v] = p
            return igraph.Layout(coords)

        layouts["kamada_kawai"] = kamada_kawai
    for name, lay_out in layouts.items():
        start = time.perf_counter()
        coords = lay_out().coords
        seconds = time.perf_counter() - start
        figures = quality(graph, coords, membership, giant)
        print(f"igraph {name}: {seconds * 1000:.0f} ms, community_ratio {figures[0]:.3f}  linked_ratio {figures[1]:.3f}")


main()
