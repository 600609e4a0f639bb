"""Text clean-up every contact parser starts with."""

from __future__ import annotations

import re
import unicodedata

# Browsers drop tabs and newlines anywhere in a URL ("java\tscript:" is javascript:).
_URL_WHITESPACE = re.compile(r"[\t\n\r]")
# Invisible characters that only serve to hide a value from simple matching.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# Ideographic and full-width full stops separate host labels like "." (UTS 46).
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})
# What browsers strip from both ends of an href: C0 controls and space.
_C0_AND_SPACE = "".join(chr(i) for i in range(0x21))


def clean(raw: str) -> str:
    """Fold full-width forms (NFKC), drop invisible characters and surrounding space."""
    text = unicodedata.normalize("NFKC", raw)
    text = _INVISIBLE.sub("", text).translate(_DOTS)
    return _URL_WHITESPACE.sub("", text).strip(_C0_AND_SPACE)
