"""Message templates as Vale writes them, and how long a quote in a message may be.

Shared by the Vale kinds (`rulebase`) and the placing of every finding
(`lint.placing`), which needs only these: a run with no Vale rule imports
this module and not `rulebase` with its scopes, blocks and dataclasses.
"""
from __future__ import annotations

import re

from .. import rx as regex

SHOWN_TEXT = 80          # text a newslint rule quotes in a message (`%s`) is cut to this
# A run of whitespace that holds a tab or a line break: one space in a message
# (qa64 #11: 'per\t\tcent'); a run of spaces alone may be what a rule is about.
# The standard library's `re`: placing runs it on every quoted span.
WRAPPED = re.compile(r"[ \t\f\v]*[\t\r\n][ \t\r\n\f\v]*")
_GO_VERB = regex.compile(r"%(?:\[(\d+)\])?([sv%dq])")
_SPACES = regex.compile(r" +")


def format_message(template: str, *subs: str) -> str:
    """Go's Sprintf as Vale uses it: `%s` takes the next value, `%[2]s` the
    second, `%%` is a percent sign; missing values are empty. Newlines and
    runs of spaces in the result become one space, as in Vale's output."""
    index = 0

    def repl(m: regex.Match) -> str:
        nonlocal index
        if m.group(2) == "%":
            return "%"
        if m.group(1):
            i = int(m.group(1)) - 1
            index = i + 1
        else:
            i = index
            index += 1
        return subs[i] if 0 <= i < len(subs) else ""

    out = _GO_VERB.sub(repl, template)
    return _SPACES.sub(" ", out.replace("\n", " "))


def blanked(template: str) -> str:
    """A message template as a rule's description when it has none (the
    reports' 'What it checks', SARIF's descriptions): each of Go's verbs
    (`%s`, `%[2]s`) an ellipsis, `%%` a percent sign (nu74 #4)."""
    return _GO_VERB.sub(lambda m: "%" if m.group(2) == "%" else "…", template)


def cut_at(start: int, end: int, width: int = SHOWN_TEXT) -> tuple[int, int] | None:
    """Where a message's quote of text[start:end] is cut when it is longer
    than `width` characters: (head, tail), keeping [start, head) and [tail,
    end) around "…", `width` characters in all; None when it fits. One rule
    for every newslint rule file's `%s`, the native kinds' (`placing`) and
    Vale's kinds' in a rule file; a Vale style's messages are Vale's, whole."""
    return (start + width - 21, end - 20) if end - start > width else None


def shortened(text: str) -> str:
    """`text` cut as `cut_at` cuts a quote."""
    cut = cut_at(0, len(text))
    return text if cut is None else text[:cut[0]] + "…" + text[cut[1]:]


def ordered_verbs(template: str) -> bool:
    """Whether a message template has two of Go's verbs or an indexed one
    (`%[2]s`): values then go in by position, as `format_message` fills them."""
    verbs = [m for m in _GO_VERB.finditer(template) if m.group(2) != "%"]
    return len(verbs) > 1 or any(m.group(1) for m in verbs)


def one_line(text: str) -> str:
    """`text` as a message quotes it: each run of whitespace that holds a
    tab or a line break one space, as `WRAPPED` folds it; a run with a line
    break takes a no-break or other Unicode space beside the break too (a
    CMS's '&nbsp;' before a wrap showed 'until', U+00A0, ' 5': qa271 #3). A
    tab is no wrap: a no-break space beside it shows as written (qa289 #3).
    Only what a message shows: the fix keeps its wrap as written."""
    return WRAPPED.sub(" ", _WRAP_ANY_SPACE.sub(" ", text))


# A line break with any white space beside it (`str.isspace`'s, U+00A0 among them).
_WRAP_ANY_SPACE = re.compile(r"[^\S\r\n]*[\r\n]\s*")
