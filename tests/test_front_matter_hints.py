"""A front-matter error names the newsroom slip behind it and what to write
(fx121 #2): `title:x`, a block never closed (and the line that would close
it), a story read as YAML for want of its closing `---`, words after a
closing quote, a quote inside a quoted value, and in TOML a text value
without quotes. Each is one finding, at the place to mend."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes

BODY = "\nThe council met on Thursday, Nov. 17.\n"


def front(text: str, name: str = "story.md") -> list[tuple[int, int, str]]:
    result = lint_bytes(name, text.encode("utf-8"), Config())
    return [(d.line, d.column, d.message) for d in result.diagnostics if d.rule == "file.front-matter"]


@pytest.mark.parametrize("name", ["story.md", "story.txt"])
@pytest.mark.parametrize("fm, at, says", [
    # over another key, YAML stops at that key's colon (2:5); the glued colon is the place
    ("title:Council votes\ndate: 2026-11-18", (2, 6),
     "'title:Council votes' has no space after its colon, so YAML reads the line as text, not as the key "
     "'title': write 'title: Council votes'"),
    # the glued line last: YAML's "could not find expected ':'" at the block's end
    ("date: 2026-11-18\ntitle:Council votes", (3, 6), "write 'title: Council votes'"),
    # words after a closing quote: the whole value in the other quotes
    ('title: "Yes," the mayor says\ndate: 2026-11-18', (2, 15),
     "words after the value's closing \" are no part of it: to keep the quote marks, put the whole value in "
     "single quotes ('\"Yes,\" the mayor says')"),
    ("title: 'Ferry's' last run\ndate: 2026-11-18", (2, 15), "the ' inside a '...' value ends it; write it twice"),
    ("title: 'Ferry' isn't late\ndate: 2026-11-18", (2, 16),
     "put the whole value in double quotes (\"'Ferry' isn't late\")"),
    # a quote inside a quoted value, a space after it: the value's real close comes later
    ('title: "Mayor says " no" to plan"\ndate: 2026-11-18', (2, 22),
     "the \" inside a \"...\" value ends it; quote the value with ' instead"),
])
def test_a_yaml_slip_is_named_where_it_is(fm, at, says, name):
    ((line, column, message),) = front("---\n" + fm + "\n---\n" + BODY, name)
    assert (line, column) == at and message.startswith("invalid YAML front matter: ") and says in message


def test_a_lone_glued_key_is_said_where_yaml_reads_no_mapping():
    ((line, column, message),) = front("---\ntitle:Council votes\n---\n" + BODY)
    assert (line, column) == (2, 6)
    assert message.startswith("front matter is not a mapping") and message.endswith("write 'title: Council votes'")


@pytest.mark.parametrize("name", ["story.md", "story.txt"])
def test_a_story_read_as_yaml_for_want_of_its_closing_fence(name):
    text = "---\ntitle: Council votes\ndate: 2026-11-18\n\nThe council met on Thursday.\n\n---\n\nMore.\n"
    assert front(text, name) == [(5, 1, (
        "invalid YAML front matter: could not find expected ':': the front matter is never closed above the "
        "story, so the '---' on line 7 closes it and the text from line 5 is read as YAML: put a '---' line "
        "above line 5"))]
    # a key line after a blank line is front matter, whatever YAML says of it
    assert "above the story" not in front("---\ntitle: A\n\ndate: 2026-11-18\ntags: [a\n---\n" + BODY)[0][2]


@pytest.mark.parametrize("text, says", [
    ("---\ntitle: Council votes\n ---\n", "the '---' on line 3 is indented: it closes the block only at the "
                                          "start of its line"),
    ("---\ntitle: Council votes\n----\n", "the '----' on line 3 would close it written as '---'"),
    ("---\ntitle: Council votes\n\u2014\n", "the '\u2014' on line 3 would close it written as '---'"),
    ("+++\ntitle = \"Council votes\"\n---\n", "the '---' on line 3 closes only YAML (---) front matter: "
                                              "close this block with '+++'"),
    ("+++\ntitle = \"Council votes\"\n", "close it with a '+++' line under its last key"),
])
def test_a_block_never_closed_says_what_would_close_it(text, says):
    ((line, column, message),) = front(text + BODY)
    assert (line, column) == (1, 1) and "is never closed; read as Markdown: " in message and message.endswith(says)


def test_a_plain_text_block_never_closed_says_it_too():
    ((_, _, message),) = front("---\ntitle: Council votes\n----\n" + BODY, "story.txt")
    assert message.endswith("read as plain text: the '----' on line 3 would close it written as '---'")


@pytest.mark.parametrize("value, at, says", [
    ("Council votes", (2, 9), 'Invalid value: TOML puts text in quotes: write title = "Council votes"'),
    ("Council's vote # house hed", (2, 9), 'TOML puts text in quotes: write title = "Council\'s vote"'),
    ("2026 budget passes", (2, 14), 'TOML puts text in quotes: write title = "2026 budget passes"'),
    ('"Yes," the mayor says', (2, 16), "words after the value's closing \" are no part of it: "
                                       "write title = '\"Yes,\" the mayor says'"),
])
def test_a_toml_text_value_slip_says_how_to_quote_it(value, at, says):
    ((line, column, message),) = front(f"+++\ntitle = {value}\ndate = 2026-11-18\n+++\n" + BODY)
    assert (line, column) == at and message.startswith("invalid TOML front matter: ") and message.endswith(says)


def test_no_advice_where_none_fits():
    # an array's bare items, and a value of a number then words on a number's line, are tomllib's words
    ((_, _, message),) = front("+++\ntags = [ferry, budget]\n+++\n" + BODY)
    assert message.startswith("invalid TOML front matter: Invalid value") and "quotes" not in message
    ((_, _, message),) = front("+++\nweight = 12 # kg\nwords = 640 1\n+++\n" + BODY)
    assert "quotes" not in message
    # sound blocks say nothing
    assert front('---\ntitle: "Council votes" # a comment\ndate: 2026-11-18\n---\n' + BODY) == []
    assert front('+++\ntitle = "Council votes" # a comment\n+++\n' + BODY) == []


def test_a_config_says_the_same_of_a_glued_key(run_cli, tmp_path):
    # yaml_errors is shared: a house config's `ignore:x` over another key is named at its colon
    (tmp_path / ".newslint.yaml").write_text("ignore:hygiene\nselect: [hygiene]\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Council votes\n" + BODY, encoding="utf-8")
    result = run_cli("check", tmp_path / "story.txt")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert ".newslint.yaml:1:7: invalid YAML: mapping values are not allowed in this context: 'ignore:hygiene' " \
           "has no space after its colon" in result.stderr


@pytest.mark.parametrize("value, says", [
    # a " inside a "..." value (qa67 #5): the value as it stands, in the other quotes
    ('"He said "no" today"', "the \" inside a \"...\" value ends it: write title = 'He said \"no\" today'"),
    ('"Say "hi""', "write title = 'Say \"hi\"'"),
    ("'It's'", "the ' inside a '...' value ends it: write title = \"It's\""),
    ('"It\'s "a" test"', 'write title = "It\'s \\"a\\" test"'),
    # a comment after the value stays a comment, out of the value (qa68 #8.1)
    ('"He said "no" today" # hed', "the \" inside a \"...\" value ends it: write title = 'He said \"no\" today' # hed"),
    ('"He said" today # hed', "words after the value's closing \" are no part of it: write title = '\"He said\" today' # hed"),
])
def test_a_toml_quote_inside_a_quoted_value_says_the_value_requoted(value, says):
    ((_, _, message),) = front(f"+++\ntitle = {value}\n+++\n" + BODY)
    assert message.endswith(says)


@pytest.mark.parametrize("line, says", [
    ("draft = yes", "TOML has no 'yes': a setting is true or false, in lower case: write draft = true"),
    # the word written is the one named (qa68 #8.5)
    ("featured = on", "TOML has no 'on': a setting is true or false, in lower case: write featured = true"),
    ("draft = Off", "write draft = false"),
    ("draft = True", "write draft = true"),
    ("title = Yes", 'TOML puts text in quotes: write title = "Yes"'),     # a title is text
])
def test_a_toml_yes_or_no_is_told_as_a_boolean(line, says):
    ((_, _, message),) = front(f"+++\n{line}\n+++\n" + BODY)
    assert message.endswith(says)


@pytest.mark.parametrize("name", ["story.md", "story.txt"])
def test_a_glued_key_with_a_colon_later_in_the_line_is_named(name):
    # YAML reads the key 'title:Breaking' (qa67 #7.2): one error at the glued colon, not a missing hed
    result = lint_bytes(name, ("---\ntitle:Breaking: news\n---\n" + BODY).encode("utf-8"), Config())
    assert [(d.line, d.column, d.rule, d.message) for d in result.diagnostics] == [
        (2, 6, "file.front-matter", "'title:Breaking: news' has no space after its first colon, so YAML "
                                    "reads the key as 'title:Breaking', not 'title': write title: \"Breaking: news\"")]


def test_a_key_holding_a_colon_of_its_own_is_no_slip():
    assert front("---\ntitle: Council votes\nog:title: Council votes today\n---\n" + BODY) == []


@pytest.mark.parametrize("fm, at", [("été:x\ndate: 2026-11-18", (2, 4)), ("été:x", (2, 4))])
def test_a_glued_key_of_a_non_ascii_letter_is_named(fm, at):
    ((line, column, message),) = front(f"---\n{fm}\n---\n" + BODY)
    assert (line, column) == at and message.endswith("not as the key 'été': write 'été: x'")


@pytest.mark.parametrize("name", ["story.md", "story.txt"])
def test_a_block_never_closed_over_a_glued_key_names_the_slip(name):
    # no key to close it under (qa67 #7.7): the line, and what the `title:x` wants
    ((_, _, message),) = front("---\ntitle:x\n", name)
    assert message.endswith("close it with a '---' line under line 2; on line 2, 'title:x' has no space after "
                            "its colon, so YAML reads the line as text, not as the key 'title': write 'title: x'")


@pytest.mark.parametrize("fm, closed, says", [
    # a value already quoted is written as it stands, not quoted again (qa68 #8.2)
    ('title:"Breaking: news"', True, "reads the key as 'title:\"Breaking', not 'title': write title: \"Breaking: news\""),
    # never closed, the same slip wants the same mend: 'title: Breaking: news' is no YAML (qa68 #8.3)
    ("title:Breaking: news", False, "reads the key as 'title:Breaking', not 'title': write title: \"Breaking: news\""),
    ('title:"Breaking news"', False, "not as the key 'title': write title: \"Breaking news\""),
    # YAML stops in the value of the key 'title:Breaking' (qa68 #8.4): the slip is still named, at its colon
    ('title:Breaking: "news" today', True,
     "did not find expected key: 'title:Breaking: \"news\" today' has no space after its first colon, so YAML "
     "reads the key as 'title:Breaking', not 'title': write title: 'Breaking: \"news\" today'"),
])
def test_a_glued_key_gets_a_mend_that_is_yaml(fm, closed, says):
    ((line, column, message),) = front("---\n" + fm + "\n" + ("---\n" + BODY if closed else ""))
    assert message.endswith(says) and (line, column) == ((2, 6) if closed else (1, 1))
