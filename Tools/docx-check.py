#!/usr/bin/env python3
"""Checks tipdiff's Word outputs for real: the report's .docx and the comparison chart (.docx and .csv).

    python3 Tools/docx-check.py .build/debug/tipdiff OLD NEW [--annotations PATH] [--png docs/report-docx.png]

It runs `tipdiff report OLD NEW` into a scratch folder (with --chart, once as .docx and once as .csv), then:
  - opens the document with python-docx: Heading 1-3 styles used, tables present, comments present;
  - reads word/document.xml itself: in every section (found by its heading's bookmark
    `tipdiff_c<country>_<kind>_<n>`, the country by its Heading 1's `tipdiff_c<country>`) keeping every
    w:ins/w:moveTo and dropping every w:del/w:moveFrom gives the newer edition's sentences, the reverse
    the older edition's (compared with `tipdiff parse --format json` of each side);
  - every note is a comment (as many comments as notes placed and orphaned), each with a range, a reference
    and an author, and a quote note's range holds its quote; resolved notes are done in commentsExtended.xml;
  - every chart row cites its source: an edition's file and SHA-256 and a position, and a sentence row's text
    is the cited sentence;
  - LibreOffice (headless) converts the document to PDF without error, and pdftotext of it holds the
    narrative's unchanged sentences; with --png, page 1 as a small PNG (pdftoppm).
Exit 0 when every check passes, 1 with the failures listed.
"""
import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"

failures = []
quiet = False


def fail(message):
    failures.append(message)
    if not quiet:
        print("FAIL:", message)


def must_fail(what, check):
    """Runs `check` on an altered document: it must report a failure, which is then forgotten."""
    global quiet
    before, quiet = len(failures), True
    try:
        check()
    finally:
        quiet = False
    if len(failures) == before:
        fail(f"self-test: the check passed a document with {what}")
    else:
        del failures[before:]


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def parse(tipdiff, path):
    out = subprocess.run([tipdiff, "parse", path, "--format", "json"], check=True, capture_output=True, text=True).stdout
    data = json.loads(out)
    return data if isinstance(data, list) else [data]


def sections_by_kind(edition):
    kinds = {}
    for section in edition["sections"]:
        sentences = [s["text"] for p in section["paragraphs"] for s in p["sentences"]]
        kinds.setdefault(section["kind"], []).append(sentences)
    return kinds


def side_text(paragraph, accept):
    """The paragraph's text with every change accepted (accept=True) or rejected."""
    parts = []

    def walk(node, dropped):
        tag = node.tag
        if tag in (W + "ins", W + "moveTo"):
            dropped = dropped or not accept
        elif tag in (W + "del", W + "moveFrom"):
            dropped = dropped or accept
        if tag in (W + "t", W + "delText") and not dropped:
            parts.append(node.text or "")
        for child in node:
            walk(child, dropped)

    walk(paragraph, False)
    return "".join(parts)


def style_of(paragraph):
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    return style.get(W + "val") if style is not None else None


def narrative_sections(body):
    """Bookmark name → the paragraphs under that heading, up to the next heading; and country name → its
    bookmark, read off the Heading 1 that carries `tipdiff_c<n>` ("Cuba: the 2025 narrative, ...")."""
    sections, countries, current = {}, {}, None
    for paragraph in body.iter(W + "p"):
        style = style_of(paragraph) or ""
        if style.startswith("Heading") or style == "Title":
            current = None
            for mark in paragraph.iter(W + "bookmarkStart"):
                name = mark.get(W + "name", "")
                if re.fullmatch(r"tipdiff_c\d+", name):
                    heading = "".join(t.text or "" for t in paragraph.iter(W + "t"))
                    countries[heading.split(": the ")[0]] = name
                elif name.startswith("tipdiff_"):
                    if name in sections:
                        fail(f"two headings carry the bookmark {name}")
                    current = name
                    sections[name] = []
            continue
        if current:
            sections[current].append(paragraph)
    return sections, countries


def check_tracked_changes(document, olds, news):
    body = document.find(W + "body")
    found, countries = narrative_sections(body)
    compared = 0
    for new in news:
        old = next((o for o in olds if o["country"] == new["country"]), None)
        if old is None:
            continue
        if new["country"] not in countries:
            fail(f"{new['country']}: no narrative heading in the document")
            continue
        prefix = countries[new["country"]] + "_"
        old_kinds, new_kinds = sections_by_kind(old), sections_by_kind(new)
        for kind in sorted(set(old_kinds) | set(new_kinds)):
            o_list, n_list = old_kinds.get(kind, []), new_kinds.get(kind, [])
            for ordinal in range(max(len(o_list), len(n_list))):
                name = prefix + f"{kind}_{ordinal}"
                if name not in found:
                    fail(f"{new['country']}: no section {kind} #{ordinal} (bookmark {name}) in the document")
                    continue
                paragraphs = found[name]
                accepted = squash(" ".join(side_text(p, True) for p in paragraphs))
                rejected = squash(" ".join(side_text(p, False) for p in paragraphs))
                want_new = squash(" ".join(n_list[ordinal] if ordinal < len(n_list) else []))
                want_old = squash(" ".join(o_list[ordinal] if ordinal < len(o_list) else []))
                if accepted != want_new:
                    fail(f"{new['country']} {kind}: accept-all is not the newer edition's text\n  got  {accepted[:300]}\n  want {want_new[:300]}")
                if rejected != want_old:
                    fail(f"{new['country']} {kind}: reject-all is not the older edition's text\n  got  {rejected[:300]}\n  want {want_old[:300]}")
                compared += 1
    return compared


def comment_ranges(document):
    """Comment id → the text its range covers (both sides of any change inside it)."""
    open_ranges, texts = {}, {}
    for node in document.iter():
        if node.tag == W + "commentRangeStart":
            open_ranges[node.get(W + "id")] = []
        elif node.tag == W + "commentRangeEnd":
            cid = node.get(W + "id")
            texts[cid] = "".join(open_ranges.pop(cid, []))
        elif node.tag in (W + "t", W + "delText"):
            for parts in open_ranges.values():
                parts.append(node.text or "")
    return texts


def check_comments(package, document, notes_expected, quotes):
    names = package.namelist()
    if notes_expected == 0:
        return 0
    if "word/comments.xml" not in names:
        fail("no word/comments.xml although there are notes")
        return 0
    comments = ET.fromstring(package.read("word/comments.xml")).findall(W + "comment")
    if len(comments) != notes_expected:
        fail(f"{len(comments)} comments for {notes_expected} notes")
    ranges = comment_ranges(document)
    references = {r.get(W + "id") for r in document.iter(W + "commentReference")}
    done = {}
    if "word/commentsExtended.xml" in names:
        for ex in ET.fromstring(package.read("word/commentsExtended.xml")):
            done[ex.get(W15 + "paraId")] = ex.get(W15 + "done") == "1"
    for comment in comments:
        cid = comment.get(W + "id")
        text = " ".join("".join(t.text or "" for t in p.iter(W + "t")) for p in comment.iter(W + "p"))
        if not comment.get(W + "author"):
            fail(f"comment {cid} has no author")
        if cid not in ranges or not ranges[cid].strip():
            fail(f"comment {cid} is anchored on no text")
        if cid not in references:
            fail(f"comment {cid} has no reference mark")
        match = re.search(r"note (\S+) ·", text)
        if not match:
            fail(f"comment {cid} does not name its note")
            continue
        note = match.group(1)
        quote = quotes.get(note)
        if quote and "landed" not in text and squash(quote) not in squash(ranges.get(cid, "")):
            fail(f"note {note}: its comment is on “{ranges.get(cid, '')[:80]}”, not on its quote “{quote}”")
        last = list(comment.iter(W + "p"))[-1]
        resolved = "Status: resolved" in text
        if done.get(last.get(W14 + "paraId")) != resolved:
            fail(f"note {note}: resolved state in commentsExtended.xml does not match")
    return len(comments)


def quotes_of(annotation_paths):
    import yaml

    quotes = {}
    for path in annotation_paths:
        files = [os.path.join(path, f) for f in sorted(os.listdir(path)) if f.endswith(".yaml")] if os.path.isdir(path) else [path]
        for file in files:
            with open(file, encoding="utf-8") as handle:
                data = yaml.safe_load(handle) or {}
            for note in data.get("notes", []):
                anchor = note.get("anchor") or {}
                if isinstance(anchor, dict) and "quote" in anchor:
                    quotes[str(note["id"])] = anchor["quote"]
    return quotes


def check_chart(chart_docx, chart_csv, editions):
    import docx

    hashes = {e["source"]["sha256"]: e for e in editions}
    with open(chart_csv, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for number, row in enumerate(rows, 1):
        cited = False
        for side in ("old", "new"):
            sha, position, file = row[f"{side}_sha256"], row[f"{side}_position"], row[f"{side}_file"]
            if not sha:
                continue
            cited = True
            edition = hashes.get(sha)
            if edition is None or edition["source"]["path"] != file or not position:
                fail(f"chart row {number}: the {side} side cites {file} {sha[:12]} {position!r}, not an edition compared")
                continue
            m = re.fullmatch(r"sentence (\d+)", position)
            if m and re.match(r"(\d+ )?sentences? ", row["change"]):
                # The cited sentence number starts the quoted text in one of the edition's sections (a
                # paragraph added or removed whole is its sentences in a row).
                index = int(m.group(1)) - 1
                text = squash(row[f"{side}_text"])
                sections = [sentences for sec in sections_by_kind(edition).values() for sentences in sec]
                if not any(index < len(sentences) and squash(" ".join(sentences[index:])).startswith(text)
                           for sentences in sections):
                    fail(f"chart row {number}: the {side} text is not what sentence {index + 1} of {file} begins")
        if not cited:
            fail(f"chart row {number} cites no edition")
    document = docx.Document(chart_docx)
    if not document.tables:
        fail("the chart document has no table")
        return len(rows)
    table_rows = len(document.tables[0].rows) - 1
    if table_rows != len(rows):
        fail(f"the chart table has {table_rows} rows, the CSV {len(rows)}")
    for index, row in enumerate(document.tables[0].rows[1:], 1):
        where = row.cells[-1].text
        if not re.search(r"SHA-256 [0-9a-f]{64}", where):
            fail(f"chart table row {index}: its 'where' cell cites no SHA-256")
    return len(rows)


def check_pdf(report_docx, news, scratch, png):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        fail("LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer")
        return
    profile = "file://" + os.path.join(scratch, "lo-profile")
    run = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", scratch, report_docx],
        capture_output=True, text=True, timeout=300)
    pdf = os.path.join(scratch, os.path.splitext(os.path.basename(report_docx))[0] + ".pdf")
    if run.returncode != 0 or not os.path.exists(pdf):
        fail(f"LibreOffice could not convert the document: {run.returncode} {run.stderr.strip()[:300]}")
        return
    text = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True, text=True).stdout
    # pdftotext joins a word hyphenated at a line's end, dropping the hyphen: spaces and hyphens aside.
    flat = re.sub(r"[\s-]+", "", text)
    # LibreOffice prints a tracked change's both sides (the deletion struck through): each narrative paragraph as
    # shown is its every run, deleted or inserted, in order; the PDF's text must hold each (spaces aside).
    with zipfile.ZipFile(report_docx) as package:
        document = ET.fromstring(package.read("word/document.xml"))
    shown = []
    for paragraphs in narrative_sections(document.find(W + "body"))[0].values():
        for paragraph in paragraphs:
            runs = "".join(t.text or "" for t in paragraph.iter() if t.tag in (W + "t", W + "delText"))
            if runs.strip():
                shown.append(re.sub(r"[\s-]+", "", runs))
    missing = [p for p in shown if p[:80] not in flat or p[-80:] not in flat]
    if not shown or missing:
        fail(f"the PDF's text lacks {len(missing)} of the narrative's {len(shown)} paragraphs, e.g. {missing[0][:80] if missing else ''}")
    print(f"pdf: {len(shown) - len(missing)} of {len(shown)} narrative paragraphs found in the PDF's text")
    if png:
        base = os.path.join(scratch, "page")
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, base], check=True)
        shutil.copyfile(base + ".png", png)
        print(f"wrote {png}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tipdiff")
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--annotations", action="append", default=[])
    parser.add_argument("--png", help="write page 1 of the document, as LibreOffice renders it, to this PNG")
    args = parser.parse_args()
    import docx

    scratch = tempfile.mkdtemp(prefix="tipdiff-docx-")
    try:
        notes = []
        for a in args.annotations:
            notes += ["--annotations", a]
        report = os.path.join(scratch, "report.docx")
        base = [args.tipdiff, "report", args.old, args.new, "--quiet", "-o", os.path.join(scratch, "report.xml")] + notes
        out = subprocess.run(base + ["--docx", report, "--chart", os.path.join(scratch, "chart.docx")],
                             check=True, capture_output=True, text=True).stdout
        subprocess.run(base + ["--docx", report, "--chart", os.path.join(scratch, "chart.csv")], check=True, capture_output=True)
        # The same inputs give the same bytes, whatever the time zone (zip entries carry a time).
        again = os.path.join(scratch, "again.docx")
        subprocess.run(base + ["--docx", again], check=True, capture_output=True, env=dict(os.environ, TZ="America/New_York"))
        with open(report, "rb") as one, open(again, "rb") as two:
            if one.read() != two.read():
                fail("the same inputs gave a different .docx in another time zone")
        m = re.search(r"notes: (\d+) placed, (\d+) orphaned", out)
        expected = int(m.group(1)) + int(m.group(2)) if m else 0

        olds, news = parse(args.tipdiff, args.old), parse(args.tipdiff, args.new)
        document_docx = docx.Document(report)
        styles = {p.style.name for p in document_docx.paragraphs}
        for level in ("Heading 1", "Heading 2"):
            if level not in styles:
                fail(f"no paragraph in style {level}")
        if len(document_docx.tables) < 1:
            fail("the document has no table")
        with zipfile.ZipFile(report) as package:
            document = ET.fromstring(package.read("word/document.xml"))
            compared = check_tracked_changes(document, olds, news)
            comments = check_comments(package, document, expected, quotes_of(args.annotations or ["Annotations"]))
            # The checks can fail: a dropped deletion breaks reject-all, a dropped comment range a note.
            import copy

            altered = copy.deepcopy(document)
            for parent in altered.iter():
                gone = parent.find(W + "del")
                if gone is not None:
                    parent.remove(gone)
                    break
            must_fail("a deletion dropped", lambda: check_tracked_changes(altered, olds, news))
            if expected:
                altered = copy.deepcopy(document)
                for parent in altered.iter():
                    gone = parent.find(W + "commentRangeEnd")
                    if gone is not None:
                        parent.remove(gone)
                        break
                must_fail("a comment's range dropped",
                          lambda: check_comments(package, altered, expected, quotes_of(args.annotations or ["Annotations"])))
            inserted = sum(1 for _ in document.iter(W + "ins"))
            deleted = sum(1 for _ in document.iter(W + "del"))
            moves = sum(1 for _ in document.iter(W + "moveTo"))
        rows = check_chart(os.path.join(scratch, "chart.docx"), os.path.join(scratch, "chart.csv"), olds + news)
        check_pdf(report, news, scratch, args.png)
        print(f"sections compared: {compared}; w:ins {inserted}, w:del {deleted}, moves {moves}; comments {comments} "
              f"for {expected} notes; chart rows {rows}; tables {len(document_docx.tables)}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if failures:
        print(f"{len(failures)} failures")
        return 1
    print("docx check: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
