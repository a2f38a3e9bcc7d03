// The extents and map-extent searches (ext_bbox: minx,miny,maxx,maxy, WGS 84 degrees) that the SDI and
// theme tests share.

/** A polygon around Ottawa, the National Capital Region. */
export const OTTAWA = {
  type: "Polygon",
  coordinates: [
    [
      [-76.0, 45.2],
      [-75.4, 45.2],
      [-75.4, 45.6],
      [-76.0, 45.6],
      [-76.0, 45.2],
    ],
  ],
};
/** OTTAWA as ckanext-dcat writes it (locn:geometry). */
export const OTTAWA_WKT =
  "POLYGON ((-76.0000 45.2000, -75.4000 45.2000, -75.4000 45.6000, -76.0000 45.6000, -76.0000 45.2000))";
export const BBOX_AROUND_OTTAWA = "-76.5,44.9,-75.0,46.0";
/** Meets none of the tests' extents. */
export const BBOX_EUROPE = "2.0,45.0,10.0,50.0";
/** Meets only the harvested Yukon record's extent (tools/e2e/fixtures/csw). */
export const BBOX_YUKON = "-140.0,61.0,-125.0,68.0";
