"""Write the registry export and the data the in-browser checker reads into a built site:
the contact grammar and confusables (files of ``helpcenter.contacts``, copied as they are), the
public suffixes and calling codes (generated from the pinned packages the guard reads), and the
QR code reader it loads when a reader picks an image (zxing-cpp compiled to WebAssembly: the
npm package ``zxing-wasm``, pinned in package-lock.json, copied from node_modules as it is)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from helpcenter.contacts.grammar import GRAMMAR_PATH
from helpcenter.contacts.lookalike import TABLE_PATH
from helpcenter.contacts.phone_data import phone_data
from helpcenter.contacts.suffixes import suffix_data
from helpcenter.publish.inventory import Origin, record
from helpcenter.registry.export import export_registry
from helpcenter.registry.model import Registry

#: Site-relative paths of the published files: stable URLs, documented on check-contact.
EXPORT_PATH = "registry/channels.json"
CONFUSABLES_PATH = "registry/confusables.json"
GRAMMAR_EXPORT_PATH = "registry/grammar.json"
SUFFIXES_PATH = "registry/suffixes.json"
PHONES_PATH = "registry/phones.json"
#: Where the checker (assets/javascripts/hc-checker.js) finds the QR reader: beside itself.
ZXING_DIR = "assets/javascripts/vendor/zxing-wasm"
#: Published name -> file of the npm package (its IIFE build, and the WebAssembly it loads).
ZXING_FILES = {
    "zxing-reader.js": "dist/iife/reader/index.js",
    "zxing_reader.wasm": "dist/reader/zxing_reader.wasm",
    "LICENSE": "LICENSE",
}
_PACKAGE = Path(__file__).resolve().parents[3] / "node_modules" / "zxing-wasm"


class CheckerAssetsMissing(Exception):
    """The QR reader is not installed (node_modules): the checker page would be broken."""


def _json(data: Any) -> bytes:
    """Compact: json's C encoder (indent= would take its pure-Python one, slow for thousands
    of impostors), and fewer bytes for the checker to download."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text + "\n").encode("utf-8")


def export_files(registry: Registry) -> dict[str, bytes]:
    """Site-relative path -> content of every file the registry export publishes."""
    return {
        EXPORT_PATH: _json(export_registry(registry)),
        CONFUSABLES_PATH: TABLE_PATH.read_bytes(),
        GRAMMAR_EXPORT_PATH: GRAMMAR_PATH.read_bytes(),
        SUFFIXES_PATH: _json(suffix_data()),
        PHONES_PATH: _json(phone_data()),
    }


def write_export(registry: Registry, site_dir: Path) -> None:
    """Write the export into ``site_dir``. The guard does not judge these files: they are the
    registry itself (reported impostors included) and the grammar's tables (platform hosts),
    published as data for the checker; nor the QR reader (a package's code, copied as it is)."""
    for path, content in export_files(registry).items():
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        record(site_dir, path, Origin.GENERATED, "registry export", judged=False)
    write_qr_reader(site_dir)


def write_qr_reader(site_dir: Path, package: Path = _PACKAGE) -> None:
    """Copy the QR reader the checker loads into ``site_dir``; CheckerAssetsMissing when the
    pinned npm package is not installed."""
    target = site_dir / ZXING_DIR
    target.mkdir(parents=True, exist_ok=True)
    for name, relative in ZXING_FILES.items():
        source = package / relative
        if not source.is_file():
            raise CheckerAssetsMissing(
                f"{source}: missing, so the contact checker could not read QR codes. "
                "Fix: run make setup (npm ci installs zxing-wasm from package-lock.json)"
            )
        shutil.copyfile(source, target / name)
        producer = f"npm package zxing-wasm ({relative})"
        record(site_dir, f"{ZXING_DIR}/{name}", Origin.VENDOR, producer, str(source), judged=False)
