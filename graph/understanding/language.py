"""The customer's language (ISO 639-1) among the five the coach reads.

langdetect (Google's n-gram profiles) with only the en/es/pt/de/fr profiles loaded,
a fixed seed so the same text always gives the same answer, and the profiles read
once per process. Measured on the labelled corpus (105 cases): both it and a
stop-word count read every full complaint right, but on the first eight words
langdetect got 98 and the stop-word count 89, and agents often type one line.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.lang_profile import LangProfile

LANGUAGES: tuple[str, ...] = ("en", "es", "pt", "de", "fr")


@cache
def _factory() -> DetectorFactory:
    factory = DetectorFactory()
    for index, code in enumerate(LANGUAGES):
        data = json.loads((Path(PROFILES_DIRECTORY) / code).read_text(encoding="utf-8"))
        factory.add_profile(LangProfile(**data), index, len(LANGUAGES))
    factory.set_seed(0)
    return factory


def detect_language(text: str) -> tuple[str, float]:
    """The most likely language and its probability; ("en", 0.0) when the text has no
    letters to go on."""
    detector = _factory().create()
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except LangDetectException:
        return "en", 0.0
    return best.lang, best.prob
