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
    assert "charter" not in cased_words(["It met (the SCO) charter terms. The Charter said."])
    assert "may" not in cased  # also written in lower case
    assert "state" not in cased
    assert "the" not in cased and "they" not in cased  # only ever opening a sentence
    assert "looks" not in cased and "future" not in cased


def test_a_lower_case_question_gets_the_articles_case_and_keeps_the_users():
    cased = {"smailov": "Smailov", "russia": "Russia", "guardian": "Guardian"}
    assert truecased("who came after smailov?", cased) == "who came after Smailov?"
    assert truecased("how big was russia's airlift?", cased) == "how big was Russia's airlift?"
    # a question its user cased is read as typed: "secretary" is no "Secretary" there
    cased["secretary"] = "Secretary"
    british = "What did the British secretary of state say?"
    assert truecased(british, cased) == british
    assert truecased("what did the secretary say?", cased) == "what did the Secretary say?"


def test_a_question_typed_in_lower_case_is_read_with_its_names(config):
    # "smailov" is a name: the one who came after him is someone else, whom no article names
    typed = "who became the permanent prime minister after smailov?"
    answer = ask(typed, config=config)
    assert answer.refused and answer.question == typed  # the question as the user typed it
    cased = ask("Who became the permanent prime minister after Smailov?", config=config)
    assert cased.refused


def test_a_question_words_run_on_is_is_spelled_out():
    from qa.casing import spelled_out

    assert spelled_out("Who's Nazarbayev's spokesman?") == "Who is Nazarbayev's spokesman?"
    assert spelled_out("what’s the price?") == "what is the price?"
    assert spelled_out("Was it Tokayev's order?") == "Was it Tokayev's order?"
    assert spelled_out("What's happened to Masimov?") == "What has happened to Masimov?"
    assert spelled_out("Who's been arrested?") == "Who has been arrested?"
