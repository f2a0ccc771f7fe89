"""What the late-root XML walk tests (fx575 and the review qa444) share,
written once: heads that push an .xml's root element past the 4 KB a walk
first reads (walk_xml.XML_HEAD), and a reader of the CLI's findings.

`DECL`: an XML declaration line. `WP`: the WordPress export (WXR 1.2)
namespace. `ITEM`: the rest of a WXR export after its `<rss …>` tag (one
published post with a doubled word). `comment(size)`: an XML comment of at
least `size` characters, ending in a newline. `findings(out)`: the text
after the file name of each `….xml:` line of `out`, sorted."""
from __future__ import annotations

DECL = "<?xml version='1.0'?>\n"
WP = "http://wordpress.org/export/1.2/"
ITEM = ("<channel><title>Desk</title><item><title>Storm</title><content:encoded><![CDATA[<p>The the storm."
        "</p>]]></content:encoded><wp:post_type>post</wp:post_type><wp:status>publish</wp:status></item>"
        "</channel></rss>\n")


def comment(size: int) -> str:
    return "<!-- " + "licence text. " * (size // 14 + 1) + "-->\n"


def findings(out: str) -> list[str]:
    return sorted(line.split(":", 1)[1] for line in out.splitlines() if ".xml:" in line)
