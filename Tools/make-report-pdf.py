#!/usr/bin/env python3
"""Lays out a year folder of narratives as the printed report does, as a PDF: ILLUSTRATIVE ONLY (the
narratives are our own illustrative texts; the PDF says so on its title page and in every running foot).

What a real year's PDF has, and the importer must undo: a title page, an introduction and the tier
placement lists before the narratives; running heads (the report's title on even pages, the country on
odd ones) and feet with page numbers; justified text with words hyphenated at line ends (and real hyphens
such as "anti-trafficking" falling at a line end too); paragraphs with a first-line indent; bulleted
recommendations; footnote markers in the text and footnotes at the page foot; narratives that run over
pages and start wherever the last one ended, one heading deliberately left at a page foot; appendices
after the narratives. `--columns 2` sets the narratives in two columns, as some older editions did;
`--heading two-line` puts the country's name and its tier on separate lines, as older layouts did.

Artefacts of the real PDF, an option each (the manifest lists where each was drawn): `--side-tab` prints the
country's name rotated 90 degrees as a tab at the page's outer edge on every page of its narrative;
`--fake-bold` draws headings twice, 0.13 of their size apart (past poppler's own duplicate test), as the real report's bold effect does; `--spaced-head`
letter-spaces the running head ("T R A F F I C K I N G  I N  P E R S O N S ..."); `--captions` puts a photo
(a grey picture) with a caption in smaller italic type inside a column in some narratives (one caption printed
a second time, without its photo, further on) and a framed, shaded box with a short story in another;
`--garbage` prints a line of font garbage (punctuation and digits, as a font with no Unicode map extracts) in
the flow on some pages. `--like-real` is all of them with two justified columns, two-line headings and feet
that alternate "COUNTRY NARRATIVES 41" sides.

`--parts N` writes the year as N part PDFs, OUT stem + "-part1.pdf" ... (`PartedLayout`), as some years are
published: paginated as the whole, each part with a cover naming its letter range, joined at a page break in
the middle of a sentence inside a narrative; the manifest lists the parts and the narratives crossing a join.

Usage: python3 Tools/make-report-pdf.py YEAR_FOLDER OUT.pdf --year 2025 [--columns 1|2] [--heading colon|two-line]
           [--side-tab] [--fake-bold] [--spaced-head] [--captions] [--garbage] [--like-real]
           [--repeat N]   (lay out the folder N times over, for a report of several hundred pages)
           [--bare]       (the narratives alone, as a PDF of one country's narrative would be)
           [--parts N]    (N part PDFs, OUT-part1.pdf ..., instead of OUT.pdf)
Needs reportlab (pip install reportlab). Deterministic: the same folder gives the same PDF.
Writes OUT.pdf and OUT.json (the manifest: pages, each narrative's first page, hyphenated words,
footnotes, which heading was left at a page foot, and every artefact drawn: side tabs, fake-bold lines,
letter-spaced heads, captions, boxes and garbage lines, each with its page).
"""
import argparse
import json
import pathlib
import re

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = letter
MARGIN_X, TOP, BOTTOM = 60.0, 730.0, 86.0
GUTTER = 20.0
BODY, BODY_SIZE, LEADING = "Times-Roman", 10.0, 12.5
BOLD = "Times-Bold"
HEAD_FONT = "Helvetica-Bold"
LABEL = "ILLUSTRATIVE SAMPLE, NOT OFFICIAL TEXT"
CAPTION_FONT, CAPTION_SIZE, CAPTION_LEADING = "Times-Italic", 9.0, 11.0
PHOTO_H = 70.0


def clean(text: str) -> str:
    """Characters the standard fonts cannot draw are written plainly."""
    return text.replace("\u2192", "->").replace("\u2011", "-")


class Layout:
    def __init__(self, path, year, columns, title, side_tab=False, fake_bold=False, spaced_head=False, section_feet=False):
        self.c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
        self.c.setTitle(f"{title} (illustrative)")
        self.c.setAuthor("tipdiff test fixtures: illustrative, not official text")
        self.year = year
        self.columns = 1
        self.narrative_columns = columns
        self.page = 0
        self.country = None
        self.footnotes = []
        self.footnote_number = 0
        self.side_tab, self.fake_bold, self.spaced_head, self.section_feet = side_tab, fake_bold, spaced_head, section_feet
        self.in_narratives = False
        self.page_countries = []
        self.manifest = {"pages": 0, "narratives": [], "hyphenated": [], "footnotes": [], "foot_headings": [],
                         "side_tabs": [], "fake_bold": [], "spaced_heads": []}
        self.start_page()

    # Pages and columns -------------------------------------------------------------------------------
    def column_box(self):
        width = PAGE_W - 2 * MARGIN_X
        if self.columns == 1:
            return MARGIN_X, width
        col_w = (width - GUTTER) / 2
        return MARGIN_X + self.column * (col_w + GUTTER), col_w

    def start_page(self):
        self.page += 1
        self.column = 0
        self.y = TOP
        self.bottom = BOTTOM
        self.footnotes = []
        self.page_countries = [self.country] if self.country else []

    def finish_page(self):
        c = self.c
        if self.footnotes:
            # Below the body's lowest line, above the page number.
            y = BOTTOM - 12
            c.setLineWidth(0.5)
            c.line(MARGIN_X, y + 7, MARGIN_X + 120, y + 7)
            for number, text in self.footnotes:
                c.setFont(BODY, 5.5)
                c.drawString(MARGIN_X, y - 4 + 2.5, str(number))
                c.setFont(BODY, 7.5)
                c.drawString(MARGIN_X + 6, y - 4, text)
                y -= 10
        c.setFont("Helvetica", 7.5)
        head = f"TRAFFICKING IN PERSONS REPORT {self.year}"
        if self.spaced_head and self.page > 1:
            # Letter-spaced: a space between letters, two between words, and 1.5 points more between glyphs.
            head = "  ".join(" ".join(word) for word in f"TRAFFICKING IN PERSONS REPORT JUNE {self.year}".split())
            text = c.beginText()
            text.setFont("Helvetica", 7.5)
            text.setCharSpace(1.5)
            width = stringWidth(head, "Helvetica", 7.5) + 1.5 * len(head)
            text.setTextOrigin(MARGIN_X if self.page % 2 == 0 else PAGE_W - MARGIN_X - width, 756)
            text.textOut(head)
            text.setCharSpace(0)  # the spacing is text state, which outlives the text object in PDF
            c.drawText(text)
            self.manifest["spaced_heads"].append(self.page)
        elif self.page % 2 == 0:
            c.drawString(MARGIN_X, 756, head)
        else:
            right = (self.country or head).upper()
            c.drawRightString(PAGE_W - MARGIN_X, 756, right)
        if self.side_tab and self.in_narratives:
            # The country's name up the outer edge, rotated 90 degrees, for each narrative on the page: the tabs
            # one above the other, 24 points apart, centred on the page, smaller type when long names would not fit.
            outer = PAGE_W - 24 if self.page % 2 else 24
            names = [name.upper() for name in dict.fromkeys(self.page_countries)]
            size = 11.0
            while size > 6 and sum(stringWidth(n, HEAD_FONT, size) for n in names) + 24 * (len(names) - 1) > 600:
                size -= 0.5
            c.setFont(HEAD_FONT, size)
            widths = [stringWidth(n, HEAD_FONT, size) for n in names]
            start = (PAGE_H - sum(widths) - 24 * (len(names) - 1)) / 2
            for name, width in zip(names, widths):
                c.saveState()
                c.translate(outer + 4, start)
                c.rotate(90)
                c.drawString(0, 0, name)
                c.restoreState()
                start += width + 24
            for name in dict.fromkeys(self.page_countries):
                self.manifest["side_tabs"].append({"page": self.page, "country": name})
        if self.section_feet and self.in_narratives:
            c.setFont("Helvetica", 8)
            foot = f"COUNTRY NARRATIVES {self.page}"
            if self.page % 2 == 0:
                c.drawString(MARGIN_X, 50, foot)
            else:
                c.drawRightString(PAGE_W - MARGIN_X, 50, foot)
        else:
            c.setFont("Helvetica", 9)
            c.drawCentredString(PAGE_W / 2, 50, str(self.page))
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(PAGE_W / 2, 38, f"{LABEL}: tipdiff test fixture")
        c.showPage()
        self.manifest["pages"] = self.page

    def new_page(self):
        self.finish_page()
        self.start_page()

    def advance(self, height):
        """Room for `height` more points in this column, moving on to the next column or page if not."""
        if self.y - height >= self.bottom:
            return
        if self.columns == 2 and self.column == 0:
            self.column = 1
            self.y = self.column_top
            return
        self.new_page()
        self.column_top = TOP

    # Blocks -------------------------------------------------------------------------------------------
    def set_columns(self, n):
        if n != self.columns:
            self.columns = n
            self.column = 0
            self.column_top = self.y

    def title_page(self, title):
        c = self.c
        c.setFont(HEAD_FONT, 26)
        c.drawCentredString(PAGE_W / 2, 520, title.upper())
        c.setFont("Helvetica", 14)
        c.drawCentredString(PAGE_W / 2, 490, f"{self.year}")
        c.setFont("Helvetica", 10)
        c.drawCentredString(PAGE_W / 2, 450, f"{LABEL}: laid out by tipdiff's fixture generator")
        self.new_page()
        self.column_top = TOP

    def heading(self, text, size=13.0, font=HEAD_FONT, space_before=10.0):
        """A heading, wrapped at the column's width as a layout program would."""
        _, width = self.column_box()
        lines = self.wrapped(text, font, size, width)
        self.advance(space_before + size * 1.2 * len(lines))
        self.y -= space_before
        for line in lines:
            self.y -= size * 1.15
            x, _ = self.column_box()
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, line)
            if self.fake_bold:
                # Drawn again a little to the right, the real report's bold effect: 0.13 of the size, past the
                # tenth within which poppler itself drops a repeated glyph, as real extractions show the text twice.
                self.c.drawString(x + 0.13 * size, self.y, line)
                self.manifest["fake_bold"].append({"page": self.page, "text": line})
        self.y -= size * 0.5

    def paragraph(self, text, indent=12.0, bullet=None, font=BODY, footnote=None):
        x0, width = self.column_box()
        words = clean(text).split()
        # The footnote marker goes after the paragraph's first sentence.
        marker_after = None
        if footnote is not None:
            for i, word in enumerate(words):
                if re.search(r"[.]$", word):
                    marker_after = i
                    break
        first_indent = indent if bullet is None else 12.0
        lines = self.break_lines(words, width if bullet is None else width - 12.0, font, first_width=width - first_indent)
        self.y -= 3.0
        for n, (line_words, last) in enumerate(lines):
            self.advance(LEADING)
            x0, width = self.column_box()
            self.y -= LEADING
            left = x0 + (indent if (n == 0 and bullet is None) else 0.0) + (12.0 if bullet is not None else 0.0)
            right = x0 + width
            if n == 0 and bullet is not None:
                self.c.setFont(font, BODY_SIZE)
                self.c.drawString(x0 + 2, self.y, bullet)
            self.draw_line(line_words, left, right, justify=not last, font=font, marker_after=marker_after, footnote=footnote)

    def break_lines(self, words, width, font, first_width):
        """Greedy line filling; a word that will not fit is hyphenated when it is long, at a real hyphen when
        it has one. Returns [(words of the line as (index, text)), is_last]."""
        lines, line, used = [], [], 0.0
        space = stringWidth(" ", font, BODY_SIZE)
        limit = first_width
        queue = [(i, w) for i, w in enumerate(words)]
        while queue:
            index, word = queue.pop(0)
            w = stringWidth(word, font, BODY_SIZE)
            extra = (space if line else 0.0) + w
            if used + extra <= limit:
                line.append((index, word))
                used += extra
                continue
            room = limit - used - (space if line else 0.0)
            split = self.split_word(word, room, font)
            if split and line:
                head, tail = split
                line.append((index, head))
                lines.append((line, False))
                queue.insert(0, (index, tail))
                self.manifest["hyphenated"].append(head + tail)
            else:
                lines.append((line, False))
                queue.insert(0, (index, word))
            line, used, limit = [], 0.0, width
        lines.append((line, True))
        return [(l, last) for l, last in lines if l]

    def split_word(self, word, room, font):
        """Where a word breaks at the line end: at its own hyphen, or hyphenated between letters."""
        if "-" in word[1:-1]:
            head = word[: word.index("-", 1) + 1]
            if stringWidth(head, font, BODY_SIZE) <= room:
                return head, word[len(head):]
            return None
        core = re.match(r"^([A-Za-z]+)(.*)$", word)
        if not core or len(core.group(1)) < 8:
            return None
        letters = core.group(1)
        for cut in range(len(letters) - 3, 3, -1):
            head = letters[:cut] + "-"
            if stringWidth(head, font, BODY_SIZE) <= room:
                return head, letters[cut:] + core.group(2)
        return None

    def draw_line(self, words, left, right, justify, font, marker_after, footnote):
        c = self.c
        c.setFont(font, BODY_SIZE)
        texts = [w for _, w in words]
        widths = [stringWidth(w, font, BODY_SIZE) for w in texts]
        gaps = len(texts) - 1
        space = stringWidth(" ", font, BODY_SIZE)
        if justify and gaps > 0:
            space = max(space, (right - left - sum(widths)) / gaps)
        x = left
        for (index, text), width in zip(words, widths):
            c.setFont(font, BODY_SIZE)
            c.drawString(x, self.y, text)
            x += width
            if marker_after is not None and index == marker_after and not text.endswith("-"):
                self.footnote_number += 1
                c.setFont(BODY, 6)
                c.drawString(x + 0.5, self.y + 3.5, str(self.footnote_number))
                self.footnotes.append((self.footnote_number, footnote))
                self.manifest["footnotes"].append({"page": self.page, "number": self.footnote_number, "text": footnote})
                x += stringWidth(str(self.footnote_number), BODY, 6) + 0.5
                marker_after = None
            x += space

    # The report ---------------------------------------------------------------------------------------
    def narrative(self, path, index, heading_style):
        lines = [l for l in path.read_text(encoding="utf-8").split("\n") if l.strip() and not l.startswith("[Illustrative")]
        heading = lines[0]
        name, _, tier = heading.partition(":")
        self.country = name.strip().title()
        self.page_countries.append(self.country)
        if index == 1:
            # Leave this heading at a page foot: fill the column up to two lines above its bottom.
            while self.y - LEADING * 3 > self.bottom:
                self.y -= LEADING
            self.manifest["foot_headings"].append(name.strip())
        first_page = self.page
        if heading_style == "two-line" and tier:
            self.heading(name.strip(), size=13)
            self.heading(tier.strip(), size=11, space_before=4)
        else:
            self.heading(heading, size=13)
        self.manifest["narratives"].append({"file": path.name, "heading": heading, "page": first_page})
        section_count = 0
        body_paragraphs = 0
        for line in lines[1:]:
            stripped = line.strip()
            if stripped.startswith("- ") or stripped.startswith("• "):
                self.paragraph(stripped[2:], bullet="\u2022")
            elif is_heading(stripped):
                section_count += 1
                self.heading(stripped, size=10.5, font=HEAD_FONT, space_before=8)
            else:
                note = None
                if section_count == 2 and index % 3 == 0:
                    note = f"Illustrative footnote {index}: the figures in this paragraph are invented for a test fixture."
                    section_count += 10
                self.paragraph(stripped, footnote=note)
                body_paragraphs += 1
                self.set_apart_after(index, body_paragraphs)

    # Captions, boxes and font garbage (--captions, --garbage) ----------------------------------------
    def enable_set_apart(self, captions, garbage):
        self.captions, self.garbage = captions, garbage
        self.paragraphs_drawn = 0
        self.garbage_pages = set()
        if captions:
            self.manifest.update({"captions": [], "boxes": []})
        if garbage:
            self.manifest["garbage"] = []

    def set_apart_after(self, index, n):
        """What comes after a narrative's `n`th body paragraph: photos with captions in every third narrative
        (under the photo after the second paragraph, printed again alone after the fifth), a caption over its
        photo in every fifth from the third, a box in every seventh from the second; a garbage line after
        every twentieth paragraph of the report, once a page at most."""
        if getattr(self, "captions", False):
            caption = (f"Illustrative photo: a shelter for survivors of trafficking in {self.country}. The picture is "
                       "a grey placeholder drawn for a test fixture.")
            if index % 3 == 0 and n == 2:
                self.photo_with_caption(caption, over=False)
            elif index % 3 == 0 and n == 5:
                self.caption_block(caption, repeated=True)
            if index % 5 == 2 and n == 3:
                self.photo_with_caption(f"Illustrative photo over its caption: a border crossing in {self.country}, "
                                        "where officials screen travellers for indicators of trafficking.", over=True)
            if index % 7 == 1 and n == 2:
                self.story_box(f"A survivor's story (illustrative): a young woman from {self.country} was promised work "
                               "in a hotel abroad. On arrival her passport was taken and she was made to work without "
                               "pay for months. A hotline volunteer helped her reach a shelter, where she now receives "
                               "care. Names and details are invented for a test fixture.")
        if getattr(self, "garbage", False):
            self.paragraphs_drawn += 1
            if self.paragraphs_drawn % 20 == 4 and self.page not in self.garbage_pages:
                self.garbage_line()

    def wrapped(self, text, font, size, width):
        lines, line = [], ""
        for word in clean(text).split():
            trial = (line + " " + word).strip()
            if line and stringWidth(trial, font, size) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        return lines + [line]

    def photo_with_caption(self, caption, over):
        """A photo across the column (a grey picture) with its caption, two or three lines of Times-Italic at
        9 points, under or over it, set apart by 8 points above and below."""
        x, width = self.column_box()
        lines = self.wrapped(caption, CAPTION_FONT, CAPTION_SIZE, width)
        height = PHOTO_H + 4 + CAPTION_LEADING * len(lines)
        self.advance(8 + height + 8)
        x, width = self.column_box()
        self.y -= 8
        if over:
            self.draw_caption_lines(lines, x)
            self.y -= 4
        self.y -= PHOTO_H
        self.c.drawImage(ImageReader(grey_picture()), x, self.y, width=width, height=PHOTO_H)
        if not over:
            self.y -= 4
            self.draw_caption_lines(lines, x)
        self.y -= 8
        self.manifest["captions"].append({"page": self.page, "text": " ".join(lines), "photo": "over" if over else "under"})

    def caption_block(self, caption, repeated):
        """A caption alone between paragraphs: the one printed by its photo, again."""
        x, width = self.column_box()
        lines = self.wrapped(caption, CAPTION_FONT, CAPTION_SIZE, width)
        self.advance(8 + CAPTION_LEADING * len(lines) + 8)
        x, _ = self.column_box()
        self.y -= 8
        self.draw_caption_lines(lines, x)
        self.y -= 8
        self.manifest["captions"].append({"page": self.page, "text": " ".join(lines), "photo": None, "repeated": repeated})

    def draw_caption_lines(self, lines, x, font=None, size=None):
        self.c.setFont(font or CAPTION_FONT, size or CAPTION_SIZE)
        for line in lines:
            self.y -= CAPTION_LEADING
            self.c.drawString(x, self.y, line)

    def story_box(self, story):
        """A framed, shaded box across the column with a short story in Helvetica at 9 points."""
        x, width = self.column_box()
        lines = self.wrapped(story, "Helvetica", CAPTION_SIZE, width - 16)
        height = CAPTION_LEADING * len(lines) + 12
        self.advance(10 + height + 10)
        x, width = self.column_box()
        self.y -= 10
        c = self.c
        c.saveState()
        c.setFillGray(0.92)
        c.setLineWidth(0.8)
        c.rect(x, self.y - height, width, height, stroke=1, fill=1)
        c.restoreState()
        self.y -= 4
        self.draw_caption_lines(lines, x + 8, font="Helvetica")
        self.y -= 8 + 10
        self.manifest["boxes"].append({"page": self.page, "text": " ".join(lines)})

    def garbage_line(self):
        """A line of what a font without a Unicode map extracts as: its codes read as punctuation and digits,
        in the body's font and size, set between paragraphs."""
        seed = f"{self.country} {self.page} {self.paragraphs_drawn}"
        text = "".join(chr(0x21 + (ord(ch) * 7 + i) % 32) for i, ch in enumerate(seed * 2))[:24]
        self.advance(3 + LEADING)
        x, _ = self.column_box()
        self.y -= 3 + LEADING
        self.c.setFont(BODY, BODY_SIZE)
        self.c.drawString(x, self.y, text)
        self.garbage_pages.add(self.page)
        self.manifest["garbage"].append({"page": self.page, "text": text})


def grey_picture():
    """A small grey picture with a darker band, as a placeholder photo."""
    from PIL import Image
    image = Image.new("L", (48, 24), 170)
    for x in range(48):
        for y in range(14, 24):
            image.putpixel((x, y), 110)
    return image


class PartedLayout(Layout):
    """The same report written as several part PDFs (OUT stem + "-part1.pdf", ...), as some years are
    published: every page is laid out exactly as in the whole, and each part starts with a cover of its own
    naming its letter range ("COUNTRY NARRATIVES D-F": the first letters of the countries on its pages).
    Join k falls at the first page break in the middle of a sentence inside narrative round(k * count /
    parts) - 1 or a later one, so that the next part opens with that sentence's end and no heading, and every
    part starts at least one narrative. The cover is a form drawn when the part ends, its letters known."""

    def plan(self, out, parts, names):
        """`names`: the countries in the order they are laid out."""
        count = len(names)
        if count < parts:
            raise SystemExit(f"--parts {parts}: only {count} narratives to share out; give --parts {count} at most")
        self.out_stem = pathlib.Path(out).with_suffix("")
        self.names = names
        self.planned = [round(k * count / parts) - 1 for k in range(1, parts)]
        self.part_count = parts
        self.current = -1
        self.open_sentence = False
        self.parts = []
        self.start_part(first_narrative=0)

    def part_path(self, number):
        return self.out_stem.parent / f"{self.out_stem.name}-part{number}.pdf"

    def start_part(self, first_narrative):
        """A new part's canvas, its first page the cover (a form filled in by `end_part`)."""
        number = len(self.parts) + 1
        path = self.part_path(number)
        self.parts.append({"file": path.name, "first_page": self.page if number == 1 else self.page + 1,
                           "first_narrative": first_narrative})
        self.c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
        self.c.setAuthor("tipdiff test fixtures: illustrative, not official text")
        self.c.doForm("cover")
        self.c.showPage()

    def end_part(self, last_page):
        """Fills in the cover of the part being written and saves it."""
        part = self.parts[-1]
        held = self.names[part.pop("first_narrative"):self.current + 1]
        letters = f"{held[0][0].upper()}-{held[-1][0].upper()}"
        number = len(self.parts)
        part.update({"letters": letters, "countries": list(dict.fromkeys(held)), "last_page": last_page,
                     "pages": last_page - part["first_page"] + 2})
        c = self.c
        c.setTitle(f"Trafficking in Persons Report {self.year}: Country Narratives {letters} (illustrative)")
        c.beginForm("cover")
        c.setFont(HEAD_FONT, 26)
        c.drawCentredString(PAGE_W / 2, 520, f"COUNTRY NARRATIVES {letters}")
        c.setFont("Helvetica", 14)
        c.drawCentredString(PAGE_W / 2, 490, f"Trafficking in Persons Report {self.year}, part {number} of {self.part_count}")
        c.setFont("Helvetica", 10)
        c.drawCentredString(PAGE_W / 2, 450, f"{LABEL}: laid out by tipdiff's fixture generator")
        c.endForm()
        c.save()

    def narrative(self, path, index, heading_style):
        self.current += 1
        super().narrative(path, index, heading_style)

    def heading(self, *args, **kwargs):
        self.open_sentence = False
        super().heading(*args, **kwargs)

    def draw_line(self, words, left, right, justify, font, marker_after, footnote):
        # A justified line is not a paragraph's last; its last word tells whether a sentence runs on.
        self.open_sentence = justify and bool(words) and not re.search(r"[.!?][\"\u201d\u2019)]*$", words[-1][1])
        super().draw_line(words, left, right, justify, font, marker_after, footnote)

    def new_page(self):
        joins = len(self.parts) - 1
        started_here = self.parts[-1]["first_narrative"]
        later_parts = self.part_count - joins - 1
        split = (joins < len(self.planned) and self.current >= self.planned[joins] and self.current > started_here
                 and self.current + later_parts < len(self.names) and self.open_sentence)
        self.finish_page()
        if split:
            self.parts[-1]["crossing"] = self.names[self.current]
            self.end_part(self.page)
            self.start_part(first_narrative=self.current)
        self.start_page()

    def finish_parts(self):
        """Ends the last part (instead of saving the canvas) and lists the parts in the manifest."""
        self.end_part(self.page)
        if len(self.parts) < self.part_count:
            for n in range(len(self.parts)):
                self.part_path(n + 1).unlink()
            raise SystemExit(f"--parts {self.part_count}: found only {len(self.parts) - 1} page breaks in the middle of a "
                             "sentence where joins could go; give fewer parts")
        self.manifest["parts"] = self.parts
        self.manifest["crossing_joins"] = [part["crossing"] for part in self.parts[:-1]]
        print("wrote " + ", ".join(f"{self.part_path(n + 1)} ({part['letters']}, {part['pages']} pages)"
                                   for n, part in enumerate(self.parts)))


def plan_parts(layout, args, files):
    """Makes `layout` write `args.parts` part PDFs (`PartedLayout`) instead of one."""
    names = []
    for _ in range(args.repeat):
        for path in files:
            first = next(l for l in path.read_text(encoding="utf-8").split("\n") if l.strip() and not l.startswith("[Illustrative"))
            names.append(first.partition(":")[0].strip().title())
    layout.plan(args.out, args.parts, names)


def is_heading(line):
    letters = [ch for ch in line if ch.isalpha()]
    return (line.isupper() and len(letters) > 3 and not line.endswith(".")) or (
        line.startswith("Prioritized Recommendations") or line.startswith("Recommendations for"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("out")
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--columns", type=int, choices=[1, 2], default=1)
    parser.add_argument("--heading", choices=["colon", "two-line"], default="colon")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--bare", action="store_true", help="the narratives alone: no title page, front matter or appendix")
    parser.add_argument("--side-tab", action="store_true", help="the country's name rotated at the page edge")
    parser.add_argument("--fake-bold", action="store_true", help="headings drawn twice, 0.13 of their size apart")
    parser.add_argument("--spaced-head", action="store_true", help="a letter-spaced running head")
    parser.add_argument("--captions", action="store_true", help="photos with captions (one printed twice) and a framed box")
    parser.add_argument("--garbage", action="store_true", help="lines of font garbage (punctuation and digits) on some pages")
    parser.add_argument("--like-real", action="store_true", help="all artefacts, two columns, two-line headings, section feet")
    parser.add_argument("--parts", type=int, default=0, help="write the year as N part PDFs, OUT-part1.pdf ..., joined mid-sentence")
    args = parser.parse_args()
    if args.like_real:
        args.side_tab = args.fake_bold = args.spaced_head = args.captions = args.garbage = True
        args.columns, args.heading = 2, "two-line"
    files = sorted(pathlib.Path(args.folder).glob("*.txt"))
    title = "Trafficking in Persons Report"
    layout = (PartedLayout if args.parts > 1 else Layout)(args.out, args.year, args.columns, title, side_tab=args.side_tab, fake_bold=args.fake_bold,
                    spaced_head=args.spaced_head, section_feet=args.like_real)
    layout.manifest["preset"] = "like-real" if args.like_real else None
    layout.manifest["illustrative"] = True
    layout.enable_set_apart(args.captions, args.garbage)
    if args.parts > 1:
        plan_parts(layout, args, files)
    if args.bare:
        layout.in_narratives = True
        layout.set_columns(args.columns)
        for index, path in enumerate(files):
            layout.narrative(path, index + 2, args.heading)
        layout.finish_page()
        if args.parts > 1:
            layout.finish_parts()
            pathlib.Path(args.out).with_suffix(".json").write_text(json.dumps(layout.manifest, indent=1) + "\n")
            return
        layout.c.save()
        print(f"wrote {args.out}: {layout.manifest['pages']} pages, {len(files)} narratives")
        return
    layout.title_page(title)

    layout.heading("INTRODUCTION", size=18, space_before=0)
    intro = ("This illustrative report was laid out by tipdiff's fixture generator. The narratives that follow "
             "are invented for tests and do not describe any government. Each country is placed on a tier; "
             "governments that fully meet the minimum standards for the elimination of trafficking are on Tier 1.")
    for _ in range(3):
        layout.paragraph(intro)
    layout.heading("TIER PLACEMENTS", size=18)
    by_tier = {}
    for path in files:
        first = next(l for l in path.read_text(encoding="utf-8").split("\n") if l.strip() and not l.startswith("["))
        name, _, tier = first.partition(":")
        by_tier.setdefault(tier.strip() or "Special Case", []).append(name.strip().title())
    for tier in sorted(by_tier):
        layout.heading(tier.upper(), size=11, space_before=8)
        layout.paragraph("   ".join(by_tier[tier]), indent=0)
    layout.new_page()
    layout.column_top = TOP

    layout.heading("COUNTRY NARRATIVES", size=18, space_before=0)
    layout.in_narratives = True
    layout.set_columns(args.columns)
    index = 0
    for _ in range(args.repeat):
        for path in files:
            layout.narrative(path, index, args.heading)
            index += 1
    layout.set_columns(1)
    layout.new_page()
    layout.in_narratives = False
    layout.country = None
    layout.page_countries = []
    layout.column_top = TOP
    layout.heading("APPENDIX: GLOBAL LAW ENFORCEMENT DATA", size=18, space_before=0)
    layout.paragraph("The figures below are illustrative. Investigations, prosecutions and convictions by region "
                     "are given as reported by governments and were not verified.", indent=0)
    for region in ["AFRICA", "EAST ASIA AND PACIFIC", "EUROPE"]:
        layout.heading(region, size=11, space_before=8)
        layout.paragraph("Prosecutions 1,024 (118). Convictions 512 (37). Victims identified 8,020 (1,207).", indent=0)
    layout.finish_page()
    if args.parts > 1:
        layout.finish_parts()
    else:
        layout.c.save()
    pathlib.Path(args.out).with_suffix(".json").write_text(json.dumps(layout.manifest, indent=1) + "\n")
    written = pathlib.Path(args.out).with_suffix(".json") if args.parts > 1 else args.out
    print(f"wrote {written}: {layout.manifest['pages']} pages, {len(layout.manifest['narratives'])} narratives, "
          f"{len(layout.manifest['hyphenated'])} words broken at a line end, {len(layout.manifest['footnotes'])} footnotes")


if __name__ == "__main__":
    main()
