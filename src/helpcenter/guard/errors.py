"""The guard's failure and the registry it judges by: what the build process needs when the
scanning itself runs in the worker (so the build does not import the contact grammar)."""

from __future__ import annotations

import os
from pathlib import Path

from helpcenter.registry.loader import RegistryError, load_registry
from helpcenter.registry.model import Registry

REGISTRY = Path("registry") / "channels.yml"


class GuardFailed(Exception):
    """The build shows unofficial contacts, or the guard could not check it."""


def load_project_registry(root: str) -> Registry:
    """The registry of the project at ``root``; GuardFailed if it does not load."""
    try:
        return load_registry(Path(os.path.relpath(Path(root) / REGISTRY)))  # short names
    except RegistryError as error:
        raise GuardFailed(f"contact guard: cannot load the registry:\n{error}") from error
