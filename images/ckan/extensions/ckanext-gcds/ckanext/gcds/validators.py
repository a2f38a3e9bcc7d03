"""Bilingual dataset fields: the same text, or list of keywords, in English and French.

Stored as a JSON object per language ({"en": ..., "fr": ...}), the format ckanext-fluent uses, so a
portal can move to ckanext-fluent's presets without migrating data once a release of it that runs on
CKAN 2.11 is published (PyPI only has 1.0.0, from 2015, which imports Pylons). Accepted input: that
object (API), its JSON text, or one form field per language (`<field>-en`, `<field>-fr`).
"""

from __future__ import annotations

import json
from typing import Any, Callable

import ckan.plugins.toolkit as tk
from ckan.lib.navl.dictization_functions import StopOnError
from ckanext.scheming.validation import scheming_validator

from ckanext.gcds.language import LANGUAGES
# The bilingual field that fills each core field: CKAN's search, sorting and API clients keep using them.
CORE_FIELDS = {"title_translated": "title", "notes_translated": "notes"}

Validator = Callable[[Any, dict[Any, Any], dict[Any, Any], Any], None]


def _from_form(key: tuple[Any, ...], data: dict[Any, Any]) -> dict[str, Any] | None:
    """The `<field>-<language>` form fields, removed from the extras; None when there are none."""
    extras = data.get(key[:-1] + ("__extras",)) or {}
    names = {language: f"{key[-1]}-{language}" for language in LANGUAGES}
    if not any(name in extras for name in names.values()):
        return None
    return {language: extras.pop(name, "") for language, name in names.items()}


def _language_key(key: tuple[Any, ...], language: str) -> tuple[Any, ...]:
    """Where a language's error goes: `<field>-<language>`, the name of that language's form field."""
    return key[:-1] + (f"{key[-1]}-{language}",)


def _bilingual(field: dict[str, Any], check: Callable[[Any], Any]) -> Validator:
    """The validator of a bilingual field.

    `required: true`: the field must be given, in both languages. `required_languages: [en, fr]`: when
    the field is given (the form always gives it), those languages must not be empty; API clients and
    harvesters that send only the core title and description are not asked for it.
    """
    required = bool(field.get("required"))
    required_languages = tuple(field.get("required_languages") or (LANGUAGES if required else ()))

    def validator(key: Any, data: dict[Any, Any], errors: dict[Any, Any], context: Any) -> None:
        value = data.get(key)
        if value is tk.missing or value is None or value == "":
            value = _from_form(key, data)
            if value is None:
                if required:
                    errors[key].append(tk._("Missing value"))
                # as ignore_missing does: no field at all, and no later validator on it
                data.pop(key, None)
                raise StopOnError
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                errors[key].append(tk._("expecting a JSON object with en and fr"))
                return
        if not isinstance(value, dict):
            errors[key].append(tk._("expecting a JSON object with en and fr"))
            return
        unknown = sorted(set(value) - set(LANGUAGES))
        if unknown:
            errors[key].append(tk._("unknown language(s): {0}; use en and fr").format(", ".join(unknown)))
            return
        clean = {}
        for language in LANGUAGES:
            try:
                clean[language] = check(value.get(language))
            except tk.Invalid as error:
                errors[_language_key(key, language)] = [error.error]
                continue
            if language in required_languages and not clean[language]:
                errors[_language_key(key, language)] = [tk._("Missing value")]
        if len(clean) == len(LANGUAGES) and not any(errors.get(_language_key(key, lang)) for lang in LANGUAGES):
            data[key] = json.dumps(clean, ensure_ascii=False)
        else:
            # the form shows what was typed again; nothing is stored while a language has an error
            data[key] = json.dumps({lang: value.get(lang) for lang in LANGUAGES}, ensure_ascii=False)

    return validator


def _text(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise tk.Invalid(tk._("must be text"))
    return value.strip()


def _tags(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise tk.Invalid(tk._("must be a list of keywords"))
    tags = []
    for tag in (tag.strip() for tag in value):
        if tag:
            tk.get_validator("tag_length_validator")(tag, {})
            tk.get_validator("tag_name_validator")(tag, {})
            tags.append(tag)
    return tags


@scheming_validator
def gcds_bilingual_text(field: dict[str, Any], schema: dict[str, Any]) -> Validator:
    return _bilingual(field, _text)


@scheming_validator
def gcds_bilingual_tags(field: dict[str, Any], schema: dict[str, Any]) -> Validator:
    return _bilingual(field, _tags)


def gcds_bilingual_output(value: Any) -> Any:
    """The stored JSON as an object; a plain string (stored before the field was bilingual) is English."""
    if isinstance(value, dict):
        return value
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return {LANGUAGES[0]: value}
    return parsed if isinstance(parsed, dict) else {LANGUAGES[0]: value}


def gcds_copy_default_language(key: tuple[Any, ...], data: dict[Any, Any], errors: Any, context: Any) -> None:
    """After gcds_bilingual_text: copies the English text into the core field (title, notes).

    navl validates keys in sorted order, so the core field ("title") has already been validated and
    the copy is final.
    """
    core = CORE_FIELDS.get(key[-1])
    value = data.get(key)
    if core is None or not isinstance(value, str) or not value:
        return
    texts = json.loads(value)
    text = texts.get(LANGUAGES[0]) or texts.get(LANGUAGES[1])
    if text:
        data[key[:-1] + (core,)] = text


def all_validators() -> dict[str, Any]:
    return {
        validator.__name__: validator
        for validator in (
            gcds_bilingual_text,
            gcds_bilingual_tags,
            gcds_bilingual_output,
            gcds_copy_default_language,
        )
    }
