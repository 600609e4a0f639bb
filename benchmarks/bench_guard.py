"""What the contact guard costs: build time with vs without its hook, and scanning speed.

    .venv/bin/python benchmarks/bench_guard.py [--pages 1000] [--builds 3] [--demo-builds 9]
                                               [--scans 3]

(a) `mkdocs build` of the demo site and of a generated site with N pages per language (in nav
    groups of 50, as bench_scale.py: a flat nav of N links on every page would make MkDocs'
    share grow with N and flatter the guard's), built alternately without hooks/guard.py (a
    second config file), with it as installed (scanning in a worker process beside the build
    when the machine has a core to spare, see helpcenter.guard.worker), and with it scanning in
    the build process (HELPCENTER_GUARD_WORKER=0), several times; prints the medians and the
    ratios to the build without the guard. The target (<= 1.05) is on wall time, what a writer
    or CI waits for; CPU seconds (every process: build, worker) show the guard's whole work,
    which the worker moves off the build's path but does not remove. Builds run with a bytecode
    cache (PYTHONPYCACHEPREFIX in the temporary folder, filled by a warm-up build), as in any
    normal install: with PYTHONDONTWRITEBYTECODE every build would compile the guard's modules
    from source, a cost of the environment rather than of the guard.
(b) Checker.check_text throughput on 10 MB of normal help-center text (the demo site's pages,
    as written and as built, with every number and name varied so that no line repeats: what
    the reader pays for text it has never seen), on 10 MB of dense contact lines (a contact or a
    number on every line) and on 10 MB of adversarial text (long digit runs, runs of @ and ., deep
    bracket/HTML nesting, entity and scheme floods); prints MB/s (UTF-8 bytes) and the
    adversarial slowdown against normal text (target <= 2x).
(c) Attribution, the steadier figure on a noisy machine: one build with the hook, timing in the
    build process the guard's own time (importing its modules and every hook call, the wait for
    the worker at the end included) against the whole build; the ratio is what the build would
    take over what it takes without that time. Both are measured in the same seconds, so load
    from other work cancels out, where (a) compares builds that ran at different moments. Run
    as installed (what the build waits for) and with HELPCENTER_GUARD_WORKER=0 (all the guard's
    work, as on a machine with one core).
(d) Throughput in the build process (the target, >= 20 MB/s of normal text): in the attributed
    build scanning in the build process, the text the guard reads (every Markdown source, every
    page as built, every other published file) over the guard's own seconds. A built page is
    mostly what every page shows (navigation, header, footer): lines already seen clean are
    skipped, so this is what a build costs, where (b) is the reader's worst case.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from generated_site import GeneratedPage, add_pages, copy_project

if TYPE_CHECKING:
    from helpcenter.guard.read.check import Checker

ROOT = Path(__file__).resolve().parents[1]
WORKER_SETTING = "HELPCENTER_GUARD_WORKER"  # helpcenter.guard.worker.ENVIRONMENT
HOOK_LINE = "hooks/guard.py"
MB = 1_000_000

PAGE = {
    "zh": """\
---
title: 转账问题 {n}
description: 生成的第 {n} 篇文章，用于测量联系方式守卫对构建时间的影响。
---

# 转账问题 {n}

转账一直在打包怎么办？请先检查网络与手续费设置，然后耐心等待区块确认。区块高度 {height}，
金额 1,234.56 USDT，日期 2026-10-28 09:30，交易哈希 0x{hash}。

!!! tip "联系客服"
    拨打客服热线 [[channel:hotline]]，或发邮件到 [[channel:support-email]]。

| 项目 | 说明 |
|------|------|
| 版本 | v3.{n}.0 |
| 链 ID | 11155111 |

更多说明见[区块浏览器](https://explorer.example/tx/0x{hash})和[官网](https://www.example.com)。
""",
    "en": """\
---
title: Transfer question {n}
description: Generated article {n} for measuring what the contact guard adds to a build.
---

# Transfer question {n}

If a transfer stays pending, check the network and fee settings, then wait for block {height}.
Amount 1,234.56 USDT on 2026-10-28 at 09:30, transaction 0x{hash}.

!!! tip "Contact support"
    Call [[channel:hotline]] or write to [[channel:support-email]].

| Item | Value |
|------|-------|
| Version | v3.{n}.0 |
| Chain ID | 11155111 |

See the [block explorer](https://explorer.example/tx/0x{hash}) and the [website](https://www.example.com).
""",
}


def make_project(dest: Path, pages: int) -> Path:
    """The real project in ``dest`` plus ``pages`` generated articles per language (in nav),
    and ``mkdocs.noguard.yml``: the same config without the guard hook."""

    def generated(n: int) -> GeneratedPage:
        values = {"n": n, "height": 19_000_000 + n, "hash": f"{n:064x}"}
        texts = {lang: text.format(**values) for lang, text in PAGE.items()}
        return f"generated/article-{n:05d}.md", texts

    add_pages(copy_project(dest), map(generated, range(pages)), per_group=50)
    lines = (dest / "mkdocs.yml").read_text(encoding="utf-8").splitlines(keepends=True)
    if not any(HOOK_LINE in line for line in lines):
        sys.exit(f"{HOOK_LINE} is not in mkdocs.yml hooks: nothing to compare")
    without = "".join(line for line in lines if HOOK_LINE not in line)
    (dest / "mkdocs.noguard.yml").write_text(without, encoding="utf-8")
    return dest


def build_env(project: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(project / ".pycache")
    return {**env, **extra}


def build(project: Path, config: str, **env: str) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, with the guard's worker) of one `mkdocs build` in a
    fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", config, "-d", "site"],
        cwd=project,
        capture_output=True,
        text=True,
        env=build_env(project, **env),
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"build of {project / config} failed:\n{proc.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


#: (label, config, environment) of each way of building compared in (a).
VARIANTS = (
    ("without the guard", "mkdocs.noguard.yml", {}),
    ("guard as installed", "mkdocs.yml", {}),
    ("guard in the build process", "mkdocs.yml", {WORKER_SETTING: "0"}),
)


def compare_builds(label: str, pages: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp), pages)
        for _, config, env in VARIANTS:  # warm caches: jieba, bytecode
            build(project, config, **env)
        timings: list[list[tuple[float, float]]] = [[] for _ in VARIANTS]
        for _ in range(runs):  # alternate, so drift on a shared machine hits all alike
            for times, (_, config, env) in zip(timings, VARIANTS, strict=True):
                times.append(build(project, config, **env))
    medians = [
        (statistics.median(t[0] for t in times), statistics.median(t[1] for t in times))
        for times in timings
    ]
    wall_off, cpu_off = medians[0]
    print(f"{label}: {VARIANTS[0][0]} wall {wall_off:7.2f}s  cpu {cpu_off:7.2f}s")
    for (variant, _, _), (wall, cpu) in zip(VARIANTS[1:], medians[1:], strict=True):
        print(
            f"  {variant:<28} wall {wall:7.2f}s ratio {wall / wall_off:5.3f}   "
            f"cpu {cpu:7.2f}s ratio {cpu / cpu_off:5.3f}"
        )


ATTRIBUTED = ("start", "page_markdown", "page_html", "finish")


def shared_imports(hooks: Path) -> set[str]:
    """The modules the hooks other than the guard's import."""
    modules = set()
    for hook in hooks.glob("*.py"):
        if hook.name != Path(HOOK_LINE).name:
            for node in ast.walk(ast.parse(hook.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    modules.add(node.module)
                elif isinstance(node, ast.Import):
                    modules.update(alias.name for alias in node.names)
    return modules


def attribute(config: str) -> None:
    """Run in a child process (--attribute): one build, printing the guard's seconds as JSON
    (the parent times the whole process)."""
    # What the other hooks import is imported by a build without the guard too: not its cost.
    for module in shared_imports(Path("hooks")):
        importlib.import_module(module)
    started = time.perf_counter()
    import helpcenter.guard.build as guard_build  # the guard hook's own import, timed here

    spent = [time.perf_counter() - started]

    def timed(method):
        def call(*args, **kwargs):
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                spent.append(time.perf_counter() - start)

        return call

    for name in ATTRIBUTED:
        setattr(guard_build.BuildGuard, name, timed(getattr(guard_build.BuildGuard, name)))
    read = count_text_read()
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    mkdocs_build(load_config(config, site_dir="site", strict=True))
    print(json.dumps({"guard": sum(spent), "import": spent[0], "bytes": read[0]}))


def count_text_read() -> list[int]:
    """Count the UTF-8 bytes of the text the guard's scanner is handed (Markdown sources, pages
    as built, published files); the returned list's only item grows as the build goes."""
    from helpcenter.guard import pages

    total = [0]

    def counted(method, size):
        def call(self, *args, **kwargs):
            total[0] += size(*args)
            return method(self, *args, **kwargs)

        return call

    def text_size(text: str, *_: object) -> int:
        return len(text.encode("utf-8"))

    def markdown_size(markdown: str, src_path: str | None, *_: object) -> int:
        return os.path.getsize(src_path) if src_path else text_size(markdown)

    def published_size(site_dir: str, path: str, *_: object) -> int:
        return os.path.getsize(os.path.join(site_dir, path))

    scanner = pages.PageScanner
    scanner.markdown = counted(scanner.markdown, markdown_size)  # type: ignore[method-assign]
    scanner.html = counted(scanner.html, text_size)  # type: ignore[method-assign]
    scanner.published = counted(scanner.published, published_size)  # type: ignore[method-assign]
    return total


def compare_attribution(label: str, pages: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp), pages)
        build(project, "mkdocs.yml")  # warm caches, as in (a)
        for variant, env in (("as installed", {}), ("in the build process", {WORKER_SETTING: "0"})):
            start = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--attribute", "mkdocs.yml"],
                cwd=project,
                capture_output=True,
                text=True,
                env=build_env(project, **env),
            )
            total = time.perf_counter() - start  # the whole build process, as in (a)
            if proc.returncode != 0:
                sys.exit(f"attributed build failed:\n{proc.stderr[-3000:]}")
            seconds = json.loads(proc.stdout.strip().splitlines()[-1])
            guard = seconds["guard"]
            print(
                f"{label + ', ' + variant:<48} guard {guard:6.2f}s of {total:7.2f}s "
                f"(import {seconds['import']:.2f}s)  ratio {total / (total - guard):5.3f}"
            )
            if env:  # (d): every byte scanned in the build process
                megabytes = seconds["bytes"] / MB
                scanning = guard - seconds["import"]
                print(
                    f"{'  text read in the build process':<48} {megabytes:6.1f} MB in "
                    f"{scanning:5.2f}s: {megabytes / scanning:6.1f} MB/s   (target >= 20)"
                )


NORMAL_PIECES = [
    "转账一直在打包怎么办？请先检查网络与手续费设置，然后耐心等待区块确认。\n",
    "If a transfer stays pending, check the network and fee settings, then wait.\n",
    "客服热线 +1 202-555-0142（工作日 09:00–18:00），邮件 support@example.com。\n",
    "See [the explorer](https://explorer.example/tx/0xabc123) or <https://www.example.com>.\n",
    "区块高度 19000000，金额 1,234.56 USDT，日期 2026-10-28，版本 v1.2.3，验证码 123456。\n",
    "Telegram: @ExampleWalletSupport · X: @ExampleWallet · 微信公众号：ExampleWalletCN\n",
    '<p class="note"><a href="../fees/">Fees</a> and <strong>never</strong> share 助记词.</p>\n',
    "| 渠道 | 时间 |\n|------|------|\n| 热线 | 周一至周五 |\n",
    "```text\n0x52908400098527886E0F7030069857D2E4169EE7\n```\n",
]

ADVERSARIAL_PIECES = [
    lambda: "1" * 50_000,  # one long digit run
    lambda: "1 " * 25_000,  # digits split by separators, forever
    lambda: "+1-" * 20_000,
    lambda: "@" * 50_000,
    lambda: "." * 50_000,
    lambda: "@." * 25_000,
    lambda: "a@" * 25_000,
    lambda: "a." * 25_000,
    lambda: "a@b." * 12_500,
    lambda: "(" * 25_000 + ")" * 25_000,
    lambda: "[" * 25_000 + "]" * 25_000,
    lambda: "<span>" * 8_000 + "</span>" * 8_000,
    lambda: "<a " * 15_000,
    lambda: "<" * 50_000,
    lambda: "&" * 50_000,
    lambda: "&#" * 25_000,
    lambda: "http://" * 7_000,
    lambda: "a:" * 25_000,
    lambda: "//" * 25_000,
    lambda: " at " * 12_000,
    lambda: " dot " * 10_000,
    lambda: "微信" * 25_000,
    lambda: "tel " * 12_000,
    lambda: "-" * 50_000,
    lambda: "\u200b" * 50_000,
    lambda: "１" * 50_000,
]


def sample(pieces: list[str], size: int) -> str:
    rng = random.Random(7)
    out: list[str] = []
    total = 0
    while total < size:
        piece = rng.choice(pieces)
        out.append(piece)
        total += len(piece.encode("utf-8"))
    return "".join(out)


def site_text(size: int) -> str:
    """The demo site's pages, as written (Markdown) and as built (HTML), every digit redrawn
    so that no number repeats: ``size`` bytes of text as a build hands it to the guard."""
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp), 0)
        build(project, "mkdocs.yml")
        pages = [p.read_text("utf-8") for p in sorted((project / "docs").rglob("*.md"))]
        pages += [p.read_text("utf-8") for p in sorted((project / "site").rglob("*.html"))]
    rng = random.Random(7)
    digits = "0123456789"
    out: list[str] = []
    total = 0
    while total < size:
        page = rng.choice(pages)
        page = "".join(rng.choice(digits) if c in digits else c for c in page)
        out.append(page)
        total += len(page.encode("utf-8"))
    return "\n\n".join(out)


def adversarial(size: int) -> str:
    rng = random.Random(7)
    out: list[str] = []
    total = 0
    while total < size:
        piece = rng.choice(ADVERSARIAL_PIECES)() + "\n"
        out.append(piece)
        total += len(piece.encode("utf-8"))
    return "".join(out)


def throughput(checker: Checker, text: str, runs: int) -> float:
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        checker.check_text(text, region="CN")
        seconds.append(time.perf_counter() - start)
    return len(text.encode("utf-8")) / MB / statistics.median(seconds)


def compare_scans(runs: int) -> None:
    # Imported here: the attributed build (c) must pay for the guard's imports itself.
    from helpcenter.guard.read.check import Checker
    from helpcenter.registry.loader import load_registry

    checker = Checker(load_registry(ROOT / "registry" / "channels.yml"))
    normal = throughput(checker, site_text(10 * MB), runs)
    dense = throughput(checker, sample(NORMAL_PIECES, 10 * MB), runs)
    hostile = throughput(checker, adversarial(10 * MB), runs)
    print(f"{'scan 10 MB normal page text':<32} {normal:7.2f} MB/s")
    print(f"{'scan 10 MB dense contact lines':<32} {dense:7.2f} MB/s")
    print(f"{'scan 10 MB adversarial text':<32} {hostile:7.2f} MB/s")
    print(f"{'adversarial slowdown':<32} {normal / hostile:7.2f}x   (target <= 2x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000, help="generated pages per language")
    parser.add_argument("--builds", type=int, default=3, help="builds per variant (median)")
    parser.add_argument(
        "--demo-builds", type=int, default=9, help="demo builds per variant (short: more runs)"
    )
    parser.add_argument("--scans", type=int, default=3, help="scans per text (median)")
    parser.add_argument("--attribute", metavar="CONFIG", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.attribute:
        attribute(args.attribute)
        return 0
    print("build time with / without hooks/guard.py (medians; target: wall ratio <= 1.05)")
    compare_builds("demo site", 0, args.demo_builds)
    if args.pages:
        compare_builds(f"{args.pages} pages per language", args.pages, args.builds)
    print("guard's time within one build with the hook (target ratio <= 1.05 as installed)")
    compare_attribution("demo site", 0)
    if args.pages:
        compare_attribution(f"{args.pages} pages per language", args.pages)
    compare_scans(args.scans)
    return 0


if __name__ == "__main__":
    sys.exit(main())
