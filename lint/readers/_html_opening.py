"""The lines a story's text opens with above its heading, on a page whose
`<title>` is only the site's name (`_html_brand.story_heading`): page
furniture (an "Advertisement" label, a date line), byline lines and up to
KICKER_LINES kicker lines (`<div>Politics</div>`), then the story's own
heading, the headline. A kicker line then is a `kicker` field, never story
text; anything else keeps the heading from counting (see `kicker_line`).
"""
from __future__ import annotations

from typing import NamedTuple

from .. import rx as regex

from ..document import Part
from ._html_lists import ITEM_BLOCKS
from ._html_dateline_intl import intl_date_line
from ._html_furniture import WIDGET_TEXT, is_byline
from ._html_label import BARE_KICKER_WORDS, LABEL_WORDS, casing, desk_label
from ._html_stamps import is_timestamp
from ._html_tags import PAGE_FURNITURE
from ._byline_lines import byline_role, desk_alone
from ._opening_names import author_link, bare_name, headline_verb, name_shaped
from ._text_fields import opening_byline, role_word


class Opening(NamedTuple):
    """The lines a story opens with above a heading (`kicker_line`):
    `first`, the source offset of the first; `kickers`, the kicker lines
    among them (KICKER_LINES at most, maybe none); `heading`, the heading
    right under them; `bylines`, a writer's name read as a byline by the
    byline's other line under it (a role line; a date line under a name by
    its marks or its link) and that role line (`_opening_names`: "Jane
    Doe" / "Political Editor"), maybe none."""
    first: int
    kickers: tuple[Part, ...]
    heading: Part
    bylines: tuple[Part, ...] = ()


KICKER_LINES = 2    # kicker lines above a story's heading ("Politics", "Island news"): no more


# A line that ends as a sentence does ("Not again.", "Good morning!"): no
# kicker's ("U.S." ends in an initial's period, "Politics" in none).
_SENTENCE_END = regex.compile(r"(?:[!?\u2026]|\p{L}{2,}\.)[\"'\u201d\u2019)]*\s*$")


# A relative timestamp ("Updated 3 min ago", "Published 2 hours ago") or a
# reading time ("5 min read"), as a CMS prints it over a story
_RELATIVE_STAMP = regex.compile(
    r"\s*(?:(?:(?:last\s+)?(?:updated|published|posted|modified)|first\s+published)\s*:?\s*)?"
    r"(?:\d{1,3}|an?|one)\s*(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?|[smhdw])\.?"
    r"\s+ago\s*"
    r"|\s*\d{1,3}[\s-]*(?:mins?|minutes?)\.?\s+read\s*", regex.IGNORECASE)


def _furniture_line(text: str) -> bool:
    """An ad's or a widget's label or a date line (`_html_tags.PAGE_FURNITURE`,
    `_html_furniture.WIDGET_TEXT`, `is_timestamp`; in another language
    `intl_date_line`: "3 de marzo de 2026", qa81 #7), a relative timestamp or a
    reading time (`_RELATIVE_STAMP`: "Updated 3 min ago", "5 min read"; qa79
    #4): page furniture that may sit above a kicker or the story's heading,
    never a kicker itself."""
    return bool(PAGE_FURNITURE.fullmatch(text) or WIDGET_TEXT.fullmatch(text) or _RELATIVE_STAMP.fullmatch(text)) \
        or is_timestamp(text) or intl_date_line(text)


def kicker_line(shown: list[Part], chosen: set[int], source: str = "") -> Opening | None:
    """The story's opening lines above a heading, when its text opens with
    them (see `Opening`): page furniture lines (`_furniture_line`: an
    "Advertisement" label, a date line), byline lines (a `byline` part, or a
    paragraph that is one: `_byline_text`, "By Jane Doe") and up to KICKER_LINES kicker lines, in any order, then,
    next on the page, a heading (`<h2>Council approves budget</h2>`) with
    more words than each kicker. A kicker line is a paragraph (a `<p>` or a
    `<div>`) that the extractor names a kicker (`<p class="kicker">`, of
    LABEL_WORDS words at most) or that has BARE_KICKER_WORDS words at most
    and does not end as a sentence does (`<div>Politics</div>`, not
    `<p>Not again.</p>`). A section's and a series' kicker may stand one
    over the other, and a byline over the heading as well as under it; a
    lead photo's texts (`_PICTURE_TEXTS`) may stand under a kicker line.
    None when no heading is right under such lines, when byline lines
    stand over it with no kicker line (a box's title or a subhead under
    the byline: "Key points", qa79 #2), when under a kicker and a byline
    line it titles a box (`_box_title`: a list under it, qa85 #4), or when it is a live blog's entry's
    heading (`_entry_heading`: a time of day over it and over the next
    heading of its level, qa79 #10, qa81 #1).
    Under a kicker line the writer's lines are passed over, neither kicker
    nor byline (`_opening_names`): a name by its marks (`name_shaped`: "Mark
    A. Smith", "Dr Jane Doe", qa85 #5, qa89 #4; an honorific's name whose
    last word could be a headline's verb, "Dr Sarah Jones", only over a
    role or a date line, qa118 #1) or a line that is no story
    text and one link to an author's page (`author_link`, qa85 #8), each
    with a role line under it (qa89 #6). A bare name (`bare_name`: "Jane
    Doe") over a role line (`byline_role`: "Political Editor"), as the
    second kicker line or under two (or under one, when it names a role and
    the name no headline's verb: `_name_under_one_kicker`), is a byline (`Opening.bylines`, with
    its role line: qa85 #7), no kicker; a passed name is one over a role or
    a date line (`_byline_other`). Over a date line a bare name stays a
    kicker line, as it does right over the heading: a series' kicker has
    its shape ("Premier League" over "March 3, 2026", qa112 #4; "Island
    Ferries", qa79 #5; qa85 #10 stays open). The heading needs more words than each of these lines
    too, and under them a box's title counts as under a byline line.
    `shown`: the page's shown parts (`_html_label.shown_parts`); `chosen`:
    the ids of the story's parts; `source`: the page's markup (an author's
    link is read there)."""
    story = [p for p in shown if id(p) in chosen and p.kind in ("paragraph", "blockquote")]
    if not story or story[0].kind != "paragraph":
        return None
    k = next(i for i, p in enumerate(shown) if p is story[0])       # (story[0] is shown)
    first = story[0].source_offset(0)

    def ours(i: int) -> bool:
        return shown[i].kind == "paragraph" and id(shown[i]) in chosen

    found: list[Part] = []
    bylines = 0
    names: list[Part] = []      # a bare name that the line under it makes a byline, and its role line
    passed: list[Part] = []     # a writer's name by its shape or its link, and its role line: passed over
    while k < len(shown):
        line = shown[k]
        byline = line.kind == "byline" or ours(k) and _byline_text(line.text)
        other = ours(k) and _byline_other(line.text)
        role = other and byline_role(line.text)
        if other and k and (role and found and shown[k - 1] is found[-1] and len(found) == KICKER_LINES or
                            shown[k - 1] in passed) and ours(k - 1) and bare_name(shown[k - 1].text, over_role=bool(role)):
            names.append(found.pop() if found and shown[k - 1] is found[-1] else passed.pop())   # qa85 #7
        if role and names and shown[k - 1] is names[-1]:
            names.append(line)      # the name's role line: the byline's too
            k += 1
        elif role and passed and shown[k - 1] is passed[-1]:
            passed.append(line)     # the role line under a linked name (qa89 #6)
            k += 1
        elif byline or ours(k) and _furniture_line(line.text):
            bylines += byline
            k += 1
        elif found and (ours(k) and (name_shaped(line.text) or k + 1 < len(shown) and ours(k + 1) and
                                     _byline_other(shown[k + 1].text) and name_shaped(
                                         line.text, beside_byline=True, over_role=byline_role(shown[k + 1].text)))
                        or _linked_author(line, id(line) in chosen, source)):
            passed.append(line)     # a writer's name under a kicker (qa85 #5, #8; qa89 #4; qa118 #1)
            k += 1
        elif ours(k) and found and bare_name(line.text) and k + 1 < len(shown) and \
                ours(k + 1) and byline_role(shown[k + 1].text) and \
                (len(found) == KICKER_LINES or _name_under_one_kicker(line.text, shown[k + 1].text)):
            names.append(line)      # a bare name under two kickers, or one too long for a kicker line
            #                         ("Henry Ford II", qa118 #2), over its role line
            k += 1
        elif ours(k) and len(found) < KICKER_LINES and _kicker_text(line):
            found.append(line)
            k += 1
        elif found and line.kind in _PICTURE_TEXTS:
            k += 1          # a lead photo between the kicker and the heading (qa79 #8)
        elif ours(k) and _AGENCY_LINE.fullmatch(line.text):
            if found and shown[k - 1] is found[-1]:
                found.pop()         # the dateline's place ("PORT ALDER" over "(Reuters)"): story text
            k += 1
        else:
            break
    if len(found) == KICKER_LINES and not _label_pair(*found):
        return None         # two lines of the story's text ("Ferries, again", "Not cheap"), not two labels
    words = max((word_count(line.text) for line in found + names + passed), default=0)
    bylines += len(names) + len(passed)
    if k >= len(shown) or shown[k].kind != "heading" or word_count(shown[k].text) <= words \
            or bylines and not found or _entry_heading(shown, k, chosen) \
            or bylines and _box_title(shown, k):
        return None
    return Opening(first, tuple(found), shown[k], tuple(p for p in names if p.kind == "paragraph"))


def _byline_other(text: str) -> bool:
    """A byline's other line, under the writer's name: the writer's role
    (`_byline_lines.byline_role`: "Political Editor") or a date line
    (`is_timestamp`, `intl_date_line`, `_RELATIVE_STAMP`: "March 3, 2026")."""
    return byline_role(text) or is_timestamp(text) or intl_date_line(text) or bool(_RELATIVE_STAMP.fullmatch(text))


def _name_under_one_kicker(name: str, role: str) -> bool:
    """A bare name's line `name` under one kicker line is a byline over the
    role line `role` only when that names a writer's role, not a desk alone
    (`_byline_lines.desk_alone`: "Reuters" credits a headline as often), and
    no word of the line is a headline's verb (`_opening_names.headline_verb`:
    "Ceasefire Talks Collapse", "Starmer Wins Landslide", qa125 #2)."""
    return not desk_alone(role) and not any(headline_verb(word) for word in name.split())


def _linked_author(line: Part, ours: bool, source: str) -> bool:
    """A paragraph that is no story text (`ours`: it is) and is one link
    to an author's page, read in the page's markup `source` (`_opening_names.author_link`: `<a
    href="/author/jane-doe">Jane Doe</a>`, qa85 #8)."""
    return not ours and line.kind == "paragraph" and author_link(line, source)


def _box_title(shown: list[Part], k: int) -> bool:
    """The heading `shown[k]`, under a kicker and a byline line, titles a
    box, not the story (qa85 #4): what comes next on the page, a lead
    photo's texts (`_PICTURE_TEXTS`) passed over, is a list's item
    (`ITEM_BLOCKS`: `<h3>Key points</h3><ul>...`) or a heading of its own
    level that is no longer than it, with no story paragraph between
    (`<h3>Key points</h3><h3>Fares stay</h3>`). The story's heading has
    the story's paragraphs, a standfirst or a longer subhead of its level
    under it (`<h2>Budget passes</h2><h2>Council votes 5-2 after ...</h2>`:
    `_html_label.kickers`' short headline over its subhead) (qa89 #3's
    note). Read by structure only: the heading's own words never decide."""
    j = k + 1
    while j < len(shown) and shown[j].kind in _PICTURE_TEXTS:
        j += 1
    if j >= len(shown):
        return False
    below, head = shown[j], shown[k]
    if below.kind == "paragraph":
        return below.attrs.get("block") in ITEM_BLOCKS
    return below.kind in ("heading", "headline") and below.attrs.get("block") == head.attrs.get("block") \
        and word_count(below.text) <= word_count(head.text)


_PICTURE_TEXTS = ("alt", "caption", "credit")      # a picture's texts: its alt text, caption and credit


# A byline's lead other than "By" ("Written by", "Analysis by", a French
# "Par"), read as "By" before the names
_BY_LEAD = regex.compile(r"\s*(?:(?i:written|reported|reporting|analysis|commentary|review|interview|words|text)"
                         r"\s+by|Par|Por|Von)\s+(?=\p{Lu})")
# Two names and no "By" ("Jane Doe and John Roe"): a shared byline
_NAMES = regex.compile(r"\s*(?:\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'\u2019-]+)(?:\s*(?:,|\band\b|&)\s*"
                       r"\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'\u2019-]+)+\s*")
BYLINE_CHARS = 80   # characters: a byline line is no longer


def _byline_text(text: str) -> bool:
    """A paragraph that is a byline line: "By Name" and a timestamp
    (`_html_furniture.is_byline`), the text reader's opening byline
    (`_text_fields.opening_byline`: "By Jane Doe, Staff Writer", "By Jane
    Doe and John Roe, Courier staff"), the same after another lead (`_BY_LEAD`: "Written by", "Analysis
    by", "Par"), or two names and nothing else (`_NAMES`) (qa79 #3);
    BYLINE_CHARS at most, and not ending as a sentence does; "By" and one
    word only for a role or an agency (`_one_name_byline`: "By Staff",
    not the column "By Invitation")."""
    lead = _BY_LEAD.match(text)
    names = "By " + text[lead.end():] if lead else text
    if _ONE_NAME.fullmatch(names) and not _one_name_byline(names.split()[-1]):
        return False        # a column's name ("By Invitation", "Por Dentro"), no person's (qa81 #2)
    if is_byline(text):
        return True
    if len(text) > BYLINE_CHARS or _SENTENCE_END.search(text):
        return False
    return opening_byline(names) or _NAMES.fullmatch(text) is not None


# "By" and one word: a byline only when it is a role or an agency (`_one_name_byline`)
_ONE_NAME = regex.compile(r"\s*B[yY]:?\s+\S+\s*")


def _one_name_byline(word: str) -> bool:
    """The one word after "By" names a byline's writer: a role or a desk
    (plain_text.yaml `byline_roles`: "By Staff") or an agency's capitals
    ("By AP", "By REUTERS"); a person's name takes two words at least, so
    any other word names a column ("By Invitation", "By Request")."""
    return word.isupper() or role_word(word)


# A time of day ("10:42 a.m.", "10.42", "9 pm", "noon"): an entry's time
# line holds one; a bare date ("March 3, 2026") is a story's date line
_CLOCK = regex.compile(r"\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b\.?|\b(?:noon|midnight)\b", regex.IGNORECASE)
# A stamp's lead ("Updated 10:42 a.m."): the blog's own time line over its headline
_STAMP_LEAD = regex.compile(r"\s*(?:(?:first|last)\s+)?(?:updated|posted|published|modified)\b", regex.IGNORECASE)


def _timed(shown: list[Part], k: int, chosen: set[int]) -> bool:
    """The heading `shown[k]` is right under a story line (`chosen`: the ids
    of the story's parts) that is only a time of day, a date perhaps with
    it (`is_timestamp` and `_CLOCK`: "10:42 a.m.", not "March 3, 2026"), and
    not led as a stamp is ("Updated 10:42 a.m.": `_STAMP_LEAD`)."""
    line = shown[k - 1] if k > 0 else None
    return line is not None and line.kind == "paragraph" and id(line) in chosen and \
        _CLOCK.search(line.text) is not None and is_timestamp(line.text) and not _STAMP_LEAD.match(line.text)


def _entry_heading(shown: list[Part], k: int, chosen: set[int]) -> bool:
    """The heading `shown[k]` is a live blog's entry's, not the story's: it
    and the next heading below it, of its level, are each right under a
    time line of the story's (`_timed`: "10:42 a.m.", then "10:15 a.m."),
    the entries' pattern (qa79 #10). Narrow (qa81 #1): a date line over the
    story's `<h2>` and dated teasers in an aside below, a timeline's `<h3>`
    subheads under it, or a blog's own `<h2>` under "Updated 10:42 a.m." are
    no entries."""
    if not _timed(shown, k, chosen):
        return False
    j = next((j for j in range(k + 1, len(shown)) if shown[j].kind in ("heading", "headline")), None)
    return j is not None and shown[j].attrs.get("block") == shown[k].attrs.get("block") \
        and _timed(shown, j, chosen)


# The agency's part of a dateline on a line of its own ("(Reuters)", "(AP) -")
_AGENCY_LINE = regex.compile(r"\s*\(\s*\p{L}[\p{L}&.'\u2019 -]{0,40}\)\s*[-\u2013\u2014]?\s*")
# What one of two bare kicker lines never holds: a clause's comma or
# semicolon ("Ferries, again" over "Not cheap"); one line alone may ("Arts,
# Culture": qa81 #4)
_NO_LABEL = regex.compile(r"[,;]")
# A line that opens with a round bracket: a dateline's agency ("(Reuters)"), no bare kicker
_AGENCY_OPEN = regex.compile(r"\s*\(")
# A bracketed kicker that tells the story's form, not its agency ("(Video)", "(Photos)": qa81 #5)
_FORM_TAG = regex.compile(r"\s*\(\s*(?i:videos?|photos?|pictures?|gallery|audio|podcast|watch|listen|graphics?"
                          r"|interactive|maps?|live|explainer|analysis|opinion|exclusive)\s*\)\s*")


def _kicker_text(line: Part) -> bool:
    """A paragraph that reads as a kicker (see `kicker_line`): one the
    extractor names a kicker, or a bare one of BARE_KICKER_WORDS words at
    most that does not end as a sentence does nor opens with a round
    bracket, as an agency's line does (qa79 #7; "[Opinion]" and "Arts,
    Culture" are kickers: qa81 #4), but for a story's form ("(Video)":
    `_FORM_TAG`, qa81 #5). In Chinese or Japanese, a bare kicker is one
    run of letters, CJK_KICKER_CHARS at most ("粤港澳大湾区",
    "エンターテインメント": `_CJK_LABEL`, qa81 #3). Words are counted by `word_count`."""
    words = word_count(line.text)
    return line.name == "kicker" and words <= LABEL_WORDS or _CJK_LABEL.fullmatch(line.text) is not None or \
        words <= BARE_KICKER_WORDS and not _SENTENCE_END.search(line.text) and (not _AGENCY_OPEN.match(line.text) or _FORM_TAG.fullmatch(line.text) is not None)


def _label_pair(top: Part, under: Part) -> bool:
    """Two kicker lines, one over the other, read as two labels (a
    section's and a series'), not as the story's two short opening lines:
    neither holds a comma or a semicolon (`_NO_LABEL`: not "Ferries,
    again"), and each reads as a label (`_label_text`), or the top one is
    one word that does and the one under it holds none of a sentence's
    little words (`_FRAGMENT`): a section over a series' name in sentence
    case ("Opinion" over "Guest column", "Société" over "Faits divers":
    qa81 #6), not "Politics" over "Not cheap"."""
    if _NO_LABEL.search(top.text) or _NO_LABEL.search(under.text):
        return False
    return _label_text(top) and (_label_text(under) or word_count(top.text) == 1
                                 and not _FRAGMENT.search(under.text))


# A sentence's little words (a verb's, a negation's, a pronoun's, an
# adverb's), in English, French, Spanish and German: a line holding one is a
# fragment of the story ("Not cheap", "Still open"), not a label
_FRAGMENT = regex.compile(r"(?i)\b(?:not|no|never|again|still|too|so|very|yet|then|now|is|are|was|were|be|been"
                          r"|has|have|had|do|does|did|will|would|can|could|may|might|must|should|it|its|this"
                          r"|that|he|she|they|we|you|i|ne|pas|est|sont|es|está|son|nicht|ist|sind)\b")


def _label_text(line: Part) -> bool:
    """One of two kicker lines that reads as a label, not as the story's
    short opening line ("Not cheap"): named a kicker by the extractor, one
    word, cased apart from a sentence ("Island News", "ISLAND NEWS") or a
    desk's label ("Island news": `desk_label`) (qa79 #6), or in a script
    with no case (Chinese: its casing tells nothing) (qa79 #11)."""
    words = line.text.split()
    return line.name == "kicker" or word_count(line.text) < 2 or not _CASED.search(line.text) \
        or casing(line.text) != "sentence" or desk_label(words)


CJK_KICKER_CHARS = 10    # characters: a Chinese or Japanese kicker is no longer (a katakana loanword's section: 10)
# A Chinese or Japanese kicker: one run of letters of a script written
# without spaces (and the katakana's long vowel mark and middle dot), no
# punctuation, no figures
_CJK_LABEL = regex.compile(rf"\s*[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}\u30fc\u30fb]{{1,{CJK_KICKER_CHARS}}}\s*")
_CASED = regex.compile(r"\p{Lu}|\p{Ll}")         # a letter of a script with case
# A letter of a script written without spaces between words (Chinese, Japanese)
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def word_count(text: str) -> int:
    """The words of `text`: its blank-separated tokens, but in Chinese or
    Japanese, written without spaces, one word for two characters
    (rounded up: "政治" 1, "港务局更换两艘渡轮" 5) (qa79 #11)."""
    count = 0
    for token in text.split():
        unspaced = len(_UNSPACED.findall(token))
        count += (unspaced + 1) // 2 if unspaced else 1
    return count
