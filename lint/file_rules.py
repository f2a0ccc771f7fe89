"""What each `file.*` finding means, for `newslint explain file.encoding`.

The readers and the engine report these about the file itself; no rule file
declares them (see `file_notices.FILE_RULES`), so their descriptions live here.
"""
from __future__ import annotations

DESCRIPTIONS = {
    "file.article-body": "A web page whose HTML shows little or none of its story (rendered by "
                         "script): the story is read from the page's JSON-LD articleBody "
                         "(100+ words, the HTML story under a fifth of them), and findings in it "
                         "point into that field.",
    "file.binary": "The file holds NUL bytes, so it is no text article (a picture or a "
                   "document saved under an article's name), or it opens as a PDF, a ZIP or an "
                   "old Word file does; it is skipped. A Word (.docx, .doc), OpenDocument or "
                   "PDF file told by its first bytes is named, with what to do: save it as "
                   "plain text, Markdown or a web page.",
    "file.directive": "A newslint directive (<!-- newslint-disable-line ... -->) inside a line "
                      "of a plain-text story: plain text has no comments, so it is words of the "
                      "story, printed with it, and has no effect (the findings it names are "
                      "reported). A directive counts in plain text only on a line of its own. "
                      "Also a directive's reason written without ' -- ' (`disable-line style.x the "
                      "agenda says so`) or with its dashes glued to a word (`style.x--why`): said "
                      "at the reason, and the ids before it still act, with it as their reason. "
                      "Also an id in a directive that names no rule or pack (`disable-line "
                      "approved`, a typo): said over the id, "
                      "with the nearest name and, if it gives no reason, where one goes (in an XML "
                      "comment, NITF's, after an em dash: XML forbids '--' in a comment); the "
                      "directive's other ids still act (`ALL` names every rule). Also a misspelt "
                      "action (`newslint-disable_line`, `disable-lines`, `Disable-line`): said over "
                      "its name with the action meant, and it hides nothing. Said even when select: leaves "
                      "file.directive out; ignore: silences it.",
    "file.empty": "The file is empty or holds only whitespace: nothing to lint. So is a "
                  "NewsML-G2 news item that reads as nothing but its dates (no headline, no "
                  "story, no descriptive metadata such as subjects or places, no remote "
                  "content), reported at the item and naming it, and a news message whose "
                  "itemSet holds no item: an empty item in a feed is a transmission fault.",
    "file.encoding": "The file is not valid UTF-8 and names no encoding that fits it (an XML "
                     "declaration, an HTML <meta charset>): it is read as cp1252, what Word and "
                     "old CMSes write, and the first byte that is not UTF-8 is named. What to do: "
                     "nothing in the story needs fixing (it was read as Word reads it); to stop the "
                     "warning, save the file as UTF-8 (Word: Save As, Plain Text, then Unicode "
                     "(UTF-8); Notepad: Save As, Encoding UTF-8), or re-level it in the config "
                     "(levels: {file.encoding: suggestion}). Where a label names the wrong "
                     "encoding, correct the label or delete it. Invalid "
                     "UTF-16 or UTF-32 after its byte-order mark is an error at the first bad "
                     "byte, and the file is skipped; the message names the mark (FF FE, say), "
                     "which is why the file was read so: re-save it as UTF-8. A UTF-8 "
                     "byte-order mark over bytes that are not UTF-8 is named too. An XML "
                     "declaration, or an HTML page's <meta> charset, over bytes that are UTF-8 "
                     "is a warning at the name when it names an encoding in which the bytes "
                     "read otherwise (ISO-8859-1, us-ascii, Shift_JIS or KOI8-R over non-ASCII "
                     "text, UTF-16 over any) or a name Python's codecs do not know: the file is "
                     "read as UTF-8, and an importer that honours the label shows Ã© for é, or "
                     "refuses the file. A page's label is read as browsers read it (us-ascii and "
                     "ISO-8859-1 as windows-1252, UTF-16 as UTF-8; a <meta> inside a comment "
                     "is none, and a UTF-8 byte-order mark wins over any label). A label Python "
                     "does not know over bytes that are not UTF-8 is named in the warning.",
    "file.format": "A file of no article format, skipped: said on stderr, never a finding. "
                   "It is a file named on the command line whose extension says it holds code, data or a schema (.json, .yaml, .csv, "
                   ".css, .js, .py, .xsd...), is a document newslint does not read (.pdf, .rtf, "
                   ".docx, .odt...), a picture or archive (.jpg, .png, .zip...) or a corpus's SGML "
                   "of many stories (.sgm, .sgml: Reuters-21578), even when "
                   "empty, over max-file-size or holding NUL bytes: its name is judged first "
                   "(one of an XML format's, .sgm or .svg, that opens with <?xml is told by its "
                   "content); XML that is not NITF, NewsML-G2 or a WordPress export (a feed, a "
                   "sitemap, a schema); or a report of newslint's own left in a content folder "
                   "(--format html; text, vale or github when every line is one of its lines and one "
                   "names a built-in rule or a file.* notice: a summary line alone is no report). "
                   "Folders are walked for the readers' extensions only; a named "
                   "file of any other extension is read as plain text. A skip is information, "
                   "not a problem: it is never counted in the report and never fails the run, "
                   "whatever --fail-level (levels: does not apply); --ignore file.format "
                   "silences it.",
    "file.front-matter": "Front matter (YAML, TOML or JSON) that cannot be read: broken syntax, "
                         "nesting too deep, a fence never closed, a YAML or JSON key given "
                         "twice (only the last value is read and linted; TOML refuses it), or "
                         "a date field that is no date (date: TK). The body is still linted.",
    "file.html": "The HTML parser stopped early on this page (what it read before is linted), "
                 "or an embedded post's element (<blockquote class=\"twitter-tweet\">) is never "
                 "closed, so the story text after it sits inside the post that the platform's "
                 "script replaces on the page; or a text-only element (<textarea>, <title>, "
                 "<iframe>, ...) is never closed, so the rest of the page or Markdown HTML "
                 "block is its text, as in a browser, and is not linted; or a page that opens "
                 "<html> or <body> and closes "
                 "neither looks cut off (a partial download or save), so its story may stop short.",
    "file.implausible-date": "A publication date before 1800 or in the future (from the "
                             "article, --published or the config) is refused, so no date check "
                             "uses it. The planned run of a scheduled story (--published, the "
                             "config, a release or embargo line, a front matter date, a Jekyll "
                             "dated file name) may lie up to a year ahead.",
    "file.jsonl": "A JSON Lines line that is not a JSON object, or an article whose fields "
                  "cannot be read (no string body, an unknown format, a published value that is "
                  "no date); the other lines are read.",
    "file.markdown": "Markdown whose inline syntax takes too much work to parse in full, as "
                     "a fuzzer writes it (thousands of unclosed '[' or of emphasis marks; "
                     "articles take a few hundred steps of the hundreds of thousands allowed): "
                     "from the paragraph named on, links and images are read as plain text, or "
                     "all the text is read as written, markup and all (and no fix is made "
                     "there); or blocks nested over 100 levels (a list 50 deep, a blockquote "
                     "100 deep), whose text that deep is not read (the text after it is).",
    "file.missing": "A path named on the command line where nothing is: a typo, a file "
                    "deleted since it was listed (git diff --name-only lists deleted files), or "
                    "a symlink whose target is gone (found in a folder too). The other paths "
                    "are still linted, as "
                    "ruff's and flake8's E902 does; it is an error, so the run exits 1 (turn it "
                    "off with --ignore file.missing when a list of changed files is linted). A "
                    "path the config's exclude: matches is left out silently, as it would be if "
                    "it were there.",
    "file.no-body": "A Markdown file of front matter and nothing under it but white space and "
                    "markup no reader sees: HTML comments, template comments ({% comment %}...{% "
                    "endcomment %}, {# ... #}, {{/* ... */}}), &nbsp; and HTML tags holding no text "
                    "(<div></div>) (a story's title, date and byline, and no story: a template "
                    "handed in, layout: post, image: and permalink: included). Its fields are "
                    "linted. A Markdown file with no front matter holding only such markup, and an "
                    "HTML file whose <body> does, are said too (an image, a video or an embed is "
                    "a body). A page meant to have no body is not said: a link post or redirect "
                    "(source_url:, external_url:, link: or redirect_to: a URL or a /path); a "
                    "layout: or Hugo type: its template fills (home, search, redirect, archive, "
                    "posts, list, tag or category lists, taxonomy, term, collection); a Hugo "
                    "headless: true bundle, widget page or page that sets its outputs:; and a "
                    "section's _index.md. Fails: '---\\ntitle: Vote\\ndate: 2026-12-03\\n---\\n', "
                    "the same with '<!-- TODO write story -->' under it. Passes: the same with a "
                    "paragraph under it, or with source_url: https://...",
    "file.no-story": "A full web page on which the extractor (trafilatura) found no story: the "
                     "page is read as an article fragment. Also a CMS export (or a page read as "
                     "one) whose every <article> is a teaser card (a linked headline and a line "
                     "or two of blurb): the first card is read.",
    "file.too-large": "The file is over max-file-size (10 MB by default, in the config): it is "
                      "skipped without being read, but for the first 8 KiB of one of an XML "
                      "format's name (.svg, .xsd, .rss, .sgm...). An article on stdin is read to "
                      "the limit and a byte only, never whole. A file newslint skips by its name "
                      "(.sgm, .png, .json...) gets its file.format line instead, whatever its "
                      "size, and so does one of an XML format's name whose first 8 KiB hold a "
                      "root element of no article format (<svg>, <schema>), or, a .dtd's, only "
                      "declarations (no element, no DOCTYPE): raising the limit "
                      "would only get it skipped.",
    "file.unreadable": "The file cannot be read: no permission, a symlink loop, a folder "
                       "that cannot be listed, a FIFO or a device (never opened, so a run "
                       "never blocks). A broken symlink is file.missing, named or found in a "
                       "folder.",
    "file.xml": "Malformed XML, or a refused entity declaration or external reference (XML "
                "is read with defusedxml: no entity expansion, no network), in an .xml file or "
                "a file of another extension that opens with <?xml (NITF in a .txt or on stdin "
                "is read as NITF), or a .nitf file that is not NITF. XML of no known format is "
                "skipped as file.format.",
}


# Who reports a `file.*` id: the reader, except where no file is there to read
# (the file list, `files.missing_results`, or the read finding it gone).
REPORTED_BY = {None: "reported by the reader about the file itself",
               "file.missing": "reported by the file list about a path where nothing is"}


def explain_file_rule(rule_id: str) -> str:
    """The text `newslint explain` shows for a `file.*` id (KeyError for others)."""
    import textwrap

    from .file_notices import REFUSALS
    off = "Turn it off with --ignore or ignore:." if rule_id == "file.format" else \
        "Re-level it with levels: in the config, or turn it off with --ignore or ignore:."
    if rule_id in REFUSALS:
        off += " Nothing of the file was linted, so a select: or --select that leaves it out still says it."
    return "\n".join([f"{rule_id} ({REPORTED_BY.get(rule_id, REPORTED_BY[None])})", "",
                      *textwrap.wrap(DESCRIPTIONS[rule_id], 88), "", *textwrap.wrap(off, 88)])
