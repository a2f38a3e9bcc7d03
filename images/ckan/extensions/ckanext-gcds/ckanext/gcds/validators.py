"""Validators of the bilingual dataset schema (schemas/dataset.yaml)."""

from __future__ import annotations

import json
from typing import Any

from ckan.plugins.toolkit import config

# The fluent field that fills each core field: CKAN's search, sorting and API clients keep using them.
CORE_FIELDS = {"title_translated": "title", "notes_translated": "notes"}


def gcds_copy_default_language(key: tuple[Any, ...], data: dict[Any, Any], errors: Any, context: Any) -> None:
    """After ckanext-fluent's `fluent_text`: copies the default language's text into the core field.

    navl validates keys in sorted order, so the core field ("title") has already been validated and
    the copy is final.
    """
    core = CORE_FIELDS.get(key[-1])
    value = data.get(key)
    if core is None or not isinstance(value, str) or not value:
        return
    try:
        texts = json.loads(value)
    except ValueError:
        return
    default = config.get("ckan.locale_default") or "en"
    text = texts.get(default) or next((text for text in texts.values() if text), "")
    if text:
        data[key[:-1] + (core,)] = text
