"""The Government of Canada theme: GC Design System page frame, English and French, bilingual datasets."""

from __future__ import annotations

from typing import Any

import ckan.plugins as p
import ckan.plugins.toolkit as tk
from ckan.lib.plugins import DefaultTranslation

from ckanext.gcds import helpers, validators

# The languages of the toggle; English is the default and has no URL prefix, French lives under /fr/.
LANGUAGES = ("en", "fr")


class GcdsPlugin(p.SingletonPlugin, DefaultTranslation):
    p.implements(p.IConfigurer)
    p.implements(p.IConfigDeclaration, inherit=True)
    p.implements(p.ITemplateHelpers)
    p.implements(p.IValidators)
    p.implements(p.ITranslation)
    p.implements(p.IPackageController, inherit=True)

    # IConfigurer
    def update_config(self, config: Any) -> None:
        tk.add_template_directory(config, "templates")
        tk.add_public_directory(config, "public")
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

    # IPackageController: on the web pages, a dataset's core title and description are those of the
    # page's language, so that every CKAN template (lists, headings, breadcrumbs) shows them unchanged.
    def after_dataset_show(self, context: Any, pkg_dict: dict[str, Any]) -> None:
        helpers.localise_dataset(pkg_dict)

    def after_dataset_search(self, search_results: dict[str, Any], search_params: Any) -> dict[str, Any]:
        for pkg_dict in search_results.get("results", []):
            helpers.localise_dataset(pkg_dict)
        return search_results
