"""Lays out a node-link graph with igraph's Fruchterman-Reingold and scores it and Dramatis'
positions with the same two figures (on the largest component, Louvain communities from igraph):
community ratio = mean distance of same-community pairs / of different-community pairs;
linked ratio = mean edge length / mean distance of random pairs. Lower is better.
Usage: layout_quality.py GRAPH.json DRAMATIS_POSITIONS.json"""
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


main()
