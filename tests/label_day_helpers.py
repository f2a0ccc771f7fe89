"""What the update-label day tests (fx580 and the review qa431) share,
written once: dates.relative-weekday counts a weekday from the day an
update or correction label gives, else from publication (2024-05-01).

`V`: a sentence with a relative weekday. `MET`: a Markdown story opening
a footnote, to append a label and more to. `days(name, text)`: [(snippet,
what the message's parentheses say)] of each relative-weekday finding in
`text` read as file `name`. `page(*blocks)`: an HTML article published
2024-05-01, its first paragraph "The council met.", then `blocks` as given."""
from __future__ import annotations

from lint.config import Config
from lint.engine import lint_bytes

V = "The council will vote next Tuesday."
MET = "The council met.[^1]\n\n[^1]: "


def days(name: str, text: str) -> list[tuple[str, str]]:
    res = lint_bytes(name, text.encode(), Config(select=("dates.relative-weekday",)))
    return [(d.snippet, d.message.split("(", 1)[1].split(")", 1)[0]) for d in res.diagnostics]


def page(*blocks: str) -> str:
    return ('<html><head><title>Budget</title><meta property="article:published_time" content="2024-05-01">'
            "</head><body><article><h1>Budget</h1><p>The council met.</p>" + "".join(blocks) +
            "</article></body></html>")
