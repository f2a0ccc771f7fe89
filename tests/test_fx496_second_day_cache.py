"""fx496 (qa351 #4): `day_pairs._second_day_at`'s cache pins the texts it
answered about; it is bounded by their characters, so a language server
editing a large document keeps no old versions alive, while the answers
pf64 counted on (the same date's day asked by several rules) stay cached."""
from lint.analysis import day_pairs


def _text(filler: int, n: int) -> str:
    return "x " * filler + f"Talks run Monday and Tuesday, March 2 and {n}, 2026."


def _ask(text):
    end = text.index("March 2") + len("March 2")
    return day_pairs.second_day(text, end, paired=True)


def _texts_held():
    return {id(text) for text, _ in day_pairs._ANSWERS}


def test_versions_of_a_large_text_are_let_go():
    day_pairs._second_day_at.cache_clear()
    versions = [_text(300_000, 3 + i) for i in range(8)]     # 600 KB each, each edited
    for i, text in enumerate(versions):
        assert _ask(text)["end"] == str(3 + i)
        held = _texts_held()
        assert held <= {id(t) for t in versions[max(0, i - 1):i + 1]}, ("an old version is still held", i)
        assert id(text) in held
    assert sum(len(t) for t in versions if id(t) in _texts_held()) <= day_pairs._MOST_CHARS + len(versions[-1])


def test_many_small_texts_are_bounded_by_count():
    day_pairs._second_day_at.cache_clear()
    for i in range(day_pairs._MOST_ANSWERS + 10):
        _ask(_text(0, i % 9 + 3) + " " * (i % 7) + str(i))
    assert len(day_pairs._ANSWERS) <= day_pairs._MOST_ANSWERS


def test_guard_an_answer_is_cached_for_the_next_rule():
    day_pairs._second_day_at.cache_clear()
    text = _text(10, 4)
    first = _ask(text)
    assert first is not None and first["end"] == "4"
    assert _ask(text) is first            # the same match object: read from the cache
    other = _text(10, 5)
    assert _ask(other)["end"] == "5"
    assert _ask(text) is first            # a second small text does not empty it


def test_guard_an_equal_text_in_a_new_object_gets_the_same_answer():
    day_pairs._second_day_at.cache_clear()
    a = _text(5, 6)
    b = "".join(list(a))
    assert a == b and a is not b
    assert _ask(a).span() == _ask(b).span()
