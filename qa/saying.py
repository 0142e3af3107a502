"""Does a sentence say what the question asks someone said or did? "What did Amnesty
International call Tokayev's order?" is answered by Amnesty's words, in a sentence or a
paragraph naming Amnesty; "Who founded the Council?" by a sentence saying it was founded;
"..., according to Lukyanov" by a paragraph naming Lukyanov."""

from __future__ import annotations

import math
import re

from .conflicts import SOFT_MATCH
from .evidence import Candidate, paragraph, sentences, word_similarity
from .figures import MONTHS
from .followups import without_context
from .matching import held, holds_any, names_any, without_places
from .questions import about_it, name_stems
from .speakers import SAYING, pronoun_speaks, reports_speech, speakers
from .terms import content_terms, kin, question_terms, stem, tokens

# "What did Amnesty International call Tokayev's order?": what someone named said
_WHAT_SAID = re.compile(  # "According to Escobar, what did Blinken say?": Blinken
    r"^(?:according\s+to\s+[^,?]+,\s*)?"
    r"what\s+(?:[a-z]+\s+){0,2}?(?:did|does|do|has|have|had)\s+(?P<who>[^,;?]+?)\s+"
    r"(?:say|call|describe|tell|think"
    r"|warn|write|claim|argue|announce|predict|demand|conclude|find|decide|report|reveal"
    r"|recommend)\b",
    re.IGNORECASE,
)
# "What was Diana Kudaibergenova's view on ...?" asks what she said, as "what did she say";
# "What was Blinken's warning ...?" what he warned
_WHOSE_VIEW = re.compile(
    r"^(?:according\s+to\s+[^,?]+,\s*)?what\s+(?:is|was|are|were)\s+(?P<who>.+?)['’]s?\s+"
    r"(?:views?|opinions?|take|position|stance|assessment|verdict|explanation|account"
    r"|interpretation|argument|warnings?|claims?|predictions?|conclusions?|findings?"
    r"|recommendations?|message|statements?|comments?|remarks)\b",
    re.IGNORECASE,
)


def _what_said(question: str) -> re.Match[str] | None:
    return _WHAT_SAID.match(question) or _WHOSE_VIEW.match(question)


def said_by_whom_asked(
    c: Candidate, text: str, question: str, source: str = "", before: str = ""
) -> bool:
    """Is the sentence about what is asked? For what someone named said (not the `source`
    the user named aside), it is if they say it, in whatever words, of what it is asked to
    be about: "Amnesty International has described Tokayev's promise ... as “a recipe for
    disaster”" answers what Amnesty called his order. Otherwise no one else speaks in it,
    it reports something said, and its paragraph names them (a quote runs on, "..., he
    says"). "According to Sofia Hriniova, what did Amnesty International say?" is not
    answered by her words on "external forces", nor "What did Masimov say?" by his arrest,
    nor "What did Nazarbayev say?" by his spokesman's "He said Nazarbayev was ..." (a pronoun
    speaking is whoever spoke in the sentences it points back to)."""
    if not tells_the_act_asked(text, question):
        return False
    m = _what_said(question.strip())
    # "the investigation into the January events": a month names no one
    who = name_stems(m["who"]) - set(content_terms(source)) - _MONTHS if m else set()
    speaking = {stem(w) for w in speakers(text)}
    if not speaking and pronoun_speaks(text):  # "He said ..." after "... Aidos Ukibay said"
        speaking |= {stem(w) for w in speakers(before)}
    if not _says_what_is_asked(f"{before} {text}", without_context(question)):
        return False
    if speaking and m and _described(m["who"], who, text):
        speaking |= who  # "Diana T Kudaibergenova, a sociologist at the University of Cambridge"
    if who & speaking:  # what Lukyanov said about Moscow's fears is not about democracy
        topic = _ABOUT.search(question)
        return not topic or holds_any(set(content_terms(topic["what"])), text)  # "Kazakh"
    if not who:  # "What did the official investigation conclude?": it must be named
        head = _head_noun(m["who"]) if m and _FINDING.search(m.group(0)) else ""
        return _about(text, question) and (
            not head or bool(held({head}, f"{before} {text}", m["who"]))
        )
    # someone else speaks (Kortunov, for what Lukyanov said), or no one does (Masimov's
    # arrest, for what Masimov said)
    return (
        not speaking
        and reports_speech(text)
        and (_about(text, question) or _names_the_medium(m["who"], text))
        and names_any(who, paragraph(c))
        and not _said_nothing(who, c)  # "there is no official statement from him"
    )


def _names_the_medium(who: str, text: str) -> bool:
    """Does the text name, in the same or close words, what the one asked said it in? "What
    did Tokayev's English tweet say?" is answered by "He also posted an English message on
    Twitter: ..." ("tweet" is 0.82 from "Twitter" by MiniLM)."""
    wanted = set(question_terms(who)) - name_stems(who)
    return bool(wanted) and bool(held(wanted, text, who))


def _said_nothing(who: set[str], c: Candidate) -> bool:
    """Does a sentence of the candidate's article naming the one asked say they said
    nothing? "Nazarbayev himself is still out of sight, and there is no official statement
    from him". (One pointing back, "But the man himself has remained silent", is not read:
    whom it points back to is not sure.)"""
    return any(_SILENT.search(s.text) and names_any(who, s.text) for s in sentences(c.doc))


# a sentence saying someone said nothing: no speech their article reports is theirs
_SILENT = re.compile(
    r"\b(?:no\s+(?:official\s+)?(?:statement|comment|word)s?\s+from|(?:remained|kept|been)"
    r"\s+silent|declined\s+to\s+comment)\b",
    re.IGNORECASE,
)


def _described(phrase: str, who: set[str], text: str) -> bool:
    """Does the sentence describe one speaking in it as the question does, in apposition to
    their name ("Diana T Kudaibergenova, a sociologist at the University of Cambridge" for
    "the University of Cambridge sociologist"), naming what the question names? "Lukyanov
    dismissed the view of a Cambridge sociologist, saying ..." makes no sociologist speak."""
    words = tokens(phrase)
    head = words[-1] if words and words[-1].islower() else ""
    named = bool(who) and all(names_any({n}, text) for n in who)
    if not head or not named:
        return False
    return any(
        re.search(rf"\b{re.escape(s)},\s+(?:[\w-]+\s+){{0,3}}{head}", text, re.IGNORECASE)
        for s in speakers(text)  # lower case
    )


# "What did Lukashenko and Nazarbayev discuss?", "... talk about?", "... agree on?"
_DISCUSS_ASKED = re.compile(
    r"^(?:according\s+to\s+[^,?]+,\s*)?what\s+(?:did|do|does|has|have|had|will|would)\s+"
    r".+?\s+(?:discuss|talk|agree|negotiate)\b",
    re.IGNORECASE,
)
# ... is answered by what was discussed, not by a call having taken place ("spoke on the
# phone", "talked on 7 January", "on Jan. 7" tell when and how, not what)
_DISCUSSED = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?\s+(?!with\b)\w"
    r"|(?:talk(?:s|ed|ing)?|conversations?|calls?|spoke|speak(?:s|ing)?|negotiat\w*)\s+"
    r"(?:about|over|regarding|on\s+(?!(?:the\s+)?(?:tele)?phone\b|(?:the\s+)?line\b|\d"
    r"|\w+day\b|(?:" + "|".join(MONTHS) + r")\w*\b))"
    r"|agree(?:d|s)?\s+(?:to|on|that)\b|agreement\s+(?:on|to)\b)",
    re.IGNORECASE,
)

# "What was the musician accused of?", "On what charge ...?": said as an accusation
_ACCUSATION_ASKED = re.compile(
    r"\b(?:accus\w*|charg(?:e|es|ed|ing)|alleg\w*|suspect(?:ed|ing)?)\b", re.IGNORECASE
)
_ACCUSATION = re.compile(
    r"\b(?:accus|charg|alleg|suspect|suspicion|blam|indict|convict|guilt)", re.IGNORECASE
)
# ... unless the question names who accused, who may accuse in saying: "What did Tokayev
# (the Kremlin, the authorities) accuse the free media of?" is answered by "he said free
# media had helped fuel the unrest"
_ACCUSER = re.compile(
    r"\b(?:did|does|do|is|are|was|were)\s+(?!accus)\S[^?]*?\s+accus(?:e|ing)\b", re.I
)
# "How did the UN respond?": said as a response (a notice sent is none)
_RESPONSE_ASKED = re.compile(r"\b(?:respond|responded|react|reacted|reply|replied)\b", re.I)
_RESPONSE = re.compile(r"\b(?:respon|react|repl|answer)", re.IGNORECASE)
# "What did the Kyrgyz government demand?" (the verb; "What were their demands?" asks a
# noun any sentence on them may give): said by a demanding verb, not by "all “legitimate
# demands” by the protesters will be met"
_DEMAND_ASKED = re.compile(
    r"\b(?:did|does|do|were|are|was|is)\s+(?:(?!(?:say|says|said|tell|told|write|wrote)\b)\S+\s+)"
    r"{1,5}(?<!\babout\s)(?<!\bof\s)(?<!\bthe\s)(?<!\bfor\s)(?<!\bon\s)demand(?:ing)?\b",
    re.IGNORECASE,
)
_DEMAND = re.compile(
    r"\b(?:demand(?:ed|ing)\b|demands?\s+(?:for|that|to|were|was|included?)\b"
    r"|call(?:s|ed|ing)?\s+for\b|urg(?:e|es|ed|ing)\b|insist|ask(?:s|ed|ing)?\s+for\b)",
    re.IGNORECASE,
)
# "What did the embassy's warning advise Americans to do?": said as advice or an order (a
# warning "about mass protests" gives none)
_ADVICE_ASKED = re.compile(
    r"\b(?:advise|advised|urge|urged|recommend|recommended|instruct|instructed|tell|told|ask"
    r"|asked|order|ordered)\b[^?]*\bto\s+do\b",
    re.IGNORECASE,
)
_ADVICE = re.compile(
    r"\b(?:advis(?:e|ed|es|ing)\b|advice|urg(?:e|ed|es|ing)\b|recommend|instruct|encourag"
    r"|direct(?:s|ed|ing)?\s+\S+\s+to\b|authori[sz]|told\b|tell(?:s|ing)?\b|ask(?:s|ed|ing)?\b"
    r"|order(?:s|ed|ing)?\s+\S+(?:\s+\S+)?\s+to\b|warn\w*\s+\S+(?:\s+\S+)?\s+to\b"
    r"|call(?:s|ed|ing)?\s+(?:on|for)\b|should\b|must\b)"
    rf"|{_DEMAND.pattern}",
    re.IGNORECASE,
)
# "Did Kazakhstan accept China's offer?": said as a taking or turning down (the offer made
# tells neither); asked of an offer, not of a currency declining
_OFFERED = r"(?:offers?|proposals?|help|assistance|aid|invitations?|requests?|deals?|terms)\b"
_ACCEPTANCE_ASKED = re.compile(
    r"\b(?:accept(?:s|ed|ing)?|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)"
    rf"|turn(?:s|ed|ing)?\s+down|take\s+up|took\s+up)\s+(?:\S+\s+){{0,4}}?{_OFFERED}",
    re.IGNORECASE,
)
_ACCEPTANCE = re.compile(
    r"\b(?:accept|reject|refus|declin|turn(?:s|ed|ing)?\s+(?:\S+\s+){0,4}?down"
    r"|t(?:ake|akes|ook|aken)\s+(?:\S+\s+){0,3}?up\b|rebuff|agree)",
    re.IGNORECASE,
)
_ACTS = (
    (_ACCUSATION_ASKED, _ACCUSATION),
    (_ACCEPTANCE_ASKED, _ACCEPTANCE),
    (_RESPONSE_ASKED, _RESPONSE),
    (_DEMAND_ASKED, _DEMAND),
    (_ADVICE_ASKED, _ADVICE),
)


def _about(text: str, question: str) -> bool:
    """`about_it`, or an act asked told in other words: "What was Massimov accused of?" is
    answered by "The arrest on charges of high treason of ... Karim Massimov"."""
    return about_it(text, question) or any(
        asked.search(question) and said.search(text) for asked, said in _ACTS
    )


# "What was the outcome of the talks in Geneva?": not told by a sentence placing them ahead
# ("right before the Russia/US-NATO talks in Geneva and Brussels next week")
_OUTCOME_ASKED = re.compile(
    r"\b(?:outcomes?|results?|resulted|c[oa]me\s+out\s+of|produced|yielded|achieved|agreed"
    r"|agreements?\s+(?:were\s+|was\s+)?(?:reached|signed|made))\b",
    re.IGNORECASE,
)
_AHEAD = re.compile(
    r"\b(?:next\s+(?:week|month|year)|upcoming|forthcoming|ahead\s+of|(?:right\s+|just\s+)?"
    r"before\s+the)\b",
    re.IGNORECASE,
)

# "Did Kazakhstan end up confiscating the assets ...?": not told by a sentence saying only
# that it might ("Nur-Sultan may even confiscate the assets ...")
_HAPPENED_ASKED = re.compile(
    r"\b(?:end(?:s|ed)?\s+up|ultimately|eventually|in\s+the\s+end|(?:go|goes|went)\s+on\s+to"
    r"|follow(?:s|ed)?\s+through\s+(?:on|with))\s+(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
# ... a modal (not the month: "in May") or a plan put before that verb
_MAYBE = (
    r"\b(?:(?-i:may)|might|could|would|possibly|perhaps|threaten(?:s|ed)?\s+to"
    r"|plan(?:s|ned)?\s+to|consider(?:s|ed|ing)?)\s+((?:[\w-]+\s+){0,2}[a-z]+)"
)


def only_maybe(text: str, question: str) -> bool:
    """Does the sentence only say the thing asked to have happened might happen? A question
    asking whether it did ("Did Nur-Sultan confiscate the assets ...?"), or taking it as
    done ("Which company's assets did Nur-Sultan confiscate?"), may say so with any of its
    words, unless it asks what was said ("What did Lukyanov say might collapse?"); a word
    the sentence also says outright is no mere maybe ("sacked the government; more could be
    sacked")."""
    m = _HAPPENED_ASKED.search(question)
    if m:
        asked = {stem(m["verb"])}
    elif (_DID_IT.match(question) or _DID.search(question)) and not _asks_what_was_said(question):
        asked = set(question_terms(question)) - name_stems(question)
    else:
        return False
    maybe = {w for m in re.finditer(_MAYBE, text, re.IGNORECASE) for w in m[1].split()}
    hedged = {a for a in asked if any(kin(stem(w), a) for w in maybe)}
    plain = [stem(w) for w in tokens(re.sub(_MAYBE, " ", text, flags=re.IGNORECASE))]
    return any(not any(kin(t, a) for t in plain) for a in hedged)


def _asks_what_was_said(question: str) -> bool:
    return any(stem(w) in _SAID_ASKED for w in tokens(question))


# the verbs asking what was said or thought (not "accused", "denied": what befell)
_SAID_ASKED = frozenset(
    stem(w)
    for w in """say said says tell told warn warned write wrote claim claimed argue argued
predict predicted think thought expect expected believe believed""".split()
)
_DID_IT = re.compile(r"\s*(?:did|has|have|had|was|were)\b", re.IGNORECASE)
# "Which company's assets did Nur-Sultan confiscate?" takes it as done
_DID = re.compile(r"\b(?:did|has|have|had)\b", re.IGNORECASE)


def tells_the_act_asked(text: str, question: str) -> bool:
    """Does the sentence tell what was discussed, what someone was accused of, demanded or
    advised, how they responded, or what came of something (not awaited), when the question
    asks it? "Lukashenko says he had a phone
    conversation with Nazarbayev" says only that they spoke; "the absurd detention of a
    Kyrgyz musician", not what he was accused of."""
    if _DISCUSS_ASKED.match(question.strip()) and not _DISCUSSED.search(text):
        return False
    if _OUTCOME_ASKED.search(question) and _AHEAD.search(text):
        return False
    if only_maybe(text, question):
        return False
    if _ACCUSATION_ASKED.search(question) and not _ACCUSATION.search(text):
        saying = any(w.lower() in SAYING for w in tokens(text))
        if not (_ACCUSER.search(question) and saying):
            return False
    return all(not asked.search(question) or said.search(text) for asked, said in _ACTS[1:])


# what was said, as a clause after the verb: "say (it) was important", "say would happen"
_SAID_CLAUSE = re.compile(
    r"\s+(?:that\s+)?(?:(?:it|they|he|she|there|this)\s+)?"
    r"(?:was|is|were|are|had|has|have|would|will|should|must|could)\b",
    re.IGNORECASE,
)


_MONTHS = frozenset(stem(m) for m in MONTHS)
# what a body finds, not what an article says: "What do the articles say ...?" names no body
_FINDING = re.compile(r"\b(?:conclude|find|decide|report|reveal|recommend)$", re.IGNORECASE)
_PREPOSITION = re.compile(r"\s(?:of|into|in|on|at|for|from|with|by|about|during|over)\s", re.I)


def _head_noun(phrase: str) -> str:
    """The stem of the noun a phrase is headed by: "the official investigation into the
    January events" -> "investig" (the last word before a preposition)."""
    terms = content_terms(_PREPOSITION.split(f" {phrase} ", maxsplit=1)[0])
    return terms[-1] if terms else ""


def _says_what_is_asked(text: str, question: str) -> bool:
    """Does the sentence say what the user's question (not a follow-up's context) asks was
    said ("What did Kfortov say was important about ...?": important), in the same words or
    close ones by MiniLM, half of it at least, and name whom it was said to or of ("What did
    Lukashenko tell Putin?")?"""
    question = question.strip()
    m = _what_said(question)
    said = _ABOUT.split(question[m.end() :].split("?")[0])[0] if m else ""
    if not all(holds_any({n}, text) for n in name_stems(without_places(said))):
        return False
    if not _SAID_CLAUSE.match(said):  # "What did Amnesty call Tokayev's order?": an object
        return True
    wanted = set(content_terms(said)) - name_stems(said)
    return len(held(wanted, text, said)) >= math.ceil(len(wanted) / 2)


_AUTHORING = frozenset("wrote writes said says argued argues warned warns quoted".split())
# what a byline's author may be asked to have done (`fit._spoken`)
SPEAKING = (
    SAYING | _AUTHORING | set("compared called framed suggested thought believed".split())
) - {
    "asked",
    "asks",
    "states",
    "notes",
}
# "Who commanded ...?", "Who founded ...?": the verb is what the name must have done
_WHO_DID = re.compile(  # "Who at Chatham House said ...?": said (a place is never the verb)
    r"^who\s+(?>(?:(?:at|in|from|of|with)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w’'-]*\s+(?:(?:of|the)\s+)*)+(?:(?<=['’]s\s)[a-z]+\s+)?)?)"
    r"(?:(?:got|gets|get)\s+(?=\w+ed\b))?"  # "Who got arrested ...?": arrested
    r"(?!(?:is|was|are|were|has|had|have|did|does|do|will|would|can|could|or"
    r"|became|becomes|become|remains|remained|stays|stayed)\b)(\w+)",
    re.IGNORECASE,
)


# "Whom did Tokayev name as caretaker head of government?": Tokayev named someone
_WHOM_DID = re.compile(
    r"^(?i:whom)\s+(?i:did|does|do|has|have|had|will|would)\s+(?:[A-Z][\w’'-]*\s+)+(\w+)"
)


def does_what_is_asked(text: str, question: str, bylined: bool = False) -> bool:
    """Does the sentence say what a "Who did ...?" question asks was done (the same word, one
    made from it, or one close by MiniLM)? "Who commanded the CSTO peacekeeping force?" is
    not answered by the CSTO forces' member list, nor "Who founded the Council?" by one of
    its members speaking. A byline closing the paragraph says who wrote or said it."""
    m = _WHO_DID.match(question.strip()) or _WHOM_DID.match(question.strip())
    if not m or (bylined and m.group(1).lower() in _AUTHORING):
        return True
    verb = stem(m.group(1))
    if any(kin(verb, t) for t in content_terms(text)):
        return True
    words = [w.lower() for w in tokens(text)]
    return word_similarity(m.group(1).lower(), words) >= SOFT_MATCH


# a refusal asked is answered by a refusal said, however close the words of one saying the
# opposite: "Which CSTO member refused to send troops?" is not answered by "the deployment
# of CSTO troops"
_REFUSALS = frozenset(
    stem(w)
    for w in "refuse refused refusal declined reject rejected rejection deny denied denial"
    " denounced opposed vetoed boycotted withheld".split()  # "dismissed" also means fired
)


def refuses_as_asked(text: str, question: str) -> bool:
    """Does the sentence say a refusal, if the question asks who refused?"""
    asked = {stem(w) for w in tokens(question)} & _REFUSALS
    return not asked or bool({stem(w) for w in tokens(text)} & _REFUSALS)


_ABOUT = re.compile(r"\babout\s+(?:the\s+)?(?P<what>[^,;?]+)", re.IGNORECASE)


def names_what_it_is_about(text: str, question: str) -> bool:
    """Does the sentence name what the question asks about? "What did Escobar say about the
    22-year-old Israeli?" is not answered by Escobar's sentence on Nazarbayev, 81. (A place
    it happened in is `in_the_place_asked`'s.)"""
    m = _ABOUT.search(question)
    # where it happened may go unsaid: "warning about mass protests in Kazakhstan"
    names = name_stems(without_places(m["what"])) if m else set()
    return not names or holds_any(names, text)


# whom the question attributes its answer to: "according to Lukyanov", "per Lukyanov", "in
# Lukyanov's view"
ACCORDING = re.compile(
    r"\b(?:(?i:according\s+to)|per(?=\s+[A-Z]))\s+(?P<whom>[^,;?]+)"
    r"|\b(?i:in)\s+(?:the\s+)?(?P<viewer>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)['’]s?\s+"
    r"(?i:view|opinion|account|words|eyes|assessment|estimation|telling)\b"
)


def names_whom_it_is_according_to(text: str, question: str, source: str = "") -> bool:
    """Does the paragraph name whom the question attributes the answer to, if not a source
    the user named? "Why did Moscow intervene, according to Lukyanov?" is not answered by
    Kfortov's words. A quote runs over several sentences, naming its speaker once."""
    m = ACCORDING.search(question)
    names = name_stems(m["whom"] or m["viewer"]) - set(content_terms(source)) if m else set()
    return not names or names_any(names, text)
