"""Generated archives for the audit tests and benchmarks/bench_audit.py: short
news articles with known faults (doubled words, a weekday that disagrees
with its date, placeholders), written as JSON Lines or as a WordPress export.
Deterministic for a seed."""
from __future__ import annotations

import datetime as dt
import json
import random
from html import escape

PLACES = ["Springfield", "Riverton", "Lakeside", "Milltown", "Harbor City", "Oakdale"]
PEOPLE = ["Ana Ruiz", "Tom Lee", "Priya Shah", "Jo Kim", "Sam Ortiz", "Lena Novak"]
TOPICS = ["budget", "school board", "bridge repair", "library hours", "water rates", "park plan"]
SECTIONS = ["Local", "Politics", "Business", "Schools"]


def article(i: int, rng: random.Random) -> dict:
    day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
    place, person, topic = rng.choice(PLACES), rng.choice(PEOPLE), rng.choice(TOPICS)
    weekday = day.strftime("%A") if rng.random() < 0.7 else (day + dt.timedelta(days=1)).strftime("%A")
    when = f"{weekday}, {day.strftime('%B')} {day.day}"
    doubled = " the the" if rng.random() < 0.3 else " the"
    paragraphs = [
        f"{place} officials approved{doubled} {topic} on {when}, {person} said.",
        f"The vote followed weeks of debate over the {topic}, which residents raised at "
        f"three meetings this year.",
        f"\u201cWe listened to every comment,\u201d {person} said." if rng.random() < 0.5 else
        f"Council members said the plan would cost TK dollars." if rng.random() < 0.1 else
        f"A final vote is expected next month.",
    ]
    return {"id": f"n{i}", "headline": f"{place} approves {topic}", "body": "\n\n".join(paragraphs),
            "published": day.isoformat(), "section": rng.choice(SECTIONS),
            "caption": f"{person} at city hall." if rng.random() < 0.2 else ""}


def articles(n: int, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    return [article(i, rng) for i in range(n)]


def write_jsonl(path, items: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for a in items:
            f.write(json.dumps({k: a[k] for k in ("id", "headline", "body", "published", "section")},
                               ensure_ascii=False) + "\n")


def write_wxr(path, items: list[dict]) -> None:
    """A WXR 1.2 export: one published post per article (post ids from 1000),
    an attachment with the caption when it has one: after its post, or (every
    other one) at the end of the file, far from it."""
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Gazette</title>\n')
    with open(path, "w", encoding="utf-8") as f:
        f.write(head)
        late = []
        for k, a in enumerate(items):
            post = 1000 + 2 * k
            body = "\n\n".join(a["body"].split("\n\n"))
            f.write(f"\t<item>\n\t\t<title>{escape(a['headline'])}</title>\n"
                    f"\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n"
                    f"\t\t<category domain=\"category\"><![CDATA[{a['section']}]]></category>\n"
                    f"\t\t<wp:post_id>{post}</wp:post_id>\n"
                    f"\t\t<wp:post_date_gmt>{a['published']} 12:00:00</wp:post_date_gmt>\n"
                    f"\t\t<wp:status>publish</wp:status>\n\t\t<wp:post_type>post</wp:post_type>\n"
                    f"\t</item>\n")
            if a["caption"]:
                (late.append if k % 2 else f.write)(f"\t<item>\n\t\t<title>photo</title>\n"
                        f"\t\t<excerpt:encoded><![CDATA[{a['caption']}]]></excerpt:encoded>\n"
                        f"\t\t<wp:post_id>{post + 1}</wp:post_id>\n\t\t<wp:status>inherit</wp:status>\n"
                        f"\t\t<wp:post_parent>{post}</wp:post_parent>\n"
                        f"\t\t<wp:post_type>attachment</wp:post_type>\n\t</item>\n")
        f.write("".join(late) + "</channel>\n</rss>\n")
