"""`metric`: Vale's kind for readability-style formulas (https://vale.sh/docs/checks/metric).

`formula` is arithmetic over the file's counts (`words`, `sentences`,
`characters`, `syllables`, `complex_words`, `long_words`,
`polysyllabic_words`, `pre`, `list`, `blockquote`, `heading.h1`…`h6`,
`math.sqrt(…)` and friends); when `condition` (e.g. `> 8`) holds for the
result, the file is flagged once, at line 1, with `%s` the result to two
decimals. In a newslint rule file the counts are over the parts of its
`scope:` and the finding is at the first one's start. Formulas are evaluated by a small arithmetic interpreter, never
by `eval`.
"""
from __future__ import annotations

import ast
import math
import operator

from .. import rx as regex

from ..did_you_mean import hint
from ..kinds.base import Option, OptionError
from ..vale.rulebase import ValeKind
from ..vale.scope import blocks
from ..vale.sentences import split_sentences

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
        ast.Div: operator.truediv, ast.Mod: operator.mod, ast.Pow: operator.pow,
        ast.USub: operator.neg, ast.UAdd: operator.pos,
        ast.Gt: operator.gt, ast.GtE: operator.ge, ast.Lt: operator.lt, ast.LtE: operator.le,
        ast.Eq: operator.eq, ast.NotEq: operator.ne}
_MATH = {"sqrt": math.sqrt, "log": math.log, "log10": math.log10, "abs": abs, "pow": math.pow,
         "floor": math.floor, "ceil": math.ceil, "round": round, "max": max, "min": min}
_WORD = regex.compile(r"\b[\p{L}\p{N}'’-]+\b")
_VOWELS = regex.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """An English syllable estimate: vowel groups, less a silent final e."""
    w = word.lower().strip("'’-")
    if len(w) <= 3:
        return 1
    if w.endswith(("es", "ed")) and not w.endswith(("les", "ted", "ded")):
        w = w[:-2]
    elif w.endswith("e") and not w.endswith("le"):
        w = w[:-1]
    return max(1, len(_VOWELS.findall(w)))


def _evaluate(node, names: dict):
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name):
        if node.id not in names:
            raise ValueError(f"unknown variable {node.id!r}")
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_evaluate(node.left, names), _evaluate(node.right, names))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_evaluate(node.operand, names))
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _OPS:
        return _OPS[type(node.ops[0])](_evaluate(node.left, names),
                                       _evaluate(node.comparators[0], names))
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "math"
            and node.func.attr in _MATH and not node.keywords):
        return float(_MATH[node.func.attr](*(_evaluate(a, names) for a in node.args)))
    raise ValueError("only numbers, counts, + - * / %, comparisons and math.f(...) are allowed")


# The names a formula may use: `counts`' keys (`heading.h1` is read as `heading_h1`).
COUNT_NAMES = frozenset({"words", "sentences", "characters", "syllables", "complex_words",
                         "polysyllabic_words", "long_words", "pre", "list", "blockquote",
                         "paragraphs"} | {f"heading_h{level}" for level in range(1, 7)})


def _parse(key: str, text: str) -> ast.Expression:
    """`text` (a `formula:` or `1` and a `condition:`) parsed; OptionError at
    `key` when it is not arithmetic the interpreter runs, names no count
    (`wrods`, with the name meant: it loaded and never fired, qa99 #12) or
    is too big for a float with every count 1 (`9 ** 9 ** 9 ** 9`: an
    internal error, qa99 #13). A division by zero loads, as in Vale."""
    text = regex.sub(r"heading\.(h[1-6])", lambda m: "heading_" + m[1], text.strip())
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise OptionError(key, f"cannot read {_shown(text)!r}: {exc}") from None
    for name in _names(tree):
        if name not in COUNT_NAMES:
            raise OptionError(key, f"cannot read {_shown(text)!r}: {_shown(name)!r} is no count "
                                   f"({hint(name, COUNT_NAMES, _shown)}counts: {', '.join(_shown(n) for n in sorted(COUNT_NAMES))})")
    try:
        _evaluate(tree, dict.fromkeys(COUNT_NAMES, 1.0))
    except ZeroDivisionError:
        pass
    except OverflowError:
        raise OptionError(key, f"cannot read {_shown(text)!r}: its result is too big for a number") from None
    except (ValueError, TypeError) as exc:
        raise OptionError(key, f"cannot read {_shown(text)!r}: {exc}") from None
    return tree


def _names(tree: ast.AST) -> list[str]:
    """The names `tree` reads, in order: every `ast.Name` but the `math` of `math.f(...)`."""
    called = {id(n.func.value) for n in ast.walk(tree)
              if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}
    return [n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) not in called]


def _shown(text: str) -> str:
    """A formula or name as the rule file writes it: `heading.h1`."""
    return regex.sub(r"heading_(h[1-6])", r"heading.\1", text)


def counts(doc, parts=None) -> dict[str, float]:
    """The file's counts over its prose (Vale's summary) and its block kinds;
    with `parts` (a newslint rule file's `scope:`), over those parts: their
    text joined by blank lines, their headings, list items and quotes."""
    if parts is None:
        bl = blocks(doc)
        summary = next((b.text for b in bl if "summary" in b.sections), "")
        shapes = [b.sections for b in bl if not b.sections & {"summary", "raw", "sentence", "paragraph",
                                                                "link", "strong", "emphasis"}]
        paragraphs = sum(1 for s in shapes if "text" in s and len(s) == 2)
    else:
        summary = "\n\n".join(p.text for p in parts)
        shapes = [_sections(p) for p in parts]
        paragraphs = sum(1 for p in parts if p.kind == "paragraph")
    words = _WORD.findall(summary)
    syl = [syllables(w) for w in words]
    out = {"words": float(len(words)), "sentences": float(len(split_sentences(summary)) or 1),
           "characters": float(sum(len(w) for w in words)), "syllables": float(sum(syl)),
           "complex_words": float(sum(1 for s in syl if s >= 3)),
           "polysyllabic_words": float(sum(1 for s in syl if s >= 3)),
           "long_words": float(sum(1 for w in words if len(w) > 6)),
           "pre": 0.0, "list": 0.0, "blockquote": 0.0, "paragraphs": float(paragraphs)}
    for level in range(1, 7):
        out[f"heading_h{level}"] = 0.0
    for sections in shapes:
        for name in ("list", "blockquote"):
            if name in sections:
                out[name] += 1
        for level in range(1, 7):
            if f"h{level}" in sections:
                out[f"heading_h{level}"] += 1
    return out


def _sections(part) -> frozenset:
    """Vale's block sections that `counts` reads, for a part of a rule's scope."""
    if part.kind in ("headline", "heading"):
        return frozenset({"heading", part.attrs.get("block") or ("h1" if part.kind == "headline" else "h2")})
    if part.kind == "blockquote":
        return frozenset({"blockquote"})
    return frozenset({"list"}) if part.attrs.get("block") == "li" else frozenset()


class Metric(ValeKind):
    name = "metric"
    description = "Vale's metric: a formula over the file's counts crosses a limit."
    options = {
        "formula": Option(str, required=True, help="arithmetic over the counts"),
        "condition": Option(str, required=True, help="the test the result fails, e.g. '> 8'"),
    }

    def setup(self) -> None:
        self.formula = _parse("formula", self.opts["formula"])
        _parse("condition", "1 " + self.opts["condition"])

    def check(self, doc, parts):
        self.prepare()
        names = counts(doc, parts if self.native else None)
        try:
            result = _evaluate(self.formula, names)
            hit = _evaluate(ast.parse(f"{result!r} {self.opts['condition']}", mode="eval"), names)
        except (ZeroDivisionError, ValueError, OverflowError):
            return
        if not hit:
            return
        if self.native:      # at the start of the first part of the rule's scope
            if parts:
                yield self.finding(parts[0], 0, 0, self.message(f"{result:.2f}"))
            return
        part = next((b.part for b in blocks(doc) if "raw" in b.sections), None)
        if part is not None:
            yield self.finding(part, 0, 0, self.message(f"{result:.2f}"))


KIND = Metric
