"""Identity numbers: resident ID (GB 11643), disability certificate (第二代残疾人证) and phone numbers.

Validators return a list of :class:`~app.domain.errors.FieldError` (empty when the input is valid);
the ``parse_*`` functions return a value object or raise :class:`~app.domain.errors.ValidationError`
carrying every error found. Each rule broken has its own stable error code so the GUI can translate it.

Privacy rule for this module: an error message or parameter never contains the input value or any
part of it (no digits of an ID number, certificate number or phone number, no category or level read
from a certificate). Errors say *which* rule was broken and, where useful, *which positions* of the
number are concerned, never what the number is.

The masking helpers (:func:`mask_id_number`, :func:`mask_certificate_number`) produce the forms shown in
lists and exports for users who may not see the full number.

All functions accept full-width digits and letters (as typed with a Chinese input method) and
surrounding whitespace; normalised values are ASCII with an upper-case ``X``/``B``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from app.domain.errors import Collector, FieldError, ValidationError

__all__ = [
    "ID_CHECK_CHARS",
    "ID_LENGTH",
    "ID_WEIGHTS",
    "CertificateNumber",
    "IdNumber",
    "Sex",
    "build_certificate_number",
    "build_id_number",
    "certificate_number_errors",
    "id_check_char",
    "id_number_errors",
    "mask_certificate_number",
    "mask_id_number",
    "normalise_phone",
    "parse_certificate_number",
    "parse_id_number",
    "phone_errors",
]

Sex = Literal["male", "female"]

#: Length of a resident ID number (GB 11643-1999).
ID_LENGTH = 18
#: Weights applied to the first 17 digits of an ID number (2**(17-i) mod 11).
ID_WEIGHTS: tuple[int, ...] = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
#: The check character is ``ID_CHECK_CHARS[sum(weights * digits) % 11]``.
ID_CHECK_CHARS = "10X98765432"

#: Earliest birth year accepted in an ID number.
MIN_BIRTH_YEAR = 1900

_CERT_BASE_LENGTH = 20  # 18-character ID + category digit + level digit
_CERT_REISSUE_LENGTH = 22  # ... + "B" + digit

_ID_FORMAT = re.compile(r"[0-9]{17}[0-9X]")
_CERT_FORMAT = re.compile(r"([0-9]{17}[0-9X])([0-9])([0-9])(?:B([0-9]))?")
_ADDRESS_CODE = re.compile(r"[0-9]{6}")

# Full-width forms typed with Chinese input methods -> ASCII.
_FULL_WIDTH = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "Ｘ": "X",
        "ｘ": "x",
        "Ｂ": "B",
        "ｂ": "b",
        "＋": "+",
        "－": "-",
        "（": "(",
        "）": ")",
        "\u3000": " ",
    }
)


def _clean(raw: str | None) -> str:
    """Return ``raw`` with full-width characters made ASCII and surrounding whitespace removed."""
    if raw is None:
        return ""
    return str(raw).translate(_FULL_WIDTH).strip()


def _as_date(value: datetime.date) -> datetime.date:
    """Return a plain :class:`datetime.date` (a ``datetime`` would break comparisons with dates)."""
    if isinstance(value, datetime.datetime):
        return value.date()
    return value


# ---------------------------------------------------------------------------------------------------
# Resident ID number (居民身份证号码, GB 11643)
# ---------------------------------------------------------------------------------------------------


def id_check_char(first17: str) -> str:
    """Compute the check character of an ID number.

    Args:
        first17: The first 17 characters of the ID number, all ASCII digits.

    Returns:
        The 18th character: one of ``"0"``–``"9"`` or ``"X"``.

    Raises:
        ValueError: If ``first17`` is not exactly 17 ASCII digits (the message does not echo it).
    """
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("id_check_char needs exactly 17 ASCII digits")
    total = sum(int(digit) * weight for digit, weight in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK_CHARS[total % 11]


@dataclass(frozen=True)
class IdNumber:
    """A valid resident ID number and the facts encoded in it.

    Attributes:
        value: The normalised 18-character number (ASCII, upper-case ``X``).
        address_code: The 6-digit administrative division code of the place of registration.
        birth_date: The birth date encoded in characters 7–14.
        sex: ``"male"`` if the 17th digit is odd, ``"female"`` if it is even.
    """

    value: str
    address_code: str
    birth_date: datetime.date
    sex: Sex

    def __str__(self) -> str:
        """Return the masked form, so an ID number never reaches a log by accident."""
        return mask_id_number(self.value)


def _sex_of(digit17: str) -> Sex:
    return "male" if int(digit17) % 2 == 1 else "female"


def _birth_date_of(value: str) -> datetime.date | None:
    """Return the birth date in characters 7–14 of an ID-shaped string, or None if not a real date."""
    try:
        return datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return None


def id_number_errors(
    raw: str | None,
    *,
    field: str = "id_number",
    sex: str | None = None,
    birth_date: datetime.date | None = None,
    today: datetime.date | None = None,
) -> list[FieldError]:
    """Check a resident ID number and, optionally, cross-check it with the recorded sex and birth date.

    Any address code is accepted (many clients are registered outside Dongguan). Lower-case ``x``,
    full-width characters and surrounding whitespace are accepted.

    Error codes (all on ``field``):

    * ``id_number_length``: not 18 characters (params ``expected``, ``length``). Nothing else is checked.
    * ``id_number_format``: not 17 digits followed by a digit or X. Nothing else is checked.
    * ``id_number_birth_date``: characters 7–14 are not a real date, or the date is before 1900 or
      after ``today`` (params ``positions``, ``reason`` in ``not_a_date``/``before_1900``/``future``).
    * ``id_number_check_char``: the 18th character does not match the first 17 (params ``position``).
    * ``id_number_sex_mismatch``: the 17th digit's parity disagrees with ``sex`` (params ``position``).
    * ``id_number_birth_mismatch``: the encoded birth date differs from ``birth_date``
      (params ``positions``).

    Args:
        raw: The number as typed.
        field: Field name to report errors against.
        sex: The recorded sex, ``"male"`` or ``"female"``; any other value (or None) skips the check.
        birth_date: The recorded birth date; None skips the check.
        today: The date against which "in the future" is judged; defaults to the system date.

    Returns:
        Every error found; empty if the number is valid.
    """
    c = Collector()
    value = _clean(raw).upper()
    if len(value) != ID_LENGTH:
        c.add(
            field,
            "id_number_length",
            f"The ID number must be {ID_LENGTH} characters long, but {len(value)} were entered.",
            expected=ID_LENGTH,
            length=len(value),
        )
        return c.errors
    if not _ID_FORMAT.fullmatch(value):
        c.add(
            field,
            "id_number_format",
            "The ID number must be 17 digits followed by a digit or the letter X.",
        )
        return c.errors

    encoded_birth = _birth_date_of(value)
    if encoded_birth is None:
        c.add(
            field,
            "id_number_birth_date",
            "The birth date in the ID number (characters 7–14) is not a real calendar date.",
            positions="7-14",
            reason="not_a_date",
        )
    elif encoded_birth.year < MIN_BIRTH_YEAR:
        c.add(
            field,
            "id_number_birth_date",
            f"The birth date in the ID number (characters 7–14) is before {MIN_BIRTH_YEAR}.",
            positions="7-14",
            reason="before_1900",
        )
    elif encoded_birth > _as_date(today if today is not None else datetime.date.today()):
        c.add(
            field,
            "id_number_birth_date",
            "The birth date in the ID number (characters 7–14) is in the future.",
            positions="7-14",
            reason="future",
        )

    if id_check_char(value[:17]) != value[17]:
        c.add(
            field,
            "id_number_check_char",
            "The check character (18th) of the ID number does not match the first 17 digits; "
            "one of the characters was probably mistyped.",
            position=18,
        )

    if sex in ("male", "female") and _sex_of(value[16]) != sex:
        c.add(
            field,
            "id_number_sex_mismatch",
            f"The ID number's 17th digit (odd for male, even for female) does not match the recorded "
            f"sex ({sex}).",
            position=17,
        )

    if birth_date is not None and encoded_birth is not None and encoded_birth != _as_date(birth_date):
        c.add(
            field,
            "id_number_birth_mismatch",
            "The birth date in the ID number (characters 7–14) does not match the recorded birth date.",
            positions="7-14",
        )
    return c.errors


def parse_id_number(
    raw: str | None,
    *,
    field: str = "id_number",
    sex: str | None = None,
    birth_date: datetime.date | None = None,
    today: datetime.date | None = None,
) -> IdNumber:
    """Validate and normalise a resident ID number.

    Args:
        raw: The number as typed.
        field: Field name to report errors against.
        sex: The recorded sex to cross-check, or None.
        birth_date: The recorded birth date to cross-check, or None.
        today: The date against which "in the future" is judged; defaults to the system date.

    Returns:
        The parsed number.

    Raises:
        ValidationError: With every error :func:`id_number_errors` reports.
    """
    errors = id_number_errors(raw, field=field, sex=sex, birth_date=birth_date, today=today)
    if errors:
        raise ValidationError(errors)
    value = _clean(raw).upper()
    encoded_birth = _birth_date_of(value)
    assert encoded_birth is not None  # guaranteed by id_number_errors
    return IdNumber(value=value, address_code=value[:6], birth_date=encoded_birth, sex=_sex_of(value[16]))


def build_id_number(address_code: str, birth_date: datetime.date, sequence: int) -> str:
    """Build a well-formed ID number with the correct check character (demo data and tests).

    Args:
        address_code: 6 ASCII digits.
        birth_date: The birth date to encode (the year must have 4 digits).
        sequence: 0–999; odd means male, even means female.

    Returns:
        The 18-character number.

    Raises:
        ValueError: If an argument is out of range (the message does not echo it).
    """
    if not _ADDRESS_CODE.fullmatch(address_code):
        raise ValueError("address_code must be 6 ASCII digits")
    if not 1000 <= birth_date.year <= 9999:
        raise ValueError("birth_date must have a 4-digit year")
    if isinstance(sequence, bool) or not 0 <= sequence <= 999:
        raise ValueError("sequence must be between 0 and 999")
    first17 = f"{address_code}{birth_date.year:04d}{birth_date.month:02d}{birth_date.day:02d}{sequence:03d}"
    return first17 + id_check_char(first17)


# ---------------------------------------------------------------------------------------------------
# Disability certificate number (第二代残疾人证)
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateNumber:
    """A valid second-generation disability certificate number. Sensitive: it reveals the disability.

    Attributes:
        value: The normalised number (20 characters, or 22 with a re-issue suffix).
        id_number: The embedded 18-character ID number.
        category: Disability category (GB/T 26341-2010), 1–7.
        level: Disability level, 1 (most severe) to 4.
        reissue: The digit after the ``B`` suffix, or None if there is no suffix.
    """

    value: str
    id_number: str
    category: int
    level: int
    reissue: int | None = None

    def __str__(self) -> str:
        """Return the masked form, so a certificate number never reaches a log by accident."""
        return mask_certificate_number(self.value)


def certificate_number_errors(
    raw: str | None,
    *,
    field: str = "certificate_number",
    id_number: str | None = None,
    category: int | None = None,
    level: int | None = None,
    valid_categories: Collection[int] = range(1, 8),
    valid_levels: Collection[int] = range(1, 5),
    today: datetime.date | None = None,
) -> list[FieldError]:
    """Check a disability certificate number and cross-check it with the client's record.

    Expected form: the 18-character ID number, the category digit, the level digit, and optionally
    a re-issue suffix ``B`` + one digit. Lower-case ``x``/``b`` and full-width characters are accepted.

    Error codes (all on ``field``; no param carries a digit of the number):

    * ``certificate_number_format``: wrong length or characters (params ``reason`` in
      ``length``/``id_only``/``characters``, ``length``). Nothing else is checked.
    * ``certificate_embedded_id``: the embedded ID number is invalid (params ``errors``: the tuple of
      ID error codes, e.g. ``("id_number_check_char",)``).
    * ``certificate_id_mismatch``: the embedded ID differs from ``id_number``.
    * ``certificate_category_unknown``: the category digit (19th) is not in ``valid_categories``.
    * ``certificate_level_unknown``: the level digit (20th) is not in ``valid_levels``.
    * ``certificate_category_mismatch``: a known category differs from ``category``.
    * ``certificate_level_mismatch``: a known level differs from ``level``.

    Args:
        raw: The number as typed.
        field: Field name to report errors against.
        id_number: The client's recorded ID number, or None to skip the comparison.
        category: The client's recorded disability category, or None to skip the comparison.
        level: The client's recorded disability level, or None to skip the comparison.
        valid_categories: Category codes accepted (reference data).
        valid_levels: Level codes accepted (reference data).
        today: The date against which the embedded birth date is judged; defaults to the system date.

    Returns:
        Every error found; empty if the number is valid.
    """
    c = Collector()
    value = _clean(raw).upper()
    match = _CERT_FORMAT.fullmatch(value)
    if match is None:
        if len(value) == ID_LENGTH and _ID_FORMAT.fullmatch(value):
            c.add(
                field,
                "certificate_number_format",
                "The certificate number has only 18 characters: it looks like the ID number without "
                "the category and level digits.",
                reason="id_only",
                length=len(value),
            )
        elif len(value) not in (_CERT_BASE_LENGTH, _CERT_REISSUE_LENGTH):
            c.add(
                field,
                "certificate_number_format",
                f"The certificate number must be {_CERT_BASE_LENGTH} characters long "
                f"({_CERT_REISSUE_LENGTH} with a re-issue suffix such as B1), but {len(value)} were "
                f"entered.",
                reason="length",
                length=len(value),
            )
        else:
            c.add(
                field,
                "certificate_number_format",
                "The certificate number must be the 18-character ID number, then a category digit and "
                "a level digit, optionally followed by B and one digit.",
                reason="characters",
                length=len(value),
            )
        return c.errors

    embedded_id, category_digit, level_digit = match.group(1), match.group(2), match.group(3)
    id_codes = tuple(e.code for e in id_number_errors(embedded_id, field=field, today=today))
    if id_codes:
        c.add(
            field,
            "certificate_embedded_id",
            "The ID number in the certificate number (characters 1–18) is not valid.",
            errors=id_codes,
            positions="1-18",
        )
    if id_number is not None and _clean(id_number).upper() != embedded_id:
        c.add(
            field,
            "certificate_id_mismatch",
            "The ID number in the certificate number (characters 1–18) differs from the client's ID number.",
            positions="1-18",
        )

    cert_category = int(category_digit)
    if cert_category not in valid_categories:
        c.add(
            field,
            "certificate_category_unknown",
            "The disability category digit (19th character) of the certificate number is not a known "
            "category.",
            position=19,
        )
    elif category is not None and cert_category != category:
        c.add(
            field,
            "certificate_category_mismatch",
            "The disability category digit (19th character) of the certificate number does not match "
            "the recorded disability category.",
            position=19,
        )

    cert_level = int(level_digit)
    if cert_level not in valid_levels:
        c.add(
            field,
            "certificate_level_unknown",
            "The disability level digit (20th character) of the certificate number is not a known level.",
            position=20,
        )
    elif level is not None and cert_level != level:
        c.add(
            field,
            "certificate_level_mismatch",
            "The disability level digit (20th character) of the certificate number does not match "
            "the recorded disability level.",
            position=20,
        )
    return c.errors


def parse_certificate_number(
    raw: str | None,
    *,
    field: str = "certificate_number",
    id_number: str | None = None,
    category: int | None = None,
    level: int | None = None,
    valid_categories: Collection[int] = range(1, 8),
    valid_levels: Collection[int] = range(1, 5),
    today: datetime.date | None = None,
) -> CertificateNumber:
    """Validate and normalise a disability certificate number.

    Args:
        raw: The number as typed.
        field: Field name to report errors against.
        id_number: The client's recorded ID number, or None to skip the comparison.
        category: The client's recorded disability category, or None to skip the comparison.
        level: The client's recorded disability level, or None to skip the comparison.
        valid_categories: Category codes accepted (reference data).
        valid_levels: Level codes accepted (reference data).
        today: The date against which the embedded birth date is judged; defaults to the system date.

    Returns:
        The parsed certificate number.

    Raises:
        ValidationError: With every error :func:`certificate_number_errors` reports.
    """
    errors = certificate_number_errors(
        raw,
        field=field,
        id_number=id_number,
        category=category,
        level=level,
        valid_categories=valid_categories,
        valid_levels=valid_levels,
        today=today,
    )
    if errors:
        raise ValidationError(errors)
    value = _clean(raw).upper()
    match = _CERT_FORMAT.fullmatch(value)
    assert match is not None  # guaranteed by certificate_number_errors
    reissue = match.group(4)
    return CertificateNumber(
        value=value,
        id_number=match.group(1),
        category=int(match.group(2)),
        level=int(match.group(3)),
        reissue=int(reissue) if reissue is not None else None,
    )


def build_certificate_number(id_number: str, category: int, level: int, reissue: int | None = None) -> str:
    """Build a certificate number from its parts (demo data and tests).

    Args:
        id_number: An 18-character ID number (17 digits + digit or X; lower-case x is accepted).
            Its check character is not verified here.
        category: Disability category, 1–7.
        level: Disability level, 1–4.
        reissue: Re-issue digit 0–9 for the ``B`` suffix, or None for no suffix.

    Returns:
        The normalised certificate number (20 or 22 characters).

    Raises:
        ValueError: If an argument is malformed or out of range (the message does not echo it).
    """
    value = _clean(id_number).upper()
    if not _ID_FORMAT.fullmatch(value):
        raise ValueError("id_number must be 17 digits followed by a digit or X")
    if isinstance(category, bool) or category not in range(1, 8):
        raise ValueError("category must be between 1 and 7")
    if isinstance(level, bool) or level not in range(1, 5):
        raise ValueError("level must be between 1 and 4")
    result = f"{value}{category}{level}"
    if reissue is not None:
        if isinstance(reissue, bool) or reissue not in range(10):
            raise ValueError("reissue must be a single digit 0-9")
        result += f"B{reissue}"
    return result


# ---------------------------------------------------------------------------------------------------
# Phone numbers
# ---------------------------------------------------------------------------------------------------

_PHONE_SEPARATORS = re.compile(r"[\s\-()]")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
# Area codes: 010 and 02x have 3 digits; all others (03xx-09xx) have 4. Local numbers: 7-8 digits,
# never starting with 0 or 1.
_LANDLINE = re.compile(r"(0(?:10|2[0-9]|[3-9][0-9]{2}))([2-9][0-9]{6,7})")
_DONGGUAN_AREA_CODE = "0769"


def _phone_digits(raw: str | None) -> tuple[str, bool]:
    """Strip separators and an international prefix; return (digits, had_country_code)."""
    compact = _PHONE_SEPARATORS.sub("", _clean(raw))
    if compact.startswith("+86"):
        return compact[3:], True
    if compact.startswith("0086"):
        return compact[4:], True
    return compact, False


def _phone_check(raw: str | None) -> tuple[str | None, str, str]:
    """Return (normalised or None, reason, message) for a phone number."""
    digits, international = _phone_digits(raw)
    if not digits:
        return None, "empty", "No phone number was entered."
    if digits.startswith("+"):
        return None, "country_code", "Only Chinese phone numbers (country code +86) are accepted."
    if not digits.isascii() or not digits.isdigit():
        return (
            None,
            "characters",
            "The phone number may contain only digits, spaces, hyphens, brackets and a leading +86.",
        )
    if _MOBILE.fullmatch(digits):
        return digits, "", ""
    candidate = "0" + digits if international and not digits.startswith("0") else digits
    landline = _LANDLINE.fullmatch(candidate)
    if landline is not None:
        return f"{landline.group(1)}-{landline.group(2)}", "", ""
    if digits.startswith("1"):
        if len(digits) != 11:
            return (
                None,
                "mobile_length",
                f"A mobile number must have 11 digits, but {len(digits)} were entered.",
            )
        return (
            None,
            "mobile_prefix",
            "A mobile number must start with 1 followed by a digit from 3 to 9.",
        )
    if not candidate.startswith("0") and len(candidate) in (7, 8):
        return (
            None,
            "landline_area_code_missing",
            f"A landline number needs its area code first (for Dongguan: {_DONGGUAN_AREA_CODE}-).",
        )
    return (
        None,
        "landline_format",
        "A landline number must be an area code (0 and 2–3 digits, e.g. 0769) followed by a 7- or "
        "8-digit local number that does not start with 0 or 1.",
    )


def phone_errors(raw: str | None, *, field: str = "phone") -> list[FieldError]:
    """Check a Chinese mobile or landline number.

    Accepted: mobile ``1[3-9]`` + 9 digits; landline area code (0 + 2–3 digits, e.g. 0769) + a 7–8
    digit local number. Spaces, hyphens and brackets are ignored; a ``+86``/``0086`` prefix is dropped
    (for a landline in international form the leading 0 of the area code is restored).

    Every problem has code ``phone_format``; params ``reason`` says which rule failed: ``empty``,
    ``characters``, ``country_code``, ``mobile_length``, ``mobile_prefix``,
    ``landline_area_code_missing`` or ``landline_format``. The message never echoes the number.

    Args:
        raw: The number as typed.
        field: Field name to report errors against.

    Returns:
        A list with one error, or empty if the number is valid.
    """
    normalised, reason, message = _phone_check(raw)
    c = Collector()
    c.check(normalised is not None, field, "phone_format", message, reason=reason)
    return c.errors


def normalise_phone(raw: str | None, *, field: str = "phone") -> str:
    """Return the canonical form of a phone number.

    Mobile numbers become 11 digits (``"13812345678"``); landlines become area code, hyphen, local
    number (``"0769-22345678"``).

    Args:
        raw: The number as typed.
        field: Field name to report errors against.

    Returns:
        The normalised number.

    Raises:
        ValidationError: With the error :func:`phone_errors` reports.
    """
    normalised, reason, message = _phone_check(raw)
    if normalised is None:
        c = Collector()
        c.add(field, "phone_format", message, reason=reason)
        c.raise_if_any()
        raise AssertionError("unreachable")  # pragma: no cover
    return normalised


# ---------------------------------------------------------------------------------------------------
# Masking
# ---------------------------------------------------------------------------------------------------

_SAFE_PREFIX = 6  # the address code: identifies a county, not a person
_MIN_LENGTH_FOR_PREFIX = 12  # shorter odd input is masked entirely


def _mask_odd(value: str) -> str:
    """Mask input of an unexpected length: keep at most the address-code prefix, hide the rest."""
    keep = _SAFE_PREFIX if len(value) >= _MIN_LENGTH_FOR_PREFIX else 0
    return value[:keep] + "*" * (len(value) - keep)


def mask_id_number(value: str | None) -> str:
    """Mask an ID number for display: first 6 and last 4 characters shown, ``*`` in between.

    ``"44190019900101123X"`` becomes ``"441900********123X"``. Input of another length keeps at most
    its first 6 characters (and only if it has 12 or more); the result has the same length as the
    stripped input. Never raises.

    Args:
        value: The number (normally already normalised); None gives ``""``.

    Returns:
        The masked string.
    """
    try:
        text = _clean(value)
        if len(text) == ID_LENGTH:
            return text[:6] + "*" * 8 + text[14:]
        return _mask_odd(text)
    except Exception:  # never let a display helper crash or leak
        return ""


def mask_certificate_number(value: str | None) -> str:
    """Mask a certificate number: show the first 6 characters and characters 15–18 only.

    The category, level and any re-issue suffix are masked as well, since they reveal the disability:
    ``"44190019900101123X42"`` becomes ``"441900********123X**"``. Input of another length keeps at
    most its first 6 characters (and only if it has 12 or more); the result has the same length as the
    stripped input. Never raises.

    Args:
        value: The number (normally already normalised); None gives ``""``.

    Returns:
        The masked string.
    """
    try:
        text = _clean(value)
        if len(text) in (_CERT_BASE_LENGTH, _CERT_REISSUE_LENGTH):
            return text[:6] + "*" * 8 + text[14:18] + "*" * (len(text) - 18)
        return _mask_odd(text)
    except Exception:  # never let a display helper crash or leak
        return ""
