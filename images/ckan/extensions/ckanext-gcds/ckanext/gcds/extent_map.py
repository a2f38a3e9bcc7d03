"""A dataset's extent as an inline SVG map: its outline on a graticule, drawn on the server from the
stored GeoJSON, so the page needs no tile server, no map library and nothing from another origin.

Two views, the extent itself and its surroundings (ten times wider), which the page's zoom buttons
(public/gcds/extent-map.js) switch between. Equirectangular projection scaled by the cosine of the
middle latitude, so shapes keep their proportions at the extent's latitude.
"""

from __future__ import annotations

import json
import math
from typing import Any

# Graticule spacings in degrees; a view uses the smallest that draws at most MAX_LINES lines per axis.
STEPS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30, 45, 90)
MAX_LINES = 6
CONTEXT_FACTOR = 10
MIN_SPAN = 0.02  # degrees: a point, or a tiny extent, still gets a readable view


def _rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    kind = geometry.get("type")
    if kind == "Polygon":
        return geometry["coordinates"]
    if kind == "MultiPolygon":
        return [ring for polygon in geometry["coordinates"] for ring in polygon]
    return []


def _points(geometry: dict[str, Any]) -> list[list[float]]:
    return [geometry["coordinates"]] if geometry.get("type") == "Point" else []


def _step(span: float) -> float:
    return next((step for step in STEPS if span / step <= MAX_LINES), STEPS[-1])


def _label(value: float, positive: str, negative: str) -> str:
    hemisphere = positive if value > 0 else negative if value < 0 else ""
    return f"{abs(value):g}°{hemisphere}"


class _Projection:
    def __init__(self, middle_latitude: float) -> None:
        self.scale = max(math.cos(math.radians(middle_latitude)), 0.1)

    def x(self, longitude: float) -> float:
        return round(longitude * self.scale, 5)

    def y(self, latitude: float) -> float:
        return round(-latitude, 5)


def _view(name: str, box: tuple[float, float, float, float], projection: _Projection) -> dict[str, Any]:
    west, south, east, north = box
    x, y = projection.x(west), projection.y(north)
    width, height = projection.x(east) - x, projection.y(south) - y
    lines = []
    for axis, low, high, positive, negative in (
        ("lon", west, east, "E", "W"),
        ("lat", south, north, "N", "S"),
    ):
        step = _step(high - low)
        value = math.ceil(low / step) * step
        while value <= high:
            value = round(value, 6)
            if axis == "lon":
                d = f"M{projection.x(value)} {y}V{y + height}"
                anchor = (projection.x(value), y + height * 0.97)
            else:
                d = f"M{x} {projection.y(value)}H{x + width}"
                anchor = (x + width * 0.01, projection.y(value) - height * 0.01)
            lines.append({"d": d, "label": _label(value, positive, negative), "x": anchor[0], "y": anchor[1]})
            value += step
    return {
        "name": name,
        "viewbox": f"{x} {y} {width:.5f} {height:.5f}",
        "lines": lines,
        "font_size": round(height * 0.045, 5),
        "marker_radius": round(height * 0.025, 5),
    }


def _around(bounds: tuple[float, float, float, float], factor: float) -> tuple[float, float, float, float]:
    """A box `factor` times the bounds' size (at least MIN_SPAN), same centre, kept on the globe."""
    west, south, east, north = bounds
    half_width = max(east - west, MIN_SPAN) * factor / 2
    half_height = max(north - south, MIN_SPAN) * factor / 2
    centre_x, centre_y = (west + east) / 2, (south + north) / 2
    return (
        max(centre_x - half_width, -180.0),
        max(centre_y - half_height, -90.0),
        min(centre_x + half_width, 180.0),
        min(centre_y + half_height, 90.0),
    )


def extent_map(stored: Any) -> dict[str, Any] | None:
    """The map of a stored extent (GeoJSON text), or None when there is no readable extent."""
    try:
        geometry = json.loads(stored) if isinstance(stored, str) else stored
        rings, points = _rings(geometry), _points(geometry)
        coordinates = [point for ring in rings for point in ring] + points
        longitudes = [float(point[0]) for point in coordinates]
        latitudes = [float(point[1]) for point in coordinates]
    except (TypeError, ValueError, KeyError, IndexError, AttributeError):
        return None
    if not coordinates:
        return None
    bounds = (min(longitudes), min(latitudes), max(longitudes), max(latitudes))
    projection = _Projection((bounds[1] + bounds[3]) / 2)
    outline = " ".join(
        "M" + "L".join(f"{projection.x(lon)} {projection.y(lat)}" for lon, lat, *_ in ring) + "Z" for ring in rings
    )
    return {
        "outline": outline,
        "points": [{"x": projection.x(lon), "y": projection.y(lat)} for lon, lat, *_ in points],
        "views": [
            _view("extent", _around(bounds, 1.5), projection),
            _view("context", _around(bounds, 1.5 * CONTEXT_FACTOR), projection),
        ],
    }
