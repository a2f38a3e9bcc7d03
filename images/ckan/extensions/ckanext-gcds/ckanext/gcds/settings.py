"""The theme's bilingual settings, ckanext.gcds.<name>_<language> (config_declaration.yaml), in the
page's language. The ConfigMap fills them from the environment's `theme:` block (tools/manifests)."""

from __future__ import annotations

import json
from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.gcds.language import page_language


def _text(name: str) -> str:
    return tk.config.get(f"ckanext.gcds.{name}_{page_language()}") or ""


def _json(name: str, expected: type) -> Any:
    """A JSON setting; a malformed one fails the page, naming the option, rather than showing nothing."""
    option = f"ckanext.gcds.{name}_{page_language()}"
    try:
        value = json.loads(tk.config.get(option) or "null")
    except ValueError as error:
        raise tk.ValidationError({option: [f"not valid JSON: {error}"]}) from error
    if not isinstance(value, expected):
        raise tk.ValidationError({option: [f"not a JSON {expected.__name__}"]})
    return value


def site_title() -> str:
    return _text("site_title")


def introduction() -> str:
    return _text("introduction")


def department_name() -> str:
    return _text("department_name")


def contextual_links() -> dict[str, str]:
    return _json("contextual_links", dict)


def featured() -> list[dict[str, str]]:
    """The home page's featured links: [{"title", "description", "href"}]."""
    items = _json("featured", list)
    wanted = ("title", "description", "href")
    if not all(isinstance(item, dict) and all(isinstance(item.get(key), str) for key in wanted) for item in items):
        raise tk.ValidationError(
            {f"ckanext.gcds.featured_{page_language()}": ['each item needs "title", "description" and "href"']}
        )
    return items
