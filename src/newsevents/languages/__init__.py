"""Language packs: lexicons as data, found through the ``newsevents.languages`` entry points."""

from newsevents.languages._detect import detect_language, detect_tokens
from newsevents.languages._pack import LanguagePack, common_data
from newsevents.languages._registry import (
    BOKMAL,
    DANISH,
    ENGLISH,
    NYNORSK,
    SWEDISH,
    available_languages,
    get_pack,
)

__all__ = [
    "BOKMAL",
    "DANISH",
    "ENGLISH",
    "NYNORSK",
    "SWEDISH",
    "LanguagePack",
    "available_languages",
    "common_data",
    "detect_language",
    "detect_tokens",
    "get_pack",
]
