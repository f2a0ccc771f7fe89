"""The HTML tag and class tables the extractor works from.

Which elements are skipped (never prose), void, block-level or paragraphs;
which close an open one implicitly (as the HTML parsing algorithm does for
`<p>`, `<li>`, table cells); and which class tokens mark a part.
"""
from __future__ import annotations

from .. import rx as regex

# Elements whose content a browser reads as text up to their own end tag,
# WHATWG HTML 13.2.5.2-4 (the tokenizer's RCDATA, RAWTEXT and script data
# states): a `<!--` there is text, never a comment, so it holds no directive
# (qa90 #3) and a directive written there would be shown. `noscript` is
# RAWTEXT only when scripting is on, and then it is not shown; `plaintext`
# has no end tag. Each use adds what it needs of these two.
TEXT_ONLY = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})
SKIP = frozenset({"script", "style", "noscript", "template", "noembed", "noframes",
                  "svg", "math", "iframe", "object", "select", "textarea"})
# Code and a computer's text (a `<pre>` block of code or an ASCII table, an
# inline `<code>`, `<kbd>`, `<samp>`): never prose, but elements like any
# other, so the markup inside nests as usual and an ancestor's end tag ends
# them, as browsers parse them (one left open does not swallow the story).
# The extractor mutes them; inline in running text each stands as one OBJECT.
VERBATIM = frozenset({"pre", "code", "kbd", "samp"})
VOID = frozenset({"img", "br", "hr", "meta", "link", "input", "source", "wbr", "area", "base",
                  "col", "embed", "param", "track"})
BLOCK = frozenset({"p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
                   "blockquote", "figure", "figcaption", "div", "section", "article", "main",
                   "header", "footer", "aside", "nav", "ul", "ol", "dl", "table", "tr", "tbody",
                   "thead", "tfoot", "caption", "form", "hr", "address", "details", "summary",
                   "body", "html", "head", "title", "fieldset", "hgroup", "pre"})
PARAGRAPHS = frozenset({"p", "li", "td", "th", "dd", "dt"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements a new one of the same family closes implicitly, unless a container
# lies in between (a nested list keeps its parent's item open).
CONTAINERS = BLOCK - PARAGRAPHS - {"tr"}
AUTO_CLOSE = {"p": ({"p"}, CONTAINERS), "li": ({"li"}, CONTAINERS | {"ul", "ol"}),
              "dt": ({"dt", "dd"}, CONTAINERS), "dd": ({"dt", "dd"}, CONTAINERS),
              "td": ({"td", "th"}, CONTAINERS), "th": ({"td", "th"}, CONTAINERS),
              "tr": ({"tr"}, CONTAINERS)}
CLOSES_P = ({"p"}, BLOCK - {"p"})    # any other block start ends an open <p>
# Class tokens that mark a part. "credit" counts anywhere in a token (`article__credit`,
# `Figure-credit`, `imgcredit`, `captioncredit`) but inside the words accredit-, discredit- and
# noncredit (`content-header__accreditation`, Wired's dek block: nu65 #1; qa327 #2 found the
# token-part reading lost glued credits), and so does a picture's author or source (`img-author`);
# "caption" as the last word of a token (`postpicturecaption`, `wp-caption-text`,
# `rolloverCaption`; not `has-caption`) marks a caption outside a `<figcaption>`, and
# `source` a credit, both only beside a picture; a credit token wins over a caption one;
# the others count as a word of it (`article-byline`), and `author` only as the
# whole token (`author-anonymous` marks a container).
CLASS_KINDS = regex.compile(r"(?P<credit>(?<!ac|dis|non)credit|(?:img|image|photo|picture)[-_]?(?:author|source|byline))|"
                            r"(?P<byline>(?:^|[-_])byline(?:$|[-_])|^author$)|"
                            r"(?P<dateline>(?:^|[-_])dateline(?:$|[-_]))|"
                            r"(?P<dek>(?:^|[-_])(?:dek|deck|standfirst|subheadline)(?:$|[-_])|^subtitle$)|"
                            r"(?P<caption>(?<!(?:has|no|with|show|hide)[-_]?)caption[-_]?(?:text|content|inner)?$)|"
                            r"(?P<source>^(?:source|photo-?by)$)",
                            regex.IGNORECASE)
# A quick test of a whole class attribute before its tokens are read one by one.
CLASS_HINT = regex.compile(r"credit|author|source|byline|dateline|dek|deck|standfirst|subheadline|"
                           r"subtitle|caption|photo-?by", regex.IGNORECASE)
CLASS_PRIORITY = ("credit", "source", "byline", "dateline", "dek", "caption")
# A text that says it is a photo credit ("Photos: Getty Images", "Photo by Ana Ruiz", "(Credit: AP)"),
# with a name after the lead-in: a bare "Facebook" or "Sign In / Register" is a widget's label.
CREDIT_LEAD = regex.compile(r"\s*\(?\s*(?:photo(?:graph)?s?|pictures?|images?|illustrations?|(?:photo\s+|image\s+)?credits?)"
                            r"\s*(?::|\bby\b|\bcourtesy\b)\s*\w", regex.IGNORECASE)
# Microdata properties that name a picture's maker or rights holder (schema.org
# ImageObject/CreativeWork): inside a figure, a credit.
CREDIT_PROPS = frozenset({"creator", "copyrightholder", "credittext", "author"})
# What a heading's class token says it is, read from the token's last word (a
# compound names what it is last: `story-category`, `article__kicker`, `section-title`);
# a BEM modifier (`--category-news`) says how it looks, not what it is.
KICKER_WORDS = frozenset({"kicker", "eyebrow", "overline", "rubric", "label", "category", "section"})
TITLE_WORDS = frozenset({"headline", "title", "hed"})
# A kicker standing alone (`<p class="kicker">` over a fragment's demoted hed or
# a page's story heading, `_html_kinds`): a word of its class is a kicker word
# or `flag`, looser than a heading's own class (`heading_role`).
KICKER = regex.compile(r"(?:^|[\s_-])(?:" + "|".join(sorted(KICKER_WORDS | {"flag"})) + r")(?:$|[\s_-])",
                       regex.IGNORECASE)
KICKER_MAX_WORDS = 3     # words: a kicker is no longer (an h1 that is all kicker and longer is a headline)
_LAST_WORD = regex.compile(r"([a-z0-9]+)$")


def heading_role(classes: str | None) -> str | None:
    """"title" when a class token of a heading (or of a tag inside one) names
    a headline or title (`headline`, `entry-title`, `c-article__title`),
    else "kicker" when one names a kicker (KICKER_WORDS: `kicker`,
    `story-category`), else None. Whole tokens only: `label-large`,
    `c-article__title--category-news` name no kicker."""
    words = set()
    for token in (classes or "").lower().split():
        m = _LAST_WORD.search(token.split("--")[0])
        if m:
            words.add(m[1])
    return "title" if words & TITLE_WORDS else "kicker" if words & KICKER_WORDS else None


# Containers are never one part, whatever their class says.
NOT_MARKED = frozenset({"html", "body", "article", "main", "section", "figure", "ul", "ol", "table",
                        "header", "footer", "aside", "nav", "form"})
MUTE = frozenset({"nav", "form", "button", "dialog"})    # controls and navigation, never prose
# Links that share the page (a share bar's buttons), wherever they sit.
SHARE_HREF = regex.compile(r"pinterest\.[a-z.]+/pin/create|facebook\.com/(?:sharer|dialog/(?:share|feed))|"
                           r"(?:twitter|x)\.com/(?:intent/tweet|share)|linkedin\.com/(?:shareArticle|sharing)|"
                           r"reddit\.com/submit|whatsapp\.com/send|whatsapp://send|t\.me/share|^mailto:\?",
                           regex.IGNORECASE)
# Class words of widgets: share and follow bars, newsletter sign-ups
# (`<p class="signup">`), and the pieces of a media
# player (BEM elements of a player block: "player-with-placeholder__caption",
# "player-overlay__title"; the wrapper, "video-player", may hold the story).
# Those words mark only small elements (a `<div class="social-enabled">`
# may hold the story too).
SHARE_CLASS = regex.compile(r"(?:^|[-_])(?:share|sharing|sharebar|social|signup)(?:$|[-_])",
                            regex.IGNORECASE)
# "Newsletter" is also what a story is about, or the text of an archived issue
# (`<p class="newsletter-text">` on every paragraph): it marks a sign-up only
# alone or with a word of a pitch or its form (`newsletter-promo`,
# `newsletter__submit-button`, `c-newsletter_signup_box__blurb`).
NEWSLETTER_CLASS = regex.compile(
    r"^newsletters?$|(?:^|[-_])newsletters?[-_](?:[\w-]*[-_])?"
    r"(?:promo|signup|sign-up|subscribe|cta|form|box|widget|module|banner|button|btn|submit|link|"
    r"title|label|message|blurb|description|callout|plug|shortcode|icon)s?(?:$|[-_])|"
    r"(?:^|[-_])(?:promo|signup|subscribe|cta|form|submit|icon|btn|blocks)[-_]+newsletters?(?:$|[-_])",
    regex.IGNORECASE)
# A sports page's player is an athlete: `player-photo`, `player-card`,
# `player-card__headshot` name his picture or his profile, never a media player.
_ATHLETE = r"(?:photo|image|img|pic(?:ture)?|headshot|mug|card|profile|bio|stats?|name|info)(?:$|[-_s])"
PLAYER_CLASS = regex.compile(rf"(?:^|[-_])player(?![-_]{_ATHLETE})[\w-]*__\w", regex.IGNORECASE)
# A video's poster: the still a player shows until it plays, named by the
# image's class (a player block's BEM element, `player-with-placeholder__image`;
# `video-placeholder`, video.js `vjs-poster`) or by the player block right
# round it (`<div class="video-player"><img>`). The player replaces it: no
# picture of the story to describe or credit. A bare `poster` class is left
# alone (a film review's poster is the story's picture), and so is a lazy
# loader's `placeholder` outside a player, and a `video-still` (a frame
# grab the newsroom publishes as a photo: "A still from the police video").
POSTER_CLASS = regex.compile(r"(?:^|[-_])(?:(?:video|vjs|player)[-_]?(?:poster|placeholder)|(?:vjs|player)[-_]?still)"
                             r"(?:$|[-_])", regex.IGNORECASE)
PLAYER_BLOCK = regex.compile(rf"(?:^|[-_])(?:video|vjs|media|audio|jw)?[-_]?player(?:$|[-_](?!_)(?!{_ATHLETE}))",
                             regex.IGNORECASE)
_WIDGET_HINT = regex.compile(r"share|sharing|social|newsletter|signup|player|screen|hidden|sr-only",
                            regex.IGNORECASE)
# Text only a screen reader speaks ("Image caption", "Media playback is
# unsupported"): the common visually-hidden utility classes of CSS frameworks
# (Bootstrap `sr-only`/`visually-hidden`, WordPress `screen-reader-text`, the BBC's
# `off-screen`). A reader never sees it, so it is never prose.
SCREEN_READER = frozenset({"sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
                           "off-screen", "offscreen"})
SMALL = frozenset({"a", "span", "button", "li", "p", "small", "em", "strong", "i", "b"})
INLINE = SMALL - {"button", "li", "p"}     # phrasing elements that run on in a sentence
MAX_DEPTH = 512      # browsers cap nesting too; it keeps every step cheap on junk input
EXCLUSIVE = frozenset({"headline", "heading", "title", "caption", "credit", "byline",
                       "dateline", "dek", "field"})
# Inline elements whose spans Vale's `link`, `strong` and `emphasis` scopes select,
# and `<q>`, a quotation a browser shows in quote marks (HTML Living Standard 4.5.7):
# `quotation`, which the quote scan reads as a quote (`analysis.quote_elements`).
INLINE_MARKS = {"a": "link", "strong": "strong", "b": "strong", "em": "emphasis", "i": "emphasis",
                "q": "quotation", "sup": "superscript"}
# Elements a browser runs on in a line of loose text (HTML Living Standard 3.2.5.2.5,
# phrasing content, with the presentational ones older CMS copy still writes):
# a `<q>` or a speaker's name among them opening a `<div>` hands its line on to
# the container round them (`_html_line_on.LineSteps._line_on`).
PHRASING = INLINE | frozenset(INLINE_MARKS) | {"font", "u", "s", "strike", "sup", "sub", "mark", "cite", "abbr",
                                         "dfn", "time", "ins", "del", "big", "tt", "bdi", "bdo", "data"}


def inline_mark(tag: str, attrs: dict | None) -> str | None:
    """The inline mark (`INLINE_MARKS`) an element opens, from its tag and
    its start tag's attributes: "link" only for an `<a>` with an href (an
    `<a name>`, `<a id>` or bare `<a>` is a place or nothing, no link,
    qa125 #8); None for a tag that opens none."""
    if tag == "a" and "href" not in (attrs or {}):
        return None
    return INLINE_MARKS.get(tag)


# A heading's permalink anchor, as static-site and docs generators print it
# (GitHub's and Hugo themes' aria-hidden `anchor`, Sphinx `headerlink`, markdown-it-anchor
# `header-anchor`, Docusaurus `hash-link`, AnchorJS): a glyph ("#", "¶", "🔗")
# or nothing, linking to the heading's own id.
PERMALINK_CLASS = frozenset({"headerlink", "header-anchor", "heading-anchor", "hash-link", "anchor-link",
                             "anchorjs-link", "permalink"})
_PERMALINK_TITLE = regex.compile(r"\s*(?:permalink|permanent\s+link|link\s+to\s+this)", regex.IGNORECASE)


def is_permalink(attrs: dict, in_sentence: bool = False) -> bool:
    """A link to an anchor on the page marked as a permalink by its class or
    title, or hidden from screen readers (`aria-hidden`: not in a sentence,
    whose words it may be). A bare `class="anchor"` is not enough: a table
    of contents' or a "Back to top" link has it too, with words."""
    if not (attrs.get("href") or "").startswith("#"):
        return False
    classes = {c.lower() for c in (attrs.get("class") or "").split()}
    return bool(classes & PERMALINK_CLASS or _PERMALINK_TITLE.match(attrs.get("title") or "")) or \
        (not in_sentence and (attrs.get("aria-hidden") or "").lower() == "true")


def is_widget(tag: str, attrs: dict, in_sentence: bool = False) -> bool:
    """A share link or button, a heading's permalink glyph, a media player's label, or screen-reader-only
    text in a small element: never prose. `in_sentence`: the element is
    inline and opens after the words of a paragraph it runs on in; a class
    word there (`<span class="share-price">4 percent</span>`) names what the
    words are, not a widget, and cutting them would leave a sentence with a hole."""
    if tag == "a" and SHARE_HREF.search(attrs.get("href") or ""):
        return True
    if tag == "a" and is_permalink(attrs, in_sentence):
        return True
    classes = attrs.get("class") or ""
    if tag in NOT_MARKED or not _WIDGET_HINT.search(classes):
        return False
    words = tag in SMALL and not (in_sentence and tag in INLINE)
    return any(PLAYER_CLASS.search(c) or c.lower() in SCREEN_READER and tag in SMALL or
               (words and (SHARE_CLASS.search(c) or NEWSLETTER_CLASS.search(c)))
               for c in classes.split())


# Class or id words of a page control (a button, an icon, a logo) on an <img>
# or the element round it: `btn-invite`, `btnInviteFriends`, `site-logo`,
# `siteLogo`, `icon_rss` (and the same words in an image's file name). Such an
# image is the page's, not a picture of the story.
CONTROL_NAME = regex.compile(
    r"(?:^|[-_\s/.])(?i:btn|button|icons?|logos?|sprite|badge|gravatar|avatar|emoji|spinner)(?=$|[-_\s\d/.]|\p{Lu})"
    r"|(?<=\p{Ll})(?:Btn|Button|Icons?|Logos?|Sprite|Badge|Avatar)(?=$|[-_\s\d/.]|\p{Lu})")


# A video or podcast transcript's container (`id="transcript"`, `transcriptContent`,
# `video-transcript`): the story's text in another form, wherever the template puts it.
TRANSCRIPT_NAME = regex.compile(r"(?:^|[-_\s])(?i:transcript)|(?<=\p{Ll})Transcript")


def names_transcript(attrs: dict) -> bool:
    """True when an element's class or id names a transcript, not a control of one
    (`transcriptButton`)."""
    return any(TRANSCRIPT_NAME.search(attrs.get(k) or "") for k in ("class", "id")) and \
        not names_control(attrs)


# Class or id words of a sidebar box (`<aside class="related">`, `sidebar`,
# `promo-box`, `right-rail`, `recirculation`, `widget`): not the story's.
SIDEBAR_NAME = regex.compile(r"(?:^|[-_\s])(?i:sidebar|side-bar|related|promos?|rail|recirc\w*|widgets?)(?=$|[-_\s\d])")


def names_sidebar(attrs: dict) -> bool:
    """True when an element's class or id names a sidebar box (`SIDEBAR_NAME`)."""
    return any(SIDEBAR_NAME.search(attrs.get(k) or "") for k in ("class", "id"))


# A gallery's strip of thumbnails (`<ul class="thumbs">`, `gallery-thumbs`,
# `<a class="inline-gallery-thumbnail">`): small copies that pick which of
# the gallery's pictures is shown. A lone `thumbnail` is left alone: WordPress
# names a story's small picture `size-thumbnail`.
THUMB_STRIP = regex.compile(r"(?:^|[-_])thumb(?:s|nails)(?:$|[-_])|(?:gallery|slide(?:show)?|carousel|rotator)"
                            r"[-_]?thumb(?:nail)?s?(?:$|[-_])", regex.IGNORECASE)


def names_thumb_strip(attrs: dict) -> bool:
    """True when an element's class names a gallery's thumbnail strip (`THUMB_STRIP`)."""
    classes = attrs.get("class") or ""
    return "humb" in classes and any(THUMB_STRIP.search(c) for c in classes.split())


# A publisher's standing notice boxed by the template: an advertising or
# affiliate disclosure (`<section class="editorial-disclosure">`), a
# standards badge (`TrustBadge-trust-badge`: "Our Standards: The Trust
# Principles"). The same words on every page, never the story's prose.
TEMPLATE_BOX = regex.compile(r"(?:^|[-_])(?:(?:editorial|affiliate|advertis\w*|sponsor\w*)[-_])?disclosures?"
                             r"(?:$|[-_])|(?:^|[-_])trust-?badges?(?:$|[-_])", regex.IGNORECASE)


# Where a bare `disclosure` class is the writer's own line, not a template's
# box: a paragraph or a phrase of the story ("Disclosure: the author owns shares").
_TEXT_LEVEL = frozenset({"p", "span", "em", "i", "strong", "b", "small"})


def names_template_box(tag: str, attrs: dict) -> bool:
    """True when an element's class names a template's standing notice
    (`TEMPLATE_BOX`); a bare `disclosure` only on a box, not on a paragraph
    or phrase (`<p class="disclosure">`: the story's own disclosure)."""
    classes = (attrs.get("class") or "").lower()
    if not ("isclos" in classes or "badge" in classes):
        return False
    names = [c for c in classes.split() if TEMPLATE_BOX.search(c)]
    if tag in _TEXT_LEVEL:
        names = [c for c in names if c.strip("-_") not in ("disclosure", "disclosures")]
    return bool(names)


# Tailwind's responsive variant that shows a `hidden` element from a screen
# width up (`hidden md:block`: a desktop copy of the lead picture, a desktop
# sidebar): seen by most readers, as `hidden-xs` is.
SHOWN_FROM = regex.compile(r"(?:sm|md|lg|xl|\dxl):(?:block|flex|grid|table|contents|flow-root|inline(?:-block|-flex|-grid)?)$")


def is_hidden(tag: str, attrs: dict) -> bool:
    """An element no reader sees until a script shows it: the `hidden`
    attribute (HTML 6.1), the CSS frameworks' `hidden` class (Bootstrap's
    `.hidden`; not `hidden-xs`, which hides on small screens only, nor
    Tailwind's `hidden md:block`, shown from a width up: `SHOWN_FROM`), or
    AMP's lightbox and `layout="nodisplay"`: a gallery's full-screen copies
    of the pictures already on the page, a quiz slider, a modal's warning."""
    if amp_hidden(tag, attrs) or "hidden" in attrs:
        return True
    classes = (attrs.get("class") or "").lower()
    if "hidden" not in classes:       # most elements: no split
        return False
    classes = classes.split()
    return "hidden" in classes and not any(SHOWN_FROM.match(c) for c in classes)


def amp_hidden(tag: str, attrs: dict) -> bool:
    """AMP's lightbox or `layout="nodisplay"`: a gallery's full-screen copies
    of pictures already on the page, never the story's own text."""
    return tag == "amp-lightbox" or (attrs.get("layout") or "").lower() == "nodisplay"


def names_poster(attrs: dict) -> bool:
    """True when an `<img>`'s class names a video's poster (`POSTER_CLASS`,
    or a player block's element: `PLAYER_CLASS`)."""
    return any(PLAYER_CLASS.search(c) or POSTER_CLASS.search(c) for c in (attrs.get("class") or "").split())


def names_player(attrs: dict) -> bool:
    """True when an element's class names a media player block (`video-player`,
    `player-with-placeholder`; not a BEM element of one, `player__title`)."""
    classes = attrs.get("class") or ""
    return "layer" in classes.lower() and any(PLAYER_BLOCK.search(c) and not PLAYER_CLASS.search(c)
                                               for c in classes.split())


def names_control(attrs: dict) -> bool:
    """True when an element's class or id names a page control (`CONTROL_NAME`)."""
    return any(CONTROL_NAME.search(attrs.get(k) or "") for k in ("class", "id"))


# Image files that are page controls, not pictures (matched on the source's path).
IMAGE_FURNITURE = regex.compile(r"(?:^|[-_/.])(?:btn|button|icons?|logo|sprite|spacer|blank|pixel|"
                                r"arrow|share|social|avatars?|badge|rss|print|email)(?=$|[-_/.\d])",
                                regex.IGNORECASE)
# Blocks a page template puts between a story's paragraphs: ad labels, links to
# other stories, a pager ("Page 1 of 2", "Page 2/5", "« Previous Page 2 of 5
# Next »", "1 2 3 Next"), and the rights line under it. On a page they are
# furniture.
PAGE_FURNITURE = regex.compile(
    r"\s*(?:(?:advertisement|advertising|sponsored(?:\s+content)?|ad)\s*"
    r"|(?:story\s+continues\s+below|continue\s+reading\s+below)(?:\s+(?:the\s+)?advertisement)?\s*"
    r"|(?:related(?:\s+(?:articles?|stories|story|content|coverage|links?))?|read\s+more|see\s+also|"
    r"also\s+read|more\s+on\s+this(?:\s+story)?)\s*[:\u2013\u2014-].*"
    r"|(?:[\u00ab\u2039<\u2190]+\s*)?(?:(?:prev(?:ious)?|first)\s*)?"
    r"(?:page\s+\d+\s*(?:of|/)\s*\d+\s*(?:(?:next|last)\s*)?|\d+(?:\s+\d+)+\s*(?:next|last)\s*)"
    r"(?:[\u00bb\u203a>\u2192]+\s*)?"
    r"|.{0,200}all\s+rights\s+reserved.{0,200}"
    r"|.{0,100}(?:copyright|\u00a9).{0,200}(?:reprinted|used\s+with|may\s+not\s+be).{0,200})",
    regex.IGNORECASE | regex.DOTALL)
# The link that ends a teaser's blurb in a list of other stories ("Storm
# closes the causeway. Full Article", "... Read more", "Continue reading"):
# the blurb is the list's, not the story's prose.
_READ_ON = (r"full\s+(?:article|story|coverage|report)|read\s+(?:more|on|the\s+(?:full\s+)?(?:story|article|report))"
            r"|continue\s+reading")
READ_ON = regex.compile(rf"\s*(?:{_READ_ON}|more)\W*", regex.IGNORECASE)
BLURB_WORDS = 30     # words before that link: a blurb is no longer
# The label of a control that shows the rest of the story on the page: one
# that names reading on (a bare "More" also opens a share menu or comments).
READ_REST = regex.compile(rf"\s*(?:{_READ_ON})\W*", regex.IGNORECASE)
# Class or id words of a box a script shows over or beside a story (a cookie
# or newsletter modal, a share menu, the comments, a related list, an ad):
# hidden, it is no rest of the story, whatever control sits beside it.
SHOWN_BOX = regex.compile(r"(?:^|[-_\s])(?i:modal|popup|pop-up|overlay|dialog|lightbox|cookies?|consent|gdpr"
                          r"|comments?|menu|dropdown|drawer|toast|banner|newsletters?|signup|subscribe|share|"
                          r"sharing|social|paywall|related|promos?|sidebar|ads?|advert\w*|sponsor\w*)(?=$|[-_\s\d])")


def names_shown_box(attrs: dict) -> bool:
    """True when an element's class or id names a box a script shows
    (`SHOWN_BOX`: a modal, a share menu, the comments)."""
    return any(SHOWN_BOX.search(attrs.get(k) or "") for k in ("class", "id"))


# The title of a page box (related links, most read, share bar, newsletter
# pitch, comments, an audio player) as a heading of its own: no story subhead,
# even where the box's markup round it is gone.
BOX_TITLE = regex.compile(
    r"\s*(?:related(?:\s+(?:stories|articles|content|coverage|links|posts|reading|topics|videos))?"
    r"|read\s+(?:more|next)|also\s+read|see\s+also|up\s+next|most\s+(?:read|popular|viewed)"
    r"|trending(?:\s+now)?|popular(?:\s+now)?|recommended(?:\s+for\s+you)?|top\s+stories|editor'?s\s+picks"
    r"|you\s+(?:may|might)\s+also\s+(?:like|enjoy)|more\s+(?:from|on|stories)\b.{0,40}"
    r"|share(?:\s+(?:this|the))?(?:\s+(?:story|article|post|page))?|subscribe\b.{0,60}|sign\s+up\b.{0,80}"
    r"|.{0,60}\b(?:newsletters?|inbox)\b.{0,60}|listen\s+to\s+(?:this|the)\s+(?:article|story)"
    r"|\d*\s*comments?|leave\s+a\s+(?:reply|comment)|loading)\W*",
    regex.IGNORECASE | regex.DOTALL)
