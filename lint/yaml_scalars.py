"""Whether a YAML scalar can be built as its tag says, judged before a
load builds it: the values a safe load would otherwise fail on mid-way, or
crash on with a bare ValueError (`!!int abc`, `2024-13-45`, `!foo x`; qa255 #1).
Tags are YAML 1.1's (yaml.org/type)."""
from __future__ import annotations

import re
from functools import lru_cache
from types import GeneratorType

from .load_error import LoadError
from .value_words import VALUE_ERRORS, plain_equals, unread_scalar

TIMESTAMP = "tag:yaml.org,2002:timestamp"
STR = "tag:yaml.org,2002:str"
MERGE = "tag:yaml.org,2002:merge"
VALUE = "tag:yaml.org,2002:value"
# A node's written tag (`!!value`, `!<...>`; not the bare `!`), after its
# anchor (`&a !!value =`) if any: an anchor name is letters, digits, `-` and
# `_` in libyaml and PyYAML, so never holds `!`; a comment, ended by its line
# break, may stand between them (YAML 1.1, 6.1: s-separate).
_TAG_WRITTEN = re.compile(r"(?:&[\w-]+(?:\s|#[^\n\r\x85\u2028\u2029]*[\n\r\x85\u2028\u2029])*)?!\S")


def scalar_error(node, line: int, key: str | None, built: dict | None = None,
                 text: str = "") -> LoadError | None:
    """Why a scalar cannot be built as its tag says (`!!int abc`, `!!bool
    maybe`, `2024-13-45`, `!foo x`), or None when it can: the values a
    safe load would otherwise fail on, or crash on with a bare ValueError,
    mid-construction (qa255 #1). A merge key is YAML's own to read. The
    value built, when it is one (no collection's steps), goes into `built`.
    `text`: the document the node was composed from (its marks index it),
    which tells a written `!!value =` from a plain `=` (qa276 #4)."""
    if node.tag == STR or node.tag == MERGE:
        return None
    if node.tag == TIMESTAMP:
        return _timestamp_error(node, line, key, built)
    import yaml
    constructor = safe_constructor()
    make = constructor.yaml_constructors.get(node.tag)
    if node.tag == VALUE and not node.style and node.value == "=" and not _tag_written(node, text):
        return LoadError(plain_equals(), line, key, node.start_mark.column + 1)
    if make is None:
        return no_constructor(node, line)
    try:
        made = make(constructor, node)
        if isinstance(made, GeneratorType):     # `!!seq abc`: a collection's tag, built in steps
            for _ in made:
                pass
    except yaml.MarkedYAMLError as exc:         # `!!seq abc`, `!!binary` that is no base64
        return LoadError(f"invalid YAML: {exc.problem}", line, column=node.start_mark.column + 1)
    except VALUE_ERRORS as exc:
        return LoadError(unread_scalar(node.tag, node.value, exc), line, key, node.start_mark.column + 1)
    if built is not None and not isinstance(made, GeneratorType):
        built[node] = made
    return None


def _tag_written(node, text: str) -> bool:
    """Whether the scalar `node` carries a tag written in `text` (`!!value =`),
    not one YAML resolved (a plain `=`): both compose to the same node, its
    style and tag alike in libyaml and PyYAML (qa276 #4)."""
    return _TAG_WRITTEN.match(text, node.start_mark.index, node.end_mark.index) is not None


def no_constructor(node, line: int) -> LoadError:
    """A tag the safe loader has no constructor for, in PyYAML's words."""
    return LoadError(f"invalid YAML: could not determine a constructor for the tag {node.tag!r}", line,
                     column=node.start_mark.column + 1)


def _timestamp_error(node, line: int, key: str | None, built: dict | None = None) -> LoadError | None:
    """Why a timestamp scalar is no date or date-time, or None when it is one
    (kept in `built`)."""
    try:
        made = safe_constructor().construct_yaml_timestamp(node)
    except (ValueError, OverflowError, AttributeError):     # (AttributeError: a `!!timestamp`
        # tag on no timestamp at all, `!!timestamp foo`, which PyYAML's pattern does not match: qa250 #2)
        return LoadError(f"{node.value!r} is not a valid date (use YYYY-MM-DD)", line, key,
                         node.start_mark.column + 1)
    if built is not None:
        built[node] = made
    return None


@lru_cache(maxsize=1)
def safe_constructor():
    """One PyYAML SafeConstructor, shared: its tables say which tags a safe load builds."""
    import yaml
    return yaml.constructor.SafeConstructor()
