"""A comment ends at its first `-->` or `--!>` (`<!-->` and `<!--->` end at
once, since 6c88f357, as WHATWG and Vale read them): a `<!-- vale off`
inside another comment is that comment's text, not a Vale comment (qa141
#7), while a Vale comment after a closed one is read. Synthetic input
only."""
from __future__ import annotations

import pytest

from lint.suppress_vale import vale_directives


@pytest.mark.parametrize("src", ["<!-- draft <!-- vale off -->", "<!-- old: <!-- vale off --> -->",
                                 "<!-- a <!-- b <!-- vale off -->"])
def test_a_vale_comment_inside_an_open_comment_switches_nothing(src):
    assert vale_directives(src) == []


@pytest.mark.parametrize("src", ["<!-- vale off -->", "<!-- a --> <!-- vale off -->",
                                 "<!-- <!-- --><!-- vale off -->", "x --> <!-- vale off -->"])
def test_control_a_vale_comment_that_opens_its_comment_is_read(src):
    [found] = vale_directives(src)
    assert found.action == "disable" and found.offset == src.rindex("<!--")
