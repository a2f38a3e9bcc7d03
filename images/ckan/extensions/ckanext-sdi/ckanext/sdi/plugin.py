"""The SDI plugin: validates the dataset schema's spatial extent and maps harvested ISO 19139 records
onto that schema. The schema is the portal's one `dataset` type, ckanext-gcds's bilingual schema, which
carries the geospatial fields and names this plugin's validator.

ckanext-spatial's harvesters put everything they parse into free extras. The schema declares some of
them as fields (spatial, reference_system, temporal_start/end, contact_*), and CKAN refuses an extra
whose key is also a schema field, so they are moved to the top level here (ISpatialHarvester, plugin `sdi_harvest`).
"""
import json
import re

import ckan.plugins as p
from ckan.plugins import toolkit
from shapely.geometry import shape
from shapely.validation import explain_validity

from ckanext.spatial.harvesters.csw import CSWHarvester
from ckanext.spatial.interfaces import ISpatialHarvester

EXTENT_TYPES = ("Point", "Polygon", "MultiPolygon")

XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>\s*")

# ckanext-spatial extra key -> geospatial schema field
HARVESTED_FIELDS = {
    "spatial": "spatial",
    "spatial-reference-system": "reference_system",
    "temporal-extent-begin": "temporal_start",
    "temporal-extent-end": "temporal_end",
    "contact-email": "contact_email",
}


def geojson_extent(value, context):
    """A GeoJSON Point, Polygon or MultiPolygon in WGS 84 longitude/latitude, stored as its JSON text."""
    if value is None or value == "":
        return value
    Invalid = toolkit.Invalid
    if isinstance(value, dict):
        geometry = value
    else:
        try:
            geometry = json.loads(value)
        except (TypeError, ValueError) as error:
            raise Invalid(f"The spatial extent is not GeoJSON: {error}")
    if not isinstance(geometry, dict) or geometry.get("type") not in EXTENT_TYPES:
        found = geometry.get("type") if isinstance(geometry, dict) else type(geometry).__name__
        raise Invalid(
            f"The spatial extent must be a GeoJSON {', '.join(EXTENT_TYPES)} geometry, not {found}"
        )
    kind = geometry["type"]
    try:
        extent = shape(geometry)
    except Exception as error:  # shapely raises ValueError, TypeError or its own errors
        raise Invalid(f"The spatial extent is not a valid GeoJSON {kind}: {error}")
    if extent.is_empty or not extent.is_valid:
        reason = "it is empty" if extent.is_empty else explain_validity(extent)
        raise Invalid(f"The spatial extent is not a valid GeoJSON {kind}: {reason}")
    minx, miny, maxx, maxy = extent.bounds
    if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
        raise Invalid(
            "The spatial extent must be in WGS 84 longitude/latitude (EPSG:4326), "
            "longitude -180..180 and latitude -90..90; its bounds are "
            f"[{minx}, {miny}, {maxx}, {maxy}]"
        )
    return json.dumps(geometry, separators=(",", ":"))


def extent_bounds(value):
    """The bounding box of a stored extent, for the dataset page: {west, south, east, north} in
    degrees, or None when there is no readable extent (the validator admits no other)."""
    try:
        west, south, east, north = shape(json.loads(value)).bounds
    except Exception:  # missing, not JSON or not a geometry: show nothing rather than fail the page
        return None
    return {"west": west, "south": south, "east": east, "north": north}


class SdiPlugin(p.SingletonPlugin):
    """`sdi`: the validators the geospatial schema names, and the extent's bounding box for its pages."""

    p.implements(p.IValidators)
    p.implements(p.ITemplateHelpers)

    def get_validators(self):
        return {"sdi_geojson_extent": geojson_extent}

    def get_helpers(self):
        return {"sdi_extent_bounds": extent_bounds}


class SdiHarvestPlugin(p.SingletonPlugin):
    """`sdi_harvest`: harvested ISO 19139 records onto the geospatial schema.

    A plugin of its own because ISpatialHarvester also has a get_validators() (XML validators), which
    would clash with IValidators' on one class.
    """

    p.implements(ISpatialHarvester, inherit=True)

    def get_package_dict(self, context, data_dict):
        package_dict = data_dict["package_dict"]
        iso_values = data_dict["iso_values"]
        extras = []
        for extra in package_dict.get("extras", []):
            field = HARVESTED_FIELDS.get(extra["key"])
            if field is None:
                extras.append(extra)
            elif extra["value"]:
                package_dict[field] = extra["value"]
        package_dict["extras"] = extras
        for field in ("temporal_start", "temporal_end"):
            if package_dict.get(field):
                package_dict[field] = package_dict[field][:10]  # the schema's fields are dates
        parties = iso_values.get("responsible-organisation") or []
        if parties and parties[0].get("organisation-name"):
            package_dict["contact_name"] = parties[0]["organisation-name"]
        return package_dict


class SdiCswHarvester(CSWHarvester):
    """`sdi_csw_harvester`: ckanext-spatial's CSW harvester (source type `csw`), with one fix.

    Its CSW client prepends `<?xml version="1.0" encoding="UTF-8"?>` to each record, and fetch_stage's
    regex (`<xml(.*)>`) misses it, so import_stage hands lxml a str with an encoding declaration:
    lxml refuses it (ValueError) and the fetch consumer dies on the first record (2.3.2). The
    declaration is removed here; enable this plugin instead of `csw_harvester`.
    """

    def fetch_stage(self, harvest_object):
        fetched = super().fetch_stage(harvest_object)
        if fetched and harvest_object.content:
            harvest_object.content = XML_DECLARATION.sub("", harvest_object.content)
            harvest_object.save()
        return fetched
