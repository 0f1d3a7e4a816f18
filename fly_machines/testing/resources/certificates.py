"""An app's TLS certificates: one per hostname, issued by Fly (ACME) or uploaded (custom).

Choices where the live API's behaviour is not documented, each with its reason:

- Requesting ACME for a hostname the app already has answers 201 with what exists,
  without a second request: flyctl's `certs add` is safe to repeat, and a client's retry
  must not fail on its own first attempt.
- There is no DNS here, so validation is a matter of time: a `check` made at least
  `transition_seconds` after the ACME request finds the DNS configured and issues the Fly
  certificate (`status: "active"`, valid 90 days). Until then it is `pending_validation`.
- A custom certificate must be PEM-shaped (`-----BEGIN CERTIFICATE-----` in `fullchain`,
  a `PRIVATE KEY-----` block in `private_key`), else 422; it is active at once, and its
  private key is never echoed back.
- Removing the ACME or the custom certificate keeps the hostname (with a `warning` when
  nothing is left to serve it); `App_Certificates_delete` removes the hostname.
- A hostname is lower-case letters, digits, `-` and `.`, at most 253 characters, with at
  least one dot; anything else is 422.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from .._container import Resource
from .._http import Call, Reply
from .._primitives import JSON, Moment, error, locked, mutating, not_found, rfc3339

_HOSTNAME = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")
_VALID_DAYS = 90 * 86400.0
_EDGE_A = ["66.241.124.100"]
_EDGE_AAAA = ["2a09:8280:1::1:abcd"]


@dataclass
class Issued:
    source: str  # "fly" or "custom"
    created: Moment
    active: bool

    def to_json(self) -> JSON:
        entry: JSON = {
            "source": self.source,
            "status": "active" if self.active else "pending_validation",
            "created_at": rfc3339(self.created.wall),
            "issuer": "Let's Encrypt" if self.source == "fly" else "custom",
            "issued": [],
        }
        if self.active:  # only an issued certificate expires
            expires = rfc3339(self.created.wall + _VALID_DAYS)
            entry["expires_at"] = expires
            entry["issued"] = [{"type": "rsa", "expires_at": expires}]
        return entry


@dataclass
class Certificate:
    hostname: str
    created: Moment
    updated: Moment
    acme: Issued | None = None
    custom: Issued | None = None
    acme_requested_at: Moment | None = None

    def entries(self) -> list[Issued]:
        return [issued for issued in (self.acme, self.custom) if issued is not None]

    def status(self) -> str:
        return "active" if any(e.active for e in self.entries()) else "pending_validation"

    def detail(self) -> JSON:
        return {
            "hostname": self.hostname,
            "status": self.status(),
            "configured": self.status() == "active",
            "acme_requested": self.acme is not None,
            "dns_provider": "unknown",
            "certificates": [e.to_json() for e in self.entries()],
            "dns_requirements": {
                "a": _EDGE_A,
                "aaaa": _EDGE_AAAA,
                "cname": f"{self.hostname.split('.')[0]}.fly.dev",
            },
            "validation": {
                "dns_configured": self.status() == "active",
                "alpn_configured": False,
                "http_configured": False,
                "ownership_txt_configured": False,
            },
            "validation_errors": [],
        }

    def summary(self) -> JSON:
        return {
            "hostname": self.hostname,
            "status": self.status(),
            "configured": self.status() == "active",
            "acme_requested": self.acme is not None,
            "has_fly_certificate": self.acme is not None and self.acme.active,
            "has_custom_certificate": self.custom is not None,
            "created_at": rfc3339(self.created.wall),
            "updated_at": rfc3339(self.updated.wall),
        }


@dataclass
class AppCertificates:
    by_hostname: dict[str, Certificate] = field(default_factory=dict)


def _unprocessable(message: str) -> Exception:
    return error(422, message)


def _hostname(value: object) -> str:
    if not isinstance(value, str) or not _HOSTNAME.match(value):
        raise _unprocessable(f"invalid hostname {value!r}: expected a domain name such as a.b.c")
    return value


class CertificateResource(Resource):
    # The request log keeps no private key (see simulator.REDACTED_FIELDS).
    redacted_fields: ClassVar[Mapping[str, frozenset[str]]] = {
        "App_Certificates_custom_create": frozenset({"private_key"}),
    }

    def _certificates(self, app_name: str) -> dict[str, Certificate]:
        return self.app(app_name).part(AppCertificates).by_hostname

    def _certificate(self, app_name: str, hostname: str) -> Certificate:
        found = self._certificates(app_name).get(hostname)
        if found is None:
            raise not_found(f"certificate for {hostname} not found")
        return found

    @mutating
    def request_acme_certificate(self, app_name: str, body: JSON) -> JSON:
        hostname = _hostname(body.get("hostname"))
        now = self.now()
        certificates = self._certificates(app_name)
        found = certificates.setdefault(hostname, Certificate(hostname, now, now))
        if found.acme is None:
            found.acme = Issued("fly", now, active=False)
            found.updated = now
        return found.detail()

    @mutating
    def upload_custom_certificate(self, app_name: str, body: JSON) -> JSON:
        hostname = _hostname(body.get("hostname"))
        fullchain, key = body.get("fullchain"), body.get("private_key")
        if not isinstance(fullchain, str) or "-----BEGIN CERTIFICATE-----" not in fullchain:
            raise _unprocessable("fullchain must be a PEM certificate chain")
        if not isinstance(key, str) or "PRIVATE KEY-----" not in key:
            raise _unprocessable("private_key must be a PEM private key")
        now = self.now()
        found = self._certificates(app_name).setdefault(hostname, Certificate(hostname, now, now))
        found.custom = Issued("custom", now, active=True)
        found.updated = now
        return found.detail()

    @locked
    def certificate(self, app_name: str, hostname: str) -> JSON:
        return self._certificate(app_name, hostname).detail()

    @locked
    def list_certificates(
        self, app_name: str, contains: str | None, cursor: str | None, limit: int
    ) -> JSON:
        chosen = sorted(
            c for c in self._certificates(app_name) if contains is None or contains in c
        )
        after = [c for c in chosen if cursor is None or c > cursor]
        page = after[:limit]
        more = len(after) > limit
        return {
            "certificates": [self._certificates(app_name)[c].summary() for c in page],
            "total_count": len(chosen),
            "next_cursor": page[-1] if more and page else "",
        }

    @mutating
    def check_certificate(self, app_name: str, hostname: str) -> JSON:
        found = self._certificate(app_name, hostname)
        now = self.now()
        acme = found.acme
        if acme is not None and not acme.active and now.mono - acme.created.mono >= self.step:
            acme.active = True
            found.updated = now
        return {
            **found.detail(),
            "dns_records": {
                "a": _EDGE_A if found.status() == "active" else [],
                "aaaa": _EDGE_AAAA if found.status() == "active" else [],
                "cname": [],
                "resolved_addresses": _EDGE_A if found.status() == "active" else [],
                "soa": "",
                "ownership_txt": "",
                "acme_challenge_cname": "",
            },
        }

    @mutating
    def remove_acme_certificate(self, app_name: str, hostname: str) -> JSON:
        found = self._certificate(app_name, hostname)
        if found.acme is None:
            raise not_found(f"no ACME certificate for {hostname}")
        found.acme = None
        found.updated = self.now()
        return found.detail()

    @mutating
    def remove_custom_certificate(self, app_name: str, hostname: str) -> JSON:
        found = self._certificate(app_name, hostname)
        if found.custom is None:
            raise not_found(f"no custom certificate for {hostname}")
        found.custom = None
        found.updated = self.now()
        detail = found.detail()
        if not found.entries():
            detail["warning"] = f"{hostname} has no certificate left to serve it"
        return detail

    @mutating
    def delete_certificate(self, app_name: str, hostname: str) -> None:
        self._certificate(app_name, hostname)
        del self._certificates(app_name)[hostname]


# -- HTTP ---------------------------------------------------------------------------------------
def _list(c: Call) -> Reply:
    limit = c.number("limit", 100, 1, 1000)
    return 200, c.backend.list_certificates(c.app, c.query("filter"), c.query("cursor"), limit)


def _acme(c: Call) -> Reply:
    return 201, c.backend.request_acme_certificate(c.app, c.json())


def _custom(c: Call) -> Reply:
    return 201, c.backend.upload_custom_certificate(c.app, c.json())


def _show(c: Call) -> Reply:
    return 200, c.backend.certificate(c.app, c.params["hostname"])


def _check(c: Call) -> Reply:
    return 200, c.backend.check_certificate(c.app, c.params["hostname"])


def _delete_acme(c: Call) -> Reply:
    return 200, c.backend.remove_acme_certificate(c.app, c.params["hostname"])


def _delete_custom(c: Call) -> Reply:
    return 200, c.backend.remove_custom_certificate(c.app, c.params["hostname"])


def _delete(c: Call) -> Reply:
    c.backend.delete_certificate(c.app, c.params["hostname"])
    return 204, None


CertificateResource.handlers = {
    "App_Certificates_list": _list,
    "App_Certificates_acme_create": _acme,
    "App_Certificates_custom_create": _custom,
    "App_Certificates_show": _show,
    "App_Certificates_check": _check,
    "App_Certificates_acme_delete": _delete_acme,
    "App_Certificates_custom_delete": _delete_custom,
    "App_Certificates_delete": _delete,
}
