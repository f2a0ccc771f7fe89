"""fx567: "straight/right out of" frames an allusion only when no noun
follows the closing mark (qa415 #5); guards for the frames that stay."""
import pytest

from lint.analysis.headline_allusions import quoted_allusion


def _allusion(hed, word):
    s = hed.index(word)
    return quoted_allusion(hed, s, s + len(word))


@pytest.mark.parametrize("hed", ["Police pull cash right out of \u2018Kowalczyk\u2019 car",
                                 "Police pull cash straight out of 'Kowalczyk' car after crash",
                                 "Crowd spills Right Out Of \u201cKowalczyk\u201d Rally"])
def test_a_noun_after_the_mark_makes_a_preposition(hed):
    assert not _allusion(hed, "Kowalczyk")


@pytest.mark.parametrize("hed", ["Shark attack like something straight out of \u2018Jaws\u2019",
                                 "Shark attack straight out of \u2018Jaws\u2019, surfer says",
                                 "Right out of \u2018Jaws\u2019 as shark circles surfer",
                                 "Right out of \u2018Jaws\u2019: shark circles surfer",
                                 "Right out of \u2018Jaws\u2019 moment for surfer",
                                 "Real-life \u2018Jaws\u2019 attack stuns beach",
                                 "Scene out of \u2018Jaws\u2019 unfolds off Cape Cod"])
def test_guard_frames_that_stay(hed):
    assert _allusion(hed, "Jaws")
