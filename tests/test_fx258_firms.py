"""fx258: names.first-reference's firm notion (lint/analysis/name_firms.py), narrowed
after qa159: legal forms ISO 20275 lists that fx253 lacked, a legal form before "of"
still closing a name while a closing word does not, and a firm's short form excusing
only the uses after the firm is named. Synthetic input only."""
from __future__ import annotations

import pytest

from titles_helpers import first_references


@pytest.mark.parametrize("body", [
    # ISO 20275 forms: Pty (Australia), SAS (France), SE (Societas Europaea)
    "Okonkwo Pty said profits rose. Okonkwo said costs fell. Chairman Ade Okonkwo spoke.",
    "Brandvold SAS said profits rose. Brandvold said costs fell. Chairman Ole Brandvold spoke.",
    "Halvorsen SE said profits rose. Halvorsen said costs fell. Chairman Bjorn Halvorsen spoke.",
    # a legal form before "of" and a place still closes a firm's name
    "Tesfaye AB of Umea was sold. Tesfaye said costs fell. Chairman Abel Tesfaye spoke.",
    # "its" with a firm's unit noun closing the phrase
    "Calloway Inc will sell its Marchetti brand. Marchetti said so. Founder Anna Marchetti spoke.",
])
def test_a_firm_is_still_read(body):
    assert first_references(body) == []


@pytest.mark.parametrize("body, expected", [
    # a closing word before "of" is no firm's ("Bank of England", "Group of 20")
    # (with "in Lagos" it is one, and "Okafor said no" is the bank's)
    ("The talks went on at Okafor Bank of Lagos. Okafor said no. Later, Ana Okafor spoke.",
     [(5, 44, "Okafor")]),
    # the short form counts only after the firm is named: the first use stays flagged
    ("Stavrou said no. Stavrou Holdings Ltd agreed. Stavrou said so. Nikos Stavrou spoke.",
     [(5, 1, "Stavrou")]),
    # "Sr." closes a sentence, it is no initial ("Wm." is one, in the fx253 tests), so
    # "Ruiz" before it is no firm's word
    ("The prize went to Ruiz Sr. Acme Holdings paid. Ruiz said no. Later, Ana Ruiz spoke.",
     [(5, 19, "Ruiz")]),
])
def test_a_person_stays_a_person(body, expected):
    assert first_references(body) == expected
