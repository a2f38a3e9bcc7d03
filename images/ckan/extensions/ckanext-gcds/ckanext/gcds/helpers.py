"""Template helpers of the theme (all prefixed gcds_) and the per-language view of a dataset."""

from __future__ import annotations

import datetime
import json
from html.parser import HTMLParser
from typing import Any

import ckan.plugins.toolkit as tk
from ckan.common import request


def gcds_language() -> str:
    """The page's language: "en" or "fr"."""
    return tk.h.lang() or "en"


def gcds_other_language() -> str:
    return "en" if gcds_language() == "fr" else "fr"


def gcds_toggle_url() -> str:
    """The page the user is on, in the other official language (CKAN's /fr/ prefix).

    The default language is asked for as "default": CKAN would otherwise prefix it too (/en/...).
    """
    other = gcds_other_language()
    locale = "default" if other == tk.config.get("ckan.locale_default") else other
    return tk.h.url_for(tk.h.current_url(), locale=locale)


def _setting(name: str) -> str:
    return tk.config.get(f"ckanext.gcds.{name}_{gcds_language()}") or ""


def gcds_department_name() -> str:
    return _setting("department_name")


def gcds_contextual_links() -> str:
    """The footer's contextual links as the JSON object gcds-footer takes; invalid JSON is an error."""
    raw = _setting("contextual_links") or "{}"
    try:
        links = json.loads(raw)
    except ValueError as error:
        raise tk.ValidationError(
            {f"ckanext.gcds.contextual_links_{gcds_language()}": [f"not a JSON object: {error}"]}
        ) from error
    if not isinstance(links, dict):
        raise tk.ValidationError({f"ckanext.gcds.contextual_links_{gcds_language()}": ["not a JSON object"]})
    return json.dumps(links, ensure_ascii=False)


class _LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.items: list[dict[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._href = dict(attrs).get("href") or ""
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            label = " ".join("".join(self._text).split())
            if label:
                self.items.append({"href": self._href, "label": label})
            self._href = None


def gcds_breadcrumb_items(breadcrumb_html: str) -> list[dict[str, str]]:
    """The links of CKAN's breadcrumb block (its <li><a> items), without the current page.

    CKAN's templates build their breadcrumbs as HTML; the theme shows the same trail with
    gcds-breadcrumbs, which, as the Canada.ca standard asks, does not repeat the current page.
    """
    collector = _LinkCollector()
    collector.feed(str(breadcrumb_html))
    return collector.items[:-1]


def _day(value: Any) -> str:
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, str) and len(value) >= 10:
        return value[:10]
    return ""


def gcds_date_modified(*objects: Any) -> str:
    """The date the page's content last changed, YYYY-MM-DD.

    The first of the objects (resource, dataset, organisation) with a date gives it; a page made of
    many datasets (home, search) was last modified when the most recent of them was.
    """
    for obj in objects:
        if isinstance(obj, dict):
            day = _day(obj.get("last_modified") or obj.get("metadata_modified") or obj.get("created"))
            if day:
                return day
    try:
        result = tk.get_action("package_search")(
            {}, {"q": "*:*", "sort": "metadata_modified desc", "rows": 1, "fl": ["metadata_modified"]}
        )
    except Exception:  # noqa: BLE001 - the date is a courtesy; the page must render without Solr
        return ""
    newest = result.get("results") or [{}]
    return _day(newest[0].get("metadata_modified"))


LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


def gcds_language_name(language: str) -> str:
    """A language's own name (English, Français), for the labels of bilingual form fields."""
    return LANGUAGE_NAMES[language]


def gcds_bilingual(value: Any) -> Any:
    """A bilingual field's value in the page's language, else in the other one."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if not isinstance(value, dict):
        return value
    return value.get(gcds_language()) or value.get(gcds_other_language()) or ""


def _is_web_page() -> bool:
    """True inside a request for a page (not the API, a background job or the CLI)."""
    try:
        path = request.path
    except RuntimeError:
        return False
    return not path.startswith("/api/")


def localise_dataset(pkg_dict: dict[str, Any]) -> None:
    """On web pages, replaces a dataset's core title and description with the page language's."""
    if not _is_web_page():
        return
    for bilingual, core in (("title_translated", "title"), ("notes_translated", "notes")):
        text = gcds_bilingual(pkg_dict.get(bilingual))
        if text and isinstance(text, str):
            pkg_dict[core] = text


def all_helpers() -> dict[str, Any]:
    return {
        helper.__name__: helper
        for helper in (
            gcds_language,
            gcds_other_language,
            gcds_toggle_url,
            gcds_department_name,
            gcds_contextual_links,
            gcds_breadcrumb_items,
            gcds_date_modified,
            gcds_language_name,
            gcds_bilingual,
        )
    }
