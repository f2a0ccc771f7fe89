"""fx568: after "straight out of" / "right out of" and a quoted allusion,
the headline's verb is no noun: the allusion stays framed (qa423 #5); a
noun there, a plural at the end or after a verb before the phrase, still
makes the phrase a preposition."""
import pytest

from lint.analysis.headline_allusions import quoted_allusion


def _framed(hed, name):
    s = hed.index(name)
    return quoted_allusion(hed, s, s + len(name))


@pytest.mark.parametrize("hed", [
    "Shark right out of \u2018Jaws\u2019 spotted off Cape Cod",
    "Scene straight out of \u2018Jaws\u2019 unfolds off Cape Cod",
    "Shark straight out of \u2018Jaws\u2019 circles surfer",
    "Beast straight out of \u2018Jaws\u2019 seen near pier",          # an irregular participle
    "Shark right out of 'Jaws' stalks swimmers",
])
def test_a_verb_after_the_mark_keeps_the_frame(hed):
    assert _framed(hed, "Jaws")


@pytest.mark.parametrize("hed", [
    "Police pull cash right out of \u2018Kowalczyk\u2019 car",
    "Police pull cash right out of \u2018Kowalczyk\u2019 cars",          # a plural at the end
    "Crowd spills straight out of \u2018Kowalczyk\u2019 bars downtown",  # a verb before the phrase
    "Crowd spills straight out of \u2018Kowalczyk\u2019 rally",
    "Police pull cash right out of \u2018Kowalczyk\u2019 cars seized in raid",   # a verb after the plural
    "Shark right out of \u2018Kowalczyk\u2019 building collapses",      # an -ing noun
])
def test_guard_a_noun_after_the_mark_frames_nothing(hed):
    assert not _framed(hed, "Kowalczyk")


@pytest.mark.parametrize("hed,framed", [
    ("Police pull cash straight out of \u2018Kowalczyk\u2019 4x4", False),
    ("Police pull cash right out of \u2018Kowalczyk\u2019-owned car", False),
    ("Shark attack straight out of \u2018Jaws\u2019-style movie", True),       # a suffix still frames it
    ("Shark straight out of \u2018Jaws\u2019 - watch", True),                 # a spaced dash is a mark
])
def test_a_figure_led_or_hyphened_word_after_the_mark(hed, framed):
    name = "Kowalczyk" if "Kowalczyk" in hed else "Jaws"
    assert _framed(hed, name) is framed
