#!/usr/bin/env python3
"""Drives `tipdiff review` in a real browser (Playwright for Python with Debian's chromium; no download):
the keyboard reaches the first sentence in a few Tab presses (a skip link to the text, one tab stop over
what a note can be on, arrow keys between them); a plain click opens no form (the bar offers the note); the shipped notes' quoted words are highlighted and
the status filter hides notes; select words of a sentence, press "n" (the form quotes the words, its fields
have visible labels), write a note and save; after the reload the note sits in that sentence's item,
exactly placed, focused and announced, and the YAML file holds it with a quote the server chose; resolve it
(one line of the file changes); delete it (the file is as it was); do the same at 390 px; check that the page runs no script error and that a
request without the token is refused. Works on a copy of Reports/ and Annotations/ in a temporary folder.

Usage: Tools/browser-review-check.py [path/to/tipdiff] [--screenshot docs/review.png]
"""
import argparse
import os
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from playwright.sync_api import sync_playwright

from browser_checks import Checks, chromium_path

ROOT = pathlib.Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# How many Tab presses, from the page's load, may it take to reach the first sentence: through the skip
# link to the text, and walking the page without it.
SKIP_BUDGET = 3
WALK_BUDGET = 40
SENTENCE = "document.activeElement.matches('main .item[data-item=\"sentence\"]')"


def check_keyboard(page, width, check):
    """The Tab presses to the first sentence (by the skip link to the text, then by walking the page); what
    a note can be on is one tab stop; the arrow keys move between them."""
    by_skip = walk = None
    page.wait_for_selector(".review-filters .review-count", timeout=5000)
    for presses in range(1, 200):
        page.keyboard.press("Tab")
        if page.evaluate(SENTENCE):
            walk = presses
            break
    page.reload()
    page.wait_for_load_state("load")
    page.wait_for_selector(".review-filters .review-count", timeout=5000)
    for presses in range(1, 20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('review-skip')"):
            page.keyboard.press("Enter")
            by_skip = presses if page.evaluate(SENTENCE) else 0
            break
    check(by_skip and by_skip <= SKIP_BUDGET, f"{width} px: the skip link to the text reaches the first sentence in {by_skip} Tab presses (and Enter)")
    check(walk is not None and walk <= WALK_BUDGET, f"{width} px: walking the page by Tab reaches the first sentence in {walk} presses")
    stops = page.evaluate("document.querySelectorAll('main [data-anchor][tabindex=\"0\"]').length")
    check(stops == 1, f"{width} px: what a note can be on is one tab stop ({stops})")
    first = page.evaluate("document.activeElement.dataset.change || document.activeElement.dataset.index")
    page.keyboard.press("ArrowDown")
    moved = page.evaluate("document.activeElement.matches('main [data-anchor]') && document.activeElement.getAttribute('tabindex') === '0'")
    page.keyboard.press("ArrowUp")
    back = page.evaluate("document.activeElement.dataset.change || document.activeElement.dataset.index")
    check(moved and back == first, f"{width} px: the arrow keys move the tab stop and back ({first})")
    page.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary", nargs="?", default=str(ROOT / ".build/debug/tipdiff"))
    parser.add_argument("--screenshot")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    chromium = chromium_path()
    if chromium is None:
        return 2
    work = pathlib.Path(tempfile.mkdtemp(prefix="tipdiff-review-"))
    shutil.copytree(ROOT / "Reports", work / "Reports")
    shutil.copytree(ROOT / "Annotations", work / "Annotations")
    notes_file = work / "Annotations/cuba-2025.yaml"
    port = free_port()
    server = subprocess.Popen([binary, "review", "--port", str(port)], cwd=work, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    check = Checks()
    failures = check.failures

    try:
        url = None
        deadline = time.time() + 60
        while time.time() < deadline and url is None:
            line = server.stdout.readline()
            match = re.search(r"open (http://\S+)", line)
            url = match.group(1) if match else None
        check(url is not None, "the server printed its address")
        if url is None:
            return 1
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            for width in (1300, 390):
                page = browser.new_page(viewport={"width": width, "height": 900})
                errors = []
                page.on("pageerror", lambda error: errors.append(str(error)))
                page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
                page.goto(url)
                before = notes_file.read_text(encoding="utf-8")
                check_keyboard(page, width, check)
                # A plain click on a sentence opens no form: the bar offers the note instead.
                page.locator('.item[data-index][data-item="sentence"] .text').first.click(position={"x": 5, "y": 5})
                page.wait_for_timeout(300)
                check(page.locator(".review-form").count() == 0, f"{width} px: a plain click opens no form")
                check(page.locator(".review-bar:not([hidden])").count() == 1, f"{width} px: the click offers a note in the bar")
                # The shipped notes: quoted words are marked, filters and counts are there.
                marks = page.locator("mark.review-quote").count()
                check(marks >= 1, f"{width} px: the words quote notes are on are highlighted ({marks})")
                page.wait_for_selector(".review-filters .review-count", timeout=5000)
                count = page.inner_text(".review-filters .review-count")
                page.select_option("#review-filter-status", "resolved")
                shown = page.locator(".note[data-note]:not([hidden])").count()
                check(shown >= 1 and shown < page.locator(".note[data-note]").count(),
                      f"{width} px: the status filter leaves {shown} resolved notes ({count})")
                page.select_option("#review-filter-status", "")
                page.keyboard.press("Escape")
                # Select some words of the first sentence that the newer edition has.
                selected = page.evaluate("""() => {
                    const items = [...document.querySelectorAll('.item[data-index][data-item="sentence"] .text')];
                    for (const text of items) {
                        const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
                        let node;
                        while ((node = walker.nextNode())) {
                            if (node.parentElement.closest('del, .label')) continue;
                            const match = node.nodeValue.match(/[A-Za-z][A-Za-z ,]{24,}/);
                            if (!match) continue;
                            const range = document.createRange();
                            const words = match[0].slice(0, 48);
                            range.setStart(node, match.index);
                            range.setEnd(node, match.index + words.lastIndexOf(' '));
                            const selection = window.getSelection();
                            selection.removeAllRanges();
                            selection.addRange(range);
                            text.closest('.item').scrollIntoView();
                            return {words: range.toString(), change: text.closest('.item').dataset.change};
                        }
                    }
                    return null;
                }""")
                check(selected is not None, f"{width} px: a sentence's words are selected")
                page.wait_for_selector(".review-bar:not([hidden])", timeout=5000)
                page.keyboard.press("n")
                page.wait_for_selector(".review-form textarea", timeout=5000)
                labels = page.locator(".review-form label.review-field").all_inner_texts()
                check(len(labels) == 4, f"{width} px: the form's fields have visible labels ({[l.splitlines()[0] for l in labels]})")
                heading = page.inner_text(".review-anchor")
                check(selected and selected["words"].strip() in heading, f"{width} px: the form quotes the words ({heading[:60]})")
                note_text = f"Check this wording ({width} px) with **Markdown** and <script>alert(1)</script>."
                page.fill("#review-note", note_text)
                page.fill("#review-tags", "wording, browser")
                page.fill("#review-author", "Browser Check")
                if width == 1300 and args.screenshot:
                    page.screenshot(path=args.screenshot)
                with page.expect_navigation():
                    page.click(".review-form button[type=submit]")
                page.wait_for_load_state("load")
                after = notes_file.read_text(encoding="utf-8")
                check(after.startswith(before), f"{width} px: the file keeps every byte it had")
                added = after[len(before):]
                check("quote: " in added and "Browser Check" in added and "wording" in added,
                      f"{width} px: the note was appended with a quote anchor")
                if width == 1300 and args.screenshot:
                    print("the server appended:\n" + added)
                note_id = re.search(r'- id: "([^"]+)"', added)
                note_id = note_id.group(1) if note_id else ""
                placed = page.locator(f'.item[data-change="{selected["change"]}"] .note[data-note="{note_id}"]')
                check(placed.count() == 1, f"{width} px: after the reload the note sits in the selected sentence's item")
                page.wait_for_timeout(300)
                focused = page.evaluate("document.activeElement && document.activeElement.dataset.note")
                check(focused == note_id, f"{width} px: the new note is focused after the save ({focused})")
                check("Note saved." in page.inner_text(".review-bar"), f"{width} px: the save is announced")
                check(placed.locator(".state-exact").count() == 1, f"{width} px: placed exactly")
                check(placed.locator("strong", has_text="Markdown").count() == 1, f"{width} px: its Markdown is rendered")
                check(page.locator("script", has_text="alert(1)").count() == 0, f"{width} px: the note's <script> stays text")
                # Resolve it: one line of the file changes.
                before_resolve = notes_file.read_text(encoding="utf-8")
                with page.expect_navigation():
                    placed.locator("button", has_text="Resolve").click()
                page.wait_for_load_state("load")
                after_resolve = notes_file.read_text(encoding="utf-8")
                changed = [pair for pair in zip(before_resolve.splitlines(), after_resolve.splitlines()) if pair[0] != pair[1]]
                check(len(before_resolve.splitlines()) == len(after_resolve.splitlines()) and len(changed) == 1
                      and changed[0][1].strip() == "status: resolved", f"{width} px: resolving changed one line: {changed}")
                check(page.locator(f'.note[data-note="{note_id}"][data-status="resolved"]').count() == 1,
                      f"{width} px: the page shows it resolved")
                # Delete it (after the browser's confirmation): the file is again what it was before the note.
                page.once("dialog", lambda dialog: dialog.accept())
                with page.expect_navigation():
                    page.locator(f'.note[data-note="{note_id}"] button', has_text="Delete").click()
                page.wait_for_load_state("load")
                check(notes_file.read_text(encoding="utf-8") == before, f"{width} px: deleting the note gives back the file as it was")
                check(page.locator(f'.note[data-note="{note_id}"]').count() == 0, f"{width} px: the page no longer shows it")
                check(not errors, f"{width} px: no script errors" + (f": {errors}" if errors else ""))
                refused = page.evaluate("() => fetch('/api/notes', {headers: {'X-Review-Token': 'wrong'}}).then(r => r.status)")
                check(refused == 403, f"{width} px: a request with a wrong token is refused ({refused})")
                page.close()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
