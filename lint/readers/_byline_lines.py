"""The line under a byline, in the byline's own block (plain text) or
paragraph (Markdown), that is the byline's and not the lede's: the writer's
role or desk (`Associated Press Writer`, `Lakeshore Ledger staff writer`,
`Special to The Times`, or the role first: `Staff Writer, The Lakeshore
Ledger`), the agency alone (`The Associated Press`), or the paper's name
when the block ends with it (`The Albany Ledger`), or the writer's e-mail
line (`jdoe@example.com | @jdoe`: `email_line`). The plain-text reader
(text.py, _text_budget.py, _text_dek.py) and the Markdown reader
(_md_preamble.py) read it with these functions, so both give the same
parts. Word lists `byline_roles`, `byline_role_qualifiers`,
`byline_role_leads` and `byline_desks` in lint/data/plain_text.yaml (its
comments give their sources)."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.word_patterns import phrase_alternation as _phrases
from ..rule_cache import load_data
from ._text_fields import contact_line

# A paper's or desk's name after `Special to` or `For`: capitalised words, a
# small word between them (`The Times`, `The Associated Press`, `Bank of
# England Watch`), and nothing after; a lede's first line ("For Maria Lopez,
# the day began ...") runs on past the name.
_DESK = r"\p{Lu}[\p{L}.&'’-]*(?:\s+(?:(?:of|the|and|on|de)\s+)?\p{Lu}[\p{L}.&'’-]*){0,6}"

# A writer's e-mail line, read by its shape (nu49 #2): an address
# (`jdoe@example.com`), a social handle (`@jdoe`), or up to three of them
# between bars, slashes, bullets, semicolons or commas, each after an
# optional one-word label and its colon (`Email: jdoe@example.com`,
# `jdoe@example.com | Twitter: @jdoe`). The runs are bounded, so that no long
# word is scanned again from each of its letters.
_ADDRESS = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.\p{L}{2,24}"
_REACH = rf"(?:\p{{L}}[\p{{L}}-]{{0,11}}\s?:\s*)?(?:{_ADDRESS}|@\w{{1,30}})"
_EMAIL_LINE = regex.compile(rf"{_REACH}(?:\s*[|/;,•·]\s*{_REACH}){{0,2}}")
_HAS_ADDRESS = regex.compile(_ADDRESS)


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """(the role line, the role-first line, the desk alone), built from lint/data/plain_text.yaml
    on first use. A role is up to two `byline_role_qualifiers` and one of
    `byline_roles`, in any case (`staff writer`, `Senior Correspondent`)."""
    data = load_data("plain_text.yaml")
    role = (rf"(?:(?i:{_phrases(data['byline_role_qualifiers'])})\s+){{0,2}}"
            rf"(?i:{_phrases(data['byline_roles'])})")
    desk = rf"(?:The\s+|THE\s+)?(?i:{_phrases(data['byline_desks'])})"
    return (regex.compile(rf"(?:\p{{Lu}}[\p{{L}}.&'’-]*\s+){{0,5}}{role}"
                          rf"|(?i:{_phrases(data['byline_role_leads'])})\s+{_DESK}"
                          rf"|{desk}"),
            regex.compile(rf"(?=\p{{Lu}}){role},\s+{_DESK}"),
            regex.compile(desk))


def desk_alone(line: str) -> bool:
    """Whether the line is an agency's or a desk's name alone (`Reuters`, `The
    Associated Press`, `Staff Reports`: `byline_desks`), a `byline_role` line
    that names no writer's role; a headline's credit as often as a byline's."""
    return len(line) <= 60 and _patterns()[2].fullmatch(line) is not None


def byline_role(line: str) -> bool:
    """Whether a line under the byline names the writer's role or desk
    (`Associated Press Writer`, `AP Business Writer`, `Special to The Times`,
    `Lakeshore Ledger staff writer`: lower-case `byline_role_qualifiers` before the role)
    or its agency alone (`The Associated Press`): the byline's second line,
    never the lede's."""
    return len(line) <= 60 and _patterns()[0].fullmatch(line) is not None


def publication_line(line: str) -> bool:
    """Whether the line under a byline, alone before a blank line, names the
    paper (`The Albany Ledger`, `Bangor Daily News`): capitalised words, a
    small word between them, no stop: the byline block's, never a paragraph."""
    return len(line) <= 60 and regex.fullmatch(_DESK, line) is not None and " " in line


def email_line(line: str) -> bool:
    """Whether a line (stripped) is a writer's e-mail line and nothing else:
    an address, with a one-word label and a social handle or not
    (`_EMAIL_LINE`: `jdoe@example.com`, `Email: jdoe@example.com`,
    `jdoe@example.com | @jdoe`). Under a byline it is the byline's; an
    address inside a sentence (`Write to jdoe@example.com with tips.`) is
    prose, and a contact lead's line (`Contact: jdoe@example.com`:
    `contact_line`) is a press release's contact block, read as before."""
    return (len(line) <= 100 and _EMAIL_LINE.fullmatch(line) is not None
            and _HAS_ADDRESS.search(line) is not None and not contact_line(line))


def byline_second_line(line: str, after: str | None) -> bool:
    """Whether `line`, the line right under a byline in its block (stripped),
    is the byline's. `after`: the block's next line, stripped; None when
    `line` ends the block. A role line (`byline_role`, or the role before the
    paper with a comma: `Staff Writer, The Lakeshore Ledger`) is, unless
    `after` opens in lower case: then it is a wrapped lede's first line
    (`Lakeshore Police Chief Ana Ruiz's senior staff` over `told the council
    ...`). The paper's name is when it ends the block (`publication_line`);
    the writer's e-mail line (`email_line`) always is."""
    if after is None and publication_line(line) or email_line(line):
        return True
    role = byline_role(line) or len(line) <= 60 and _patterns()[1].fullmatch(line) is not None
    return role and not (after or "")[:1].islower()
