"""qa132: fx216's language-server changes on lead40 (a kept lint keyed on its
text, URIs decoded once, a config's BOM read away, settings refusing
non-finite numbers), driven as an editor drives the server. Each test is a
fault found, first pinned as a strict xfail; all three are fixed (the lead)
and are guards now: each asserts the right behaviour."""
from __future__ import annotations

from test_qa123_regressions import _answer_to_initialize


def test_a_huge_integer_live_limit_does_not_fail_initialize():
    """JSON's integers have no top: {"liveLimit": 1 followed by 400 zeros}
    was taken on main (no document is that large, so every one is live).
    fx216's settings._number asks math.isfinite(value), which converts an int
    to a float and raises OverflowError ('int too large to convert to
    float'), so `initialize` answers with an internal error and the client
    cannot start the server (a bad value must be 'left out, the rest
    applies')."""
    answer = _answer_to_initialize('{"liveLimit": 1%s, "ignore": ["style"]}' % ("0" * 400))
    assert "error" not in answer, answer["error"]["message"]
    assert answer["result"]["serverInfo"]["name"] == "newslint"


def test_a_huge_integer_debounce_does_not_fail_initialize():
    """{"debounce": 1 followed by 400 zeros}: lead40's _number raises in
    math.isfinite (main raised in value / 1000), so initialize answers with
    an internal error instead of leaving the bad value out."""
    answer = _answer_to_initialize('{"debounce": 1%s}' % ("0" * 400))
    assert "error" not in answer, answer["error"]["message"]


def test_a_fractional_live_limit_is_not_read_as_no_limit():
    """liveLimit 0.5 (characters) passes _number, then int() makes it 0, and
    0 means "never skip": every document, however large, is linted as you
    type, the opposite of what a small limit asks. It is refused (a count of
    characters is a whole number) by an error naming liveLimit, and the
    limit stays as if the key were not there."""
    from lint.server.settings import parse

    settings, errors = parse({"liveLimit": 0.5})
    assert errors and all("liveLimit" in e for e in errors), errors
    assert settings.live_limit == parse({})[0].live_limit, settings
    assert settings.live_limit != 0, settings
