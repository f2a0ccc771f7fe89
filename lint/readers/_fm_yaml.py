"""YAML front matter (between `---` lines) read into entries.

The YAML is composed first so every value node carries its source marks,
then constructed safely, key by key: a value that fails to construct is a
file.front-matter error at that value, and the others are still read. Each
string or date leaf becomes an `Entry` placed exactly (`_scalars`), and
merge keys and repeated keys are read as YAML reads them (`_fm_repeats`).
"""
from __future__ import annotations

import datetime as dt

from .. import rx as regex
import yaml

from ..document import Document, Notice
from ..safeload import no_gc
from ..value_words import unread_scalar
from . import _fm_comments, _fm_hints, _fm_keys, _fm_repeats, _scalars
from ._fm_entry import MAX_DEPTH, MAX_ENTRIES, UNSAFE, Entry, capped
from ._fm_keys import HEADLINE_KEYS, HEADLINE_NAMES, KNOWN_KEYS, known, no_date
from ._yaml_nodes import alias_slots, content_start


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The safe loader (libyaml's parser is ~15x faster and gives the same
    character-index marks), reading a tag it has no constructor for (`!foo`,
    `!Ref`, a CMS's own) as if the value were untagged: a scalar as its text,
    a list or mapping as one. Each such node is kept in `unknown_tags` (by its
    start), said once as a warning, never a failed read (YAML 1.2 section
    6.9.1: a tag is the application's to resolve)."""

    def __init__(self, stream):
        super().__init__(stream)
        self.unknown_tags: dict[int, object] = {}


def _untagged(loader: _Loader, suffix: str, node):
    loader.unknown_tags.setdefault(node.start_mark.index, node)
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_scalar(node)


_Loader.add_multi_constructor("", _untagged)     # only for the tags no constructor is given
LOADER = _Loader


def _problem(doc: Document, message: str, offset: int, unread: bool = False) -> None:
    """`unread`: the whole block failed, so nothing of it was read (`Notice.unread_front`)."""
    doc.notices.append(Notice("file.front-matter", "error",
                              f"invalid YAML front matter: {message}", offset, unread_front=unread))


def entries(doc: Document, start: int, end: int) -> tuple[object, list[Entry]]:
    """The YAML between `start` and `end` (the `---` fences) as (data, entries):
    each top key's constructed value, and an entry for every string or date
    leaf. Invalid YAML is a file.front-matter error where YAML found it."""
    text = doc.source[start:end]
    loader = LOADER(text)
    try:
        with no_gc():
            root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        from ..yaml_errors import yaml_error     # invalid YAML only: valid front matter never needs the words
        problem, mark = yaml_error(exc, text, lambda at: doc.lines.position(start + at)[0])    # the file's lines
        at = mark.index if mark else 0
        found = exc.context_mark if exc.context_mark is not None else exc.problem_mark
        if found is not None and (story := _fm_hints.left_open(
                text, max(found.index, at), doc.lines.position(end)[0], doc.lines.position(start)[0])):
            problem, at = f"{exc.problem or problem}: {story[0]}", story[1]    # the fence left out, not YAML's words
        _problem(doc, problem, start + at, unread=True)
        return {}, []
    except yaml.YAMLError as exc:
        from ..yaml_errors import reader_error_offset
        at = reader_error_offset(text, exc) if isinstance(exc, yaml.reader.ReaderError) else 0
        _problem(doc, str(exc).splitlines()[0], start + at, unread=True)
        return {}, []
    doc.suppressions.extend(_fm_comments.directives(text, start, LOADER))   # `# newslint-...`
    if root is None:
        return {}, []
    if not isinstance(root, yaml.MappingNode):
        glued = _fm_hints.glued_scalar(text) if isinstance(root, yaml.ScalarNode) else None
        doc.notices.append(Notice("file.front-matter", "warning",
                                  "front matter is not a mapping of keys to values; ignored"
                                  + (f": {glued[0]}" if glued else ""), start + (glued[1] if glued else 0),
                                  unread_front=glued is not None))
        return {}, []
    for node in _fm_repeats.unconstructed(root):     # the root, keys, merged mappings: tags said too
        if node.tag not in LOADER.yaml_constructors:
            loader.unknown_tags.setdefault(node.start_mark.index, node)
    walker = _YamlWalk(doc, start, loader, text)
    for name, mapping, i, j in _fm_repeats.repeats(root):    # before construction flattens merges
        line = doc.lines.position(walker.key_at(mapping, j))[0]
        _problem(doc, f"{name} given twice (first on line {line}); YAML keeps only the "
                      "last, so write it once", walker.key_at(mapping, i))
    for problem, node in _fm_repeats.merge_problems(root):
        _problem(doc, problem, start + node.start_mark.index)
    data: dict = {}
    lost = _fm_repeats.lost_keys(root)
    read: list[tuple] = []
    for pair in _fm_repeats.top_pairs(root):
        k_node, v_node = pair
        if not isinstance(k_node, yaml.ScalarNode) or id(pair) in lost:
            continue
        # `title:Breaking: news`; a key of its own is no slip (`og:title: ...`)
        if (glued := _fm_hints.glued_in_key(text, k_node)) and glued[2].lower() in KNOWN_KEYS:
            hed = known(glued[2]) in (*HEADLINE_KEYS, "title")      # its title unread: said here
            doc.notices.append(Notice("file.front-matter", "error" if hed else "warning", glued[0],
                                      start + glued[1], unread_front=hed))
        value, ok = walker.construct(v_node, as_text=str(k_node.value).lower() in HEADLINE_NAMES)
        if ok:   # a value that failed to construct was reported once, not per leaf
            data[k_node.value] = value
            read.append((k_node, v_node, value))
    # a front matter written as one flow mapping (`{title: x, date: ...}`): its own values stand
    # in flow context, where a fix writing `,` or `}` would end a plain one (`yaml_plain`)
    flow = {id(v) for _, v in root.value} if root.flow_style else set()
    found, unread = _walk_named_first(walker, read, flow)
    if walker.stopped is not None:
        doc.notices.append(capped(doc, walker.stopped, unread))
    for at, node in sorted(loader.unknown_tags.items()):
        doc.notices.append(_unknown_tag(doc, start + at, node.tag))
    return data, found


class _YamlWalk:
    """Front-matter leaves to entries. A class, not recursive closures: those
    sit in a reference cycle that kept each document for the collector."""

    def __init__(self, doc: Document, base: int, loader, text: str):
        self.doc, self.base, self.loader, self.text = doc, base, loader, text
        self.entries: list[Entry] = []
        self.seen: set[tuple[int, str]] = set()      # (a collection, the top key it was walked under)
        self.reported: set[tuple[int, str]] = set()
        self.aliases: dict | None = None      # `alias_slots`, read once the first alias is met
        self.stopped: int | None = None       # the first value the entry cap left unread (its offset)
        self.skipped = 0                      # how many values it left unread

    def alias_of(self, k_node, v_node) -> int | None:
        """The offset of the alias that gives the key `k_node` its value, if
        it is one: an alias's node is its anchor's, written before the key."""
        if v_node.start_mark.index >= k_node.start_mark.index:
            return None
        return self._alias(k_node.start_mark.index)

    def value_at(self, k_node, v_node) -> int:
        """Where the key `k_node` is given a value that is no text: the alias
        that gives it, else its content (`~`, `[]`), else its tag (`!!null`),
        else the key itself (`title:` with nothing after it)."""
        alias = self.alias_of(k_node, v_node)
        if alias is not None:
            return alias
        first, end = v_node.start_mark.index, v_node.end_mark.index
        content = content_start(self.text, first, end)
        return self.base + (content if content < end else first if first < end else k_node.start_mark.index)

    def key_at(self, mapping, i: int) -> int:
        """Where the key of the `i`th pair of `mapping` is written: the alias
        when it is one (`*k : x`, whose node is its anchor's), else the key."""
        alias = self._alias(("key", mapping.start_mark.index, i))
        return self.base + mapping.value[i][0].start_mark.index if alias is None else alias

    def _alias(self, slot) -> int | None:
        if self.aliases is None:
            self.aliases = alias_slots(self.text, type(self.loader))
        at = self.aliases.get(slot)
        return None if at is None else self.base + at

    def construct(self, node, as_text: bool = False) -> tuple[object, bool]:
        """(the value of `node`, True), or (None, False) when it fails to
        construct, said once as an error at it; `as_text`: a headline's, so a
        plain date no calendar has is its text (`_no_such_date`)."""
        if as_text and _no_such_date(self.loader, self.text, node):
            return self.loader.construct_scalar(node), True     # not the node's: an alias elsewhere fails
        try:
            return self.loader.construct_object(node, deep=True), True
        except RecursionError:
            _problem(self.doc, "values nested too deeply", self.base + node.start_mark.index)
            return None, False
        except _fm_repeats.CONSTRUCT_ERRORS as exc:
            # PyYAML leaves a node that failed marked as being built, so an alias
            # of it (a top merge of its anchor) read "unconstructable recursive node"
            self.loader.recursive_objects.clear()
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            if not isinstance(exc, yaml.MarkedYAMLError):   # a value's own error: name the value
                node = _fm_repeats.failing_scalar(self.loader, node)
                if isinstance(exc, ValueError) and "offset must be a timedelta" in str(exc) \
                        and isinstance(node, yaml.ScalarNode):      # qa94 #6: not a timedelta repr
                    problem = _bad_offset(node.value)
                elif isinstance(node, yaml.ScalarNode) and not (isinstance(exc, ValueError)
                                                               and node.tag == _TIMESTAMP):
                    # `!!int abc`, `!!timestamp foo`: not Python's words (qa86 #7, qa255 #1); a
                    # date no calendar has keeps them ("day is out of range for month")
                    problem = unread_scalar(node.tag, node.value, exc)
            at = self.base + node.start_mark.index
            if (at, problem) not in self.reported:     # once, however often it is merged
                self.reported.add((at, problem))
                _problem(self.doc, problem, at)
            return None, False

    def walk(self, node, key: str, depth: int = 0, alias: int | None = None, as_text: bool = False,
             flow: bool = False) -> None:
        """Entries for the leaves of `node`, the value of dotted `key`, added
        to `entries` (a string or a date each); once `entries` holds
        `MAX_ENTRIES`, a leaf is only counted in `skipped`, and the first
        offset left unread kept in `stopped`. `alias`: the offset of the
        alias `node` was given by (`Entry.at`); `as_text`: a scalar that YAML
        reads as no string (`title: 1984`) is its text as written
        (`_as_text`), as the sites print it; `flow`: `node` stands inside a
        flow collection (`[...]`, `{...}`), where a plain scalar ends at `,`."""
        # a collection is walked once under each top key newslint knows (`_fm_keys.named`): an
        # alias of it under one (`author: *jane`, the anchor under `team:`) is read as that key's
        # too; under all other keys together it is walked once, so aliases cannot multiply it.
        # Past the entry cap nothing is read: the walk only finds the first value left unread
        # (`stopped`), each collection once more at most.
        top = key.partition(".")[0]
        full = len(self.entries) >= MAX_ENTRIES
        slot = (id(node), top if _fm_keys.named(top) and not full else "")
        if slot in self.seen or depth > MAX_DEPTH:
            return
        if isinstance(node, yaml.MappingNode):
            self.seen.add(slot)
            lost = _fm_repeats.lost_keys(node)
            for pair in node.value:
                k_node, v_node = pair
                if isinstance(k_node, yaml.ScalarNode) and id(pair) not in lost:
                    here = self.alias_of(k_node, v_node)
                    self.walk(v_node, f"{key}.{k_node.value}", depth + 1, alias if here is None else here,
                              flow=bool(node.flow_style))
        elif isinstance(node, yaml.SequenceNode):
            self.seen.add(slot)
            reach = node.start_mark.index     # an item that starts before it is an alias
            for i, item in enumerate(node.value):
                here = None if item.start_mark.index >= reach else self._alias((node.start_mark.index, i))
                reach = reach if here is not None else max(reach, item.end_mark.index)
                self.walk(item, f"{key}.{i}", depth + 1, alias if here is None else here,
                          flow=bool(node.flow_style))
        else:
            value, ok = self.construct(node, as_text)
            if ok and as_text and _as_text(node, value):
                # the scalar as written, decoded: `1984`, `2024-05-01`, `yes`; a float's point
                # at its end is left out (`1984.`: Hugo and Eleventy print 1984, Jekyll 1984.0)
                value = node.value[:-1] if isinstance(value, float) and node.value.endswith(".") else node.value
            if not ok or not isinstance(value, (str, dt.date)):
                return
            if full:
                at = alias if alias is not None else self.base + node.start_mark.index
                self.stopped = at if self.stopped is None else min(self.stopped, at)
                self.skipped += 1
            else:
                entry = _yaml_entry(self.doc.source, self.base, node, key, value)
                entry.at = alias
                if not node.style and isinstance(value, str):
                    entry.plain = "flow" if flow else "block"
                self.entries.append(entry)


def _walk_named_first(walker: _YamlWalk, read: list[tuple],
                      flow: set[int]) -> tuple[list[Entry], list[tuple[str, bool]]]:
    """The entries of the top (key node, value node, value) triples `read`,
    in the file's order; the keys newslint knows are walked first, the title
    and dates before the others (`_fm_keys.rank`), so that no mass of other
    values (the entry cap), a gallery's pictures either, leaves them unread.
    A headline whose value is no text gets an `Entry.stated`. `flow`: the
    ids of the value nodes that stand in a flow mapping. Also each top
    key with a value the cap left unread, in the file's order, and whether
    some of its values were read (`_fm_entry.capped`)."""
    order = sorted(range(len(read)), key=lambda i: _fm_keys.rank(str(read[i][0].value)))
    spans: dict[int, tuple[int, int]] = {}
    unread: dict[int, bool] = {}
    for i in order:
        k_node, v_node, value = read[i]
        begin, skipped = len(walker.entries), walker.skipped
        hed = str(k_node.value).lower() in HEADLINE_NAMES
        walker.walk(v_node, str(k_node.value), alias=walker.alias_of(k_node, v_node), as_text=hed,
                    flow=id(v_node) in flow)
        if hed and not isinstance(value, str) and not _as_text(v_node, value):
            walker.entries.append(Entry.stated(str(k_node.value), value, walker.value_at(k_node, v_node)))
        elif no_date(str(k_node.value), value):      # `date: [2024, 1]`: said, not a date
            walker.entries.append(Entry.stated(str(k_node.value), value, walker.value_at(k_node, v_node)))
        spans[i] = (begin, len(walker.entries))
        if walker.skipped > skipped:
            unread[i] = len(walker.entries) > begin
    return ([e for i in range(len(read)) for e in walker.entries[slice(*spans[i])]],
            [(str(read[i][0].value), unread[i]) for i in sorted(unread)])


def _unknown_tag(doc: Document, at: int, tag: str) -> Notice:
    """The warning for a value at file offset `at` tagged `tag`, which no
    constructor reads (`_Loader`): read as if untagged."""
    return Notice("file.front-matter", "warning", f"YAML tag '{tag}' (line {doc.lines.position(at)[0]}) "
                  "is no standard tag: its value is read as if untagged; Eleventy's js-yaml refuses it, "
                  "so drop it unless the site defines it", at)


_TIMESTAMP = "tag:yaml.org,2002:timestamp"


def _no_such_date(loader, text: str, node) -> bool:
    """Whether `node` is a plain scalar YAML 1.1 resolves as a date that is
    none (`2024-02-30`, `2024-13-45`): a headline's is read as its text,
    which is how Jekyll (Psych) and Hugo read it, not a failed read. A
    `!!timestamp` the writer tagged so is left to fail. The node is not
    changed: an alias of it under another key (`updated: *t`) is read as
    YAML reads it there."""
    if not isinstance(node, yaml.ScalarNode) or node.tag != _TIMESTAMP or node.style:
        return False
    first = node.start_mark.index
    if "!" in text[first:content_start(text, first, node.end_mark.index)]:
        return False
    try:
        loader.construct_yaml_timestamp(node)
    except (ValueError, OverflowError):
        return True
    return False


def _as_text(node, value) -> bool:
    """Whether the headline value `node`, constructed as `value`, is read as
    its text as written: a scalar YAML reads as a number, a date or a boolean
    (`title: 1984`, `2024-05-01`, `3.14`, `yes`), which Hugo, Jekyll and
    Eleventy print as the page's title. Null (`title: ~`) and binary data
    are no text; a list or a mapping is none."""
    return isinstance(node, yaml.ScalarNode) and value is not None and not isinstance(value, (str, bytes))


def _yaml_entry(src: str, base: int, node, key: str, value) -> Entry:
    first, end = base + node.start_mark.index, base + node.end_mark.index
    start = content_start(src, first, end)        # past a tag or an anchor (`!!str ""`, `&e x`)
    if start == end and first < end:              # a tag alone (`!!str`): the empty text stands on it
        return Entry(key, value, "", ((0, first),))
    if not isinstance(value, str):
        return Entry(key, value, src[start:end], ((0, start),))
    unsafe = UNSAFE.get(node.style or "", "\n")
    if node.style in ('"', "'") and src[start + 1:end - 1] == value:
        return Entry(key, value, value, ((0, start + 1),), unsafe)
    if not node.style and src[start:end] in (value, value + "."):   # most values: copied verbatim
        return Entry(key, value, value, ((0, start),), unsafe)   # (a float title without its point)
    if node.style in ("|", ">"):
        b = _scalars.yaml_block(src, start, end)
        nl = src.find("\n", start, end)
        start = end if nl == -1 else nl + 1
    else:
        if node.style in ('"', "'"):
            start, end = start + 1, end - 1
        b = _scalars.yaml_flow(src, start, end, node.style)
    text, segments = _scalars.placed(value, b, start)
    return Entry(key, value, text, segments, unsafe)


_OFFSET = regex.compile(r"[+-]\d{1,2}(?::?\d{2})?\s*$")


def _bad_offset(value: str) -> str:
    """What a YAML timestamp whose time zone offset Python refuses
    (`2024-01-01T00:00:00+25:00`: a `timezone` lies strictly between -24
    and +24 hours) says, in place of `datetime`'s repr of a timedelta."""
    m = _OFFSET.search(value)
    offset = m[0].strip() if m else "offset"
    return f"the time zone offset {offset} in {value.strip()} is out of range (it must lie between -23:59 and +23:59)"
