"""What a caption under a photo looks like, in the Markdown, HTML and plain-text
readers: a paragraph set in italics, opening with a caption or credit
lead-in, or ending in its credit; an italic editor's note, correction notice
or author bio is no caption (`editors_note`); a caption line whose credit is
left blank is one even with no picture above it; and how a caption and its
credit name each other (`link_credit`)."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.calendar import MONTH_WORDS
from ..analysis.credits import blank_credit
from ..document import Document, Part
from .patterns import CAPTION_LINE
from ._stitch import sub_part

# A caption that ends in its credit: `... (AP Photo/Jane Doe)`, `... Photo: Jane Doe`.
TRAILING_CREDIT = regex.compile(
    r"""(?:\(\s*[^()]{0,60}\b(?:photo|photograph|picture|image|images|credit|courtesy|via\s+AP)\b[^()]{0,60}\)?
      | \b(?:photo|photograph|picture|credit)s?\s*(?:courtesy\s*(?:of)?|by)?\s*:\s*[^.!?]{0,60}
    )\s*$""", regex.IGNORECASE | regex.VERBOSE)


# Italic notes that are not captions, by how they open: an editor's note, a
# correction or update notice, a note on the story itself or on where it first
# ran ("Originally published on ...", "Cross-posted from ..."), or an author bio
# ("Jane Doe is a reporter at ...", "Jane Doe covers city hall ..."). A bio
# names a newsroom role: "Ana Ruiz is the first woman to ..." and "Chief Ana
# Ruiz covers her face" are captions, as is "This page from the 1890 ledger"
# (a note on the story goes on with its verb: "This story was updated"). The
# bio's name may hold lower-case particles ("Ursula von der Leyen", "Ahmed
# al-Sharaa"), the names pack's `particles`. A notice may be dated before its
# word ("Summer 2017 update:", "June 5 update:", "Oct. 3, 2024, correction:").
# (The months are calendar.MONTH_WORDS, every name and abbreviation, the one table.)
_DATE_LEAD = r"""(?:(?:(?:early|late|mid-?)\s*)?(?:spring|summer|fall|autumn|winter|MONTHS)\b\.?
      (?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:\d{4},?\s+)?|\d{4},?\s+)""".replace("MONTHS", MONTH_WORDS)
# ... but "Originally published in 1943, the poster urged ..." opens a caption:
# after the comma a clause on what is pictured (a pronoun, or a noun and its verb).
_CLAUSE_AFTER = r"""[^,.\n]*,\s+(?:this|these|that|those|it|he|she|they
      |(?:the|a|an|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,2}(?!news\b)\p{L}+(?:ed|s)\b)\b"""
_NOTE = r"""\s*(?:(?:editor|ed)(?:['’]?s|s['’])?\.?\s+note\b
      | (?:DATE_LEAD)?(?:correction|clarification|update|updated|editor['’]?s\s+update)s?\b\s*(?:[:—–(-]|\d|on\b|at\b)
      | updated\s+(?-i:\p{Lu})
      | this\s+(?:story|article|post|piece|report|column|essay|interview|page)\s+(?:was|were|is
                |has|had|first|originally|appeared|appears|contains|includes|uses)\b
      | an\s+earlier\s+version\s+of\s+this\b
      | originally\s+(?:published|posted|appeared|ran)\b(?!CLAUSE_AFTER) | cross-?posted\s+(?:from|on|with)\b
      | re(?:published|posted|printed)\s+(?:with\s+permission|from|courtesy)\b
      | (?-i:(?!(?:The|A|An)\s)\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:PARTICLE)\s+){0,2}(?:(?:PARTICLE)-)?\p{Lu}[\p{L}'’.-]+){1,3})
        \s+(?:is\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:bureau\s+chief|(?:reporter|writer
                |correspondent|editor|journalist|columnist|contributor|photographer|producer
                |author|critic|freelancer)s?\b)
            | (?:covers|writes\s+about|reports\s+on)\s+(?!(?:her|his|their|its|him|them
                |herself|himself|themselves|up)\b)))"""


@lru_cache(maxsize=1)
def _note() -> "regex.Pattern":
    from ..analysis.name_titles import tables      # the names pack's data: read on first use
    words = sorted((w for w in tables()["particles"] if w.isalpha()), key=lambda w: (-len(w), w))
    note = _NOTE.replace("DATE_LEAD", _DATE_LEAD).replace("CLAUSE_AFTER", _CLAUSE_AFTER)
    return regex.compile(note.replace("PARTICLE", "|".join(words)), regex.IGNORECASE | regex.VERBOSE)


def editors_note(text: str) -> bool:
    """Whether a text opens as an editor's note, a correction or update notice,
    a note on the story or an author bio (`_NOTE`)."""
    return _note().match(text) is not None


def looks_like_caption(text: str, emphasized: bool) -> bool:
    """Is the paragraph under a lone image its caption? Captions are set in
    italics, open with a caption/credit lead-in, or end with a credit; an
    ordinary body paragraph after a photo does none of these. Italics alone
    do not make a caption of an editor's note, a correction or update notice
    or an author bio (`_NOTE`): those are set in italics too."""
    if not text.strip():
        return False
    return emphasized and not _note().match(text) or bool(CAPTION_LINE.match(text)) \
        or bool(TRAILING_CREDIT.search(text))


def credit_left_blank(text: str) -> bool:
    """Is the paragraph a caption line whose credit names nobody ("Cyclists
    ride on Main Street. (Photo by: )", "Photo courtesy of")? It is a caption
    with no picture above it too (a CMS places the picture as an asset), as
    the plain-text reader reads every caption line: a credit's lead-in left
    open is never prose. One whose credit names someone is not taken without a
    picture: the shape is also a sourced fact's ("... (Source: Pew, 2013)") or
    an agency's name alone ("NASA")."""
    return bool(CAPTION_LINE.match(text)) and blank_credit(text)


# Emphasis markers CommonMark leaves as text: no closing run after a space
# ("*Cyclists ride on Main Street. Photo by: *" is not italics).
_LITERAL_EMPHASIS = regex.compile(r"([*_]{1,2})(?=\S)(.*?\S)\s+\1", regex.DOTALL)


def blank_credit_caption(part: Part) -> Part | None:
    """The caption a Markdown paragraph or blockquote is when its credit is
    left blank (`credit_left_blank`; a quoted "> *... (Photo by: )*" too),
    without the emphasis markers around it that CommonMark left as text
    ("*... Photo by: *", whose closing '*' follows a space): the writer's
    italics, not the credit's characters. None for any other paragraph."""
    m = _LITERAL_EMPHASIS.fullmatch(part.text)
    if m and credit_left_blank(m[2]):
        caption = sub_part(part, "caption", m.start(2), m.end(2))
        caption.attrs.update(part.attrs)
    elif credit_left_blank(part.text):
        caption = part
    else:
        return None
    caption.kind = "caption"
    return caption


def blank_credit_captions(doc: Document) -> None:
    """Each paragraph that closes with a blank credit in parentheses
    (`credit_left_blank`) becomes a caption, as the Markdown and plain-text
    readers read it: the HTML reader's `<p><em>... (Photo by: )</em></p>`
    with no figure. A lone `Photo by:` block is a page template's label,
    no caption, and stays as the page reader left it."""
    for part in doc.parts:
        if part.kind == "paragraph" and part.text.rstrip().endswith(")") and \
                credit_left_blank(part.text):
            part.kind = "caption"


def link_credit(caption, credit) -> None:
    """A caption and its credit name each other by part index, when both are
    there (the NITF, NewsML-G2 and front-matter figure readers). Here, not in
    `_articles`: the Markdown path loads this module, and no XML parser."""
    if caption is not None and credit is not None:
        caption.attrs["credit"], credit.attrs["caption"] = credit.index, caption.index
