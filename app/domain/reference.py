"""Reference data: towns, clusters, disability categories and levels, employment forms and code lists.

The data itself lives in ``resources/reference/*.csv`` so an organisation can change it without a code
change; this module only gives it types and answers questions about it. Parsing takes already-read
text (the host layer reads the files), so the domain stays free of I/O.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field

LANGUAGES = ("zh_CN", "zh_TW", "en")


@dataclass(frozen=True, slots=True)
class Code:
    """One entry of a code list: a stable code and its names per language."""

    code: str
    names: Mapping[str, str]

    def name(self, language: str = "zh_CN") -> str:
        return self.names.get(language) or self.names.get("zh_CN") or self.code


@dataclass(frozen=True, slots=True)
class Town:
    """A Dongguan town or street (镇街) with its 12-digit statistical code and its cluster (片区)."""

    code: str
    name: str
    kind: str  # 街道 / 镇 / 功能区
    cluster: str


@dataclass(frozen=True, slots=True)
class DisabilityLevel:
    """A disability level (1 most severe … 4 mildest); levels 1–2 count as severe (重度)."""

    code: int
    name_zh: str
    severe: bool


@dataclass(frozen=True)
class ReferenceData:
    """All reference data the product loads at start-up."""

    towns: Mapping[str, Town]
    disability_categories: Mapping[int, Code]
    disability_levels: Mapping[int, DisabilityLevel]
    employment_forms: Mapping[str, Code]
    code_lists: Mapping[str, Mapping[str, Code]] = field(default_factory=dict)

    MULTIPLE_CATEGORY = 7

    def codes(self, list_name: str) -> Mapping[str, Code]:
        """The entries of one code list (e.g. ``session_type``); KeyError names an unknown list."""
        try:
            return self.code_lists[list_name]
        except KeyError:
            raise KeyError(f"unknown code list {list_name!r}") from None

    def is_code(self, list_name: str, code: str | None) -> bool:
        return code is not None and code in self.codes(list_name)

    def cluster_of(self) -> dict[str, str]:
        return {t.code: t.cluster for t in self.towns.values()}

    def town_name(self, code: str | None) -> str:
        town = self.towns.get(code or "")
        return town.name if town else ""


def _rows(text: str) -> list[dict[str, str]]:
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


def parse_reference(files: Mapping[str, str]) -> ReferenceData:
    """Build :class:`ReferenceData` from the text of the CSV files, keyed by file name.

    Raises:
        ValueError: a file is missing or a row is malformed (names the file and row).
    """

    def need(name: str) -> list[dict[str, str]]:
        if name not in files:
            raise ValueError(f"reference data file {name} is missing")
        return _rows(files[name])

    clusters = {r["town_code"]: r["cluster"] for r in need("clusters.csv")}
    towns = {
        r["code"]: Town(r["code"], r["name"], r["type"], clusters.get(r["code"], ""))
        for r in need("towns.csv")
    }
    for code in towns:
        if len(code) != 12 or not code.isdigit():
            raise ValueError(f"towns.csv: town code {code!r} is not 12 digits")
    categories = {
        int(r["code"]): Code(r["code"], {"zh_CN": r["name_zh"], "en": r["name_en"]})
        for r in need("disability_categories.csv")
    }
    levels = {
        int(r["code"]): DisabilityLevel(
            int(r["code"]), r["name_zh"], r["severe"].lower() in ("yes", "true", "1")
        )
        for r in need("disability_levels.csv")
    }
    forms = {
        r["code"]: Code(r["code"], {"zh_CN": r["name_zh"], "en": r["name_en"]})
        for r in need("employment_forms.csv")
    }
    lists: dict[str, dict[str, Code]] = {}
    for i, r in enumerate(need("code_lists.csv"), start=2):
        if not r.get("list") or not r.get("code"):
            raise ValueError(f"code_lists.csv line {i}: list and code are required")
        names = {"zh_CN": r["name_zh"], "zh_TW": r.get("name_zh_hant", ""), "en": r.get("name_en", "")}
        lists.setdefault(r["list"], {})[r["code"]] = Code(r["code"], names)
    return ReferenceData(towns, categories, levels, forms, lists)
