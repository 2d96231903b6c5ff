"""Form definitions are data: the shipped YAML files load, broken files are refused with a message naming
the file, an organisation's folder overrides a shipped form by code, and a brand-new definition file
dropped into ``<data dir>/forms`` renders through the workspace without any code change."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path
from typing import Any

import pytest

from app.forms.definition import SUBJECTS, FormDefinitionError, load_definition, load_definitions
from app.services.workspace import Workspace

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
SHIPPED = HERE.parents[1] / "resources" / "forms"

SHIPPED_SUBJECTS = {
    "CD-CLO": "closure",
    "CD-FU": "placement",
    "CD-IEP": "plan",
    "CD-MON": "coach_month",
    "CD-REG": "client",
    "CD-SR": "session",
    "CD-SRM": "client_month",
    "CD-SUP": "supervision",
}

GOOD = """\
code: ORG-T
version: "1.0"
title: 测试表
standard: 测试标准
subject: client
sections:
  - kind: fields
    fields:
      - {label: 姓名, bind: client.name}
"""


def test_every_shipped_definition_loads() -> None:
    definitions = load_definitions(SHIPPED)
    assert {code: d.subject for code, d in definitions.items()} == SHIPPED_SUBJECTS
    assert set(SHIPPED_SUBJECTS.values()) == set(SUBJECTS)  # every subject has a form
    for path in sorted(SHIPPED.glob("*.yaml")):
        definition = load_definition(path)
        assert path.stem == definition.code  # one file per form, named by its code
        assert definition.title.strip() and definition.standard.strip() and definition.sections


def test_the_workspace_catalogue_lists_the_shipped_forms(workspace: Workspace) -> None:
    catalogue = workspace.forms.catalogue()
    assert [f.code for f in catalogue] == sorted(SHIPPED_SUBJECTS)
    assert {f.code: f.subject for f in catalogue} == SHIPPED_SUBJECTS
    assert all(f.version == "1.0" and f.title and f.standard for f in catalogue)


# -- broken definitions ---------------------------------------------------------------------------------


def _edit(**changes: Any) -> str:
    """GOOD with some top-level lines replaced (None removes the line)."""
    lines = []
    for line in GOOD.splitlines():
        key = line.split(":")[0]
        if key in changes:
            if changes[key] is not None:
                lines.append(f"{key}: {changes[key]}")
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


BAD = {
    "unknown section kind": GOOD.replace("kind: fields", "kind: chart"),
    "missing code": _edit(code=None),
    "bad version pattern": _edit(version='"v1"'),
    "version with four parts": _edit(version='"1.0.0.1"'),
    "lower-case code": _edit(code="org-t"),
    "extra top-level key": GOOD + "colour: red\n",
    "extra key in a field": GOOD.replace("bind: client.name}", "bind: client.name, bold: true}"),
    "empty field list": GOOD.replace(
        "    fields:\n      - {label: 姓名, bind: client.name}\n", "    fields: []\n"
    ),
    "empty table columns": GOOD.replace(
        "  - kind: fields\n    fields:\n      - {label: 姓名, bind: client.name}\n",
        "  - kind: table\n    rows: consents\n    columns: []\n",
    ),
    "no sections": _edit(sections="[]").split("  - kind")[0],
    "unknown subject": _edit(subject="employer"),
    "blank title": _edit(title='"   "'),
    "span out of range": GOOD.replace("bind: client.name}", "bind: client.name, span: 9}"),
    "not YAML": "code: [unclosed\n",
    "not a mapping": "- just\n- a list\n",
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_broken_definition_is_refused_naming_the_file(case: str, tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    path = folder / "ORG-T-broken.yaml"
    path.write_text(BAD[case], encoding="utf-8")
    with pytest.raises(FormDefinitionError) as error:
        load_definition(path)
    assert str(error.value).startswith("ORG-T-broken.yaml: "), str(error.value)
    with pytest.raises(FormDefinitionError, match=r"^ORG-T-broken\.yaml: "):
        load_definitions(SHIPPED, folder)


def test_the_good_template_itself_loads(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text(GOOD, encoding="utf-8")
    assert load_definition(path).code == "ORG-T"


def test_missing_code_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "nocode.yaml"
    path.write_text(BAD["missing code"], encoding="utf-8")
    with pytest.raises(FormDefinitionError, match=r"^nocode\.yaml: .*code"):
        load_definition(path)


def test_two_files_with_one_code_in_a_folder_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a-first.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b-second.yaml").write_text(GOOD.replace("测试表", "另一张表"), encoding="utf-8")
    with pytest.raises(FormDefinitionError) as error:
        load_definitions(tmp_path)
    message = str(error.value)
    assert message.startswith("b-second.yaml: ") and "ORG-T" in message and "a-first.yaml" in message


def test_the_same_code_in_two_folders_is_an_override_not_an_error(tmp_path: Path) -> None:
    own = tmp_path / "own"
    shutil.copytree(FIXTURES / "override", own)
    definitions = load_definitions(SHIPPED, own)
    assert set(definitions) == set(SHIPPED_SUBJECTS)
    assert (definitions["CD-REG"].version, definitions["CD-REG"].title) == (
        "1.1",
        "服务对象登记表（本机构修订版）",
    )
    assert definitions["CD-SR"] == load_definition(SHIPPED / "CD-SR.yaml")
    # The order of the folders decides: the later one wins.
    assert load_definitions(own, SHIPPED)["CD-REG"].version == "1.0"


def test_a_missing_override_folder_is_no_error(tmp_path: Path) -> None:
    assert set(load_definitions(SHIPPED, tmp_path / "absent")) == set(SHIPPED_SUBJECTS)


# -- through the workspace ------------------------------------------------------------------------------


def test_an_override_in_the_data_folder_is_what_the_workspace_prints(
    workspace: Workspace, add_client: Any, pdf: Any, kit: Any
) -> None:
    shutil.copytree(FIXTURES / "override", workspace.data_dir / "forms")
    client = add_client(name="司马文静", guardian_name="司马国华")
    info = {f.code: f for f in workspace.forms.catalogue()}
    assert (info["CD-REG"].version, info["CD-REG"].title) == ("1.1", "服务对象登记表（本机构修订版）")
    assert info["CD-SR"].version == "1.0"

    document = workspace.forms.render("CD-REG", client)
    text = kit.flat(pdf.text(document))
    assert "服务对象登记表（本机构修订版）" in text and "版本：1.1" in text and "CD-REGv1.1" in text
    assert "司马文静" in text and "司马国华" in text
    assert "转介来源" not in text  # the shipped layout is gone
    result = workspace.forms.verify(document)
    assert result.matches and (result.form, result.version) == ("CD-REG", "1.1")


def test_a_new_definition_file_renders_without_touching_code(
    workspace: Workspace, caseload: Any, pdf: Any, kit: Any, tmp_path: Path
) -> None:
    ws = workspace
    forms_dir = ws.data_dir / "forms"
    forms_dir.mkdir()
    shutil.copy(FIXTURES / "ORG-JA.yaml", forms_dir / "ORG-JA.yaml")

    info = {f.code: f for f in ws.forms.catalogue()}
    assert set(info) == {*SHIPPED_SUBJECTS, "ORG-JA"}
    assert (info["ORG-JA"].version, info["ORG-JA"].subject, info["ORG-JA"].title) == (
        "1.2",
        "client",
        "岗位分析与匹配表",
    )
    keys = ws.forms.subject_keys("ORG-JA", coach_id=caseload.staff.coach1_id)
    assert keys == [caseload.client_id]

    snapshot = ws.forms.snapshot("ORG-JA", caseload.client_id)
    assert (snapshot.form_code, snapshot.form_version, snapshot.subject) == ("ORG-JA", "1.2", "client")
    [(key, document)] = ws.forms.render_batch("ORG-JA", keys)
    assert key == caseload.client_id and document.startswith(b"%PDF-")
    text = kit.flat(pdf.text(document))
    for value in kit.printed_values(ws.forms.definition("ORG-JA"), snapshot, ws):
        assert kit.flat(value) in text, value
    for expected in (
        "岗位分析与匹配表",
        "本机构自定表格（非标准附录）",
        "表单编号：ORG-JA",
        "五、签名确认",
        kit.NAME,
        "女",
        "智力残疾三级",
        "高中/中专",
        caseload.masked_id,
        kit.WORK_HISTORY,
        "■学校",
        "□残联",
        "向用人单位披露残疾情况",
        kit.EMPLOYER,
        "签名：辅导员甲",
        "本表为机构内部使用的岗位匹配记录",
    ):
        assert kit.flat(expected) in text, expected
    assert caseload.id_number not in text
    assert ws.forms.verify(document).matches


def test_a_choices_section_over_a_coded_client_field_ticks_the_chosen_option(
    workspace: Workspace, add_client: Any, pdf: Any, kit: Any
) -> None:
    forms_dir = workspace.data_dir / "forms"
    forms_dir.mkdir()
    (forms_dir / "ORG-EDU.yaml").write_text(
        textwrap.dedent(
            """\
            code: ORG-EDU
            version: "1.0"
            title: 文化程度核对表
            standard: 本机构自定
            subject: client
            sections:
              - kind: choices
                title: 文化程度
                bind: client.education
                code_list: education
            """
        ),
        encoding="utf-8",
    )
    client = add_client(education="senior")
    text = kit.flat(pdf.text(workspace.forms.render("ORG-EDU", client)))
    assert "■高中/中专" in text
