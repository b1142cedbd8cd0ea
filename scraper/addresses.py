"""Refuse to fetch from private, loopback, link-local and reserved addresses.

A feed or a redirect can point anywhere, including the machine's own
services or a cloud metadata endpoint (169.254.169.254). The host is resolved
here and every address it resolves to must be public; each redirect hop is
checked again by the fetcher.
"""
from __future__ import annotations

import ipaddress
import socket


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
