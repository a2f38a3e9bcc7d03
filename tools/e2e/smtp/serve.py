"""A real SMTP server for the mail test (tools/e2e/src/mail.ts): aiosmtpd on <address>:<port>.

It requires AUTH (PLAIN or LOGIN) as SMTP_USER with SMTP_PASSWORD, over clear text (the test's relay
is `tls: none`), and writes each accepted message to <spool>/<n>.json: the envelope, the login that sent
it, the decoded headers and the plain-text body, so the test reads what a mailbox would show.
"""

import email
import email.policy
import json
import os
import signal
import sys
import warnings
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

address, port, spool = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
USER, PASSWORD = os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"]


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login.decode() == USER
        and auth_data.password.decode() == PASSWORD
    )
    print(f"AUTH {mechanism} as {auth_data.login.decode()!r}: {'accepted' if ok else 'refused'}", flush=True)
    # handled=False: aiosmtpd answers a refusal with 535 itself (handled=True would leave the client waiting).
    return AuthResult(success=ok, handled=False, auth_data=auth_data.login.decode() if ok else None)


class Spool:
    count = 0

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        Spool.count += 1
        record = {
            "login": session.auth_data,
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "body": message.get_body(("plain",)).get_content(),
        }
        target = spool / f"{Spool.count}.json"
        target.with_suffix(".tmp").write_text(json.dumps(record))
        target.with_suffix(".tmp").rename(target)
        print(f"accepted a message for {envelope.rcpt_tos} as {target.name}", flush=True)
        return "250 OK"


# AUTH over clear text is what the test proves (a relay with `tls: none`); aiosmtpd warns of it.
warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")
# The server runs in its own thread; this one waits for the supervisor's signal.
STOP = {signal.SIGTERM, signal.SIGINT}
signal.pthread_sigmask(signal.SIG_BLOCK, STOP)
controller = Controller(
    Spool(),
    hostname=address,
    port=port,
    authenticator=authenticator,
    auth_required=True,
    auth_require_tls=False,
)
controller.start()
print(f"SMTP on {address}:{port}, AUTH required", flush=True)
signal.sigwait(STOP)
controller.stop()
