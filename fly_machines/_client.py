"""`Client` and `AsyncClient`: configuration plus a driver that performs a flow's effects.

Everything both share (token, endpoint, retry policy, clock, telemetry, request building)
lives in `ClientCore`; each subclass adds only its driver and its context manager.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import math
import re
import sys
from collections.abc import AsyncIterator, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import httpx

from ._auth import FlyAuth, resolve_base_url, resolve_token
from ._engine import Flow, Gather, OperationInfo, Sleep
from ._leasehold import LeaseHold
from ._version import __version__
from .clock import Clock, SystemClock
from .ratelimit import RateLimiter
from .retry import NO_RETRY, RetryPolicy
from .telemetry import Event, EventHook, emit, logger

if TYPE_CHECKING:
    from fly_machines_api import AuthenticatedClient
    from typing_extensions import Self

__all__ = ["AsyncClient", "Client", "ClientCore", "attach"]

T = TypeVar("T")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
USER_AGENT = (
    f"fly-machines/{__version__} "
    f"(python {sys.version_info.major}.{sys.version_info.minor}; httpx {httpx.__version__})"
)


class ClientCore(Generic[H]):
    """What both kinds of client share: configuration, and the `FlowHost` interface that
    flows use (clock, lease hold, retry policy, rate limiting, telemetry, redaction,
    request building). Those methods are public so flows need no private access; they are
    not meant for everyday use."""

    _http: H
    # Set by each kind of client: the httpx client class it drives and the transports that
    # fit it (a transport given to the other kind fails at once, not at the first request),
    # and the class of the httpx client it makes when given none.
    _http_class: type[H]
    _transport_class: type[Any]
    _own_http_class: type[H]

    def __init__(
        self,
        http_client: H | None = None,
        *,
        token: str | None = None,
        base_url: str | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | bool = True,
        on_event: EventHook | Iterable[EventHook] | None = None,
        clock: Clock | None = None,
        rate_limit: bool | RateLimiter = False,
    ) -> None:
        """`http_client`: your own httpx client to wrap (it keeps its settings); otherwise one
        is made with `transport`, `timeout` (connect 5 s, read 30 s) and our User-Agent.
        `retry`: the default `RetryPolicy` (False: none). `on_event`: telemetry hooks.
        `clock`: time for backoff and waits (`ManualClock` in tests). `rate_limit`: keep to
        Fly's documented limits client-side."""
        http_class = self._http_class
        if transport is not None and not isinstance(transport, self._transport_class):
            raise TypeError(
                f"{type(self).__name__} needs an {self._transport_class.__module__}."
                f"{self._transport_class.__name__}, not {type(transport).__name__}"
            )
        if http_client is not None and not isinstance(http_client, http_class):
            raise TypeError(
                f"{type(self).__name__} wraps an {http_class.__module__}.{http_class.__name__},"
                f" not {type(http_client).__name__}"
            )
        if http_client is not None and transport is not None:
            raise TypeError("give transport= to your own httpx client, not to attach()")
        if http_client is not None and base_url is None and str(http_client.base_url):
            base_url = str(http_client.base_url)
        resolved_token = resolve_token(token)
        self.base_url = resolve_base_url(base_url)
        self._urls = RequestURLs(self.base_url)
        # The token goes to the API's origin only, whichever httpx client carries it.
        self._auth = FlyAuth(resolved_token, base_url=self.base_url)
        self.retry = _policy(retry, RetryPolicy())
        self.clock: Clock = clock or SystemClock()
        self._hooks: tuple[EventHook, ...] = (
            () if on_event is None else (on_event,) if callable(on_event) else tuple(on_event)
        )
        self._limiter = (
            rate_limit
            if isinstance(rate_limit, RateLimiter)
            else RateLimiter(self.clock)
            if rate_limit
            else None
        )
        self._owns_http = http_client is None
        if http_client is None:
            http_client = self._own_http_class(
                base_url=self.base_url,
                auth=self._auth,
                timeout=timeout,
                transport=transport,
                headers={"User-Agent": USER_AGENT},
            )
        # A user's own client keeps its settings; the facade only adds what it must.
        self._ua_per_request = http_client.headers.get("user-agent", "").startswith("python-httpx")
        self._http = http_client
        self._low_level: AuthenticatedClient | None = None
        # Set when this client was handed out by a lease block.
        self.lease_hold: LeaseHold | None = None

    # -- used by flows -------------------------------------------------------------------

    def redact(self, text: str) -> str:
        return self._auth.redact(text)

    def emit(self, event: Event) -> None:
        emit(self._hooks, self._redacted_event(event))

    def _redacted_event(self, event: Event) -> Event:
        """`event` without the token in any of its texts: some come from the response
        (a request id header, an error code from the body), so a server that echoes the
        token would otherwise put it in hooks and log records."""
        changes: dict[str, Any] = {}
        for name in _EVENT_FIELDS:
            value = getattr(event, name)
            if isinstance(value, str) and (clean := self._auth.redact(value)) != value:
                changes[name] = clean
        return dataclasses.replace(event, **changes) if changes else event

    def observing(self) -> bool:
        return bool(self._hooks) or logger.isEnabledFor(logging.DEBUG)

    def retry_policy(self, retry: RetryPolicy | bool | None) -> RetryPolicy:
        return self.retry if retry is None else _policy(retry, self.retry)

    def rate_limit_delay(
        self, info: OperationInfo, machine_id: str | None, app_name: str | None
    ) -> float:
        return self._limiter.reserve(info, machine_id, app_name) if self._limiter else 0.0

    def build_request(
        self,
        generated: dict[str, Any],
        http_timeout: float | httpx.Timeout | None,
        read_timeout_at_least: float | None,
    ) -> httpx.Request:
        # `generated` is a fresh `_get_kwargs` result, used up here.
        method, path = generated.pop("method"), generated.pop("url")
        if not generated.get("params"):
            generated.pop("params", None)  # httpx parses the whole URL again for any params
        # Headers and timeout are passed only when they differ from the httpx client's own:
        # httpx merges or converts whatever it is given, which costs even when it is empty.
        headers = generated.pop("headers", None)
        if self._ua_per_request:
            headers = {**(headers or {}), "User-Agent": USER_AGENT}
        if headers:
            generated["headers"] = headers
        if http_timeout is not None or read_timeout_at_least is not None:
            generated["timeout"] = self._timeout(http_timeout, read_timeout_at_least)
        if self._urls.root != self.base_url:  # base_url was assigned since
            self._urls = RequestURLs(self.base_url)
        return self._http.build_request(method, self._urls.url(path), **generated)

    def _timeout(
        self, http_timeout: float | httpx.Timeout | None, read_timeout_at_least: float | None
    ) -> httpx.Timeout:
        timeout = httpx.Timeout(http_timeout) if http_timeout is not None else self._http.timeout
        if read_timeout_at_least is not None and (
            timeout.read is None or timeout.read < read_timeout_at_least
        ):
            timeout = httpx.Timeout(
                connect=timeout.connect,
                read=read_timeout_at_least,
                write=timeout.write,
                pool=timeout.pool,
            )
        return timeout

    # -- the generated client, for everything the facade does not cover ------------------

    @property
    def low_level(self) -> AuthenticatedClient:
        """The generated client, on this client's transport, base URL and token.

        A client made here is shared as it is. A user's own httpx client is never changed
        (it must not start sending the Fly token to the hosts it talks to, nor lose its
        base URL): the generated client gets an httpx client of its own that sends through
        the user's transports (their connection pool and proxies), with the user's headers,
        cookies, params, timeout, redirect settings and event hooks as they are now, the
        API root as base URL, and the token for the API's origin only.
        """
        if self._low_level is None:
            from fly_machines_api import AuthenticatedClient

            low_level = AuthenticatedClient(
                base_url=self.base_url, token=self._auth.token, prefix=self._auth.scheme
            )
            http: httpx.Client | httpx.AsyncClient = self._http
            if http.auth is not self._auth:  # a user's own client
                http = _borrowing(http, self.base_url, self._auth, self._ua_per_request)
            if isinstance(http, httpx.AsyncClient):
                low_level.set_async_httpx_client(http)
            else:
                low_level.set_httpx_client(http)
            self._low_level = low_level
        return self._low_level

    def with_lease(self, hold: LeaseHold) -> Self:
        """A copy sharing everything (httpx client, policy, hooks) that sends the nonce."""
        leased = copy.copy(self)
        leased.lease_hold = hold
        leased._owns_http = False  # closing the copy must not close the original's client
        return leased

    @property
    def http_client(self) -> H:
        return self._http

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, token=<redacted>)"


class RequestURLs:
    """The URLs of requests to the API at `root`, as httpx parses them, made without
    parsing each one.

    httpx parses a URL given as text on every request (a third of the work of building
    one). A request path made by the generated client (its template's literal segments,
    and each parameter percent-encoded into one segment that is never "." or "..") is
    already what httpx would make of it, so such a URL is the root's parsed form with
    that path appended. This relies on how httpx keeps a parsed URL (`URL._uri_reference`,
    a `ParseResult` named tuple); whether it still does is checked once, against httpx's
    own parsing of a path with every kind of character such a path has, and any path not
    made like that (or an httpx that differs) is given to httpx as text, as before.
    """

    # Unreserved characters, sub-delimiters, ":", "@", "/" and %XX escapes: what httpx
    # leaves as it is in a path. A segment starting with "." (a dot segment, which httpx
    # would remove) and anything else go the slow way.
    _PLAIN_SEGMENTS = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*")
    _PROBE = "/v1/apps/a-b_c.d~e!$&'()*+,;=:@%20%2F%C3%A9/machines/0."

    def __init__(self, root: str) -> None:
        self.root = root
        self._fast = False
        try:
            parsed = httpx.URL(root)
            reference = parsed._uri_reference
            prefix = "" if reference.path in ("", "/") else reference.path
            self._reference, self._prefix = reference, prefix
            probe = httpx.URL(root + self._PROBE)
            self._fast = self._made(self._PROBE)._uri_reference == probe._uri_reference
        except Exception:  # an httpx that keeps its URLs otherwise: parse every time
            self._fast = False

    def _made(self, path: str) -> httpx.URL:
        url: httpx.URL = object.__new__(httpx.URL)
        url._uri_reference = self._reference._replace(path=self._prefix + path)
        return url

    def url(self, path: str) -> httpx.URL | str:
        """The URL of `path` (one that starts with "/") under the API root."""
        if (
            self._fast
            and self._PLAIN_SEGMENTS.fullmatch(path)
            and "/." not in path
            and not path.startswith("//")
            and path.startswith("/")
        ):
            return self._made(path)
        return self.root + path


# Any text of an Event may have come from a response.
_EVENT_FIELDS = tuple(field.name for field in dataclasses.fields(Event))


class _BorrowedTransport(httpx.BaseTransport):
    """Sends through a user's httpx client's transports; closing it leaves them open."""

    def __init__(self, owner: httpx.Client) -> None:
        self._owner = owner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._owner._transport_for_url(request.url).handle_request(request)

    def close(self) -> None:
        pass  # the user's client owns its transports


class _BorrowedAsyncTransport(httpx.AsyncBaseTransport):
    """Sends through a user's httpx.AsyncClient's transports; closing it leaves them open."""

    def __init__(self, owner: httpx.AsyncClient) -> None:
        self._owner = owner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._owner._transport_for_url(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        pass  # the user's client owns its transports


def _borrowing(
    http: httpx.Client | httpx.AsyncClient, base_url: str, auth: FlyAuth, user_agent: bool
) -> httpx.Client | httpx.AsyncClient:
    """A new httpx client like `http` (read, never written) for the generated code: the
    API root as base URL, `auth` for the token, requests sent through `http`'s transports."""
    headers = httpx.Headers(http.headers)
    if user_agent:
        headers["User-Agent"] = USER_AGENT
    options: dict[str, Any] = {
        "base_url": base_url,
        "auth": auth,
        "headers": headers,
        "cookies": httpx.Cookies(http.cookies),
        "params": http.params,
        "timeout": http.timeout,
        "follow_redirects": http.follow_redirects,
        "max_redirects": http.max_redirects,
        "event_hooks": {name: list(hooks) for name, hooks in http.event_hooks.items()},
        # Proxies from the environment are the user's client's business: its transports
        # (which this client sends through) already have them if it wanted them.
        "trust_env": False,
    }
    if isinstance(http, httpx.AsyncClient):
        return httpx.AsyncClient(transport=_BorrowedAsyncTransport(http), **options)
    return httpx.Client(transport=_BorrowedTransport(http), **options)


def _policy(retry: RetryPolicy | bool, default: RetryPolicy) -> RetryPolicy:
    if isinstance(retry, RetryPolicy):
        return retry
    if retry is True:
        return default
    if retry is False:
        return NO_RETRY
    raise TypeError(f"retry must be a RetryPolicy or a bool, not {type(retry).__name__}")


class APICookies(httpx.Cookies):
    """The cookie jar of an httpx client this library makes. The Machines API sets no
    cookies, and httpx reads every answer for them, building a urllib request and an email
    message of its headers on the way (13 µs, a sixth of a small call, measured with httpx
    0.28): this one looks only at answers that have a Set-Cookie header. Otherwise it is
    httpx's own, and a cookie that does come is kept and sent as httpx would."""

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


class _HTTPClient(httpx.Client):
    """The httpx client a `Client` makes when it is given none: httpx's, with APICookies."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.cookies = options.get("cookies")

    @property
    def cookies(self) -> httpx.Cookies:
        return self._api_cookies

    @cookies.setter
    def cookies(self, cookies: httpx._types.CookieTypes | None) -> None:
        self._api_cookies = APICookies(cookies)


class _AsyncHTTPClient(httpx.AsyncClient):
    """The httpx client an `AsyncClient` makes when it is given none (see _HTTPClient)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.cookies = options.get("cookies")

    @property
    def cookies(self) -> httpx.Cookies:
        return self._api_cookies

    @cookies.setter
    def cookies(self, cookies: httpx._types.CookieTypes | None) -> None:
        self._api_cookies = APICookies(cookies)


class Client(ClientCore[httpx.Client]):
    """A synchronous Machines API client: facade calls with it return results directly."""

    _http_class = httpx.Client
    _transport_class = httpx.BaseTransport
    _own_http_class = _HTTPClient

    def drive(self, flow: Flow[T]) -> T:
        try:
            effect = next(flow)
            while True:
                if isinstance(effect, Sleep):
                    self.clock.sleep(effect.seconds)
                    effect = flow.send(None)
                    continue
                if isinstance(effect, Gather):
                    values, error = self._gathered(effect)
                    effect = flow.send(values) if error is None else flow.throw(error)
                    continue
                try:
                    response = self._send_by(effect.request, effect.deadline)
                except httpx.HTTPError as exc:
                    effect = flow.throw(exc)
                else:
                    effect = flow.send(response)
        except StopIteration as done:
            result: T = done.value
            return result

    def _gathered(self, gather: Gather) -> tuple[list[Any] | None, BaseException | None]:
        """Run a Gather's flows (see _gather.py): their values, or what ended them (a
        flow's exception, or an interrupt once every flow has cleaned up)."""
        from ._gather import gather_sync

        try:
            return gather_sync(gather, self.clock, self._send_by), None
        except BaseException as exc:
            return None, exc

    def _send_by(self, request: httpx.Request, deadline: float) -> httpx.Response:
        if deadline == math.inf:
            return self._http.send(request, auth=self._auth)
        streamed = self._http.send(request, auth=self._auth, stream=True)
        if not streamed.is_stream_consumed:  # an in-process transport may answer it all read
            streamed.stream = _Deadlined(streamed.stream, deadline, self.clock, request)
            try:
                streamed.read()
            except BaseException:
                streamed.close()
                raise
        return streamed

    def close(self) -> None:
        """Close the httpx client if this client made it (a user's own stays open)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient(ClientCore[httpx.AsyncClient]):
    """An asyncio Machines API client: the same facade calls return awaitables."""

    _http_class = httpx.AsyncClient
    _transport_class = httpx.AsyncBaseTransport
    _own_http_class = _AsyncHTTPClient

    async def drive(self, flow: Flow[T]) -> T:
        try:
            effect = next(flow)
            while True:
                if isinstance(effect, Sleep):
                    await self.clock.async_sleep(effect.seconds)
                    effect = flow.send(None)
                    continue
                if isinstance(effect, Gather):
                    values, error = await self._gathered(effect)
                    effect = flow.send(values) if error is None else flow.throw(error)
                    continue
                try:
                    response = await self._send_by(effect.request, effect.deadline)
                except httpx.HTTPError as exc:
                    effect = flow.throw(exc)
                else:
                    effect = flow.send(response)
        except StopIteration as done:
            result: T = done.value
            return result

    async def _gathered(self, gather: Gather) -> tuple[list[Any] | None, BaseException | None]:
        """Run a Gather's flows (see _gather.py): their values, or what ended them (a
        flow's exception, or the cancellation once every flow has cleaned up)."""
        from ._gather import gather_async

        try:
            return await gather_async(gather, self.clock, self._send_by), None
        except BaseException as exc:
            return None, exc

    async def _send_by(self, request: httpx.Request, deadline: float) -> httpx.Response:
        if deadline == math.inf:
            return await self._http.send(request, auth=self._auth)
        streamed = await self._http.send(request, auth=self._auth, stream=True)
        if not streamed.is_stream_consumed:  # an in-process transport may answer it all read
            streamed.stream = _Deadlined(streamed.stream, deadline, self.clock, request)
            try:
                await streamed.aread()
            except BaseException:
                await streamed.aclose()
                raise
        return streamed

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


@overload
def attach(
    http_client: None = None,
    *,
    token: str | None = None,
    base_url: str | None = None,
    **options: Any,
) -> Client: ...
@overload
def attach(
    http_client: httpx.Client,
    *,
    token: str | None = None,
    base_url: str | None = None,
    **options: Any,
) -> Client: ...
@overload
def attach(
    http_client: httpx.AsyncClient,
    *,
    token: str | None = None,
    base_url: str | None = None,
    **options: Any,
) -> AsyncClient: ...
def attach(
    http_client: httpx.Client | httpx.AsyncClient | None = None,
    *,
    token: str | None = None,
    base_url: str | None = None,
    **options: Any,
) -> Client | AsyncClient:
    """A client for the Machines API; an `httpx.AsyncClient` gives an `AsyncClient`.

    The token defaults to FLY_API_TOKEN, then FLY_ACCESS_TOKEN; the base URL to
    FLY_API_HOSTNAME, then FLY_FLAPS_BASE_URL, then https://api.machines.dev. Other
    options (timeout, retry, on_event, clock, rate_limit, transport) are those of `Client`.
    """
    if isinstance(http_client, httpx.AsyncClient):
        return AsyncClient(http_client, token=token, base_url=base_url, **options)
    return Client(http_client, token=token, base_url=base_url, **options)


# -- answers read against a deadline ---------------------------------------------------------


class _Deadlined(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that fails with ReadTimeout once the call's deadline has passed:
    httpx's timeouts bound each read, so a trickling answer would otherwise never end."""

    def __init__(self, inner: Any, deadline: float, clock: Clock, request: httpx.Request) -> None:
        self._inner = inner
        self._deadline = deadline
        self._clock = clock
        self._request = request

    def _late(self) -> httpx.ReadTimeout:
        return httpx.ReadTimeout(
            "the answer was still coming at the call's deadline", request=self._request
        )

    def __iter__(self) -> Iterator[bytes]:
        monotonic, deadline = self._clock.monotonic, self._deadline
        for chunk in self._inner:
            if monotonic() > deadline:
                raise self._late()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        monotonic, deadline = self._clock.monotonic, self._deadline
        async for chunk in self._inner:
            if monotonic() > deadline:
                raise self._late()
            yield chunk

    def close(self) -> None:
        self._inner.close()

    async def aclose(self) -> None:
        await self._inner.aclose()
