#!/usr/bin/env python3
"""Adds UI texts to both resource files: each line of stdin is `key<TAB>Indonesian<TAB>English`.

Keeps the two files' keys in step (a test checks that) and the entries sorted by key.
"""
import re
import sys
from xml.sax.saxutils import escape

ROOT = "src/Marketplace.Web/Resources/SharedResource"
ENTRY = re.compile(r'  <data name="(.*?)" xml:space="preserve"><value>(.*?)</value></data>\n')


def update(path, additions):
    text = open(path, encoding="utf-8").read()
    entries = dict(ENTRY.findall(text))
    entries.update({escape(k, {'"': "&quot;"}): escape(v) for k, v in additions.items()})
    head = text[: text.index("  <data ")] if "  <data " in text else text[: text.index("</root>")]
    body = "".join(f'  <data name="{k}" xml:space="preserve"><value>{v}</value></data>\n' for k, v in sorted(entries.items()))
    open(path, "w", encoding="utf-8").write(head + body + "</root>\n")


rows = [line.rstrip("\n").split("\t") for line in sys.stdin if line.strip()]
bad = [row for row in rows if len(row) != 3]
if bad:
    sys.exit(f"expected key<TAB>id<TAB>en, got: {bad[0]}")
update(ROOT + ".resx", {k: i for k, i, _ in rows})
update(ROOT + ".en.resx", {k: e for k, _, e in rows})
