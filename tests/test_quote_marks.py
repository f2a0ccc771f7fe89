"""`quote_marks.marks` yields exactly what `MARKS.finditer` yields."""
import random

from lint.analysis.quote_marks import MARKS, marks


def _spans(matches):
    return [m.span() for m in matches]


def test_marks_are_finditers():
    pieces = list("ab1 .é²") + ["'", "`", '"', "\u201c", "\u201d", "\u2018", "\u2019",
                                 "''", "``", "\u2018\u2018", "\u2019\u2019"]
    rng = random.Random(11)
    texts = ["“We won,” she said.", "``We won,'' she said.", "they’re ‘’’ Jones' '90s",
             "‘‘A’’ and ''B'' and don\"t"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    for text in texts:
        assert _spans(marks(text)) == _spans(MARKS.finditer(text)), repr(text)
