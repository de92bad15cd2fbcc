"""actor_resolve and the actors that article_ingest stores: one Actor per real-world actor."""

import pytest

from claims.extraction.types import ExtractedActor
from claims.models import Actor, ActorAlias, ActorKind
from claims.services import actor_resolve, article_ingest
from tests.extraction_builders import doc, record, said
from tests.factories import ActorAliasFactory, ActorFactory

pytestmark = pytest.mark.django_db


def test_new_actor_gets_its_name_and_aliases():
    actor = actor_resolve(name="Valdoria", kind="country", aliases=("Valdorian Republic", "Port Selm"))
    assert (actor.name, actor.slug, actor.kind) == ("Valdoria", "valdoria", ActorKind.COUNTRY)
    assert sorted(actor.aliases.values_list("normalized", flat=True)) == [
        "port selm",
        "valdoria",
        "valdorian republic",
    ]


def test_alias_from_one_article_finds_the_actor_in_another():
    first = actor_resolve(name="Valdoria", kind="country", aliases=("Port Selm",))
    again = actor_resolve(name="Port Selm", kind="country")
    assert again == first
    assert Actor.objects.count() == 1


def test_any_alias_finds_the_actor_and_adds_the_new_names():
    first = actor_resolve(name="Valdoria", kind="country", aliases=("Port Selm",))
    again = actor_resolve(name="Valdorian Republic", kind="country", aliases=("Port Selm", "the Republic's"))
    assert again == first
    assert first.aliases.filter(normalized="valdorian republic").exists()
    assert first.name == "Valdoria"


def test_country_code_finds_the_country_under_another_name():
    first = actor_resolve(name="Valdoria", kind="country", country_code="vd")
    assert actor_resolve(name="Republic of Valdoria", kind="country", country_code="VD") == first
    assert first.country_code == "VD"


def test_same_name_of_another_kind_is_another_actor():
    country = actor_resolve(name="Marlow", kind="country")
    person = actor_resolve(name="Marlow", kind="person")
    assert country != person
    assert {country.slug, person.slug} == {"marlow", "marlow-person"}


def test_unknown_kind_joins_the_known_actor_and_unknown_actor_learns_its_kind():
    known = actor_resolve(name="Harbour Council", kind="organization")
    assert actor_resolve(name="Harbour Council", kind="unknown") == known
    vague = actor_resolve(name="Selm Dockers", kind="unknown")
    assert actor_resolve(name="Selm Dockers", kind="group") == vague
    vague.refresh_from_db()
    assert vague.kind == ActorKind.GROUP
    assert set(vague.aliases.values_list("actor_kind", flat=True)) == {ActorKind.GROUP}


def test_pronouns_and_descriptions_are_not_stored_as_aliases():
    actor = actor_resolve(
        name="Harbour Council", kind="organization", aliases=("the council", "It", "the ministry")
    )
    assert list(actor.aliases.values_list("normalized", flat=True)) == ["harbour council"]


def test_bare_surname_resolves_to_the_one_person_of_that_name():
    valdoria = actor_resolve(name="Valdoria", kind="country")
    council = actor_resolve(name="Harbour Council", kind="organization", affiliation=valdoria)
    varga = actor_resolve(name="Ilse Varga", kind="person", affiliation=council)
    assert actor_resolve(name="Varga", kind="person") == varga
    assert actor_resolve(name="Varga", kind="unknown", affiliation=valdoria) == varga
    assert not varga.aliases.filter(normalized="varga").exists()


def test_bare_surname_with_an_unrelated_affiliation_is_someone_else():
    council = actor_resolve(name="Harbour Council", kind="organization")
    varga = actor_resolve(name="Ilse Varga", kind="person", affiliation=council)
    club = actor_resolve(name="Selm Rowing Club", kind="organization")
    other = actor_resolve(name="Varga", kind="person", affiliation=club)
    assert other != varga
    assert other.name == "Varga"


def test_bare_surname_shared_by_two_people_is_not_guessed():
    ilse = actor_resolve(name="Ilse Varga", kind="person")
    marek = actor_resolve(name="Marek Varga", kind="person")
    bare = actor_resolve(name="Varga", kind="person")
    assert bare not in (ilse, marek)


def test_full_name_upgrades_an_earlier_bare_surname_actor():
    bare = actor_resolve(name="Noor", kind="person", role="councillor")
    full = actor_resolve(name="Pia Noor", kind="person")
    assert full == bare
    full.refresh_from_db()
    assert (full.name, full.role, full.slug) == ("Pia Noor", "councillor", "noor")
    assert actor_resolve(name="Noor", kind="person") == full


def test_missing_details_are_filled_in_but_never_overwritten():
    council = actor_resolve(name="Harbour Council", kind="organization")
    actor = actor_resolve(name="Ilse Varga", kind="person")
    actor_resolve(name="Ilse Varga", kind="person", role="mayor", affiliation=council)
    actor.refresh_from_db()
    assert (actor.role, actor.affiliation) == ("mayor", council)
    actor_resolve(name="Ilse Varga", kind="person", role="former mayor")
    actor.refresh_from_db()
    assert actor.role == "mayor"


def test_affiliation_never_makes_a_cycle():
    council = actor_resolve(name="Harbour Council", kind="organization")
    valdoria = actor_resolve(name="Valdoria", kind="country", affiliation=council)
    actor_resolve(name="Harbour Council", kind="organization", affiliation=valdoria)
    council.refresh_from_db()
    assert council.affiliation is None


def test_slugs_are_unique_and_readable():
    ActorFactory(name="Ana Díaz", slug="ana-diaz")
    ActorAliasFactory(actor=ActorFactory(name="Other", slug="ana-diaz-person"), alias="Other")
    actor = actor_resolve(name="Ana Díaz", kind="organization")  # a namesake of another kind
    assert actor.slug == "ana-diaz-organization"
    assert actor_resolve(name="Ana Diaz", kind="group").slug == "ana-diaz-group"
    assert actor_resolve(name="Ana Díaz", kind="organization") == actor


def test_ingest_builds_the_affiliation_chain_with_roles():
    text = "Mayor Ilse Varga said the harbour bridge would reopen."
    extraction = doc(
        said(text, "the harbour bridge would reopen", "Ilse Varga", affiliation="Harbour Council"),
        actors=(
            ExtractedActor(
                "Ilse Varga", "person", role="mayor", affiliation="Harbour Council", aliases=("Varga",)
            ),
            ExtractedActor("Harbour Council", "organization", affiliation="Valdoria"),
            ExtractedActor("Valdoria", "country", aliases=("Port Selm",)),
        ),
    )
    article_ingest(record=record(text), extraction=extraction)
    varga = Actor.objects.get(name="Ilse Varga")
    assert (varga.kind, varga.role) == (ActorKind.PERSON, "mayor")
    assert varga.affiliation.name == "Harbour Council"
    assert varga.affiliation.affiliation.name == "Valdoria"
    assert ActorAlias.objects.filter(actor__name="Valdoria", normalized="port selm").exists()


def test_ingest_of_three_articles_naming_one_country_three_ways_makes_one_actor():
    texts = [
        ("Valdoria said the talks had failed.", "Valdoria", ("Valdorian Republic",)),
        ("The Valdorian Republic said the talks had failed again.", "Valdorian Republic", ("Port Selm",)),
        ("Port Selm said the talks would resume.", "Port Selm", ()),
    ]
    for number, (text, name, aliases) in enumerate(texts):
        extraction = doc(
            said(text, text.split(" said ")[1].rstrip("."), name, kind="country"),
            actors=(ExtractedActor(name, "country", aliases=aliases),),
        )
        article_ingest(record=record(text, id=f"r{number}"), extraction=extraction)
    assert list(Actor.objects.values_list("name", flat=True)) == ["Valdoria"]
    assert Actor.objects.get().statements.count() == 3


def test_statement_speaker_kind_and_affiliation_are_used_when_the_actor_list_is_silent():
    text = "Tomas Reyl said the ferries were late."
    extraction = doc(
        said(text, "the ferries were late", "Tomas Reyl", affiliation="Brenmoor Shipping Authority")
    )
    article_ingest(record=record(text), extraction=extraction)
    reyl = Actor.objects.get(name="Tomas Reyl")
    assert reyl.kind == ActorKind.PERSON
    assert reyl.affiliation.name == "Brenmoor Shipping Authority"


def test_aliases_with_a_date_word_or_a_second_actor_are_not_stored():
    actor = actor_resolve(
        name="Valdoria", kind="country", aliases=("September Valdoria", "Valdoria and Brenmoor", "Port Selm")
    )
    assert sorted(actor.aliases.values_list("normalized", flat=True)) == ["port selm", "valdoria"]
    pair = actor_resolve(name="Marsh and Quist", kind="organization", aliases=("Marsh & Quist",))
    assert pair.aliases.count() == 2  # a name with "and" in it keeps its "&" spelling too


def test_full_name_upgrades_an_earlier_bare_surname_of_unknown_kind():
    bare = actor_resolve(name="Reyl", kind="unknown")
    full = actor_resolve(name="Tomas Reyl", kind="person")
    assert full == bare
    full.refresh_from_db()
    assert (full.name, full.kind) == ("Tomas Reyl", ActorKind.PERSON)
    assert list(full.aliases.values_list("normalized", "actor_kind")) == [("tomas reyl", ActorKind.PERSON)]
