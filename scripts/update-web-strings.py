#!/usr/bin/env python3
"""Copies the page's STRINGS (resources/web/strings.js) into server/net/webstrings.cpp.

The page's texts are translated in the same .ts files as the desktop's (context "web"):
lupdate reads them from webstrings.cpp, and the server serves them as /i18n.json.
tst_webstrings fails when the two lists differ; run this script to bring them in step.
"""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
app = (root / "resources/web/strings.js").read_text(encoding="utf-8")
block = app[app.index("export const STRINGS = ["):]
block = block[: block.index("\n];")]
strings = [re.sub(r"\\(.)", r"\1", m) for m in re.findall(r"'((?:[^'\\]|\\.)*)'", block)]


def c_literal(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


target = root / "server/net/webstrings.cpp"
source = target.read_text(encoding="utf-8")
begin = source.index("const char *const Sources[] = {\n") + len("const char *const Sources[] = {\n")
end = source.index("};", begin)
lines = "".join(f'    QT_TRANSLATE_NOOP("web", {c_literal(s)}),\n' for s in strings)
target.write_text(source[:begin] + lines + source[end:], encoding="utf-8")
print(f"{len(strings)} strings written to {target.relative_to(root)}")
