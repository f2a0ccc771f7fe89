"""A date line in another language than English, as a CMS prints it over a
story ("3 de marzo de 2026", "03.03.2026, 10:42 Uhr", "2026年3月3日
10:42"): page furniture above the story's heading, as `_html_stamps.is_timestamp`
reads an English one (qa81 #7).

A small pattern set, not a date parser: the line's words are all figures,
month or weekday names, a stamp's words or the glue between them, in
Spanish, Portuguese, French, German, Italian, Dutch, Chinese or Japanese
(the month and weekday names are CLDR's wide forms and the common short
ones); and it holds a date's or a time's shape (`_SHAPE`): a month's name,
年 or 月, figures split by dots, slashes or dashes, or a clock's time. A
sentence's word ends it, so "3 de marzo fue el día" is no date line.
"""
from __future__ import annotations

from .. import rx as regex

_MONTHS = """
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    ene feb mar abr may jun jul ago sep sept oct nov dic
    janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
    fev mai set out dez
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    janv févr avr juil sept déc
    januar jänner februar märz april mai juni juli august september oktober november dezember
    jan mär okt dez
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    gen mag giu lug ott
    januari februari maart april mei juni juli augustus september oktober november december mrt
    """
_WEEKDAYS = """
    lunes martes miércoles jueves viernes sábado domingo
    segunda terça quarta quinta sexta feira
    lundi mardi mercredi jeudi vendredi samedi dimanche
    montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    """
# A stamp's words and the glue of a date ("de", "Uhr", "às", "Actualizado"),
# and the CJK date's and stamp's characters, one at a time (年 月 日 時 分,
# 更新, 発表, 配信, a weekday's 火 or 星期二)
_GLUE = """
    de del a à às las le la am um uhr h hs hrs horas heure heures ore om uur het
    publicado publicada actualizado actualizada atualizado atualizada publié publiée mis jour
    aktualisiert veröffentlicht stand pubblicato aggiornato gepubliceerd bijgewerkt
    年 月 日 時 时 分 更 新 発 表 发 布 發 公 開 配 信 曜 星 期 周 週
    一 二 三 四 五 六 七 天 火 水 木 金 土 午 前 後 上 下
    """
_WORDS = frozenset((_MONTHS + _WEEKDAYS + _GLUE).split())
_MONTH_WORDS = frozenset(_MONTHS.split())
_TOKEN = regex.compile(r"\d+|\p{Han}|\p{L}+")
# A date's or a time's figures: "03.03.2026", "3/3/26", "10:42", "10h42"
_SHAPE = regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[:h]\d{2}\b|\d\s*[年月]")
DATE_TOKENS = 24     # tokens: a date line is no longer


def intl_date_line(text: str) -> bool:
    """True when `text` is only a date and/or a time in one of the
    languages above (see the module): every token a figure or a word of
    theirs, with a figure, and a month's name or a date's or a time's
    shape. `text`: one line's text; no error for any text."""
    tokens = _TOKEN.findall(text.casefold())
    if not tokens or len(tokens) > DATE_TOKENS or not any(t.isdigit() for t in tokens):
        return False
    if not all(t.isdigit() or t in _WORDS for t in tokens):
        return False
    return bool(_MONTH_WORDS.intersection(tokens)) or _SHAPE.search(text) is not None
