#!/usr/bin/env python3
"""Regenerate Sources/XaSoCore/Resources/units.json from the PyPI package `vietnam-provinces`.

The output is Vietnam's two-level administrative list in force from 1 July 2025
(Decision 19/2025/QĐ-TTg): 34 provinces / centrally run cities and their 3,321
communes (xã, phường, đặc khu). The app reads only the JSON; Python is a
maintainer tool. See README.md beside this file for the why and the how.

Usage:
    python regenerate.py            # write units.json
    python regenerate.py --check    # exit 1 if units.json is not what this would write
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
OUTPUT = REPO / "Sources" / "XaSoCore" / "Resources" / "units.json"
CORRECTIONS = HERE / "corrections.tsv"
REVIEWED_UNMARKED = HERE / "reviewed_unmarked.tsv"

# The data changes between releases (2025.10.1 still carried the draft codes), so a new
# version must be a deliberate choice: bump this, rerun, review what fails.
EXPECTED_PACKAGE_VERSION = "2026.9.0"

# Totals of Decision 19/2025/QĐ-TTg as published: 28 tỉnh + 6 thành phố;
# 2,621 xã + 687 phường + 13 đặc khu = 3,321.
EXPECTED_PROVINCE_KINDS = {"tinh": 28, "thanh_pho": 6}
EXPECTED_COMMUNE_KINDS = {"xa": 2621, "phuong": 687, "dac_khu": 13}
EXPECTED_COMMUNES = sum(EXPECTED_COMMUNE_KINDS.values())

SOURCE_KINDS = {
    "tỉnh": "tinh",
    "thành phố trung ương": "thanh_pho",
    "xã": "xa",
    "phường": "phuong",
    "đặc khu": "dac_khu",
}
PROVINCE_KINDS = ("tinh", "thanh_pho")
PREFIXES = {
    "tinh": "Tỉnh ",
    "thanh_pho": "Thành phố ",
    "xa": "Xã ",
    "phuong": "Phường ",
    "dac_khu": "Đặc khu ",
}
CORRECTABLE_FIELDS = ("full_name", "kind", "parent_code", "name")
APOSTROPHE = "\u2019"  # the source writes M’Drắk with U+2019; one form keeps exact matches exact
NAME_CHARS = re.compile(rf"^[\w {APOSTROPHE}-]+$")


class DataError(Exception):
    pass


@dataclass
class Unit:
    code: str
    full_name: str
    kind: str
    parent_code: str | None
    name: str = ""

    def as_json(self) -> str:
        # Fixed key order and no spaces: the file is reviewed as a diff, one unit per line.
        obj = {
            "code": self.code,
            "name": self.name,
            "full_name": self.full_name,
            "kind": self.kind,
            "parent_code": self.parent_code,
        }
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Correction:
    line: int
    code: str
    field: str
    wrong: str
    right: str
    reason: str


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()


def load_source() -> tuple[str, list[dict]]:
    try:
        import vietnam_provinces
    except ImportError as exc:
        raise DataError(
            "package `vietnam-provinces` is not installed; "
            f"pip install -r {HERE / 'requirements.txt'} (needs Python >= 3.12)"
        ) from exc
    version = vietnam_provinces.__version__
    if version != EXPECTED_PACKAGE_VERSION:
        raise DataError(
            f"vietnam-provinces {version} is installed, this script is reviewed against "
            f"{EXPECTED_PACKAGE_VERSION}; install that one, or bump EXPECTED_PACKAGE_VERSION "
            "and review every correction and check again"
        )
    # The JSON file is the post-2025 two-level list. The package's `legacy` module holds the
    # old 63-province list and is deliberately not touched.
    data = json.loads(Path(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH).read_text(encoding="utf-8"))
    return version, data


def report_lookup_divergence(data: list[dict]) -> None:
    """The package's Python lookup table already carries later upgrades (2026) that its JSON
    list, the 1 July 2025 state, does not; say so at every run rather than pick silently."""
    try:
        from vietnam_provinces._lookup import PROVINCE_MAPPING
    except ImportError:
        return
    for province in data:
        later = PROVINCE_MAPPING.get(province["code"])
        if later is not None and later.name != province["name"]:
            print(
                f"note: province {province['code']:02d}: JSON list says {province['name']!r}, "
                f"the package's lookup table says {later.name!r} (a change after 1 July 2025, not applied)"
            )


def build_units(data: list[dict]) -> tuple[list[Unit], int]:
    units: list[Unit] = []
    nfc_changed = 0

    def nfc(text: str) -> str:
        nonlocal nfc_changed
        normal = unicodedata.normalize("NFC", text)
        nfc_changed += normal != text
        return normal

    def kind_of(division_type: str, where: str) -> str:
        if division_type not in SOURCE_KINDS:
            raise DataError(f"{where}: unknown division_type {division_type!r}")
        return SOURCE_KINDS[division_type]

    for province in data:
        pcode = f"{province['code']:02d}"
        units.append(Unit(pcode, nfc(province["name"]), kind_of(province["division_type"], pcode), None))
        for ward in province["wards"]:
            wcode = f"{ward['code']:05d}"
            units.append(Unit(wcode, nfc(ward["name"]), kind_of(ward["division_type"], wcode), pcode))
    return units, nfc_changed


def load_corrections(path: Path) -> list[Correction]:
    corrections: list[Correction] = []
    seen: set[tuple[str, str]] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for line, row in enumerate(rows, start=1):
            if not row or row[0].startswith("#") or row[0] == "code":
                continue
            if len(row) != 5:
                raise DataError(f"{path.name}:{line}: expected 5 tab-separated columns, got {len(row)}")
            code, field, wrong, right, reason = (unicodedata.normalize("NFC", cell) for cell in row)
            if field not in CORRECTABLE_FIELDS:
                raise DataError(f"{path.name}:{line}: field {field!r} cannot be corrected ({', '.join(CORRECTABLE_FIELDS)})")
            if not reason.strip():
                raise DataError(f"{path.name}:{line}: a correction needs a reason/source")
            if wrong == right:
                raise DataError(f"{path.name}:{line}: wrong and right values are the same")
            if (code, field) in seen:
                raise DataError(f"{path.name}:{line}: second correction of {field} for {code}")
            seen.add((code, field))
            corrections.append(Correction(line, code, field, wrong, right, reason))
    return corrections


def apply_corrections(units: list[Unit], corrections: list[Correction], fields: tuple[str, ...]) -> int:
    by_code = {unit.code: unit for unit in units}
    applied = 0
    for fix in corrections:
        if fix.field not in fields:
            continue
        unit = by_code.get(fix.code)
        if unit is None:
            raise DataError(f"{CORRECTIONS.name}:{fix.line}: code {fix.code} is not in the source")
        current = getattr(unit, fix.field)
        current_text = "" if current is None else current
        if current_text != fix.wrong:
            raise DataError(
                f"{CORRECTIONS.name}:{fix.line}: {fix.code} {fix.field} is {current_text!r} in the source, "
                f"the correction expects {fix.wrong!r}; the source changed, review this row"
            )
        value: str | None = fix.right
        if fix.field == "parent_code" and fix.right == "":
            value = None
        setattr(unit, fix.field, value)
        if fix.field == "name":
            unit.full_name = PREFIXES[unit.kind] + unit.name
        applied += 1
    return applied


def derive_names(units: list[Unit]) -> list[str]:
    errors = []
    for unit in units:
        prefix = PREFIXES.get(unit.kind, "")
        if unit.full_name.startswith(prefix):
            unit.name = unit.full_name[len(prefix):]
        else:
            errors.append(f"{unit.code}: full_name {unit.full_name!r} does not start with {prefix!r} for kind {unit.kind}")
    return errors


def load_reviewed_unmarked(path: Path) -> dict[str, str]:
    reviewed: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if not row or row[0].startswith("#") or row[0] == "code":
                continue
            if len(row) != 3:
                raise DataError(f"{path.name}:{line}: expected 3 tab-separated columns, got {len(row)}")
            reviewed[row[0]] = unicodedata.normalize("NFC", row[1])
    return reviewed


def unmarked_names(units: list[Unit]) -> dict[str, str]:
    """Every name without any diacritic (no tone mark, no ă â ê ô ơ ư đ). Each needs a review: most are
    genuine (Kim Anh, Quang Trung, Si Ma Cai, Ia O), but a name that lost its marks looks the same.
    A rarity test (flag a bare syllable only when it is rare and its marked spellings common) missed
    Ba Dinh, whose syllable "Dinh" is bare in three names, so no name is exempted by statistics."""
    return {u.code: u.name for u in units if fold(u.name) == u.name.lower()}


def validate(units: list[Unit]) -> list[str]:
    errors: list[str] = []
    codes = collections.Counter(unit.code for unit in units)
    errors += [f"{code}: code appears {n} times" for code, n in codes.items() if n > 1]

    provinces = [u for u in units if u.kind in PROVINCE_KINDS]
    communes = [u for u in units if u.kind not in PROVINCE_KINDS]
    province_codes = {u.code for u in provinces}

    if len(provinces) != 34:
        errors.append(f"expected 34 provinces, found {len(provinces)}")
    found = collections.Counter(u.kind for u in provinces)
    if dict(found) != EXPECTED_PROVINCE_KINDS:
        errors.append(f"province kinds {dict(found)} differ from {EXPECTED_PROVINCE_KINDS}")
    if len(communes) != EXPECTED_COMMUNES:
        errors.append(f"expected {EXPECTED_COMMUNES} communes, found {len(communes)}")
    found = collections.Counter(u.kind for u in communes)
    if dict(found) != EXPECTED_COMMUNE_KINDS:
        errors.append(f"commune kinds {dict(found)} differ from {EXPECTED_COMMUNE_KINDS}")

    for unit in units:
        where = f"{unit.code} ({unit.full_name})"
        if unit.kind in PROVINCE_KINDS:
            if not re.fullmatch(r"\d{2}", unit.code):
                errors.append(f"{where}: a province code has 2 digits")
            if unit.parent_code is not None:
                errors.append(f"{where}: a province has no parent, found {unit.parent_code}")
        else:
            if not re.fullmatch(r"\d{5}", unit.code):
                errors.append(f"{where}: a commune code has 5 digits")
            if unit.parent_code not in province_codes:
                errors.append(f"{where}: parent {unit.parent_code} is not a province in the list")
        for field in ("name", "full_name"):
            value = getattr(unit, field)
            if unicodedata.normalize("NFC", value) != value:
                errors.append(f"{where}: {field} is not NFC")
            if value != " ".join(value.split()) or not value:
                errors.append(f"{where}: {field} {value!r} has odd spacing")
        if not NAME_CHARS.match(unit.name):
            errors.append(f"{where}: name {unit.name!r} has a character outside letters, digits, space, '-' and '{APOSTROPHE}'")
        for word in unit.name.split(" "):
            if word != "-" and not (word[:1].isupper() or word[:1].isdigit()):
                errors.append(f"{where}: word {word!r} of name {unit.name!r} does not start with a capital or digit")
    return errors


def render(units: list[Unit]) -> str:
    provinces = sorted((u for u in units if u.kind in PROVINCE_KINDS), key=lambda u: u.code)
    communes = sorted((u for u in units if u.kind not in PROVINCE_KINDS), key=lambda u: u.code)
    lines = [u.as_json() for u in provinces + communes]
    return "[\n" + ",\n".join(lines) + "\n]\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the committed units.json instead of writing")
    args = parser.parse_args()

    try:
        version, data = load_source()
        report_lookup_divergence(data)
        units, nfc_changed = build_units(data)
        corrections = load_corrections(CORRECTIONS)
        applied = apply_corrections(units, corrections, ("full_name", "kind", "parent_code"))
        errors = derive_names(units)
        if errors:
            raise DataError("\n".join(errors))
        applied += apply_corrections(units, corrections, ("name",))

        errors = validate(units)
        reviewed = load_reviewed_unmarked(REVIEWED_UNMARKED)
        by_code = {u.code: u for u in units}
        for code, name in reviewed.items():
            if code not in by_code or by_code[code].name != name:
                errors.append(f"{REVIEWED_UNMARKED.name}: {code} {name!r} no longer matches the list; review it again")
        for code, name in unmarked_names(units).items():
            if code not in reviewed:
                errors.append(
                    f"{code}: name {name!r} has no diacritics; check it against the official list and the "
                    f"units it was formed from, then correct it in {CORRECTIONS.name} or list it in "
                    f"{REVIEWED_UNMARKED.name} with the evidence"
                )
        if errors:
            raise DataError("\n".join(errors))
    except DataError as exc:
        print(f"units: FAILED\n{exc}", file=sys.stderr)
        return 1

    communes = sum(u.kind not in PROVINCE_KINDS for u in units)
    kinds = collections.Counter(u.kind for u in units)
    print(f"vietnam-provinces {version}: {len(units) - communes} provinces, {communes} communes "
          f"({', '.join(f'{k} {kinds[k]}' for k in PREFIXES)}); "
          f"{applied} corrections applied, {nfc_changed} names normalized to NFC")

    text = render(units)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"units: {OUTPUT.relative_to(REPO)} is stale; run regenerate.py", file=sys.stderr)
            return 1
        print(f"{OUTPUT.relative_to(REPO)} is up to date")
        return 0
    tmp = OUTPUT.with_suffix(".json.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(OUTPUT)
    print(f"wrote {OUTPUT.relative_to(REPO)} ({len(text.encode('utf-8')):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
