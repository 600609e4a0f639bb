"""What the whole product costs a build, against the stock stack on the same content.

    .venv/bin/python benchmarks/bench_build.py [--runs 5] [--pages 1000] [--large-runs 3]
                                               [--no-serve]

(a) The demo site: ``mkdocs build`` of the full project against a stock variant of the same
    ``mkdocs.yml`` (generated here: hooks and ``custom_dir`` removed, so stock Material and
    mkdocs-static-i18n build the same pages), run in pairs, alternating which goes first;
    prints each median and the median of the per-pair ratios (target <= 1.0).
(b) The same at ``--pages`` generated pages per language (nav groups of 50, as bench_scale).
(c) Each feature's share of one full build, timed in the build process by wrapping every hook
    event: registry (load), markers, content rules, guard, search index, publishing (staging,
    accounting, code audit) with the CDN headers, git dates. A regression names its cause.
(d) ``make serve``: seconds until the first page answers (one build), then after editing one
    page, seconds until the edited text is served (target <= 1 s on the demo site).

Ratios are measured within one run on the same machine: compare them, not the seconds.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

from generated_site import ROOT, add_pages, copy_project, page_text

PYTHON = sys.executable
_HOOKS = re.compile(r"^hooks:\n(?:[ \t]+-.*\n)+", re.M)
#: (hook file, event) -> the feature it is part of; other events of a hook: its file's name.
FEATURES = {
    ("registry_pages.py", "config"): "registry (load)",
    ("registry_pages.py", "page_markdown"): "markers",
    ("registry_pages.py", "post_build"): "registry export",
    ("content_rules.py", None): "content rules",
    ("guard.py", None): "guard",
    ("search_index.py", None): "search index",
    ("publish.py", None): "publishing + CDN headers",
    ("last_updated.py", None): "git dates",
    ("i18n_404.py", None): "404 pages",
}


def stock_config(project: Path) -> Path:
    """``mkdocs.stock.yml``: the project's config without our hooks and theme overrides."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    text = _HOOKS.sub("", text).replace("  custom_dir: overrides\n", "")
    target = project / "mkdocs.stock.yml"
    target.write_text(text, encoding="utf-8")
    return target


def timed_build(project: Path, config: str, site: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    done = subprocess.run(
        [PYTHON, "-m", "mkdocs", "build", "-q", "-f", str(project / config), "-d", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{config} did not build:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    return seconds


def compare(project: Path, runs: int, label: str) -> None:
    stock_config(project)
    # As scripts/setup does for the checkout (pip does it for the stock stack's packages).
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(project / "hooks")], check=True)
    site = project / "out"
    timed_build(project, "mkdocs.yml", site)  # warm-up: bytecode, caches, page cache
    timed_build(project, "mkdocs.stock.yml", site)
    full, stock, ratios = [], [], []
    for n in range(runs):
        order = (
            ["mkdocs.yml", "mkdocs.stock.yml"] if n % 2 == 0 else ["mkdocs.stock.yml", "mkdocs.yml"]
        )
        got = {config: timed_build(project, config, site) for config in order}
        full.append(got["mkdocs.yml"])
        stock.append(got["mkdocs.stock.yml"])
        ratios.append(got["mkdocs.yml"] / got["mkdocs.stock.yml"])
    print(
        f"{label}: full {statistics.median(full):.2f} s, stock {statistics.median(stock):.2f} s, "
        f"ratio (median of {runs} pairs) {statistics.median(ratios):.3f} "
        f"[{min(ratios):.3f}-{max(ratios):.3f}]"
    )


def attribution(project: Path) -> None:
    """One full build in this process with every hook event timed."""
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    os.chdir(project)
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "out"))
    spent: dict[str, float] = defaultdict(float)
    events = config.plugins.events
    for event, methods in events.items():
        for index, method in enumerate(methods):
            function = getattr(method, "__func__", method)
            hook = Path(getattr(function, "__globals__", {}).get("__file__") or "").name
            feature = FEATURES.get((hook, event)) or FEATURES.get((hook, None))
            if feature is None:
                continue
            methods[index] = _timer(method, feature, spent)
    start = time.perf_counter()
    build(config)
    total = time.perf_counter() - start
    ours = sum(spent.values())
    print(f"one full build: {total:.2f} s; our hooks {ours:.2f} s ({ours / total:.0%})")
    for feature, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {feature:28} {seconds:6.3f} s  {seconds / total:6.1%}")


def _timer(method, feature: str, spent: dict[str, float]):
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            spent[feature] += time.perf_counter() - start

    timed.mkdocs_priority = getattr(method, "mkdocs_priority", 0)  # type: ignore[attr-defined]
    return timed


def serve_loop(project: Path) -> None:
    """Seconds to the first answer of ``mkdocs serve``, and from an edit to the new text."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    server = subprocess.Popen(
        [PYTHON, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        _wait_for(url, "示例钱包", timeout=120)
        first = time.perf_counter() - start
        page = project / "docs" / "zh" / "fees.md"
        # No digit run: seven digits or more read as a phone number and would fail the build.
        marker = "基准测试标记" + "".join(random.choice("abcdefghij") for _ in range(8))
        page.write_text(page.read_text("utf-8") + f"\n{marker}\n", encoding="utf-8")
        edited = time.perf_counter()
        _wait_for(url + "fees/", marker, timeout=120)
        reload = time.perf_counter() - edited
        print(f"make serve: first answer after {first:.2f} s; edit -> served in {reload:.2f} s")
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_for(url: str, text: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if text in response.read().decode("utf-8", "replace"):
                    return
        except OSError:
            pass
        time.sleep(0.02)
    raise SystemExit(f"{url} did not show {text!r} within {timeout} s")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def generated(project: Path, pages: int) -> None:
    articles = []
    for n in range(pages):
        path = f"generated/article-{n:05d}.md"
        zh = page_text(f"常见问题 {n}", f"第 {n} 篇常见问题。", f"关于转账与手续费的说明 {n}。\n")
        en = page_text(f"FAQ {n}", f"Frequently asked question {n}.", f"About transfers {n}.\n")
        articles.append((path, {"zh": zh, "en": en}))
    add_pages(project, articles, per_group=50)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="paired runs on the demo site")
    parser.add_argument("--pages", type=int, default=1000, help="pages per language (0: skip)")
    parser.add_argument("--large-runs", type=int, default=3, help="paired runs at --pages")
    parser.add_argument("--no-serve", action="store_true", help="skip the make serve timing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        demo = copy_project(Path(tmp) / "demo")
        shutil.copytree(ROOT / ".git", demo / ".git", symlinks=True)  # git dates, as CI
        compare(demo, args.runs, "demo site")
        if args.pages:
            large = copy_project(Path(tmp) / "large")
            generated(large, args.pages)
            compare(large, args.large_runs, f"{args.pages} pages per language")
        if not args.no_serve:
            serve_loop(demo)
        attribution(demo)


if __name__ == "__main__":
    main()
