#!/usr/bin/env python3
"""Writes the PDFs `tipdiff import` must refuse, each ILLUSTRATIVE (made here, not taken from anywhere):
encrypted.pdf (a user password), truncated.pdf (a good PDF cut in half), damaged.pdf (a header and an end
marker around garbage), scanned.pdf (pages of drawing and no text, as a scan is), not-a-report.pdf (prose
with headings, but no country narrative), zeroed-middle.pdf (a good PDF with its middle third of bytes
zeroed: poppler rebuilds it, reports the damage and finds no text on the pages that lived there).

Usage: python3 Tools/make-bad-pdfs.py GOOD.pdf OUTDIR      (GOOD.pdf: a good report PDF, cut for
       truncated.pdf and zeroed for zeroed-middle.pdf; the fixtures use examples/pdf/tip-2025-illustrative.pdf)
Needs reportlab (pip install reportlab).
"""
import pathlib
import sys

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def text_page(c, lines):
    y = 720
    for size, line in lines:
        c.setFont("Helvetica-Bold" if size > 10 else "Times-Roman", size)
        c.drawString(60, y, line)
        y -= size * 1.6


def main():
    good, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)

    c = canvas.Canvas(str(out / "encrypted.pdf"), pagesize=letter, invariant=1, encrypt="illustrative-password")
    text_page(c, [(14, "CUBA: Tier 3"), (10, "An illustrative narrative behind a password.")])
    c.save()

    data = good.read_bytes()
    (out / "truncated.pdf").write_bytes(data[: len(data) // 2])
    third = len(data) // 3
    (out / "zeroed-middle.pdf").write_bytes(data[:third] + bytes(2 * len(data) // 3 - third) + data[2 * len(data) // 3 :])

    (out / "damaged.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\ntrailer\n<< /Root 99 0 R >>\n%%EOF\n")

    c = canvas.Canvas(str(out / "scanned.pdf"), pagesize=letter, invariant=1)
    for page in range(2):
        for row in range(40):
            c.rect(60, 720 - row * 16, 300 + (row * 37 % 180), 9, fill=1, stroke=0)
        c.showPage()
    c.save()

    c = canvas.Canvas(str(out / "not-a-report.pdf"), pagesize=letter, invariant=1)
    text_page(c, [(18, "QUARTERLY NEWSLETTER"), (10, "This illustrative newsletter has headings and prose."),
                  (14, "EVENTS"), (10, "The annual meeting takes place in the spring."),
                  (14, "CONTACT"), (10, "Write to the editors with your questions.")])
    c.showPage()
    c.save()
    print(f"wrote encrypted.pdf, truncated.pdf, damaged.pdf, scanned.pdf, not-a-report.pdf and zeroed-middle.pdf to {out}")


if __name__ == "__main__":
    main()
