"""Images under ``docs/``: a QR code's payload is read like text on the page (line 1), with the
phone region of the pages that show it (``docs/zh/`` CN; an image shared by every language is
read with each language's region)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from helpcenter.guard.finding import Finding
from helpcenter.guard.read.check import Checker
from helpcenter.guard.sources.text import text_findings

#: Raster formats Pillow opens; SVG is text and is scanned as a template.
IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".ico", ".tif", ".tiff"}
)


def qr_payloads(image_path: Path) -> list[str]:
    """Text of every barcode in the image (every frame of an animation); raises OSError when
    the file is not an image Pillow can read."""
    import zxingcpp  # imported here: most builds have no raster image, and Pillow is slow to load
    from PIL import Image

    payloads: list[str] = []
    with Image.open(image_path) as image:
        for frame in range(getattr(image, "n_frames", 1)):
            image.seek(frame)
            payloads.extend(code.text for code in zxingcpp.read_barcodes(image.convert("RGB")))
    return payloads


def scan_image(
    checker: Checker, image_path: Path, *, path: str, regions: Sequence[str | None] = (None,)
) -> list[Finding]:
    """Findings in every QR payload, read with each of ``regions``; one per value."""
    findings: dict[tuple[str, str], Finding] = {}
    for payload in qr_payloads(image_path):
        for region in regions:
            for found in text_findings(
                checker, payload, path=path, source="qr-image", region=region
            ):
                finding = Finding(path, 1, found.judgement, found.raw, "qr-image")
                findings.setdefault((found.raw, str(found.judgement.verdict)), finding)
    return list(findings.values())
