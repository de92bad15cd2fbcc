"""Marks computed from offsets: escaped, never nested, whatever the spans do."""

import re
from html.parser import HTMLParser

from claims.highlight import Span, highlight


def span(start: int, end: int, pk: int, css: str = "c0") -> Span:
    return Span(start, end, pk, f"/statements/{pk}/", f"Statement {pk}", css)


class Nesting(HTMLParser):
    """Fails on any element left open or closed out of order."""

    VOID = {"br"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.max_mark_depth = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)
        self.max_mark_depth = max(self.max_mark_depth, self.stack.count("mark"))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()


def well_formed(html: str) -> Nesting:
    parser = Nesting()
    parser.feed(html)
    parser.close()
    assert parser.stack == []
    return parser


def text_of(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_a_span_becomes_a_mark_linked_to_its_statement():
    html = highlight("Varga said the bridge reopens.", [span(11, 29, 7)])
    assert html == (
        '<p>Varga said <span class="anchor" id="s-7"></span>'
        '<mark class="c0" data-statement="7"><a href="/statements/7/" title="Statement 7">'
        "the bridge reopens</a></mark>.</p>"
    )


def test_text_between_and_inside_marks_is_escaped():
    text = 'He wrote <script>alert("x")</script> & said "<b>no</b>".'
    start = text.index("<b>")
    html = highlight(text, [span(start, start + len("<b>no</b>"), 1)])
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; said" in html
    assert ">&lt;b&gt;no&lt;/b&gt;</a></mark>" in html
    well_formed(html)


def test_overlapping_spans_never_nest_and_keep_every_character():
    text = "Alpha beta gamma delta epsilon."
    spans = [span(0, 17, 1, "c0"), span(6, 22, 2, "c1"), span(11, 30, 3, "c2")]  # 17, 16, 19 long
    html = highlight(text, spans)
    parser = well_formed(html)
    assert parser.max_mark_depth == 1
    assert text_of(html) == text
    # the stretch covered by all three links to the innermost (shortest) statement
    assert (
        '<mark class="c1 overlap" data-statement="2"><a href="/statements/2/" '
        'title="Statement 1; Statement 2; Statement 3">gamma </a></mark>' in html
    )


def test_a_span_nested_in_another_links_to_the_inner_statement():
    text = "They denied that the drones had ever flown."
    inner_start = text.index("the drones")
    html = highlight(text, [span(5, 42, 1), span(inner_start, inner_start + 10, 2, "c1")])
    well_formed(html)
    assert (
        'data-statement="2"><a href="/statements/2/" title="Statement 1; Statement 2">the drones</a>' in html
    )
    assert text_of(html) == text
    assert html.count('id="s-1"') == html.count('id="s-2"') == 1


def test_paragraphs_follow_line_breaks_and_a_mark_crossing_one_is_split():
    text = "First paragraph ends here.\nSecond one starts.\n\nThird."
    start = text.index("ends")
    end = text.index("starts") + len("starts")
    html = highlight(text, [span(start, end, 4)])
    paragraphs = re.findall(r"<p>(.*?)</p>", html)
    assert len(paragraphs) == 3
    assert "ends here.</a></mark>" in paragraphs[0]
    assert paragraphs[1].startswith(
        '<mark class="c0" data-statement="4"><a href="/statements/4/" title="Statement 4">'
        "Second one starts</a></mark>"
    )
    assert paragraphs[2] == "Third."
    well_formed(html)


def test_spans_outside_the_text_or_empty_are_ignored():
    html = highlight("Short text.", [span(3, 99, 1), span(5, 5, 2), span(-1, 3, 3)])
    assert "<mark" not in html
    assert html == "<p>Short text.</p>"


def test_no_spans_is_plain_escaped_paragraphs():
    assert highlight("a < b\nc", []) == "<p>a &lt; b</p>\n<p>c</p>"
