"""Press-release datelines as the distributors set them (nu15 report, item 4)."""
from __future__ import annotations

from lint.readers import read_bytes

BODY = " Acme Robotics Inc. today said it had closed its Dallas plant on Nov. 2.\n"


def dateline(name: str, text: str):
    doc = read_bytes(name, text.encode())
    part = doc.first("dateline")
    return (part.text if part else None), (str(doc.published) if doc.published else None)


def test_a_release_dateline_with_its_date_between_dashes_or_in_parentheses_gives_the_date():
    for line, when in (("DAYTON, Ohio – Feb. 3, 2026 –", "2026-02-03"), ("AUSTIN, Texas (Oct. 28, 2026) –", "2026-10-28"),
                       ("AUSTIN, Texas, Oct. 28, 2026 /PRNewswire/ --", "2026-10-28")):
        assert dateline("r.txt", f"Acme raises outlook\n\n{line}{BODY}") == (line, when)
        # the HTML and Markdown readers share the dateline code
        assert dateline("r.html", f"<h1>Acme raises outlook</h1><p>{line}{BODY}</p>") == (line, when)
        assert dateline("r.md", f"# Acme raises outlook\n\n{line}{BODY}") == (line, when)
    # a date between dashes with no year gives no date, but the dateline is read
    assert dateline("r.txt", f"Acme raises outlook\n\nDAYTON, Ohio – Feb. 3 –{BODY}") == ("DAYTON, Ohio – Feb. 3 –", None)


def test_a_business_wire_dateline_is_read_with_no_date():
    for line, rest in (("AUSTIN, Texas--(BUSINESS WIRE)--", BODY), ("AUSTIN, Texas--(BUSINESS WIRE)--", BODY.lstrip())):
        assert dateline("r.txt", f"Acme raises outlook\n\n{line}{rest}") == (line, None)


def test_business_wire_s_classic_dateline_gives_the_date_after_the_wire_s_name():
    # `BOSTON--(BUSINESS WIRE)--Nov. 5, 2025--Acme ...` (nu16 report, item 1): the date after the
    # distributor is the release's date, in text and HTML alike; the text may follow with no space
    line = "BOSTON--(BUSINESS WIRE)--Nov. 5, 2025--"
    for rest in (BODY, BODY.lstrip()):
        assert dateline("r.txt", f"Acme raises outlook\n\n{line}{rest}") == (line, "2025-11-05")
        assert dateline("r.html", f"<h1>Acme raises outlook</h1><p>{line}{rest}</p>") == (line, "2025-11-05")
    # with no year after it the dateline stops at the wire's name: no date is guessed
    assert dateline("r.txt", f"Acme raises outlook\n\nBOSTON--(BUSINESS WIRE)--Nov. 5--{BODY}") \
        == ("BOSTON--(BUSINESS WIRE)--", None)


def test_a_subhead_between_the_headline_and_the_dateline_keeps_the_date():
    text = ("Acme raises outlook\n\nRevenue up 18% year over year; company to hire 300 engineers\n\n"
            f"AUSTIN, Texas, Oct. 28, 2026 /PRNewswire/ --{BODY}")
    assert dateline("r.txt", text) == ("AUSTIN, Texas, Oct. 28, 2026 /PRNewswire/ --", "2026-10-28")
    # a lede before it (closed with a stop) is no subhead: the dateline is not the story's
    lede = text.replace("engineers\n", "engineers.\n")
    assert dateline("r.txt", lede) == (None, None)


def test_accesswire_and_spaced_business_wire_datelines_are_read_whole():
    for line, when in (("NEW YORK, NY / ACCESSWIRE / March 3, 2026 /", "2026-03-03"),
                       ("SAN FRANCISCO, March 3, 2026 -- (BUSINESS WIRE) --", "2026-03-03")):
        for name, text in (("r.txt", f"Acme raises outlook\n\n{line}{BODY}"),
                           ("r.html", f"<h1>Acme raises outlook</h1><p>{line}{BODY}</p>")):
            assert dateline(name, text) == (line, when)


def test_two_subheads_or_one_wrapped_over_two_lines_keep_the_date():
    line = "AUSTIN, Texas, Oct. 28, 2026 /PRNewswire/ --"
    for subheads in ("Revenue up 18%; company to hire 300\n\nThird-quarter orders at a record",
                     "Revenue up 18% year over year,\ncompany to hire 300 engineers"):
        assert dateline("r.txt", f"Acme raises outlook\n\n{subheads}\n\n{line}{BODY}") == (line, "2026-10-28")
    # with no headline over them, short lines are no subheads
    assert dateline("r.html", f"<p>Share this</p><p>Advertisement</p><p>{line}{BODY}</p>") == (None, None)


def test_a_newsfile_dateline_names_its_place_in_mixed_case():
    line = "Toronto, Ontario--(Newsfile Corp. - March 3, 2026) -"
    assert dateline("r.txt", f"Acme raises outlook\n\n{line}{BODY}") == (line, "2026-03-03")
    # mixed case with no distributor and dated year after `--(` is prose
    assert dateline("r.txt", f"Acme raises outlook\n\nThe Mayor--(who spoke - Feb. 3) -{BODY}") == (None, None)
