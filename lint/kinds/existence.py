"""`existence`: flag any of a list of tokens (Vale's kind of the same name).

`closing` and `closing-after` (newslint's own) spare the line a story may
end on: hygiene.boilerplate's copyright tagline (`Copyright 2026 Lakeshore
Ledger. All rights reserved.`), which wire agreements often require (nu25 #7).

A token of plain words (`sources say`) matches over a line wrap in one part,
as a `substitution` key does (`_alternation.key_pattern`, nu68 #3); a match
that runs over a break is spared in a closing tagline wrapped over its
lines (`_existence_closing`).
"""
from __future__ import annotations

import sys
from functools import cached_property

from .. import rx as regex

from ..analysis.words import is_common
from ..data_errors import data_error
from ..rule_cache import load_data
from ._alternation import key_pattern, literal_text, word_alternation
from .base import Finding, Kind, Option, OptionError, matches
from ._literals import alone, any_required, each_required, holding, tokens_in
from ._squeeze import spread_words
from ._name_spans import NameSpans
from ._existence_options import forward, line_pattern, part_messages, refuse_unknown_part_kinds
from ._existence_closing import closing_spans, spared as _spared


class Existence(Kind):
    name = "existence"
    placeholders = frozenset()
    description = "Flags every occurrence of any listed token."
    options = {
        "tokens": Option(list, required=True, non_empty=True,
                         help="regexes to flag; matched as whole words unless `nonword`"),
        "ignorecase": Option(bool, False, help="match without regard to case"),
        "nonword": Option(bool, False, help="do not require word boundaries around tokens"),
        "exceptions": Option(list, [], help="matched texts that are never flagged"),
        "ordinary": Option(list, [], help="names of groups in the tokens that must hold an ordinary "
                           "English word: a match whose group holds a name (a word not common in "
                           "news copy, 'Maxx') is not flagged; a group that took no part in the "
                           "match, or that no token has, is no test"),
        "closing": Option(str, "", help="a regex for a line the story may end on (a copyright "
                          "tagline): no match is flagged inside a line of its own that this matches "
                          "from the line's start when it is the story's last line (of its last "
                          "paragraph) or the line before a last line that `closing-after` matches"),
        "closing-after": Option(str, "", help="a regex for a whole line that may follow the "
                                "`closing` line at the story's end (an agency or contributor line)"),
        "shown-whole": Option(str, "", help="a regex for a whole part (white space around it "
                              "aside) that the message's `%s` quotes whole when a match ends it (or "
                              "ends its group `name`, which a credit may follow), `shown-after` "
                              "included: an alt text that is a CMS's file name with spaces ('Oscar "
                              "Isaac violent year.jpg', whose token is 'year.jpg'); the finding stays "
                              "on the match, and a whole that takes in an earlier finding that is a "
                              "whole name itself is not quoted (two names, 'IMG_1.JPG and IMG_2.JPG')"),
        "shown-after": Option(str, "", help="a regex for text right after a match that the "
                              "message's `%s` quotes with it: the '.png' a screenshot's name ends in "
                              "after its time, the ' (1).jpg' after 'IMG_4471'; the finding stays on "
                              "the match, and a later match that lies inside what it quotes (the "
                              "'AM.png' of one macOS screenshot name) is that text's, not flagged again; "
                              "one that may match nothing quotes more only where it is there, "
                              "but an empty branch before others (`|x`) is refused: it always wins"),
        "names": Option((list, str), [], data_file=True,
                        help="names that hold a token as a word of their own ('TK Maxx'), or a data "
                        "file whose `names:` lists them (a path relative to the config or rule file "
                        "that sets it, an absolute one, or newslint's own 'tk_names.yaml'): a match "
                        "inside one, as the list writes it or in capitals, with any run of spaces or "
                        "one hyphen between its words, is not flagged"),
        "part-messages": Option(dict, {}, check=lambda v: part_messages(v),
                                help="part kind (not a scope alias) -> the message for a match in a "
                                "part of that kind, `%s` as in `message:` (alt text told to write alt text, not a "
                                "caption); other parts take `message:`"),
    }

    def setup(self) -> None:
        o = self.opts
        # a plain phrase's spaces match a line wrap (nu68 #3); a non-string is kept for the check to name
        self.tokens = [key_pattern(t)[0] if isinstance(t, str) else t for t in o["tokens"]]
        # and its literals are read with one space between its words ("in order to", not "order": qa367 #5)
        self.reading = [literal_text(t) if isinstance(t, str) else t for t in o["tokens"]]
        self.pattern = word_alternation("tokens", self.tokens, o["ignorecase"], o["nonword"])
        fold = str.lower if o["ignorecase"] else str
        self.exceptions = {fold(e) for e in o["exceptions"]}
        self.fold = fold
        # the plain phrases' readings (`literals`, `spread`), and folded (`_spaced`)
        self.phrase_readings = [r for r, t in zip(self.reading, self.tokens) if r != t]
        self.phrases = frozenset(map(fold, self.phrase_readings))
        # A group no token has is no test: a config that overrides a built-in
        # rule's `tokens` keeps the rule's `ordinary` (hygiene.placeholder's).
        self.ordinary = tuple(g for g in o.get("ordinary") or () if g in self.pattern.groupindex)
        flags = regex.IGNORECASE if o["ignorecase"] else 0
        self.closing = line_pattern("closing", o.get("closing"), r"\A{}", flags)
        # `closing` tried at a line's start in a part's text (`_wrapped`): `match` anchors it there
        self.closing_from = line_pattern("closing", o.get("closing"), "{}", flags)
        self.closing_after = line_pattern("closing-after", o.get("closing-after"), r"\A{}\Z", flags)
        self.shown_whole = line_pattern("shown-whole", o.get("shown-whole"), r"\A{}\Z", flags)
        self.shown_after = line_pattern("shown-after", forward(o.get("shown-after")), r"\G{}", flags,
                                         empty_ok=True)
        self._subsets: dict[tuple[int, ...], "regex.Pattern"] = {}    # (`_pattern_for`)
        names = _listed_names(o.get("names"))
        self.names = _names_pattern(names, o["ignorecase"])
        self._refuse_names_that_shelter_nothing_or_all(names, o.get("names"))
        refuse_unknown_part_kinds(o.get("part-messages") or {})

    @cached_property
    def literals(self) -> frozenset[str] | None:
        """Plain strings one of which every match contains (None: unknown);
        read on first use, not at start-up. The plain phrases' are read
        apart from the regex tokens' (none is dropped for a shorter one of
        a regex token, which is looked for unsqueezed: `spread`)."""
        if not self.phrase_readings:
            return any_required(self.reading)
        got = any_required([r for r, t in zip(self.reading, self.tokens) if r == t]), \
            any_required(self.phrase_readings)
        return None if got[0] is None or got[1] is None else got[0] | got[1]

    @cached_property
    def spread(self) -> dict[str, str]:
        """The plain phrases' literals, looked for over a wrap too
        (`_squeeze.spread_words`); none when no token is a plain phrase."""
        if not self.phrase_readings or self.literals is None:
            return {}
        each = self.token_literals or ()
        return spread_words(any_required(self.phrase_readings).union(
            *(lits for lits, r, t in zip(each, self.reading, self.tokens) if r != t)))

    @cached_property
    def token_literals(self) -> tuple[frozenset[str], ...] | None:
        """Each token's `required` literals, when every token has some and
        none is tied to another (`_literals.alone`), for a built-in rule
        (`trusted`); else None. A user's rule keeps its whole alternation: a
        time-out names the pattern's place in its file, which a narrowed
        alternation compiled while checking has not. Read on first use."""
        if self.literals is None or not self.trusted or not alone(self.tokens):
            return None
        return each_required(self.reading)

    def _pattern_for(self, text: str) -> "regex.Pattern | None":
        """The alternation of the tokens that can match in `text`, in their
        order: a token none of whose literals is in its fold cannot, and
        leaving it out leaves every match as it is. The 14 tokens of
        hygiene.placeholder tried together cost six times what each tried
        alone does: a part that holds "to come" is scanned for that token
        only. None when no token can match in `text`. Each set of tokens is
        compiled once (`_subsets`)."""
        literals = self.token_literals
        if literals is None:
            return self.pattern
        keep = tokens_in(text, literals, self.spread)
        if len(keep) == len(literals):
            return self.pattern
        if not keep:
            return None
        found = self._subsets.get(keep)
        if found is None:
            if len(self._subsets) >= _MAX_SUBSETS:
                self._subsets.clear()
            o = self.opts
            found = self._subsets[keep] = word_alternation(
                "tokens", [self.tokens[i] for i in keep], o["ignorecase"], o["nonword"])
        return found

    def check(self, doc, parts):
        if self.literals is not None:     # most copy holds none: skip the scan
            parts = holding(doc, parts, self.literals, self.spread)    # (each part folded once per document)
        closing = _UNREAD
        for part in parts:
            pattern = self._pattern_for(part.text)
            if pattern is None:
                continue
            spans = None                  # the listed names' spans in the part, read once if needed
            quoted = None                 # the last finding's run-on (`shown-after`): its end to `shown_to`
            taken = 0                     # where the last whole name quoted ends: a later quote starts no earlier
            for m in matches(pattern, part.text, self.trusted):
                if quoted is not None and quoted[0] <= m.start() and m.end() <= quoted[1]:
                    continue              # the tail of the text the last finding quotes (qa340 #1, #2)
                if self._excepted(m.group()) or self._group_is_a_name(m):
                    continue
                if self.names is not None:
                    if spans is None:
                        spans = self.names.spans(part.text)
                    if any(a <= m.start() and m.end() <= b for a, b in spans):
                        continue
                if self.closing is not None:
                    if closing is _UNREAD:        # read once, on the first match
                        closing = closing_spans(doc, self.closing, self.closing_after, self.closing_from, self.trusted)
                    if _spared(closing, part, m):
                        continue
                shown_from, shown_to = self._shown(part.text, m, taken)
                if shown_to is not None:
                    quoted = (m.end(), shown_to)
                end = m.end() if shown_to is None else shown_to
                if self.shown_whole is not None and self._whole_name(part.text[m.start():end]):
                    taken = end
                yield Finding(part, m.start(), m.end(), shown_from=shown_from, shown_to=shown_to,
                              message=self.opts["part-messages"].get(part.kind), spaced=self._spaced(m.group()))

    def _refuse_names_that_shelter_nothing_or_all(self, names: list, value) -> None:
        """OptionError at the `names` item (in a data file: the file and the
        item's number) that holds no word, or that matches, whole, one of the
        rule's literal tokens (`_literal_tokens`: `slammed`, hygiene's
        `INSERT`) as the names are matched (`NameSpans`: as written or in
        capitals, its words apart by any white space or one hyphen, in any
        case under `ignorecase` as `regex` folds it): every match of that
        token would stand inside the name, switching it off (nu56 #1; `per
        cent` and `e mail` too, while `STRASSE` shelters no `straße`: rr52a
        #2, #3). A regex token never refuses a name: `NASA` for
        `\\b[A-Z]{3,}\\b` shelters only itself (qa284 #1). The whole list
        is tried first, so each name is tried alone only when one is refused."""
        literal = _literal_tokens(self.opts["tokens"])
        sheltered = self.names is not None and any(self.names.fullmatch(t) for t in literal)
        for i, name in enumerate(names):
            one = NameSpans([name], self.opts["ignorecase"]) if sheltered and name.split() else None
            token = next((t for t in literal if one.fullmatch(t)), None) if one is not None else None
            if not name.strip():
                problem = "an empty name shelters nothing; drop it"
            elif token is not None:
                problem = (f"{name!r} is itself a match of the rule's tokens: every such match would "
                           f"stand inside it, switching the rule off; list a name that holds {token!r} "
                           "with a word besides, or switch the rule off with `ignore:`")
            else:
                continue
            if isinstance(value, str):
                raise OptionError("names", f"data file {value!r}: item {i + 1} of `names:`: {problem}")
            raise OptionError("names", problem, ("names", i))

    def _excepted(self, found: str) -> bool:
        """Whether the matched text is one of the `exceptions`, as written or
        with each run of white space read as one space: an exception written
        on one line excepts the phrase wrapped over a line break."""
        found = self.fold(found)
        return found in self.exceptions or _SPACES.sub(" ", found) in self.exceptions

    def _spaced(self, found: str) -> bool:
        """Whether the match is a plain phrase's over white space other than
        its one spaces (a wrap, U+2028, a form feed), which the message then
        quotes as one space each (qa367 #9); a regex token's runs of spaces
        are quoted as matched."""
        one = _SPACES.sub(" ", found)
        return one != found and self.fold(one) in self.phrases

    def _group_is_a_name(self, m) -> bool:
        """True when one of the `ordinary` groups holds a word that is no
        ordinary one: a name, so the match is not what the token means."""
        named = m.re.groupindex           # (an alternation of some tokens may lack a group)
        return any(g in named and m.group(g) and not is_common(m.group(g)) for g in self.ordinary)

    def _shown(self, text: str, m, taken: int = 0) -> tuple[int | None, int | None]:
        """(from, to), the part-text offsets the message quotes around the
        match `m`, or None for its own edge. `to` takes in what `shown-after`
        matches right after it (the '.png' after a screenshot's time, nu67;
        the ' (1).jpg' after 'IMG_4471', qa332 #5). `from` is where the part's
        text starts, white space aside, when `shown-whole` matches all of it
        and `m`, so run on, ends it (or ends the pattern's group `name`: a
        name before a wire credit, qa332 #4): the message quotes the whole
        name while the span (which baselines fingerprint) stays on the token
        (nu65 #6). A whole that would take in an earlier finding's quote
        that is a whole name itself (which ends at `taken`) holds two names
        ('IMG_1.JPG and IMG_2.JPG', 'IMG_1.jpg copy.jpg'), so `m` is quoted
        from its own start (qa347 #2); a token that is no whole name
        ('photo12 sandbags.jpg') is part of the one name (fx477)."""
        # matched in place at the token's end, so a lookbehind or \b sees the
        # token and ^ holds only at a line's start (qa340 #3)
        after = None if self.shown_after is None else next(
            matches(self.shown_after, text, self.trusted, m.end()), None)
        to = None if after is None else after.end()
        if self.shown_whole is None:
            return None, to
        start, end = len(text) - len(text.lstrip()), len(text.rstrip())
        if m.start() <= start or m.end() > end or taken > start:
            return None, to
        whole = next(matches(self.shown_whole, text[start:end], self.trusted), None)
        if whole is None:
            return None, to
        stop = start + _name_end(whole)
        return (start, to) if stop == (m.end() if to is None else to) else (None, to)

    def _whole_name(self, quote: str) -> bool:
        """Whether a finding's quoted text is itself a whole name as
        `shown-whole` reads one (its group `name`, if it has one, all of it)."""
        whole = next(matches(self.shown_whole, quote, self.trusted), None)
        if whole is None:
            return False
        return _name_end(whole) == len(quote)


def _name_end(whole) -> int:
    """Where a `shown-whole` match's name ends: its group `name`'s end when
    the pattern has one and it took part (a name before a wire credit), else
    the match's."""
    named = "name" in whole.re.groupindex and whole.start("name") >= 0
    return whole.end("name") if named else whole.end()


_UNREAD = object()
_SPACES = regex.compile(r"\s+")
_MAX_SUBSETS = 64      # sets of tokens compiled per rule (`_pattern_for`); more start afresh

def _listed_names(value) -> list:
    """The `names` option's list: the option itself, or the `names:` list of
    the data file it names (`load_data`: a name in lint/data or an absolute
    path, as `base.data_file_path` made a relative one). Raises OptionError
    when the file cannot be read or holds no such list of strings."""
    if not isinstance(value, str):
        return value or []
    try:
        data = load_data(value)
    except Exception as exc:          # yaml itself is not imported when the cache holds the file
        yaml = sys.modules.get("yaml")
        if not (isinstance(exc, (OSError, ValueError)) or yaml and isinstance(exc, yaml.YAMLError)):
            raise
        raise OptionError("names", f"data file cannot be read: {data_error(value, exc)}") from None
    names = data.get("names") if isinstance(data, dict) else None
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise OptionError("names", f"data file {value!r} holds no `names:` list of strings")
    return names


def _names_pattern(names, ignorecase: bool) -> "NameSpans | None":
    """Where the `names` stand (`_name_spans.NameSpans`; None when there are
    none): each as the list writes it or in capitals (in any case when the
    rule ignores case), its words apart by any run of white space (a no-break
    space, a wrapped line) or by one hyphen ("TK-Maxx"), bounded by non-word
    characters as the tokens are. A name is plain text, not a regex. The
    rule's list is its own, so its search is kept with its patterns (`keep`)."""
    spans = NameSpans(names, ignorecase, keep=True)
    return spans if len(spans) else None


# Can a token match more than its own text? Yes with any of these, a `.` too (any character).
_MATCHES_MORE_THAN_ITSELF = frozenset("\\.^$*+?{}[]|()")


def _literal_tokens(tokens) -> list[str]:
    """The tokens that hold no regex syntax: a plain word or phrase
    (`slammed`, `per cent`), which matches only its own text."""
    return [t for t in tokens if isinstance(t, str) and t.strip() and not _MATCHES_MORE_THAN_ITSELF.intersection(t)]


KIND = Existence
