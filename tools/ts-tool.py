#!/usr/bin/env python3
"""Helps keep translations/*.ts complete after `cmake --build build --target update_translations`.

  ts-tool.py fill-en translations/gpuvirt_en.ts          English: source as translation, plural forms
  ts-tool.py pending translations/gpuvirt_zh_CN.ts > p.json   unfinished messages as JSON
  ts-tool.py apply translations/gpuvirt_zh_CN.ts t.json   fill from [{context, source, comment?, translation}]
  ts-tool.py check translations/*.ts                      exit 1 while anything is unfinished
  ts-tool.py glossary translations/gpuvirt_zh_CN.ts [docs/glossary.md]
                                                          exit 1 when a translation leaves the glossary

A translation in t.json is a string, or a list of plural forms for a %n message (one form for zh_CN).
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def load(path):
    return ET.parse(path)


def save(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            yield name, m


def unfinished(m):
    t = m.find("translation")
    return t is not None and t.get("type") == "unfinished"


def key(context, m):
    return (context, m.findtext("source"), m.findtext("comment") or "")


def set_translation(m, value):
    t = m.find("translation")
    for child in list(t):
        t.remove(child)
    t.text = None
    if m.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        for form in forms:
            ET.SubElement(t, "numerusform").text = form
    else:
        t.text = value if isinstance(value, str) else value[0]
    t.attrib.pop("type", None)


def english_forms(source):
    singular = re.sub(r"\((e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return [singular, plural]


def glossary_rules(path):
    """Rows of the "Checked terms" table of docs/glossary.md: (english, required, forbidden) regex lists."""
    rules, inside = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                inside = line.strip() == "## Checked terms"
                continue
            # A `\|` inside a cell is a regex alternative, not a column border (GitHub markdown escapes it so).
            cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
            if not inside or len(cells) < 3 or not line.startswith("|") or set(cells[0]) <= set("-: "):
                continue
            if cells[0] == "English (regex)":
                continue
            split = lambda cell: [t.strip().strip("`") for t in cell.split(";") if t.strip().strip("`")]
            rules.append((split(cells[0]), split(cells[1]), split(cells[2])))
    return rules


def translations_of(m):
    t = m.find("translation")
    if m.get("numerus") == "yes":
        return [f.text or "" for f in t.iter("numerusform")]
    return [t.text or ""]


def glossary_findings(tree, rules):
    """(context, source, translation, problem) for every translation that leaves a checked term."""
    found = []
    for ctx, m in messages(tree):
        if unfinished(m):
            continue
        source = m.findtext("source") or ""
        for text in translations_of(m):
            for english, required, forbidden in rules:
                if not any(re.search(r"(?<![\w/-])(?:%s)(?!\w)" % e, source, re.I) for e in english):
                    continue
                if required and not any(re.search(r, text) for r in required):
                    found.append((ctx, source, text, "lacks " + " / ".join(required)))
                for bad in forbidden:
                    if re.search(bad, text):
                        found.append((ctx, source, text, "uses " + bad + ", glossary: " + " / ".join(required)))
    return found


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    verb, path = argv[1], argv[2]
    if verb == "check":
        bad = 0
        for p in argv[2:]:
            for ctx, m in messages(load(p)):
                if unfinished(m):
                    bad += 1
                    print(f"{p}: unfinished: [{ctx}] {m.findtext('source')!r}")
        return 1 if bad else 0
    tree = load(path)
    if verb == "glossary":
        rules = glossary_rules(argv[3] if len(argv) > 3 else "docs/glossary.md")
        found = glossary_findings(tree, rules)
        for ctx, source, text, problem in found:
            print(f"[{ctx}] {source!r} -> {text!r}: {problem}")
        print(f"{len(found)} finding(s), {len(rules)} checked terms", file=sys.stderr)
        return 1 if found else 0
    if verb == "fill-en":
        for _, m in messages(tree):
            if unfinished(m):
                src = m.findtext("source")
                set_translation(m, english_forms(src) if m.get("numerus") == "yes" else src)
        save(tree, path)
    elif verb == "pending":
        out = [{"context": c, "source": m.findtext("source"), "comment": m.findtext("comment") or "",
                "numerus": m.get("numerus") == "yes"} for c, m in messages(tree) if unfinished(m)]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    elif verb == "apply":
        with open(argv[3], encoding="utf-8") as f:
            wanted = {(e["context"], e["source"], e.get("comment", "")): e["translation"] for e in json.load(f)}
        done = 0
        for c, m in messages(tree):
            k = key(c, m)
            if k in wanted and wanted[k]:
                set_translation(m, wanted[k])
                done += 1
        save(tree, path)
        print(f"applied {done} of {len(wanted)}", file=sys.stderr)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
