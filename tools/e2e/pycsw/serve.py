"""Serves pycsw's WSGI application (configuration: $PYCSW_CONFIG) on HOST:PORT until SIGTERM.

   python serve.py HOST PORT

Prints "pycsw READY http://HOST:PORT/csw" on standard output once it listens.
"""
import signal
import sys
from wsgiref.simple_server import WSGIRequestHandler, make_server

from pycsw.wsgi import application


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        sys.stderr.write("pycsw: %s\n" % (format % args))


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    server = make_server(host, port, application, handler_class=QuietHandler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"pycsw READY http://{host}:{port}/csw", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
