"""titles.headline-unrelated leaves a photo gallery alone (nu25 #10): a body
made only of captions holds no story to measure the headline by, as a table
of figures does not; one paragraph of prose beside them is judged again."""
from __future__ import annotations

from titles_helpers import read, run

GALLERY = """---
title: "Photos: Holiday Craft Fair 2026"
date: 2026-11-30
---

{{< figure src="/img/fair1.jpg" caption="Denise Albright greets visitors at the door." credit="Marcus Bell" >}}

{{< figure src="/img/fair3.jpg" caption="Tom Hale arranges carved birds on Friday, Nov. 28, 2026." credit="Marcus Bell" >}}
"""

PROSE = "\nThe city council approved next year's budget on Tuesday after a long debate over road repairs.\n"


def test_a_body_of_captions_only_is_not_judged():
    assert run(read(GALLERY, ".md"), "titles.headline-unrelated") == []


def test_a_paragraph_beside_the_captions_is_judged():
    assert len(run(read(GALLERY + PROSE, ".md"), "titles.headline-unrelated")) == 1
