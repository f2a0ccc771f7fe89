"""The ASCII run patterns of `name_runs` (`_run_pattern(ascii=True)`) find
exactly the runs the Unicode ones find, on any text `ascii_letters` admits."""
import random

import pytest

from lint.analysis.name_runs import ascii_letters, _run_pattern


@pytest.mark.parametrize("text, plain", [
    ("", True),
    ("The mayor said “no” – twice… in\xa0May’s vote—‘really’", True),
    ("Fares rose to £5 (€6) for Ortiz", True),   # currency signs: no letter, no case
    ("José Ortiz said", False),          # a letter beyond ASCII
    ("Mohamed El\u2010Erian", False),     # a hyphen beyond ASCII
    ("’é", False),
    ("crème", False),
    ("e\u0301", False),                   # a combining mark
])
def test_ascii_letters(text, plain):
    assert ascii_letters(text) is plain


SAMPLES = [
    "Mohamed El-Erian said. Bashar al-Assad and Al-Assad met Ursula von der Leyen.",
    "Wendy R. Sherman, C.W. Nance and J. R. R. Tolkien; Osama bin Laden\xa0Said",
    "“The” Mr. O’Brien, O'Neil-Smith's, de la Cruz; Van Dijk‘ and then-Mayor Lee…",
]


def _spans(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


def test_ascii_patterns_find_the_same_runs():
    wide, narrow = _run_pattern(False), _run_pattern(True)
    pieces = list("AaBbEeLlDdVvNnIiRrTtSsOo") + list(" .-'’‘“”–—…\xa0\n,£€") + [
        "al-", "El-", "de ", "van ", "von der ", "bin ", " della ", "R. ", "Mr. "]
    rng = random.Random(7)
    texts = SAMPLES + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
                       for _ in range(3000)]
    for text in texts:
        assert ascii_letters(text)
        for a, b in zip(wide[:2], narrow[:2]):
            assert _spans(a, text) == _spans(b, text), text
