"""Short words whose full stop does not end a sentence ("Sen.", "St. Louis",
"Aug. 9", a capital initial as in "John F. Kennedy"), as one regex
alternation for look-behinds. Shared by the sentence splitter
(`tense.SENTENCE_END`) and the plain-text reader's subhead test
(`readers._conventions`), so both read "St. Louis Fed names ..." as one
sentence; the months' and weekdays' short forms alone
(`MONTH_ABBREVIATIONS`, `WEEKDAY_ABBREVIATIONS`) serve the headline rules
(a "Sept." or "Tues." in title-case, a "Sat." closing a headline)."""
from __future__ import annotations

MONTH_ABBREVIATIONS = r"Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec"
WEEKDAY_ABBREVIATIONS = r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun"
STOP_ABBREVIATIONS = (
    r"\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Prof|Inc|Corp|Co|Ltd|No|vs"
    rf"|{MONTH_ABBREVIATIONS}|{WEEKDAY_ABBREVIATIONS}")
