"""Keys a YAML front-matter mapping repeats: which to report, which values are
lost, and which a merge key (`<<: *base`) brings in at the top; which
value under a node fails to construct; and which nodes no constructor is
asked for, so that their tags are read here.

Repeats are found on the composed node graph before anything is constructed:
PyYAML builds a mapping with merge keys (`<<: *base`) by rewriting its node's
pairs in place, the merged ones first, so afterwards a key that overrides a
merged one (legal YAML, written once) would look like a repeat.
"""
from __future__ import annotations

import yaml

from ..safeload import duplicate_pairs
from ..value_words import VALUE_ERRORS


def repeats(root) -> list[tuple[str, object, int, int]]:
    """(dotted key, mapping node, index of the repeating pair, index of the
    first) for every key repeated in any mapping under the composed `root`, in
    document order; each mapping once, named where it is written (an anchor
    comes before its aliases). Pairs, not key nodes: a key given by an alias
    (`*k : x`) is its anchor's very node (`_yaml_nodes.alias_slots` places it)."""
    found, seen, stack = [], set(), [(root, "")]
    while stack:
        node, key = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            found += [(_dotted(key, node.value[i][0].value), node, i, j) for i, j in duplicate_pairs(node)]
            stack += reversed([(v, _dotted(key, k.value))
                               for k, v in node.value if isinstance(k, yaml.ScalarNode)])
        elif isinstance(node, yaml.SequenceNode):
            stack += reversed([(item, _dotted(key, i)) for i, item in enumerate(node.value)])
    return found


def _dotted(key: str, name) -> str:
    """`name` (a key, or a list index) under the dotted path `key`."""
    return f"{key}.{name}" if key else str(name)


def lost_keys(node) -> set[int]:
    """Ids of the pairs (the `(key, value)` tuples of `node.value`) of the
    mapping `node` whose values YAML drops: all but the last of each repeated
    key. Pairs, as a key given twice by an alias is one node."""
    groups: dict[int, list[int]] = {}        # the first pair's index -> it and its repeats
    for i, j in duplicate_pairs(node):
        groups.setdefault(j, [j]).append(i)
    return {id(node.value[i]) for pairs in groups.values() for i in pairs[:-1]}


MERGE_TAG = "tag:yaml.org,2002:merge"


def top_pairs(root, seen: set[int] | None = None) -> list[tuple[object, object]]:
    """The (key node, value node) pairs of the front matter's top mapping
    `root` as YAML reads it: its own, and where a merge key stands (`<<: *d`,
    `<<: [*a, *b]`) the pairs of the mappings it names (merged in turn), each
    key the first time it is given (a key of `root` itself always wins).
    PyYAML merges so for a mapping it constructs; the top one is read key by
    key, to keep each value's node, so it is merged here (not by PyYAML's
    `flatten_mapping`, which raises at a bad merge nested in a merged mapping
    where this drops that merge alone, and puts every merged pair before the
    mapping's own rather than where its merge key stands). A merge key whose
    value is no mapping is invalid YAML (`merge_problems` names it) and is
    dropped, neither merged nor read as a key `<<`. `seen`: mappings merged
    already (the recursion's; each once, so a cycle of aliases ends)."""
    nested = seen is not None
    seen = seen if nested else {id(root)}
    lost = lost_keys(root) if nested else set()     # the top's own the caller drops
    out, given = [], {k.value for k, _ in root.value
                      if isinstance(k, yaml.ScalarNode) and k.tag != MERGE_TAG}
    for pair in root.value:
        k, v = pair
        sources = v.value if isinstance(v, yaml.SequenceNode) else [v]
        if k.tag != MERGE_TAG:
            if id(pair) not in lost:
                out.append(pair)         # the pair itself: the caller drops its own lost by id
            continue
        if not all(isinstance(m, yaml.MappingNode) for m in sources):
            continue
        for mapping in sources:
            if id(mapping) in seen:
                continue
            seen.add(id(mapping))
            for mk, mv in top_pairs(mapping, seen):
                if isinstance(mk, yaml.ScalarNode) and mk.tag != MERGE_TAG and mk.value not in given:
                    given.add(mk.value)
                    out.append((mk, mv))      # a new pair: no id the top's lost set holds
    return out


def unconstructed(root) -> list:
    """The nodes under the composed `root` that are never constructed, so
    their tags (`!x`) are met nowhere else: `root` itself, every mapping key
    (the top ones are read by name; PyYAML builds nested ones, and the same
    node found twice is one), and every value a merge key names, a list of
    them and its items too (`<<: !x {...}`: PyYAML merges its pairs and never
    constructs the mapping). Each node once, so aliases cannot multiply it."""
    out, seen, stack = [root], set(), [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.tag != MERGE_TAG:
                    out.append(k)
                else:
                    out += [v, *v.value] if isinstance(v, yaml.SequenceNode) else [v]
                stack += (k, v)
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value
    return out


def merge_problems(root) -> list[tuple[str, object]]:
    """(message, merge key node) for each value a merge key of the top mapping
    `root` names that is no mapping: YAML merges mappings only (the merge key
    type, yaml.org/type/merge), and PyYAML refuses a nested one in these words.
    The key places it: an alias's node is its anchor's, written elsewhere. A
    node's `id` is its kind as PyYAML's messages name it (scalar, sequence)."""
    out = []
    for k, v in root.value:
        if k.tag != MERGE_TAG:
            continue
        if isinstance(v, yaml.SequenceNode):
            out += [(f"expected a mapping for merging, but found {m.id}", k)
                    for m in v.value if not isinstance(m, yaml.MappingNode)]
        elif not isinstance(v, yaml.MappingNode):
            out.append((f"expected a mapping or list of mappings for merging, but found {v.id}", k))
    return out


# what PyYAML raises when a node fails to construct (`value_words.VALUE_ERRORS`:
# `!!bool maybe` a KeyError, `!!int ""` an IndexError, qa255 #1)
CONSTRUCT_ERRORS = (yaml.YAMLError, *VALUE_ERRORS)


def failing_scalar(loader, node):
    """The first scalar under `node` that fails to construct alone (a date no
    calendar has), so a problem names the value, not the mapping holding it;
    `node` itself when none does. `loader`: the PyYAML loader that composed it."""
    stack, seen = [node], set()
    while stack:
        n = stack.pop()
        if id(n) in seen:
            continue
        seen.add(id(n))
        if isinstance(n, yaml.ScalarNode):
            try:
                loader.construct_object(n, deep=True)
            except CONSTRUCT_ERRORS:
                loader.recursive_objects.clear()
                return n
        elif isinstance(n, yaml.MappingNode):
            stack += reversed([x for pair in n.value for x in pair])
        elif isinstance(n, yaml.SequenceNode):
            stack += reversed(n.value)
    return node
