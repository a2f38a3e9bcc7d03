"""The two official languages: English by default (no URL prefix), French under /fr/."""

from __future__ import annotations

import ckan.plugins.toolkit as tk

LANGUAGES = ("en", "fr")
# Each language's own name, for the labels of bilingual form fields.
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


def page_language() -> str:
    """The page's language: "en" or "fr"."""
    return tk.h.lang() or LANGUAGES[0]


def other_language() -> str:
    return LANGUAGES[1] if page_language() == LANGUAGES[0] else LANGUAGES[0]
