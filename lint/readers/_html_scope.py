"""Which text of the markup the HTML extractor reads, and as what.

`ScopeSteps` (mixed into `_html_extract.Extractor`, which keeps the element
stack) makes the extractor's decisions about an element just opened that
are no part kind's:
- the `<article>`s: each is numbered, and with `restrict_to_article` only
  the text of the chosen outermost ones is in scope (`in_scope`);
- page furniture (`_is_furniture`): navigation, form controls, widgets, an
  embed's own buttons, a transcript's show/hide button and, on a full page,
  a template's standing notice, a player's list of videos and a hidden
  phrase. Their text is never prose;
- a hidden block on a page (`_veil`): its parts are marked `hidden`
  (dropped unless the story is hidden whole: `_html_page.story_parts`),
  except the rest of the story behind a "Continue reading" button
  (`_story_goes_on` for the `hidden` attribute, `_story_rest` for the
  class).
"""
from __future__ import annotations

from ._html_figures import Elem
from ._html_looks import read_on_beside
from ._html_names import Names
from ._html_tags import BLOCK, MUTE, VERBATIM, amp_hidden, is_widget, names_shown_box

# Texts finished in a hidden block's parent that make it the story's container.
STORY_RUN = 2


class ScopeSteps:
    """Scope, furniture and hidden-block steps for `Extractor` (see the module docstring)."""

    def in_scope(self) -> bool:
        return not self.head and (self.in_article or not self.restrict)

    def _open_article(self, elem: Elem, offset: int) -> None:
        """Number the `<article>` `elem` (opened at `offset`) and the
        outermost one it is in; with `restrict`, an outermost one of
        `articles` puts its text in scope."""
        if not self.boxes:
            self.tops += 1
            self.top_at.append(offset)
            if self.restrict and self.tops - 1 in self.articles:
                elem.article = self.in_article = True
        self.n_boxes += 1
        elem.box = self.n_boxes
        self.top_of[elem.box] = self.top_of[self.boxes[0]] if self.boxes else self.tops - 1
        self.boxes.append(elem.box)

    def _is_furniture(self, elem: Elem, tag: str, attrs: dict, names: Names) -> bool:
        """The element just opened (`names`: what its class and id name) is
        page furniture, its text never prose:
        navigation and form controls (`MUTE`), code (`VERBATIM`), a `<time>`
        outside running text, a widget (`is_widget`), an embed's own
        buttons (not a post quoted in a post: that is its text), a
        transcript's show/hide button; on a page, a template's standing
        notice, a player's list of videos and a hidden phrase."""
        return bool(tag in MUTE or tag in VERBATIM or (tag == "time" and not self._in_text()) or
                    (attrs and is_widget(tag, attrs, self._in_sentence())) or
                    (names.embed_widget and not (self.posts and names.embed)) or
                    (self.transcript and elem.control) or
                    (self.page and (names.template_box or (self.story_page and names.playlist) or
                                    (elem.hidden and tag not in BLOCK))))

    def _veil(self, elem: Elem, tag: str, attrs: dict, offset: int) -> None:
        """`elem`, a hidden block on a page that holds no rest of the story
        (`_story_goes_on`), opened at `offset`: what no reader sees, so its
        parts are marked and dropped unless they are the story
        (`_html_page.story_parts`). One the `hidden` class hides where the
        story runs on, that is no box a script shows (a modal, a share
        menu), may hold the story's rest (`_story_rest`, at its end)."""
        elem.veiled = True
        self.veiled += 1
        if "hidden" not in attrs and self._in_story_run(tag) and not names_shown_box(attrs):
            elem.rest = (len(self.doc.parts), offset, self.veiled)

    def _story_goes_on(self, tag: str, attrs: dict) -> bool:
        """A block the `hidden` attribute hides holds the rest of the story,
        so its text is prose (its pictures stay unseen, as a gallery's
        hidden copies would be): `hidden="until-found"` (HTML 6.1: a
        collapsed section the browser opens for find-in-page), or a bare
        `hidden` on a `<div>` or `<section>` whose parent (not the page's
        body) has finished at least STORY_RUN texts (the story's container:
        the rest of it behind a "Continue reading" button). Never AMP's lightbox copies; the
        `hidden` class stays muted (a modal's warning, a quiz slider)."""
        if "hidden" not in attrs or amp_hidden(tag, attrs):
            return False
        if (attrs["hidden"] or "").strip().lower() == "until-found":
            return True
        return self._in_story_run(tag)

    def _in_story_run(self, tag: str) -> bool:
        """The `<div>` or `<section>` just opened sits where the story runs
        on: its parent (not the page's body) has finished STORY_RUN texts."""
        parent = self.stack[-2]     # (the block is open: stack[-1])
        return tag in ("div", "section") and parent.tag not in ("#root", "html", "body") and \
            self.n_texts - parent.texts_before >= STORY_RUN

    def _story_rest(self, elem: Elem, offset: int) -> None:
        """`elem`, a block the `hidden` class hides where the story runs on,
        ends at `offset`: beside a "Continue reading" control it holds the
        rest of the story (the extractor may drop it: trafilatura skips a
        class ending in " hidden"), so its text parts are prose again,
        marked `rest` (`_html_page.story_parts`); not those of a hidden box
        (a modal) or a sidebar inside it."""
        first, start, depth = elem.rest
        if read_on_beside(self.src, start, offset):
            for part in self.doc.parts[first:]:     # (not a hidden box or a sidebar inside it)
                if self.veil_depth.get(id(part)) == depth and not part.attrs.get("sidebar"):
                    del part.attrs["hidden"]
                    part.attrs["rest"] = True
