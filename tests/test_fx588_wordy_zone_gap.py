"""fx588: a live blog stamp's wordy zone (`GST`, `CAT`: names.yaml
`wordy_zones`) parted from the capitalised words after it by a tab or two
spaces is read as with one space (qa446 #4): the run keeps its given name,
an entry opener still opens the sentence, a zone that is no word still
opens it too. Synthetic copy only."""
from __future__ import annotations

import pytest

from tests.test_fx581_stamp_title import _page
from tests.test_qa427_review import _mentions


@pytest.mark.parametrize("para", [
    "14.07 GST{g}Will Quince said so.",
    "14.07 CAT{g}Will Quince said so. Quince left.",
    "2.07 PM GST{g}Will Quince said so.",
    "14.07 GST{g}Cat Stevens said so.",
    "14.07 GST{g}An Indonesian official said so.",
    "14.07 WEST{g}Ham fans cheered.",
    "14.07 BST{g}Will Quince said so.",
])
@pytest.mark.parametrize("gap", ["\t", "  ", " \t", "\u00a0"])
def test_any_white_space_after_the_zone_reads_as_one_space(para, gap):
    assert _mentions(_page(para.format(g=gap))) == _mentions(_page(para.format(g=" ")))


@pytest.mark.parametrize("para, want", [
    ("14.07 GST\tWill Quince said so.", [("Will Quince", True)]),
    ("14.07 GST\tAn Indonesian official said so.", [("Indonesian", False)]),
    ("14.07 BST\tWill Quince said so.", [("Quince", False)]),
    ("The vote at 14.07 GST\tWill Quince said so.", [("Will Quince", True)]),
])
def test_the_reading_after_a_tab(para, want):
    assert _mentions(_page(para)) == want
