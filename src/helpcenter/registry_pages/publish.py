"""Write the registry export (and the confusables table the checker needs) into a built site."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from helpcenter.contacts.lookalike import TABLE_PATH
from helpcenter.registry.export import export_registry
from helpcenter.registry.model import Registry

#: Site-relative paths of the published files: stable URLs, documented on check-contact.
EXPORT_PATH = "registry/channels.json"
CONFUSABLES_PATH = "registry/confusables.json"


def write_export(registry: Registry, site_dir: Path) -> None:
    """``site_dir/registry/channels.json`` and ``site_dir/registry/confusables.json``."""
    target = site_dir / EXPORT_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(export_registry(registry), indent=2, ensure_ascii=False, sort_keys=True)
    target.write_text(text + "\n", encoding="utf-8")
    shutil.copyfile(TABLE_PATH, site_dir / CONFUSABLES_PATH)
