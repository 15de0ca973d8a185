#!/usr/bin/env python3
"""Drives the report's country index in a real browser: the filter hides rows that do not match, a click
on a column heading sorts, the keyboard sorts too, and the page asks the network for nothing.

Usage: Tools/browser-index-check.py REPORT.html
Needs Playwright for Python (pip install playwright) and Debian's chromium; no browser is downloaded.
"""
import pathlib
import sys

from playwright.sync_api import sync_playwright

from browser_checks import Checks, chromium_path


def main() -> int:
    page_path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "out/report.html").resolve()
    chromium = chromium_path()
    if chromium is None:
        return 2
    check = Checks()
    failures = check.failures

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1300, "height": 900})
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(page_path.as_uri())
        rows = page.locator("table.index tbody tr")
        total = rows.count()
        check(total > 1, f"the index lists {total} countries")
        check(page.locator("p.tools").is_visible(), "the filter shows when the script runs")
        cells = ":scope > th, :scope > td"  # the country's name is the row's header cell
        first = rows.nth(0).locator(cells).nth(0).inner_text()
        page.fill("#index-filter", first)
        visible = page.locator("table.index tbody tr:visible").count()
        check(1 <= visible < total, f"filtering on '{first}' leaves {visible} of {total} rows")
        page.fill("#index-filter", "")
        check(page.locator("table.index tbody tr:visible").count() == total, "clearing the filter shows every row")

        def column(n):
            return [rows.nth(i).locator(cells).nth(n).inner_text() for i in range(total)]

        names = column(0)
        header = page.locator("table.index thead th").nth(0)
        header.click()
        ascending = column(0)
        check(ascending == sorted(names, key=str.lower), "a click on 'country' sorts A to Z")
        header.click()
        check(column(0) == list(reversed(ascending)), "a second click sorts Z to A")
        headings = [text.strip().lower() for text in page.locator("table.index thead th").all_inner_texts()]
        at = headings.index("wording")  # the effort column is left out when no finding changed
        wording = page.locator("table.index thead th").nth(at)
        wording.focus()
        page.keyboard.press("Enter")
        counts = [int(text.split()[0]) for text in column(at)]
        check(counts == sorted(counts), "Enter on 'wording' sorts by count, ascending")
        link = rows.nth(0).locator("a").get_attribute("href") or ""
        target = page.locator(f"[id='{link[1:]}']").count() if link.startswith("#") else 0
        check(target == 1, f"the first row links to its section ({link})")
        check(not errors, "no script errors" + (f": {errors}" if errors else ""))
        outside = [url for url in requests if not url.startswith("file:")]
        check(not outside, "no network requests" + (f": {outside}" if outside else ""))
        browser.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
