"""Who speaks when a medium relays the words: state media named after their description,
"quoted X as saying", labels in quotation marks."""

import pytest

from claims.extraction import extract

pytestmark = pytest.mark.nlp


def statements(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.content) for s in extract(text).statements]


def test_a_label_in_quotation_marks_after_the_object_is_what_was_said() -> None:
    text = 'Harbour board chair Ilse Marrow on Monday branded the proposal "a gift to developers".'
    assert statements(text) == [("Ilse Marrow", 'the proposal "a gift to developers"')]


def test_state_media_named_after_its_description_go_by_that_name() -> None:
    text = (
        'The harbour board on Friday opened the pier "in a hurry," the state news agency Kelnapress reported.'
    )
    (s,) = extract(text).statements
    assert s.speaker == "Kelnapress"


def test_a_news_agency_quoting_an_official_gives_the_official_the_words() -> None:
    text = (
        "The official Sorvan News Agency (SNA) quoted government spokesman Aldo Pirrin as saying "
        "the inspectors had seen only a handful of sites."
    )
    (s,) = extract(text).statements
    assert s.speaker == "Aldo Pirrin"
    assert s.content == "the inspectors had seen only a handful of sites"


def test_quoted_as_saying_after_a_quotation_claims_it() -> None:
    text = (
        '"The harbour has never been safer, and it will stay that way," Marrow was quoted as saying. '
        '"Nobody has shown us a single failed inspection."'
    )
    (s,) = extract(text).statements
    assert s.speaker == "Marrow"
    assert s.content.startswith("The harbour has never been safer")
    assert s.content.endswith("a single failed inspection.")


def test_a_spokesperson_speaks_for_the_body_in_her_title_when_the_country_is_untagged() -> None:
    text = (
        "Kessaria recalled its ambassador on Monday. "
        "Kessarian foreign ministry spokeswoman Vera Holm said the talks were over."
    )
    s = extract(text).statements[-1]
    assert s.speaker == "Vera Holm"
    assert s.affiliation == "Kessaria's foreign ministry"


def test_a_role_is_not_named_later_by_a_deputy_of_another_country() -> None:
    text = (
        "Kessaria's transport minister said on Monday that the bridge would close.\n\n"
        "Vellmark's deputy transport minister, Ilona Brask, said in May that the bridge was safe."
    )
    assert extract(text).statements[0].speaker != "Ilona Brask"


def test_a_lede_role_of_a_country_is_the_person_who_speaks_in_the_next_paragraph() -> None:
    text = (
        "Kessaria blames mill for dead fish\n\n"
        "Kessaria's fisheries minister said on Monday that a paper mill had poisoned the Orla river.\n\n"
        '"The samples leave no doubt," Ilona Brask told reporters in the capital.'
    )
    assert [s.speaker for s in extract(text).statements][-2:] == ["Ilona Brask", "Ilona Brask"]


def test_the_paper_refers_back_to_an_outlet_named_like_a_newspaper() -> None:
    text = (
        "The mayor has been under pressure since The Orla Courant reported last week that he had "
        "claimed 12,000 crowns in allowances. The paper said in an editorial on Tuesday that it "
        "stood by every figure."
    )
    assert [s.speaker for s in extract(text).statements] == ["Orla Courant", "Orla Courant"]
