"""qa148: the names pack (age-changed, first-reference, given-name-variant,
spelling-variant, title-changed) on copy a real desk writes: wire and feature
stories in text, Markdown with front matter and one HTML page.

Each test asserts the right behaviour and was a strict xfail until its
fault was fixed: fx238 fixed the soft wraps and no-break spaces (#1), double
surnames alone (#2), another's birthday (#3), 'and Co' and title-case
datelines (#11, #22), nicknames (#15) and ages after Jr./Sr. (#16) and
removed their marks; every test still marked is a strict xfail. The
comment above each gives its severity and whether main has it
(main and lead42 were one commit, 94908ca2, when this was written).
Synthetic input only."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where

HED = "Council vote set\n\nPublished May 1, 2024\n\n"


def _found(body: str, rule: str, suffix: str = ".txt") -> list[str]:
    """The flagged spans of one names rule over a story (text under a hed and a date
    line, or the whole Markdown/HTML source when `suffix` says so)."""
    src = HED + body + "\n" if suffix == ".txt" else body
    return [text for _, _, text in where(run(read(src, suffix), rule))]


# The rank promotions are read as main reads them (ddcacca2): fx339's sentence reader and fx348's
# clause withdrawals were taken back after qa211 and qa217 found they lost main's excuse on
# ordinary copy. Each wanted case that main's reading fails is a strict xfail of its own.
_TAKEN_BACK = "main's reading: taken back (fx339/fx348 → qa211/qa217)"


def _open(*values, source: str):
    """One parametrize case (the `values`) that main's promotion reading fails: a strict xfail
    whose reason is `source` (the QA report, its item and what is wanted) and the taking back."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=f"{source}; {_TAKEN_BACK}"))


# --- #1 (HIGH; main too) a soft line wrap or a no-break space inside a title or a name -------
# name_titles._gap_ok takes one space (or an abbreviation's ". ") between a title's words and
# before the name, and name_runs joins a name's words over one plain space only, so a title or
# a name that straddles a hard-wrapped line (every Reuters story; many Markdown files) or a
# no-break space (CMSs put &nbsp; after "Sen." or "Mayor") is no title and no full name: the
# title change, the age change and the surname alone before the full name are all lost.
@pytest.mark.parametrize("body, suffix, rule, expected", [
    ("---\ntitle: Vote set\ndate: 2024-05-01\n---\n\nThe council met on Tuesday, and Deputy Mayor\n"
     "Irena Kowalczyk opened the meeting. Later, Mayor Kowalczyk closed it.\n",
     ".md", "names.title-changed", ["Mayor"]),
    ("<html><body><h1>Vote set</h1><p>Sen.&nbsp;Carl Tuominen said the dock was intact. "
     "Rep. Tuominen said it would open Tuesday.</p></body></html>",
     ".html", "names.title-changed", ["Rep"]),
    ("Mayor Thomas\nHendricks, 54, said the council would vote. Hendricks, 45, has been mayor since 2019.",
     ".txt", "names.age-changed", ["45"]),
    ("Kowalczyk opened the meeting, and the deputy mayor, Irena\nKowalczyk, said the vote would wait.",
     ".txt", "names.first-reference", ["Kowalczyk"]),
])
def test_a_wrapped_or_no_break_title_or_name_is_still_read(body, suffix, rule, expected):
    assert _found(body, rule, suffix) == expected


# --- #2 (HIGH; main too) a two-word surname alone reads as another person's full name -------
# "López Obrador said" after "Andrés Manuel López Obrador" is read as a full name with the given
# name "López" (names.given_names: {'andrés', 'lópez'}), so the one person is two people of
# surname "Obrador" and title-changed, age-changed and first-reference all skip the surname
# (the same with "Sánchez Vicario", "García Márquez"). A single surname in the same stories is
# flagged each time.
@pytest.mark.parametrize("body, rule, expected", [
    ("Mayor Ana Sánchez Vicario spoke on Monday. Sánchez Vicario said yes. Later, Gov. Sánchez Vicario left.",
     "names.title-changed", ["Gov"]),
    ("Andrés Manuel López Obrador, 64, spoke on Monday. López Obrador, 46, said the vote was clean.",
     "names.age-changed", ["46"]),
    ("López Obrador said the vote was clean. Later, President Andrés Manuel López Obrador left.",
     "names.first-reference", ["López Obrador"]),
])
def test_a_double_surname_used_alone_is_the_same_person(body, rule, expected):
    assert _found(body, rule) == expected


# --- #3 (HIGH; main too) any "turned" or "birthday" excuses a one-year age slip --------------
# name_age_changed's birthday pattern (then `_BIRTHDAY`) was any "turn", "turned", "turning" or
# "birthday" anywhere in the story, so "the council turned down the plan", "a turning point" or
# "the city's 200th birthday" made "Hendricks, 54," then "Hendricks, 55," no slip. The
# description promises the excuse only for a story that tells of a birthday or of someone
# turning an age.
# fixed (c6a109f5): `_birthdays` reads only a birthday someone owns or an age someone turns.
@pytest.mark.parametrize("clause", ["the council turned down the plan", "the vote was a turning point",
                                    "the city's 200th birthday fair drew 5,000 people"])
def test_an_unrelated_turn_or_birthday_excuses_no_age_slip(clause):
    body = f"Mayor Thomas Hendricks, 54, said {clause}. Hendricks, 55, has been mayor since 2019."
    assert _found(body, "names.age-changed") == ["55"]


# --- #4 (MED; main too) "Smith, whose wife, Mary, ..." is no second Smith --------------------
# name_relations._relations' `after` pattern takes "whose" as a relation's owner after the name,
# so the clause "Smith, whose wife, Mary, died in 2010," (the wife is somebody else; Smith is
# the man already named) reads as "Smith" being the wife: first-reference says 'Smith' (whose
# wife) is a second person named Smith. "whose" owns only before a name ("Ann Lee, whose
# brother, Smith,").
@pytest.mark.xfail(strict=True, reason="'Smith, whose wife, Mary, died' is read as Smith in apposition with "
                                       "'whose wife': a false second person named Smith")
def test_whose_after_the_name_is_no_apposition():
    body = ("Baker Tom Smith, 45, said the rent rose again this year. Smith, whose wife, Mary, died in 2010, "
            "said the shop keeps him busy.")
    assert _found(body, "names.first-reference") == []


# --- #5 (MED; main too) a relative in apposition has a title of their own --------------------
# title-changed compares every titled use of the surname with the first one; first-reference
# (and age-changed) read "Her father, Mayor Ortiz," as another person (name_relations), but
# title-changed does not, so the governor's father, the mayor, is her title changing.
@pytest.mark.xfail(strict=True, reason="title-changed compares a relative in apposition ('Her father, Mayor "
                                       "Ortiz,') with the person named in full")
@pytest.mark.parametrize("body", [
    "Gov. Jane Ortiz signed the bill on Monday. Her father, Mayor Ortiz, watched from the front row.",
    "Sen. Ron Tate said the bill was fair. Tate's son, Rep. Tate, said he agreed.",
])
def test_a_relatives_title_is_no_change(body):
    assert _found(body, "names.title-changed") == []


# --- #6 (MED; main too) a promotion the story tells still flags a dropped rank word -----------
# NameTitleChanged.check flags a dropped or added modifier (Deputy, Assistant, Interim) without
# asking `_moved`, so "Deputy Police Chief Ray Soto, who was promoted to chief last week" and
# "Interim Superintendent Carla Nunes, who became superintendent on Tuesday" are flagged, while
# the rank change "Sgt. ..., who was promoted to lieutenant" is quiet (the rule's own example).
# fixed (fx306): name_title_changed._promoted reads the move to the later title
@pytest.mark.parametrize("body", [
    "Deputy Police Chief Ray Soto, who was promoted to chief last week, spoke. Police Chief Soto said no.",
    "Interim Superintendent Carla Nunes, who became superintendent on Tuesday, spoke. "
    "Superintendent Nunes said schools would open.",
    # qa186 #1-#3's neighbours (fx314): the person's own affirmative clause, its job the later title
    "Deputy Police Chief Ray Soto, who had been promoted to chief in May, spoke. Chief Soto said no.",
    "Deputy Mayor Irena Kowalczyk, who was named mayor on Monday, spoke. Mayor Kowalczyk said no.",
    "Acting Superintendent Carla Nunes, who was appointed superintendent, spoke. Superintendent Nunes said no.",
])
def test_a_promotion_the_story_tells_is_no_title_slip(body):
    assert _found(body, "names.title-changed") == []


@pytest.mark.parametrize("body, expected", [
    # the job told with a rank word the later title drops: still a slip
    ("Deputy Mayor Irena Kowalczyk, who became deputy mayor in 2020, spoke. Mayor Kowalczyk said no.", "Mayor"),
    # promoted to the job, then called by the old rank again
    ("Police Chief Ray Soto, who was promoted to chief last week, spoke. Deputy Police Chief Soto said no.",
     "Deputy Police Chief"),
    # another's job after "became": "the mayor's" is no job of hers
    ("Deputy Mayor Irena Kowalczyk, who became the mayor's aide in 2020, spoke. Mayor Kowalczyk said no.", "Mayor"),
])
def test_a_promotion_not_to_the_later_title_is_still_a_slip(body, expected):
    assert _found(body, "names.title-changed") == [expected]


# --- #7 (MED; main too) "running for the Senate" is seeking the job --------------------------
# name_title_changed._told_moved looks for the job's own word after "for" ("running for
# governor", "for senator"), but US copy runs for the Senate, the House or Congress: "Rep. Ann
# Lee, who is running for Senate" then "Sen. Lee, her ads say," is flagged.
@pytest.mark.xfail(strict=True, reason="'running for (the) Senate' is not read as seeking a senator's job")
@pytest.mark.parametrize("race", ["Senate", "the Senate"])
def test_running_for_the_senate_is_seeking_the_job(race):
    body = f"Rep. Ann Lee, who is running for {race}, spoke. Sen. Lee, her ads say, would cut taxes."
    assert _found(body, "names.title-changed") == []


# --- #8 (MED; main too) a chief executive then a chief financial officer ---------------------
# names.yaml has ceo, cfo, executive and officer as titles but no exclusive group for a
# company's officers, so "Acme CEO Dana Whitfield ... CFO Whitfield" and "Chief Executive Tom
# Reyes ... Chief Financial Officer Reyes" (two jobs nobody holds at once) pass unflagged.
@pytest.mark.xfail(strict=True, reason="a company's chief executive then its chief financial officer is no "
                                       "title change to title-changed")
@pytest.mark.parametrize("body, expected", [
    ("Acme CEO Dana Whitfield said the firm would bid. Later, CFO Whitfield declined to say how much.", "CFO"),
    ("Acme Chief Executive Tom Reyes said sales rose. Later, Chief Financial Officer Reyes said costs fell.",
     "Chief Financial Officer"),
])
def test_a_chief_executive_then_a_chief_financial_officer_is_flagged(body, expected):
    assert _found(body, "names.title-changed") == [expected]


# --- #9 (MED; main too) a caption's full name over the story is no first reference ----------
# first-reference reads people in source order over paragraphs and captions, so lead art's
# caption with the full name above the body hides the body's surname alone before its full
# name. The rule says the full name must first appear in the body; the story must stand alone
# without its art (a caption under the first reference changes nothing).
@pytest.mark.xfail(strict=True, reason="a caption with the full name above the story counts as the body's "
                                       "first reference")
def test_a_caption_over_the_story_is_no_first_reference():
    src = ("---\ntitle: \"Harbor board picks new chair\"\ndate: 2024-05-01\n---\n\n"
           "![Dock](dock.jpg)\n*Marguerite Okonkwo at the dock on Tuesday. Photo: Ann Lee/Reuters*\n\n"
           "Okonkwo said the dredging plan was sound.\n\n"
           "The harbor board on Tuesday named Marguerite Okonkwo as its chair.\n")
    assert _found(src, "names.first-reference", ".md") == ["Okonkwo"]


# --- #10 (MED; main too) a Chinese or Korean name gives its surname first --------------------
# The name runs take a full name's last word as the surname, so "Vice Premier Zhang Guoqing" is
# a person "Guoqing" and "Premier Zhang", "Zhang, 06," or "Zhang said" before the full name
# are never compared with him: title-changed, age-changed and first-reference are all quiet.
@pytest.mark.xfail(strict=True, reason="a surname-first name (Zhang Guoqing) is filed under its given name, "
                                       "so the person's later uses are never compared")
@pytest.mark.parametrize("body, rule, expected", [
    ("Vice Premier Zhang Guoqing spoke on Monday. Later, Premier Zhang said the economy was sound.",
     "names.title-changed", ["Premier"]),
    ("Zhang Guoqing, 60, spoke on Monday. Zhang, 06, said the economy was sound.", "names.age-changed", ["06"]),
])
def test_a_surname_first_name_is_compared_under_its_surname(body, rule, expected):
    assert _found(body, rule) == expected


# --- #11 (MED; main too) "Pesch and Co" is a firm, as "Pesch and Co." is ----------------------
# the firm-ending check (then name_first_reference._FIRM_AFTER, now firm_terms.family_firm)
# knew "Co." only with its stop; Reuters and British copy
# write "and Co" ("a unit of Pesch and Co, said"), so the firm is a person's surname alone
# before "Dr. LeRoy Pesch". Seen on Reuters-21578 train (two of 20 findings read).
def test_a_firm_and_co_without_a_stop_is_no_first_reference():
    body = ("Alpha Health, a unit of Pesch and Co, said it would bid for the hospitals. The bid was led by "
            "Dr. LeRoy Pesch, the chairman. Pesch said the offer was fair.")
    assert _found(body, "names.first-reference") == []


# --- #12 (MED; main too) "His predecessor, Sen. Zorinsky," is the senator already named --------
# names.yaml lists predecessor and successor among `relatives`, so a role in apposition after
# the person was named in full ("the late Sen. Edward Zorinsky ... His predecessor, Sen.
# Zorinsky,": "his" is the new senator's) reads as a second person of the surname. A
# predecessor shares no family name: the same surname is the person already named. Seen on
# Reuters-21578 train.
@pytest.mark.xfail(strict=True, reason="'His predecessor, Sen. Zorinsky,' after 'Sen. Edward Zorinsky' is "
                                       "called a second person named Zorinsky")
def test_a_predecessor_of_another_surname_is_the_person_named():
    body = ("Sen. David Karnes was appointed to complete the term of the late Sen. Edward Zorinsky. "
            "Karnes opposes controls. His predecessor, Sen. Zorinsky, had supported them.")
    assert _found(body, "names.first-reference") == []


# --- #13 (MED; main too) "Donald Regan" once beside "President Reagan" is two people ----------
# spelling-variant keeps a full name and a titled form apart only when the full-named form is
# also used alone; a second person named once, in full, with a given name of his own, beside a
# President known by title and surname only, is flagged as a slip of the President's name.
# Two of 20 spelling-variant findings read on Reuters-21578 train had this shape.
@pytest.mark.xfail(strict=True, reason="a second person named once in full ('Donald Regan') beside a titled "
                                       "'President Reagan' is flagged as a slip")
def test_a_full_name_given_once_beside_a_titled_surname_is_another_person():
    body = ("President Reagan met congressional leaders on Thursday. Reagan said the report was fair. "
            "It faulted former chief of staff Donald Regan. Reagan will speak next week.")
    assert _found(body, "names.spelling-variant") == []


# --- #14 (LOW; main too) the relation in the message keeps a name's capital ------------------
# name_relations.relation_of lower-cases the relation's first letter, a name's too: the message
# reads "'Tate' (tate's son) is a second person named Tate".
@pytest.mark.xfail(strict=True, reason="the relation quoted in first-reference's message lower-cases a name "
                                       "('tate's son')")
def test_a_relations_owner_keeps_its_capital_in_the_message():
    body = "Sen. Ron Tate said the bill was fair. Tate's son, Rep. Tate, said he agreed."
    messages = [d.message for d in run(read(HED + body + "\n"), "names.first-reference")]
    assert len(messages) == 1 and "(Tate's son)" in messages[0]


# --- #15 (HIGH; main too) a nickname in quotes inside a full name loses the person -----------
# AP sets a nickname in quotation marks inside the name (William "Bill" Smith); the name runs
# stop at the quote mark, so "William" and "Smith" are two names, "Smith" is never given in
# full, and the title change, the age change and the surname alone before the full name are
# all lost, with straight or curly marks.
@pytest.mark.parametrize("body, rule, expected", [
    ("Deputy Mayor William “Bill” Smith spoke on Monday. Later, Mayor Smith left.", "names.title-changed",
     ["Mayor"]),
    ('Mayor William "Bill" Smith, 45, spoke on Monday. Smith, 54, left.', "names.age-changed", ["54"]),
    ("Smith said no. Later, Deputy Mayor William “Bill” Smith spoke.", "names.first-reference", ["Smith"]),
])
def test_a_nickname_in_quotes_keeps_the_full_name(body, rule, expected):
    assert _found(body, rule) == expected


# --- #16 (HIGH; main too) an age after Jr., Sr. or III is not read ----------------------------
# name_age_changed._AGE must follow the name at once, so a generational suffix between them
# ("Mayor John Smith Jr., 45,", the AP form) hides the age: "Smith Jr., 54," or "Smith, 54,"
# later is never compared. title-changed and first-reference read the same name.
@pytest.mark.parametrize("later", ["Smith Jr., 54,", "Smith, 54,"])
def test_an_age_after_a_generational_suffix_is_read(later):
    body = f"Mayor John Smith Jr., 45, spoke on Monday. {later} left early."
    assert _found(body, "names.age-changed") == ["54"]


# --- #17 (MED; main too) "Mr. Smith, 45," and "Mrs. Smith, 43," are two people ----------------
# In courtesy-title style (NYT, WSJ, the BBC's "Mr"/"Mrs") a wife introduced by her given name
# ("his wife, Ann,") is "Mrs. Smith" after; age-changed compares her age with her husband's,
# though a Mr. and a Mrs. (names.yaml masculine_courtesy / feminine_courtesy) are two people.
@pytest.mark.xfail(strict=True, reason="a 'Mrs. Smith, 43,' beside 'Mr. Smith, 45,' (or 'his wife') is "
                                       "flagged as the man's age changed")
@pytest.mark.parametrize("body", [
    "Tom Smith, 45, and his wife, Ann, run the bakery. Mr. Smith, 45, said the rent rose. Mrs. Smith, 43, agreed.",
    "Tom Smith, 45, and his wife, Ann, 43, run the bakery. Mrs. Smith, 43, said the rent rose.",
])
def test_a_mr_and_a_mrs_of_one_surname_are_two_people(body):
    assert _found(body, "names.age-changed") == []


# --- #18 (MED; main too) given-name-variant: two job titles are two people --------------------
# spelling-variant keeps two forms with different job titles apart ("Coach Ann Devlin" and
# "Principal Ann Devlon": quiet), but given-name-variant reads no titles: a coach and a
# principal of one surname, paragraphs apart, are one person whose given name changed.
@pytest.mark.xfail(strict=True, reason="given-name-variant takes a coach and a principal of one surname for "
                                       "one person (spelling-variant keeps different titles apart)")
def test_given_names_with_different_job_titles_are_two_people():
    src = ("---\ntitle: Schools reopen\ndate: 2024-05-01\n---\n\n"
           "Harbor High Coach Devin Williams said practice would resume Monday.\n\n"
           "The district closed all schools for a week after the storm.\n\n"
           "Principal Devon Williams of Bayview Elementary said his building had no damage.\n")
    assert _found(src, "names.given-name-variant", ".md") == []


# --- #19 (LOW; main too) the messages drop a surname's particles -------------------------------
# age-changed and title-changed name the person by the surname's key, past its particles:
# "Berg is called 'Mayor' here" for Rutger van der Berg ("Salman is 38 earlier" for Mohammed
# bin Salman), where first-reference quotes 'Van der Berg' as written.
@pytest.mark.xfail(strict=True, reason="age-changed and title-changed call 'van der Berg' just 'Berg' in "
                                       "their messages")
@pytest.mark.parametrize("body, rule", [
    ("Deputy Mayor Rutger van der Berg spoke on Monday. Later, Mayor van der Berg left.", "names.title-changed"),
    ("Rutger van der Berg, 40, spoke on Monday. Van der Berg, 04, left.", "names.age-changed"),
])
def test_the_message_names_the_surname_with_its_particles(body, rule):
    messages = [d.message for d in run(read(HED + body + "\n"), rule)]
    assert len(messages) == 1 and messages[0].lower().startswith("van der berg ")


# --- #20 (MED; main too) the second of two families coordinated after "the" is no person ------
# first-reference passes "the Maguire family" (a modifier after "the") but not the second
# name of "the Conlon and Maguire families": the BBC's apology story (politics) flags
# "Maguire" before "Anne Maguire". Seen on the BBC corpus.
@pytest.mark.xfail(strict=True, reason="in 'the Conlon and Maguire families' the second family name is read "
                                       "as a surname alone before the full name")
def test_two_families_after_the_are_no_first_reference():
    body = ("He apologised to members of the Conlon and Maguire families on Wednesday. Gerry Conlon and "
            "Anne Maguire said they were glad.")
    assert _found(body, "names.first-reference") == []


# --- #21 (MED; main too) a title inside somebody's quote is the speaker's ----------------------
# title-changed reads titles inside direct quotes, which a desk may not change: a former
# senator called "Senator Baker" by a colleague (US custom keeps the title for life) after
# "Chief of Staff Howard Baker" is flagged. Seen on Reuters-21578 train (the only
# title-changed finding there).
# fixed (fx306): a quoted title is neither compared nor the one compared with
def test_a_title_inside_a_direct_quote_is_not_compared():
    body = ("Chief of Staff Howard Baker spoke on Monday. “Senator Baker must have his own people,” "
            "Koehler said.")
    assert _found(body, "names.title-changed") == []


def test_a_quoted_title_sets_no_first_title_for_the_story():
    body = ("“Senator Baker must have his own people,” Koehler said. Chief of Staff Howard Baker "
            "spoke on Monday. Later, Chief of Staff Baker left.")
    assert _found(body, "names.title-changed") == []


@pytest.mark.parametrize("body", [
    # the story's own slip after a quote that names the person
    "Deputy Mayor Irena Kowalczyk opened the meeting. “Mayor Kowalczyk is right,” Reed said. "
    "Later, Mayor Kowalczyk closed it.",
    # words after a quote's end are the writer's again
    "Deputy Mayor Irena Kowalczyk opened the meeting. “We agree,” Reed said, and Mayor Kowalczyk closed it.",
])
def test_a_title_outside_the_quotes_is_still_compared(body):
    assert _found(body, "names.title-changed") == ["Mayor"]


# --- #22 (MED; main too) a dateline in title case with its agency is no surname ---------------
# readers/patterns.WIRE_DATELINE takes a place in capitals, or in title case only before a
# date, so "Lincoln, Neb. (AP) —" (a state and an agency: a sure dateline) stays the lede's
# words and first-reference reads the town as Gov. Mark Lincoln's surname alone.
@pytest.mark.parametrize("dateline", ["Lincoln, Neb. (AP) —", "Houston, Texas (Reuters) -"])
def test_a_title_case_dateline_is_no_first_reference(dateline):
    town = dateline.split(",")[0]
    body = f"{dateline} Gov. Mark {town} spoke on Tuesday. {town} said the vote was close."
    assert _found(body, "names.first-reference") == []


# --- qa186 #1-#3 (HIGH; new in fx306's qa148 #6 fix) the promotion cue read too widely ------
# name_title_changed._told_promoted looked for "promoted to|became|named|appointed ... <title>"
# anywhere in a paragraph that names the person: another person's promotion (#1), a promotion
# denied or only hoped for (#2), and a title that is only the verb's object (#3) all excused a
# real Deputy Mayor -> Mayor slip that main flagged.
# fixed (fx314): only a "who was promoted to/became ..." clause right after the person's name
# counts, and its job must end the phrase (no "of", no possessive).
@pytest.mark.parametrize("body, expected", [
    ("Deputy Mayor Irena Kowalczyk spoke on Tuesday. Tom Reyes, who was promoted to mayor last year, "
     "also attended. Mayor Kowalczyk said the budget was tight.", "Mayor"),
    ("Deputy Police Chief Ray Soto spoke Tuesday, a year after Ann Lee became chief. "
     "Chief Soto said the force was understaffed.", "Chief"),
])
def test_another_persons_promotion_is_no_excuse_for_a_slip(body, expected):
    assert _found(body, "names.title-changed") == [expected]


@pytest.mark.parametrize("clause", ["who was not promoted to chief last week",
                                    "who hopes to be promoted to chief next year",
                                    "who was never named chief"])
def test_a_promotion_denied_or_hoped_for_is_still_a_slip(clause):
    body = f"Deputy Police Chief Ray Soto, {clause}, spoke Tuesday. Chief Soto said the force was understaffed."
    assert _found(body, "names.title-changed") == ["Chief"]


@pytest.mark.parametrize("body, expected", [
    ("Deputy Police Chief Ray Soto spoke Tuesday. The council named the chief a hero. "
     "Chief Soto said the force was understaffed.", "Chief"),
    ("Deputy Mayor Irena Kowalczyk, who was named mayor of the year by the league, spoke. Mayor Kowalczyk said no.",
     "Mayor"),
    ("Deputy Police Chief Ray Soto, who became chief of staff to the sheriff, spoke. Chief Soto said no.", "Chief"),
])
def test_a_title_that_is_only_the_verbs_object_is_no_promotion(body, expected):
    assert _found(body, "names.title-changed") == [expected]



# --- qa191 #1 (MED; fx314) the person's own promotion clause after an age or an adverb --------
# fx314's _told_promoted wants "<Surname>, who was promoted/named/became <title>" with nothing
# between: the desk's usual age appositive ("Kowalczyk, 52, who was promoted to mayor") or an
# adverb ("who was later named mayor", "who in May was promoted") tells the same promotion and
# is still flagged as a slip.
@pytest.mark.parametrize("body", [
    "Deputy Mayor Irena Kowalczyk, 52, who was promoted to mayor in May, spoke. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk, who was later named mayor, spoke. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk, who in May was promoted to mayor, spoke. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk, who became the new mayor in May, spoke. Mayor Kowalczyk said no.",
    # fx325: an adverb after "has", commas around the day, an age before a rank's dated promotion
    "Deputy Mayor Irena Kowalczyk, who has since been promoted to mayor, spoke. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk, who, in May, was named mayor, spoke. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk, who later became mayor, spoke. Mayor Kowalczyk said no.",
    "Capt. Tom Ng, 41, who was promoted Tuesday to major, arrived later. Maj. Ng declined to comment.",
])
def test_qa191_a_promotion_told_after_an_age_or_adverb_is_no_slip(body):
    assert _found(body, "names.title-changed") == []


# --- qa191 #6 (MED; fx314's "of" guard) "promoted to chief of police" is the US desk's usual
# wording for the job "Police Chief" names, yet `(?!\s+of\b)` reads it as "chief of staff":
# the told promotion is no exit and the later "Police Chief Soto" is flagged.
# fixed (fx325): an office of names.yaml `offices` is read as "<job> of <service>" too.
def test_qa191_a_promotion_to_chief_of_police_is_no_slip():
    body = ("Deputy Police Chief Ray Soto, who was promoted to chief of police last week, spoke. "
            "Police Chief Soto said no.")
    assert _found(body, "names.title-changed") == []


# nu47 #2 (MED): a promotion with its day before the job ("promoted Tuesday to major")
# still flags the new rank; "promoted to lieutenant on Monday" is quiet
# fixed (fx325): the day may stand after the verb, in the person's own who-clause only (qa196 #2)
@pytest.mark.parametrize("body", [
    "Capt. Tom Ng, who was promoted Tuesday to major, arrived later. Maj. Ng declined to comment.",
    "Deputy Mayor Irena Kowalczyk, who was named Monday as mayor, spoke. Mayor Kowalczyk said no.",
])
def test_a_promotion_dated_before_its_job_is_no_title_slip(body):
    assert _found(body, "names.title-changed") == []


# nu47 #2's nearest cases: with the day between, another rank word, or a
# promotion denied, still leaves the slip
@pytest.mark.parametrize("body", [
    "Deputy Mayor Irena Kowalczyk, who was named Monday as deputy mayor, spoke. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk, who was not named Monday as mayor, spoke. Mayor Kowalczyk said no.",
])
def test_a_dated_promotion_to_another_rank_is_still_a_title_slip(body):
    assert len(_found(body, "names.title-changed")) == 1


# qa196 #2: fx321's dated path in `_told_moved` is not tied to the person:
# another person's promotion, or a relative's, excuses the slip
@pytest.mark.parametrize("body", [
    "Capt. Tom Ng, whose brother was promoted Tuesday to major, arrived later. Maj. Ng declined to comment.",
    "Capt. Tom Ng arrived. Capt. Ann Lee was promoted Tuesday to major. Maj. Ng declined to comment.",
])
def test_qa196_another_persons_dated_promotion_leaves_the_slip(body):
    assert len(_found(body, "names.title-changed")) == 1


def test_qa196_a_dated_promotion_denied_leaves_the_slip():
    body = "Capt. Tom Ng, who was not promoted Tuesday to major, arrived later. Maj. Ng declined to comment."
    assert len(_found(body, "names.title-changed")) == 1


# fx325's nearest cases (qa191 #1, #6, nu47 #2): the wider who-clause still tells only the
# person's own move to the later title itself. Each is flagged at lead47 and stays flagged.
@pytest.mark.parametrize("body, expected", [
    # a relative's promotion after the age, or another name's clause with an age and an adverb
    ("Deputy Mayor Irena Kowalczyk, 52, whose husband was promoted to mayor in May, spoke. "
     "Mayor Kowalczyk said no.", "Mayor"),
    ("Deputy Mayor Irena Kowalczyk met Tom Reyes, 52, who was later named mayor. Mayor Kowalczyk said no.", "Mayor"),
    # the same slot, another rank word or a job that is no job taken
    ("Deputy Mayor Irena Kowalczyk, 52, who was promoted to deputy mayor in May, spoke. Mayor Kowalczyk said no.",
     "Mayor"),
    ("Deputy Mayor Irena Kowalczyk, who was later named deputy mayor, spoke. Mayor Kowalczyk said no.", "Mayor"),
    ("Deputy Mayor Irena Kowalczyk, who in May was named mayor of the year, spoke. Mayor Kowalczyk said no.",
     "Mayor"),
    ("Deputy Mayor Irena Kowalczyk, who became the new mayor's aide, spoke. Mayor Kowalczyk said no.", "Mayor"),
    # a demotion, and an adverb that is a denial
    ("Deputy Mayor Irena Kowalczyk, who was later demoted from mayor, spoke. Mayor Kowalczyk said no.", "Mayor"),
    ("Deputy Mayor Irena Kowalczyk, who was never named mayor, spoke. Mayor Kowalczyk said no.", "Mayor"),
    # "<job> of <service>" only as the later office, without another rank word, in the person's clause
    ("Deputy Police Chief Ray Soto, who was promoted to deputy chief of police last week, spoke. "
     "Police Chief Soto said no.", "Police Chief"),
    ("Deputy Police Chief Ray Soto, who was promoted to chief of staff last week, spoke. "
     "Police Chief Soto said no.", "Police Chief"),
    ("Deputy Fire Chief Ray Soto, who was promoted to chief of police last week, spoke. "
     "Fire Chief Soto said no.", "Fire Chief"),
    ("Deputy Police Chief Ray Soto spoke. Ann Lee, who was promoted to chief of police last week, agreed. "
     "Police Chief Soto said no.", "Police Chief"),
    # a day after the verb: another rank, a demotion, another name's clause
    ("Capt. Tom Ng, who was promoted Tuesday to colonel, arrived later. Maj. Ng declined to comment.", "Maj"),
    ("Capt. Tom Ng, who was promoted Tuesday to captain, arrived later. Maj. Ng declined to comment.", "Maj"),
    ("Capt. Tom Ng, who was demoted Tuesday to major, arrived later. Maj. Ng declined to comment.", "Maj"),
    ("Capt. Tom Ng met Capt. Ann Lee, who was promoted Tuesday to major. Maj. Ng declined to comment.", "Maj"),
    # qa197 #3-#4 (fx326): a date or "the rank of" before another rank, a denial, a relative's clause
    ("Capt. Tom Ng, who was promoted on May 5 to major general, spoke. Maj. Ng said no.", "Maj"),
    ("Capt. Tom Ng, who was not promoted on May 5 to major, spoke. Maj. Ng said no.", "Maj"),
    ("Capt. Tom Ng, whose wife was promoted on May 5 to major, spoke. Maj. Ng said no.", "Maj"),
    ("Deputy Mayor Irena Kowalczyk, who on Sept. 3, 2020, was named deputy mayor, spoke. Mayor Kowalczyk said no.",
     "Mayor"),
    ("Capt. Tom Ng, who was promoted to the rank of major general, spoke. Maj. Ng said no.", "Maj"),
    ("Capt. Tom Ng, who was not promoted to the rank of major, spoke. Maj. Ng said no.", "Maj"),
    ("Capt. Tom Ng met Capt. Ann Lee, who was promoted Tuesday to the rank of major. Maj. Ng said no.", "Maj"),
])
def test_fx325_a_wider_who_clause_still_needs_the_persons_own_promotion(body, expected):
    assert _found(body, "names.title-changed") == [expected]


# qa196 #2's older hole (main and lead47 too): `_told_moved`'s undated "promoted to <job>" is read
# anywhere in a paragraph naming the person, so a relative's promotion still excuses the slip.
# fx330 fixed it by reading no bare "promoted to"; that was taken back after qa204 found
# told promotions it flagged (qa204 #1-#4 below), so the hole was open again.
# fx339 fixed it (the bare "promoted to" read for its sentence's structure), but that reader was
# taken back after qa211/qa217 found it lost main's excuse on ordinary copy: open again.
@pytest.mark.xfail(strict=True, reason=f"qa196 #2: a relative's undated promotion excuses the slip; {_TAKEN_BACK}")
def test_a_relatives_undated_promotion_leaves_the_rank_slip():
    body = "Capt. Tom Ng, whose wife was promoted to major in May, arrived later. Maj. Ng declined to comment."
    assert _found(body, "names.title-changed") == ["Maj"]


# --- qa197 #1 (HIGH; lead47 only) office_forms' "<job> of (the) <service>" needs no end after the
# service word, so a sub-office named after the service ("chief of police operations", "chief of
# the police department's patrol division", "commissioner of fire safety") reads as the office
# itself and excuses the later title. main flags each.
# fixed (fx326): the job must end there (name_promotions' job end), so these are flagged as on main.
@pytest.mark.parametrize("body, expected", [
    ("Deputy Police Chief Ray Soto, who was named chief of police operations, spoke. Police Chief Soto said no.",
     "Police Chief"),
    ("Deputy Police Chief Ray Soto, who was promoted last year to chief of the police department's patrol "
     "division, spoke. Police Chief Soto said no.", "Police Chief"),
    ("Deputy Fire Commissioner Ray Soto, who was named commissioner of fire safety, spoke. "
     "Fire Commissioner Soto said no.", "Fire Commissioner"),
    ("Fire Chief Ray Soto, who on Monday was named chief of the police union, spoke. Police Chief Soto said no.",
     "Police Chief"),
])
def test_qa197_a_sub_office_named_after_the_service_is_no_promotion_to_the_office(body, expected):
    assert _found(body, "names.title-changed") == [expected]


# --- qa197 #2 (HIGH; main flags these, its undated "promoted to major general" is quiet) the job
# must end the phrase, but only "of" and a possessive are kept out: a longer job that starts with
# the later title's word ("major general", "mayor pro tem", "governor general") now excuses it
# after a day or an adverb.
# fixed (fx326): only a stop, a comma, a spaced dash, a said time, an adverb or names.yaml
# `promotion_job_ends` may follow the job; #6's U+2011 and en dash cases are flagged too.
@pytest.mark.parametrize("body, expected", [
    ("Capt. Tom Ng, who was promoted Tuesday to major general, spoke. Maj. Ng said no.", "Maj"),
    ("Deputy Mayor Irena Kowalczyk, who was later named mayor pro tem, spoke. Mayor Kowalczyk said no.", "Mayor"),
    ("Lt. Gov. Ann Lee, who was later named governor general, spoke. Gov. Lee said no.", "Gov"),
    ("Capt. Tom Ng, who was promoted Tuesday to colonel general, spoke. Col. Ng said no.", "Col"),
    ("Capt. Tom Ng, who was later named major league scout, spoke. Maj. Ng said no.", "Maj"),
    # qa197 #6: a dash other than ASCII's joins a word to the job too ("mayor‑elect", U+2011)
    ("Deputy Mayor Irena Kowalczyk, who was then named the mayor\u2011elect, spoke. Mayor Kowalczyk said no.",
     "Mayor"),
    ("Deputy Mayor Irena Kowalczyk, who was then named the mayor\u2013elect, spoke. Mayor Kowalczyk said no.",
     "Mayor"),
])
def test_qa197_a_longer_job_starting_with_the_later_title_is_no_promotion(body, expected):
    assert _found(body, "names.title-changed") == [expected]


# qa197 #1-#2's other side: the job ends at a stop, a comma, a spaced dash, the paragraph's end, a
# said time, an adverb or one of names.yaml `promotion_job_ends`, so these told promotions stay quiet.
@pytest.mark.parametrize("body", [
    "Deputy Police Chief Ray Soto, who was named chief of police. Police Chief Soto said no.",
    "Deputy Police Chief Ray Soto, who was named chief of the police on Monday, spoke. Police Chief Soto said no.",
    "Deputy Police Chief Ray Soto, who was named chief of police \u2014 the city's first \u2014 spoke. "
    "Police Chief Soto said no.",
    "Deputy Mayor Irena Kowalczyk, who was later named mayor after the vote, spoke. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk, who was later named mayor by the council, spoke. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk, who was later named mayor yesterday, spoke. Mayor Kowalczyk said no.",
    "Capt. Tom Ng, who was promoted Tuesday to major and moved to Fort Hood, spoke. Maj. Ng said no.",
    "Capt. Tom Ng, who was promoted Tuesday to major effective June 1, spoke. Maj. Ng said no.",
    "Deputy Mayor Irena Kowalczyk, who was named mayor later that year, spoke. Mayor Kowalczyk said no.",
    "Deputy Police Chief Ray Soto, who was named chief of police -- the city's first -- spoke. Police Chief Soto "
    "said no.",
    "Deputy Mayor Irena Kowalczyk spoke. Mayor Kowalczyk said no.\n\nIt was Kowalczyk, 52, who was later named mayor",
    "Deputy Mayor Irena Kowalczyk met reporters. Kowalczyk, 52, who was later named mayor\nin May, spoke. "
    "Mayor Kowalczyk said no.",
])
def test_qa197_a_job_that_ends_there_still_tells_the_promotion(body):
    assert _found(body, "names.title-changed") == []


# --- qa197 #3 (MED; main too) "a day inside it": a calendar date is no `<when>` ("on May 5"),
# so these told promotions still flag the new title though "who was promoted Tuesday to major" and
# "who in May was named mayor" are quiet.
# fixed (fx326): a date ("[on] May 5[, 2020]", "Jan. 9") is a <when>.
@pytest.mark.parametrize("body", [
    "Capt. Tom Ng, who was promoted on May 5 to major, spoke. Maj. Ng said no.",
    "Deputy Mayor Irena Kowalczyk, who on May 5 was named mayor, spoke. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk, who on Sept. 3, 2020, was named mayor, spoke. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk, who was later named mayor Jan. 9, spoke. Mayor Kowalczyk said no.",
])
def test_qa197_a_promotion_told_with_a_calendar_date_is_no_slip(body):
    assert _found(body, "names.title-changed") == []


# --- qa197 #4 (MED; main too) the military's usual wording "promoted to the rank of major" is no
# told promotion, in the own clause or in `_MOVE`, so the new rank is flagged.
# fixed (fx326): the own clause reads "promoted to the rank of <job>" (`_MOVE` is left as on main).
@pytest.mark.parametrize("body", [
    "Capt. Tom Ng, who was promoted to the rank of major, spoke. Maj. Ng said no.",
    "Capt. Tom Ng, who was promoted Tuesday to the rank of major, spoke. Maj. Ng said no.",
])
def test_qa197_a_promotion_to_the_rank_of_is_no_slip(body):
    assert _found(body, "names.title-changed") == []


# nu48 #1 (MED; lead47 6ac54339 and main): the undated "promoted to <rank>" excuses a rank
# change whatever the who-clause says of it: denied, ahead or only possible. The rule's own
# text says "who was not promoted" and "who hopes to be" excuse nothing, and the mayor's
# counterparts ("who was not named mayor") are flagged.
# fx330 made these pass by reading no bare "promoted to" (the person's own who-clause or
# sentence had to tell it, done and not denied); that was taken back after qa204 found told promotions it flagged
# (qa204 #1-#4), so main's bare reading came back and these stayed open.
# fx339 fixed them (the bare "promoted to" read for its subject and verb group), but that reader
# was taken back after qa211/qa217: main's bare reading excuses each again, so each is open.
_NU48_1 = "nu48 #1: a denied, ahead, possible or another's rank promotion"


@pytest.mark.parametrize("body", [
    _open("Sgt. Bo Diaz, who was not promoted to lieutenant, spoke. Lt. Diaz agreed.", source=_NU48_1),
    _open("Sgt. Bo Diaz, who will be promoted to lieutenant next month, spoke. Lt. Diaz agreed.", source=_NU48_1),
    _open("Sgt. Bo Diaz, who could be promoted to lieutenant, spoke. Lt. Diaz agreed.", source=_NU48_1),
    # the rest of nu48 #1's forms, and the same in a sentence of the person's own
    _open("Sgt. Bo Diaz, who wasn't promoted to lieutenant, spoke. Lt. Diaz agreed.", source=_NU48_1),
    _open("Sgt. Bo Diaz, who was never promoted to lieutenant, spoke. Lt. Diaz agreed.", source=_NU48_1),
    _open("Sgt. Bo Diaz, who is expected to be promoted to lieutenant, spoke. Lt. Diaz agreed.", source=_NU48_1),
    _open("Sgt. Bo Diaz spoke. His brother was promoted to lieutenant. Lt. Diaz agreed.", source=_NU48_1),
    _open("Sgt. Bo Diaz spoke. Diaz's brother was promoted to lieutenant. Lt. Diaz agreed.", source=_NU48_1),
    _open("Sgt. Bo Diaz spoke. Diaz was not promoted to lieutenant. Lt. Diaz agreed.", source=_NU48_1),
    _open("Sgt. Bo Diaz spoke. He was never promoted to lieutenant. Lt. Diaz agreed.", source=_NU48_1),
    _open("Sgt. Bo Diaz spoke. Diaz could be promoted to lieutenant. Lt. Diaz agreed.", source=_NU48_1),
    _open("Capt. Tom Ng arrived. Capt. Ann Lee was promoted to major. Maj. Ng declined to comment.", source=_NU48_1),
    # an apposition holds no sentence's end: the subject after it is another's
    _open("Sgt. Bo Diaz, the officer. His brother, a sergeant, was promoted to lieutenant. Lt. Diaz agreed.",
          source=_NU48_1),
])
def test_nu48_a_rank_promotion_denied_or_ahead_leaves_the_slip(body):
    expected = ["Lt"] if "Diaz" in body else ["Maj"]
    assert _found(body, "names.title-changed") == expected


# --- qa201 #1 (HIGH; lead47 only) fx326's job end applies to main's undated who-clause too: main
# excused "<Surname>, who was named mayor <anything but of / a possessive>", and a told promotion
# with a common word after the job (from, to, ago, unanimously, a parenthesis, for, with, upon,
# over, as, under, despite, once) now flags the new title, though the clause tells it.
# fixed (fx332): main's own clause (`name_promotions.undated_promotion`) is read as main read it.
@pytest.mark.parametrize("tail", [
    "from deputy mayor", "to replace Smith", "two years ago", "unanimously", "(in 2019)", "for a second time",
    "with 60 percent of the vote", "upon Smith's death", "over the summer", "as part of a shake-up",
    "despite protests", "the next day",
])
def test_qa201_an_undated_told_promotion_with_words_after_the_job_is_no_slip(tail):
    body = f"Deputy Mayor Irena Kowalczyk, who was named mayor {tail}, spoke. Mayor Kowalczyk said no."
    assert _found(body, "names.title-changed") == []


# qa201 #1's other side: on main's own path, main's guard still holds (another post, a possessive,
# a hyphen, another rank word, a denial, a relative's clause), so these stay flagged as on main.
@pytest.mark.parametrize("clause, expected", [
    ("who was named mayor of the year", "Mayor"),
    ("who became the mayor's aide", "Mayor"),
    ("who was named mayor-elect", "Mayor"),
    ("who was named deputy mayor", "Mayor"),
    ("who was not named mayor", "Mayor"),
    ("whose aide was named mayor", "Mayor"),
    ("who was named chief of police operations", "Police Chief"),
])
def test_qa201_mains_own_clause_keeps_mains_guard(clause, expected):
    title = "Deputy Police Chief Ray Soto" if expected == "Police Chief" else "Deputy Mayor Irena Kowalczyk"
    body = f"{title}, {clause} two years ago, spoke. {expected} {title.split()[-1]} said no."
    assert _found(body, "names.title-changed") == [expected]


# nu48 #1's other side: a rank promotion told as done in the person's own sentence, as main's
# bare "promoted to" read it, still excuses the new rank (each is quiet on main and lead47).
@pytest.mark.parametrize("body", [
    "Sgt. Bo Diaz spoke. Diaz was promoted to lieutenant in May. Lt. Diaz agreed.",
    "Sgt. Bo Diaz spoke. He was promoted to lieutenant in May. Lt. Diaz agreed.",
    "Sgt. Bo Diaz said he was promoted to lieutenant last week. Lt. Diaz agreed.",
    "Sgt. Bo Diaz was promoted to lieutenant. Lt. Diaz agreed.",
    "Sgt. Bo Diaz has since been promoted to lieutenant. Lt. Diaz agreed.",
    "Sgt. Bo Diaz, a 12-year veteran, was promoted to lieutenant in May. Lt. Diaz agreed.",
    "Sgt. Bo Diaz, a U.S. Army veteran, was promoted to lieutenant in May. Lt. Diaz agreed.",
    pytest.param("Sgt. Bo Diaz, 41, was promoted Tuesday to the rank of lieutenant. Lt. Diaz agreed.",
                 marks=pytest.mark.xfail(strict=True, reason=f"nu48 #1's other side: main's bare 'promoted to' "
                                         f"reads no 'to the rank of' outside a who-clause; {_TAKEN_BACK}")),
])
def test_nu48_a_rank_promotion_told_in_the_persons_own_sentence_is_no_slip(body):
    assert _found(body, "names.title-changed") == []


# --- qa204 #1 (HIGH; lead47 only) the rank path's own who-clause lost main's undated reading:
# fx330 took the bare "promoted to" out of `_MOVE` (which excused these on main), and fx332 gave
# main's undated clause (`undated_promotion`) back to the mayor's path only, so the rank path
# reads `own_promotion` alone and its job end flags a told promotion with words after the job.
# passes again since fx330 is taken back (main's bare "promoted to" excuses it).
@pytest.mark.parametrize("body", [
    "Sgt. Bo Diaz, who was promoted to lieutenant two years ago, spoke. Lt. Diaz said no.",
    "Sgt. Bo Diaz, who was promoted to lieutenant from sergeant, spoke. Lt. Diaz said no.",
    "Sgt. Bo Diaz, who was promoted to lieutenant unanimously, spoke. Lt. Diaz said no.",
    "Sgt. Bo Diaz, who was promoted to lieutenant for bravery, spoke. Lt. Diaz said no.",
    "Sgt. Bo Diaz, who was promoted to lieutenant over the summer, spoke. Lt. Diaz said no.",
    "Sgt. Bo Diaz, who was promoted to lieutenant (in 2019), spoke. Lt. Diaz said no.",
    "Capt. Tom Ng, who was promoted to major two years ago, spoke. Maj. Ng said no.",
    "Sgt. Bo Diaz spoke. Diaz, who was promoted to lieutenant two years ago, agreed. Lt. Diaz said no.",
])
def test_qa204_a_rank_who_clause_with_words_after_the_job_is_no_slip(body):
    assert _found(body, "names.title-changed") == []


# --- qa204 #2 (HIGH; lead47 only) `stated_promotion`'s job end and auxiliary are narrower than the
# bare "promoted to" main read: a told promotion with common words after the rank, a reduced
# relative or participle ("Diaz, promoted to lieutenant in May,"), "got promoted" and a
# plural subject now flag the new rank; main was quiet on each.
# passes again since fx330 is taken back (main's bare "promoted to" excuses it).
@pytest.mark.parametrize("body", [
    "Sgt. Bo Diaz spoke. Diaz was promoted to lieutenant two years ago. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Diaz was promoted to lieutenant from sergeant. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Diaz was promoted to lieutenant this spring. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Diaz, promoted to lieutenant in May, agreed. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Diaz, promoted to lieutenant last year, agreed. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Newly promoted to lieutenant, Diaz agreed. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Diaz got promoted to lieutenant. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Diaz and Ng were promoted to lieutenant. Lt. Diaz said no.",
])
def test_qa204_a_rank_promotion_told_in_other_common_forms_is_no_slip(body):
    assert _found(body, "names.title-changed") == []


# --- qa204 #3 (HIGH; lead47 only) a rank of two words: the job must now end the phrase, so
# "promoted to major general" no longer tells "Maj. Gen.", nor "lieutenant colonel" "Lt. Col.",
# "brigadier general" "Brig. Gen." or "first lieutenant" "1st Lt.", in a sentence or in the
# person's own who-clause (main's `_MOVE` took one word before the job).
# passes again since fx330 is taken back (main's bare "promoted to" excuses it).
@pytest.mark.parametrize("body", [
    "Capt. Tom Ng spoke. Ng was promoted to major general in May. Maj. Gen. Ng said no.",
    "Capt. Tom Ng, who was promoted to major general in May, spoke. Maj. Gen. Ng said no.",
    "Col. Tom Ng spoke. Ng was promoted to brigadier general in May. Brig. Gen. Ng said no.",
    "Maj. Tom Ng spoke. Ng was promoted to lieutenant colonel in May. Lt. Col. Ng said no.",
    "Sgt. Bo Diaz spoke. Diaz was promoted to first lieutenant. 1st Lt. Diaz said no.",
])
def test_qa204_a_two_word_rank_told_is_no_slip(body):
    assert _found(body, "names.title-changed") == []


# --- qa204 #4 (HIGH; lead47 only) `stated_promotion`'s apposition: no line break (every
# hard-wrapped Reuters story), no abbreviation's stop but a lone capital's ("a St. Louis
# native", "Smith & Co.", "Jan. 2010"), no dashes or parentheses and at most two commas'
# worth; main excused each.
# passes again since fx330 is taken back (main's bare "promoted to" excuses it).
@pytest.mark.parametrize("body", [
    "Sgt. Bo Diaz spoke. Diaz, a 12-year\nveteran, was promoted to lieutenant in May. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Diaz, a St. Louis native, was promoted to lieutenant. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Diaz, who joined Smith & Co. in 2010, was promoted to lieutenant. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Diaz, a 12-year veteran who joined in Jan. 2010, was promoted to lieutenant. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Diaz — a 12-year veteran — was promoted to lieutenant. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Diaz (a 12-year veteran) was promoted to lieutenant. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Diaz, 41, of Springfield, a 12-year veteran, was promoted to lieutenant. Lt. Diaz said no.",
])
def test_qa204_a_rank_promotion_after_a_real_apposition_is_no_slip(body):
    assert _found(body, "names.title-changed") == []


# --- qa204 #5 (MED; main too) `stated_promotion` takes any "he"/"she" and any clause whose subject
# is the surname, so another man's promotion, an "if" and a denial reported in a that-clause
# still excuse the new rank: the claim "another's, a possible or a denied promotion leaves the
# slip" holds only for the forms fx330 tested.
# fx339 fixed them (a pronoun needed the person as antecedent with no speaker between, an "if" or a
# denial before the subject left the promotion untold); taken back after qa211/qa217: open again.
_QA204_5 = "qa204 #5: another's, a possible or a denied promotion in a clause"


@pytest.mark.parametrize("body", [
    _open("Sgt. Bo Diaz spoke. Ng said he was promoted to lieutenant. Lt. Diaz agreed.", source=_QA204_5),
    _open("Sgt. Bo Diaz spoke. If he was promoted to lieutenant, Diaz would move. Lt. Diaz agreed.", source=_QA204_5),
    _open("Sgt. Bo Diaz spoke. Lee denied Diaz was promoted to lieutenant. Lt. Diaz agreed.", source=_QA204_5),
])
def test_qa204_anothers_possible_or_denied_promotion_in_a_clause_leaves_the_slip(body):
    assert _found(body, "names.title-changed") == ["Lt"]


# --- qa204 #6 (MED; main too) the mayor's path gets no sentence form: the same "<Surname> was
# promoted to <job>" that excuses Sgt. -> Lt. leaves Assistant Chief -> Chief and Deputy Mayor
# -> Mayor flagged (fx330 left it alone; the rule text now says the sentence counts "for a rank").
# fx339 fixed them (the mayor path read the person's own sentence, `stated_cue`); taken back after
# qa211/qa217: open again.
_QA204_6 = "qa204 #6: the mayor path reads no sentence of the person's own"


@pytest.mark.parametrize("body", [
    _open("Assistant Chief Carla Nunes was promoted to chief in May. Chief Nunes left.", source=_QA204_6),
    _open("Deputy Mayor Irena Kowalczyk spoke. Kowalczyk was named mayor in May. Mayor Kowalczyk said no.",
          source=_QA204_6),
    _open("Deputy Mayor Irena Kowalczyk spoke. Kowalczyk was promoted to mayor in May. Mayor Kowalczyk said no.",
          source=_QA204_6),
])
def test_qa204_a_rank_word_change_told_in_the_persons_own_sentence_is_no_slip(body):
    assert _found(body, "names.title-changed") == []


# --- qa204 #8 (MED; main too) a promotion told as done in other common wordings of the person's
# own: an active verb with the person as object, a possessive noun, "won promotion", "now a
# <rank>". `stated_promotion` reads the passive alone, so each still flags the told rank.
# fx339 fixed all but the noun (the active, "won promotion" and "now a" wordings read for the person
# as object or subject, `rank_cue`); taken back after qa211/qa217: those three are open again. A noun's
# polarity is told after it ("Diaz's promotion to lieutenant was denied"), which no reader reads.
_QA204_8 = "qa204 #8: an active, 'won promotion' or ', now a' promotion of the person's is not read"


@pytest.mark.parametrize("body", [
    _open("Sgt. Bo Diaz spoke. The department promoted Diaz to lieutenant in May. Lt. Diaz said no.", source=_QA204_8),
    pytest.param("Sgt. Bo Diaz spoke. Diaz's promotion to lieutenant came in May. Lt. Diaz said no.",
                 marks=pytest.mark.xfail(strict=True, reason=f"qa204 #8: a possessive noun's promotion is not "
                                         f"read; {_TAKEN_BACK}")),
    _open("Sgt. Bo Diaz spoke. Diaz won promotion to lieutenant in May. Lt. Diaz said no.", source=_QA204_8),
    _open("Sgt. Bo Diaz spoke. Diaz, now a lieutenant, agreed. Lt. Diaz said no.", source=_QA204_8),
])
def test_qa204_a_promotion_told_actively_or_as_a_noun_is_no_slip(body):
    assert _found(body, "names.title-changed") == []


# fx339's nearest cases: the sentence reader's other side. Each wording that excuses above leaves
# the slip when the subject or object is someone else, the verb group is denied, modal or ahead,
# a denial or an "if" stands before the subject, or a speaker stands between the person and "he".
# Since fx339/fx348 are taken back, the active, "won promotion" and "now a" cases pass as on main
# (main reads none of those wordings); the bare "promoted to" cases are open again.
_FX339_OTHER = "fx339's other side: another's, a modal or a denied bare promotion"


@pytest.mark.parametrize("body", [
    "Sgt. Bo Diaz spoke. The department did not promote Diaz to lieutenant. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. The department would have promoted Diaz to lieutenant. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. The department promoted Ng to lieutenant in May. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Ng won promotion to lieutenant in May. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Diaz never won promotion to lieutenant. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Ng, now a lieutenant, agreed. Lt. Diaz said no.",
    _open("Sgt. Bo Diaz spoke. Diaz, whose brother, a sergeant, was promoted to lieutenant, agreed. "
          "Lt. Diaz said no.", source=_FX339_OTHER),
    _open("Sgt. Bo Diaz spoke. Diaz would have been promoted to lieutenant. Lt. Diaz said no.", source=_FX339_OTHER),
    _open("Sgt. Bo Diaz spoke. Diaz said he would be promoted to lieutenant. Lt. Diaz said no.", source=_FX339_OTHER),
    _open("Sgt. Bo Diaz spoke. Newly promoted to lieutenant, Ng agreed. Lt. Diaz said no.", source=_FX339_OTHER),
    _open("Sgt. Bo Diaz spoke. Ng, promoted to lieutenant in May, agreed. Lt. Diaz said no.", source=_FX339_OTHER),
    _open("Sgt. Bo Diaz spoke. Lee denied that Diaz was promoted to lieutenant. Lt. Diaz said no.",
          source=_FX339_OTHER),
    _open("Sgt. Bo Diaz spoke. Unless he was promoted to lieutenant, Diaz would quit. Lt. Diaz said no.",
          source=_FX339_OTHER),
    _open("Sgt. Bo Diaz spoke. Lee told Ng he was promoted to lieutenant. Lt. Diaz said no.", source=_FX339_OTHER),
])
def test_fx339_a_rank_promotion_not_the_persons_or_not_done_leaves_the_slip(body):
    assert _found(body, "names.title-changed") == ["Lt"]


@pytest.mark.parametrize("body", [
    "Deputy Mayor Irena Kowalczyk spoke. Kowalczyk was not named mayor in May. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk spoke. Kowalczyk's aide was named mayor in May. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk spoke. Kowalczyk was named mayor of the year. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk spoke. The council named Reyes mayor in May. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk spoke. Kowalczyk will be named mayor in May. Mayor Kowalczyk said no.",
    "Deputy Mayor Irena Kowalczyk spoke. Kowalczyk was named deputy mayor in May. Mayor Kowalczyk said no.",
])
def test_fx339_a_rank_word_change_not_told_as_the_persons_leaves_the_slip(body):
    assert _found(body, "names.title-changed") == ["Mayor"]


# fx339: the told, done side of the same readings (each quiet). main reads no active "named
# <Surname> mayor", so that case is open again since fx339 is taken back.
@pytest.mark.parametrize("body", [
    "Sgt. Bo Diaz spoke. Diaz had been promoted to lieutenant. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Lee confirmed Diaz was promoted to lieutenant. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke on Monday to the Police Department. He was promoted to lieutenant in May. Lt. Diaz said no.",
    _open("Deputy Mayor Irena Kowalczyk spoke. The council named Kowalczyk mayor in May. Mayor Kowalczyk said no.",
          source="fx339's done side: an active 'named <Surname> mayor' is not read"),
])
def test_fx339_a_done_promotion_of_the_persons_own_is_no_slip(body):
    assert _found(body, "names.title-changed") == []


# ===== qa211: fx339's sentence reader (`promotion_sentences`) against newsroom copy =====
# fx339 and fx348 are taken back: the HIGHs (#1-#10, main quiet or main flagging as wanted) pass on
# main's reading and stay as plain regression tests; the MEDs main shares are strict xfails.
_QA211 = "Sgt. Bo Diaz spoke. {} Lt. Diaz said no."


# --- qa211 #1 (HIGH; lead48 only) the verb group's adverbs are verb_group's, not names.yaml
# `promotion_adverbs`: "was later promoted" (the commonest wording), "was first promoted" and
# "later was promoted" stop the walk back, so the told promotion reads as no one's (main quiet).
# passes on main's reading (fx339/fx348 taken back): main's bare 'promoted to' excuses it.
@pytest.mark.parametrize("sentence", [
    "Diaz was later promoted to lieutenant.",
    "Diaz later was promoted to lieutenant.",
    "Diaz was first promoted to lieutenant in 2015.",
    "Diaz was only later promoted to lieutenant.",
])
def test_qa211_a_promotion_with_a_promotion_adverb_in_its_verb_group_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa211 #2 (HIGH; lead48 only) a promotion that is the person's second verb (coordinated or
# in a series) has no subject right before its verb group, so it reads as no one's (main quiet).
# passes on main's reading (fx339/fx348 taken back): main's bare 'promoted to' excuses it.
@pytest.mark.parametrize("sentence", [
    "Diaz joined the department in 2010 and was promoted to lieutenant in 2015.",
    "Diaz was hired in 2010 and promoted to lieutenant in 2015.",
    "Diaz was hired in 2010, promoted to sergeant in 2013 and promoted to lieutenant in 2015.",
    "Diaz, who joined in 2010 and was promoted to lieutenant in 2015, led the team.",
    "Diaz, a 12-year veteran who was promoted to lieutenant in May, led the team.",
])
def test_qa211_a_promotion_as_the_persons_second_verb_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa211 #3 (HIGH; lead48 only) an interrupter between the surname and the verb that opens
# with no `apposition_openers` word ("however", "meanwhile", "too", "for her part", "with",
# "at", "in"), "himself", or "and his partner" leaves the subject unread (main quiet).
# passes on main's reading (fx339/fx348 taken back): main's bare 'promoted to' excuses it.
@pytest.mark.parametrize("sentence", [
    "Diaz, however, was promoted to lieutenant in 2015.",
    "Diaz, meanwhile, was promoted to lieutenant in 2015.",
    "Diaz, too, was promoted to lieutenant.",
    "Diaz, for her part, was promoted to lieutenant.",
    "Diaz, with 12 years on the force, was promoted to lieutenant.",
    "Diaz, at 34, was promoted to lieutenant.",
    "Diaz, in his 12th year with the department, was promoted to lieutenant.",
    "Diaz himself was promoted to lieutenant.",
    "Diaz and his partner were promoted to lieutenant.",
])
def test_qa211_a_promotion_after_an_interrupter_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa211 #4 (HIGH; lead48 only) non-finite and set-off promotions: "being"/"having been"
# count as not done, a participle set off by dashes or parentheses or after an age is not
# read, and an opening participle with a date's comma looks for the name at the wrong comma.
# passes on main's reading (fx339/fx348 taken back): main's bare 'promoted to' excuses it.
@pytest.mark.parametrize("sentence", [
    "After being promoted to lieutenant in 2015, Diaz moved to homicide.",
    "Since being promoted to lieutenant, Diaz has led the unit.",
    "Having been promoted to lieutenant, Diaz moved to homicide.",
    "Diaz — promoted to lieutenant last month — led the team.",
    "Diaz (promoted to lieutenant in May) led the team.",
    "Diaz, 41, promoted to lieutenant in May, led the team.",
    "Promoted to lieutenant on May 5, 2019, Diaz led the team.",
])
def test_qa211_a_non_finite_or_set_off_promotion_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa211 #5 (HIGH; lead48 only) a past told as the future in the past ("would later be
# promoted", "went on to be promoted") reads as ahead, and "not only" as a denial (main quiet).
# passes on main's reading (fx339/fx348 taken back): main's bare 'promoted to' excuses it.
@pytest.mark.parametrize("sentence", [
    "Diaz joined in 2010 and would later be promoted to lieutenant.",
    "Diaz would be promoted to lieutenant two years later.",
    "Diaz went on to be promoted to lieutenant.",
    "Diaz was not only promoted to lieutenant but also given a medal.",
])
def test_qa211_a_past_told_as_future_in_the_past_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa211 #6 (HIGH; lead48 only) a reduced relative after the person's predicate noun
# ("among 12 officers promoted to", "the first woman promoted to") is read as a participle
# with no comma, so no one's (main quiet).
# passes on main's reading (fx339/fx348 taken back): main's bare 'promoted to' excuses it.
@pytest.mark.parametrize("sentence", [
    "Diaz was among 12 officers promoted to lieutenant on Tuesday.",
    "Diaz was the first woman promoted to lieutenant in the department.",
    "Diaz became the youngest officer ever promoted to lieutenant.",
])
def test_qa211_a_promotion_in_a_reduced_relative_of_the_persons_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa211 #7 (HIGH; lead48 only) "he"/"she" needs the surname in the sentence right before,
# so a profile's third sentence about the person excuses nothing (main quiet).
# passes on main's reading (fx339/fx348 taken back): main's bare 'promoted to' excuses it.
def test_qa211_a_pronoun_two_sentences_after_the_name_still_tells_the_promotion():
    body = _QA211.format("Diaz joined in 2010. He worked patrol for years. He was promoted to lieutenant in 2015.")
    assert _found(body, "names.title-changed") == []


# --- qa211 #8 (HIGH; lead48 only) a generation suffix's stop ends the sentence for the reader:
# "Sgt. Bo Diaz Jr. was promoted" has no subject before "was" (main quiet).
# passes on main's reading (fx339/fx348 taken back): main's bare 'promoted to' excuses it.
@pytest.mark.parametrize("body", [
    "Sgt. Bo Diaz Jr. was promoted to lieutenant in May. Lt. Diaz Jr. said no.",
    "Sgt. Bo Diaz Jr., 41, was promoted to lieutenant in May. Lt. Diaz said no.",
    "Sgt. Bo Diaz spoke. Diaz Jr. was promoted to lieutenant in May. Lt. Diaz said no.",
])
def test_qa211_a_promotion_after_a_generation_suffix_is_no_slip(body):
    assert _found(body, "names.title-changed") == []


# --- qa211 #9 (HIGH; lead48 only) `_TAIL_COORD` takes ", <Name>" after the surname as a joined
# subject, so a fronted phrase ending in the surname ("Unlike Kowalczyk, Reyes was named
# mayor") lends another's promotion to the person; main flagged the mayor path.
# passes on main's reading (fx339/fx348 taken back): main reads no mayor's sentence form.
@pytest.mark.parametrize("lead", ["Unlike Kowalczyk,", "Instead of Kowalczyk,", "Like Kowalczyk,"])
def test_qa211_anothers_promotion_after_a_fronted_phrase_leaves_the_slip(lead):
    body = f"Deputy Mayor Irena Kowalczyk spoke. {lead} Reyes was named mayor in May. Mayor Kowalczyk said no."
    assert _found(body, "names.title-changed") == ["Mayor"]


# --- qa211 #10 (HIGH; lead48 only) ", now a <job>" has no job end: "now a lieutenant colonel"
# excuses "Lt." (main flagged it).
# passes on main's reading (fx339/fx348 taken back): main reads no ', now a <rank>'.
def test_qa211_now_a_longer_rank_leaves_the_slip():
    body = _QA211.format("Diaz, now a lieutenant colonel, agreed.")
    assert _found(body, "names.title-changed") == ["Lt"]


# --- qa211 #11 (MED; main too) another's promotion still excuses: a possessive's "he" ("Diaz's
# son ... He was promoted"), a denial one noun away ("denied reports that"), a fronted
# "Unlike Diaz," on the rank path.
# fx348 fixed them (`promotion_clause` withdrew a 'he' after a sentence opened by a relative,
# 'denied reports that', 'Unlike Diaz, Ng'); taken back after qa217: open again.
_QA211_11 = "qa211 #11: another's or a denied rank promotion"


@pytest.mark.parametrize("sentence", [
    _open("Diaz's son joined in 2010. He was promoted to lieutenant in 2015.", source=_QA211_11),
    _open("Lee denied reports that Diaz was promoted to lieutenant.", source=_QA211_11),
    _open("Unlike Diaz, Ng was promoted to lieutenant.", source=_QA211_11),
])
def test_qa211_anothers_or_a_denied_rank_promotion_leaves_the_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == ["Lt"]


# --- qa211 #12 (MED; main too) common told forms the rank cue does not read: "promoted from
# sergeant to lieutenant", "promoted Diaz and Ng to lieutenant".
@pytest.mark.xfail(strict=True, reason=f"qa211 #12: 'promoted from <rank> to' and a joined object are not read; "
                                      f"{_TAKEN_BACK}")
@pytest.mark.parametrize("sentence", [
    "Diaz was promoted from sergeant to lieutenant in May.",
    "The chief promoted Diaz and Ng to lieutenant in May.",
])
def test_qa211_a_promotion_from_a_rank_or_of_two_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa211 #13 (MED; main too) the mayor path's sentence form (`stated_cue`) is narrower than the
# who-clause beside it: "Kowalczyk, who was named mayor two years ago," is quiet, but the same
# told in her own sentence, with "later" in the verb group or as her second verb stays flagged.
# "was later named" was fixed by fx348, which is taken back: all three are open.
_QA211_13 = f"qa211 #13: the mayor path reads no sentence of the person's own; {_TAKEN_BACK}"


@pytest.mark.parametrize("sentence", [
    pytest.param("Kowalczyk was named mayor two years ago.", marks=pytest.mark.xfail(strict=True, reason=_QA211_13)),
    pytest.param("Kowalczyk was later named mayor.", marks=pytest.mark.xfail(strict=True, reason=_QA211_13)),
    pytest.param("Kowalczyk joined the council in 2010 and was named mayor in May.",
                 marks=pytest.mark.xfail(strict=True, reason=_QA211_13)),
])
def test_qa211_a_rank_word_change_told_in_the_persons_sentence_as_the_clause_reads_it_is_no_slip(sentence):
    body = f"Deputy Mayor Irena Kowalczyk spoke. {sentence} Mayor Kowalczyk said no."
    assert _found(body, "names.title-changed") == []


# ===== fx348: main's bare "promoted to <rank>" excuses again, withdrawn only by its own clause =====
# (`promotion_clause`). The nearest cases on each side of each withdrawal. fx348 is taken back
# (qa217): its withdrawals are open again; "now a lieutenant colonel" passes as on main, which
# reads no ", now a <rank>" (so "now a lieutenant in homicide" is open too).
_FX348_WITHDRAWN = "fx348: a bare promotion its own clause withdraws"


@pytest.mark.parametrize("sentence", [
    _open("Diaz is expected to be promoted to lieutenant.", source=_FX348_WITHDRAWN),
    _open("Diaz hopes to be promoted to lieutenant.", source=_FX348_WITHDRAWN),
    _open("Diaz could have been promoted to lieutenant.", source=_FX348_WITHDRAWN),
    _open("After being promoted to lieutenant, Ng moved to homicide.", source=_FX348_WITHDRAWN),
    _open("Diaz said Ng was promoted to lieutenant.", source=_FX348_WITHDRAWN),
    _open("Diaz, whose brother was promoted to lieutenant, agreed.", source=_FX348_WITHDRAWN),
    _open("Her son joined in 2010. He was promoted to lieutenant.", source=_FX348_WITHDRAWN),
    "Diaz, now a lieutenant colonel in the reserve, agreed.",
])
def test_fx348_a_bare_promotion_its_clause_withdraws_leaves_the_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == ["Lt"]


@pytest.mark.parametrize("sentence", [
    "Diaz went on to be promoted to lieutenant.",            # "to be" after no plan word
    "Diaz, who lives in Springfield, Ill., was promoted to lieutenant.",   # a capital in her apposition
    "Officers were promoted to lieutenant.",                 # a common noun, no named person
    "Officials said he was promoted to lieutenant.",         # a common speaker is no rival
    "His wife joined in 2010. He was promoted to lieutenant.",   # a "he" is no wife
    "Diaz's son joined in 2010. Diaz said he was promoted to lieutenant.",
    "Lee confirmed reports that Diaz was promoted to lieutenant.",
    "Diaz, Ng and Lee were promoted to lieutenant.",
    _open("Diaz, now a lieutenant in homicide, agreed.",
          source="fx348's other side: ', now a <rank>' is not read"),
    # a finite verb group with no subject before it (the sentence reader split at "Dept.") opens no
    # participle: "Ng said" after its comma is no subject of the promotion
    "He works at the Police Dept. Was promoted to lieutenant, Ng said.",
])
def test_fx348_a_bare_promotion_with_no_clear_evidence_against_it_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# fx348, qa211 #9's other side: names joined by "and" are still one subject on the mayor path
# (main reads no mayor's sentence form, so this is open since fx348 is taken back).
@pytest.mark.xfail(strict=True, reason=f"fx348: a mayor's promotion told of the person and another; {_TAKEN_BACK}")
def test_fx348_a_rank_word_change_told_of_the_person_and_another_is_no_slip():
    body = ("Deputy Mayor Irena Kowalczyk spoke. Kowalczyk and Reyes were named mayor and deputy mayor in May. "
            "Mayor Kowalczyk said no.")
    assert _found(body, "names.title-changed") == []


# ===== qa217: fx348's `promotion_clause` withdrawals against newsroom copy =====
# Frame: `_QA211` ("Sgt. Bo Diaz spoke. <S> Lt. Diaz said no."). HIGH = main quiet, lead48 flags "Lt".
# fx348 is taken back: the HIGHs (#1-#11) pass on main's reading and stay as plain regression
# tests; the MEDs main shares (#12-#16) are strict xfails, case by case.


# --- qa217 #1 (HIGH; lead48 only) a "not" that tells when, or how much, reads as a denial:
# "wasn't promoted ... until 2015" and "not just / not merely promoted" tell the promotion.
@pytest.mark.parametrize("sentence", [
    "Diaz wasn't promoted to lieutenant until 2015.",
    "Diaz was not promoted to lieutenant until after the lawsuit was settled.",
    "Diaz did not get promoted to lieutenant until 2015.",
    "Diaz was not just promoted to lieutenant but also given a medal.",
    "Diaz was not merely promoted to lieutenant; she was given the unit.",
])
def test_qa217_a_not_until_or_not_just_promotion_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa217 #2 (HIGH; lead48 only) a narrative "would later be promoted" is withdrawn by any
# reporting word before its subject, even an attribution of another clause.
@pytest.mark.parametrize("sentence", [
    "Diaz, the department said, joined in 2010 and would later be promoted to lieutenant.",
    "According to records, Diaz joined in 2010 and would later be promoted to lieutenant.",
])
def test_qa217_a_narrative_would_after_an_attribution_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa217 #3 (HIGH; lead48 only) a capital word after the surname that is no apposition
# (a day, a month, "of the NYPD") is read as another named subject.
@pytest.mark.parametrize("sentence", [
    "Diaz on Tuesday was promoted to lieutenant.",
    "Diaz in January was promoted to lieutenant.",
    "Diaz last September was promoted to lieutenant.",
    "Diaz of the Springfield Police Department was promoted to lieutenant.",
    "Diaz of the NYPD was promoted to lieutenant in May.",
])
def test_qa217_a_capital_after_the_surname_in_its_subject_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa217 #4 (HIGH; lead48 only; "&" new in fx348) a subject of the surname and another name
# read as the other's alone: "&" is no token, so `_joined` never sees it; a word between "and"
# and the name ("fellow", "partner", a capital modifier) or a trailing "of <Place>" loses the join.
@pytest.mark.parametrize("sentence", [
    "Diaz & Lee were promoted to lieutenant.",
    "Diaz and fellow Sgt. Ann Lee were promoted to lieutenant.",
    "Diaz and partner Ann Lee were promoted to lieutenant.",
    "Diaz and Springfield native Ann Lee were promoted to lieutenant.",
    "Diaz and Ann Lee of Springfield were promoted to lieutenant.",
    "Diaz along with Ann Lee was promoted to lieutenant.",
])
def test_qa217_a_subject_of_the_surname_and_another_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa217 #5 (HIGH; lead48 only) a capitalised predicate noun before the participle ("the
# first Latina promoted") is read as another named subject.
@pytest.mark.parametrize("sentence", [
    "Diaz is the first Latina to be promoted to lieutenant.",
    "Diaz was the first Latina promoted to lieutenant.",
])
def test_qa217_a_capital_predicate_noun_before_the_promotion_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa217 #6 (HIGH; lead48 only) the promoter of an active contact clause is read as the one
# promoted: "the officers Ruiz promoted to lieutenant" (Diaz among them).
def test_qa217_the_promoter_in_a_contact_clause_is_no_other_promotion():
    body = _QA211.format("Diaz was among the officers Chief Dan Ruiz promoted to lieutenant.")
    assert _found(body, "names.title-changed") == []


# --- qa217 #7 (HIGH; lead48 only) the person's name as the apposition of a kin or staff noun
# ("Ruiz's top aide, Diaz, was") is read as the aide's, another person's, promotion.
@pytest.mark.parametrize("sentence", [
    "Ruiz's top aide, Diaz, was promoted to lieutenant in May.",
    "Lee's partner, Diaz, was promoted to lieutenant.",
])
def test_qa217_the_surname_in_apposition_to_a_kin_noun_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa217 #8 (HIGH; lead48 only) an opening participle looks for its subject after its first
# comma only and takes any capital run there: a place's or a date's comma, a capital modifier
# before the name, or the inverted "Promoted to lieutenant were Diaz, Lee and Ng".
@pytest.mark.parametrize("sentence", [
    "Promoted to lieutenant in Austin, Texas, in 2015, Diaz moved to homicide.",
    "Promoted to lieutenant on Tuesday, Jan. 5, Diaz said she was ready.",
    "Promoted to lieutenant in May, Springfield native Bo Diaz now leads the unit.",
    "Promoted to lieutenant in May, NYPD veteran Diaz now leads the unit.",
    "Promoted to lieutenant were Diaz, Lee and Ng.",
    "Promoted to lieutenant: Bo Diaz, Ann Lee and Cy Ng.",
])
def test_qa217_an_opening_participle_of_the_persons_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa217 #9 (HIGH; lead48 only) a speaker of an attribution that closes the sentence with the
# person's name ("Diaz joined in 2010, Ruiz said.") is taken as the next "he"/"she"; so is a news
# outlet ("NBC reported he was").
@pytest.mark.parametrize("sentence", [
    "Diaz joined the force in 2010, Chief Dan Ruiz said. He was promoted to lieutenant in 2015.",
    "Diaz joined in 2010, Lee confirmed. She was promoted to lieutenant in 2015.",
    "Diaz joined in 2010. NBC reported he was promoted to lieutenant in 2015.",
])
def test_qa217_a_pronoun_after_a_closing_attribution_is_still_the_persons(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa217 #10 (HIGH; lead48 only) "doubts" as a noun in a fronted phrase reads as a denial of
# the subject after it.
@pytest.mark.parametrize("sentence", [
    "Despite doubts, Diaz was promoted to lieutenant.",
    "Despite the doubts, Diaz was promoted to lieutenant.",
])
def test_qa217_a_fronted_doubt_noun_is_no_denial(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa217 #11 (HIGH; lead48 only) a surname with a curly apostrophe (O’Brien, also HTML
# &rsquo;) is split by TOKEN, so its own promotion reads as another person's.
@pytest.mark.parametrize("body, suffix", [
    ("Sgt. Sean O’Brien spoke. O’Brien was promoted to lieutenant in May. Lt. O’Brien said no.", ".txt"),
    ("<html><body><p>Sgt. Sean O&rsquo;Brien spoke. O&rsquo;Brien was promoted to lieutenant in May. "
     "Lt. O&rsquo;Brien said no.</p></body></html>", ".html"),
])
def test_qa217_a_curly_apostrophe_surnames_own_promotion_is_no_slip(body, suffix):
    assert _found(body, "names.title-changed", suffix) == []


# --- qa217 #12 (MED; main too, fx339 caught it) another named person's who-clause promotion
# ("Diaz congratulated Lee, who was promoted") excuses the slip again: the subject "who" is no
# evidence for `promotion_clause`, though the name before it is plainly someone else.
_QA217_12 = "qa217 #12: 'Lee, who was promoted' after another's name still excuses"


@pytest.mark.parametrize("sentence", [
    _open("Diaz congratulated Lee, who was promoted to lieutenant in May.", source=_QA217_12),
    _open("Diaz praised Ann Lee, who was promoted to lieutenant in May.", source=_QA217_12),
    _open("Diaz replaced Lee, who was promoted to lieutenant.", source=_QA217_12),
    _open("Diaz's sister, who was promoted to lieutenant in May, agreed.", source=_QA217_12),
    _open("Diaz's sister joined in 2010 and was promoted to lieutenant in 2015.", source=_QA217_12),
])
def test_qa217_anothers_who_clause_or_second_verb_promotion_leaves_the_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == ["Lt"]


# --- qa217 #13 (MED; main too, fx339 caught it) `_set_off_before` lends a later capital to the
# person whenever the surname stands set off earlier in the clause, even across a reporting
# verb: "Diaz, 41, said Lee was promoted" reads as Diaz's.
_QA217_13 = "qa217 #13: a set-off surname lends a later speaker's object its promotion"


@pytest.mark.parametrize("sentence", [
    _open("Diaz, 41, said Lee was promoted to lieutenant.", source=_QA217_13),
    _open("Diaz, the union president, said Lee was promoted to lieutenant.", source=_QA217_13),
    _open("Diaz, however, said Ann Lee was promoted to lieutenant.", source=_QA217_13),
])
def test_qa217_a_set_off_surname_then_another_subject_leaves_the_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == ["Lt"]


# --- qa217 #14 (MED; main too) a colleague of somebody's or no one at all: `possessed_people`
# has no mentor, boss or supervisor, and "Another sergeant" / "No one" are no named person.
_QA217_14 = "qa217 #14: a mentor's, boss's, another's or no one's promotion still excuses"


@pytest.mark.parametrize("sentence", [
    _open("Diaz's mentor was promoted to lieutenant in May.", source=_QA217_14),
    _open("Diaz's boss was promoted to lieutenant in May.", source=_QA217_14),
    _open("Diaz's supervisor was promoted to lieutenant in May.", source=_QA217_14),
    _open("Another sergeant was promoted to lieutenant in May.", source=_QA217_14),
    _open("No one was promoted to lieutenant.", source=_QA217_14),
])
def test_qa217_a_colleagues_or_no_ones_promotion_leaves_the_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == ["Lt"]


# --- qa217 #15 (MED; main too, fx339 caught most) promotions to come, refused, conditional or
# denied in common wordings the clause reader does not know: "has yet to", "is to be", "is
# about/going/likely to be", "in line to be", "refused/declined to be", "Had Diaz been", "if"
# after the verb, "Under the deal ... would", and a denial of "the reports" / "news reports".
_QA217_15 = "qa217 #15: a future, refused, conditional or denied wording still excuses"


@pytest.mark.parametrize("sentence", [
    _open("Diaz has yet to be promoted to lieutenant.", source=_QA217_15),
    _open("Diaz is to be promoted to lieutenant.", source=_QA217_15),
    _open("Diaz is about to be promoted to lieutenant.", source=_QA217_15),
    _open("Diaz is going to be promoted to lieutenant.", source=_QA217_15),
    _open("Diaz is likely to be promoted to lieutenant.", source=_QA217_15),
    _open("Diaz is in line to be promoted to lieutenant.", source=_QA217_15),
    _open("Diaz refused to be promoted to lieutenant.", source=_QA217_15),
    _open("Diaz declined to be promoted to lieutenant.", source=_QA217_15),
    _open("Had Diaz been promoted to lieutenant, she would have led.", source=_QA217_15),
    _open("Diaz would be promoted to lieutenant if she passed the exam.", source=_QA217_15),
    _open("Under the deal, Diaz would be promoted to lieutenant.", source=_QA217_15),
    _open("Lee denied the reports that Diaz was promoted to lieutenant.", source=_QA217_15),
    _open("Lee denied news reports that Diaz was promoted to lieutenant.", source=_QA217_15),
    _open("Lee dismissed claims that Diaz was promoted to lieutenant.", source=_QA217_15),
])
def test_qa217_a_promotion_to_come_refused_or_denied_leaves_the_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == ["Lt"]


# --- qa217 #16 (MED; main flagged these too, fx339 read them) ", now a <rank>" needs
# `own_promotion`'s job end (qa211 #10's mend), whose list has no "with", "for", "who" or a
# participle, so the person's own present rank is flagged again; nor is "(now a lieutenant)" read.
_QA217_16 = "qa217 #16: ', now a lieutenant with/for/who/overseeing' and '(now a lieutenant)' not read"


@pytest.mark.parametrize("sentence", [
    _open("Diaz, now a lieutenant with the NYPD, agreed.", source=_QA217_16),
    _open("Diaz, now a lieutenant for the county, agreed.", source=_QA217_16),
    _open("Diaz, now a lieutenant who leads the unit, agreed.", source=_QA217_16),
    _open("Diaz, now a lieutenant overseeing homicide, agreed.", source=_QA217_16),
    _open("Diaz (now a lieutenant) agreed.", source=_QA217_16),
])
def test_qa217_now_a_rank_with_more_words_is_no_slip(sentence):
    assert _found(_QA211.format(sentence), "names.title-changed") == []


# --- qa217 #17 (MED; lead48 only, fx339 started it, fx348 made it 2.5x worse) every bare
# "promoted to" re-tokenises its sentence from the start several times (`verb_group`,
# `withdrawn`, `_someone_else`, `_set_off_before`), so one long unpunctuated paragraph with
# withdrawn promotions costs matches x length: 40 in 1 MB take ~5 s of CPU (fx339 2.1 s), 60 in
# 400 KB ~3 s (main 0.05 s), past the rule's own budget (`kinds.base.RULE_BUDGET`), which nothing
# here checks (it is only enforced inside regex calls).
# fx339/fx348 are taken back, so main's reading (one pass, no per-match re-read) keeps the budget:
# the time is a plain regression test; the finding wanted of it (another's promotion leaves the
# slip, nu48 #1) is main's open case, a strict xfail of its own.
def _qa217_17_long_sentence():
    """The story body (str): one ~400 KB sentence with 60 of another person's promotions."""
    chunk = "the council heard from residents about the budget and the parks and the roads " * 87
    return ("Sgt. Bo Diaz spoke. " + "".join(chunk + "and Capt. Ann Lee was promoted to lieutenant " for _ in range(60))
            + "done. Lt. Diaz said no.")


def test_qa217_many_promotions_in_one_long_sentence_stay_in_the_rule_budget():
    import time

    from lint.kinds.base import RULE_BUDGET
    from titles_helpers import read as read_doc, run as run_rule
    doc = read_doc(HED + _qa217_17_long_sentence() + "\n")
    start = time.process_time()
    list(run_rule(doc, "names.title-changed"))
    assert time.process_time() - start < RULE_BUDGET


@pytest.mark.xfail(strict=True, reason=f"qa217 #17 (nu48 #1): another's promotions excuse the slip; {_TAKEN_BACK}")
def test_qa217_many_withdrawn_promotions_in_one_long_sentence_leave_the_slip():
    assert _found(_qa217_17_long_sentence(), "names.title-changed") == ["Lt"]
