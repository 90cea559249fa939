"""How to greet the customer: as a woman, as a man, or by name.

Spanish, Portuguese, French and German greet formally with a title (señora Ferrer,
senhor Thiago, Madame Fontaine, Herr Schuster) that English does without. The case
often says which, but only some cues are safe: a title right before the customer's own
name ("Sra. Gómez", "Herrn Kruse"), a word that is only ever said of a woman ("la
clienta", "Kundin", "a passageira"), or, in an English note, the agent's "she" and "his"
two to one. The masculine "el cliente", "der Kunde" is said of anyone, and "meine Frau
Elke" is someone else; neither counts. Without a safe cue the script greets the customer
by name, which is never wrong.
"""

from __future__ import annotations

import re

from graph.understanding.profile import Guess

_TITLED = re.compile(
    r"\b(?:(?P<female>(?i:Mrs|Ms|Miss|Sra|Señora|Doña|Dña|Senhora|Dona|Mme|Madame|Mlle|Frau))|"
    r"(?P<male>(?i:Mr|Sr|Señor|Don|Senhor|Seu|Monsieur|Herrn?)|M))\.?\s+"
    r"(?:(?:Dr|Dra|Prof)\.?\s+)?(?P<name>[^\W\d_][\w'-]*)"
)
"""A title in one of the five languages and the name after it; a bare "M." is French
only when it is a capital."""
_ONLY_SAID_OF_A_WOMAN = re.compile(
    r"\b(?:clienta|pasajera|huéspeda|a cliente|passageira|benefici[áa]ria|la cliente|"
    r"passag[èe]re|kundin|passagierin|patientin|mieterin|versicherungsnehmerin)\b",
    re.I,
)
_SHE = re.compile(r"\b(?:she|her|herself)\b", re.I)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)


def address_form(text: str, name: str | None, language: str) -> Guess | None:
    """female or male when a safe cue says so (see the module docstring), else None."""
    if name:
        parts = {p for p in name.split() if len(p) > 1}
        for m in _TITLED.finditer(text):
            if m.group("name") in parts:
                return Guess("female" if m.group("female") else "male", m.group(0))
    if m := _ONLY_SAID_OF_A_WOMAN.search(text):
        return Guess("female", m.group(0))
    if language == "en":
        she, he = _SHE.findall(text), _HE.findall(text)
        if len(she) >= max(1, 2 * len(he)):
            return Guess("female", she[0])
        if len(he) >= max(1, 2 * len(she)):
            return Guess("male", he[0])
    return None


def name_parts(full: str) -> dict[str, str]:
    """The parts a catalog's forms of address use: `first`, `last`, `paternal` (the
    first of two Spanish surnames: Ferrer in "Lucía Ferrer Campos") and `full`."""
    words = full.split()
    if not words:
        return {"first": full, "last": full, "paternal": full, "full": full}
    titled = words[0].rstrip(".").lower() in ("dr", "dra", "prof")
    core = words[1:] if titled and len(words) > 1 else words
    title = words[0] + " " if titled else ""
    # an initial is never what a script greets by: "D. Aurora Queiroz" (Dona) is Aurora,
    # and "J. Okafor" stays whole
    while len(core) > 2 and re.fullmatch(r"[A-ZÀ-Ý]\.", core[0]):
        core = core[1:]
    if len(core) == 2 and re.fullmatch(r"[A-ZÀ-Ý]\.", core[0]):
        core = [" ".join(core)]
    last = core[-1] if len(core) > 1 else core[0]
    paternal = core[1] if len(core) >= 3 else last
    return {
        "first": core[0],
        "last": title + last,
        "paternal": title + paternal,
        "full": " ".join(words),
    }
