"""Actor names: one canonical name per actor, kinds, roles, affiliation chains, countries."""

import pytest

from claims.extraction import extract
from claims.extraction.places import body_named, country_named
from tests.parses import parsed

US_ALIASES = ["U.S.", "US", "United States", "the United States", "Washington", "American"]


@pytest.mark.parametrize("alias", US_ALIASES)
def test_united_states_aliases(alias: str) -> None:
    assert country_named(alias).name == "United States"


@pytest.mark.parametrize("alias", ["DPRK", "Pyongyang", "North Korean", "North Korea's"])
def test_north_korea_aliases(alias: str) -> None:
    country = country_named(alias)
    assert (country.name, country.code) == ("North Korea", "KP")


CAPITALS = [("Moscow", "Russia"), ("Seoul", "South Korea"), ("Kyiv", "Ukraine")]


@pytest.mark.parametrize(("alias", "name"), CAPITALS)
def test_capitals_stand_for_their_country(alias: str, name: str) -> None:
    assert country_named(alias).name == name


def test_unknown_place_is_no_country() -> None:
    assert country_named("Springfield") is None


def test_government_bodies_belong_to_their_country() -> None:
    assert body_named("White House").country.name == "United States"
    assert body_named("KCNA").speaks_for_state


@pytest.mark.nlp
def test_capital_as_speaker_is_the_country() -> None:
    (s,) = extract("Seoul said the joint exercise would go ahead as planned.").statements
    assert s.speaker == "South Korea"
    assert s.speaker_kind == "country"


@pytest.mark.nlp
def test_aliases_of_one_country_meet_under_one_name() -> None:
    text = (
        "The United States said the embassy would reopen. "
        "Washington also said visa services would resume in May. "
        "U.S. diplomats said staff were returning."
    )
    result = extract(text)
    speakers = [s.speaker for s in result.statements]
    assert speakers[:2] == ["United States", "United States"]
    actor = result.actor("United States")
    assert actor.country_code == "US"
    assert "Washington" in actor.aliases


@pytest.mark.nlp
def test_title_gives_role_and_affiliation_chain() -> None:
    text = "White House deputy press secretary Nadia Frost said the summit would be short."
    result = extract(text)
    (s,) = result.statements
    assert s.speaker == "Nadia Frost"
    assert s.affiliation == "White House"
    person = result.actor("Nadia Frost")
    assert person.role == "deputy press secretary"
    assert person.affiliation == "White House"
    assert result.actor("White House").affiliation == "United States"
    assert result.actor("United States").kind == "country"


@pytest.mark.nlp
def test_ministry_of_a_country_belongs_to_it() -> None:
    result = extract("Norway's foreign ministry said the talks would continue.")
    (s,) = result.statements
    assert s.speaker_kind == "organization"
    assert result.actor(s.speaker).affiliation == "Norway"
    assert "foreign ministry" in s.speaker.lower()


@pytest.mark.nlp
def test_every_named_actor_is_listed_with_its_aliases() -> None:
    text = (
        "Mayor Ilse Brandt said the tram line would be extended. Brandt said the council had found the money."
    )
    result = extract(text)
    actor = result.actor("Ilse Brandt")
    assert actor.kind == "person"
    assert "Brandt" in actor.aliases
    assert {s.speaker for s in result.statements} <= {a.name for a in result.actors}


@pytest.mark.nlp
def test_a_name_that_ends_like_a_company_is_a_company() -> None:
    result = extract("Dravenholt Minerals said its tests had found no harm.")
    (s,) = result.statements
    assert s.speaker == "Dravenholt Minerals"
    assert s.speaker_kind == "organization"


@pytest.mark.nlp
def test_short_name_of_an_organisation_named_in_full_earlier() -> None:
    text = (
        "Quillmark Telecom said hackers had stolen customer names. "
        "Quillmark said no passwords had been taken."
    )
    assert [s.speaker for s in extract(text).statements] == ["Quillmark Telecom", "Quillmark Telecom"]


@pytest.mark.nlp
def test_country_missing_from_the_country_list_still_owns_its_ministry() -> None:
    text = "Estmark rejected the charges. Estmark's foreign ministry said its aircraft had stayed home."
    result = extract(text)
    ministry = result.actor("Estmark's foreign ministry")
    assert ministry.affiliation == "Estmark"
    assert result.actor("Estmark").kind == "country"


@pytest.mark.nlp
def test_demonym_of_a_country_missing_from_the_list() -> None:
    from claims.extraction.actors import Actors
    from claims.extraction.pipeline import default_model, load

    doc = load(default_model())("Estmark said the talks had failed. Estmarkian officials said so too.")
    actors = Actors(list(doc.ents), doc)
    assert actors.country("Estmarkian").name == "Estmark"


@pytest.mark.nlp
def test_aliases_are_names_not_descriptions() -> None:
    text = (
        "Harbour spokesman Tor Eklund, who joined the board last year, said the pier was safe. "
        "In March Eklund said the cranes were old."
    )
    actor = extract(text).actor("Tor Eklund")
    assert actor.aliases == ("Eklund",)


@pytest.mark.nlp
def test_leading_words_of_an_organisation_name_stand_for_it() -> None:
    text = (
        "The short seller Cinder Lane Research accused the company of fraud. "
        "Cinder Lane said its report was accurate."
    )
    assert [s.speaker for s in extract(text).statements] == ["Cinder Lane Research"] * 2


def test_a_name_ending_like_a_company_is_no_person_whatever_the_tagger_says() -> None:
    (s,) = extract("The Orrin Brewery said its profit had fallen by a fifth.").statements
    assert s.speaker == "Orrin Brewery"
    assert s.speaker_kind == "organization"


def test_an_untagged_country_owning_an_army_affiliates_it() -> None:
    text = "Ostmark's army said Vesland's artillery had shelled the village of Harn."
    result = extract(text)
    army = result.actor(result.statements[0].speaker)
    assert army.name == "Ostmark's army"
    assert army.affiliation == "Ostmark"


@pytest.mark.nlp
def test_an_unnamed_source_s_name_leaves_out_its_relative_clause() -> None:
    text = (
        "A senior nurse at Holloway Infirmary, who asked not to be named because staff may not speak "
        "to the press, said the wards were full."
    )
    (s,) = extract(text).statements
    assert s.speaker == "senior nurse at Holloway Infirmary"


@pytest.mark.nlp
def test_a_spokeswoman_named_after_whom_she_speaks_for_is_the_named_person() -> None:
    text = "A spokeswoman for the Pellow family, Nadia Roux, told reporters the verdict was unjust."
    (s,) = extract(text).statements
    assert s.speaker == "Nadia Roux"


@pytest.mark.nlp
def test_a_demonym_the_tagger_took_for_a_place_still_names_its_country() -> None:
    from claims.extraction.actors import Actors
    from claims.extraction.pipeline import default_model, load

    doc = load(default_model())(
        "Vintara said the convoy was not hit. A Vintaran military official said so too. "
        "Lodmar and Vintaran forces traded fire."
    )
    actors = Actors(list(doc.ents), doc)
    actors.places.setdefault("vintara", "Vintara")
    actors.places.setdefault("vintaran", "Vintaran")  # as when the tagger reads the demonym as a GPE
    assert actors.country("Vintaran").name == "Vintara"
    assert actors.country("Vintara").name == "Vintara"


@pytest.mark.nlp
def test_a_company_named_after_a_place_is_no_country() -> None:
    from claims.extraction.actors import Actors
    from claims.extraction.pipeline import default_model, load

    doc = load(default_model())("Tallow Air said on Monday that Tallow's pilots had not been paid.")
    actors = Actors(list(doc.ents), doc)
    actors.places.setdefault("tallow", "Tallow")  # as when the tagger reads "Tallow's" as a place
    assert actors.country("Tallow Air") is None
    assert actors.country("Tallow's transport ministry").name == "Tallow"


@pytest.mark.nlp
def test_a_military_rank_is_no_part_of_the_name() -> None:
    (s,) = extract('"We did not fire," army spokesman Major Tobin Harrel told reporters.').statements
    assert s.speaker == "Tobin Harrel"


@pytest.mark.nlp
def test_a_body_named_with_its_city_keeps_no_dangling_preposition() -> None:
    text = (
        "Orlavia's foreign ministry said the charges were false. "
        "The Orlavian embassy in Varnell wrote that no evidence had been produced."
    )
    assert extract(text).statements[-1].speaker == "Orlavia's embassy"


@pytest.mark.nlp
def test_an_outlet_named_after_daily_is_a_news_outlet() -> None:
    text = (
        "The Varnish daily Morgenbladet reported that the talks had failed. "
        "The paper said the minister would resign."
    )
    first, second = extract(text).statements
    assert (first.speaker, first.speaker_kind) == ("Morgenbladet", "media")
    assert second.speaker == "Morgenbladet"


@pytest.mark.parametrize(("name", "gender"), [("Niamh Torrance", "f"), ("Rhodri Vell", "m")])
def test_irish_and_welsh_given_names_mark_gender(name: str, gender: str) -> None:
    from claims.extraction.actors import gender_of

    assert gender_of([], name) == gender


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("parse", "person"),
    [
        # "the novelist Dorcas Pelling wrote" with the name tagged as an organisation
        (
            "the/det/1/DET/NN/O novelist/nsubj/4/NOUN/NN/O Dorcas/compound/3/PROPN/NNP/B-ORG "
            "Pelling/appos/1/PROPN/NNP/I-ORG wrote/ROOT/4/VERB/VBD/O",
            True,
        ),
        # "The composer Dorcas Pelling wrote": an artist's occupation, the noun hung on the name
        (
            "The/det/1/DET/DT/O composer/compound/3/NOUN/NN/O Dorcas/compound/3/PROPN/NNP/B-ORG "
            "Pelling/nsubj/4/PROPN/NNP/I-ORG wrote/ROOT/4/VERB/VBD/O",
            True,
        ),
        # "the distributor Halver Nord wrote": an agent noun in "-tor" may name a firm's trade
        (
            "the/det/1/DET/NN/O distributor/nsubj/4/NOUN/NN/O Halver/compound/3/PROPN/NNP/B-ORG "
            "Nord/appos/1/PROPN/NNP/I-ORG wrote/ROOT/4/VERB/VBD/O",
            False,
        ),
        # "the retailer Corbel Grocers wrote": a company beside what it does
        (
            "the/det/1/DET/NN/O retailer/nsubj/4/NOUN/NN/O Corbel/compound/3/PROPN/NNP/B-ORG "
            "Grocers/appos/1/PROPN/NNP/I-ORG wrote/ROOT/4/VERB/VBD/O",
            False,
        ),
    ],
)
def test_a_name_beside_an_occupation_is_a_persons_whatever_its_tag(parse: str, person: bool) -> None:
    from claims.extraction.actors import Actors

    doc = parsed(parse)
    name = doc[2:4].text
    assert Actors(list(doc.ents), doc).is_person(name) is person


@pytest.mark.nlp
def test_an_untagged_surname_read_as_a_plural_noun_is_the_person_named_before() -> None:
    from spacy.tokens import Doc

    from claims.extraction.actors import Actors
    from claims.extraction.mentions import describe
    from claims.extraction.pipeline import default_model, load

    # "Dwight Hollings spoke. Hollings stood by it." with the second "Hollings" a plural noun
    doc = Doc(
        load(default_model()).vocab,
        words=["Dwight", "Hollings", "spoke", ".", "Hollings", "stood", "by", "it", "."],
        heads=[1, 2, 2, 2, 5, 5, 5, 6, 5],
        deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "VERB", "ADP", "PRON", "PUNCT"],
        tags=["NNP", "NNP", "VBD", ".", "NNS", "VBD", "IN", "PRP", "."],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"],
        sent_starts=[True, False, False, False, True, False, False, False, False],
    )
    actor = describe(doc[4:5], Actors(list(doc.ents), doc))
    assert (actor.name, actor.kind) == ("Dwight Hollings", "person")


@pytest.mark.nlp
def test_a_name_hung_on_the_body_a_role_heads_names_the_roles_holder() -> None:
    from claims.extraction.actors import Actors
    from claims.extraction.mentions import describe

    # "The head of the observer mission, Agathe Morel, a former prime minister, hit back", the
    # name untagged and parsed as an apposition of "mission"
    parse = (
        "The/det/1/DET/DT head/nsubj/15/NOUN/NN of/prep/1/ADP/IN the/det/5/DET/DT "
        "observer/compound/5/NOUN/NN mission/pobj/2/NOUN/NN ,/punct/5/PUNCT/, "
        "Agathe/compound/8/PROPN/NNP Morel/appos/5/PROPN/NNP ,/punct/8/PUNCT/, a/det/13/DET/DT "
        "former/amod/13/ADJ/JJ prime/amod/13/ADJ/JJ minister/appos/8/NOUN/NN ,/punct/8/PUNCT/, "
        "hit/ROOT/15/VERB/VBD back/advmod/15/ADV/RB"
    )
    doc = parsed(parse, fields="dep head pos tag")
    assert describe(doc[0:14], Actors([], doc)).name == "Agathe Morel"


@pytest.mark.nlp
def test_a_full_name_met_untagged_makes_its_surname_a_persons_whatever_its_tag() -> None:
    from spacy.tokens import Doc

    from claims.extraction.actors import ActorInfo, Actors
    from claims.extraction.mentions import entity_actor
    from claims.extraction.pipeline import default_model, load

    # "Elodie Varnholt spoke. Varnholt left." with only the second name tagged, as an organisation
    doc = Doc(
        load(default_model()).vocab,
        words=["Elodie", "Varnholt", "spoke", ".", "Varnholt", "left", "."],
        ents=["O", "O", "O", "O", "B-ORG", "O", "O"],
    )
    actors = Actors(list(doc.ents), doc)
    actors.add(ActorInfo("Elodie Varnholt", "person"))  # as the resolver adds a clause's subject
    actor = entity_actor(doc.ents[0], actors)
    assert (actor.name, actor.kind) == ("Elodie Varnholt", "person")


@pytest.mark.nlp
@pytest.mark.parametrize(("noun", "kind"), [("app", "organization"), ("boss", "person")])
def test_a_one_word_name_after_what_it_is_is_a_body_unless_that_is_a_word_for_people(
    noun: str, kind: str
) -> None:
    from spacy.tokens import Doc

    from claims.extraction.actors import Actors
    from claims.extraction.mentions import entity_actor
    from claims.extraction.pipeline import default_model, load

    # "Delivery app Zippa said" / "Delivery boss Zippa said", "Zippa" tagged as a person
    doc = Doc(
        load(default_model()).vocab,
        words=["Delivery", noun, "Zippa", "said"],
        heads=[1, 2, 3, 3],
        deps=["compound", "compound", "nsubj", "ROOT"],
        pos=["NOUN", "NOUN", "PROPN", "VERB"],
        tags=["NN", "NN", "NNP", "VBD"],
        ents=["O", "O", "B-PERSON", "O"],
        lemmas=["delivery", noun, "Zippa", "say"],
    )
    assert entity_actor(doc.ents[0], Actors(list(doc.ents), doc)).kind == kind


@pytest.mark.nlp
def test_a_one_word_name_tagged_as_an_organisation_after_a_word_for_a_person_is_a_person() -> None:
    # "Orrin" is tagged as an organisation
    found = extract("Tech billionaire Orrin said the app was safe. He said regulators were wrong.").statements
    assert [(s.speaker, s.speaker_kind) for s in found] == [("Orrin", "person"), ("Orrin", "person")]


STATE_BODIES = [
    (
        "Tarnovian auditors reject charge\n\nTarnovia's National Audit Office said on Monday that the "
        "accounts had been signed off in full.",
        "Tarnovia's National Audit Office",
    ),
    (
        "Belvaria’s Office of the Ombudsman said on Friday that it had received no complaint about the "
        "prison.\n\nThe Belvarian government said it would cooperate.",
        "Belvaria's Office of the Ombudsman",
    ),
    (
        "Dravenian agency denies leak\n\nDravenia's Civil Aviation Authority denied that the runway had "
        "been closed.",
        "Dravenia's Civil Aviation Authority",
    ),
    (
        "Velmarian statistics office rejects charge\n\nVelmaria’s National Statistics Office on Wednesday "
        "rejected accusations by its former chief that it had understated inflation.",
        "Velmaria's National Statistics Office",
    ),
]


@pytest.mark.nlp
@pytest.mark.parametrize(("text", "speaker"), STATE_BODIES)
def test_a_state_s_body_tagged_as_one_name_is_the_body(text: str, speaker: str) -> None:
    """ "Tarnovia's National Audit Office" tagged as one name speaks as the office, not as Tarnovia."""
    body = speaker.split("'s ", 1)[1]
    (statement,) = [s for s in extract(text).statements if body in s.speaker]
    assert statement.speaker_kind == "organization"
