"""When said: time words on the cue, relative to the published date."""

import datetime as dt

import pytest

from claims.extraction import extract
from claims.extraction.dates import resolve

MONDAY = dt.date(2024, 3, 11)  # a Monday


@pytest.mark.parametrize(
    ("words", "date", "precision"),
    [
        ("Tuesday", dt.date(2024, 3, 5), "day"),
        ("on Monday", MONDAY, "day"),
        ("last Thursday", dt.date(2024, 3, 7), "day"),
        ("last Monday", dt.date(2024, 3, 4), "day"),
        ("Friday night", dt.date(2024, 3, 8), "day"),
        ("yesterday", dt.date(2024, 3, 10), "day"),
        ("today", MONDAY, "day"),
        ("two days ago", dt.date(2024, 3, 9), "day"),
        ("March 2", dt.date(2024, 3, 2), "day"),
        ("Dec. 30", dt.date(2023, 12, 30), "day"),
        ("on 4 February", dt.date(2024, 2, 4), "day"),
        ("January 5, 2021", dt.date(2021, 1, 5), "day"),
        ("in September", dt.date(2023, 9, 1), "month"),
        ("in February", dt.date(2024, 2, 1), "month"),
        ("last month", dt.date(2024, 2, 1), "month"),
        ("last week", dt.date(2024, 3, 1), "month"),
        ("in 2019", dt.date(2019, 1, 1), "year"),
        ("last year", dt.date(2023, 1, 1), "year"),
    ],
)
def test_time_words_relative_to_publication(words: str, date: dt.date, precision: str) -> None:
    assert resolve(words, MONDAY) == (date, precision)


def test_last_week_across_two_months_fixes_nothing() -> None:
    assert resolve("last week", dt.date(2024, 3, 4)) == (None, None)


def test_future_time_words_are_not_when_something_was_said() -> None:
    assert resolve("next Tuesday", MONDAY) == (None, None)


def test_relative_words_need_a_publication_date() -> None:
    assert resolve("Tuesday", None) == (None, None)
    assert resolve("March 2, 2022", None) == (dt.date(2022, 3, 2), "day")


def test_durations_are_not_dates() -> None:
    assert resolve("for three hours", MONDAY) == (None, None)


@pytest.mark.nlp
def test_said_on_a_weekday() -> None:
    (s,) = extract("The harbour master said Tuesday that the pier was unsafe.", MONDAY).statements
    assert (s.said_on, s.said_on_precision) == (dt.date(2024, 3, 5), "day")


@pytest.mark.nlp
def test_told_reporters_on_a_weekday() -> None:
    text = '"The pier is unsafe," the harbour master, Ivo Brenner, told reporters on Friday.'
    (s,) = extract(text, MONDAY).statements
    assert s.said_on == dt.date(2024, 3, 8)


@pytest.mark.nlp
def test_month_at_the_start_of_the_sentence() -> None:
    (s,) = extract("In January the council warned that the pier was unsafe.", MONDAY).statements
    assert (s.said_on, s.said_on_precision) == (dt.date(2024, 1, 1), "month")


@pytest.mark.nlp
def test_date_inside_the_content_is_not_when_it_was_said() -> None:
    (s,) = extract("The council said the pier would close on Friday.", MONDAY).statements
    assert s.said_on is None


@pytest.mark.nlp
def test_no_time_words_no_date() -> None:
    (s,) = extract("The council said the pier was unsafe.", MONDAY).statements
    assert s.said_on is None
    assert s.said_on_precision is None


@pytest.mark.nlp
def test_occasion_clause_dates_the_statement() -> None:
    text = "Speaking to reporters on Friday, the harbour master said the pier was unsafe."
    (s,) = extract(text, MONDAY).statements
    assert s.said_on == dt.date(2024, 3, 8)


@pytest.mark.nlp
def test_coordinated_cue_is_said_on_the_same_day() -> None:
    text = "The operator said on Friday that hackers had struck, but insisted that no data had been lost."
    found = extract(text, MONDAY).statements
    assert [s.said_on for s in found] == [dt.date(2024, 3, 8)] * 2


@pytest.mark.nlp
def test_date_of_a_study_in_an_according_to_source() -> None:
    text = "The lakes are warming fast, according to a study published on Friday by the Lake Institute."
    (s,) = extract(text, MONDAY).statements
    assert s.said_on == dt.date(2024, 3, 8)


@pytest.mark.nlp
def test_date_right_after_the_cue_is_the_cue_s() -> None:
    (s,) = extract("The harbour master said on Friday the pier had been unsafe for years.", MONDAY).statements
    assert s.said_on == dt.date(2024, 3, 8)


def test_a_night_named_by_its_weekday_dates_the_statement() -> None:
    text = (
        "President Ana Lind told the envoy in a telephone call on Saturday night that the talks would go on."
    )
    (s,) = extract(text, MONDAY).statements
    assert s.said_on == dt.date(2024, 3, 9)


def test_a_clock_time_does_not_date_the_statement() -> None:
    text = "The agency said the rocket lifted off at 18:42 local time."
    (s,) = extract(text, MONDAY).statements
    assert s.said_on is None


def test_the_occasion_set_beside_the_speaker_dates_the_statement() -> None:
    text = (
        "Finance Minister Ruben Aske, addressing bankers in Orvel on Friday, said the numbers left no room."
    )
    (s,) = extract(text, MONDAY).statements
    assert s.said_on == dt.date(2024, 3, 8)


@pytest.mark.nlp
def test_a_participle_takes_the_day_of_the_act_it_explains() -> None:
    text = "Harrowgate Mills rejected an offer from Tellbrook on Thursday, saying the price was too low."
    (s,) = extract(text, MONDAY).statements
    assert s.said_on == dt.date(2024, 3, 7)


@pytest.mark.nlp
def test_the_day_of_a_statement_named_after_the_object_dates_the_denial() -> None:
    text = 'Ines Valder rejected the striker\'s claims in a statement on Friday, calling them "nonsense."'
    first, second = extract(text, MONDAY).statements
    assert first.content == "the striker's claims"
    assert first.said_on == second.said_on == dt.date(2024, 3, 8)


@pytest.mark.nlp
def test_a_date_between_the_cue_and_the_content_subject_is_the_cue_s() -> None:
    (s,) = extract("The coastguard said on Friday it had found the missing dinghy.", MONDAY).statements
    assert s.content == "it had found the missing dinghy"
    assert s.said_on == dt.date(2024, 3, 8)


@pytest.mark.nlp
def test_with_x_saying_takes_the_day_of_the_main_clause() -> None:
    text = (
        "The two clubs gave different accounts on Friday of the meeting, with Dunmere saying the fee had "
        "been agreed and Holtby saying no such deal existed."
    )
    assert [s.said_on for s in extract(text, MONDAY).statements] == [dt.date(2024, 3, 8)] * 2


@pytest.mark.nlp
def test_a_ruling_in_a_when_clause_on_a_day_is_dated_by_that_day() -> None:
    text = "The builder lost his case on Friday, when a judge ruled that the allegation was true."
    (s,) = extract(text, MONDAY).statements
    assert s.said_on == dt.date(2024, 3, 8)


@pytest.mark.nlp
def test_asked_on_a_day_dates_the_answer() -> None:
    text = 'Asked about the closure on Friday, the warden said: "Nobody has asked me to shut anything."'
    (s,) = extract(text, MONDAY).statements
    assert s.said_on == dt.date(2024, 3, 8)


@pytest.mark.nlp
def test_the_day_of_the_statement_a_rejection_was_made_in() -> None:
    text = (
        "Harlow Mills rejected the anglers' allegations in a statement on Friday, saying its weir was sound."
    )
    first = extract(text, MONDAY).statements[0]
    assert first.content == "the anglers' allegations"
    assert first.said_on == dt.date(2024, 3, 8)


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        'State radio on Friday quoted the mining ministry as saying there was "no leak of any kind".',
        "On Friday, the Corvel Herald quoted a port official as saying the ferry had never been inspected.",
    ],
)
def test_the_day_a_report_quoted_someone_dates_their_words(text: str) -> None:
    (s,) = extract(text, MONDAY).statements
    assert s.said_on == dt.date(2024, 3, 8)


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        "Quoted by the Brell Gazette on Friday, the harbour master said the channel was safe.",
        "The harbour master, quoted by the Brell Gazette on Friday, said the channel was safe.",
    ],
)
def test_the_day_a_speaker_was_quoted_dates_the_words_they_said(text: str) -> None:
    (s,) = extract(text, MONDAY).statements
    assert s.said_on == dt.date(2024, 3, 8)


WHICH_IT_SAID_DATED = [
    "On Friday the Kessel Space Agency posted an image of the Sarn estuary which it said had been taken on "
    "March 30.",
    "The Orvale Transport Ministry on Friday released photographs of the border post that it said showed the "
    "damage.",
    "Mr Arden on Friday handed reporters a letter which he said proved the deal was legal.",
]


@pytest.mark.nlp
@pytest.mark.parametrize("text", WHICH_IT_SAID_DATED)
def test_a_which_it_said_clause_is_said_on_the_day_of_the_act(text: str) -> None:
    """ "on Friday posted an image which it said ...": the words came with the dated act."""
    statement = extract(text, MONDAY).statements[-1]
    assert statement.said_on == dt.date(2024, 3, 8)


@pytest.mark.nlp
def test_a_which_clause_of_someone_else_takes_no_day_from_the_act() -> None:
    text = "The Orvik Post on Friday published a report which critics said was false."
    assert all(s.said_on is None for s in extract(text, MONDAY).statements)
