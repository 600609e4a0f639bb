"""Build time and peak memory of generated sites of 100, 1,000 and 3,000 pages per language.

    .venv/bin/python benchmarks/bench_scale.py [--sizes 100,1000,3000]

Each site is the real project (mkdocs.yml with all its hooks: guard, CDN headers, ...) with
N generated articles per language added to docs/zh and docs/en (contact-free text), listed in
nav sub-sections of 50 as a help center groups articles: with navigation.prune a page carries
its own group's nav, so no page's HTML grows with the site. Prints seconds, seconds per page,
the ratio to the smallest size (linear growth keeps seconds per page flat) and the peak RSS
of the build process.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generated_site import GeneratedPage, add_pages, copy_project, page_text

#: Articles per nav sub-section: a big help center groups them, and each page's nav (pruned by
#: navigation.prune) then holds its own group, not every page of the site.
PER_GROUP = 50
TEXT = {
    "zh": "转账一直在打包怎么办？请先检查网络与手续费设置，然后耐心等待区块确认。",
    "en": "If a transfer stays pending, check the network and fee settings, then wait.",
}


def make_project(dest: Path, pages: int) -> Path:
    def generated(n: int) -> GeneratedPage:
        texts = {}
        for lang, text in TEXT.items():
            body = "\n\n".join(f"## Section {s}\n\n{text} ({n}.{s})" for s in range(5))
            description = f"Generated article {n} for the build scaling benchmark."
            texts[lang] = page_text(f"Article {n}", description, body)
        return f"generated/article-{n:05d}.md", texts

    add_pages(copy_project(dest), map(generated, range(pages)), per_group=PER_GROUP)
    return dest


def timed_build(project: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one `mkdocs build` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(project / "site")],
        cwd=project,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"build of {project} failed:\n{proc.stderr[-3000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the max over all children so far: sizes run in increasing order.
    return seconds, max(peak, before) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,3000")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    header = ("pages/lang", "pages", "seconds", "s/page", "x smallest", "peak MB")
    print("{:>10} {:>7} {:>8} {:>8} {:>10} {:>8}".format(*header))
    base = None
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            project = make_project(Path(tmp), size)
            total = len(list((project / "docs").rglob("*.md")))
            seconds, peak = timed_build(project)
        per_page = seconds / total
        base = base or per_page
        print(
            f"{size:>10} {total:>7} {seconds:>8.1f} {per_page * 1000:>6.1f}ms "
            f"{per_page / base:>10.2f} {peak:>8.0f}"
        )
    print("linear growth: s/page stays flat (x smallest near 1.0 or below)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
