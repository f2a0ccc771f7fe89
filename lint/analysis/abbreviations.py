"""Short words whose full stop does not end a sentence ("Sen.", "St. Louis",
"Aug. 9"), kept as tuples of words (`STOP_ABBREVIATION_WORDS`, and the
months' and weekdays' short forms alone, `MONTH_ABBREVIATION_WORDS` and
`WEEKDAY_ABBREVIATION_WORDS`) and built once into regex alternations for
look-behinds, so no module parses a pattern back into words.

`STOP_ABBREVIATIONS` adds a capital initial (`\\p{Lu}`, as in "John F.
Kennedy") and is shared by the sentence splitter (`tense.SENTENCE_END`) and
the plain-text reader's subhead test (`readers._conventions`), so both read
"St. Louis Fed names ..." as one sentence; the words serve the headline
rules (a "Sept." or "Tues." in title-case, a "Sat." closing a headline).
Case matters: each is written as AP writes it ("vs" in lower case).
"""
from __future__ import annotations

MONTH_ABBREVIATION_WORDS = ("Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
WEEKDAY_ABBREVIATION_WORDS = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
# The titles and courtesy titles among them, which stand before a name ("Sgt.
# 1st Class Jane Doe", "St. Louis"): a photo credit runs on past their stop
# (`credit_grammar`, with names.yaml's `abbreviations`).
# "Ste." is AP's feminine Saint in a place's name ("Sault Ste. Marie", AP
# Stylebook "Saint"), never a street.
TITLE_ABBREVIATION_WORDS = ("Mr", "Mrs", "Ms", "Dr", "St", "Ste", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt",
                            "Rev", "Sgt", "Prof")
# A name's suffix ("John Smith Jr.") or a firm's ("Acme Inc."): AP lets their
# stop end a sentence too (`readers._html_breaks`'s paragraph test).
SENTENCE_FINAL_ABBREVIATION_WORDS = ("Jr", "Sr", "Inc", "Corp", "Co", "Ltd")
STOP_ABBREVIATION_WORDS = (
    *TITLE_ABBREVIATION_WORDS, *SENTENCE_FINAL_ABBREVIATION_WORDS, "No", "vs",
    *MONTH_ABBREVIATION_WORDS, *WEEKDAY_ABBREVIATION_WORDS)

WEEKDAY_ABBREVIATIONS = "|".join(WEEKDAY_ABBREVIATION_WORDS)
STOP_ABBREVIATIONS = "|".join((r"\p{Lu}", *STOP_ABBREVIATION_WORDS))
