"""The theme on a real CKAN (CKAN's pytest plugin, the end-to-end stack's PostgreSQL, Solr and Redis)."""

from __future__ import annotations

import json
import re

import pytest

import ckan.plugins.toolkit as tk
import ckan.tests.factories as factories
import ckan.tests.helpers as test_helpers
from ckanext.gcds.extent_map import extent_map
from ckanext.gcds.helpers import gcds_breadcrumb_items, gcds_page_numbers

pytestmark = [
    pytest.mark.ckan_config("ckan.plugins", "scheming_datasets gcds sdi"),
    pytest.mark.usefixtures("with_plugins", "clean_db", "clean_index"),
]

BILINGUAL = {
    "title_translated": {"en": "Air quality readings", "fr": "Mesures de la qualité de l’air"},
    "notes_translated": {"en": "Hourly readings.", "fr": "Mesures horaires."},
    "keywords": {"en": ["air", "environment"], "fr": ["air", "environnement"]},
}


@pytest.fixture
def dataset():
    return factories.Dataset(name="air-quality", **BILINGUAL)


def attribute(html: str, element: str, name: str) -> str:
    match = re.search(rf"<{element}\b[^>]*\b{name}=\"([^\"]*)\"", html)
    assert match, f"no <{element} {name}=...> in the page"
    return match.group(1).replace("&#34;", '"').replace("&amp;", "&")


def test_the_english_texts_fill_the_core_fields(dataset):
    shown = test_helpers.call_action("package_show", id=dataset["id"])
    assert shown["title"] == "Air quality readings"
    assert shown["notes"] == "Hourly readings."
    assert shown["title_translated"] == BILINGUAL["title_translated"]
    assert shown["keywords"] == BILINGUAL["keywords"]


def test_a_dataset_with_only_a_core_title_is_shown_in_both_languages(app):
    # API clients and harvesters that know nothing of the bilingual fields keep working.
    factories.Dataset(name="core-only", title="Core title only")
    assert "Core title only" in app.get("/fr/dataset/core-only").body


def test_the_dataset_page_shows_the_page_language(app, dataset):
    english = app.get("/dataset/air-quality").body
    french = app.get("/fr/dataset/air-quality").body
    assert '<html lang="en"' in english and '<html lang="fr"' in french
    assert '<gcds-heading tag="h1">Air quality readings</gcds-heading>' in english
    assert "Mesures de la qualité de l’air" in french and "Mesures horaires." in french
    assert "environnement" in french


def test_the_dataset_page_shows_the_extent_as_a_bounding_box(app):
    extent = {
        "type": "Polygon",
        "coordinates": [[[-76.0, 45.2], [-75.4, 45.2], [-75.4, 45.6], [-76.0, 45.6], [-76.0, 45.2]]],
    }
    factories.Dataset(name="capital-region", spatial=json.dumps(extent), **BILINGUAL)
    english = app.get("/dataset/capital-region").body
    french = app.get("/fr/dataset/capital-region").body
    boxes = {
        page: re.findall(r"<dt>([^<]+)</dt>\s*<dd>([^<]+)</dd>", html.split('class="gcds-extent"')[1].split("</dl>")[0])
        for page, html in (("en", english), ("fr", french))
    }
    assert boxes["en"] == [("West", "-76°"), ("South", "45.2°"), ("East", "-75.4°"), ("North", "45.6°")]
    assert boxes["fr"] == [("Ouest", "-76°"), ("Sud", "45,2°"), ("Est", "-75,4°"), ("Nord", "45,6°")]
    assert "coordinates" not in english


def test_the_toggle_links_the_same_page_in_the_other_language(app, dataset):
    assert attribute(app.get("/dataset/air-quality").body, "gcds-header", "lang-href") == "/fr/dataset/air-quality"
    assert attribute(app.get("/fr/dataset/?q=air").body, "gcds-header", "lang-href") == "/dataset/?q=air"


def test_the_search_list_shows_the_page_language(app, dataset):
    assert "Mesures de la qualité de l’air" in app.get("/fr/dataset/").body
    assert "Air quality readings" in app.get("/dataset/").body


def test_an_organisation_dataset_with_a_resource_keeps_its_titles(app):
    # As an API client makes it: an organisation's dataset, then a resource (a package_update).
    organization = factories.Organization(name="environment")
    test_helpers.call_action("package_create", name="air", owner_org=organization["id"], **BILINGUAL)
    test_helpers.call_action("resource_create", package_id="air", url="https://example.gc.ca/a.html", format="HTML")
    found = test_helpers.call_action("package_search", q="air")["results"][0]
    assert (found["title"], found["title_translated"]) == ("Air quality readings", BILINGUAL["title_translated"])
    assert "Mesures de la qualité de l’air" in app.get("/fr/organization/environment").body
    assert "Air quality readings" in app.get("/dataset/?q=air").body


def test_the_footer_carries_the_department_settings(app):
    english = app.get("/").body
    french = app.get("/fr/").body
    assert attribute(english, "gcds-footer", "contextual-heading") == "Department of Testing"
    assert attribute(french, "gcds-footer", "contextual-heading") == "Ministère des Essais"
    assert attribute(french, "gcds-footer", "contextual-links") == '{"Contactez-nous": "https://example.gc.ca/fr/contact"}'


def test_the_theme_strings_are_translated(app):
    french = app.get("/fr/dataset/").body
    assert attribute(french, "gcds-top-nav", "label") == "Menu principal"
    assert attribute(french, "gcds-search", "placeholder") == "jeux de données"
    assert attribute(app.get("/dataset/").body, "gcds-top-nav", "label") == "Main menu"


def test_the_dataset_page_has_breadcrumbs_and_date_modified(app, dataset):
    page = app.get("/fr/dataset/air-quality").body
    assert '<gcds-breadcrumbs-item href="/fr/dataset/">' in page
    assert f"<gcds-date-modified>{dataset['metadata_modified'][:10]}</gcds-date-modified>" in page


def test_nothing_is_loaded_from_another_origin(app):
    page = app.get("/").body
    remote = re.findall(r"<(?:script|link)\b[^>]*(?:src|href)=\"(?:https?:)?//[^\"]*\"", page)
    assert remote == []
    assert app.get("/gcds/vendor/components/gcds.esm.js").status_code == 200
    assert app.get("/gcds/vendor/fonts/lato/gcds-lato.woff2").status_code == 200


def test_breadcrumb_items_drop_the_current_page():
    html = '<li class="home"><a href="/">Home</a></li><li><a href="/dataset/">Datasets</a></li><li class="active"><a href="/dataset/x">X</a></li>'
    assert gcds_breadcrumb_items(html) == [
        {"href": "/", "label": "Home"},
        {"href": "/dataset/", "label": "Datasets"},
    ]


def test_a_bilingual_title_given_in_one_language_is_refused_beside_the_other():
    with pytest.raises(tk.ValidationError) as refused:
        factories.Dataset(title_translated={"en": "Only English", "fr": ""})
    assert refused.value.error_dict["title_translated-fr"] == ["Missing value"]


def test_the_keywords_of_each_language_are_search_facets(dataset):
    found = test_helpers.call_action("package_search", fq='vocab_keywords_fr:"environnement"')
    assert [result["name"] for result in found["results"]] == ["air-quality"]


def test_the_home_page_shows_the_portal_not_ckan_placeholders(app, dataset):
    english = app.get("/").body
    french = app.get("/fr/").body
    assert "<title>Open data portal</title>" in english
    assert "Portail de données ouvertes" in french and "Air quality readings" in english
    for placeholder in ("Welcome to CKAN", "nice introductory paragraph", "placeholder-420x220", "Twitter"):
        assert placeholder not in english and placeholder not in french


def test_the_extent_map_draws_the_outline_on_a_graticule():
    drawn = extent_map('{"type": "Polygon", "coordinates": [[[-76, 45], [-75, 45], [-75, 46], [-76, 45]]]}')
    assert drawn["outline"].startswith("M") and drawn["outline"].endswith("Z")
    assert [view["name"] for view in drawn["views"]] == ["extent", "context"]
    assert any(line["label"] == "45.5°N" for line in drawn["views"][0]["lines"])
    assert extent_map("not json") is None


def test_the_pager_shows_the_ends_and_two_pages_either_side():
    page = type("Page", (), {"page": 7, "page_count": 12})()
    assert gcds_page_numbers(page) == [1, None, 5, 6, 7, 8, 9, None, 12]
