"""Prints, as JSON, the config declarations of CKAN core and of every plugin the venv installs.

Run with the python of a venv built by images/ckan/scripts/ckan-install (the ckan image's pins):
tools/e2e/src/ckan-config-catalogue.ts does, and writes tools/manifests/src/config/ckan-config-catalogue.json.
It calls the API behind `ckan config describe --core <plugin> -f json` (ckan.config.declaration), one
plugin at a time so that each option names the plugin that declares it; the CLI itself first loads the
whole app, which needs a database. The plugins are the `ckan.plugins` entry points, without the test and
example plugins the distributions ship.
"""

import json
import logging
import re
import sys
from importlib.metadata import entry_points

from ckan.config.declaration import Declaration, Flag
from ckan.config.declaration.key import Pattern

logging.disable(logging.CRITICAL)

NOT_FOR_USE = re.compile(r"(^|[._])(tests?|examples?)[._]|^ckanext\.example_|^ckanext\.test_")


def kind(validators):
    words = validators.split()
    if "boolean_validator" in words:
        return "bool"
    if "convert_int" in words or "int_validator" in words or "is_positive_integer" in words:
        return "int"
    if "as_list" in words:
        return "list"
    return "string"


def first_paragraph(text):
    return " ".join(text.strip().split("\n\n")[0].split())


def options(declaration, source):
    listed = []
    for key in declaration.iter_options(exclude=Flag.none()):
        option = declaration._options[key]
        validators = " ".join(option.get_validators().split())
        item = {"key": str(key), "plugin": source, "type": kind(validators)}
        if isinstance(key, Pattern):
            item["pattern"] = True
        if option.has_default():
            default = option.default
            item["default"] = default if isinstance(default, (bool, int, float, str, list)) else str(default)
        if validators:
            item["validators"] = validators
        flags = [flag.name for flag in Flag if flag.name and option.has_flag(flag)]
        if flags:
            item["flags"] = flags
        if option.description:
            item["description"] = first_paragraph(option.description)
        listed.append(item)
    return listed


def main():
    plugins = {}
    for point in entry_points(group="ckan.plugins"):
        if NOT_FOR_USE.search(point.value) or NOT_FOR_USE.search(point.name + "_"):
            continue
        plugins[point.name] = {
            "distribution": point.dist.name if point.dist else None,
            "module": point.value.split(":")[0],
        }
    core = Declaration()
    core.load_core_declaration()
    declared = options(core, "core")
    for name in sorted(plugins):
        declaration = Declaration()
        declaration.load_plugin(name)
        own = options(declaration, name)
        plugins[name]["declares"] = len(own) > 0
        declared.extend(own)
    declared.sort(key=lambda item: (item["key"], item["plugin"]))
    json.dump(
        {"plugins": dict(sorted(plugins.items())), "options": declared},
        sys.stdout,
        indent=1,
        sort_keys=True,
        ensure_ascii=False,
    )


main()
