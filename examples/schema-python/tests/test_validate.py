"""Core's example request is valid; broken copies of it are invalid at the expected paths."""

import copy
import json
import subprocess
import sys
import unittest
from pathlib import Path

import validate

HERE = Path(__file__).resolve().parent.parent
EXAMPLE_FILE = HERE / "temp" / "example-support-request.json"


def example():
    # Exported from the built @npo-gemeenten/core by scripts/export-example.mjs (npm test runs it first).
    return json.loads(EXAMPLE_FILE.read_text(encoding="utf-8"))


def broken(change):
    document = copy.deepcopy(example())
    change(document)
    return document


class ValidateTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.validator = validate.load_validator()

    def paths(self, document):
        return [path for path, _ in validate.validate(document, self.validator)]

    def test_core_example_is_valid(self):
        self.assertEqual(validate.validate(example(), self.validator), [])

    def test_missing_contact_email_names_the_field(self):
        self.assertEqual(self.paths(broken(lambda d: d["contact"].pop("email"))), ["contact.email"])

    def test_bad_email_and_municipality_code(self):
        def change(d):
            d["contact"]["email"] = "jan@"
            d["municipality"]["code"] = "0088"

        self.assertEqual(self.paths(broken(change)), ["contact.email", "municipality.code"])

    def test_question_too_short(self):
        self.assertEqual(self.paths(broken(lambda d: d.update(question="Kunt u helpen?"))), ["question"])

    def test_consent_must_be_true(self):
        self.assertEqual(self.paths(broken(lambda d: d.update(privacyConsent=False))), ["privacyConsent"])

    def test_support_types_at_least_one_and_unique(self):
        self.assertEqual(self.paths(broken(lambda d: d.update(supportTypes=[]))), ["supportTypes"])
        self.assertEqual(self.paths(broken(lambda d: d.update(supportTypes=["local-structure", "local-structure"]))), ["supportTypes"])
        self.assertEqual(self.paths(broken(lambda d: d.update(supportTypes=["local-structure", "summer-school"]))), ["supportTypes.1"])

    def test_partners_other_required_with_other(self):
        self.assertEqual(self.paths(broken(lambda d: d.update(partners=["library", "other"]))), ["partnersOther"])

    def test_unknown_field_is_refused_at_the_root(self):
        # The widget's honeypot `website` is not part of a request: the intake removes it first.
        self.assertEqual(self.paths(broken(lambda d: d.update(website=""))), [""])

    def test_impossible_date(self):
        # Both the pattern and the `date` format reject it: two errors on the one field.
        self.assertEqual(set(self.paths(broken(lambda d: d.update(preferredStart="2025-02-30")))), {"preferredStart"})

    def test_nested_eligibility_answers(self):
        self.assertEqual(
            self.paths(broken(lambda d: d["eligibility"]["answers"].update(targetGroupShare=101))),
            ["eligibility.answers.targetGroupShare"],
        )

    def test_patterns_end_at_the_end_of_the_text_as_in_javascript(self):
        # Python's `$` would also match before a final newline; JSON Schema patterns are ECMA-262.
        self.assertEqual(self.paths(broken(lambda d: d["contact"].update(email="jan@example.nl\n"))), ["contact.email"])
        self.assertEqual(self.paths(broken(lambda d: d["municipality"].update(code="GM\u0660\u0660\u0668\u0668"))), ["municipality.code"])


class CommandLineTest(unittest.TestCase):
    def run_cli(self, document):
        return subprocess.run(
            [sys.executable, str(HERE / "validate.py"), "-"],
            input=json.dumps(document),
            capture_output=True,
            text=True,
            check=False,
        )

    def test_valid_document(self):
        result = self.run_cli(example())
        self.assertEqual((result.returncode, result.stdout), (0, "valid\n"))

    def test_each_error_on_a_line_with_its_path(self):
        def change(d):
            d["contact"].pop("email")
            d["privacyConsent"] = False

        result = self.run_cli(broken(change))
        self.assertEqual(result.returncode, 1)
        lines = result.stdout.splitlines()
        self.assertEqual([line.split(":", 1)[0] for line in lines], ["contact.email", "privacyConsent"])
        self.assertIn("'email' is a required property", lines[0])

    def test_not_json(self):
        result = subprocess.run(
            [sys.executable, str(HERE / "validate.py"), "-"], input="{", capture_output=True, text=True, check=False
        )
        self.assertEqual(result.returncode, 2)
        self.assertIn("cannot read", result.stderr)


if __name__ == "__main__":
    unittest.main()
