"""Budget lines over plain-text copy: the labelled header lines a story
budget or a CMS's plain-text export opens with (`HED: Crews race to restore
power`, `DEK: ...`, `BY: Margaret Okonkwo`, `Slug: storm-cleanup`, `Words:
640`). Each becomes the part its label names (`budget_labels` in
lint/data/plain_text.yaml), over the text after the label only, so the
label is never linted as the hed's words. lint/readers/text.py calls
`read_budget` on the text's opening block alone: a label further down
(`By: the way` in the body) is prose. YAML front matter over the text
is read as Markdown's is (`front_matter`)."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.word_patterns import phrase_alternation
from ..document import Document, Notice, Part
from ..rule_cache import load_data
from ._byline_lines import byline_role
from ._conventions import date_line_date
from ._fm_keys import KNOWN_KEYS


@lru_cache(maxsize=1)
def _labels() -> tuple[regex.Pattern, dict[str, tuple[str, str]]]:
    """(pattern of a labelled line, label → (part kind, field name))."""
    by_label: dict[str, tuple[str, str]] = {}
    for target, labels in load_data("plain_text.yaml")["budget_labels"].items():
        kind, _, name = str(target).partition(" ")
        for label in labels:
            by_label[" ".join(str(label).lower().split())] = (kind, name)
    pattern = regex.compile(rf"(?i:(?P<label>{phrase_alternation(by_label)}))[ \t]*:[ \t]*")
    return pattern, by_label


# A run of one labelled line counts only for these: `Note: ...`, `Words: ...`
# or `By: ...` alone may open a lede or a byline line.
_ALONE = ("headline", "dek")


def budget_label(line: str) -> tuple[str, str, int] | None:
    """(part kind, field name, offset of the value) when `line` opens with a
    budget label and a colon, else None; the value may be empty (`HED:` not
    yet written: a budget line all the same). A value that cannot be the
    label's is no budget line: `By: the time it closes, ...` (a byline's
    names are capitalised), `Words: matter, the mayor said` (a length has
    a figure)."""
    pattern, by_label = _labels()
    m = pattern.match(line)
    if m is None:
        return None
    kind, name = by_label[" ".join(m["label"].lower().split())]
    value = line[m.end():]
    if kind == "byline" and value[:1].islower() and " " in value.strip():
        return None
    if name == "words" and value and not any(c.isdigit() for c in value):
        return None
    return kind, name, m.end()


def read_budget(doc: Document, src: str, line_spans: list[tuple[int, int]], present: set) -> int:
    """Add a part for each budget line opening the block `line_spans` (the
    text's first block: (start, end) of each line, trimmed) and return how
    many lines were read. The run counts when it holds two labelled lines
    at least, or one hed or dek (an empty `HED:` too): a lone `By: Jane Doe` is left
    to the byline reading. A writer's line under the last `BY:` line
    (`AP Business Writer`: `byline_role`) is the byline's, as under a plain
    `By` line, so the lede's dateline under it is read. A `DATELINE:` line that is a date gives the publication date,
    as a date line does."""
    found = []
    for l_start, l_end in line_spans:
        label = budget_label(src[l_start:l_end])
        if label is None:
            break
        found.append((label, l_start, l_end))
    if not found or len(found) == 1 and found[0][0][0] not in _ALONE:
        return 0
    taken = len(found)
    (kind, name, at), l_start, l_end = found[-1]
    if kind == "byline" and l_start + at < l_end and taken < len(line_spans) \
            and byline_role(src[slice(*line_spans[taken])]):
        found[-1] = (kind, name, at), l_start, line_spans[taken][1]     # `AP Business Writer` under `BY:`
        taken += 1
    for (kind, name, at), l_start, l_end in found:
        if l_start + at == l_end:
            continue                               # a label with nothing after it: no part, no prose
        if kind in present and kind != "field":
            kind, name = "field", kind             # a second hed or byline: kept, but no prose
        part = doc.add(Part.from_slice(kind, src, l_start + at, l_end, name=name))
        present.add(kind)
        if kind == "dateline":
            date_line_date(doc, part, part.text, "the 'Dateline' line")
    return taken


# A YAML key opening a line (`title: ...`, `date:`): what makes a block between
# `---` lines front matter, not a story's rules or separators. The key must
# read as a front-matter key (`_fm_key`): a capitalised word before a colon
# is as likely a note boxed between rules (`Correction: An earlier version
# ...`, `Note:`, `UPDATE:`), which is the story's text. A `title:x` slip (no
# space after the colon; not `http://`) is a key too, for the reader to name.
_FM_KEY = regex.compile(r"(?m)^(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$|(?=[^\s:/]))")


def front_matter(doc: Document) -> int:
    """Where the story starts: after YAML front matter opening the file (`---`
    lines around `title: ...`), read as the Markdown reader reads it
    (`frontmatter`: its title is the headline, its date the publication
    date), else 0. A block with no front-matter `key:` line (`_FM_KEY`), or
    a `---` never closed, is the story's own text (a rule line, a boxed
    correction), with no notice unless a front-matter key opens the block
    never closed (`---` over `title: ...`: one `file.front-matter` line)."""
    from . import _fm_hints, frontmatter      # (YAML: loaded only for a text that opens with `---`)

    notices, held = len(doc.notices), len(doc.held)
    fm = frontmatter.locate(doc)
    if fm is None and len(doc.notices) > notices:       # a `---` never closed
        key = _FM_KEY.match(doc.source, doc.source.find("\n") + 1)
        del doc.notices[notices:]
        if key is None or not _fm_key(key["key"]):    # the story's own text: fixed as it is
            del doc.held[held:]
        if key is not None and _fm_key(key["key"]):   # over `title: ...`: a broken block, said once
            doc.notices.append(Notice("file.front-matter", "warning", "front matter opened with '---' on line 1"
                                      " is never closed; read as plain text: "
                                      + _fm_hints.never_closed(doc.source, "---", doc.source.find("\n") + 1), 0,
                                      unread_front=True))
        return 0
    if fm is None or fm.lang != "yaml" or not any(
            _fm_key(m["key"]) for m in _FM_KEY.finditer(doc.source, fm.start, fm.end)):
        del doc.notices[notices:]
        return 0
    frontmatter.read(doc, fm)
    return fm.body


def _fm_key(key: str) -> bool:
    """Whether a `key:` opening a line in a `---` block is a front-matter key:
    in lower case as static-site generators and CMS exports write them
    (`title`, `slug`, `tags`), or any case of one the front matter reads
    (`Title`, `Date`, `Author`: Hugo takes keys in any case)."""
    if key[0].islower() or key[0] == "_":
        return True
    return key.lower() in KNOWN_KEYS


# A rule line: three or more hyphens alone on a line (`---`), the fence front
# matter uses and a thematic break between a story's sections.
_RULE_LINE = regex.compile(r"(?m)^[ \t]*-{3,}[ \t]*\r?$")


def rule_lines(source: str, start: int, end: int | None) -> frozenset[int]:
    """The starts of the `---` rule lines in source[start:end]: no text of the
    story, so a rule opening the file (a `---` block that is no front matter,
    `front_matter`) is no headline, and one under a line sets it apart as a
    blank line would."""
    end = len(source) if end is None else end
    if source.find("---", start, end) < 0:      # (most stories: no pattern scan of every line start)
        return frozenset()
    return frozenset(m.start() for m in _RULE_LINE.finditer(source, start, end))
