"""Bounded loading of the files, YAML and TOML that users hand us.

Rule files, configs, front matter and JSON-LD are read by parsers that
recurse, and YAML aliases can make a few lines stand for billions of values
(the "billion laughs" bomb). Everything here is safe loading only (no YAML
tag ever builds an object), uses libyaml when it is installed, and refuses
input that is too big, too deep or too aliased with a `LoadError` that says
where, instead of a hang, a RecursionError or gigabytes of memory. TOML
(pyproject.toml, site configs) is `toml_load`'s, under the same limits.
"""
from __future__ import annotations

import gc
import re
from contextlib import contextmanager

from .load_error import LoadError
from .marks import Marks, collect
from .regular_files import NotRegular, TooLarge, read_regular
from .yaml_scalars import MERGE, STR, VALUE, no_constructor, safe_constructor, scalar_error

MAX_BYTES = 1024 * 1024      # a rule or config file bigger than this is not one
MAX_NODES = 100_000          # values in one document, counting each alias expanded
MAX_DEPTH = 64               # nesting of mappings and lists
# Where YAML ends a line (YAML 1.1, 5.4: LF, CRLF, a lone CR, NEL, LS, PS), as
# libyaml and PyYAML count a mark's line; `str.split("\n")` misses all but LF.
YAML_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


def read_text(path: str, what: str = "file") -> str:
    """A rule or config file as UTF-8 text, at most MAX_BYTES: LoadError or
    OSError. A file saved as UTF-16 or UTF-32 has its BOM named, as an
    article's is (`readers._encoding.wide_mark`)."""
    try:
        data = read_regular(path, MAX_BYTES)
    except TooLarge as exc:
        raise LoadError(f"{what} is {over_limit(exc.size)}, over the "
                        f"{MAX_BYTES // 1048576} MB limit for rule, config and data files") from None
    except NotRegular as exc:     # a config stops the run: not "skipped"
        raise LoadError(f"cannot read {what}: {exc.what}, not a regular file") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if (wide := wide_refusal(data)) is not None:     # UTF-16 or UTF-32 (nu57 #6)
            raise LoadError(wide, 1) from None
        line = data.count(b"\n", 0, exc.start) + 1
        raise LoadError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", line) from None


def wide_refusal(head: bytes) -> str | None:
    """"not UTF-8: it starts with a UTF-16 (little-endian) byte-order mark
    (FF FE); re-save the file as UTF-8" when `head` (a file's first bytes,
    4 are enough) opens with a UTF-16 or UTF-32 BOM, else None: how a config,
    rule, data or word-list file saved so is refused (nu57 #6, qa291 #2)."""
    from .readers._encoding import bom, wide_mark      # a refused file only
    if (found := bom(head)) is None or found[1] == "utf-8":
        return None
    return f"not UTF-8: it {wide_mark(found[1])}; re-save the file as UTF-8"


def over_limit(size: int) -> str:
    """`size` (bytes, over MAX_BYTES) in MB to the fewest decimals (1 to 3) that
    still read over the limit, else in bytes: 1,100,011 bytes is "1.05 MB",
    never "1.0 MB, over the 1 MB limit" (qa261 #4)."""
    for places in (1, 2, 3):
        shown_mb = f"{size / 1048576:.{places}f}"
        if float(shown_mb) * 1048576 > MAX_BYTES:
            return f"{shown_mb} MB"
    return f"{size:,} bytes"


@contextmanager
def no_gc():
    """Pause the cyclic garbage collector while a parser builds many objects:
    with it running, composing 20,000 YAML keys took six times as long as
    10,000 (it rescans every object built so far). Reference counting still
    frees everything; the collector resumes afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def load_yaml(text: str, *, max_nodes: int = MAX_NODES, max_depth: int = MAX_DEPTH,
              marks: Marks | None = None, refused: list | None = None,
              left_out: list | None = None, last_key_wins: bool = False) -> object:
    """One YAML document, safely: compose, measure, then construct. With `marks`,
    also record where each value starts (`marks.collect`), from the same nodes.

    Raises LoadError for a syntax error, an impossible date (`2024-13-45`), a
    key given twice, a recursive alias, more than `max_nodes` values once
    aliases are expanded, or nesting deeper than `max_depth`. With a
    `refused` list (a config's load), an impossible date and a key given
    twice in a top-level mapping stop nothing: each LoadError is appended
    there, in the order found, and the document is built without every
    top-level key whose key or value holds one (both keys of a repeat;
    `_unrefused`), so the rest of the mapping can still be judged; the
    keys so left out (and those a left-out `<<` merged in) are appended to
    `left_out` (their text), if given. A
    scalar that is no value of its tag (`!!int abc`) or a tag no safe
    constructor reads (`!foo`) is refused as a bad date is (`measure`).
    When the load then stops, `refused` still holds what was found before.
    With `last_key_wins` (a newsroom's data file), a key given twice is
    no error: the last one is kept, as PyYAML's own load does.
    """
    import yaml   # here, not at the top: a run with every rule file cached never parses YAML

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)   # libyaml: ~15x faster, same marks
    # what the marks index: libyaml's count no BOM, PyYAML's do (qa270 #1)
    marked = text.removeprefix("\ufeff") if hasattr(yaml, "CSafeLoader") else text
    try:
        with no_gc():
            node = loader.get_single_node()
        if node is None:
            return None
        found: list = []
        built: dict = {}
        try:
            measure(node, max_nodes, max_depth, None if refused is None else found, last_key_wins, built,
                    marked)
        finally:       # said even when the walk then stops (too deep), as in file order they come first
            if found and isinstance(node, yaml.MappingNode):
                refused += [exc for exc, _ in found]
        if found:
            if not isinstance(node, yaml.MappingNode):
                raise found[0][0]       # no key to leave out: stop at the first, as always
            kept = _unrefused(node, {id(n) for _, nodes in found for n in nodes})
            if left_out is not None:       # by id: a test of each kept key was quadratic
                held = {id(k) for k, _ in kept}
                gone = [(k, v) for k, v in node.value if id(k) not in held]
                left_out += [k.value for k, _ in gone if isinstance(k, yaml.ScalarNode)]
                supplied = _supplied(node.value, held)     # written, or by a kept `<<` (qa276 #2, qa280 #2)
                left_out += [key for k, v in gone if k.tag == MERGE for key in _merged_keys(v)
                             if key not in supplied]      # `<<: *b` took its keys with it (qa259 #1)
            node.value = kept
        if marks is not None:
            collect(node, marks, key_read)
        loader.constructed_objects.update(built)     # each scalar `measure` built is taken as built
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        from .yaml_errors import yaml_error     # a broken file only: a run seldom needs the wording
        problem, mark = yaml_error(exc, text)
        raise LoadError(f"invalid YAML: {problem}", mark.line + 1 if mark else None,
                        column=mark.column + 1 if mark else None) from None
    except yaml.reader.ReaderError as exc:
        from .yaml_errors import reader_error_offset
        line = len(YAML_BREAK.findall(text, 0, reader_error_offset(text, exc))) + 1
        raise LoadError(f"invalid YAML: {str(exc).splitlines()[0]}", line) from None
    except yaml.YAMLError as exc:
        raise LoadError(f"invalid YAML: {str(exc).splitlines()[0]}") from None
    except RecursionError:
        raise LoadError("invalid YAML: nested too deeply") from None
    finally:
        loader.dispose()


def marks_of(path: str, what: str = "rule file") -> Marks | None:
    """Where each value of the YAML file at `path` is (`marks.Marks`), read again:
    only an error asks, so the happy path (often served parsed from the rule-set
    cache) never pays for marks. None when the file cannot be read now."""
    marks = Marks()
    try:
        load_yaml(read_text(path, what), marks=marks)
    except (LoadError, OSError):
        return None
    return marks


def _children(node) -> list[tuple[object, str | None]]:
    """(child node, key text) pairs; the key text is None for list items and keys."""
    import yaml
    if isinstance(node, yaml.MappingNode):
        out = []
        for k, v in node.value:
            out.append((k, None))
            out.append((v, str(k.value) if isinstance(k, yaml.ScalarNode) else "?"))
        return out
    return [(item, f"[{i}]") for i, item in enumerate(node.value)]


def measure(root, max_nodes: int = MAX_NODES, max_depth: int = MAX_DEPTH,
            found: list | None = None, last_key_wins: bool = False, built: dict | None = None,
            text: str = "") -> None:
    """Walk a composed YAML node graph without recursion and refuse it when it
    is cyclic, too big (aliases counted as many times as they are used) or too
    deep; check every scalar is a value of its tag (a timestamp a real date:
    `scalar_error`), every tag has a safe constructor, and no mapping names
    a key twice. Linear in the number of distinct nodes, whatever the aliases
    expand to. With `found`, each of those refusals is appended there as
    (LoadError, the nodes it concerns) instead of raised. With
    `last_key_wins`, a repeated key is left to YAML (the last one kept).
    With `built`, each scalar node that was built to be judged maps to the
    value built, for the load to construct it no more (PyYAML's
    `constructed_objects`: a value built once is taken again). `text`: the
    document `root` was composed from, for `scalar_error`."""
    import yaml
    size: dict[int, int] = {}
    height: dict[int, int] = {}
    active: set[int] = set()
    stack = [(root, "", 0, False)]
    while stack:
        node, key, level, done = stack.pop()
        nid = id(node)
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        where = key or None
        if not isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            if nid not in size:
                size[nid], height[nid] = 1, 0
                if bad := scalar_error(node, line, where, built, text):
                    _refuse(found, bad, (node,))
            continue
        if done:
            active.discard(nid)
            kids = [id(c) for c, _ in _children(node)]
            size[nid] = 1 + sum(size[k] for k in kids)
            height[nid] = 1 + max((height[k] for k in kids), default=0)
            if size[nid] > max_nodes:
                raise LoadError(f"more than {max_nodes:,} values (aliases counted each time "
                                "they are used); refused", line, where, col)
            continue
        if nid in size:
            if level + height[nid] > max_depth:
                raise LoadError(f"nested more than {max_depth} deep; refused", line, where, col)
            continue
        if nid in active:
            raise LoadError("an alias refers to the value that contains it; refused", line, where, col)
        if level >= max_depth:
            raise LoadError(f"nested more than {max_depth} deep; refused", line, where, col)
        if node.tag not in safe_constructor().yaml_constructors:      # `x: !foo [a]`
            _refuse(found, no_constructor(node, line), (node,))
        if isinstance(node, yaml.MappingNode):
            _value_keys_as_text(node)
        if isinstance(node, yaml.MappingNode) and not last_key_wins:
            for bad, nodes in _key_errors(node, key):
                _refuse(found, bad, nodes)
        active.add(nid)
        stack.append((node, key, level, True))
        for child, name in reversed(_children(node)):
            stack.append((child, key if name is None else _child_key(key, name), level + 1, False))


def _value_keys_as_text(node) -> None:
    """A plain `=` key (YAML 1.1's value key, `tag:yaml.org,2002:value`:
    a swap rule's `=: equals`) is the text "=", as PyYAML's own
    `flatten_mapping` retags it while building the mapping; done here,
    before the tags are judged, so it is not refused as a tag with no
    constructor. A `=` value (`x: =`) is still refused, as PyYAML refuses it."""
    for key_node, _ in node.value:
        if key_node.tag == VALUE:
            key_node.tag = STR


def _merged_keys(node) -> list:
    """The keys (their text) a merge key's value (`<<: *b`, `<<: [*b, *c]`)
    would put into its mapping, a merge inside it followed too: what a
    refused `<<` leaves out besides itself (YAML 1.1 merge key, yaml.org/type/merge)."""
    import yaml
    maps = node.value if isinstance(node, yaml.SequenceNode) else [node]
    return [key for m in maps if isinstance(m, yaml.MappingNode) for key in _keys_of(m.value)]


def _supplied(pairs, held: set) -> set:
    """The keys (their text) that the kept pairs of `pairs` (a mapping's
    (key, value) nodes; `held`: the ids of the kept keys) give the built
    mapping: each written, and each a kept `<<` brings unless a refused `<<`
    written after it brings it too. A later `<<` wins over an earlier one
    (PyYAML's `flatten_mapping`), so the refused one would have replaced
    that value, and the key is the refused one's to leave out (qa280 #2)."""
    import yaml
    supplied: set = set()
    replaced: set = set()
    for k, v in reversed(pairs):
        if k.tag == MERGE:
            brought = _merged_keys(v)
            if id(k) in held:
                supplied.update(key for key in brought if key not in replaced)
            else:
                replaced.update(brought)
        elif id(k) in held and isinstance(k, yaml.ScalarNode):
            supplied.add(k.value)
    return supplied


def _keys_of(pairs) -> list:
    """The keys (their text) that the (key, value) node pairs of one mapping
    put into it: each scalar key written, and what each `<<` among them merges in."""
    import yaml
    return [key for k, v in pairs
            for key in (_merged_keys(v) if k.tag == MERGE else [k.value] if isinstance(k, yaml.ScalarNode) else [])]


def _child_key(key: str, name: str) -> str:
    """The dotted path of `name` (a key, or `[i]` for a list item) under `key`."""
    return f"{key}{name}" if name.startswith("[") else f"{key}.{name}" if key else name


def _refuse(found: list | None, error: LoadError, nodes: tuple) -> None:
    if found is None:
        raise error
    found.append((error, nodes))


def _key_errors(node, key: str) -> list[tuple[LoadError, tuple]]:
    """Refuse a mapping that names a key twice: YAML 1.2 forbids it, and PyYAML
    would keep the last value unsaid (`message:` written twice in a rule file,
    the first one silently lost). Go's yaml, which Vale uses, refuses it too.
    (LoadError, (the repeat, the first key)) for each repeat, in order."""
    return [(LoadError(f"given twice (first on line {first.start_mark.line + 1}); "
                       "YAML keeps only the last, so write it once", k.start_mark.line + 1,
                       _child_key(key, str(k.value)), k.start_mark.column + 1), (k, first))
            for k, first in duplicate_keys(node)]


def _unrefused(root, refused: set[int]) -> list:
    """The (key, value) node pairs of the mapping `root` in which no node of
    `refused` (ids) stands, under the key or the value, an alias's too."""
    held: dict[int, bool] = {}

    def holds(node) -> bool:    # `measure` refused cycles and bounded the depth
        if id(node) not in held:
            held[id(node)] = id(node) in refused or (not isinstance(node.value, str) and any(
                holds(child) for child, _ in _children(node)))
        return held[id(node)]

    return [(k, v) for k, v in root.value if not holds(k) and not holds(v)]


def duplicate_keys(node):
    """(key node, the first key node it repeats) for each repeated key of the
    composed mapping `node`, in order. Keys are compared as read, so `01` and
    `1`, `~` and an empty key, or `1` and `true` (one key in the mapping PyYAML
    builds) are the same key too. Merge keys (`<<`) are left to YAML's own
    merging. Front matter reports these (readers.frontmatter); rule and config
    files refuse them (`measure`)."""
    for i, j in duplicate_pairs(node):
        yield node.value[i][0], node.value[j][0]


def duplicate_pairs(node):
    """(index of a pair, index of the first pair with its key) for each
    repeated key of the composed mapping `node`, in order, keys compared as
    `duplicate_keys` says. Indexes, not key nodes: a key given by an alias
    (`*k : x`) is its anchor's very node."""
    import yaml
    first: dict[object, int] = {}
    for i, (k, _) in enumerate(node.value):
        if not isinstance(k, yaml.ScalarNode) or k.tag == MERGE:
            continue
        j = first.setdefault(key_read(k), i)
        if j != i:
            yield i, j


def key_read(node) -> object:
    """A scalar key as the mapping built from it holds it (`01` -> 1); its
    tag and text when that cannot be built (a bad value is reported later)."""
    if node.tag == STR:
        return node.value
    constructor = safe_constructor()
    make = constructor.yaml_constructors.get(node.tag)
    if make is None:
        return (node.tag, node.value)
    try:
        read = make(constructor, node)
        hash(read)
    except Exception:      # noqa: BLE001 - any refusal: compare as written
        return (node.tag, node.value)
    return read
