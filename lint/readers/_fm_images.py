"""Picture fields in front matter: which keys hold a caption, credit or alt text.

Sites name them their own way: `image: {src, caption, credit, alt}`,
`images: [...]`, `featured_image: {url, caption}`, `primary_image`,
`cover`, `hero`, flat `image-credit`, `image_caption`, `image-description`,
`photo_credit`, `image_alt`, `image_figcaption`, or a bare `credit:`.
`classify` maps a dotted front-matter key to (group, role); a house's own
names come from the `image-fields` config (key -> role). Each group becomes
linked alt, caption and credit parts.
"""
from __future__ import annotations

from .. import rx as regex

from ..document import Document, Part

ROLES = ("src", "caption", "credit", "alt")
CONTAINERS = frozenset({
    "image", "images", "featured_image", "featured_images", "featuredimage", "primary_image",
    "cover", "cover_image", "hero", "hero_image", "lead_image", "header_image", "photo", "photos",
    "main_image", "top_image", "picture",
})
FIELDS = {
    "src": "src", "url": "src", "path": "src", "file": "src", "uid": "src", "image": "src",
    "caption": "caption", "figcaption": "caption", "description": "caption",
    "credit": "credit", "credits": "credit", "photo_credit": "credit", "attribution": "credit",
    "photographer": "credit", "byline": "credit", "source": "credit",
    "alt": "alt", "alt_text": "alt", "alttext": "alt",
}
_FLAT = regex.compile(r"^(?P<group>[a-z_]*?)_?(?P<field>caption|figcaption|description|credits?"
                      r"|alt_text|alt|attribution|photographer)$")
_LEGACY = ("image", "images")   # groups that always get an alt part (missing when absent)


_CAMEL = regex.compile(r"(?<=[a-z])(?=[A-Z])")


def _norm(key: str) -> str:
    """`featuredImage`, `featured-image` -> `featured_image`."""
    if key.islower() and "-" not in key:
        return key
    return _CAMEL.sub("_", key).lower().replace("-", "_")


def picture_key(key: str) -> bool:
    """Whether the top front-matter key `key` holds a picture or one of its
    fields (`image`, `featuredImage`, `image_credit`, a bare `credit`)."""
    return _norm(key) in CONTAINERS or classify(key, "", {}) is not None


def classify(key: str, value, custom: dict[str, str]) -> tuple[str, str] | None:
    """(group, role) for a front-matter key, or None when it holds no picture field."""
    if key in custom:
        return (key.rpartition(".")[0], custom[key])
    parts = key.split(".")
    head = _norm(parts[0])
    if len(parts) == 1:
        if head in CONTAINERS and isinstance(value, str):
            return head, "src"
        m = _FLAT.match(head)
        if m and (not m["group"] or m["group"] in CONTAINERS or m["group"] in ("img", "photo")):
            field = m["field"]
            if field == "description" and not m["group"]:
                return None           # a bare `description` is the dek
            group = m["group"] if m["group"] not in ("", "photo", "img", "picture") else "image"
            return group, FIELDS.get(field, "caption")
        return None
    if head not in CONTAINERS:
        return None
    if len(parts) == 2 and not parts[1].isdigit():
        role = FIELDS.get(_norm(parts[1]))
        return (head, role) if role else None
    if len(parts) == 2:
        return (f"{head}.{parts[1]}", "src") if isinstance(value, str) else None
    if len(parts) == 3 and parts[1].isdigit():
        role = FIELDS.get(_norm(parts[2]))
        return (f"{head}.{parts[1]}", role) if role else None
    return None


def add_images(doc: Document, groups: dict[str, dict[str, tuple[Part, object]]], lang: str = "yaml") -> None:
    """Add each group's alt, caption and credit parts, linked to each other.

    `groups` maps a group to {role: (part, value)}. Without an alt field, an
    alt part marked missing (flagged) is added only for the classic
    `image: {src: ...}` / `images: [{src: ...}]` mappings: other sites' image
    fields often feed templates that take the alt text from elsewhere. A bare
    path (`image: /a.jpg`, Hugo's `images: ["/a.jpg"]`, which feeds only the
    Open Graph and Twitter cards) has nowhere to hold an alt, so none is asked.
    A missing alt's `decorative_mark` is the empty alt in the front matter's
    `lang` ("yaml", "toml" or "json"), which the message's hint names.
    """
    for group, fields in groups.items():
        src = fields.get("src")
        alt_part = None
        src_value = src[1] if src and isinstance(src[1], str) else ""
        if "alt" in fields:
            alt_part = fields["alt"][0]
            alt_part.kind = "alt"
            alt_part.attrs.update(src=src_value, missing=False, decorative=not alt_part.text)
            doc.add(alt_part)
        elif src is not None and group.split(".")[0] in _LEGACY and src[0].name != group:
            alt_part = doc.add(Part("alt", "", ((0, src[0].source_offset(0)),),
                                    name=f"{group}.alt",
                                    attrs={"src": src_value, "missing": True, "decorative": False,
                                           "decorative_mark": _EMPTY_ALT.get(lang, _EMPTY_ALT["yaml"]),
                                           "front_matter": True}))
        caption = credit = None
        if "caption" in fields:
            caption = doc.add(_as(fields["caption"][0], "caption"))
        if "credit" in fields:
            credit = doc.add(_as(fields["credit"][0], "credit"))
        if caption is not None:
            if alt_part is not None:
                caption.attrs["image"] = alt_part.index
            if credit is not None:
                caption.attrs["credit"] = credit.index
        if credit is not None:
            if caption is not None:
                credit.attrs["caption"] = caption.index
            if alt_part is not None:
                credit.attrs["image"] = alt_part.index


# How a writer marks a front-matter image decorative in each language
# (`decorative_mark`: missing-alt's hint names it, qa347 #4).
_EMPTY_ALT = {"yaml": 'alt: ""', "toml": 'alt = ""', "json": '"alt": ""'}


def _as(part: Part, kind: str) -> Part:
    part.kind = kind
    return part
