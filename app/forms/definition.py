"""Form definitions: printable forms described as data (``resources/forms/*.yaml``), not code.

A definition names the local standard it implements, its own code and version, what it is about (its
*subject*: a client, a plan, one session, a client's month of sessions, a placement, a supervision
meeting, a coach's month, a closure) and a list of sections. Bindings are dotted paths into the
form's snapshot data (``client.name``, ``plan.goals``); the renderer prints what they point at. An
organisation can replace a definition file to match the annex of its standard exactly, without
touching code.

Section kinds:

* ``fields``      a grid of label/value cells, ``columns`` pairs per row; a field may ``span`` columns.
* ``table``       one row per item of a list binding; header repeated on every page.
* ``choices``     a pick-list printed as check boxes (■ chosen, □ not), options from a code list.
* ``text``        a titled free-text area that wraps and flows across pages.
* ``signatures``  signature-and-date blocks, never split across pages.
* ``note``        fixed text (instructions, legal notes).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

Subject = Literal[
    "client", "plan", "session", "client_month", "placement", "supervision", "coach_month", "closure"
]
SUBJECTS: tuple[str, ...] = Subject.__args__  # type: ignore[attr-defined]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldSpec(_Strict):
    label: str
    bind: str
    span: int = Field(default=1, ge=1, le=4)


class FieldsSection(_Strict):
    kind: Literal["fields"]
    title: str = ""
    columns: int = Field(default=2, ge=1, le=4)
    fields: list[FieldSpec] = Field(min_length=1)


class ColumnSpec(_Strict):
    label: str
    bind: str
    width: float = Field(default=1.0, gt=0)


class TableSection(_Strict):
    kind: Literal["table"]
    title: str = ""
    rows: str
    columns: list[ColumnSpec] = Field(min_length=1)
    empty: str = "（无）"


class ChoicesSection(_Strict):
    kind: Literal["choices"]
    title: str
    bind: str
    code_list: str
    columns: int = Field(default=4, ge=1, le=8)


class TextSection(_Strict):
    kind: Literal["text"]
    title: str
    bind: str
    min_lines: int = Field(default=3, ge=0, le=40)


class SignatureSpec(_Strict):
    label: str
    name: str = ""  # a binding that pre-fills the printed name, optional


class SignaturesSection(_Strict):
    kind: Literal["signatures"]
    title: str = ""
    blocks: list[SignatureSpec] = Field(min_length=1, max_length=4)


class NoteSection(_Strict):
    kind: Literal["note"]
    text: str


Section = Annotated[
    FieldsSection | TableSection | ChoicesSection | TextSection | SignaturesSection | NoteSection,
    Field(discriminator="kind"),
]


class FormDefinition(_Strict):
    """One printable form, as loaded from its YAML file."""

    code: str = Field(pattern=r"^[A-Z][A-Z0-9-]{1,23}$")
    version: str = Field(pattern=r"^\d+(\.\d+){0,2}$")
    title: str = Field(min_length=1)
    standard: str = Field(min_length=1)
    subject: Subject
    sections: list[Section] = Field(min_length=1)
    description: str = ""

    @field_validator("title", "standard")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value


class FormDefinitionError(ValueError):
    """A definition file that cannot be used; the message names the file and what is wrong."""


def load_definition(path: Path) -> FormDefinition:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise FormDefinitionError(f"{path.name}: cannot be read as YAML ({exc})") from exc
    try:
        return FormDefinition.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}" for e in exc.errors()[:5]
        )
        raise FormDefinitionError(f"{path.name}: {problems}") from exc


def load_definitions(*folders: Path) -> dict[str, FormDefinition]:
    """Every ``*.yaml`` definition in the folders, by code. A later folder overrides an earlier one
    (an organisation's own forms over the shipped ones); two files with one code in a folder is an
    error."""
    found: dict[str, FormDefinition] = {}
    for folder in folders:
        seen: dict[str, str] = {}
        for path in sorted(folder.glob("*.yaml")):
            definition = load_definition(path)
            if definition.code in seen:
                raise FormDefinitionError(
                    f"{path.name}: form code {definition.code} is also defined in {seen[definition.code]}"
                )
            seen[definition.code] = path.name
            found[definition.code] = definition
    return found
