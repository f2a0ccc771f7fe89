"""`spelling`: Vale's Hunspell spell-checking kind (https://vale.sh/docs/checks/spelling).

Words come from Vale's tokenizer (`lint/vale/words.py`). A word is skipped
when a `filters` pattern matches it, or, unless `custom`, one of Vale's
default filters does (camelCase, a word ending in capitals, anything but
letters, `_` and `'`); it is accepted by any loaded dictionary, an `ignore`
word list, `exceptions` or the Vocab (whole word, any case).

Dictionaries: `dic` + `aff` paths, or `dictionaries` names looked up in
`dicpath`, StylesPath/config/dictionaries and DICPATH; with none, or with
`append`, the default en_US (`lint/vale/hunspell.py`). In a newslint rule
file a relative `dic`, `aff`, `dicpath` or `ignore` path is read beside the
rule file (a config's `options:` beside the config), as a `names:` table is
(`Option.data_file`), and one that is not there is refused at load; a Vale
style's are looked for in StylesPath, its config folders, the rule's folder
and the working folder, as before.
"""
from __future__ import annotations

import os

from .. import rx as regex

from ..kinds.base import Option, OptionError
from ..safeload import wide_refusal
from ..vale import hunspell
from ..regex_join import alternation, longest_first
from ..vale.rulebase import ValeKind, as_term, compile_vale, joined_exceptions
from ..vale.words import tokenize

# Vale's speller accepts a camelCase word (a lower-case letter then a capital).
_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")
DEFAULT_FILTERS = (r"[A-Z]{1}[a-z]+[A-Z]+\w+", r"[A-Z]+$", r"[^a-zA-Z_']")


class Spelling(ValeKind):
    name = "spelling"
    description = "Vale's spelling: words no Hunspell dictionary knows."
    options = {
        "custom": Option(bool, False, help="turn off the default filters"),
        "filters": Option(list, [], help="patterns of words to skip"),
        "ignore": Option((list, str), [], data_file=True, data_files=True,
                         help="word-list files (one word a line) to accept"),
        "exceptions": Option(list, [], help="words to accept"),
        "dicpath": Option(str, "", data_file=True, help="folder with .dic/.aff files"),
        "dictionaries": Option(list, [], help="dictionary names to load"),
        "dic": Option(str, "", data_file=True, help="path of a .dic file (with `aff`)"),
        "aff": Option(str, "", data_file=True, help="path of an .aff file (with `dic`)"),
        "append": Option(bool, False, help="load the default dictionary too"),
        "threshold": Option(int, 0, help="accepted for compatibility; unused"),
        "_styles": Option(str, "", help="set by the loader: the StylesPath"),
        "_base": Option(str, "", help="set by the loader: the rule file's folder"),
    }

    def setup(self) -> None:
        o = self.opts
        filters = list(o["filters"]) + ([] if o["custom"] else list(DEFAULT_FILTERS))
        self.filters = [compile_vale("filters", f, at=("filters", i)) for i, f in enumerate(filters)]
        terms = list(o["exceptions"]) + list(self.vale.accepted)
        self.excepted = None
        if terms:
            terms = [as_term(t) for t in sorted(set(terms), key=longest_first)]
            self.excepted = joined_exceptions("(?i)" + alternation(terms), terms)
        self.words: set[str] = set()
        ignore = [o["ignore"]] if isinstance(o["ignore"], str) else o["ignore"]
        for name in ignore:
            path = self._asset(name, "ignore")
            if path is None:
                raise OptionError("ignore", f"word list {name!r} not found")
            _refuse_wide(path, "ignore")
            # utf-8-sig: a list saved as UTF-8 with a BOM (Notepad) keeps its first word (qa298 #2)
            with open(path, encoding="utf-8-sig", errors="replace") as fh:
                self.words.update(w.strip() for w in fh if w.strip() and w.strip() != "#")
        self.paths = self._dictionaries()
        for dic, aff in self.paths:     # Hunspell reads no UTF-16: its words were lost unsaid (qa298 #1)
            key = "dic" if o["dic"] and o["aff"] else "dictionaries"
            _refuse_wide(dic, key)
            _refuse_wide(aff, key)
        self._memo: dict[str, bool] = {}
        self._checkers = None

    def _asset(self, name: str, kind: str) -> str | None:
        styles, base = self.opts["_styles"], self.opts["_base"]
        for root in (styles, os.path.join(styles, "config", kind) if styles else "",
                     os.path.join(styles, "config", "dictionaries") if styles else "", base, "."):
            if root or root == ".":
                p = os.path.join(root, name) if not os.path.isabs(name) else name
                if os.path.isfile(p):
                    return p
        return None

    def _dictionaries(self) -> list[tuple[str, str]]:
        o = self.opts
        found: list[tuple[str, str]] = []
        if o["dic"] and o["aff"]:
            dic, aff = self._asset(o["dic"], "dictionaries"), self._asset(o["aff"], "dictionaries")
            if dic and aff:
                found.append((dic, aff))
        if not found and o["dictionaries"]:
            dirs = [o["dicpath"]] if o["dicpath"] else []
            if self.opts["_styles"]:
                dirs.append(os.path.join(self.opts["_styles"], "config", "dictionaries"))
            for name in o["dictionaries"]:
                hit = hunspell.find_dictionary(str(name), hunspell.search_dirs(tuple(dirs)))
                if hit is None:
                    raise OptionError("dictionaries", f"dictionary {name!r} not found "
                                      f"(no {name}.dic and {name}.aff in {', '.join(dirs) or 'DICPATH'})")
                found.append(hit)
        return found

    def _load(self):
        if self._checkers is None:
            paths = list(self.paths)
            if not paths or self.opts["append"]:
                paths.append(hunspell.default_dictionary())
            self._checkers = [hunspell.load(d, a) for d, a in paths]
        return self._checkers

    def unavailable(self) -> str | None:
        o = self.opts    # read before setup: a rule from the rule cache is set up on first use
        needs_default = o.get("append") or not (o.get("dictionaries") or (o.get("dic") and o.get("aff")))
        styles = o.get("_styles")
        return hunspell.missing(needs_default, (os.path.join(styles, "config", "dictionaries"),)
                                if styles else ())

    def known(self, word: str) -> bool:
        hit = self._memo.get(word)
        if hit is None:
            hit = (word in self.words or word.lower() in self.words or bool(_CAMEL.search(word))
                   or any(h.spell(word) for h in self._load()))
            self._memo[word] = hit
        return hit

    def run(self, text):
        for start, end, word in tokenize(text):
            if any(f.search(word) for f in self.filters):
                continue
            if self.known(word):
                continue
            if self.excepted is not None and self.excepted.fullmatch(word):
                continue
            yield start, end, self.message(word)


def _refuse_wide(path: str, key: str) -> None:
    """OptionError on option `key` naming the word list or dictionary file at
    `path` and its BOM when it opens with a UTF-16 or UTF-32 BOM, as a Vocab
    list saved so is refused (`safeload.wide_refusal`); read as UTF-8, its
    words were lost unsaid (qa291 #2, qa298 #1). Any other bytes are read as
    before."""
    with open(path, "rb") as fh:
        wide = wide_refusal(fh.read(4))
    if wide is not None:
        raise OptionError(key, f"{path}:1: {wide}")


KIND = Spelling
