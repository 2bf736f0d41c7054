"""Name normalisation shared by extraction and IRI minting (no spaCy, no rdflib)."""

from __future__ import annotations

import re
import unicodedata

_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lowercase ASCII slug of a name.

    >>> slugify("Hayat Tahrir al-Sham")
    'hayat-tahrir-al-sham'
    >>> slugify("Mevlüt Çavuşoğlu")
    'mevlut-cavusoglu'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _SLUG_RE.sub("-", text).strip("-")


def clean_name(text: str) -> str:
    """Strip a leading article, a trailing possessive and stray punctuation.

    >>> clean_name("the European Union's")
    'European Union'
    """
    text = " ".join(text.replace("\u2019", "'").split())
    text = re.sub(r"^(the|The)\s+", "", text)
    text = re.sub(r"'s?$", "", text)
    return text.strip(" ,.;:\"'()[]")
