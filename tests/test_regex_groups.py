"""The group order that the hottest `regex` matches are unpacked in (`m.groups()`,
read by number: lint/regex_cache.py says why), so a pattern edit that moves a
group fails here rather than reading the wrong group."""
from lint.kinds import _date_form_scan as date_form, time_form


def test_a_month_token_is_read_as_name_then_stop():
    assert list(date_form.MONTH.groupindex) == ["name", "dot"]
    assert date_form.MONTH.groupindex["dot"] == date_form.MONTH.groups
    assert date_form.MONTH.match("Sept. 5").groups() == ("Sept", ".")


def test_a_clock_time_is_read_as_hour_minutes_space_meridiem_stop_word():
    assert list(time_form.TIME.groupindex) == ["hour", "min", "space", "ap", "dot", "word"]
    assert time_form.TIME.groupindex["word"] == time_form.TIME.groups
    found = {t.replacement for t in time_form.scan("It opens at 7:30 PM. and closes at 12 noon.")}
    assert "7:30 p.m." in found


def test_a_day_after_a_month_and_a_later_day_are_read_as_day_then_ordinal():
    for pattern in (date_form.DAY_AFTER, date_form.LATER_DAY):
        assert pattern.groupindex == {"day": date_form.DAY_G, "ord": date_form.ORD_G}
    assert date_form.LATER_DAY.match(" and 21st")[date_form.ORD_G] == "st"


def test_a_year_separator_and_a_weekday_before_a_month_are_read_by_number():
    assert date_form.YEAR.groupindex["sep"] == date_form.SEP_G
    assert date_form.BEFORE_MONTH.groupindex["wd"] == date_form.WD_G
    assert date_form.YEAR.match(", 2026")[date_form.SEP_G] == ", "
    before = date_form.BEFORE_MONTH.match("on Wed. ", 0, 8)
    assert before[date_form.WD_G] == "Wed"
