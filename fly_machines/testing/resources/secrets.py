"""An app's secrets, with the app-wide version the live API bumps on every change."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from .._container import Part, Resource
from .._http import Call, Reply
from .._primitives import JSON, Moment, bad_request, locked, mutating, not_found, rfc3339

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass
class _Secret:
    value: str = field(repr=False)  # what a repr of the app's state must not show
    created: Moment
    updated: Moment

    def to_json(self, name: str, show_value: bool) -> JSON:
        body: JSON = {
            "name": name,
            "digest": hashlib.sha256(self.value.encode()).hexdigest()[:16],
            "created_at": rfc3339(self.created.wall),
            "updated_at": rfc3339(self.updated.wall),
        }
        if show_value:
            body["value"] = self.value
        return body


@dataclass
class SecretStore:
    """An app's secrets (`app.part(SecretStore)`)."""

    version: int = 0
    _items: dict[str, _Secret] = field(default_factory=dict)

    def list(self, show_values: bool) -> JSON:
        return {"secrets": [self._items[n].to_json(n, show_values) for n in sorted(self._items)]}

    def get(self, name: str, show_value: bool) -> JSON:
        return self._get(name).to_json(name, show_value)

    def set(self, name: str, value: object, now: Moment) -> JSON:
        self._write(name, value, now)
        self.version += 1
        return {**self._items[name].to_json(name, False), **self._versions()}

    def update(self, values: object, now: Moment) -> JSON:
        """Set several at once (one version step); a null value deletes that secret."""
        if not isinstance(values, dict) or not values:
            raise bad_request("invalid values: expected an object of secret names to values")
        for name, value in values.items():
            if value is not None:
                self._checked(name, value)
            elif name not in self._items:
                raise not_found(f"secret {name!r} not found")
        for name, value in values.items():
            if value is None:
                del self._items[name]
            else:
                self._write(name, value, now)
        self.version += 1
        return {**self.list(False), **self._versions()}

    def delete(self, name: str) -> JSON:
        self._get(name)
        del self._items[name]
        self.version += 1
        return self._versions()

    def _versions(self) -> JSON:
        # `Version` is the deprecated spelling the live API still sends alongside.
        return {"version": self.version, "Version": self.version}

    def _get(self, name: str) -> _Secret:
        secret = self._items.get(name)
        if secret is None:
            raise not_found(f"secret {name!r} not found")
        return secret

    def _checked(self, name: object, value: object) -> str:
        if not isinstance(name, str) or not _NAME.match(name):
            raise bad_request(f"invalid secret name {name!r}: use letters, digits and _")
        if not isinstance(value, str):
            raise bad_request(f"invalid value for secret {name}: expected a string")
        return value

    def _write(self, name: str, value: object, now: Moment) -> None:
        value = self._checked(name, value)
        existing = self._items.get(name)
        created = existing.created if existing else now
        self._items[name] = _Secret(value, created, now)


class SecretRules(Part):
    """`backend.secrets`."""

    def _store(self, app_name: str) -> SecretStore:
        return self._backend.app(app_name).part(SecretStore)

    @locked
    def list_all(self, app_name: str, show_values: bool) -> JSON:
        return self._store(app_name).list(show_values)

    @locked
    def get(self, app_name: str, name: str, show_value: bool) -> JSON:
        return self._store(app_name).get(name, show_value)

    @mutating
    def set(self, app_name: str, name: str, value: object) -> JSON:
        return self._store(app_name).set(name, value, self._backend.now())

    @mutating
    def update(self, app_name: str, values: object) -> JSON:
        return self._store(app_name).update(values, self._backend.now())

    @mutating
    def delete(self, app_name: str, name: str) -> JSON:
        return self._store(app_name).delete(name)


class SecretResource(Resource):
    # The request log keeps no secret value (see simulator.REDACTED_FIELDS).
    redacted_fields: ClassVar[Mapping[str, frozenset[str]]] = {
        "Secret_create": frozenset({"value"}),
        "Secrets_update": frozenset({"values"}),
    }

    @property
    def secrets(self) -> SecretRules:
        return SecretRules(self)


# -- HTTP ---------------------------------------------------------------------------------------
def _list(c: Call) -> Reply:
    return 200, c.backend.secrets.list_all(c.app, c.flag("show_secrets"))


def _update(c: Call) -> Reply:
    return 200, c.backend.secrets.update(c.app, c.json().get("values"))


def _get(c: Call) -> Reply:
    return 200, c.backend.secrets.get(c.app, c.params["secret_name"], c.flag("show_secrets"))


def _set(c: Call) -> Reply:
    return 201, c.backend.secrets.set(c.app, c.params["secret_name"], c.json().get("value"))


def _delete(c: Call) -> Reply:
    return 200, c.backend.secrets.delete(c.app, c.params["secret_name"])


SecretResource.handlers = {
    "Secrets_list": _list,
    "Secrets_update": _update,
    "Secret_get": _get,
    "Secret_create": _set,
    "Secret_delete": _delete,
}
