"""Write the registry export (and the confusables table the checker needs) into a built site."""

from __future__ import annotations

import json
from pathlib import Path

from helpcenter.contacts.lookalike import TABLE_PATH
from helpcenter.publish.inventory import Origin, record
from helpcenter.registry.export import export_registry
from helpcenter.registry.model import Registry

#: Site-relative paths of the published files: stable URLs, documented on check-contact.
EXPORT_PATH = "registry/channels.json"
CONFUSABLES_PATH = "registry/confusables.json"


def export_files(registry: Registry) -> dict[str, bytes]:
    """Site-relative path -> content of every file the registry export publishes."""
    # Compact: json's C encoder (indent= would take its pure-Python one, slow for thousands
    # of impostors), and fewer bytes for the checker to download.
    text = json.dumps(
        export_registry(registry), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return {
        EXPORT_PATH: (text + "\n").encode("utf-8"),
        CONFUSABLES_PATH: TABLE_PATH.read_bytes(),
    }


def write_export(registry: Registry, site_dir: Path) -> None:
    """Write the export into ``site_dir``. The guard does not judge these files: they are the
    registry itself (reported impostors included), published as data for the checker."""
    for path, content in export_files(registry).items():
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        record(site_dir, path, Origin.GENERATED, "registry export", judged=False)
