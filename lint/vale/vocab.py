"""Vale's Vocab: the accepted and rejected terms of each vocabulary a
`.vale.ini` names (`Vocab = Desk`), read from
`StylesPath/config/vocabularies/<name>/accept.txt` and `reject.txt` (or the
older `StylesPath/Vocab/<name>/`), one term a line, `#` lines comments
(https://vale.sh/docs/keys/vocab). `styles.builtin_rules` turns them into
Vale.Terms and Vale.Avoid, and the spelling rules' exceptions.
"""
from __future__ import annotations

import os

from ..safeload import LoadError, read_text
from ..value_words import shown
from ..regex_size import added, not_compiling, oversized
from ..regular_files import present
from .. import code_stamp
from .config import ValeConfig, ValeConfigError

__all__ = ["accept_lists", "vocabulary", "vocab_stamps"]


def _word_list(path: str) -> list[tuple[int, str]]:
    """A Vocab list's (line, term)s, one term a line (`#` starts a comment
    line); read as a config is (`read_text`: bounded, never opening a FIFO).
    ValeConfigError, also at the line of a term whose counted repeats write out too much
    (`regex_size`: `(?:ab|cd){1000000}` crashed the process, qa292 #1)."""
    try:
        # a BOM (Notepad's UTF-8) read away, as a config's is: else the first term is lost (qa298 #3)
        lines = read_text(path, "vocabulary").removeprefix("\ufeff").splitlines()
    except LoadError as exc:
        raise ValeConfigError(f"{exc.where(path)}: {exc.message}") from None
    except OSError as exc:
        raise ValeConfigError(f"{path}: cannot read vocabulary: {exc}") from None
    terms = []
    for n, line in enumerate(lines, 1):
        term = line.strip()
        if term and not term.startswith("#"):
            if (why := oversized(term)) is not None:
                raise ValeConfigError(f"{path}:{n}: {not_compiling(term, why)}")
            terms.append((n, term))
    return terms


def vocabulary(vc: ValeConfig) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(accepted, rejected) terms of every Vocab the config names.
    ValeConfigError at the accepted (or rejected) term whose counted repeats,
    with the ones before it in that list, write out too much once joined
    (qa292 #2; the rejected ones are joined into Vale.Avoid, qa299 #3)."""
    accepted: list[str] = []
    rejected: list[str] = []
    # items each kind's counts add, joined (`rulebase.exceptions_regex`, Vale.Avoid's tokens)
    spent = {"accepted": 0, "rejected": 0}
    for name in vc.vocab:
        folder = _vocab_folder(vc, name)
        if folder is None:
            raise ValeConfigError(f"{vc.path}: Vocab: {name!r} does not exist under "
                                  f"{vc.styles_path or 'StylesPath (not set)'}/config/vocabularies")
        for fname, out, kind in (("accept.txt", accepted, "accepted"), ("reject.txt", rejected, "rejected")):
            p = os.path.join(folder, fname)
            if not present(p):      # a FIFO is present, which _word_list then names
                continue
            for n, term in _word_list(p):
                if (why := oversized(term, spent[kind])) is not None:
                    raise ValeConfigError(f"{p}:{n}: the {kind} terms up to {shown(term)} "
                                          f"together: {why}")
                spent[kind] += added(term)
                out.append(term)
    return tuple(accepted), tuple(rejected)


def _vocab_folder(vc: ValeConfig, name: str) -> str | None:
    """The folder of the Vocab `name` under StylesPath (config/vocabularies, or Vocab/), or None."""
    for sub in (("config", "vocabularies"), ("Vocab",)):
        cand = os.path.join(vc.styles_path or "", *sub, name)
        if vc.styles_path and os.path.isdir(cand):
            return cand
    return None


def _lists(vc: ValeConfig) -> list[str]:
    """The accept.txt and reject.txt paths of every Vocab the config names
    that exists, present or not."""
    return [os.path.join(folder, fname) for name in vc.vocab
            if (folder := _vocab_folder(vc, name)) is not None
            for fname in ("accept.txt", "reject.txt")]


def accept_lists(vc: ValeConfig) -> list[str]:
    """The accept.txt paths whose terms `vocabulary` reads (qa299 #2: named
    when they are joined to a rule's exceptions past the limit)."""
    return [p for p in _lists(vc) if p.endswith("accept.txt") and present(p)]


def vocab_stamps(vc: ValeConfig) -> tuple:
    """((path, `code_stamp.stamp` or None when absent) of each Vocab list
    `load(vc)` reads: what its rules' terms depend on besides `vc` itself
    (qa298 #6). Never raises: `vocabulary` names a missing Vocab."""
    return tuple((p, code_stamp.stamp(p)) for p in _lists(vc))
