"""Contracted auxiliaries in the tense reading's words: a `will` ("he'll")
and a present copula before an infinitive `to` ("the board's to meet"), and
the "is to blame" idiom that names no plan. `lint.analysis.verb_group.cue`
asks these; the word lists are tense.yaml's. Tokens are lower case, with a
U+2018 inside a word read as U+2019 (`lint.analysis.tense` lowers them so).
"""
from __future__ import annotations

# The endings of a contracted `will` (`contracted_will`), also read in
# `verb_group.cue`'s first test, which takes them with its other endings.
WILL_ENDINGS = ("'ll", "’ll", "ʼll")


def contracted_will(low: str) -> bool:
    """Is the lower-case token a contracted `will` ("he'll", "they’ll",
    "heʼll" with U+02BC, which the tokens keep as a letter; "Mary‘ll" with
    U+2018, lowered to "mary’ll")? A lone "ll" is not: it is as often a
    Roman "II" typed with two l's ("Charles ll opened", qa164 #4) as a
    "He ‘ll" with its mark set off by a space."""
    return low.endswith(WILL_ENDINGS)


def contracted_copula(seq: list[str], lows: list[str], k: int, w) -> bool:
    """Is token k a present copula contracted onto its subject, read as
    `is`/`are` before an infinitive `to` ("the board's to meet", "we’re
    to meet"; tense.yaml `contracted_copula_endings`)? Its stem must be a
    subject pronoun ("he's", "they’re"), or a noun standing as its clause's
    subject: after the clause's opening, a conjunction, a clause break or a
    reporting verb, past a determiner, a capitalised name word or a
    `noun_modifiers` word ("The board's", "and the new board's", "said
    Acme's"). A possessive elsewhere is no copula: a place after a
    preposition ("at Macy's to buy", "to her mother's to help", qa171 #1),
    a predicate after a copula ("was Spain's to lose", qa171 #2) or an
    object after a verb ("visited Macy's to buy"). Never "who's", "that's",
    "here's", "let's" (`not_contracted_copulas`: "Who's to say")."""
    low = lows[k]
    ending = next((e for e in w["contracted_copula_endings"] if low.endswith(e)), None)
    if ending is None or low in w["not_contracted_copulas"]:
        return False
    if low[:-len(ending)] in w["ll_subjects"]:
        return True                                   # "he's to", "they’re to"
    j = k - 1
    while j >= 0 and k - j <= 3 and (lows[j] in w["determiners"] or lows[j] in w["noun_modifiers"]
                                     or seq[j][:1].isupper()):
        j -= 1
    return j < 0 or (lows[j] not in w["subject_prepositions"] and (
        lows[j] in w["conjunctions"] or lows[j] in w["clause_breaks"] or lows[j] in w["reporting"]))


def copula_idiom(seq: list[str], lows: list[str], i: int, w) -> bool:
    """Is `is to` + lows[i + 1] (the word after the infinitive `to` at i)
    an idiom that names no plan, "X is to blame", "Who's to thank"
    (tense.yaml `copula_to_idioms`)? Only with no object after it: "The
    firm is to blame for the spill", but "The council is to thank
    residents at a ceremony" is a plan (qa171 #9). An object is a
    determiner, an object pronoun (`object_pronouns`) or another word that
    is no preposition, conjunction, clause break or adverb, unless a
    reporting verb follows it
    ("is to blame, police said": the comma is not among these tokens). The
    last token of `seq` is none: the walks cut `seq` one word past where
    they read from (a date, an attribution set aside: "is to blame,
    officials said, for the spill on May 5"), so what follows it is unseen."""
    if i + 1 >= len(seq) or lows[i + 1] not in w["copula_to_idioms"]:
        return False
    k = i + 2
    if k >= len(seq) - 1:
        return True
    nxt = lows[k]
    if nxt in w["determiners"] or nxt in w["object_pronouns"]:
        return False
    return not seq[k][:1].isalpha() or nxt in w["subject_prepositions"] or nxt in w["conjunctions"] \
        or nxt in w["clause_breaks"] or nxt in w["perfect_adverbs"] or nxt.endswith("ly") \
        or (k + 1 < len(seq) and lows[k + 1] in w["reporting"])
