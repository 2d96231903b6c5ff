"""Tests for app.domain.identity: ID numbers, disability certificate numbers, phones and masking."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.domain.errors import FieldError, ValidationError
from app.domain.identity import (
    ID_CHECK_CHARS,
    ID_WEIGHTS,
    CertificateNumber,
    IdNumber,
    build_certificate_number,
    build_id_number,
    certificate_number_errors,
    id_check_char,
    id_number_errors,
    mask_certificate_number,
    mask_id_number,
    normalise_phone,
    parse_certificate_number,
    parse_id_number,
    phone_errors,
)

TODAY = dt.date(2025, 6, 1)


# --- an independent implementation of the check (ISO 7064 MOD 11-2), not the module's table ---------


def reference_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2: weight of position i (1-based from the left) is 2**(18-i) mod 11."""
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    check = (12 - total % 11) % 11
    return "X" if check == 10 else str(check)


def with_check(first17: str) -> str:
    return first17 + reference_check_char(first17)


def digit_runs(raw: str) -> list[str]:
    """Runs of 5 or more ASCII digits: parts of a number that must never be echoed."""
    return re.findall(r"[0-9]{5,}", raw)


def secrets_of(raw: str) -> list[str]:
    """What an error must never contain: the input itself (if it holds 5+ digits) and its digit runs."""
    stripped = raw.strip()
    whole = [stripped] if sum(c.isdigit() for c in stripped) >= 5 else []
    return whole + digit_runs(raw)


fuzz_text = st.text(alphabet="0123456789xXbB+- ()", max_size=30) | st.text(max_size=30)


def codes(errors: list[FieldError]) -> list[str]:
    return [e.code for e in errors]


def assert_no_leak(errors: list[FieldError], *secrets: str) -> None:
    """No message or param mentions any of the secrets."""
    for error in errors:
        rendered = f"{error.message} {error.params!r} {error}"
        for secret in secrets:
            if secret:
                assert secret not in rendered, (error.code, "leaks input")


# --- strategies --------------------------------------------------------------------------------------

address_codes = st.from_regex(r"[1-9][0-9]{5}", fullmatch=True)
birth_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY)
sequences = st.integers(min_value=0, max_value=999)


@st.composite
def valid_ids(draw: st.DrawFn) -> str:
    return build_id_number(draw(address_codes), draw(birth_dates), draw(sequences))


# --- constants and the check character -------------------------------------------------------------


def test_weights_and_check_chars_match_gb11643() -> None:
    assert tuple(pow(2, 17 - i, 11) for i in range(17)) == ID_WEIGHTS
    assert ID_CHECK_CHARS == "10X98765432"


@pytest.mark.parametrize(
    "number",
    [
        "11010519491231002X",  # GB 11643 example
        "440524188001010014",  # GB 11643 example (valid check, but born before 1900)
        "441900199001011234"[:17] + reference_check_char("44190019900101123"),
    ],
)
def test_check_char_known_numbers(number: str) -> None:
    assert id_check_char(number[:17]) == number[17]


@given(st.from_regex(r"[0-9]{17}", fullmatch=True))
def test_check_char_agrees_with_reference(first17: str) -> None:
    assert id_check_char(first17) == reference_check_char(first17)


@pytest.mark.parametrize(
    "bad", ["", "1234567890123456", "123456789012345678", "1234567890123456X", "１" * 17]
)
def test_check_char_rejects_bad_input_without_echo(bad: str) -> None:
    with pytest.raises(ValueError) as info:
        id_check_char(bad)
    assert bad == "" or bad not in str(info.value)


# --- ID numbers: examples --------------------------------------------------------------------------


def test_parse_classic_example() -> None:
    parsed = parse_id_number("11010519491231002X", today=TODAY)
    assert parsed == IdNumber("11010519491231002X", "110105", dt.date(1949, 12, 31), "female")


def test_parse_strips_and_upper_cases() -> None:
    parsed = parse_id_number("  11010519491231002x\t", today=TODAY)
    assert parsed.value == "11010519491231002X"


def test_parse_accepts_full_width_digits() -> None:
    full_width = "".join(chr(0xFF10 + int(c)) if c.isdigit() else "ｘ" for c in "11010519491231002X")
    assert parse_id_number(full_width, today=TODAY).value == "11010519491231002X"


def test_non_dongguan_address_is_accepted() -> None:
    number = with_check("51010219950315003")  # Chengdu
    assert id_number_errors(number, today=TODAY) == []
    assert parse_id_number(number, today=TODAY).sex == "male"


def test_str_of_id_number_is_masked() -> None:
    parsed = parse_id_number("11010519491231002X", today=TODAY)
    assert str(parsed) == "110105********002X"


@pytest.mark.parametrize("raw", ["", "1101051949123100", "11010519491231002X1", "11010519491231002"])
def test_wrong_length(raw: str) -> None:
    errors = id_number_errors(raw, today=TODAY)
    assert codes(errors) == ["id_number_length"]
    assert errors[0].field == "id_number"
    assert errors[0].params["length"] == len(raw)
    assert "18" in errors[0].message


def test_none_is_reported_as_wrong_length() -> None:
    assert codes(id_number_errors(None, today=TODAY)) == ["id_number_length"]


@pytest.mark.parametrize(
    "raw", ["1101051949123100XX", "X1010519491231002X", "11010519491231002Y", "1101051949-231002X"]
)
def test_wrong_format(raw: str) -> None:
    assert codes(id_number_errors(raw, today=TODAY)) == ["id_number_format"]


def test_custom_field_name() -> None:
    errors = id_number_errors("123", field="guardian_id_number")
    assert [e.field for e in errors] == ["guardian_id_number"]


def test_born_before_1900() -> None:
    errors = id_number_errors("440524188001010014", today=TODAY)
    assert codes(errors) == ["id_number_birth_date"]
    assert errors[0].params["reason"] == "before_1900"


def test_birth_date_in_future() -> None:
    number = build_id_number("441900", dt.date(2025, 6, 2), 123)
    errors = id_number_errors(number, today=TODAY)
    assert codes(errors) == ["id_number_birth_date"]
    assert errors[0].params["reason"] == "future"
    assert id_number_errors(number, today=dt.date(2025, 6, 2)) == []
    # a datetime for today is accepted too
    assert id_number_errors(number, today=dt.datetime(2025, 6, 2, 12, 0)) == []


@pytest.mark.parametrize("yyyymmdd", ["19900230", "19901301", "19900000", "19900132", "19000229", "20230229"])
def test_impossible_dates(yyyymmdd: str) -> None:
    number = with_check("441900" + yyyymmdd + "123")
    errors = id_number_errors(number, today=TODAY)
    assert codes(errors) == ["id_number_birth_date"]
    assert errors[0].params["reason"] == "not_a_date"
    assert "7" in errors[0].params["positions"]


def test_leap_day_is_a_real_date() -> None:
    assert id_number_errors(with_check("44190020000229123"), today=TODAY) == []


def test_wrong_check_char_example() -> None:
    errors = id_number_errors("110105194912310021", today=TODAY)
    assert codes(errors) == ["id_number_check_char"]
    assert errors[0].params == {"position": 18}
    assert "18th" in errors[0].message


def test_sex_cross_check() -> None:
    female = "11010519491231002X"  # 17th digit 2: female
    assert id_number_errors(female, sex="female", today=TODAY) == []
    errors = id_number_errors(female, sex="male", today=TODAY)
    assert codes(errors) == ["id_number_sex_mismatch"]
    assert errors[0].params["position"] == 17
    # unknown values skip the check
    assert id_number_errors(female, sex="unknown", today=TODAY) == []


def test_birth_date_cross_check() -> None:
    number = "11010519491231002X"
    assert id_number_errors(number, birth_date=dt.date(1949, 12, 31), today=TODAY) == []
    errors = id_number_errors(number, birth_date=dt.date(1949, 12, 30), today=TODAY)
    assert codes(errors) == ["id_number_birth_mismatch"]
    assert_no_leak(errors, "19491231", "1949-12-31", "1949")


def test_several_errors_reported_together() -> None:
    number = "441900" + "19900230" + "1231"  # impossible date and (very likely) wrong check char
    assume_number = number if reference_check_char(number[:17]) != number[17] else number[:17] + "0"
    errors = id_number_errors(assume_number, sex="female", birth_date=dt.date(1990, 2, 28), today=TODAY)
    assert codes(errors) == ["id_number_birth_date", "id_number_check_char", "id_number_sex_mismatch"]


def test_parse_raises_validation_error_with_all_errors() -> None:
    with pytest.raises(ValidationError) as info:
        parse_id_number("110105194912310021", field="id", sex="male", today=TODAY)
    assert codes(list(info.value.errors)) == ["id_number_check_char", "id_number_sex_mismatch"]
    assert info.value.for_field("id")
    assert "110105194912310021" not in str(info.value)
    assert "1949" not in str(info.value)


@pytest.mark.parametrize(
    ("address", "date", "seq"),
    [
        ("12345", dt.date(1990, 1, 1), 1),
        ("1234567", dt.date(1990, 1, 1), 1),
        ("44190a", dt.date(1990, 1, 1), 1),
    ],
)
def test_build_rejects_bad_address(address: str, date: dt.date, seq: int) -> None:
    with pytest.raises(ValueError):
        build_id_number(address, date, seq)


@pytest.mark.parametrize("seq", [-1, 1000])
def test_build_rejects_bad_sequence(seq: int) -> None:
    with pytest.raises(ValueError):
        build_id_number("441900", dt.date(1990, 1, 1), seq)


def test_build_known_example() -> None:
    assert build_id_number("110105", dt.date(1949, 12, 31), 2) == "11010519491231002X"


# --- ID numbers: properties ------------------------------------------------------------------------


@given(address_codes, birth_dates, sequences)
def test_built_ids_parse_back(address: str, birth: dt.date, seq: int) -> None:
    number = build_id_number(address, birth, seq)
    assert len(number) == 18
    assert number[17] == reference_check_char(number[:17])
    parsed = parse_id_number(number, today=TODAY)
    assert parsed.value == number
    assert parsed.address_code == address
    assert parsed.birth_date == birth
    assert parsed.sex == ("male" if seq % 2 else "female")
    sex = parsed.sex
    assert id_number_errors(number, sex=sex, birth_date=birth, today=TODAY) == []
    other_sex = "female" if sex == "male" else "male"
    assert codes(id_number_errors(number, sex=other_sex, today=TODAY)) == ["id_number_sex_mismatch"]


@given(valid_ids(), st.integers(min_value=0, max_value=16), st.integers(min_value=1, max_value=9))
def test_any_single_digit_change_is_detected(number: str, position: int, delta: int) -> None:
    changed_digit = str((int(number[position]) + delta) % 10)
    changed = number[:position] + changed_digit + number[position + 1 :]
    errors = id_number_errors(changed, today=TODAY)
    assert "id_number_check_char" in codes(errors)
    assert_no_leak(errors, changed, number, changed[:6], changed[6:14], changed[14:17])


@given(valid_ids(), st.sampled_from(ID_CHECK_CHARS))
def test_wrong_check_char_is_detected(number: str, wrong: str) -> None:
    assume(wrong != number[17])
    changed = number[:17] + wrong
    errors = id_number_errors(changed, today=TODAY)
    assert codes(errors) == ["id_number_check_char"]
    with pytest.raises(ValidationError):
        parse_id_number(changed, today=TODAY)


@given(valid_ids())
def test_lower_case_x_accepted_and_normalised(number: str) -> None:
    lowered = number.lower()
    parsed = parse_id_number(lowered, today=TODAY)
    assert parsed.value == number
    assert "x" not in parsed.value


@given(
    address_codes,
    st.integers(min_value=1900, max_value=2024),
    st.sampled_from([(2, 30), (2, 31), (13, 1), (0, 10), (4, 31), (6, 0), (11, 31), (12, 32)]),
    sequences,
)
def test_impossible_dates_rejected(address: str, year: int, month_day: tuple[int, int], seq: int) -> None:
    month, day = month_day
    number = with_check(f"{address}{year:04d}{month:02d}{day:02d}{seq:03d}")
    errors = id_number_errors(number, today=TODAY)
    assert codes(errors) == ["id_number_birth_date"]
    assert_no_leak(errors, number, address, f"{year:04d}{month:02d}{day:02d}")


@given(fuzz_text)
def test_id_errors_never_echo_input(raw: str) -> None:
    errors = id_number_errors(raw, sex="male", birth_date=dt.date(2000, 1, 1), today=TODAY)
    assert_no_leak(errors, *secrets_of(raw))


# --- certificate numbers ---------------------------------------------------------------------------

CLASSIC_ID = "11010519491231002X"


def test_certificate_example() -> None:
    cert = parse_certificate_number(CLASSIC_ID + "52", id_number=CLASSIC_ID, category=5, level=2, today=TODAY)
    assert cert == CertificateNumber(CLASSIC_ID + "52", CLASSIC_ID, 5, 2, None)
    assert str(cert) == "110105********002X**"


def test_certificate_with_reissue_suffix_lower_case() -> None:
    cert = parse_certificate_number(" 11010519491231002x41b2 ", today=TODAY)
    assert cert.value == CLASSIC_ID + "41B2"
    assert (cert.category, cert.level, cert.reissue) == (4, 1, 2)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "length"),
        (CLASSIC_ID, "id_only"),
        (CLASSIC_ID + "5", "length"),
        (CLASSIC_ID + "52B", "length"),
        (CLASSIC_ID + "52C1", "characters"),
        (CLASSIC_ID + "5X", "characters"),
        ("X" + CLASSIC_ID[1:] + "52", "characters"),
        (CLASSIC_ID + "52BB", "characters"),
    ],
)
def test_certificate_format(raw: str, reason: str) -> None:
    errors = certificate_number_errors(raw, today=TODAY)
    assert codes(errors) == ["certificate_number_format"]
    assert errors[0].field == "certificate_number"
    assert errors[0].params["reason"] == reason


def test_certificate_embedded_id_invalid() -> None:
    errors = certificate_number_errors("110105194912310021" + "52", today=TODAY)
    assert codes(errors) == ["certificate_embedded_id"]
    assert errors[0].params["errors"] == ("id_number_check_char",)
    assert_no_leak(errors, "110105194912310021", "1949")


def test_certificate_unknown_category_and_level() -> None:
    errors = certificate_number_errors(CLASSIC_ID + "85", category=5, level=2, today=TODAY)
    assert codes(errors) == ["certificate_category_unknown", "certificate_level_unknown"]
    errors = certificate_number_errors(CLASSIC_ID + "05", today=TODAY)
    assert codes(errors) == ["certificate_category_unknown", "certificate_level_unknown"]


def test_certificate_configurable_reference_data() -> None:
    assert certificate_number_errors(CLASSIC_ID + "85", valid_categories={8}, valid_levels={5}) == []
    errors = certificate_number_errors(CLASSIC_ID + "11", valid_categories={2}, today=TODAY)
    assert codes(errors) == ["certificate_category_unknown"]


def test_build_certificate_rejects_bad_parts() -> None:
    with pytest.raises(ValueError):
        build_certificate_number(CLASSIC_ID[:17], 1, 1)
    with pytest.raises(ValueError):
        build_certificate_number(CLASSIC_ID, 8, 1)
    with pytest.raises(ValueError):
        build_certificate_number(CLASSIC_ID, 1, 0)
    with pytest.raises(ValueError):
        build_certificate_number(CLASSIC_ID, 1, 1, reissue=10)
    assert build_certificate_number(CLASSIC_ID.lower(), 7, 4, reissue=0) == CLASSIC_ID + "74B0"


categories = st.integers(min_value=1, max_value=7)
levels = st.integers(min_value=1, max_value=4)
reissues = st.none() | st.integers(min_value=0, max_value=9)


@given(valid_ids(), categories, levels, reissues)
def test_built_certificates_parse(number: str, category: int, level: int, reissue: int | None) -> None:
    value = build_certificate_number(number, category, level, reissue)
    assert len(value) == (20 if reissue is None else 22)
    cert = parse_certificate_number(value, id_number=number, category=category, level=level, today=TODAY)
    assert cert == CertificateNumber(value, number, category, level, reissue)


@given(valid_ids(), valid_ids(), categories, levels, categories, levels)
def test_certificate_mismatches_reported(
    number: str, other_id: str, category: int, level: int, recorded_category: int, recorded_level: int
) -> None:
    value = build_certificate_number(number, category, level)
    errors = certificate_number_errors(
        value, id_number=other_id, category=recorded_category, level=recorded_level, today=TODAY
    )
    expected = []
    if other_id != number:
        expected.append("certificate_id_mismatch")
    if recorded_category != category:
        expected.append("certificate_category_mismatch")
    if recorded_level != level:
        expected.append("certificate_level_mismatch")
    assert codes(errors) == expected
    # neither the number, the embedded id, nor the recorded one appears anywhere
    assert_no_leak(errors, value, number, other_id, number[:6], other_id[:6], number[6:14])
    # params name positions only: never the category or level (they reveal the disability)
    for error in errors:
        assert set(error.params) <= {"position", "positions"}


@given(valid_ids(), categories, levels)
def test_certificate_id_comparison_normalises(number: str, category: int, level: int) -> None:
    value = build_certificate_number(number, category, level)
    assert certificate_number_errors(value, id_number=f" {number.lower()} ", today=TODAY) == []


@given(valid_ids(), st.integers(min_value=0, max_value=16), categories, levels)
def test_certificate_with_corrupted_id(number: str, position: int, category: int, level: int) -> None:
    changed = number[:position] + str((int(number[position]) + 1) % 10) + number[position + 1 :]
    value = changed + f"{category}{level}"
    errors = certificate_number_errors(value, id_number=number, today=TODAY)
    assert codes(errors)[:2] == ["certificate_embedded_id", "certificate_id_mismatch"]
    assert "id_number_check_char" in errors[0].params["errors"]
    assert all(isinstance(c, str) and c.startswith("id_number_") for c in errors[0].params["errors"])
    with pytest.raises(ValidationError):
        parse_certificate_number(value, today=TODAY)


@given(fuzz_text)
def test_certificate_errors_never_echo_input(raw: str) -> None:
    errors = certificate_number_errors(raw, id_number=CLASSIC_ID, category=1, level=1, today=TODAY)
    assert_no_leak(errors, *secrets_of(raw))


# --- phones ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("0086-19912345678", "19912345678"),
        ("０７６９－２２３４５６７８", "0769-22345678"),
        ("0769-22345678", "0769-22345678"),
        ("0769 22345678", "0769-22345678"),
        ("076922345678", "0769-22345678"),
        ("(0769) 2234 5678", "0769-22345678"),
        ("0769-2234567", "0769-2234567"),
        ("010-62345678", "010-62345678"),
        ("02087654321", "020-87654321"),
        ("+86 769 22345678", "0769-22345678"),
        ("  15912345678  ", "15912345678"),
    ],
)
def test_valid_phones(raw: str, expected: str) -> None:
    assert phone_errors(raw) == []
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("1381234567", "mobile_length"),
        ("138123456789", "mobile_length"),
        ("12812345678", "mobile_prefix"),
        ("11012345678", "mobile_prefix"),
        ("22345678", "landline_area_code_missing"),
        ("2234567", "landline_area_code_missing"),
        ("0769-02345678", "landline_format"),
        ("0769-223456", "landline_format"),
        ("0769-223456789", "landline_format"),
        ("138l2345678", "characters"),
        ("0769-2234567８x", "characters"),
        ("+1 415 555 0100", "country_code"),
        ("+852 2345 6789", "country_code"),
    ],
)
def test_invalid_phones(raw: str, reason: str) -> None:
    errors = phone_errors(raw, field="guardian_phone")
    assert codes(errors) == ["phone_format"]
    assert errors[0].field == "guardian_phone"
    assert errors[0].params == {"reason": reason}
    assert errors[0].message
    digits = re.sub(r"\D", "", raw)
    assert_no_leak(errors, raw.strip() if len(raw.strip()) >= 3 else "", digits if len(digits) >= 5 else "")
    with pytest.raises(ValidationError) as info:
        normalise_phone(raw, field="guardian_phone")
    assert codes(list(info.value.errors)) == ["phone_format"]


separators = st.sampled_from(["", " ", "-"])


@given(
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    st.sampled_from(["", "+86", "+86 ", "0086", "0086-"]),
    st.lists(separators, min_size=10, max_size=10),
)
def test_generated_mobiles_normalise(mobile: str, prefix: str, seps: list[str]) -> None:
    typed = prefix + "".join(d + s for d, s in zip(mobile, [*seps, ""], strict=True))
    assert phone_errors(typed) == []
    assert normalise_phone(typed) == mobile


@given(st.from_regex(r"[2-8][0-9]{7}", fullmatch=True), st.sampled_from(["-", " ", ""]))
def test_generated_dongguan_landlines_normalise(local: str, sep: str) -> None:
    assert normalise_phone(f"0769{sep}{local}") == f"0769-{local}"


@given(st.from_regex(r"1[0-2][0-9]{9}", fullmatch=True))
def test_mobile_with_bad_second_digit_rejected(number: str) -> None:
    errors = phone_errors(number)
    assert codes(errors) == ["phone_format"]
    assert_no_leak(errors, number)


@given(fuzz_text)
def test_phone_errors_never_echo_input(raw: str) -> None:
    errors = phone_errors(raw)
    assert len(errors) <= 1
    assert_no_leak(errors, *secrets_of(raw))


# --- masking ---------------------------------------------------------------------------------------


def test_mask_examples() -> None:
    assert mask_id_number("44190019900101123X") == "441900********123X"
    assert mask_certificate_number("44190019900101123X42") == "441900********123X**"
    assert mask_certificate_number("44190019900101123X42B1") == "441900********123X****"
    assert mask_id_number("") == ""
    assert mask_id_number(None) == ""
    assert mask_certificate_number(None) == ""
    assert mask_id_number("12345") == "*****"
    assert mask_id_number("4419001990010") == "441900*******"


@given(valid_ids())
def test_mask_id_properties(number: str) -> None:
    masked = mask_id_number(number)
    assert len(masked) == 18
    assert masked[:6] == number[:6]
    assert masked[6:14] == "*" * 8
    assert masked[14:] == number[14:]
    assert number[6:14] not in masked


@given(valid_ids(), categories, levels, reissues)
def test_mask_certificate_properties(number: str, category: int, level: int, reissue: int | None) -> None:
    value = build_certificate_number(number, category, level, reissue)
    masked = mask_certificate_number(value)
    assert len(masked) == len(value)
    assert masked[:6] == value[:6]
    assert masked[6:14] == "*" * 8
    assert masked[14:18] == value[14:18]
    assert set(masked[18:]) == {"*"}


@given(st.text(max_size=40))
def test_masks_never_raise_and_hide_the_middle(raw: str) -> None:
    for mask in (mask_id_number, mask_certificate_number):
        masked = mask(raw)
        assert isinstance(masked, str)
        stripped = raw.strip()
        assert len(masked) <= len(stripped)
        if len(stripped) not in (18, 20, 22):
            # odd input: at most a 6-character prefix is visible
            assert masked[6:] == "*" * len(masked[6:])
            if len(stripped) < 12:
                assert set(masked) <= {"*"}
