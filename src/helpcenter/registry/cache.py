"""Big registries that loaded once load again from the user's cache.

Checking a registry of thousands of reported impostors takes about half a second (reading
the YAML, every text and value, phone numbers with ``phonenumbers``); every later build of the
same file (CI's test builds, a writer's rebuilds, the guard's CLI) reads the checked result
in a few hundredths. The key is the file's bytes and the code that checks them (this package
and helpcenter.contacts, their data files, the libraries they use, the Python version), so a
change to either checks the file again. Only registries that loaded without a problem are
kept, only big ones (a small one checks faster than a cache read), and never in the project:
a file there could come with a pull request. Entries are read back with an unpickler that
builds nothing but the registry's own types.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import pathlib
import pickle
import sys
from functools import cache
from importlib import metadata
from pathlib import Path

import helpcenter.contacts
from helpcenter.cache_dir import cache_dir as user_cache
from helpcenter.cache_dir import write
from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.registry import model
from helpcenter.registry.model import Registry

#: Registry files smaller than this are checked every time.
MIN_BYTES = 100_000
#: Entries kept; older ones are removed when a new one is written.
KEEP = 8
_LIBRARIES = ("pyyaml", "phonenumbers", "idna")
_TYPES = {
    ("datetime", "date"): dt.date,
    ("datetime", "time"): dt.time,
    ("pathlib", "PosixPath"): pathlib.PosixPath,
    ("pathlib", "WindowsPath"): pathlib.WindowsPath,
    ("helpcenter.contacts.kinds", "Contact"): Contact,
    ("helpcenter.contacts.kinds", "Kind"): Kind,
    **{
        ("helpcenter.registry.model", cls.__name__): cls
        for cls in (
            model.Brand,
            model.Channel,
            model.Hours,
            model.Impostor,
            model.Localized,
            model.Reference,
            model.Registry,
            model.Status,
        )
    },
}


def cache_dir() -> Path | None:
    """The ``registry`` folder of this user's private cache (``helpcenter.cache_dir``)."""
    return user_cache("registry")


def cached(text: str, path: Path) -> Registry | None:
    """The registry ``text`` was checked into before, with ``path``; None if not cached."""
    if len(text) < MIN_BYTES:
        return None
    folder = cache_dir()
    if folder is None:
        return None
    try:
        data = (folder / _key(text)).read_bytes()
        registry = _Unpickler(io.BytesIO(data)).load()
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
        return None
    if not isinstance(registry, Registry):
        return None
    return registry if registry.path == path else _moved(registry, path)


def store(text: str, registry: Registry) -> None:
    """Keep a big registry that loaded without problems; a cache that cannot be written is
    only slower, never an error."""
    if len(text) < MIN_BYTES:
        return
    folder = cache_dir()
    if folder is None:
        return
    data = pickle.dumps(registry, protocol=pickle.HIGHEST_PROTOCOL)
    write(folder / _key(text), data, keep=KEEP)


def _moved(registry: Registry, path: Path) -> Registry:
    """The same registry read from another place (messages and the guard name the file)."""
    return dataclasses.replace(registry, path=path)


def _key(text: str) -> str:
    digest = hashlib.sha256(_code_fingerprint().encode())
    digest.update(text.encode("utf-8"))
    return digest.hexdigest() + ".pickle"


@cache
def _code_fingerprint() -> str:
    """What the result of checking depends on besides the file."""
    digest = hashlib.sha256(sys.version.encode())
    for library in _LIBRARIES:
        digest.update(f"{library}={metadata.version(library)}".encode())
    for package in (Path(model.__file__).parent, Path(helpcenter.contacts.__file__).parent):
        for source in sorted(package.rglob("*")):  # sources and data files
            if source.is_file() and "__pycache__" not in source.parts:
                digest.update(source.relative_to(package).as_posix().encode())
                digest.update(source.read_bytes())
    return digest.hexdigest()


class _Unpickler(pickle.Unpickler):
    """Builds the registry's own types and nothing else (no function, no other class)."""

    def find_class(self, module: str, name: str) -> type:
        found = _TYPES.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a registry")
        return found
