"""article_ingest: writing an article, idempotency, and editors' work surviving re-extraction."""

import datetime as dt
from dataclasses import replace

import pytest

from claims import services
from claims.extraction.types import ExtractedActor
from claims.models import Actor, Article, Denial, DenialOrigin, ReviewStatus, Statement
from claims.services import article_ingest, content_hash
from tests.extraction_builders import doc, record, said
from tests.factories import TagFactory

pytestmark = pytest.mark.django_db

TEXT = (
    "Mayor Ilse Varga said the harbour bridge would reopen in spring. "
    "Councillor Pia Noor said the repairs had cost twice the estimate."
)
URL = "https://courier.example/bridge"


def first_version():
    return doc(
        said(TEXT, "the harbour bridge would reopen in spring", "Ilse Varga", number=1),
        said(TEXT, "the repairs had cost twice the estimate", "Pia Noor", number=2),
    )


def test_new_article_writes_statements_with_offsets_and_speakers():
    result = article_ingest(record=record(TEXT, url=URL, title="Bridge"), extraction=first_version())
    assert (result.outcome, result.statements) == ("new", 2)
    article = result.article
    assert article.content_hash == content_hash(TEXT)
    assert article.extractor_version == "test-1"
    assert article.external_id == "r1"
    first = article.statements.get(speaker__name="Ilse Varga")
    assert (
        article.text[first.start : first.end] == first.content == "the harbour bridge would reopen in spring"
    )
    assert first.timeline_date == dt.date(2026, 3, 2)


def test_timeline_date_is_said_on_then_published_then_ingest_day():
    extraction = doc(
        said(TEXT, "the harbour bridge would reopen in spring", "Ilse Varga", said_on=dt.date(2026, 2, 27)),
        said(TEXT, "the repairs had cost twice the estimate", "Pia Noor", number=2),
    )
    article = article_ingest(record=record(TEXT, published=None), extraction=extraction).article
    dates = dict(article.statements.values_list("speaker__name", "timeline_date"))
    assert dates == {"Ilse Varga": dt.date(2026, 2, 27), "Pia Noor": article.ingested_at.date()}


def test_a_said_on_date_after_publication_is_dropped():
    extraction = doc(
        said(
            TEXT,
            "the harbour bridge would reopen in spring",
            "Ilse Varga",
            said_on=dt.date(2041, 1, 1),
            said_on_precision="year",
        ),
        said(
            TEXT,
            "the repairs had cost twice the estimate",
            "Pia Noor",
            number=2,
            said_on=dt.date(2026, 3, 1),
            said_on_precision="day",
        ),
    )
    article = article_ingest(
        record=record(TEXT, published=dt.date(2026, 3, 2)), extraction=extraction
    ).article
    rows = {
        s.speaker.name: (s.said_on, s.said_on_precision, s.timeline_date) for s in article.statements.all()
    }
    assert rows == {
        "Ilse Varga": (None, "", dt.date(2026, 3, 2)),
        "Pia Noor": (dt.date(2026, 3, 1), "day", dt.date(2026, 3, 1)),
    }


def test_same_text_again_changes_nothing():
    article_ingest(record=record(TEXT, url=URL), extraction=first_version())
    before = (Article.objects.count(), Statement.objects.count(), Actor.objects.count())
    result = article_ingest(
        record=record(TEXT, url="https://elsewhere.example/copy"), extraction=first_version()
    )
    assert result.outcome == "unchanged"
    assert (Article.objects.count(), Statement.objects.count(), Actor.objects.count()) == before
    assert Article.objects.get().url == URL


def test_same_text_with_other_whitespace_is_the_same_article():
    article_ingest(record=record(TEXT), extraction=first_version())
    result = article_ingest(record=record(TEXT.replace(". ", ".\r\n\r\n")), extraction=None)
    assert result.outcome == "unchanged"


def test_unchanged_article_needs_no_extraction_but_a_new_one_does():
    with pytest.raises(services.ExtractionNeeded):
        article_ingest(record=record(TEXT), extraction=None)
    assert not Article.objects.exists()


def test_new_text_under_the_same_url_replaces_extracted_statements():
    article_ingest(record=record(TEXT, url=URL), extraction=first_version())
    new_text = "Mayor Ilse Varga said the harbour bridge would reopen in summer."
    extraction = doc(said(new_text, "the harbour bridge would reopen in summer", "Ilse Varga"))
    result = article_ingest(record=record(new_text, url=URL), extraction=extraction)
    assert result.outcome == "updated"
    assert Article.objects.count() == 1
    assert list(Statement.objects.values_list("content", flat=True)) == [
        "the harbour bridge would reopen in summer"
    ]
    assert Article.objects.get().text == new_text


def test_editor_reviewed_statements_survive_a_changed_text():
    article = article_ingest(record=record(TEXT, url=URL), extraction=first_version()).article
    varga = article.statements.get(speaker__name="Ilse Varga")
    noor = article.statements.get(speaker__name="Pia Noor")
    Statement.objects.filter(pk=varga.pk).update(review_status=ReviewStatus.CONFIRMED, version=3)
    Statement.objects.filter(pk=noor.pk).update(review_status=ReviewStatus.REJECTED)
    varga.tags.add(TagFactory(name="infrastructure"))

    new_text = "UPDATED: " + TEXT + " The council meets again on Friday."
    extraction = doc(
        said(new_text, "the harbour bridge would reopen in spring", "Ilse Varga", number=1),
        said(new_text, "the repairs had cost twice the estimate", "Pia Noor", number=2),
    )
    result = article_ingest(record=record(new_text, url=URL), extraction=extraction)

    assert (result.outcome, result.kept, result.statements) == ("updated", 2, 0)
    varga.refresh_from_db()
    assert varga.review_status == ReviewStatus.CONFIRMED
    assert [t.name for t in varga.tags.all()] == ["infrastructure"]
    assert new_text[varga.start : varga.end] == varga.content
    assert varga.start == TEXT.index(varga.content) + len("UPDATED: ")
    assert varga.version == 4
    assert Statement.objects.get(pk=noor.pk).review_status == ReviewStatus.REJECTED
    assert Statement.objects.count() == 2


def test_editor_made_denial_and_its_statements_survive_re_extraction():
    article = article_ingest(record=record(TEXT, url=URL), extraction=first_version()).article
    varga = article.statements.get(speaker__name="Ilse Varga")
    noor = article.statements.get(speaker__name="Pia Noor")
    Denial.objects.create(statement=noor, denied_statement=varga, origin=DenialOrigin.EDITOR, confidence=1)

    new_text = TEXT + " More later."
    extraction = doc(
        said(new_text, "the harbour bridge would reopen in spring", "Ilse Varga", number=1),
        said(new_text, "the repairs had cost twice the estimate", "Pia Noor", number=2),
    )
    article_ingest(record=record(new_text, url=URL), extraction=extraction)

    editor_link = Denial.objects.get(origin=DenialOrigin.EDITOR)
    assert (editor_link.statement_id, editor_link.denied_statement_id) == (noor.pk, varga.pk)
    assert Statement.objects.count() == 2


def test_force_re_extracts_but_leaves_unmoved_editor_statements_alone():
    article = article_ingest(record=record(TEXT, url=URL), extraction=first_version()).article
    varga = article.statements.get(speaker__name="Ilse Varga")
    Statement.objects.filter(pk=varga.pk).update(review_status=ReviewStatus.CORRECTED, version=2)
    result = article_ingest(record=record(TEXT, url=URL), extraction=first_version(), force=True)
    assert (result.outcome, result.kept, result.statements) == ("updated", 1, 1)
    varga.refresh_from_db()
    assert (varga.review_status, varga.version) == (ReviewStatus.CORRECTED, 2)
    assert Statement.objects.count() == 2


def test_kept_statement_whose_words_are_gone_is_kept_with_a_warning():
    article = article_ingest(record=record(TEXT, url=URL), extraction=first_version()).article
    noor = article.statements.get(speaker__name="Pia Noor")
    Statement.objects.filter(pk=noor.pk).update(review_status=ReviewStatus.CONFIRMED)
    new_text = "Mayor Ilse Varga said the harbour bridge would reopen in spring."
    result = article_ingest(
        record=record(new_text, url=URL),
        extraction=doc(said(new_text, "the harbour bridge would reopen in spring", "Ilse Varga")),
    )
    assert Statement.objects.filter(pk=noor.pk, review_status=ReviewStatus.CONFIRMED).exists()
    assert result.warnings == (f"statement {noor.pk} no longer appears in the new text: kept as it was",)


def test_kept_statement_follows_slightly_edited_words():
    article = article_ingest(record=record(TEXT, url=URL), extraction=first_version()).article
    noor = article.statements.get(speaker__name="Pia Noor")
    Statement.objects.filter(pk=noor.pk).update(review_status=ReviewStatus.CONFIRMED)
    new_text = TEXT.replace("twice the estimate", "twice the estimates")
    article_ingest(record=record(new_text, url=URL), extraction=doc())
    noor.refresh_from_db()
    assert new_text[noor.start : noor.end] == noor.content
    assert "twice the estimate" in noor.content


def test_in_document_denial_links_its_targets_with_the_denied_actor():
    text = (
        "Ilse Varga said the ferries carry weapons. "
        "Tomas Reyl dismissed claims by Valdoria that ferries carry weapons."
    )
    extraction = doc(
        said(text, "the ferries carry weapons", "Ilse Varga", number=1),
        said(
            text,
            "claims by Valdoria that ferries carry weapons",
            "Tomas Reyl",
            number=2,
            is_denial=True,
            denies=("s1",),
            denied_actor="Valdoria",
        ),
        actors=(
            ExtractedActor("Valdoria", "country"),
            ExtractedActor("Ilse Varga", "person", affiliation="Valdoria"),
        ),
    )
    result = article_ingest(record=record(text), extraction=extraction)
    assert (result.denials, result.links) == (1, 1)
    denial = Denial.objects.get()
    assert denial.denied_statement.speaker.name == "Ilse Varga"
    assert denial.denied_actor.name == "Valdoria"
    assert denial.confidence == services.IN_DOCUMENT_CONFIDENCE
    assert denial.statement.is_denial


def test_denial_without_a_target_in_the_document_records_the_denied_actor():
    text = "Tomas Reyl dismissed claims by Valdoria that ferries carry weapons."
    extraction = doc(
        said(
            text,
            "claims by Valdoria that ferries carry weapons",
            "Tomas Reyl",
            is_denial=True,
            denied_actor="Valdoria",
        )
    )
    result = article_ingest(record=record(text), extraction=extraction)
    assert result.links == 0
    denial = Denial.objects.get()
    assert denial.denied_statement is None
    assert denial.denied_actor.name == "Valdoria"


def test_statement_with_offsets_outside_the_text_is_skipped():
    bad = replace(said(TEXT, "the harbour bridge would reopen in spring", "Ilse Varga"), end=len(TEXT) + 5)
    result = article_ingest(record=record(TEXT), extraction=doc(bad))
    assert result.statements == 0
    assert Article.objects.count() == 1


def test_a_failure_while_writing_leaves_no_half_article(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("claims.services.articles._denial_rows", explode)
    text = "Tomas Reyl dismissed claims by Valdoria that ferries carry weapons."
    extraction = doc(
        said(
            text,
            "claims by Valdoria that ferries carry weapons",
            "Tomas Reyl",
            is_denial=True,
            denied_actor="Valdoria",
        )
    )
    with pytest.raises(RuntimeError):
        article_ingest(record=record(text), extraction=extraction)
    assert not Article.objects.exists()
    assert not Statement.objects.exists()
    assert not Actor.objects.exists()


def test_the_same_span_extracted_twice_is_one_statement_and_links_still_resolve():
    text = "Ilse Varga said the ferries carry weapons. Tomas Reyl dismissed claims by Valdoria that they do."
    claim = said(text, "the ferries carry weapons", "Ilse Varga", number=1)
    repeat = replace(claim, id="s2")
    denial = said(
        text, "claims by Valdoria that they do", "Tomas Reyl", number=3, is_denial=True, denies=("s2",)
    )
    result = article_ingest(record=record(text), extraction=doc(claim, repeat, denial))
    assert (result.statements, result.links) == (2, 1)
    assert Denial.objects.get().denied_statement.content == "the ferries carry weapons"
