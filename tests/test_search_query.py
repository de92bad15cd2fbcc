"""Web-search syntax translated for SQLite's FTS5 (PostgreSQL parses it itself)."""

from claims.search import fts5_query


def test_plain_words_must_all_match():
    assert fts5_query("drone shipments") == '("drone" AND "shipments")'


def test_quoted_words_are_a_phrase():
    assert fts5_query('"cargo flights" evidence') == '("cargo flights" AND "evidence")'


def test_or_separates_alternatives():
    assert fts5_query("drones or missiles") == '("drones") OR ("missiles")'


def test_a_minus_sign_excludes_a_word_or_phrase():
    assert fts5_query('drones -rebels -"border province"') == '("drones" NOT "rebels" NOT "border province")'


def test_stop_words_are_dropped_like_postgresql_does():
    assert fts5_query("the drones of Norland") == '("drones" AND "norland")'


def test_nothing_searchable_left_means_no_query():
    assert fts5_query("the of and") is None
    assert fts5_query("-rebels") is None
    assert fts5_query('  ""  ') is None


def test_fts5_syntax_in_the_input_is_only_words():
    # NEAR, column filters, stars and brackets would be FTS5 operators: here they are words.
    assert (
        fts5_query("NEAR(drones) content:rebels* (x")
        == '("near" AND "drones" AND "content" AND "rebels" AND "x")'
    )


def test_an_unclosed_quote_runs_to_the_end():
    assert fts5_query('"cargo flights') == '("cargo flights")'


def test_a_compound_word_is_a_phrase():
    assert fts5_query("U.S.-backed cargo-flights") == '("u s backed" AND "cargo flights")'


def test_alternatives_bind_looser_than_exclusions():
    # PostgreSQL: 'b' | 'c' & !'d' (a is a stop word)
    assert fts5_query("a b or c -d") == '("b") OR ("c" NOT "d")'
