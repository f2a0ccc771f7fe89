"""What to tell a writer whose XML uses an entity nothing defines (nu68 #9).

NITF copy often carries HTML's names (`&eacute;`): NITF's DTD declares them,
but a file with no DOCTYPE naming a DTD has them undefined (XML 1.0 §4.1,
well-formedness constraint "Entity Declared"), and expat stops there. The
message names the entity and its mend; the position stays expat's. Under
a DOCTYPE naming a DTD (never read) an HTML name reads as its character
(`entity_char`) and any other is left out, said (`unread_entity`, qa355 #3).
"""
from __future__ import annotations

from html.entities import html5, name2codepoint

from .. import rx as regex

_ENTITY = regex.compile(r"&([\p{L}_:][\p{L}\p{N}_:.\-]*+);")
# XML's own five entities (XML 1.0 4.6), and the characters they read as.
PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def entity_char(name: str) -> str:
    """The character named entity `name` reads as: XML's five, else the HTML
    character of that name (NITF's DTD declares the HTML sets, and a DTD is
    never read), else '' (nothing)."""
    if name in PREDEFINED:
        return PREDEFINED[name]
    return chr(name2codepoint[name]) if name in name2codepoint else ""


def undefined_entity(source: str, at: int, end: int) -> str:
    """The error's words for the undefined entity expat stopped at, offset `at`
    in `source` (character offsets). Expat stands at the `&` in text, or at
    the `<` of the start tag whose attribute holds it: `end` is where that
    tag closes, and the first entity in it not XML's own is the one."""
    if source.startswith("&", at):
        m = _ENTITY.match(source, at)
    else:
        m = next((m for m in _ENTITY.finditer(source, at, end) if m[1] not in PREDEFINED), None)
    if m is None:
        return "undefined entity"
    name = m[1]
    text = html5.get(name + ";", "")            # HTML5's names, HTML 4's among them (qa355 #2)
    if not text:
        return (f"undefined entity '&{name};': XML itself defines only &amp;, &lt;, &gt;, "
                "&quot; and &apos;; write the character, or its number ('&#233;' is é)")
    numbers = "".join(f"&#{ord(c)};" for c in text)      # two for `&fjlig;`, 'fj' (qa358 #7)
    shown = f" ({text})" if text.isprintable() and not text.isspace() else ""
    what = "character" if len(text) == 1 else "characters"
    return (f"undefined entity '&{name};': write the {what}{shown} or '{numbers}' "
            "(a DTD may declare HTML's entity names, but newslint reads no DTD, "
            "so here the name is undefined)")     # any format, any DOCTYPE (qa355 #1, #4)


def unread_entity(name: str) -> str:
    """The words for an entity under a DOCTYPE naming a DTD that no HTML
    table names either (`&widget;`): only that DTD, which is never read,
    could declare it, so its text is left out (qa355 #3)."""
    return (f"entity '&{name};' left out of the text: no HTML entity has that name, and only the "
            "DTD, which newslint does not read, could declare it; write the characters it stands "
            "for, or their numbers ('&#233;' is é)")
