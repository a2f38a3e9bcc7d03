#!/usr/bin/env python3
"""A stand-in for the ckan-solr image in host tests, where no container engine is available.

Serves just what CKAN and ckan-bootstrap ask of the `ckan` core: the schema name and the managed
schema (a `ckan-2.11` schema), an empty select, ping, and accepting updates. It indexes nothing:
search results are always empty. usage: fake_solr.py [PORT] (default 8983), binds 127.0.0.1 only.
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

CORE = "/solr/ckan"
SCHEMA_NAME = "ckan-2.11"


class Handler(BaseHTTPRequestHandler):
    def _send(self, body, content_type="application/json", status=200):
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _route(self):
        path = urlsplit(self.path).path.rstrip("/")
        header = {"status": 0, "QTime": 0}
        if path == CORE + "/schema/name":
            return self._send({"responseHeader": header, "name": SCHEMA_NAME})
        if path == CORE + "/schema":
            return self._send(f'<schema name="{SCHEMA_NAME}" version="1.6"/>', "application/xml")
        if path == CORE + "/admin/ping":
            return self._send({"responseHeader": header, "status": "OK"})
        if path == CORE + "/select":
            return self._send({"responseHeader": header, "response": {"numFound": 0, "start": 0, "docs": []}})
        if path.startswith(CORE + "/update"):
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            return self._send({"responseHeader": header})
        return self._send({"error": {"msg": f"fake solr: no handler for {path}", "code": 404}}, status=404)

    do_GET = _route
    do_POST = _route

    def log_message(self, format, *args):
        sys.stderr.write("fake-solr: " + (format % args) + "\n")


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8983
    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
