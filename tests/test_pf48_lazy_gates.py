"""pf48: three analyses read only when a finding can hang on them, each
checked at the gate's edge and on the nearest case that must stay as it was.

- titles.headline-unrelated scores the headline first and asks whether the
  body has prose (`has_prose`, a read of the whole body) only for a headline
  the score would flag: a table of figures stays unjudged, `tables: true`
  judges it, and an unsupported headline over prose is still flagged.
- names.first-reference reads a person's uses only up to the last one that
  could be flagged (`_last_flaggable`): the first use still decides, so a
  relation's use before a plain one keeps the plain one unflagged, and a
  thing's name before a plain use does not end the reading (qa187 #1).
- `name_firms.firm_words` tries a cue pattern only when its gate holds over
  the whole story (`_live_cues`): a cue in a later paragraph is still read,
  and the its-unit cue wrapped after "its" in plain text (qa187 #2).
Synthetic input."""
from __future__ import annotations

from lint.analysis import name_firms
from lint.analysis.headline import profile_text
from lint.analysis.name_firms import firm_words
from test_titles_table_footnote import ROWS as TABLE_ROWS, STORY
from titles_helpers import read, run, where

# that file's results table, made ten distinct words or more (`min_body_words`), and no prose
ROWS = TABLE_ROWS + "    Oper net 3,100,000 vs 1,200,000\n    Avg shrs 8.1 mln vs 7.9 mln\n"
HED = "Wildfire forces evacuation of mountain villages"


def _unrelated(headline: str, body: str, **options) -> list[int]:
    return [d.line for d in run(read(f"{headline}\n\n{body}\n"), "titles.headline-unrelated", **options)]


def test_an_unsupported_headline_over_a_table_is_left_alone():
    assert not profile_text([ROWS]).has_prose()
    assert _unrelated(HED, ROWS) == []


def test_tables_true_judges_the_table_without_reading_for_prose():
    assert _unrelated(HED, ROWS, tables=True) == [1]


def test_an_unsupported_headline_over_prose_is_still_flagged():
    assert _unrelated(HED, STORY) == [1]


def test_control_a_supported_headline_over_prose_is_not():
    assert _unrelated("Council approves budget after long debate", STORY) == []


def first_ref(body: str) -> list[tuple[int, int, str]]:
    return where(run(read("Council vote set\n\n" + body + "\n"), "names.first-reference"))


def test_a_surname_alone_before_the_full_name_is_flagged():
    assert first_ref("Kowalczyk said the line was overdue. Irena Kowalczyk spoke.") == [(3, 1, "Kowalczyk")]


def test_a_relation_alone_before_the_full_name_gives_only_the_second_person():
    got = run(read("Council vote set\n\nFormer Mayor Kowalczyk, her aunt, ran the town. "
                   "Irena Kowalczyk spoke.\n"), "names.first-reference")
    assert where(got) == [(3, 14, "Kowalczyk")] and "second person" in got[0].message


def test_the_first_use_still_decides_when_a_later_one_could_be_flagged():
    # the relation's use comes first: the plain "Kowalczyk said" after it is
    # not the first reference, as before the gate (only the second person is told)
    got = run(read("Council vote set\n\nFormer Mayor Kowalczyk, her aunt, ran the town. "
                   "Kowalczyk said the line was overdue. Irena Kowalczyk spoke.\n"),
              "names.first-reference")
    assert where(got) == [(3, 14, "Kowalczyk")] and "second person" in got[0].message


def test_a_plain_use_after_a_things_name_is_still_flagged():
    # qa187 #1: the thing's name ("The Kowalczyk era") is no flaggable use, so
    # the reading must go on to the last one ("Kowalczyk said"), not stop at the first
    body = "The Kowalczyk era ended. Kowalczyk said more.\n\nAnna Kowalczyk, a council member, spoke Tuesday."
    assert first_ref(body) == [(3, 26, "Kowalczyk")]


def test_control_a_things_name_alone_before_the_full_name_is_not():
    assert first_ref("The Kowalczyk era ended.\n\nAnna Kowalczyk, a council member, spoke Tuesday.") == []


def _firm_story(cue: str) -> str:
    return (f"Acme sells shoe unit\n\nAcme said {cue}\nPesch shoe division grew. Pesch said the sale "
            "would close soon.\n\nDr. LeRoy Pesch declined to comment.\n")


def test_an_its_unit_cue_wrapped_after_its_still_names_the_firm():
    # qa187 #2: the its-unit gate's mark is "its" alone: a plain-text line may end
    # on it, so "its\nPesch shoe division" names the firm and "Pesch said" is its
    assert where(run(read(_firm_story("its")), "names.first-reference")) == []


def test_control_without_its_the_surname_is_a_persons_and_flagged():
    assert where(run(read(_firm_story("the")), "names.first-reference")) == [(4, 27, "Pesch")]


STORY_OF_FIRMS = ("Ana Okafor said on Monday that the council would meet.\n\n"
                  "Unilever sold it to a unit of Unilever on Monday, and 417,100 Jacobs common "
                  "shares changed hands.\n\nJacobs said she would stay.\n")


def test_a_cue_in_a_later_paragraph_is_still_read(monkeypatch):
    gated = firm_words(read("Council vote set\n\n" + STORY_OF_FIRMS))
    with monkeypatch.context() as m:
        m.setattr(name_firms, "_gates", lambda: (None,) * 5)
        ungated = firm_words(read("Council vote set\n\n" + STORY_OF_FIRMS))
    assert gated == ungated
    assert {"Unilever", "Jacobs"} <= set(gated.short)


def test_control_a_story_with_no_cue_names_no_firm():
    assert firm_words(read("Council vote set\n\nAna Okafor said on Monday that the council would meet.\n")) \
        == name_firms.Firms({}, frozenset())
