"""ClientService on a real encrypted store: registration rules, 多重 disabilities, deletion, the audited
reveal of full numbers, the caseload list, consents, assessments and closure."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

import pytest

from app.domain.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from app.domain.identity import build_certificate_number, build_id_number, mask_id_number
from app.domain.records import (
    AssessmentInput,
    ClientInput,
    ClosureInput,
    ConsentInput,
    DisabilityInput,
    ParticipantInput,
    SessionInput,
)
from app.services.people import UserInput
from app.services.workspace import Workspace

TODAY = date(2026, 11, 15)
TOWN = "441900003000"
OTHER_TOWN = "441900004000"


def codes(exc: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in exc.errors}


# -- registration ------------------------------------------------------------------------------------------


def test_create_normalises_masks_and_audits(
    workspace: Workspace, staff: Any, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    # Sequence 3 on this birth date gives a check character X: typed in lower case with spaces.
    id_number = build_id_number("441900", date(1985, 6, 15), 3)
    assert id_number.endswith("X")
    data = make_client(
        name="  黄嘉欣 ",
        sex="male",
        birth_date=date(1985, 6, 15),
        sequence=3,
        assigned_coach_id=staff.coach1_id,
        phone="138-1234 5678",
        guardian_name="黄国强",
        guardian_relation="parent",
        guardian_phone="0769 2234 5678",
    ).replace(id_number=" " + id_number.lower() + " ")
    before = probe.last_seq(workspace)

    client_id = workspace.clients.create(data)

    view = workspace.clients.view(client_id)
    assert view.name == "黄嘉欣"
    assert view.id_number == mask_id_number(id_number) == id_number[:6] + "********" + id_number[14:]
    assert view.certificate_number.startswith(id_number[:6] + "********")
    assert view.certificate_number.endswith("**")  # category and level are masked too
    assert view.phone == "13812345678"
    assert view.guardian_phone == "0769-22345678"
    assert (view.status, view.phase) == ("referred", "intake")
    assert [(d.category, d.level, d.is_primary) for d in view.disabilities] == [(5, 3, True)]
    entries = probe.audit(workspace, before)
    assert [(e.action, e.entity, e.entity_id, e.actor_id) for e in entries] == [
        ("create", "client", client_id, staff.coach1_id)
    ]

    # The full numbers for the edit form: the client is not assigned to coach 1, so a supervisor opens it.
    workspace.act_as(staff.actor(staff.supervisor_id))
    stored = workspace.clients.input_of(client_id)
    assert stored.id_number == id_number  # upper case, stripped
    assert stored.certificate_number == build_certificate_number(id_number, 5, 3)
    [opened] = probe.audit(workspace, entries[-1].seq)
    assert (opened.action, opened.actor_id, opened.detail) == (
        "reveal_identity",
        staff.supervisor_id,
        {"purpose": "edit_registration"},
    )


def test_single_disability_becomes_primary(
    workspace: Workspace, make_client: Callable[..., ClientInput]
) -> None:
    data = make_client(disabilities=(DisabilityInput(4, 2, is_primary=False),), category=4, level=2)
    client_id = workspace.clients.create(data)
    [d] = workspace.clients.view(client_id).disabilities
    assert (d.category, d.level, d.is_primary) == (4, 2, True)


def test_duplicate_id_number_is_refused(
    workspace: Workspace, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    first = make_client(sex="male", birth_date=date(1985, 6, 15), sequence=3)  # ends in X
    workspace.clients.create(first)
    other = make_client(name="另一个人", sex="male", birth_date=date(1985, 6, 15), sequence=3)
    before = probe.digest(workspace)

    for variant in (
        other,
        other.replace(id_number=other.id_number.lower()),
        other.replace(id_number=f"  {other.id_number}  "),
    ):
        with pytest.raises(RuleViolation) as info:
            workspace.clients.create(variant)
        assert info.value.code == "duplicate_id_number"
        assert other.id_number not in str(info.value)  # the message does not echo the number
    assert probe.digest(workspace) == before


def test_update_to_another_clients_id_number_is_refused(
    workspace: Workspace, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    a = make_client(name="甲")
    b = make_client(name="乙")
    workspace.clients.create(a)
    b_id = workspace.clients.create(b)
    before = probe.digest(workspace)
    with pytest.raises(RuleViolation) as info:
        workspace.clients.update(b_id, b.replace(id_number=a.id_number, certificate_number=""))
    assert info.value.code == "duplicate_id_number"
    assert probe.digest(workspace) == before
    # Saving a client with its own number is of course fine.
    assert workspace.clients.update(b_id, b) == []


def test_deleted_clients_number_can_be_registered_again(
    workspace: Workspace, make_client: Callable[..., ClientInput]
) -> None:
    data = make_client()
    wrong = workspace.clients.create(data)
    workspace.clients.delete(wrong)
    again = workspace.clients.create(data)
    assert again != wrong
    assert [r.id for r in workspace.clients.caseload().rows] == [again]


def _bad_id(data: ClientInput) -> dict[str, Any]:
    last = data.id_number[-1]
    return {"id_number": data.id_number[:-1] + ("0" if last != "0" else "1"), "certificate_number": ""}


INVALID_CASES: list[tuple[str, Callable[[ClientInput], dict[str, Any]], set[tuple[str, str]]]] = [
    ("check_char", _bad_id, {("id_number", "id_number_check_char")}),
    (
        "length",
        lambda d: {"id_number": d.id_number[:17], "certificate_number": ""},
        {("id_number", "id_number_length")},
    ),
    ("sex_mismatch", lambda d: {"sex": "female"}, {("id_number", "id_number_sex_mismatch")}),
    (
        "birth_mismatch",
        lambda d: {"birth_date": date(1990, 5, 18)},
        {("id_number", "id_number_birth_mismatch")},
    ),
    (
        "certificate_category",
        lambda d: {"certificate_number": build_certificate_number(d.id_number, 6, 3)},
        {("certificate_number", "certificate_category_mismatch")},
    ),
    (
        "certificate_level",
        lambda d: {"certificate_number": build_certificate_number(d.id_number, 5, 1)},
        {("certificate_number", "certificate_level_mismatch")},
    ),
    (
        "certificate_other_person",
        lambda d: {
            "certificate_number": build_certificate_number(
                build_id_number("441900", date(1990, 5, 17), 1), 5, 3
            )
        },
        {("certificate_number", "certificate_id_mismatch")},
    ),
    ("bad_phone", lambda d: {"phone": "12345"}, {("phone", "phone_format")}),
    (
        "bad_guardian_phone",
        lambda d: {"guardian_name": "陈国强", "guardian_phone": "1381234567"},
        {("guardian_phone", "phone_format")},
    ),
    ("unknown_town", lambda d: {"town_code": "441900999999"}, {("town_code", "unknown_code")}),
    ("future_intake", lambda d: {"intake_date": date(2026, 11, 16)}, {("intake_date", "date_in_future")}),
    ("intake_before_birth", lambda d: {"intake_date": date(1980, 1, 1)}, {("intake_date", "date_order")}),
    (
        "guardian_without_name",
        lambda d: {"guardian_relation": "parent"},
        {("guardian_name", "required")},
    ),
    ("unknown_education", lambda d: {"education": "phd"}, {("education", "unknown_code")}),
    ("no_name", lambda d: {"name": "   "}, {("name", "required")}),
    (
        "no_disability",
        lambda d: {"disabilities": (), "certificate_number": ""},
        {("disabilities", "required")},
    ),
    (
        "unknown_level",
        lambda d: {"disabilities": (DisabilityInput(5, 9, True),), "certificate_number": ""},
        {("disabilities[0].level", "unknown_code")},
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [c[1:] for c in INVALID_CASES], ids=[c[0] for c in INVALID_CASES]
)
def test_invalid_registration_writes_nothing(
    workspace: Workspace,
    make_client: Callable[..., ClientInput],
    probe: Any,
    change: Callable[[ClientInput], dict[str, Any]],
    expected: set[tuple[str, str]],
) -> None:
    good = make_client(name="原来的名字")
    existing = workspace.clients.create(good)
    counts, digest = probe.counts(workspace), probe.digest(workspace)
    bad = good.replace(**change(good))

    with pytest.raises(ValidationError) as created:
        workspace.clients.create(bad)
    assert codes(created.value) == expected
    with pytest.raises(ValidationError) as updated:
        workspace.clients.update(existing, bad)
    assert codes(updated.value) == expected

    assert probe.counts(workspace) == counts
    assert probe.digest(workspace) == digest
    assert workspace.clients.view(existing).name == "原来的名字"


def test_every_broken_rule_is_reported_at_once(
    workspace: Workspace, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    good = make_client()
    bad = good.replace(phone="12", town_code="000000000000", intake_date=date(2027, 1, 1), sex="female")
    counts = probe.counts(workspace)
    with pytest.raises(ValidationError) as info:
        workspace.clients.create(bad)
    assert codes(info.value) >= {
        ("phone", "phone_format"),
        ("town_code", "unknown_code"),
        ("intake_date", "date_in_future"),
        ("id_number", "id_number_sex_mismatch"),
    }
    # No message or parameter echoes the personal values.
    for error in info.value.errors:
        assert good.id_number not in error.message
        assert good.id_number not in repr(error.params)
    assert probe.counts(workspace) == counts


def test_assigned_coach_must_exist_and_be_staff_who_coaches(
    workspace: Workspace, staff: Any, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    admin = workspace.people.create_user(staff.organisation_id, UserInput("admin1", "管理员", "admin"))
    counts = probe.counts(workspace)
    with pytest.raises(NotFound):
        workspace.clients.create(make_client(assigned_coach_id="00000000-0000-4000-8000-000000000000"))
    with pytest.raises(RuleViolation) as info:
        workspace.clients.create(make_client(assigned_coach_id=admin))
    assert info.value.code == "not_a_coach"
    assert probe.counts(workspace) == counts
    # A supervisor may carry a caseload.
    assert workspace.clients.create(make_client(assigned_coach_id=staff.supervisor_id))


def test_update_reports_changed_fields_and_audits_names_only(
    workspace: Workspace, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    data = make_client()
    client_id = workspace.clients.create(data)
    before = probe.last_seq(workspace)

    assert workspace.clients.update(client_id, data) == []
    assert probe.audit(workspace, before) == []  # no change, no entry

    changed = workspace.clients.update(
        client_id, data.replace(phone="13900001111", address="南城街道新城路1号", town_code=OTHER_TOWN)
    )
    assert sorted(changed) == ["address", "phone", "town_code"]
    [entry] = probe.audit(workspace, before)
    assert (entry.action, entry.entity, entry.entity_id) == ("update", "client", client_id)
    assert entry.detail == {"fields": ["address", "phone", "town_code"]}
    view = workspace.clients.view(client_id)
    assert (view.phone, view.town_code) == ("13900001111", OTHER_TOWN)


def test_update_of_unknown_or_deleted_client(
    workspace: Workspace, make_client: Callable[..., ClientInput]
) -> None:
    data = make_client()
    client_id = workspace.clients.create(data)
    workspace.clients.delete(client_id)
    with pytest.raises(NotFound):
        workspace.clients.update(client_id, data)
    with pytest.raises(NotFound):
        workspace.clients.view(client_id)
    with pytest.raises(NotFound):
        workspace.clients.delete(client_id)


# -- 多重 (multiple) disability ----------------------------------------------------------------------------


MULTIPLE_CASES = [
    (
        "one_component",
        (DisabilityInput(7, 2, True), DisabilityInput(5, 3)),
        {("disabilities", "multiple_components")},
    ),
    (
        "same_component_twice",
        (DisabilityInput(7, 2, True), DisabilityInput(5, 3), DisabilityInput(5, 4)),
        {("disabilities", "multiple_components")},
    ),
    (
        "multiple_not_primary",
        (DisabilityInput(7, 2), DisabilityInput(5, 3, True), DisabilityInput(6, 3)),
        {("disabilities", "multiple_not_primary")},
    ),
    (
        "multiple_twice",
        (DisabilityInput(7, 2, True), DisabilityInput(7, 3), DisabilityInput(5, 3), DisabilityInput(6, 3)),
        {("disabilities", "multiple_duplicate")},
    ),
    (
        "components_without_multiple",
        (DisabilityInput(5, 3, True), DisabilityInput(6, 3)),
        {("disabilities", "components_without_multiple")},
    ),
    (
        "duplicate_category",
        (DisabilityInput(5, 3, True), DisabilityInput(5, 4)),
        {("disabilities", "duplicate_category")},
    ),
    (
        "no_primary",
        (DisabilityInput(7, 2), DisabilityInput(5, 3), DisabilityInput(6, 3)),
        {("disabilities", "primary_count"), ("disabilities", "multiple_not_primary")},
    ),
    (
        "two_primaries",
        (DisabilityInput(7, 2, True), DisabilityInput(5, 3, True), DisabilityInput(6, 3)),
        {("disabilities", "primary_count")},
    ),
]


@pytest.mark.parametrize(
    ("disabilities", "expected"), [c[1:] for c in MULTIPLE_CASES], ids=[c[0] for c in MULTIPLE_CASES]
)
def test_multiple_disability_rules(
    workspace: Workspace,
    make_client: Callable[..., ClientInput],
    probe: Any,
    disabilities: tuple[DisabilityInput, ...],
    expected: set[tuple[str, str]],
) -> None:
    counts = probe.counts(workspace)
    with pytest.raises(ValidationError) as info:
        workspace.clients.create(make_client(disabilities=disabilities, with_certificate=False))
    assert codes(info.value) == expected
    assert probe.counts(workspace) == counts


def test_multiple_disability_with_components_is_stored(
    workspace: Workspace, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    single = make_client(category=5, level=3)
    client_id = workspace.clients.create(single)
    multiple = (DisabilityInput(7, 2, True), DisabilityInput(6, 3), DisabilityInput(4, 4))
    # The certificate carries the primary (多重) category and level.
    with pytest.raises(ValidationError) as info:
        workspace.clients.update(client_id, single.replace(disabilities=multiple))
    assert codes(info.value) == {
        ("certificate_number", "certificate_category_mismatch"),
        ("certificate_number", "certificate_level_mismatch"),
    }
    before = probe.last_seq(workspace)

    changed = workspace.clients.update(
        client_id,
        single.replace(
            disabilities=multiple, certificate_number=build_certificate_number(single.id_number, 7, 2)
        ),
    )

    assert sorted(changed) == ["certificate_number", "disabilities"]
    view = workspace.clients.view(client_id)
    assert [(d.category, d.level, d.is_primary) for d in view.disabilities] == [
        (7, 2, True),
        (4, 4, False),
        (6, 3, False),
    ]
    [entry] = probe.audit(workspace, before)
    assert entry.detail == {"fields": ["certificate_number", "disabilities"]}
    # Editing back to a single disability tombstones the old rows rather than piling them up live.
    workspace.clients.update(client_id, single)
    assert [(d.category, d.level) for d in workspace.clients.view(client_id).disabilities] == [(5, 3)]
    assert (
        probe.scalar(
            workspace,
            "SELECT count(*) FROM disabilities WHERE client_id=:c AND deleted_at IS NULL",
            c=client_id,
        )
        == 1
    )


# -- deletion ---------------------------------------------------------------------------------------------


def _session(client_id: str, day: date = date(2026, 3, 2), **kw: Any) -> SessionInput:
    values: dict[str, Any] = {
        "content": "在岗观察并示范包装流程。",
        "participants": (ParticipantInput("client", "服务对象"),),
    }
    values.update(kw)
    return SessionInput(client_id, day, time(9, 0), time(10, 0), "in_person", "training", **values)


def test_delete_only_without_final_sessions(
    workspace: Workspace, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    keep = workspace.clients.create(make_client(name="有记录"))
    final = workspace.sessions.save_draft(_session(keep))
    workspace.sessions.finalise(final)
    drop = workspace.clients.create(make_client(name="登记错误"))
    workspace.sessions.save_draft(_session(drop))  # a draft does not stop the deletion

    digest = probe.digest(workspace)
    with pytest.raises(RuleViolation) as info:
        workspace.clients.delete(keep)
    assert info.value.code == "client_has_final_records"
    assert probe.digest(workspace) == digest

    before = probe.last_seq(workspace)
    workspace.clients.delete(drop)
    assert [(e.action, e.entity, e.entity_id) for e in probe.audit(workspace, before)] == [
        ("delete", "client", drop)
    ]
    assert [r.name for r in workspace.clients.caseload().rows] == ["有记录"]
    # A tombstone, not a removal.
    assert probe.scalar(workspace, "SELECT deleted_at IS NOT NULL FROM clients WHERE id=:c", c=drop) == 1


# -- revealing the full numbers ---------------------------------------------------------------------------


def test_reveal_identity_numbers_is_audited_and_limited(
    workspace: Workspace, staff: Any, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    data = make_client(assigned_coach_id=staff.coach1_id)
    client_id = workspace.clients.create(data)
    before = probe.last_seq(workspace)

    numbers = workspace.clients.reveal_identity_numbers(client_id, "print_form")
    assert numbers == (data.id_number, data.certificate_number)
    [entry] = probe.audit(workspace, before)
    assert (entry.actor_id, entry.action, entry.entity, entry.entity_id) == (
        staff.coach1_id,
        "reveal_identity",
        "client",
        client_id,
    )
    assert entry.detail == {"purpose": "print_form"}

    # Another coach may not see them; the refused attempt is audited and nothing else is written.
    workspace.act_as(staff.actor(staff.coach2_id))
    seq = probe.last_seq(workspace)
    with pytest.raises(PermissionDenied) as info:
        workspace.clients.reveal_identity_numbers(client_id, "verify_identity")
    assert info.value.code == "reveal_not_allowed"
    assert data.id_number not in str(info.value)
    [refused] = probe.audit(workspace, seq)
    assert (refused.actor_id, refused.action, refused.entity_id, refused.detail) == (
        staff.coach2_id,
        "reveal_identity_refused",
        client_id,
        {"purpose": "verify_identity"},
    )

    # A purpose from the code list is required, whoever asks; free text is refused and writes nothing.
    workspace.act_as(staff.actor(staff.supervisor_id))
    digest = probe.digest(workspace)
    for bad in ("   ", "好奇", "打印登记表"):
        with pytest.raises(RuleViolation) as purpose:
            workspace.clients.reveal_identity_numbers(client_id, bad)
        assert purpose.value.code == "purpose_required"
    assert probe.digest(workspace) == digest

    # The supervisor may.
    assert workspace.clients.reveal_identity_numbers(client_id, "supervision_check")[0] == data.id_number
    last = probe.audit(workspace, before)[-1]
    assert (last.actor_id, last.action) == (staff.supervisor_id, "reveal_identity")


# -- caseload -----------------------------------------------------------------------------------------------


@pytest.fixture
def caseload(workspace: Workspace, staff: Any, make_client: Callable[..., ClientInput]) -> dict[str, Any]:
    """Seven clients over two coaches and two towns, with known intake dates."""
    people = [
        ("白一", staff.coach1_id, TOWN, date(2026, 1, 5), "13800000001"),
        ("蔡二", staff.coach1_id, OTHER_TOWN, date(2026, 2, 5), "13800000002"),
        ("邓三", staff.coach2_id, TOWN, date(2026, 3, 5), "13800000003"),
        ("冯四", staff.coach2_id, OTHER_TOWN, date(2026, 4, 5), "13800000004"),
        ("高五", staff.coach1_id, TOWN, date(2026, 5, 5), "13800000005"),
        ("何六", staff.coach2_id, TOWN, date(2026, 6, 5), "13800000006"),
        ("江七", None, None, date(2026, 7, 5), "13800000007"),
    ]
    ids: dict[str, str] = {}
    inputs: dict[str, ClientInput] = {}
    for name, coach, town, intake, phone in people:
        data = make_client(
            name=name, assigned_coach_id=coach, town_code=town, intake_date=intake, phone=phone
        )
        ids[name] = workspace.clients.create(data)
        inputs[name] = data
    workspace.sessions.finalise(workspace.sessions.save_draft(_session(ids["白一"], date(2026, 3, 1))))
    workspace.sessions.save_draft(_session(ids["白一"], date(2026, 4, 1)))
    return {"ids": ids, "inputs": inputs}


def test_caseload_paging_and_sorting(workspace: Workspace, caseload: dict[str, Any]) -> None:
    page1 = workspace.clients.caseload(sort="intake_date", limit=3)
    page2 = workspace.clients.caseload(sort="intake_date", limit=3, offset=3)
    page3 = workspace.clients.caseload(sort="intake_date", limit=3, offset=6)
    assert page1.total == page2.total == page3.total == 7
    names = [r.name for p in (page1, page2, page3) for r in p.rows]
    assert names == ["白一", "蔡二", "邓三", "冯四", "高五", "何六", "江七"]
    newest = workspace.clients.caseload(sort="intake_date", descending=True, limit=2)
    assert [r.name for r in newest.rows] == ["江七", "何六"]
    assert workspace.clients.caseload(offset=50).rows == []


def test_caseload_rows_are_masked(workspace: Workspace, staff: Any, caseload: dict[str, Any]) -> None:
    rows = {r.name: r for r in workspace.clients.caseload().rows}
    for name, data in caseload["inputs"].items():
        row = rows[name]
        assert row.id_masked == mask_id_number(data.id_number)
        assert row.id_masked != data.id_number and "*" * 8 in row.id_masked
    assert rows["白一"].coach_name == "辅导员甲"
    assert rows["江七"].coach_name == ""
    # The last session counts drafts as well (it is the last contact).
    assert rows["白一"].last_session == date(2026, 4, 1)
    assert rows["蔡二"].last_session is None


def test_caseload_search_and_filters(workspace: Workspace, staff: Any, caseload: dict[str, Any]) -> None:
    def names(**kw: Any) -> list[str]:
        page = workspace.clients.caseload(**kw)
        assert page.total == len(page.rows)
        return [r.name for r in page.rows]

    inputs = caseload["inputs"]
    assert names(search="邓") == ["邓三"]
    assert names(search=inputs["冯四"].id_number[-6:]) == ["冯四"]  # by the end of the ID number
    assert names(search=inputs["冯四"].id_number[:8]) == []  # ...not by its start
    assert names(search="13800000005") == ["高五"]
    assert set(names(town_code=OTHER_TOWN)) == {"蔡二", "冯四"}
    assert set(names(coach_id=staff.coach2_id)) == {"邓三", "冯四", "何六"}
    assert set(names(coach_id=staff.coach1_id, town_code=TOWN)) == {"白一", "高五"}
    assert names(status="closed") == []
    workspace.clients.close(ClosureInput(caseload["ids"]["何六"], date(2026, 10, 1), "moved_away"))
    assert names(status="closed") == ["何六"]
    assert names(search="不存在的名字") == []


# -- consents ---------------------------------------------------------------------------------------------


def test_consent_records_withdrawal_and_audit(
    workspace: Workspace, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    client_id = workspace.clients.create(make_client())
    before = probe.last_seq(workspace)
    processing = workspace.clients.record_consent(
        ConsentInput(client_id, "sensitive_processing", "client", " 陈志明 ", date(2026, 1, 10))
    )
    sharing = workspace.clients.record_consent(
        ConsentInput(client_id, "share_central", "guardian", "陈国强", date(2026, 1, 10), date(2026, 6, 30))
    )
    assert probe.scalar(workspace, "SELECT signer_name FROM consents WHERE id=:i", i=processing) == "陈志明"

    # Disclosure to an employer needs its own consent naming the employer.
    counts = probe.counts(workspace)
    with pytest.raises(ValidationError) as info:
        workspace.clients.record_consent(
            ConsentInput(client_id, "disclose_employer", "client", "陈志明", date(2026, 3, 1))
        )
    assert codes(info.value) == {("recipient", "required")}
    assert probe.counts(workspace) == counts
    workspace.clients.record_consent(
        ConsentInput(
            client_id, "disclose_employer", "client", "陈志明", date(2026, 3, 1), recipient="华达电子"
        )
    )

    workspace.clients.withdraw_consent(processing, date(2026, 9, 1))
    assert (
        probe.scalar(workspace, "SELECT withdrawn_on FROM consents WHERE id=:i", i=processing) == "2026-09-01"
    )

    digest = probe.digest(workspace)
    with pytest.raises(RuleViolation) as twice:
        workspace.clients.withdraw_consent(processing, date(2026, 9, 2))
    assert twice.value.code == "already_withdrawn"
    for bad_day in (date(2026, 1, 1), date(2026, 11, 16)):  # before signing; in the future
        with pytest.raises(RuleViolation) as order:
            workspace.clients.withdraw_consent(sharing, bad_day)
        assert order.value.code == "date_order"
    with pytest.raises(NotFound):
        workspace.clients.withdraw_consent("no-such-consent", date(2026, 9, 1))
    assert probe.digest(workspace) == digest

    entries = [(e.action, e.entity, e.detail) for e in probe.audit(workspace, before)]
    assert entries == [
        ("create", "consent", {"client_id": client_id, "purpose": "sensitive_processing"}),
        ("create", "consent", {"client_id": client_id, "purpose": "share_central"}),
        ("create", "consent", {"client_id": client_id, "purpose": "disclose_employer"}),
        ("withdraw", "consent", {"purpose": "sensitive_processing"}),
    ]


def test_consents_without_any_record(workspace: Workspace, make_client: Callable[..., ClientInput]) -> None:
    client_id = workspace.clients.create(make_client())
    assert workspace.clients.consents(client_id) == {
        "sensitive_processing": False,
        "share_central": False,
        "disclose_employer": False,
    }


def test_consents_valid_per_purpose_on_a_date(
    workspace: Workspace, make_client: Callable[..., ClientInput]
) -> None:
    client_id = workspace.clients.create(make_client())
    processing = workspace.clients.record_consent(
        ConsentInput(client_id, "sensitive_processing", "client", "陈志明", date(2026, 1, 10))
    )
    workspace.clients.record_consent(
        ConsentInput(client_id, "share_central", "guardian", "陈国强", date(2026, 1, 10), date(2026, 6, 30))
    )
    workspace.clients.record_consent(
        ConsentInput(
            client_id, "disclose_employer", "client", "陈志明", date(2026, 3, 1), recipient="华达电子"
        )
    )
    assert workspace.clients.consents(client_id) == {
        "sensitive_processing": True,
        "share_central": False,  # expired on 2026-06-30
        "disclose_employer": True,
    }
    assert workspace.clients.consents(client_id, on=date(2026, 6, 30))["share_central"] is True
    assert workspace.clients.consents(client_id, on=date(2026, 7, 1))["share_central"] is False
    assert workspace.clients.consents(client_id, on=date(2026, 1, 9))["sensitive_processing"] is False
    assert workspace.clients.consents(client_id, on=date(2026, 2, 1))["disclose_employer"] is False

    # Withdrawal: valid up to the day before, not from the withdrawal day on.
    workspace.clients.withdraw_consent(processing, date(2026, 9, 1))
    assert workspace.clients.consents(client_id, on=date(2026, 8, 31))["sensitive_processing"] is True
    assert workspace.clients.consents(client_id, on=date(2026, 9, 1))["sensitive_processing"] is False
    assert workspace.clients.consents(client_id)["sensitive_processing"] is False


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"purpose": "marketing"}, {("purpose", "unknown_code")}),
        ({"signed_by": "neighbour"}, {("signed_by", "unknown_code")}),
        ({"signer_name": " "}, {("signer_name", "required")}),
        ({"signed_on": date(2026, 11, 16)}, {("signed_on", "date_in_future")}),
        ({"expires_on": date(2026, 1, 1)}, {("expires_on", "date_order")}),
    ],
)
def test_invalid_consent_writes_nothing(
    workspace: Workspace,
    make_client: Callable[..., ClientInput],
    probe: Any,
    change: dict[str, Any],
    expected: set[tuple[str, str]],
) -> None:
    client_id = workspace.clients.create(make_client())
    digest = probe.digest(workspace)
    good = ConsentInput(client_id, "sensitive_processing", "client", "陈志明", date(2026, 2, 1))
    with pytest.raises(ValidationError) as info:
        workspace.clients.record_consent(good.replace(**change))
    assert codes(info.value) == expected
    assert probe.digest(workspace) == digest


def test_consent_for_unknown_client(workspace: Workspace, probe: Any) -> None:
    counts = probe.counts(workspace)
    with pytest.raises(NotFound):
        workspace.clients.record_consent(
            ConsentInput("no-such-client", "sensitive_processing", "client", "某人", date(2026, 2, 1))
        )
    assert probe.counts(workspace) == counts


# -- assessment and closure -------------------------------------------------------------------------------


def test_assessment_moves_phase_and_checks_ratings(
    workspace: Workspace, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    client_id = workspace.clients.create(make_client())
    digest = probe.digest(workspace)
    for ratings, expected in (
        ((("physical", 6),), {("ratings[0].score", "out_of_range")}),
        ((("physical", 3), ("physical", 4)), {("ratings[1].domain", "duplicate")}),
        ((("flying", 3),), {("ratings[0].domain", "unknown_code")}),
        ((), {("ratings", "required")}),
    ):
        with pytest.raises(ValidationError) as info:
            workspace.clients.record_assessment(
                AssessmentInput(client_id, date(2026, 1, 20), "coach", ratings)
            )
        assert codes(info.value) == expected
    assert probe.digest(workspace) == digest

    before = probe.last_seq(workspace)
    assessment = workspace.clients.record_assessment(
        AssessmentInput(client_id, date(2026, 1, 20), "rehab_therapist", (("physical", 4), ("social", 2)))
    )
    assert workspace.clients.view(client_id).phase == "assessment"
    assert (
        probe.scalar(
            workspace, "SELECT count(*) FROM assessment_ratings WHERE assessment_id=:a", a=assessment
        )
        == 2
    )
    [entry] = probe.audit(workspace, before)
    assert (entry.action, entry.entity, entry.entity_id, entry.detail) == (
        "create",
        "assessment",
        assessment,
        {"client_id": client_id},
    )


def test_closure(workspace: Workspace, make_client: Callable[..., ClientInput], probe: Any) -> None:
    client_id = workspace.clients.create(make_client(intake_date=date(2026, 1, 10)))
    digest = probe.digest(workspace)
    with pytest.raises(ValidationError) as early:
        workspace.clients.close(ClosureInput(client_id, date(2026, 1, 9), "declined"))
    assert codes(early.value) == {("closed_on", "date_order")}
    with pytest.raises(ValidationError) as reason:
        workspace.clients.close(ClosureInput(client_id, date(2026, 5, 1), "bored"))
    assert codes(reason.value) == {("reason", "unknown_code")}
    assert probe.digest(workspace) == digest

    before = probe.last_seq(workspace)
    closure = workspace.clients.close(ClosureInput(client_id, date(2026, 5, 1), "moved_away", "搬回原籍"))
    view = workspace.clients.view(client_id)
    assert (view.status, view.phase) == ("closed", "closed")
    [entry] = probe.audit(workspace, before)
    assert (entry.action, entry.entity, entry.entity_id) == ("close", "client", client_id)
    assert entry.detail == {"closure_id": closure, "reason": "moved_away"}

    digest = probe.digest(workspace)
    with pytest.raises(RuleViolation) as again:
        workspace.clients.close(ClosureInput(client_id, date(2026, 5, 2), "other"))
    assert again.value.code == "already_closed"
    assert probe.digest(workspace) == digest


def test_caseload_search_treats_wildcards_literally(
    workspace: Workspace, add_client: Callable[..., str]
) -> None:
    underscore = add_client(name="张_明")
    add_client(name="张三明")
    percent = add_client(name="李%华")
    add_client(name="李小华")
    assert [r.id for r in workspace.clients.caseload(search="张_").rows] == [underscore]
    assert [r.id for r in workspace.clients.caseload(search="%").rows] == [percent]
    assert workspace.clients.caseload(search="明").total == 2
