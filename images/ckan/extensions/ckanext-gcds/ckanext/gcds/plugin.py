"""The Government of Canada theme: GC Design System page frame, English and French, bilingual datasets."""

from __future__ import annotations

from typing import Any

import ckan.plugins as p
import ckan.plugins.toolkit as tk
from ckan.lib.plugins import DefaultTranslation

from ckanext.gcds import helpers, validators
from ckanext.gcds.language import LANGUAGES


# The blanket loads config_declaration.yaml: the settings' defaults, used wherever the ConfigMap sets none.
@tk.blanket.config_declarations
class GcdsPlugin(p.SingletonPlugin, DefaultTranslation):
    p.implements(p.IConfigurer)
    p.implements(p.ITemplateHelpers)
    p.implements(p.IValidators)
    p.implements(p.ITranslation)
    p.implements(p.IPackageController, inherit=True)
    p.implements(p.IFacets, inherit=True)
    p.implements(p.IMiddleware, inherit=True)

    # IConfigurer
    def update_config(self, config: Any) -> None:
        tk.add_template_directory(config, "templates")
        tk.add_public_directory(config, "public")
        tk.add_resource("assets", "ckanext-gcds")
        # The theme is bilingual by definition: both official languages, English by default.
        config["ckan.locale_default"] = LANGUAGES[0]
        config["ckan.locales_offered"] = " ".join(LANGUAGES)
        # Datasets carry their title, description and keywords in both languages (validators.py).
        # Assigned, not defaulted: ckanext-scheming declares its own defaults for both options, so a
        # setdefault would leave CKAN's stock schema in place. scheming_datasets reads them in its own
        # update_config, which CKAN runs after this one only when gcds is listed after it in
        # ckan.plugins (IConfigurer runs last-plugin-first).
        config["scheming.dataset_schemas"] = "ckanext.gcds:schemas/dataset.yaml"
        config["scheming.presets"] = "ckanext.scheming:presets.json ckanext.gcds:presets.json"

    # ITemplateHelpers
    def get_helpers(self) -> dict[str, Any]:
        return helpers.all_helpers()

    # IValidators
    def get_validators(self) -> dict[str, Any]:
        return validators.all_validators()

    # IMiddleware
    def make_middleware(self, app: Any, config: Any) -> Any:
        if hasattr(app, "before_request"):  # the Flask app, not a WSGI wrapper
            app.before_request(helpers.localise_site_texts)
        return app

    # IFacets: the keywords of the page's language, before CKAN's own tags (which harvested records use).
    def dataset_facets(self, facets_dict: dict[str, Any], package_type: str) -> dict[str, Any]:
        return _with_keyword_facet(facets_dict)

    def organization_facets(self, facets_dict: dict[str, Any], *args: Any) -> dict[str, Any]:
        return _with_keyword_facet(facets_dict)

    def group_facets(self, facets_dict: dict[str, Any], *args: Any) -> dict[str, Any]:
        return _with_keyword_facet(facets_dict)

    # IPackageController: each language's keywords as a multi-valued string field of their own
    # (vocab_* is Solr's multi-valued string pattern in CKAN's schema), for the keyword facet.
    def before_dataset_index(self, pkg_dict: dict[str, Any]) -> dict[str, Any]:
        keywords = validators.gcds_bilingual_output(pkg_dict.get("keywords") or "{}")
        for language in LANGUAGES:
            values = keywords.get(language) or []
            if isinstance(values, list):
                pkg_dict[f"vocab_keywords_{language}"] = [value for value in values if isinstance(value, str)]
        return pkg_dict

    # IPackageController: on the web pages, a dataset's core title and description are those of the
    # page's language, so that every CKAN template (lists, headings, breadcrumbs) shows them unchanged.
    def after_dataset_show(self, context: Any, pkg_dict: dict[str, Any]) -> None:
        helpers.localise_dataset(pkg_dict)

    def after_dataset_search(self, search_results: dict[str, Any], search_params: Any) -> dict[str, Any]:
        for pkg_dict in search_results.get("results", []):
            helpers.localise_dataset(pkg_dict)
        return search_results


def _with_keyword_facet(facets_dict: dict[str, Any]) -> dict[str, Any]:
    facets: dict[str, Any] = {}
    for name, title in facets_dict.items():
        if name == "tags":
            facets[helpers.gcds_keyword_facet()] = tk._("Keywords")
        facets[name] = title
    return facets
