"""fx366: quotes posed as examples (`questions like “…”`) or set in italics
inside their marks are no direct quotes; the nearest cases stay speech."""
from __future__ import annotations

import pytest

from lint.analysis.attribution import attribution
from lint.analysis.quote_examples import is_example
from lint.readers import read_bytes


def _flagged(text: str, name: str = "story.md") -> list[str]:
    doc = read_bytes(name, text.encode())
    return [s.head.part.text[s.head.start:s.head.end] for s in attribution(doc)
            if not s.attributed and s.direct]


@pytest.mark.parametrize("text, example", [
    # a kind of thing and `like` anywhere; a kind of words opening its sentence or a clause
    ("The talks covered topics such as, “How the ferry timetable is set each spring”", True),
    ("If complaints such as, “The ferry runs late every single day” come in, we listen.", True),
    ("The plan stalled, while comments like “We tried this before and it failed” piled up online.",
     True),                                                                       # qa236 #3
    ("The plan stalled; questions like “Who will pay for the bridge and when?” remain.", True),  # fx372
    # a kind of words somebody made (an object; fx372: after a comma and no subordinator), or
    # another noun before `like`
    ("Riders made complaints such as, “The ferry runs late every single day.”", False),
    ("The plan stalled, while residents made comments like “We tried this before and it failed” online.",
     False),
    ("The plan stalled, and comments like “We tried this before and it failed” online.", False),
    ("The crowd let out a roar like “We will not leave the square tonight.”", False),
])
def test_a_kind_and_like_before_a_quote(text, example):
    assert is_example(text, text.index("“")) is example


def test_a_kind_before_the_sentence_start_gives_none():
    # fx372 (qa236 #6): the kind and `like` right before the quote, so only the
    # sentence start keeps the search from reading them
    text = "Topics like: “We will not leave the square tonight.”"
    assert is_example(text, text.index("“"), 0)
    assert not is_example(text, text.index("“"), text.index("“"))


def test_a_possessive_before_a_kind_of_words_gives_none():
    # fx372 (qa236 #5): `her comments` are her words, `the comments` one of a kind
    text = "{} comments like “I will resign if the budget fails this week” rattled the party."
    assert not is_example(text.format("Her"), text.format("Her").index("“"))
    assert is_example(text.format("The"), text.format("The").index("“"))


def test_italics_inside_the_marks_in_html_are_a_mention():
    page = ("<html><head><title>Ferry</title></head><body><article><h1>Ferry FAQ</h1>"
            "<p>We put “<em>Why the ferry is late every single morning</em>” first on the page.</p>"
            "</article></body></html>")
    assert _flagged(page, "story.html") == []


def test_italics_around_the_marks_in_html_stay_speech():
    page = ("<html><head><title>Ferry</title></head><body><article><h1>Ferry FAQ</h1>"
            "<p>We put <em>“Why is the ferry late every single morning?”</em> first on the page.</p>"
            "</article></body></html>")
    assert _flagged(page, "story.html") == ["“Why is the ferry late every single morning?”"]


def test_underscore_italics_inside_the_marks_in_markdown():
    assert _flagged("# Ferry FAQ\n\nWe put “_Why the ferry is late every single morning_” first.\n") == []
    assert _flagged("# Ferry FAQ\n\nWe put “Why the _ferry_ is late every single morning” first.\n") == \
        ["“Why the ferry is late every single morning”"]


# qa236: what breaks the examples and italics reading (each passes once mended)

@pytest.mark.parametrize("glue", ["“Fares.” “", "“Fares.” And “"])    # fx372: a capitalised And too
def test_qa236_a_quote_opening_the_next_sentence_is_not_listed_after_an_example(glue):
    story = ("Ferry news\n\nThe evening covered topics like " + glue + "The ferry costs me more each "
             "month than my rent and nobody at the council cares.”\n")
    assert _flagged(story, "story.txt")[-1:] == [
        "“The ferry costs me more each month than my rent and nobody at the council cares.”"]


@pytest.mark.parametrize("name,story", [
    ("story.md", "# Ferry\n\nThe water rose through the night. “*We had nothing left. The water took "
                 "the house, the car, everything we owned.*”\n"),
    ("story.html", "<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1><p>The water rose "
                   "through the night. “<i>We had nothing left. The water took the house, the car, "
                   "everything we owned.</i>”</p></article></body></html>"),
])
def test_qa236_speech_in_italics_inside_its_marks_stays_speech(name, story):
    assert _flagged(story, name) == [
        "“We had nothing left. The water took the house, the car, everything we owned.”"]


@pytest.mark.parametrize("glue", ["“Fares,” “", "“Fares” and “", "“Fares”, or “"])
def test_fx372_a_long_quote_joined_to_an_example_is_one_too(glue):
    story = ("Ferry news\n\nThe evening covered topics like " + glue + "The ferry costs me more each "
             "month than my rent and nobody at the council cares.”\n")
    assert _flagged(story, "story.txt") == []


@pytest.mark.parametrize("words", [
    "Nous sommes prêts à partir ce soir avec tout le monde.",     # one sentence, a full stop
    "Why is the ferry late every single morning?",     # fx378 (qa244 #3): a question ends a sentence
    "We will rebuild this town, stone by stone,",     # a comma ends a clause
    "We will rebuild the town (stone by stone!)",     # the mark before a closing bracket
    "He said ‘go home’ and left the pier at once",     # fx378: a quotation inside
    "We lost everything. Where do we go now?",     # two sentences
])
def test_fx372_italics_on_what_is_no_title_shape_stay_speech(words):
    assert _flagged(f"# Ferry\n\nThe crew waited on the pier. “*{words}*”\n") == [f"“{words}”"]


@pytest.mark.parametrize("words,flagged", [
    ("Why the island ferry runs late every single morning of the week", False),   # 12 words
    ("Why the island ferry runs late every single morning of the whole week", True),   # 13
    ("The Workers’ Guide to the Island Ferry", False),     # an apostrophe is no quotation
])
def test_fx378_italics_mark_a_mention_up_to_title_words(words, flagged):
    # fx378 (qa244 #6): TITLE_WORDS is pinned by a 12-word title and a 13-word one
    found = _flagged(f"# Ferry\n\nThe crew waited on the pier. “*{words}*”\n")
    assert found == ([f"“{words}”"] if flagged else [])


def test_qa236_a_speech_kind_after_a_dateline_opens_its_sentence():
    story = ("Ferry news\n\nLONDON (Reuters) - Questions like “Who will pay for the bridge and when will "
             "the work begin?” dominated the evening.\n")
    assert _flagged(story, "story.txt") == []


def test_fx372_a_speech_kind_as_an_object_after_a_dateline_stays_speech():
    story = ("Ferry news\n\nLONDON (Reuters) - Riders made comments like “The ferry is late again this "
             "morning on the north route.”\n")
    assert _flagged(story, "story.txt") == [
        "“The ferry is late again this morning on the north route.”"]


# qa244: what still breaks the examples and italics reading after fx372 (each passes once mended)

@pytest.mark.parametrize("lead,answer", [
    ("Questions like “Who pays for the bridge over the river and the new road?”",
     "“Nobody at the council will tell us.”"),
    ("The evening covered topics like “How the ferry timetable is set each spring and who decides.”",
     "“We are done waiting for it.”"),
])
def test_qa244_a_short_quote_opening_the_next_sentence_after_an_example_is_speech(lead, answer):
    assert _flagged(f"Ferry news\n\n{lead} {answer}\n", "story.txt")[-1:] == [answer]


@pytest.mark.parametrize("name,story", [
    ("story.md", "# Ferry\n\nThe crew waited on the pier. “*He told me to ‘go home.’*”\n"),
    ("story.html", "<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1><p>The crew waited "
                   "on the pier. “<em>He told me to &lsquo;go home.&rsquo;</em>”</p></article></body></html>"),
], ids=["md", "html"])
def test_qa244_italic_speech_ending_with_a_quoted_full_stop_stays_speech(name, story):
    assert _flagged(story, name) == ["“He told me to ‘go home.’”"]


@pytest.mark.parametrize("words", [
    "We will rebuild this town, stone by stone!",
    "We had nothing left...",
])
def test_qa244_first_person_speech_in_italics_without_a_full_stop_stays_speech(words):
    assert _flagged(f"# Ferry\n\nThe crew waited on the pier. “*{words}*”\n") == [f"“{words}”"]


@pytest.mark.xfail(strict=True, reason="qa244 #4: long examples listed with semicolons are read as speech")
def test_qa244_examples_listed_with_semicolons_are_examples():
    story = ("Ferry news\n\nThe talks covered topics like “Fares”; “How the ferry timetable is set each "
             "spring and by whom”; “The history of the harbour and the boats that once served it.”\n")
    assert _flagged(story, "story.txt") == []


@pytest.mark.parametrize("second,flagged", [
    ("“We are done waiting for the ferry this year.”", False),     # 10 words: a list item, as on main
    ("“We are done waiting for the ferry this year at all.”", True),   # 11 words: speech
])
def test_fx378_a_short_quote_after_a_term_is_listed_up_to_listed_words(second, flagged):
    # fx378 (qa244 #6): LISTED_WORDS is pinned with only a space after the term “Fares.”, as on main
    found = _flagged(f"Ferry news\n\nThe evening covered topics like “Fares.” {second}\n", "story.txt")
    assert found == ([second] if flagged else [])


# qa249: the lead's merge of fx377's flat `like` with fx378's `glued`, and what still breaks

_FIRSTS = {
    "speech-example": "Questions like “Who pays for the bridge over the river and the new road?",
    "term-example": "The evening covered topics like “Fares",
    "speech": "The ferry was late again. “We will not leave the square tonight",
    "title": "The ferry ran a new commentary, “Riders, tell the council what you think",
}
_GLUES = {"comma": ",” “", "and": "” and “", "stop": ".” “", "space": "” “", "asks": "?” “"}
_ITEMS = {"short": "We are done waiting for the ferry",
          "long": "The ferry costs me more each month than my rent and nobody at the council cares"}


def _listed(first: str, seq: str) -> str:
    """`seq`: glue/item pairs, `comma-short stop-long` (each after the quote before)."""
    text = _FIRSTS[first]
    for pair in seq.split():
        glue, item = pair.split("-")
        text += _GLUES[glue] + _ITEMS[item]
    return f"Ferry news\n\n{text}.” The end came later.\n"


# answers of fx378's own branch (0e875001: `like` the quote before, un-flattened), recorded by qa249:
# the indices of the flagged quotes among the statuses
@pytest.mark.parametrize("first,seq,flagged", [
    ("speech-example", "space-short", (1,)),
    ("speech-example", "comma-short", ()),
    ("speech-example", "stop-short", (1,)),
    ("speech-example", "space-short and-short", (1, 2)),
    ("speech-example", "comma-short space-short", (2,)),
    ("speech-example", "comma-short and-long", ()),
    ("speech-example", "stop-short comma-short", (1, 2)),
    ("speech-example", "comma-short comma-short space-short", (3,)),
    ("speech-example", "space-short comma-short comma-short", (1, 2, 3)),
    ("speech-example", "comma-short stop-short and-short", (2, 3)),
    ("speech-example", "and-short comma-long asks-short", (3,)),
    ("term-example", "space-short", ()),
    ("term-example", "stop-short space-short", ()),
    ("term-example", "stop-long comma-short", (1, 2)),
    ("term-example", "comma-long space-short", ()),
    ("term-example", "comma-short asks-long and-short", (2, 3)),
    ("speech", "space-short", (0, 1)),
    ("speech", "comma-short stop-short", (0, 1, 2)),
    ("speech", "and-long comma-short space-short", (0, 1, 2, 3)),
    ("title", "space-short", ()),
    ("title", "comma-short stop-short space-short", ()),
    ("title", "comma-short asks-long", (2,)),
])
def test_qa249_a_flat_like_reads_every_list_as_fx378_did(first, seq, flagged):
    # the lead's merge (`like` = the list's first quote, `glued` held all the way there) must give
    # what fx378's chain of `like`s gave, on lists of 2, 3 and 4 quotes
    statuses = attribution(read_bytes("story.txt", _listed(first, seq).encode()))
    assert len(statuses) == len(seq.split()) + 1
    assert tuple(i for i, s in enumerate(statuses) if not s.attributed and s.direct) == flagged


def test_qa249_a_long_list_broken_by_a_sentence_is_read_without_recursing():
    # 1,000 quotes after a spoken example, glue and no glue by turns, asked last first
    text = "Questions like “Who pays?”" + "".join(
        ", “We wait”" if i % 2 else " “We wait.”" for i in range(1000))
    statuses = attribution(read_bytes("story.txt", f"Ferry news\n\n{text}.\n".encode()))
    assert len(statuses) == 1001
    answers = [(s.example, s.direct) for s in reversed(statuses)]
    assert answers[-1] == (True, False) and set(answers[:-1]) == {(False, True)}


@pytest.mark.parametrize("words", [
    "We will rebuild this town —",     # speech cut off
    "We will rebuild this town—",
    "We will rebuild this town;",
    "We will rebuild this town:",
])
def test_qa249_italic_speech_ending_with_a_clause_mark_stays_speech(words):
    # like `,` (fx378): a title never ends with a mark that ends a clause; main flagged these
    assert _flagged(f"# Ferry\n\nThe crew waited on the pier. “*{words}*”\n") == [f"“{words}”"]


@pytest.mark.parametrize("words", [
    "Rock 'n' Roll High School",
    "The best of the '90s and beyond",
])
def test_qa249_an_elision_apostrophe_is_no_quotation(words):
    # `’n’`/`’90s` typed with a straight apostrophe after a space: fx372 read the title, fx378 reads speech
    assert _flagged(f"# Ferry\n\nThe crew waited on the pier. “*{words}*”\n") == []


# nu52 #2: a kind of words after a verb that makes nobody its speaker (`are`,
# `involve`, `include`) is an example of a kind, as at a sentence's start: the
# 18F post's "The biggest challenges often involve questions like “How do we
# make better use of our time…?”" names no one who asked (main flags it);
# "Riders made complaints such as “…”" (above) stays speech.
@pytest.mark.xfail(strict=True, reason="nu52 #2: 'challenges involve/are questions like “…”' "
                                       "is read as speech somebody made, not an example")
@pytest.mark.parametrize("text", [
    "The biggest challenges often involve questions like “How do we make better use of our time?”",
    "The biggest challenges are questions like “How do we make better use of our time?”",
    "The hardest cases include questions such as “Who changed this record and when?”",
])
def test_nu52_a_kind_of_words_after_a_verb_naming_no_speaker_is_an_example(text):
    assert is_example(text, text.index("“"))
    story = f"---\ntitle: Ferry team notes\ndate: 2024-01-20\n---\n\n{text}\n"
    assert _flagged(story) == []
