"""The plain-text reader's paragraphs: blank lines, and first-line indents as
typed and wire copy marks them."""
from __future__ import annotations

from lint import lint_text
from lint.config import Config
from lint.readers import read_bytes


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(line, text) of each paragraph part, in order."""
    doc = read_bytes("story.txt", text.encode("utf-8"))
    return [(doc.lines.position(p.source_offset(0))[0], p.text) for p in doc.parts
            if p.kind == "paragraph"]


WIRE = ("Ferry fares rise\n\n"
        "The ferry company raised fares on Monday, its chief\n"
        "executive said.\n"
        "    \"We had no choice,\" she said. \"Fuel costs\n"
        "doubled this year.\n"
        "    \"We will review the fares in the spring.\"\n"
        "\tThe union said it would ask for talks.\n")


def test_a_first_line_indent_after_a_sentence_starts_a_paragraph():
    assert paragraphs(WIRE) == [
        (3, "The ferry company raised fares on Monday, its chief\nexecutive said."),
        (5, "\"We had no choice,\" she said. \"Fuel costs\ndoubled this year."),
        (7, "\"We will review the fares in the spring.\""),
        (8, "The union said it would ask for talks."),
    ]


def test_an_indent_inside_a_sentence_or_a_uniformly_indented_block_is_no_break():
    table = "Results\n\nShr 12 cts vs 10 cts\n    Net 1,000 vs 900\n    Revs 5,000 vs 4,000\n"
    assert [line for line, _ in paragraphs(table)] == [3]
    block = "Poem\n\n    The tide came in.\n    The boats went out.\n"
    assert paragraphs(block) == [(3, "The tide came in.\n    The boats went out.")]


def test_a_quote_runs_on_across_indented_paragraphs():
    quotes = Config(select=("quotes.unbalanced",))
    assert [d.rule for d in lint_text(WIRE, "story.txt", config=quotes)] == []
    flat = WIRE.replace("\n    \"We will", " \"We will")       # the break lost: one paragraph
    found = lint_text(flat, "story.txt", config=quotes)
    # one finding, at the mark the lost break stood before (fx87)
    assert [(d.rule, d.line, d.column) for d in found] == [("quotes.unbalanced", 6, 20)]
    assert "a paragraph break is probably missing before it" in found[0].message


def parts(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each part, in order."""
    return [(p.kind, p.text) for p in read_bytes("story.txt", text.encode("utf-8")).parts]


LEDE = ("A small meteorite crashed into a wooded area in Nicaragua's capital of Managua "
        "overnight, the government said Sunday, leaving a crater 12 metres wide.")


def test_a_first_line_is_the_headline_only_when_it_looks_like_one():
    # BBC's files open with the title; FNC-1's scraped bodies with the lede (was read as the hed)
    assert parts("Ad sales boost Time Warner profit\n\nQuarterly profits rose.\n")[0] == (
        "headline", "Ad sales boost Time Warner profit")
    assert parts(f"{LEDE}\n\nThe crater was found on Sunday.\n")[0] == ("paragraph", LEDE)
    wire = "LONDON, March 3 (Reuters) - Britain's economy grew 0.5 percent in the fourth quarter.\n"
    assert "headline" not in [k for k, _ in parts(wire + "\nMore text.\n")]
    # a hard-wrapped paragraph's first line runs on into the next: no hed
    wrapped = "The ferry company raised fares on Monday, its chief\nexecutive said.\n"
    assert [k for k, _ in parts(wrapped)] == ["paragraph"]
    # nor when its second line is the longer: a dek opens with a capital, not `at ...`
    for lede in ("PARIS -- French workers walked off the job on Monday in protest\n",
                 "French workers walked off the job on Monday in protest\n"):
        two = lede + "at pension changes that the government pushed through parliament, unions said.\n"
        assert "headline" not in [k for k, _ in parts(two + "\nMore.\n")]


def test_a_headline_over_a_dek_or_a_byline_and_a_titled_or_punctuated_one_are_kept():
    assert parts("Super PAC haul surges past $1B;\nSmall group of rich donors pushes tally "
                 "beyond total for 2012.\n\nBody.\n")[0] == ("headline", "Super PAC haul surges past $1B;")
    assert parts("Vote passes\nBy Jane Doe\n\nBody.\n")[:2] == [("headline", "Vote passes"),
                                                                ("byline", "By Jane Doe")]
    titled = ("Drivers Are So Shocked By These 3 Words On Highway Warning Sign They Turn "
              "Around Just To Record It.")
    assert parts(titled + "\n\nBody.\n")[0] == ("headline", titled)
    assert parts("The real Trump showed up at debate. GOP must live with it.\n\nBody.\n")[0][0] == "headline"


def test_a_wire_slug_line_is_a_field_and_the_headline_follows_it():
    doc = read_bytes("story.txt", b"BC-Britain-Economy,0412\nBritain's economy grows\n\nBody.\n")
    assert [(p.kind, p.name, p.text) for p in doc.parts][:2] == [
        ("field", "slug", "BC-Britain-Economy,0412"), ("headline", "", "Britain's economy grows")]


def test_a_kicker_before_a_dash_is_no_wire_dateline():
    hed = "EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines."
    assert parts(hed + "\n\nThere is serious concern, Stone said.\n")[0] == ("headline", hed)


def test_a_headline_that_opens_like_a_slug_is_the_headline():
    # `US-China, EU ...` was read as a slug field, and the lede under it as the hed
    hed = "US-China, EU sign climate pact"
    assert parts(hed + "\n\nThe three signed a pact on Tuesday, officials said.\n")[0] == ("headline", hed)
    assert parts("UK-EU\n\nBody.\n")[0] == ("headline", "UK-EU")
    assert parts("BC-US--Election-Results,1st Ld-Writethru,0567\nVote count goes on\n\nBody.\n")[:2] == [
        ("field", "BC-US--Election-Results,1st Ld-Writethru,0567"), ("headline", "Vote count goes on")]


def test_a_lede_under_a_bare_dateline_is_no_headline():
    # FNC-1: a place and a dash, then a sentence (was read as the hed; its dateline lost)
    lede = "LAS VEGAS -- The person behind the $300,000 dinner at the steakhouse has been revealed."
    doc = read_bytes("story.txt", f"{lede}\n\nMore text.\n".encode())
    assert [(p.kind, p.text) for p in doc.parts if p.kind != "paragraph"] == [("dateline", "LAS VEGAS --")]
    # a kicker, a Title Case or all-caps rest, or no closing stop: a headline's
    for hed in ("ANALYSIS - Why the Fed will wait.", "U.S. SUGAR IMPORTS DOWN IN WEEK - USDA",
                "WASHINGTON — Senate passes the bill", "EXCLUSIVE - Inside the Bank's Rate Meeting."):
        assert parts(hed + "\n\nBody.\n")[0] == ("headline", hed)


def test_a_headline_over_a_wrapped_paragraph_with_no_blank_line_is_kept():
    # a hed typed straight over a hard-wrapped body (was read as the body's first words)
    text = ("Council approves budget\nThe council approved the budget on Tuesday after a long\n"
            "debate that ran late into the night, officials said.\n")
    assert [k for k, _ in parts(text)] == ["headline", "paragraph"]
    assert [k for k, _ in parts("From Staff Reports\n" + text.split("\n", 1)[1])] == ["paragraph"]


def test_a_byline_or_a_date_in_figures_opening_the_text_is_no_headline():
    # qa26: `By Jane Doe` and `3/4/2025` were read as the hed
    assert parts("By Jane Doe\n\nThe council approved the budget on Tuesday.\n")[0] == ("byline", "By Jane Doe")
    assert parts("BY JANE DOE AND JOHN ROE\n\nThe council met.\n")[0][0] == "byline"
    pti = "By: Press Trust of India | New Delhi | Posted: January 8, 2015 2:10 pm"
    assert parts(pti + "\nA senior official was dismissed on Thursday.\n")[0] == ("byline", pti)
    assert parts("3/4/2025\n\nThe council approved the budget on Tuesday.\n")[0] == ("dateline", "3/4/2025")
    doc = read_bytes("story.txt", b"3/4/2025\n\nCouncil approves budget\n\nThe council met.\n")
    assert doc.published is None and doc.first("headline").text == "Council approves budget"
    # a Title Case hed that opens with `By` and a capitalised small word is a hed
    for hed in ("By Land And Sea", "BY THE NUMBERS", "By The Book"):
        assert parts(hed + "\n\nThe council met on Tuesday.\n")[0] == ("headline", hed)
    assert parts("By The Associated Press\n\nThe council met.\n")[0][0] == "byline"


def test_lower_case_and_double_dash_wire_slugs_are_fields():
    for slug in ("bc-britain-economy,0412", "BC--Obit-Smith,0412"):
        doc = read_bytes("story.txt", f"{slug}\nBritain's economy grows\n\nBody.\n".encode())
        assert [(p.kind, p.name, p.text) for p in doc.parts][:2] == [
            ("field", "slug", slug), ("headline", "", "Britain's economy grows")]


def test_a_writers_line_under_the_byline_is_the_bylines():
    # `Associated Press Writer` was read as the lede
    for role in ("Associated Press Writer", "AP Business Writer", "Reuters staff", "Special to The Times"):
        got = parts(f"Council approves budget\n\nBy Jane Doe\n{role}\n\nThe council met on Tuesday.\n")
        assert got == [("headline", "Council approves budget"), ("byline", f"By Jane Doe\n{role}"),
                       ("paragraph", "The council met on Tuesday.")]


def test_a_hard_wrapped_lede_under_the_byline_stays_the_lede():
    # its first line opens like `For The Associated Press` but runs on past a name
    got = parts("Storm hits coast\n\nBy Jane Doe\nFor Maria Lopez, the day began before dawn, when the\n"
                "water reached her door.\n")
    assert got[1] == ("byline", "By Jane Doe")
    assert got[2][0] == "paragraph" and got[2][1].startswith("For Maria Lopez, the day began")


def test_a_release_notice_is_a_field_and_the_headline_follows_it():
    for notice in ("FOR IMMEDIATE RELEASE", "For Immediate Release:", "EMBARGOED UNTIL 00:01 GMT JUNE 5"):
        doc = read_bytes("story.txt", f"{notice}\n\nAcme launches widget\n\nAcme said on Tuesday.\n".encode())
        assert [(p.kind, p.name, p.text) for p in doc.parts][:2] == [
            ("field", "release", notice), ("headline", "", "Acme launches widget")]


def test_a_published_line_gives_the_publication_date():
    for line in ("Published June 5, 2026", "Posted on: 5 June 2026", "Published June 5, 2026 at 3:40 p.m. ET"):
        doc = read_bytes("story.txt", f"Council approves budget\n\n{line}\n\nThe council met.\n".encode())
        assert str(doc.published) == "2026-06-05", line
        assert doc.published_part.kind == "field" and doc.published_part.text == line
    # no year, or a later line of the body: no date, and the line stays prose
    doc = read_bytes("story.txt", b"Council approves budget\n\nPublished June 5\n\nThe council met.\n")
    assert doc.published is None
    doc = read_bytes("story.txt", b"Budget\n\nThe council met.\n\nPublished June 5, 2026\n")
    assert doc.published is None and parts("Budget\n\nThe council met.\n\nPublished June 5, 2026\n")[-1][0] == "paragraph"


def test_a_headline_that_opens_with_a_word_of_an_embargo_is_the_headline():
    # qa29: any line opening `Embargo`/`Embargoed` was a release field, and the lede became the hed
    for hed in ("Embargo lifted on Iran oil sales", "Embargoed countries face new sanctions",
                "Embargo may be lifted soon", "Press release: Acme launches widget"):
        got = parts(f"{hed}\n\nWashington lifted the embargo on Tuesday.\n")
        assert got == [("headline", hed), ("paragraph", "Washington lifted the embargo on Tuesday.")], hed


def test_a_release_notice_naming_its_day_is_a_field():
    # qa29: `For release: June 5, 2026` was read as the hed, the hed under it as the lede
    for notice in ("For release: June 5, 2026", "FOR IMMEDIATE RELEASE - June 5, 2026", "EMBARGOED FOR 00:01 HRS",
                   "Not for publication before 00:01 BST, Thursday 5 June 2026", "Embargoed until further notice"):
        doc = read_bytes("story.txt", f"{notice}\n\nAcme launches widget\n\nAcme said on Tuesday.\n".encode())
        assert [(p.kind, p.name, p.text) for p in doc.parts][:2] == [
            ("field", "release", notice), ("headline", "", "Acme launches widget")], notice


def test_a_headline_that_opens_with_by_and_ordinary_words_is_the_headline():
    # qa29: `By Design`, `By Land, Sea and Air: ...` were bylines opening the text
    for hed in ("By Design", "By Popular Demand", "By Land and Sea", "By George, He Did It",
                "By Land, Sea and Air: Navy Shows Off Fleet", "By Tuesday, the Floodwaters Had Reached Main Street",
                "By Obama's Count, Jobs Grew"):
        assert parts(hed + "\n\nThe council met on Tuesday.\n")[0] == ("headline", hed), hed
    for byline in ("By Mark Wood", "By Staff", "By AP, Reuters", "By June Carter"):
        assert parts(byline + "\n\nThe council met on Tuesday.\n")[0] == ("byline", byline), byline


def test_a_lede_that_opens_with_by_and_a_day_is_no_byline():
    # qa29: `By Tuesday, the floodwaters ...` under the hed was read as the byline
    lede = "By Tuesday, the floodwaters had reached Main Street."
    assert parts(f"Floods reach Main Street\n\n{lede}\n")[1] == ("paragraph", lede)
    assert parts(f"Floods reach Main Street\n\nBy June Carter\n\n{lede}\n")[1] == ("byline", "By June Carter")


def test_a_releases_contact_block_is_a_field_and_the_headline_follows_it():
    # qa29: the contact block under `FOR IMMEDIATE RELEASE` was the first paragraph, and the hed prose
    contact = "Media Contact:\nJane Doe\n555-555-0123\njane@acme.example"
    for top in (f"FOR IMMEDIATE RELEASE\n\n{contact}", f"FOR IMMEDIATE RELEASE\n{contact}"):
        doc = read_bytes("story.txt", f"{top}\n\nAcme launches widget\n\nAcme said on Tuesday.\n".encode())
        assert [(p.kind, p.name, p.text) for p in doc.parts][1:3] == [
            ("contact", "", contact), ("headline", "", "Acme launches widget")]
    # with no release notice above it, a `Contact:` line is left to the hed and the body
    assert parts("Contact: the new rules of dating\n\nDating has changed.\n")[0][0] == "headline"


def test_a_published_line_with_its_time_first_or_an_update_after_gives_the_date():
    # qa29: sites print the time first, 'PM' in capitals or an update on the line; each stayed prose
    for line in ("Published 5:32 PM EDT Jun 5, 2026", "Published Friday, June 5, 2026 4:30PM ET",
                 "Published June 5, 2026 | Updated June 6, 2026", "Published: 10:02 AM, June 5, 2026"):
        doc = read_bytes("story.txt", f"Council approves budget\n\n{line}\n\nThe council met.\n".encode())
        assert str(doc.published) == "2026-06-05" and doc.published_part.text == line, line


def test_an_agencys_name_under_the_byline_is_the_bylines():
    # qa29: `The Associated Press` under the byline was the lede, and the wire dateline under it no dateline
    got = parts("BY JANE DOE and JOHN ROE\nThe Associated Press\n\nNEW YORK -- Stocks fell sharply on Tuesday.\n")
    assert got[:3] == [("byline", "BY JANE DOE and JOHN ROE\nThe Associated Press"),
                       ("paragraph", "NEW YORK -- Stocks fell sharply on Tuesday."), ("dateline", "NEW YORK --")]


def test_an_editors_note_under_the_wire_headline_is_a_field():
    # qa29: AP's `Eds:` line glued the hed, the note, the byline and its role line into one paragraph
    text = ("BC-US-Storm-Coast,0512\nStorm batters Gulf Coast\nEds: UPDATES with governor's comments.\n"
            "By JANE DOE\nAssociated Press Writer\n\nNEW ORLEANS (AP) -- A storm hit the coast on Tuesday.\n")
    doc = read_bytes("story.txt", text.encode())
    assert [(p.kind, p.name, p.text) for p in doc.parts][:4] == [
        ("field", "slug", "BC-US-Storm-Coast,0512"), ("headline", "", "Storm batters Gulf Coast"),
        ("field", "eds", "Eds: UPDATES with governor's comments."),
        ("byline", "", "By JANE DOE\nAssociated Press Writer")]


def test_a_press_release_dateline_with_its_year_gives_the_publication_date():
    # PR Newswire, Business Wire and GlobeNewswire set the distributor between slashes
    for line in ("MILLBROOK, Ohio, Nov. 18, 2025 /PRNewswire/ --", "MILLBROOK, Ohio, Nov. 18, 2025 --",
                 "MILLBROOK, Ohio, Nov. 18, 2025 /Business Wire/ --", "NEW YORK, Nov. 18, 2025 /GLOBE NEWSWIRE/ --",
                 "LONDON, Nov. 18, 2025 (Reuters) -"):
        doc = read_bytes("story.txt", f"Plant to close\n\n{line} The plant closes Friday.\n".encode())
        assert (doc.first("dateline").text, str(doc.published)) == (line, "2025-11-18"), line
    # without a year the dateline gives none: the year would be a guess
    assert read_bytes("story.txt", b"LONDON, Nov. 18 (Reuters) - The plant closes Friday.\n").published is None
    # a date line above the story still wins
    doc = read_bytes("story.txt", b"Nov. 17, 2025\n\nMILLBROOK, Ohio, Nov. 18, 2025 -- The plant closes.\n")
    assert str(doc.published) == "2025-11-17"
