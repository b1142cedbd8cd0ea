"""Refuse to fetch from private, loopback, link-local and reserved addresses.

A feed or a redirect can point anywhere, including the machine's own
services or a cloud metadata endpoint (169.254.169.254). Two checks:
``check_host`` resolves the host before each request (each redirect hop too)
for a clear error, and ``GuardedAdapter`` checks the address every new
connection actually reached, before anything is sent: a host whose DNS answer
changes between the two lookups (DNS rebinding) is still refused.
Connections through a proxy are checked against the proxy's address.
"""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NewConnectionError


class AddressError(Exception):
    """The host cannot be resolved, or resolves to an address we refuse."""

    def __init__(self, message: str, stage: str):
        super().__init__(message)
        self.stage = stage


def resolve(host: str, port: int) -> list[str]:
    """All IP addresses ``host`` resolves to; AddressError when DNS fails."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise AddressError(f"DNS lookup failed for {host}: {reason}", stage="fetch") from error
    return sorted({info[4][0] for info in infos})


def refusal_reason(address: str) -> str | None:
    """Why ``address`` must not be fetched from, or None when it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for label, flag in (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("private", ip.is_private),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("unspecified", ip.is_unspecified),
    ):
        if flag:
            return f"{label} address {ip}"
    if not ip.is_global:  # shared address space (100.64/10) and the like
        return f"non-public address {ip}"
    return None


def check_host(host: str, port: int) -> list[str]:
    """Resolve ``host`` and refuse it unless every address is public."""
    addresses = resolve(host, port)
    for address in addresses:
        reason = refusal_reason(address)
        if reason:
            raise AddressError(
                f"refused to fetch from {host}: it resolves to a {reason}", stage="address"
            )
    return addresses


class AddressRefused(NewConnectionError):
    """A connection reached an address the guard refuses; raised before any byte is sent."""

    def __init__(self, connection, reason: str):
        super().__init__(connection, reason)
        self.refusal = reason  # without urllib3's "Connection(host=..., port=...):" prefix


class PeerCheck:
    """Mixin for urllib3 connections: refuse the socket if its peer is not public."""

    allowed_host: Callable[[str], bool]

    def _new_conn(self):
        sock = super()._new_conn()
        if not self.allowed_host(self.host):
            reason = refusal_reason(sock.getpeername()[0])
            if reason:
                sock.close()
                raise AddressRefused(self, f"refused to fetch from {self.host}: it resolves to a {reason}")
        return sock


class GuardedAdapter(HTTPAdapter):
    """A requests adapter whose connections refuse non-public peers (unless the host is allowed)."""

    def __init__(self, allowed_host: Callable[[str], bool], **options):
        self.allowed_host = allowed_host  # set first: HTTPAdapter.__init__ builds the pool manager
        super().__init__(**options)

    def init_poolmanager(self, *args, **options) -> None:
        super().init_poolmanager(*args, **options)
        check = {"allowed_host": staticmethod(self.allowed_host)}
        http = type("GuardedHTTPConnection", (PeerCheck, HTTPConnection), check)
        https = type("GuardedHTTPSConnection", (PeerCheck, HTTPSConnection), check)
        self.poolmanager.pool_classes_by_scheme = {
            "http": type("GuardedHTTPConnectionPool", (HTTPConnectionPool,), {"ConnectionCls": http}),
            "https": type("GuardedHTTPSConnectionPool", (HTTPSConnectionPool,), {"ConnectionCls": https}),
        }
