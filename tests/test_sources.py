"""Questions naming their source, and clauses of long sentences."""

from __future__ import annotations

from qa.sources import named_sources, without_every_source, without_sources
from qa.verify import clauses

RECORDS = {
    "a": {"outlet": "The Christian Science Monitor", "author": "", "title": "How the crisis"},
    "b": {
        "outlet": "Strategic Culture Foundation",
        "author": "Pepe Escobar",
        "title": "Steppe on Fire: Kazakhstan’s Color Revolution",
    },
    "c": {"outlet": "The Guardian (republished)", "author": "", "title": "Order"},
    "d": {
        "outlet": "",
        "author": "",
        "title": "Kazakhstan in flames",
        "aliases": "Italian commentary\ncommentary translated from Italian",
    },
}


def test_outlet_author_surname_and_quoted_title_name_a_source():
    assert named_sources("Before the crisis, in the Monitor's words?", RECORDS) == ["a"]
    assert named_sources("In Escobar's account, how long?", RECORDS) == ["b"]
    assert named_sources('When was "Steppe on Fire" published?', RECORDS) == ["b"]
    assert named_sources("What does the Guardian report?", RECORDS) == ["c"]
    assert named_sources("What does the Monitor review give as the reason?", RECORDS) == ["a"]
    assert named_sources("What reason does the Monitor review give?", RECORDS) == ["a"]
    assert named_sources("What figures does the Christian Science Monitor give?", RECORDS) == ["a"]
    assert named_sources("Who supervises it, per the Strategic Culture Foundation?", RECORDS) == [
        "b"
    ]
    assert named_sources("Who supervises it, per Escobar?", RECORDS) == ["b"]
    assert named_sources("Does the Guardian author see a revolution?", RECORDS) == ["c"]
    # a work "based on" an outlet, and what several sources "each say", name them too
    each = "How many were arrested? Give what the Guardian-based report and the Monitor each say."
    assert sorted(named_sources(each, RECORDS)) == ["a", "c"]
    assert sorted(named_sources("What do the Guardian and the Monitor both say?", RECORDS)) == [
        "a",
        "c",
    ]


def test_an_alias_names_its_article_as_a_source_without_a_cue():
    # no author or outlet: only the catalog's alias lets a user name this article
    question = "For how long was the country offline, according to the Italian commentary?"
    assert named_sources(question, RECORDS) == ["d"]
    assert without_sources(question, {"d": RECORDS["d"]}) == "For how long was the country offline?"
    question = "Which outlets does the commentary translated from Italian quote?"
    assert named_sources(question, RECORDS) == ["d"]
    assert named_sources("Who are the commentators of the italian Commentary?", RECORDS) == ["d"]
    # any white space between its words, and a possessive, still name it
    question = "What is the Italian  commentary’s view of the CSTO?"
    assert named_sources(question, RECORDS) == ["d"]
    assert without_sources(question, {"d": RECORDS["d"]}) == "What is view of the CSTO?"
    # the alias as a whole phrase: one of its words names nothing
    assert named_sources("Which Italian officials commented?", RECORDS) == []
    assert named_sources("What does the commentary say?", RECORDS) == []


def test_no_source_named_means_all_sources():
    assert named_sources("How many people were arrested?", RECORDS) == []
    # a word inside another word is no mention, and a short or empty field matches nothing
    assert named_sources("What did the monitoring mission find?", RECORDS) == []


def test_clauses_split_only_long_sentences_and_keep_figures_with_their_nouns():
    long = (
        "Following a ferocious crackdown by security forces, with at the minimum 164 dead and "
        "almost 6,000 arrested, the former Soviet republic is now firmly under control."
    )
    parts = clauses(long)
    assert "with at the minimum 164 dead and almost 6,000 arrested" in parts
    assert len(parts) == 3
    assert clauses("Over 4,000 people have been arrested.") == []


def test_ordinary_words_and_phrases_do_not_scope_a_question():
    assert named_sources("Who will monitor the CSTO withdrawal?", RECORDS) == []
    assert named_sources("What was the foundation of Nazarbayev's power?", RECORDS) == []
    # a quoted phrase is a title only when it is most of one
    assert named_sources('Who used the phrase "Kazakhstan’s Color"?', RECORDS) == []


def test_short_outlets_and_straight_apostrophes_still_name_a_source():
    records = {**RECORDS, "e": {"outlet": "BBC", "author": "", "title": "t"}}
    assert named_sources("According to the BBC, how many?", records) == ["e"]
    question = 'When was "Steppe on Fire: Kazakhstan\'s Color Revolution" published?'
    assert named_sources(question, RECORDS) == ["b"]


def test_the_phrase_naming_a_source_is_left_out_of_the_lookup():
    from qa.sources import without_sources

    monitor = {"a": RECORDS["a"]}
    escobar = {"b": RECORDS["b"]}
    question = "What was the inflation rate, according to the Christian Science Monitor?"
    assert without_sources(question, monitor) == "What was the inflation rate?"
    assert without_sources("In Escobar's account, how long?", escobar) == "how long?"
    question = "How many Russians live there, by Escobar's count?"
    assert without_sources(question, escobar) == "How many Russians live there?"
    question = "Where did the protests start, per Escobar's timeline?"
    assert without_sources(question, escobar) == "Where did the protests start?"
    # only the named source's phrases go, and a lowercase word is no surname
    assert without_sources("Who will monitor the CSTO?", monitor) == "Who will monitor the CSTO?"
    assert without_sources("What did Escobar say?", monitor) == "What did Escobar say?"


def test_a_source_counts_as_named_only_when_cited_not_merely_mentioned():
    assert named_sources("Which countries does Escobar suggest?", RECORDS) == ["b"]
    assert named_sources("Who wrote the Guardian report?", RECORDS) == ["c"]
    # a reporter of the Guardian may appear in any article; so may a statue of Escobar
    assert named_sources("Which Guardian correspondent was turned back?", RECORDS) == []
    assert named_sources("Where is the Escobar statue?", RECORDS) == []


def test_a_source_as_the_subject_of_another_verb_is_no_citation():
    assert named_sources("What did the Guardian correspondent see?", RECORDS) == []
    assert named_sources("Which ports does Escobar name?", RECORDS) == ["b"]


def test_sources_cited_together_share_the_cue():
    joined = "How many were arrested, according to Escobar and the Monitor?"
    assert named_sources(joined, RECORDS) == ["a", "b"]
    assert without_sources(joined, RECORDS) == "How many were arrested?"
    assert named_sources("What do the Guardian, Escobar and the Monitor report?", RECORDS) == [
        "a",
        "b",
        "c",
    ]
    # a plural work names its sources too
    versions = "What did he tweet? Give me both the Guardian's and Escobar's versions"
    assert named_sources(versions, RECORDS) == ["b", "c"]
    assert without_sources("What did he tweet, in the Guardian's versions?", RECORDS) == (
        "What did he tweet?"
    )
    # a name merely mentioned next to a cited one, not joined to it, is not cited
    mentioned = "Which Guardian reporter is quoted, according to Escobar?"
    assert named_sources(mentioned, RECORDS) == ["b"]


def test_asking_for_every_sources_view_names_no_topic():
    question = "Who or what was behind the violence, according to the different sources?"
    assert without_every_source(question) == "Who or what was behind the violence?"
    assert without_every_source("What did each article report?") == "What did each article report?"
    assert without_every_source("Who did it, per the different sources?") == "Who did it?"


def test_a_verb_after_a_cited_source_stays_in_the_question():
    guardian = {"c": RECORDS["c"]}
    question = "Did the sociologist interviewed by the Guardian think the protests were genuine?"
    assert without_sources(question, guardian) == (
        "Did the sociologist interviewed think the protests were genuine?"
    )
    assert without_sources("According to the Guardian report, who died?", guardian) == "who died?"
    assert without_sources("What does the Guardian think of Tokayev?", guardian) == (
        "What does of Tokayev?"
    )
