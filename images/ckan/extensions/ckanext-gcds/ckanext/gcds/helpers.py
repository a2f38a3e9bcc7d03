"""Template helpers of the theme (all prefixed gcds_) and the per-language view of a dataset."""

from __future__ import annotations

import datetime
import json
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlencode

import ckan.plugins.toolkit as tk
from ckan.common import g, request

from ckanext.gcds import settings
from ckanext.gcds.extent_map import extent_map
from ckanext.gcds.language import LANGUAGE_NAMES, other_language, page_language


def gcds_toggle_url() -> str:
    """The page the user is on, in the other official language (CKAN's /fr/ prefix).

    The default language is asked for as "default": CKAN would otherwise prefix it too (/en/...).
    """
    other = other_language()
    locale = "default" if other == tk.config.get("ckan.locale_default") else other
    return tk.h.url_for(tk.h.current_url(), locale=locale)


def gcds_contextual_links() -> str:
    """The footer's contextual links as the JSON object gcds-footer takes."""
    return json.dumps(settings.contextual_links(), ensure_ascii=False)


def localise_site_texts() -> None:
    """Before each request: CKAN's own site title and About text in the page's language, so that every
    stock template (page titles, the About page, e-mails) shows the portal's bilingual settings."""
    g.site_title = settings.site_title()
    g.site_about = settings.introduction()


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
    return value.get(page_language()) or value.get(other_language()) or ""


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


def gcds_page_url(number: int) -> str:
    """The current list (its query, sort and filters) at page `number`."""
    params = [(key, value) for key, value in request.args.items(multi=True) if key != "page"]
    return f"{request.path}?{urlencode(params + [('page', number)])}"


def gcds_page_numbers(page: Any) -> list[int | None]:
    """The page numbers a pager shows: the first, the last, and two either side of the current page;
    None where numbers are left out."""
    current, last = page.page, page.page_count
    shown = sorted({1, last, *range(max(current - 2, 1), min(current + 2, last) + 1)})
    numbers: list[int | None] = []
    for number in shown:
        if numbers and number - (numbers[-1] or 0) > 1:
            numbers.append(None)
        numbers.append(number)
    return numbers


def gcds_recent_datasets(limit: int = 4) -> list[dict[str, Any]]:
    """The most recently changed public datasets, for the home page; none when search is down."""
    try:
        result = tk.get_action("package_search")({}, {"sort": "metadata_modified desc", "rows": limit})
    except Exception:  # noqa: BLE001 - the home page must render without Solr
        return []
    return result.get("results", [])


def gcds_keyword_facet() -> str:
    """The search facet of keywords in the page's language (indexed by plugin.before_dataset_index)."""
    return f"vocab_keywords_{page_language()}"


def gcds_error_links(errors: dict[str, Any]) -> str:
    """Server-side errors as gcds-error-summary's error-links: {"#field-<name>": first message}."""
    links = {}
    for name, messages in (errors or {}).items():
        if isinstance(messages, list) and messages and isinstance(messages[0], str):
            links[f"#field-{name}"] = messages[0]
    return json.dumps(links, ensure_ascii=False)


def all_helpers() -> dict[str, Any]:
    helpers = {
        helper.__name__: helper
        for helper in (
            gcds_toggle_url,
            gcds_contextual_links,
            gcds_breadcrumb_items,
            gcds_date_modified,
            gcds_language_name,
            gcds_bilingual,
            gcds_page_url,
            gcds_page_numbers,
            gcds_recent_datasets,
            gcds_keyword_facet,
            gcds_error_links,
        )
    }
    helpers.update(
        gcds_language=page_language,
        gcds_other_language=other_language,
        gcds_site_title=settings.site_title,
        gcds_introduction=settings.introduction,
        gcds_department_name=settings.department_name,
        gcds_featured=settings.featured,
        gcds_extent_map=extent_map,
    )
    return helpers
