"""Everything from articles is text: markup in an article never runs, on any page."""

import datetime as dt

import pytest

from claims.models import ActorKind
from tests.factories import (
    ActorAliasFactory,
    ActorFactory,
    ArticleFactory,
    DenialFactory,
    TagFactory,
    analyst,
    say,
)

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('pwned')</script>"
IMAGE = '<img src=x onerror="alert(1)">'
ESCAPED_SCRIPT = "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;"


@pytest.fixture
def hostile():
    """An article whose every field carries markup, and actors and a tag named with markup."""
    text = (
        f"Headline {SCRIPT}\n"
        f"The <b>council</b> spokesman said {SCRIPT} was harmless & the {IMAGE} too.\n"
        "Its rival denied that anything <i>harmless</i> had happened."
    )
    article = ArticleFactory(
        title=f"Council {SCRIPT}",
        source=f"Outlet {IMAGE}",
        byline=f"By {SCRIPT}",
        url="javascript:alert(1)",
        caption=f"Caption {IMAGE}",
        text=text,
        published=dt.date(2026, 4, 1),
    )
    speaker = ActorFactory(name=f"Spokes {SCRIPT}", slug="spokes", role=f"role {IMAGE}")
    ActorAliasFactory(actor=speaker, alias=f"alias {IMAGE}")
    rival = ActorFactory(name=f"Rival {IMAGE}", slug="rival", kind=ActorKind.ORGANIZATION)
    claim = say(article, f"{SCRIPT} was harmless & the {IMAGE} too", speaker, cue=f"said {IMAGE}")
    claim.tags.add(TagFactory(name=f"tag {SCRIPT}", slug="tag-script"))
    denial = say(article, "anything <i>harmless</i> had happened", rival, is_denial=True)
    DenialFactory(statement=denial, denied_statement=claim)
    return article, claim, denial


def pages(article, claim, denial) -> list[str]:
    return [
        "/",
        "/actors/",
        "/actors/spokes/",
        "/actors/rival/",
        f"/statements/{claim.pk}/",
        f"/statements/{denial.pk}/",
        "/articles/",
        f"/articles/{article.pk}/",
        "/disputes/",
        "/search/?q=harmless",
        "/search/",
    ]


def test_markup_from_articles_is_shown_as_text_on_every_page(client, hostile):
    client.force_login(analyst())
    for url in pages(*hostile):
        html = client.get(url).content.decode()
        assert SCRIPT not in html, url
        assert IMAGE not in html, url
        assert "<b>council</b>" not in html and "<i>harmless</i>" not in html, url
        assert ESCAPED_SCRIPT in html or "&lt;img src=x" in html or "&lt;i&gt;harmless" in html, url


def test_fragments_escape_too(client, hostile):
    client.force_login(analyst())
    for url in [
        "/actors/?q=spokes",
        "/actors/spokes/?kind=indirect",
        "/search/?q=harmless",
        "/disputes/?a=rival",
    ]:
        html = client.get(url, headers={"HX-Request": "true"}).content.decode()
        assert SCRIPT not in html and IMAGE not in html, url
        assert ESCAPED_SCRIPT in html or "&lt;img src=x" in html, url


def test_the_highlighted_article_escapes_inside_and_between_marks(client, hostile):
    article, claim, _ = hostile
    client.force_login(analyst())
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert f'said <span class="anchor" id="s-{claim.pk}"></span><mark' in html
    assert (
        f">{ESCAPED_SCRIPT} was harmless &amp; the "
        "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; too</a></mark>" in html
    )
    assert "The &lt;b&gt;council&lt;/b&gt; spokesman" in html


def test_a_javascript_url_never_becomes_a_link(client, hostile):
    article, _, _ = hostile
    client.force_login(analyst())
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert 'href="javascript:' not in html and 'cite="javascript:' not in html
    assert "javascript:alert(1)" in html  # shown, as text
