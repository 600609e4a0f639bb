"""The official-channels registry: the single source of truth for contact details."""

from helpcenter.registry.model import (
    Brand,
    Channel,
    Hours,
    Impostor,
    Localized,
    Reference,
    Registry,
    Status,
)

__all__ = [
    "Brand",
    "Channel",
    "Hours",
    "Impostor",
    "Localized",
    "Reference",
    "Registry",
    "Status",
]
