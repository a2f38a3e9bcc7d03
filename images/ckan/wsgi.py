"""WSGI entry point of the CKAN image: gunicorn serves `wsgi:application`.

Builds the CKAN app from the ini named by $CKAN_INI (the runtime copy that the start script
prepares). load_config also applies the ini's logging sections (to stderr); those disable every
logger they do not name, so gunicorn's own loggers are switched back on to keep its access log.
"""
import logging
import os

from ckan.cli import load_config
from ckan.config.middleware import make_app

application = make_app(load_config(os.environ.get("CKAN_INI", "/srv/app/config/ckan.ini")))

for _name in ("gunicorn.error", "gunicorn.access"):
    logging.getLogger(_name).disabled = False
