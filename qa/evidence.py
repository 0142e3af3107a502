"""Evidence: the sentences of the retrieved passages, ranked by relevance to a question.

Sentences come from the stored cleaned articles, so every span's offsets are exact.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from .config import Config
from .documents import Document
from .figures import MONTHS
from .questions import NAME_RUN, name_stems
from .retrieval import Passage
from .speakers import is_name_word, speakers
from .states import by_initials
from .synonyms import alike, said_alike
from .terms import STOPWORDS, content_terms, question_terms
from .verify import Span, TermWeights, clauses, sentence_spans

# Relevance = DENSE_WEIGHT * cosine + (1 - DENSE_WEIGHT) * IDF-weighted term cover.
DENSE_WEIGHT = 0.5


@dataclass(frozen=True)
class Candidate:
    span: Span
    passage: Passage
    relevance: float
    doc: Document


def candidates(passages: list[Passage], config: Config) -> list[Candidate]:
    """Every sentence of the articles that overlaps a retrieved passage (first passage wins)."""
    docs = documents(config, {p.doc_id for p in passages})
    seen: set[tuple[str, int]] = set()
    out = []
    for p in passages:
        doc = docs.get(p.doc_id)
        if doc is None:
            continue
        for s in sentences(doc):
            if s.end > p.start and s.start < p.end and (s.doc_id, s.start) not in seen:
                seen.add((s.doc_id, s.start))
                out.append(Candidate(s, p, 0.0, doc))
    return out


def rank(
    question: str,
    cands: list[Candidate],
    weights: TermWeights,
    by_clause: bool = False,
    by_item: bool = False,
) -> list[Candidate]:
    """Candidates with their relevance to `question`, best first. `weights`: how rare each
    term is (`corpus_weights`). `by_clause`: a long sentence is as close to the question as
    its closest clause; `by_item`: a list of events as its closest item."""
    if not cands:
        return []

    from .embeddings import get_embedder

    embedder = get_embedder()
    parts = {c.span.text: [c.span.text, *_parts(c.span.text, by_clause, by_item)] for c in cands}
    new = list(dict.fromkeys(t for ts in parts.values() for t in ts if t not in _vectors))
    if new:  # the same article sentences come back question after question: embed once
        _vectors.update(zip(new, embedder.embed(new), strict=True))
    query = embedder.embed([question])[0]
    # by clause, "with at least 164 dead and almost 6,000 arrested, the former Soviet republic
    # is now ..." answers "how many were arrested" though the sentence is about much else
    cosines = [max(float(_vectors[t] @ query) for t in parts[c.span.text]) for c in cands]
    q_terms = question_terms(question)
    scored = [
        Candidate(c.span, c.passage, _relevance(float(cos), weights, q_terms, c), c.doc)
        for c, cos in zip(cands, cosines, strict=True)
    ]
    return sorted(scored, key=lambda c: -c.relevance)


LISTED_EVENTS = 2  # semicolons making a sentence a list of events, each said on its own


def _parts(text: str, by_clause: bool, by_item: bool) -> list[str]:
    """The parts of a sentence as close to a question as the sentence: its clauses, or the
    items of a list of events ("...; Kazakhtelecom disconnecting the whole country from the
    internet; several members of the National Guard ... joining the protesters in Aktau;
    ATMs gone dead.": each item says who did what, which a name question asks)."""
    if by_clause:
        return clauses(text)
    items = [i.strip() for i in text.split(";")]
    return items if by_item and len(items) > LISTED_EVENTS else []


def _relevance(cosine: float, weights: TermWeights, q_terms: list[str], c: Candidate) -> float:
    # a fate or a word said otherwise is said: "164 dead" covers "died", "6,000 arrested"
    # "detained", "peacekeepers" "troops"
    have = set(content_terms(c.span.text))
    pointed = _speaker_terms(c) | _referent_terms(c)
    said = have | said_alike(have) | by_initials(c.span.text)  # "US" is American
    cover = weights.cover(q_terms, said | pointed)
    return DENSE_WEIGHT * cosine + (1 - DENSE_WEIGHT) * cover


def _speaker_terms(c: Candidate) -> set[str]:
    """Who says a quote running on from earlier sentences: "“But it is important that this
    is a short and limited time operation ...”" is Kfortov's, named two sentences back."""
    key = (c.span.doc_id, c.span.start, hash(c.doc.text))  # a re-ingested text: a new key
    if key not in _speaker_cache:  # every sentence is ranked question after question
        before = antecedent(c)
        _speaker_cache[key] = {t for w in speakers(before) for t in content_terms(w)}
    return _speaker_cache[key]


_speaker_cache: dict[tuple[str, int, int], set[str]] = {}


def _referent_terms(c: Candidate) -> frozenset[str]:
    """The names of what the sentence points back to by a pronoun opening it or "the
    organization": "In this regard, the organization may expand ..." names the CSTO of the
    sentence before, "He promised ... appointing ... Smailov" Tokayev (`antecedent`). Not
    "the man", whom a paragraph's every sentence may be about: "There is no ... origin
    behind the murder, nor if the man ..." says nothing of the Israeli's killers."""
    key = (c.span.doc_id, c.span.start, hash(c.doc.text))
    if key not in _referent_cache:
        points = points_back(c.span.text)
        _referent_cache[key] = name_stems(first_named(antecedent(c))) if points else frozenset()
    return _referent_cache[key]


_referent_cache: dict[tuple[str, int, int], frozenset[str]] = {}


def points_back(text: str) -> bool:
    """Does the sentence name someone only by a pronoun opening it or "the organization"?"""
    return bool(PRONOUN_OPENING.match(text) or _DEFINITE_BODY.search(text))


_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?”])(?<!\b[A-Z]\.))\s+(?=[A-Z“])")  # not "N. Nazarbayev"


def first_named(before: str) -> str:
    """The first run of capitalised words in the last sentence of `before`, past an opening
    word that is no name ("At first President Kassym-Jomart Tokayev ..." -> "President
    Kassym-Jomart Tokayev")."""
    # a bulleted one too: "- On the evening of January 5, President Tokayev ..."
    last = _LAST_SENTENCE.split(before.strip())[-1].lstrip("-–—• ")
    for m in NAME_RUN.finditer(last):
        words = m.group().split()
        if m.start() == 0 and words[0].lower() in STOPWORDS:
            words = words[1:]
        if words and not all(w.lower() in MONTHS for w in words):
            return " ".join(words)
    return ""


_vectors: dict[str, Any] = {}  # sentence text -> unit vector (same model, so never stale)
_doc_cache: dict[tuple[str, str], Document] = {}  # (doc_id, fingerprint) -> document
_sentence_cache: dict[tuple[str, str], list[Span]] = {}


# A bracketed byline closing a paragraph: "(Eugene Chausovsky, Foreign Policy)". A commentary
# quoting others this way attributes the whole paragraph to them.
BYLINE = re.compile(r"\(([A-Z][^()\n]{2,80})\)\s*$")
BYLINE_WORDS = 8


HEADING_WORDS = 8


def is_heading(c: Candidate) -> bool:
    """Is the candidate a line of its own, short, with no full stop and no figure: a
    section heading ("The Israeli victim", "Communication blocked")? It tells nothing."""
    text, (start, end) = c.doc.text, (c.span.start, c.span.end)
    alone = (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")
    words = c.span.text.split()
    return (
        alone
        and len(words) <= HEADING_WORDS
        and not re.search(r"[.!?:;\"”’)\]]$|\d", c.span.text.strip())
    )


def paragraph(c: Candidate) -> str:
    """The candidate's paragraph and the one before: a quote running on into a new paragraph
    ("..., he says.") names its speaker in the first."""
    lines = [m for m in re.finditer(r"[^\n]+", c.doc.text) if m.start() <= c.span.start]
    return " ".join(m.group(0) for m in lines[-2:])


def paragraph_before(c: Candidate) -> str:
    """Its paragraph before the candidate's sentence ("" for the one opening it)."""
    return c.doc.text[c.doc.text.rfind("\n", 0, c.span.start) + 1 : c.span.start]


def byline(c: Candidate) -> Span | None:
    """The byline closing the candidate's paragraph, if any (its text, without brackets)."""
    text = c.doc.text
    start = text.rfind("\n", 0, c.span.start) + 1
    end = text.find("\n", c.span.end)
    return _paragraph_byline(c.doc, start, len(text) if end < 0 else end)


def inside(span: Span, c: Candidate) -> bool:
    """Does the span lie within the candidate's sentence?"""
    return c.span.start <= span.start and span.end <= c.span.end


def bylines(doc: Document) -> list[Span]:
    """Every paragraph byline of the article, in order: whom a commentary quotes."""
    out, start = [], 0
    for paragraph in doc.text.split("\n"):
        by = _paragraph_byline(doc, start, start + len(paragraph))
        out += [by] if by else []
        start += len(paragraph) + 1
    return out


# Capitalised words in a row, in any script ("Ahmet Şahin", "Kate O’Brien")
_CAPITALISED_RUN = re.compile(r"[^\W\d_a-zß-ÿ][\w’'-]*(?:[ ]+[^\W\d_a-zß-ÿ][\w’'-]*)+")
# "Kfortov of the Russian Council": an affiliation, not a second speaker
_AFFILIATION = re.compile(r"\bof\s+(?:the\s+)?(?:[A-ZÀ-Þ][\w’'-]*\s+)*$")


def quoted_people(doc: Document) -> list[tuple[str, list[Span]]]:
    """Whom the article has speaking in its running text ("says Andrey Kortunov", "Mallinson
    said"), each once, in order, with the first sentence where they speak. A name is given
    in full, without title ("Vladimir Putin"), even where the sentence gives a surname only
    ("Mallinson said" is Kate Mallinson); a word never ending a full name in the article
    ("Western") is no one. The spans: where they first speak, and where the article gives
    the name in full, if elsewhere."""
    runs = _full_names(doc.text)
    out: dict[str, Span] = {}
    spans = sentences(doc)
    for s in spans:
        for word in sorted(_speaking(s.text), key=s.text.lower().find):
            fuller = [n for n in runs if _surname(n) == word]
            if fuller and not any(_surname(n) == word for n in out):
                # the form the article prints most ("Kassym-Jomart Tokayev"), then the shortest
                out[min(fuller, key=lambda n: (-fuller.count(n), len(n)))] = s
    found = [
        (name, [s] if name in s.text else [s, *_naming(name, spans)]) for name, s in out.items()
    ]
    return [(name, cited) for name, cited in found if any(name in s.text for s in cited)]


def introduced(c: Candidate) -> str:
    """Where the article first gives in full the names of those speaking in the sentence: a
    quote by surname ("Mallinson said") is introduced by "..., said Kate Mallinson, partner
    at Chatham House", which tells who at Chatham House said it."""
    speaking = _speaking(c.span.text)
    people = quoted_people(c.doc) if speaking else []
    return " ".join(s.text for name, cited in people if _surname(name) in speaking for s in cited)


RARE_NAME = 3  # sentences at most naming a name that singles them out


def naming_rare(names: set[str], cands: list[Candidate], every: list[Candidate]) -> list[Candidate]:
    """The sentences of `every` naming one of these name stems that few sentences name, if
    not among `cands` already: what only one passage speaks of ("Amnesty International") is
    looked up by name, whatever the ranking of passages. A common name adds nothing."""
    have = {(c.span.doc_id, c.span.start) for c in cands}
    stems = [(c, name_stems(c.span.text)) for c in every] if names else []
    out: dict[tuple[str, int], Candidate] = {}
    for name in names:
        found = [c for c, named in stems if name in named]
        if len(found) <= RARE_NAME:
            out |= {(c.span.doc_id, c.span.start): c for c in found}
    return [c for key, c in out.items() if key not in have]


# a sentence pointing back: opening with a pronoun, or with a quote that names no speaker
# but by a pronoun ("..., he added."); opening a paragraph, a pronoun anywhere in it
# "He ...", or after a short phrase opening the sentence: "For this operation, he requests"
OPENING_PHRASE = r"(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3},\s+(?=[a-z]))?"
PRONOUN_OPENING = re.compile(rf"\s*{OPENING_PHRASE}(?i:he|she|they|his|her|their)\b")
# a sentence opening as the result of the one before it
_RESULT_OPENING = re.compile(
    r"\s*(?:So|Thus|Hence|Therefore|Consequently|As\s+a\s+result|That\s+is\s+why)(?![-\w])"
    r"(?!\s+(?:far|much|many|long|called)\b)"
)
_PRONOUN_INSIDE = re.compile(r"\b(?:he|she|his|him|her)\b")
_QUOTE_OPENING = re.compile(r"\s*[“\"]")
_PRONOUN_SPEAKERS = frozenset("he she they".split())
ANTECEDENT_SENTENCES = 3


# "the man", "the victim": someone the sentences before named, if this one names no one
# "the man" is whoever the paragraph is about; "the organization" whichever it named
_DEFINITE_BODY = re.compile(r"\bthe\s+(?:organi[sz]ation|alliance|bloc)\b", re.IGNORECASE)
_DEFINITE_ONE = re.compile(
    rf"\bthe\s+(?:man|woman|boy|girl|victim)\b|{_DEFINITE_BODY.pattern}", re.IGNORECASE
)


def _definite(text: str, opens_paragraph: bool) -> bool:
    return not opens_paragraph and bool(_DEFINITE_ONE.search(text)) and not _full_names(text)


def _leans_back(text: str, opens_paragraph: bool) -> bool:
    if PRONOUN_OPENING.match(text) or (opens_paragraph and _PRONOUN_INSIDE.search(text)):
        return True
    if _RESULT_OPENING.match(text) and not opens_paragraph:
        return True  # "So keeping price caps ... soon became impossible": after what?
    if _definite(text, opens_paragraph):
        return True
    return bool(_QUOTE_OPENING.match(text)) and speakers(text) <= _PRONOUN_SPEAKERS


def antecedent(c: Candidate) -> str:
    """The sentences before the candidate's that it points back to, by a pronoun opening it
    (or anywhere in a sentence opening its paragraph) or a quote running on: "He did not
    fail to point out that ..." to the one naming Blinken; "“But it is important that ...”"
    to "“...,” he added." and on to "“...,” said Kfortov"; a sentence opening "So",
    "Thus", "Therefore" ... to the one before it in its paragraph. Back across one paragraph
    break at most. "" when it points back to nothing."""
    spans = sentences(c.doc)
    i = next((k for k, s in enumerate(spans) if s.start == c.span.start), 0)
    out: list[str] = []
    text = c.span.text
    # "the man" is whoever the paragraph is about: its sentences before, whatever they open
    # with ("... Levan Kogeashvili had lived ...", after "A 22-year-old Israeli was shot")
    definite = crossed = False
    while i > 0 and len(out) < ANTECEDENT_SENTENCES:
        before = spans[i - 1]
        opens = "\n" in c.doc.text[before.end : spans[i].start]
        definite = definite or (not out and _definite(text, opens))
        if (opens and crossed) or not (_leans_back(text, opens) or (definite and not opens)):
            break
        out.insert(0, before.text)
        # one paragraph break at most ("Many diplomats liked his leadership"), but on within
        # the paragraph before: "“...,” he says." to "“Turmoil ...”" to "“...,” says Lukyanov"
        crossed = crossed or opens
        text, i = before.text, i - 1
    return " ".join(out)


def named_next(c: Candidate) -> Span | None:
    """The sentence after the candidate's in its paragraph, if it names someone by full name
    for the first time in the article, while the candidate's sentence names no one: a report
    describes a person, then names them ("A 22-year-old Israeli was shot dead ... The foreign
    ministry said today that Levan Kogeashvili had lived ..."). Capitalised words in a row
    are taken for a name, "Central Asian" too: what this finds is quoted, never asserted."""
    spans = sentences(c.doc)
    after = [s for s in spans if s.start >= c.span.end][:1]
    if not after or "\n" in c.doc.text[c.span.end : after[0].start] or _full_names(c.span.text):
        return None
    earlier = c.doc.text[: after[0].start].lower()
    new = [n for n in _full_names(after[0].text) if _surname(n) not in earlier]
    return after[0] if new else None


def _full_names(text: str) -> list[str]:
    return [n for m in _CAPITALISED_RUN.finditer(text) if (n := _full_name(m.group(0)))]


def _speaking(text: str) -> set[str]:
    """The words naming a speaker of the sentence, but not an affiliation after "of"."""
    plain = text.replace("’", "'")
    return {
        w
        for w in speakers(text)
        if not any(
            _AFFILIATION.search(plain[: m.start()])
            for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", plain, re.IGNORECASE)
        )
    }


def _surname(name: str) -> str:
    return name.split()[-1].lower().replace("’", "'")


def _naming(name: str, spans: list[Span]) -> list[Span]:
    """The first sentence giving the name in full (none if it straddles two sentences)."""
    return [s for s in spans if name in s.text][:1]


def _full_name(run: str) -> str:
    """The name a run of capitalised words ends with, past titles and function words:
    "Russian President Vladimir Putin" -> "Vladimir Putin"; "" unless two words or more."""
    words = run.split()
    start = max(
        (i + 1 for i, w in enumerate(words) if not is_name_word(w) or w.lower() in STOPWORDS),
        default=0,
    )
    return " ".join(words[start:]) if len(words) - start >= 2 else ""


def _paragraph_byline(doc: Document, start: int, end: int) -> Span | None:
    m = BYLINE.search(doc.text, start, end)
    if not m or m.start() == start or not 2 <= len(m.group(1).split()) <= BYLINE_WORDS:
        return None  # no byline, or a paragraph that is all brackets: "(To David Rossi)"
    return Span(doc.doc_id, m.start(1), m.end(1), m.group(1))


def passage_at(doc_id: str, offset: int, config: Config) -> Passage:
    """The stored chunk holding this offset of the article."""
    from .retrieval import passages_of

    return next(p for p in passages_of([doc_id], config) if p.start <= offset < p.end)


def whole_documents(doc_ids: list[str], config: Config) -> list[Candidate]:
    """Every sentence of these articles, each with the stored chunk it begins in."""
    from .retrieval import passages_of

    return candidates(passages_of(doc_ids, config), config)


def corpus_weights(config: Config) -> TermWeights:
    """How rare each term is among all the stored articles' sentences. A question's
    relevance to a sentence must not depend on where else it is looked for: asked of the
    Guardian alone, "celebrated" weighed as much as a word no sentence has, and "the country
    celebrated the 30th anniversary ..." lost its lead over a sentence on "the unrest"."""
    from .store import get_store

    records = get_store(config).doc_records()
    key = tuple(sorted((d, str(r.get("fingerprint", ""))) for d, r in records.items()))
    with _corpus_lock:  # the UI asks from several threads
        if key not in _corpus_weights:  # re-ingesting changes the key: never stale
            _corpus_weights.clear()
            every = whole_documents(sorted(records), config)
            _corpus_weights[key] = TermWeights(c.span.text for c in every)
        return _corpus_weights[key]


_corpus_weights: dict[tuple, TermWeights] = {}
_corpus_lock = threading.Lock()


def word_similarity(word: str, words: list[str]) -> float:
    """The closest of `words` (a text's) to `word` (the one asked) by embedding: 1.0 for the
    same word, or one news writing uses for it (`synonyms.alike`, which has a direction:
    "peacekeepers" says "troops", "troops" does not say "peacekeepers")."""
    if not words:
        return 0.0
    if any(alike(word, w) for w in words):
        return 1.0
    from .embeddings import get_embedder

    new = list(dict.fromkeys(w for w in [word, *words] if w not in _word_vectors))
    if new:
        _word_vectors.update(zip(new, get_embedder().embed(new), strict=True))
    return max(float(_word_vectors[word] @ _word_vectors[w]) for w in words)


_word_vectors: dict[str, Any] = {}


def documents(config: Config, doc_ids: set[str]) -> dict[str, Document]:
    """Stored documents, cached by fingerprint so a re-ingested text is never served stale."""
    from .store import get_store

    store = get_store(config)
    records = store.doc_records()
    keys = {d: (d, records[d].get("fingerprint", "")) for d in doc_ids if d in records}
    missing = [d for d, key in keys.items() if key not in _doc_cache]
    if missing:
        for doc_id, doc in store.documents(missing).items():
            _doc_cache[keys[doc_id]] = doc
    return {d: _doc_cache[key] for d, key in keys.items() if key in _doc_cache}


def sentences(doc: Document) -> list[Span]:
    key = (doc.doc_id, doc.text)
    if key not in _sentence_cache:
        _sentence_cache[key] = sentence_spans(doc.doc_id, doc.text)
    return _sentence_cache[key]
