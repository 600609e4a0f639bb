"""The checker's JavaScript (the files the browser loads, run in Node) and the guard's Python read
text alike: same modules under the same names, every shared vector, and generated messages
(contacts x obfuscations x contexts x both languages, harmless numbers mixed in), where any
difference in (kind, canonical value, verdict) fails."""

from __future__ import annotations

import importlib
import json
import random
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpcenter.guard.read.check import Checker
from helpcenter.registry.loader import load_registry
from helpcenter.registry.model import Registry
from helpcenter.registry_pages.publish import export_files
from helpcenter.registry_pages.verdict import CHECKER_SCRIPTS, checker_verdict
from tests.checker import scam_text
from tests.checker.checker_vectors import VECTORS, expected, vector_id

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "overrides" / "assets" / "javascripts"
#: Python module (dotted, under helpcenter) -> the JS section that mirrors it, in load order.
MIRRORS = {
    "contacts": [
        "kinds",
        "errors",
        "grammar",
        "text",
        "idna",
        "suffixes",
        "phone_data",
        "url",
        "email",
        "phone",
        "handles",
        "platforms",
        "normalize",
        "lookalike",
    ],
    "registry": ["index"],
    "read": [
        "candidate",
        "deobfuscate",
        "keywords",
        "numbers",
        "labels",
        "extract",
        "judge",
        "check",
    ],
    "checker": ["verdict"],
}
PACKAGES = {
    "contacts": "helpcenter.contacts",
    "registry": "helpcenter.registry",
    "read": "helpcenter.guard.read",
    "checker": "helpcenter.registry_pages",
}
REGIONS = {"zh": "CN", "en": "US"}


class Twin:
    """One Node process running the checker's scripts, answering a JSON line per request."""

    def __init__(self, folder: Path) -> None:
        node = shutil.which("node")
        assert node, "Node.js is needed for this test: install it (README: requirements)"
        scripts = [str(SCRIPTS / name) for name in CHECKER_SCRIPTS]
        self._proc = subprocess.Popen(
            [node, str(Path(__file__).with_name("twin.js")), str(folder), *scripts],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )

    def ask(self, request: dict[str, object]) -> dict:
        assert self._proc.stdin and self._proc.stdout
        self._proc.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
        self._proc.stdin.flush()
        reply = json.loads(self._proc.stdout.readline())
        assert "error" not in reply, reply["error"]
        return reply

    def close(self) -> None:
        assert self._proc.stdin
        self._proc.stdin.close()
        self._proc.wait(timeout=10)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(ROOT / "registry" / "channels.yml")


@pytest.fixture(scope="module")
def twin(registry: Registry, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Twin]:
    folder = tmp_path_factory.mktemp("published")
    for path, content in export_files(registry).items():
        (folder / Path(path).name).write_bytes(content)
    process = Twin(folder)
    yield process
    process.close()


@pytest.fixture(scope="module")
def checker(registry: Registry) -> Checker:
    return Checker(registry)


def python_side(checker: Checker, text: str, region: str | None) -> dict:
    hits = checker.check_text(text, region=region)
    worst = checker_verdict(text, checker.registry, region=region)
    return {
        "hits": [
            [
                h.judgement.contact.kind.value if h.judgement.contact else None,
                h.judgement.contact.key if h.judgement.contact else None,
                h.judgement.verdict.value,
                h.raw,
            ]
            for h in hits
        ],
        "verdict": worst.verdict.value if worst else "none",
        "channel": worst.channel_id if worst else None,
    }


def assert_alike(checker: Checker, twin: Twin, text: str, region: str | None) -> dict:
    py = python_side(checker, text, region)
    js = twin.ask({"text": text, "region": region})
    assert js == py, f"{text!r} ({region})"
    return py


def _camel(name: str) -> str:
    if name.isupper():
        return name
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def test_each_python_module_has_its_javascript_section_with_its_names(twin: Twin) -> None:
    modules = twin.ask({"names": True})["modules"]
    for package, names in MIRRORS.items():
        sections = [m for m in modules[package] if m != "py"]
        assert sections == [_camel(n) for n in names], package
        for name in names:
            module = importlib.import_module(f"{PACKAGES[package]}.{name}")
            public = sorted(_camel(n) for n in module.__all__)
            missing = set(public) - set(modules[package][_camel(name)])
            assert not missing, f"{module.__name__}: {sorted(missing)} missing in the JS section"


@pytest.mark.parametrize("vector", VECTORS, ids=vector_id)
def test_javascript_gives_every_vector_its_verdict(
    twin: Twin, checker: Checker, vector: dict[str, str]
) -> None:
    answer = assert_alike(checker, twin, vector["input"], vector.get("region"))
    assert answer["verdict"] == expected(vector)[0]
    if "channel" in vector:
        assert answer["channel"] == vector["channel"]


def test_generated_cases_read_alike(twin: Twin, checker: Checker) -> None:
    cases = scam_text.adversarial(seed=3, rounds=4) + scam_text.legitimate(seed=3, rounds=1)
    for case in cases:
        for region in (REGIONS[case.lang], None):
            assert_alike(checker, twin, case.text, region)


# ---------------------------------------------------------------- generated messages

_CONTACTS = st.one_of(
    st.sampled_from(scam_text.BAD_PHONES + scam_text.OFFICIAL_PHONES),
    st.sampled_from([*scam_text.BAD_EMAILS, "support@example.com", "privacy@example.com"]),
    st.sampled_from([*scam_text.BAD_HOSTS, "help.example.com", "www.example.com/download"]),
    st.sampled_from(scam_text.OFFICIAL),
)
_FILLER = st.sampled_from(
    [
        "请注意",
        "Please note",
        "客服热线",
        "Call us",
        "，",
        ". ",
        "\n",
        " | ",
        "微信",
        "Telegram",
        "订单号",
        "block",
        "** ",
        "<b>",
        "</b>",
        "(",
        ")",
        "：",
        "@",
    ]
)


@st.composite
def messages(draw: st.DrawFn) -> tuple[str, str | None]:
    """A message of pieces: contacts (as written or mutated), harmless text, filler words."""
    lang = draw(st.sampled_from(["zh", "en"]))
    rng = random.Random(draw(st.integers(0, 2**32)))
    pieces = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.integers(0, 4))
        if kind == 0:
            contact = draw(_CONTACTS)
            if re.search(r"[0-9]{3}", contact) and contact.startswith("+"):
                contact = draw(
                    st.sampled_from(
                        [c for _, c in scam_text.phone_mutations(contact, rng)] + [contact]
                    )
                )
            pieces.append(contact)
        elif kind == 1:
            pieces.append(draw(st.sampled_from(scam_text.HARMLESS)))
        elif kind == 2:
            cls_contact = draw(st.sampled_from(scam_text.handle_mutations(rng, lang)))
            pieces.append(cls_contact[1])
        elif kind == 3:
            pieces.append(draw(_FILLER))
        else:
            pieces.append(draw(st.text(alphabet="0123456789 -.+()一三八零Ol·_~,\n", max_size=24)))
    region = draw(st.sampled_from([REGIONS[lang], None]))
    return "".join(draw(st.sampled_from([" ", "", "\n"])) + p for p in pieces), region


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(message=messages())
def test_python_and_javascript_read_generated_messages_alike(
    twin: Twin, checker: Checker, message: tuple[str, str | None]
) -> None:
    text, region = message
    assert_alike(checker, twin, text, region)
