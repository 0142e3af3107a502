from __future__ import annotations

from qa import ask
from qa.casing import cased_words, truecased


def test_a_word_the_articles_always_capitalise_mid_sentence_is_cased():
    cased = cased_words(
        [
            "Tokayev named Alikhan Smailov as interim PM. May the state stand, he said.",
            "They may go; Kazakhtelecom cut the web.\nThe state of emergency, said Tokayev.",
            "Its Future Looks Darker Than Ever | The Guardian",  # a headline tells nothing
        ]
    )
    assert cased["smailov"] == "Smailov" and cased["tokayev"] == "Tokayev"
    assert cased["kazakhtelecom"] == "Kazakhtelecom"  # after a semicolon: mid-sentence
    assert "may" not in cased  # also written in lower case
    assert "state" not in cased
    assert "the" not in cased and "they" not in cased  # only ever opening a sentence
    assert "looks" not in cased and "future" not in cased


def test_a_lower_case_question_gets_the_articles_case_and_keeps_the_users():
    cased = {"smailov": "Smailov", "russia": "Russia", "guardian": "Guardian"}
    assert truecased("who came after smailov?", cased) == "who came after Smailov?"
    assert truecased("how big was russia's airlift?", cased) == "how big was Russia's airlift?"
    # a word the user cased is theirs
    assert truecased("Did the GUARDIAN say so?", cased) == "Did the GUARDIAN say so?"


def test_a_question_typed_in_lower_case_is_read_with_its_names(config):
    # "smailov" is a name: the one who came after him is someone else, whom no article names
    assert ask("who became the permanent prime minister after smailov?", config=config).refused
    cased = ask("Who became the permanent prime minister after Smailov?", config=config)
    assert cased.refused
