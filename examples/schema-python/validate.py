#!/usr/bin/env python3
"""Validate a support request (JSON) against the JSON Schema of @npo-gemeenten/core.

Usage: python3 validate.py request.json   (or - for standard input)
Prints "valid", or one line per error: the dot-joined path of the field and what is wrong.
Exit code 0 when valid, 1 when invalid, 2 when the file cannot be read or is not JSON.
"""

import argparse
import functools
import json
import re
import sys
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError

DEFAULT_SCHEMA = Path(__file__).resolve().parents[2] / "packages" / "core" / "schema" / "support-request.json"


@functools.lru_cache(maxsize=None)
def ecma_regex(pattern):
    """Compile a JSON Schema pattern with ECMA-262 meaning for `$` and `\\d`.

    JSON Schema patterns are ECMA-262 regular expressions. Python's `$` also matches before a final
    newline and its `\\d` matches any Unicode digit, so "jan@example.nl\\n" or Arabic-Indic digits
    would pass here but fail in JavaScript (zod, Ajv). Outside character classes `$` becomes
    "end of text" and `\\d`/`\\D` become ASCII digits, inside classes `\\d` becomes 0-9.
    """
    out = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            escaped = pattern[i + 1]
            if escaped == "d":
                out.append("0-9" if in_class else "[0-9]")
            elif escaped == "D" and not in_class:
                out.append("[^0-9]")
            else:
                out.append(char + escaped)
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
        elif char == "$":
            char = r"(?![\s\S])"
        out.append(char)
        i += 1
    return re.compile("".join(out))


def ecma_pattern(validator, pattern, instance, schema):
    """The `pattern` keyword with ECMA-262 semantics (see ecma_regex)."""
    if validator.is_type(instance, "string") and not ecma_regex(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


SupportRequestValidator = validators.extend(Draft202012Validator, {"pattern": ecma_pattern})

_REQUIRED = re.compile(r"^'(.+)' is a required property$")


def load_validator(schema_path=DEFAULT_SCHEMA):
    """A validator for the schema at schema_path (core's support-request.json by default)."""
    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    SupportRequestValidator.check_schema(schema)
    return SupportRequestValidator(schema, format_checker=FormatChecker())


def error_path(error):
    """Dot-joined path of the field, as core's FieldError.path (a missing field names the field)."""
    parts = [str(part) for part in error.absolute_path]
    missing = _REQUIRED.match(error.message) if error.validator == "required" else None
    if missing:
        parts.append(missing.group(1))
    return ".".join(parts)


def validate(document, validator):
    """Every error as (path, message), sorted by path; empty when the document is valid."""
    return sorted(((error_path(e), e.message) for e in validator.iter_errors(document)), key=lambda pair: pair)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Validate a support request against core's JSON Schema.")
    parser.add_argument("file", help="JSON file with the request, or - for standard input")
    parser.add_argument("--schema", default=str(DEFAULT_SCHEMA), help="schema file (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
        document = json.loads(text)
    except (OSError, ValueError) as problem:
        print(f"cannot read {args.file}: {problem}", file=sys.stderr)
        return 2
    errors = validate(document, load_validator(args.schema))
    if not errors:
        print("valid")
        return 0
    for path, message in errors:
        print(f"{path or '(root)'}: {message}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
