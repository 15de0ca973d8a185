#!/usr/bin/env python3
"""Reads the report's pages as people do, in a real browser, at 1300 px (a desktop) and 390 px (a phone):
nothing is wider than the screen, the "what changed" block starts on the first screen, the keyboard alone
reaches it (the skip link, then Tab to its first link, Enter lands on the change), every link lands
(a fragment on an element of the page, a relative link on a file that exists), moves link where they stand
and where they stood both ways, sections without changes wait behind a closed toggle, and axe-core finds no
serious or critical violation. With --screenshots DIR it also saves the first screen of each page at both
widths as a PNG (the README shows them).

Usage: Tools/browser-reader-check.py [--screenshots DIR] PAGE.html...
Needs Playwright for Python and axe-playwright-python (pip install playwright axe-playwright-python) and
Debian's chromium; no browser is downloaded and the pages ask the network for nothing.
"""
import argparse
import pathlib
import sys
import urllib.parse

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from browser_checks import Checks, chromium_path

# A desktop and a phone: width and height of the first screen.
WIDTHS = {"desktop": (1300, 900), "phone": (390, 844)}
# How many Tab presses may it take, after the skip link, to reach the first link of "what changed".
TAB_BUDGET = 12


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="+", type=pathlib.Path)
    parser.add_argument("--screenshots", type=pathlib.Path, help="save each page's first screen at both widths here")
    parser.add_argument("--prefix", default="", help="the screenshots' names start with this")
    options = parser.parse_args()
    chromium = chromium_path()
    if chromium is None:
        return 2
    check = Checks()
    failures = check.failures

    axe = Axe()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for path in options.pages:
            path = path.resolve()
            for width, height in WIDTHS.values():
                page = browser.new_page(viewport={"width": width, "height": height})
                where = f"{path.name} at {width} px"
                requests, errors = [], []
                page.on("request", lambda request: requests.append(request.url))
                page.on("pageerror", lambda error: errors.append(str(error)))
                page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
                page.goto(path.as_uri())

                wide = page.evaluate("document.documentElement.scrollWidth")
                check(wide <= width, f"{where}: nothing wider than the screen ({wide} px)")
                top = page.evaluate("(() => { const b = document.querySelector('.what-changed'); "
                                    "return b ? b.getBoundingClientRect().top : null; })()")
                check(top is not None and top < height * 0.75, f"{where}: 'what changed' starts on the first screen (at {top} px)")
                if options.screenshots:
                    options.screenshots.mkdir(parents=True, exist_ok=True)
                    save(page, options.screenshots / f"{options.prefix}{path.stem}-{width}.png")

                check_keyboard(page, where, check)
                check_change_keys(page, where, check)
                check_links(page, path, where, check)
                check_moves(page, where, check)
                check_quiet_sections(page, where, check)

                results = axe.run(page)
                serious = [v for v in results.response.get("violations", []) if v.get("impact") in ("serious", "critical")]
                detail = "; ".join(f"{v['id']} ({len(v['nodes'])}): {v['nodes'][0]['target']}" for v in serious)
                check(not serious, f"{where}: no serious or critical axe-core violations" + (f": {detail}" if detail else ""))
                outside = [url for url in requests if not url.startswith("file:")]
                check(not outside, f"{where}: no network requests" + (f": {outside}" if outside else ""))
                check(not errors, f"{where}: no script or policy errors" + (f": {errors}" if errors else ""))
                page.close()
        browser.close()
    return 1 if failures else 0


def save(page, target):
    """The first screen as a PNG, in 64 colours when Pillow is at hand (a third of the bytes)."""
    page.screenshot(path=str(target))
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(target) as image:
        image.convert("RGB").quantize(colors=64).save(target, optimize=True)


def check_keyboard(page, where, check):
    """Tab reaches the skip link first; Enter on it moves focus into the main content; Tab from there
    reaches a link of 'what changed', and Enter on that link lands on an element of the page."""
    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement && document.activeElement.className")
    check(first == "skip", f"{where}: the first Tab reaches the skip link")
    page.keyboard.press("Enter")
    inside = page.evaluate("!!document.activeElement.closest('main')")
    check(inside, f"{where}: the skip link moves focus into the main content")
    reached = False
    for _ in range(TAB_BUDGET):
        page.keyboard.press("Tab")
        if page.evaluate("!!(document.activeElement.closest('.what-changed') && document.activeElement.matches('a[href]'))"):
            reached = True
            break
    check(reached, f"{where}: Tab reaches a link of 'what changed' within {TAB_BUDGET} presses")
    if not reached:
        return
    href = page.evaluate("document.activeElement.getAttribute('href')")
    if not href.startswith("#"):
        return
    page.keyboard.press("Enter")
    landed = page.evaluate(
        "(() => { const t = document.getElementById(decodeURIComponent(location.hash.slice(1))); if (!t) return null; "
        "const r = t.getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight; })()")
    check(landed is True, f"{where}: Enter on '{href}' shows its change")


def check_change_keys(page, where, check):
    """j goes to the next change and k back, each focused and shown; the buttons do the same."""
    count = page.evaluate("document.querySelectorAll(\"main .item[id^='c-'], main tr[id^='c-']\").length")
    if count < 2:
        return
    page.evaluate("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    focused = "(() => { const e = document.activeElement; const r = e.getBoundingClientRect(); "\
              "return e.id && e.id.startsWith('c-') && r.top > -2 && r.top < innerHeight ? e.id : null; })()"
    page.keyboard.press("j")
    first = page.evaluate(focused)
    page.keyboard.press("j")
    second = page.evaluate(focused)
    page.keyboard.press("k")
    back = page.evaluate(focused)
    check(first and second and first != second and back == first, f"{where}: j and k move from change to change ({first}, {second}, {back})")
    page.click("nav.change-nav [data-step='1']")
    check(page.evaluate(focused) == second, f"{where}: the 'next change' button does what j does")
    status = page.inner_text("nav.change-nav [role=status]")
    check(status.startswith("change 2 of "), f"{where}: the change bar says where the reader is ({status})")


def check_moves(page, where, check):
    """Every moved sentence links to the marker where it stood, and that marker links back; following the
    two links shows each end in turn."""
    moves = page.evaluate("""() => Array.from(document.querySelectorAll('main .text.moved'), text => {
        const item = text.closest('.item');
        const there = text.querySelector('a[href^="#was-"]');
        const was = there && document.getElementById(there.getAttribute('href').slice(1));
        return {id: item.id, linked: !!there, back: !!(was && was.querySelector('a[href="#' + item.id + '"]'))};
    })""")
    markers = page.evaluate("document.querySelectorAll('main .item.was').length")
    if not moves and not markers:
        return
    unlinked = [m["id"] for m in moves if not (m["linked"] and m["back"])]
    check(not unlinked and len(moves) == markers,
          f"{where}: {len(moves)} moves link both ends ({markers} markers where they stood)" + (f"; not: {unlinked[:3]}" if unlinked else ""))
    shown = "(() => { const t = document.getElementById(decodeURIComponent(location.hash.slice(1))); if (!t) return null; " \
            "const r = t.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight ? t.id : null; })()"
    first = moves[0]["id"]
    page.evaluate(f"window.scrollTo(0, 0); document.getElementById('{first}').querySelector('a[href^=\"#was-\"]').click()")
    stood = page.evaluate(shown)
    page.evaluate(f"document.getElementById('was-{first[2:]}').querySelector('a').click()")
    now = page.evaluate(shown)
    check(stood == f"was-{first[2:]}" and now == first, f"{where}: a move's link shows where it stood ({stood}) and the marker's shows where it stands ({now})")


def check_quiet_sections(page, where, check):
    """Sections without changes are closed under a toggle: their headings are hidden until Enter on it
    opens it (a closed <details>, so no script is needed)."""
    boxes = page.locator("main details.quiet-sections")
    if boxes.count() == 0:
        return
    hidden = page.evaluate("Array.from(document.querySelectorAll('main details.quiet-sections')).every(d => !d.open && "
                           "Array.from(d.querySelectorAll('h2, h3')).every(h => !h.checkVisibility()))")
    summary = boxes.first.locator("summary")
    summary.focus()
    page.keyboard.press("Enter")
    shown = page.evaluate("(() => { const d = document.querySelector('main details.quiet-sections'); return d.open && "
                          "Array.from(d.querySelectorAll('h2, h3')).every(h => h.checkVisibility()); })()")
    page.keyboard.press("Enter")
    check(hidden and shown, f"{where}: the {boxes.count()} lists of sections without changes are closed, and Enter on one shows its headings")


def check_links(page, path, where, check):
    """Every fragment names an element of the page; every relative link names a file that exists."""
    hrefs = page.evaluate("Array.from(document.querySelectorAll('a[href]'), a => a.getAttribute('href'))")
    ids = set(page.evaluate("Array.from(document.querySelectorAll('[id]'), e => e.id)"))
    dangling = []
    for href in set(hrefs):
        parts = urllib.parse.urlsplit(href)
        if parts.scheme in ("http", "https", "mailto"):
            continue
        if not parts.path:
            if urllib.parse.unquote(parts.fragment) not in ids:
                dangling.append(href)
        elif not (path.parent / urllib.parse.unquote(parts.path)).is_file():
            dangling.append(href)
    check(not dangling, f"{where}: all {len(set(hrefs))} links land" + (f"; dangling: {sorted(dangling)[:5]}" if dangling else ""))


if __name__ == "__main__":
    sys.exit(main())
