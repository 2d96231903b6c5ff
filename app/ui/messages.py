"""The Chinese texts of the domain's error codes, in one place for every screen.

Services and the domain report problems as codes with parameters (:class:`~app.domain.errors.FieldError`
for one field, :class:`~app.domain.errors.CodedError` for a refusal); the GUI turns them into sentences
here, in the GUI language. The catalogues keep the Simplified Chinese source texts (marked with
``QT_TR_NOOP``); they are translated where shown, by :func:`field_error_text` and :func:`error_text`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from app.domain.errors import CodedError, FieldError
from app.ui.i18n import QT_TR_NOOP, locale, tr

__all__ = [
    "ERROR_MESSAGES",
    "FIELD_MESSAGES",
    "FIELD_SPECIFIC",
    "RECORD_DIALOG_ERRORS",
    "error_text",
    "field_error_text",
]

#: Messages of field-error codes; ``{min}``, ``{max}``, ``{length}`` … come from the error's params.
#: A dict value is chosen by the error's ``reason`` parameter.
FIELD_MESSAGES: dict[str, str | dict[str, str]] = {
    "required": QT_TR_NOOP("必须填写"),
    "too_long": QT_TR_NOOP("不能超过 {max} 个字"),
    "unknown_code": QT_TR_NOOP("请从列表中选择"),
    "date_in_future": QT_TR_NOOP("不能是将来的日期"),
    "date_order": QT_TR_NOOP("日期先后不对"),
    "time_order": QT_TR_NOOP("结束时间必须晚于开始时间"),
    "out_of_range": QT_TR_NOOP("必须在 {min} 到 {max} 之间"),
    "duplicate": QT_TR_NOOP("不能重复"),
    "required_to_finalise": QT_TR_NOOP("定稿前必须填写"),
    "goal_not_in_plan": QT_TR_NOOP("不是当前就业计划中的目标"),
    "template_only": QT_TR_NOOP("服务内容还只是模板，请填写实际情况"),
    # identity numbers, certificates, phones, disabilities, employers (the record dialogs)
    "id_number_length": QT_TR_NOOP("身份证号应为 {expected} 位，现在是 {length} 位"),
    "id_number_format": QT_TR_NOOP("身份证号应为 17 位数字加 1 位数字或 X"),
    "id_number_birth_date": {
        "not_a_date": QT_TR_NOOP("身份证号第 7–14 位不是有效日期"),
        "before_1900": QT_TR_NOOP("身份证号中的出生日期早于 1900 年"),
        "future": QT_TR_NOOP("身份证号中的出生日期在将来"),
    },
    "id_number_check_char": QT_TR_NOOP("身份证号校验位（第 18 位）不对，可能有数字输错"),
    "id_number_sex_mismatch": QT_TR_NOOP("身份证号第 17 位（单数为男、双数为女）与性别不符"),
    "id_number_birth_mismatch": QT_TR_NOOP("身份证号中的出生日期与填写的出生日期不符"),
    "certificate_number_format": {
        "id_only": QT_TR_NOOP("残疾证号只有 18 位：缺少末尾的残疾类别和等级两位"),
        "length": QT_TR_NOOP("残疾证号应为 20 位（补发证加 B 和一位数字为 22 位），现在是 {length} 位"),
        "characters": QT_TR_NOOP("残疾证号应为身份证号加类别、等级两位数字（补发证再加 B 和一位数字）"),
    },
    "certificate_embedded_id": QT_TR_NOOP("残疾证号前 18 位不是有效的身份证号"),
    "certificate_id_mismatch": QT_TR_NOOP("残疾证号前 18 位与身份证号不一致"),
    "certificate_category_unknown": QT_TR_NOOP("残疾证号第 19 位不是有效的残疾类别"),
    "certificate_category_mismatch": QT_TR_NOOP("残疾证号第 19 位（类别）与主要残疾类别不符"),
    "certificate_level_unknown": QT_TR_NOOP("残疾证号第 20 位不是有效的残疾等级"),
    "certificate_level_mismatch": QT_TR_NOOP("残疾证号第 20 位（等级）与主要残疾等级不符"),
    "phone_format": {
        "empty": QT_TR_NOOP("请填写电话号码"),
        "characters": QT_TR_NOOP("电话号码只能包含数字、空格、括号和连字符"),
        "country_code": QT_TR_NOOP("只支持中国大陆的电话号码（+86）"),
        "mobile_length": QT_TR_NOOP("手机号码应为 11 位"),
        "mobile_prefix": QT_TR_NOOP("手机号码应以 13–19 开头"),
        "landline_area_code_missing": QT_TR_NOOP("固定电话请加区号（东莞为 0769-）"),
        "landline_format": QT_TR_NOOP("固定电话应为区号加 7–8 位号码，如 0769-22345678"),
    },
    "primary_count": QT_TR_NOOP("请勾选一项（且只一项）为主要残疾"),
    "multiple_not_primary": QT_TR_NOOP("有多重残疾时，“多重残疾”须为主要残疾"),
    "multiple_components": QT_TR_NOOP("多重残疾须再登记至少两项不同的具体残疾"),
    "multiple_duplicate": QT_TR_NOOP("“多重残疾”登记了两次"),
    "duplicate_category": QT_TR_NOOP("同一残疾类别登记了两次"),
    "components_without_multiple": QT_TR_NOOP("登记多项残疾时，请加一项“多重残疾”并设为主要残疾"),
    "credit_code_format": QT_TR_NOOP("统一社会信用代码应为 18 位数字和大写字母（不含 I、O、S、V、Z）"),
    "credit_code_check": QT_TR_NOOP("统一社会信用代码校验位（第 18 位）不对，可能有字符输错"),
    "contradiction": QT_TR_NOOP("已离职时不能选“是”"),
    "date_too_far": QT_TR_NOOP("不能晚于今天三个月以上"),
}

#: Messages for one field and code, where the general one would be vague. The field is matched as
#: given, without its indexes (``goals[1]`` → ``goals``), and by its last part (``disabilities.level``
#: → ``level``).
FIELD_SPECIFIC: dict[tuple[str, str], str] = {
    ("content", "required_to_finalise"): QT_TR_NOOP("定稿前必须填写服务内容"),
    ("participants", "required_to_finalise"): QT_TR_NOOP("定稿前请勾选至少一位参与者"),
    ("next_steps_due", "date_order"): QT_TR_NOOP("期限不能早于服务日期"),
    ("end_time", "time_order"): QT_TR_NOOP("须晚于开始时间"),
    ("goals", "duplicate"): QT_TR_NOOP("同一目标选了两次"),
    ("session_date", "date_in_future"): QT_TR_NOOP("服务日期不能晚于今天"),
    ("target_date", "date_order"): QT_TR_NOOP("须晚于开始日期"),
    ("expires_on", "date_order"): QT_TR_NOOP("须晚于签署日期"),
    ("intake_date", "date_order"): QT_TR_NOOP("接案日期须晚于出生日期"),
    ("closed_on", "date_order"): QT_TR_NOOP("结案日期不能早于接案日期"),
    ("guardian_name", "required"): QT_TR_NOOP("登记了监护人关系或电话时必须填写"),
    ("recipient", "required"): QT_TR_NOOP("向用人单位披露残疾情况，须写明接收的用人单位"),
    ("goals", "required"): QT_TR_NOOP("计划至少需要一个目标"),
    ("ratings", "required"): QT_TR_NOOP("请至少为一个领域评分"),
    ("ratings.domain", "duplicate"): QT_TR_NOOP("这个领域评了两次"),
    ("disabilities", "required"): QT_TR_NOOP("请至少登记一项残疾"),
    ("disabilities.category", "unknown_code"): QT_TR_NOOP("请选择残疾类别"),
    ("disabilities.level", "unknown_code"): QT_TR_NOOP("请选择残疾等级"),
    ("employer_id", "required"): QT_TR_NOOP("请选择用人单位，或先新建用人单位"),
    ("monthly_wage", "required"): QT_TR_NOOP("请填写月工资（无工资填 0）"),
    ("hours_per_week", "required"): QT_TR_NOOP("请填写每周工时"),
    ("birth_date", "date_in_future"): QT_TR_NOOP("出生日期不能晚于今天"),
    ("reason", "required"): QT_TR_NOOP("请选择结案原因"),
    ("employment_form", "unknown_code"): QT_TR_NOOP("请选择就业形式"),
}

#: Messages of the coded errors a screen can meet (others show their own message and code).
ERROR_MESSAGES: dict[str, str] = {
    "case_closed": QT_TR_NOOP("该个案已结案，不能再添加服务记录。"),
    "session_final": QT_TR_NOOP("这条服务记录已定稿，只能以“更正”的方式修改。"),
    "session_draft": QT_TR_NOOP("草稿可以直接修改，不需要更正。"),
    "reason_required": QT_TR_NOOP("请填写更正原因。"),
    "no_change": QT_TR_NOOP("更正没有改动任何内容。"),
    "field_not_amendable": QT_TR_NOOP("这些内容不能更正。"),
    "amendment_type": QT_TR_NOOP("更正的内容格式不对。"),
    "client_changed": QT_TR_NOOP("服务记录不能改到另一位服务对象名下。"),
    "not_found": QT_TR_NOOP("记录不存在（可能已被删除）。"),
    "reveal_not_allowed": QT_TR_NOOP(
        "只有负责该服务对象的辅导员、督导或管理员可以查看完整证件号。本次请求已记入审计日志。"
    ),
    "purpose_required": QT_TR_NOOP("请选择查看完整证件号的原因。"),
    "no_actor": QT_TR_NOOP("当前没有登录的用户。"),
    "recovery_too_large": QT_TR_NOOP("未保存的内容过长，无法暂存。"),
    "validation_failed": QT_TR_NOOP("输入有误，请按提示修改。"),
    "database_locked": QT_TR_NOOP("数据库正被其他程序使用，请稍后再试。"),
    "disk_full": QT_TR_NOOP("磁盘空间不足，无法保存。"),
    "duplicate_id_number": QT_TR_NOOP("已有服务对象登记了这个身份证号。请在服务对象列表中搜索该号码。"),
    "not_a_coach": QT_TR_NOOP("只能分配给辅导员或督导。"),
    "already_withdrawn": QT_TR_NOOP("这项同意已经撤回过了。"),
    "already_closed": QT_TR_NOOP("这个个案已经结案。"),
    "date_order": QT_TR_NOOP("日期先后不对。"),
    "plan_client_changed": QT_TR_NOOP("计划不能改到另一位服务对象名下。"),
    "goal_not_in_plan": QT_TR_NOOP("要修改的目标不属于这个计划（可能已被删除）。请关闭后重新打开。"),
    "role_required": QT_TR_NOOP("您的角色不能进行这项操作。"),
}

#: Where the record dialogs say something else for a code: building the registration form shows the
#: full numbers, so a refused reveal is about editing the registration.
RECORD_DIALOG_ERRORS: dict[str, str] = {
    "reveal_not_allowed": QT_TR_NOOP(
        "只有负责该服务对象的辅导员、督导或管理员可以修改登记资料（需要查看完整证件号）。"
        "本次请求已记入审计日志。"
    ),
}


def _param(value: Any) -> str:
    """A parameter of a message: decimal numbers the GUI language's way (2,300.5), others as they are."""
    if isinstance(value, float):
        return locale().toString(value, "g", 12)
    return str(value)


def field_error_text(error: FieldError) -> str:
    """The translated message of one field error (its code's message, filled from its params)."""
    base = re.sub(r"\[\d+\]", "", error.field)
    last = base.rsplit(".", 1)[-1]
    if error.code == "id_number_length" and not error.params.get("length"):
        return tr(str(FIELD_MESSAGES["required"]))
    for key in dict.fromkeys((error.field, base, last)):
        specific = FIELD_SPECIFIC.get((key, error.code))
        if specific:
            return tr(specific)
    template = FIELD_MESSAGES.get(error.code)
    if isinstance(template, dict):
        template = template.get(str(error.params.get("reason", "")))
    if template is None:
        return error.message or error.code
    template = tr(template)
    try:
        return template.format(**{k: _param(v) for k, v in error.params.items()})
    except (KeyError, IndexError, ValueError):
        return error.message or template


def error_text(exc: CodedError, overrides: Mapping[str, str] | None = None) -> str:
    """The translated message of a coded error (by code; ``overrides`` first), else its own message
    and code."""
    text = (overrides or {}).get(exc.code) or ERROR_MESSAGES.get(exc.code)
    if text is not None:
        return tr(text)
    return tr("{message}（{code}）").format(message=exc.message, code=exc.code)
