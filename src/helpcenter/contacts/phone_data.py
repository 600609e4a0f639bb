"""Country calling codes, trunk prefixes and number lengths from the pinned ``phonenumbers``.

``phone_data()`` is what the build publishes at ``/registry/phones.json`` for the checker and
what ``phone`` reads: one table, so a number gets the same canonical value on both sides.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import phonenumbers
from phonenumbers import PhoneMetadata
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

from helpcenter.cache_dir import cached_json, file_hash

__all__ = ["phone_data"]


@cache
def phone_data() -> dict[str, Any]:
    """{"codes": {calling code: {"prefix": trunk prefix, "lengths": national number lengths,
    "regions": [ISO codes]}}, "regions": {ISO code: calling code}}. Derived once per version
    of phonenumbers and of this code (``cache_dir.cached_json``): reading every region's
    metadata imports some 250 modules."""
    return cached_json("phones", [phonenumbers.__version__, file_hash(__file__)], _derive)


def _derive() -> dict[str, Any]:
    codes: dict[str, Any] = {}
    regions: dict[str, str] = {}
    for code, members in sorted(COUNTRY_CODE_TO_REGION_CODE.items()):
        lengths: set[int] = set()
        prefix = None
        for region in members:
            metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, region)
            if metadata is None or metadata.general_desc is None:
                continue
            lengths.update(n for n in metadata.general_desc.possible_length if n > 0)
            if prefix is None and metadata.national_prefix:
                prefix = metadata.national_prefix
            if region != "001":
                regions.setdefault(region, str(code))
        codes[str(code)] = {
            "prefix": prefix or "",
            "lengths": sorted(lengths),
            "regions": list(members),
        }
    return {
        "name": f"phonenumbers {phonenumbers.__version__}",
        "about": "Country calling codes with their trunk prefix and national number lengths, "
        "generated at build time by helpcenter.contacts.phone_data: do not edit.",
        "codes": codes,
        "regions": dict(sorted(regions.items())),
    }
