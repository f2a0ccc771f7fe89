"""fx512: a Title Case wire headline with a slash over a wire lede is the
headline when its shape is a headline's (nu70 #1); a photo credit of the same
shape stays a caption (qa370 #1), and in doubt the line stays a credit."""
import pytest

from lint import lint_text
from lint.readers import read_bytes
from lint.readers._slash_heds import slash_hed

LEDE = "WASHINGTON, March 2 (Reuters) - Farmers will probably be allowed to keep planting oats, an aide said.\n"


def _parts(src):
    return [(p.kind, p.text) for p in read_bytes("story.txt", src.encode("utf-8")).parts]


def _rules(src):
    return [d.rule for d in lint_text(src, "story.txt", published="1987-03-02")]


@pytest.mark.parametrize("hed,between", [
    ("Relief For Corn/Oats Growers Seen Likely", ""),
    ("Tokyo Exchange Seeks Nasdaq/London Link", "March 2, 1987\n\n"),
    ("Analyst Sees Stable Yen/Dollar Rates", "By Jane Doe\n\n"),
    ("Technology/Chip Industry Seeks Custom Designs", ""),
    ("Mitsubishi Motor/America February Sales Rise", ""),
])
def test_slash_hed_over_wire_lede(hed, between):
    src = hed + "\n\n" + between + LEDE
    parts = _parts(src)
    assert parts[0] == ("headline", hed)
    assert "caption" not in [k for k, _ in parts]
    assert "titles.missing-headline" not in _rules(src)


@pytest.mark.parametrize("line", [
    "Mark Stone/Seattle Times",             # qa370 #1: a name and a masthead, all common words
    "Grace Hall/Daily Herald",
    "Grace Hall/Sun-Times",
    "Mark Stone /Seattle Times",            # a spaced slash
    "Protesters March Downtown/John Smith",  # three words before: may be a name
    "Protesters March Through Downtown/John Smith",  # no ordinary word after
    "Rich Pedroncelli/Sacramento Bee",
    "Jane Doe/Harbor City Parks Department",
    "Jane Doe/Boys And Girls Club",
    "Jane Doe/Harbor Fire Rescue Crews",    # a plural ends a body's name
    "Jane Doe/Harbor Parks Conservancy",    # a plural inside one
    "Jane Doe/Veterans Affairs Medical Center",
    "Jane Doe/The Harbor Courier",
    "Jane Doe/AFP/Getty Images",
    "Crowds Gather Outside Harbor Hall/Reuters",
    "Council Members Meet/Courier Photo",
])
def test_credit_over_wire_lede_stays_caption(line):
    src = line + "\n\n" + LEDE
    kinds = [k for k, _ in _parts(src)]
    assert kinds[0] == "caption" and "headline" not in kinds
    assert "titles.missing-headline" in _rules(src)


def test_slash_hed_needs_the_wire_lede():
    """Over ordinary prose (no wire dateline) the line keeps the old reading."""
    src = "Relief For Corn/Oats Growers Seen Likely\n\nFarmers will probably be allowed to keep planting oats.\n"
    assert _parts(src)[0][0] == "caption"


@pytest.mark.parametrize("line,hed", [
    ("Relief For Corn/Oats Growers Seen Likely", True),
    ("Relief For Corn/Oats/Wheat Growers Seen Likely", False),   # two slashes: a credit's chain
    ("Relief For Corn/Oats Growers (Seen Likely)", False),       # a bracket
    ("Analyst Sees Stable Yen/Dollar Press", False),             # a masthead word
    ("Mark Stone/Dollar Rates", False),                          # a name before, nothing running on
])
def test_slash_hed_shape(line, hed):
    assert slash_hed(line) is hed
