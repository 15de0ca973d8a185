// tipdiff review: select text in a sentence (mouse, keyboard or touch) or pick a statistic, a section
// heading, the tier or a change, then start a note with the bar's button or "n" (a plain click never opens
// a form). The server works out the anchor from the edition and writes the YAML; this script only says
// where the reader pointed. The words a note quotes are highlighted and find their note (and back); notes
// filter by status, tag and author. No library, no network but this server.
(function () {
  "use strict";
  var token = new URLSearchParams(location.search).get("token") || "";
  var versionMeta = document.querySelector('meta[name="review-version"]');
  var version = versionMeta ? versionMeta.getAttribute("content") : "";
  var notes = [];
  var pending = null;
  var form = null;

  function api(method, path, body) {
    var options = { method: method, headers: { "X-Review-Token": token } };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) throw new Error(data.error || response.statusText);
        return data;
      });
    });
  }

  function el(name, attributes, text) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The text of an item as its newer edition has it: the redline without deleted words or the label.
  function newText(container, boundary, boundaryOffset) {
    var text = "";
    var offset = null;
    var walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest("del, .label") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var node;
    while ((node = walker.nextNode())) {
      if (node === boundary) offset = text.length + boundaryOffset;
      text += node.nodeValue;
    }
    return { text: text, offset: offset };
  }

  // What the reader pointed at, quoted as the page shows it: the words, the figure's label, the section's
  // name, the changed sentence's opening words.
  function describe(anchor) {
    if (anchor.anchor === "quote") return "“" + anchor.selected + "”";
    if (anchor.anchor === "tier") return "the tier placement";
    var shown = (anchor.shown || "").replace(/\s+/g, " ").trim();
    if (shown.length > 90) shown = shown.slice(0, 87) + "…";
    if (anchor.anchor === "statistic") return "the figure " + (shown ? "“" + shown + "”" : anchor.key);
    if (anchor.anchor === "section") return "the section " + (shown ? "“" + shown + "”" : anchor.section);
    return shown ? "“" + shown + "”" : "this change";
  }

  // A selection inside one sentence or recommendation of the newer edition becomes a quote anchor.
  function selectionAnchor() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    var range = selection.getRangeAt(0);
    var item = range.commonAncestorContainer.nodeType === 1 ? range.commonAncestorContainer : range.commonAncestorContainer.parentElement;
    item = item && item.closest(".item[data-index]");
    var text = item && item.querySelector(".text");
    if (!text || !text.contains(range.startContainer) || !text.contains(range.endContainer)) return null;
    var start = newText(text, range.startContainer, range.startOffset);
    var end = newText(text, range.endContainer, range.endOffset);
    if (start.offset === null || end.offset === null) return null;
    var lead = start.text.length - start.text.replace(/^\s+/, "").length;
    var selected = start.text.slice(start.offset, end.offset);
    if (selected.trim().length < 3) return null;
    return {
      anchor: "quote", country: item.dataset.country, section: item.dataset.section, item: item.dataset.item,
      index: parseInt(item.dataset.index, 10), start: start.offset - lead, end: end.offset - lead, selected: selected.trim()
    };
  }

  function elementAnchor(target) {
    var node = target.closest("[data-anchor]");
    if (!node || node.closest(".notes, .review-form")) return null;
    var anchor = { anchor: node.dataset.anchor, country: node.dataset.country };
    var label = node.querySelector("[title]");
    var text = node.querySelector(".text");
    anchor.shown = anchor.anchor === "statistic" && label ? label.textContent
      : text ? newText(text, null, 0).text : node.textContent;
    if (anchor.anchor === "statistic") anchor.key = node.dataset.key;
    if (anchor.anchor === "section") anchor.section = node.dataset.section;
    if (anchor.anchor === "change") anchor.change = node.dataset.change;
    return anchor;
  }

  var bar = el("div", { "class": "review-bar", role: "status", "aria-live": "polite" });
  var barButton = el("button", { type: "button" }, "");
  bar.appendChild(barButton);
  bar.hidden = true;
  barButton.addEventListener("click", function () { if (pending) openForm(pending); });

  function offer(anchor) {
    pending = anchor;
    bar.hidden = !anchor;
    if (anchor) barButton.textContent = "✎ Add a note on " + describe(anchor) + " (n)";
  }

  function noticeSelection() {
    if (form) return;
    var anchor = selectionAnchor();
    if (anchor || !(pending && pending.anchor !== "quote")) offer(anchor);
  }

  // A visible label above its field.
  function field(label, control) {
    var wrap = el("label", { "class": "review-field" });
    wrap.appendChild(el("span", {}, label));
    wrap.appendChild(control);
    return wrap;
  }

  function closeForm() {
    if (form) form.remove();
    form = null;
  }

  // The form: the note in Markdown, tags, status and author (remembered in this browser).
  function openForm(anchor, existing) {
    closeForm();
    bar.hidden = true;
    form = el("form", { "class": "review-form", "aria-label": "Note" });
    form.appendChild(el("div", { "class": "review-anchor" }, existing ? "Edit the note" + (existing.author ? " by " + existing.author : "") + " (" + existing.status + ")" : "New note on " + describe(anchor)));
    var note = el("textarea", { id: "review-note", rows: "4", required: "required" });
    if (existing) note.value = existing.text;
    form.appendChild(field("Note (Markdown)", note));
    var row = el("div", { "class": "review-row" });
    var tags = el("input", { id: "review-tags", placeholder: "comma separated" });
    var status = el("select", { id: "review-status" });
    ["open", "resolved"].forEach(function (value) { status.appendChild(el("option", { value: value }, value)); });
    var author = el("input", { id: "review-author", placeholder: "your name" });
    author.value = localStorage.getItem("tipdiff-review-author") || "";
    if (existing) {
      tags.value = (existing.tags || []).join(", ");
      status.value = existing.status;
      author.value = existing.author || "";
    }
    row.appendChild(field("Tags", tags));
    row.appendChild(field("Status", status));
    row.appendChild(field("Author", author));
    form.appendChild(row);
    var error = el("div", { "class": "review-error", role: "alert" });
    form.appendChild(error);
    var save = el("button", { type: "submit" }, "Save");
    var cancel = el("button", { type: "button" }, "Cancel");
    cancel.addEventListener("click", closeForm);
    var buttons = el("div", { "class": "review-row" });
    buttons.appendChild(save);
    buttons.appendChild(cancel);
    form.appendChild(buttons);
    form.addEventListener("keydown", function (event) {
      if (event.key === "Escape") closeForm();
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      save.disabled = true;
      var request;
      var tagList = tags.value.split(",").map(function (tag) { return tag.trim(); }).filter(Boolean);
      if (existing) {
        var update = { country: existing.country, id: existing.id, note: note.value, status: status.value, tags: tagList };
        if (author.value.trim()) update.author = author.value;
        request = api("PATCH", "/api/notes", update);
      } else {
        localStorage.setItem("tipdiff-review-author", author.value);
        var body = Object.assign({}, anchor, {
          note: note.value, status: status.value, author: author.value,
          tags: tags.value.split(",").map(function (tag) { return tag.trim(); }).filter(Boolean)
        });
        request = api("POST", "/api/notes", body);
      }
      request.then(function (answer) {
        sessionStorage.setItem("tipdiff-review-saved", (answer && answer.id) || "");
        reload();
      }, function (failure) {
        error.textContent = failure.message;
        save.disabled = false;
      });
    });
    document.body.appendChild(form);
    note.focus();
  }

  function reload() {
    sessionStorage.setItem("tipdiff-review-scroll", String(window.scrollY));
    location.reload();
  }

  // Each note in the page gets buttons to resolve or reopen it and to edit its text.
  function decorateNotes() {
    document.querySelectorAll(".note[data-note]").forEach(function (box) {
      var matches = notes.filter(function (note) { return note.id === box.dataset.note; });
      if (matches.length !== 1) return;
      var note = matches[0];
      var actions = el("div", { "class": "review-actions" });
      var toggle = el("button", { type: "button" }, note.status === "open" ? "Resolve" : "Reopen");
      toggle.addEventListener("click", function () {
        api("PATCH", "/api/notes", { country: note.country, id: note.id, status: note.status === "open" ? "resolved" : "open" })
          .then(reload, function (failure) { alert(failure.message); });
      });
      var edit = el("button", { type: "button" }, "Edit");
      edit.addEventListener("click", function () { openForm(null, note); });
      var remove = el("button", { type: "button" }, "Delete");
      remove.addEventListener("click", function () {
        if (!window.confirm("Delete the note " + note.id + " from its file?")) return;
        api("DELETE", "/api/notes", { country: note.country, id: note.id }).then(reload, function (failure) { alert(failure.message); });
      });
      actions.appendChild(toggle);
      actions.appendChild(edit);
      actions.appendChild(remove);
      box.appendChild(actions);
    });
  }

  // The words each quote note is anchored to, marked in its item's text; hovering or clicking either one
  // shows the other.
  function highlightQuotes() {
    document.querySelectorAll(".note[data-note]").forEach(function (box) {
      var quote = box.querySelector(".quote-words");
      var item = box.closest(".item");
      var text = item && item.querySelector(".text");
      if (!quote || !text) return;
      var words = quote.textContent;
      var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, {
        acceptNode: function (node) { return node.parentElement.closest("del, .label") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT; }
      });
      var node;
      while ((node = walker.nextNode())) {
        var at = node.nodeValue.indexOf(words);
        if (at < 0) continue;
        var range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        var mark = el("mark", { "class": "review-quote", "data-for": box.dataset.note, tabindex: "0", title: "has a note" });
        range.surroundContents(mark);
        var pair = function (on) { mark.classList.toggle("paired", on); box.classList.toggle("paired", on); };
        [mark, box].forEach(function (one) {
          one.addEventListener("mouseenter", function () { pair(true); });
          one.addEventListener("mouseleave", function () { pair(false); });
        });
        mark.addEventListener("click", function () { box.tabIndex = -1; box.focus(); pair(true); });
        quote.addEventListener("click", function () { mark.focus(); pair(true); });
        break;
      }
    });
  }

  // Which notes show: all or open only, one tag, one author; with the counts.
  function filters() {
    var boxes = Array.prototype.slice.call(document.querySelectorAll(".note[data-note]"));
    if (!boxes.length) return;
    var bar = el("div", { "class": "review-filters", role: "region", "aria-label": "Note filters" });
    var count = el("span", { "class": "review-count", role: "status" });
    var status = el("select", { id: "review-filter-status" });
    [["", "all notes"], ["open", "open only"], ["resolved", "resolved only"]].forEach(function (pair) { status.appendChild(el("option", { value: pair[0] }, pair[1])); });
    var tag = el("select", { id: "review-filter-tag" });
    var author = el("select", { id: "review-filter-author" });
    tag.appendChild(el("option", { value: "" }, "any tag"));
    author.appendChild(el("option", { value: "" }, "any author"));
    var tags = {}, authors = {};
    notes.forEach(function (note) {
      (note.tags || []).forEach(function (t) { tags[t] = true; });
      if (note.author) authors[note.author] = true;
    });
    Object.keys(tags).sort().forEach(function (t) { tag.appendChild(el("option", { value: t }, "#" + t)); });
    Object.keys(authors).sort().forEach(function (a) { author.appendChild(el("option", { value: a }, a)); });
    var apply = function () {
      var shown = 0, open = 0;
      boxes.forEach(function (box) {
        var note = notes.filter(function (n) { return n.id === box.dataset.note; })[0] || {};
        var visible = (!status.value || box.dataset.status === status.value)
          && (!tag.value || (note.tags || []).indexOf(tag.value) >= 0) && (!author.value || note.author === author.value);
        box.hidden = !visible;
        if (visible) shown++;
        if (box.dataset.status === "open") open++;
      });
      count.textContent = open + " open of " + boxes.length + " notes; " + shown + " shown";
    };
    [status, tag, author].forEach(function (select) { select.addEventListener("change", apply); });
    bar.appendChild(count);
    bar.appendChild(field("Show", status));
    bar.appendChild(field("Tag", tag));
    bar.appendChild(field("Author", author));
    var main = document.querySelector("main") || document.body;
    main.insertBefore(bar, main.firstChild);
    apply();
  }

  // After a save the page reloads: the new note is scrolled to, focused and announced.
  function showSaved() {
    var saved = sessionStorage.getItem("tipdiff-review-saved");
    if (saved === null) return;
    sessionStorage.removeItem("tipdiff-review-saved");
    var box = saved && document.querySelector('.note[data-note="' + CSS.escape(saved) + '"]');
    bar.hidden = false;
    barButton.hidden = true;
    bar.appendChild(el("span", { "class": "review-said" }, box ? "Note saved." : "Note saved (it is not shown here)."));
    window.setTimeout(function () { bar.hidden = true; barButton.hidden = false; bar.lastChild.remove(); }, 4000);
    if (!box) return;
    box.tabIndex = -1;
    box.scrollIntoView({ block: "center" });
    box.focus({ preventScroll: true });
  }

  // What a note can be on is one tab stop, not one per item: the stop starts on the first sentence and
  // follows the focus; the arrow keys (and Home, End) move it between the things of the page. A second skip
  // link, after the page's own, goes straight to it.
  function anchors() {
    return Array.prototype.filter.call(document.querySelectorAll("main [data-anchor]"), function (node) {
      return !node.closest(".notes, .review-form") && node.getClientRects().length > 0;
    });
  }

  function rove(node) {
    document.querySelectorAll("main [data-anchor][tabindex='0']").forEach(function (other) {
      if (other !== node) other.setAttribute("tabindex", "-1");
    });
    node.setAttribute("tabindex", "0");
  }

  function rovingStop() {
    document.querySelectorAll("main [data-anchor]").forEach(function (node) {
      if (!node.hasAttribute("tabindex") || node.getAttribute("tabindex") === "0") node.setAttribute("tabindex", "-1");
    });
    var all = anchors();
    var first = document.querySelector('main .item[data-item="sentence"][data-anchor]') || all[0];
    if (!first) return;
    rove(first);
    var skip = el("a", { "class": "skip review-skip", href: "#" }, "Skip to the text (then ↑ and ↓ between sentences, n for a note)");
    skip.addEventListener("click", function (event) {
      event.preventDefault();
      var stop = document.querySelector("main [data-anchor][tabindex='0']") || first;
      stop.scrollIntoView({ block: "center" });
      stop.focus({ preventScroll: true });
    });
    var own = document.querySelector("a.skip");
    if (own) own.after(skip); else document.body.insertBefore(skip, document.body.firstChild);
    document.addEventListener("focusin", function (event) {
      var node = event.target.closest && event.target.closest("main [data-anchor]");
      if (node && node === event.target && !node.closest(".notes")) rove(node);
    });
  }

  function moveStop(event) {
    var current = document.activeElement;
    if (!current || !current.matches("main [data-anchor]")) return false;
    var all = anchors();
    var at = all.indexOf(current);
    var to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (to === undefined || at < 0) return false;
    event.preventDefault();
    var next = all[Math.max(0, Math.min(all.length - 1, to))];
    rove(next);
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: "nearest" });
    return true;
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.body.appendChild(bar);
    rovingStop();
    var scroll = sessionStorage.getItem("tipdiff-review-scroll");
    if (scroll !== null) {
      sessionStorage.removeItem("tipdiff-review-scroll");
      window.scrollTo(0, parseFloat(scroll));
    }
    highlightQuotes();
    api("GET", "/api/notes").then(function (list) { notes = list; decorateNotes(); filters(); showSaved(); }, function () { showSaved(); });
  });

  document.addEventListener("selectionchange", function () { window.clearTimeout(noticeSelection.timer); noticeSelection.timer = window.setTimeout(noticeSelection, 150); });

  // A plain click only picks what a note would be on: the bar offers the note, the form waits for the
  // bar's button or "n".
  document.addEventListener("click", function (event) {
    if (form && form.contains(event.target)) return;
    if (event.target.closest("a, button, input, textarea, select, label, .notes, .review-bar, .review-filters, mark")) return;
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    var anchor = elementAnchor(event.target);
    if (anchor) offer(anchor);
  });

  document.addEventListener("keydown", function (event) {
    if (form || event.target.closest("input, textarea, select")) return;
    if (!event.ctrlKey && !event.metaKey && !event.altKey && moveStop(event)) return;
    if (event.key === "n" && !event.ctrlKey && !event.metaKey && !event.altKey) {
      var anchor = selectionAnchor() || pending || (document.activeElement && elementAnchor(document.activeElement));
      if (anchor) { event.preventDefault(); openForm(anchor); }
    } else if (event.key === "Enter" && document.activeElement && document.activeElement.matches("[data-anchor]")) {
      var focused = elementAnchor(document.activeElement);
      if (focused) { event.preventDefault(); openForm(focused); }
    }
  });

  // Notes changed on disk (another tab, an editor, git pull): show the current state.
  window.setInterval(function () {
    api("GET", "/api/version").then(function (answer) {
      if (answer.version === version) return;
      if (form) {
        form.querySelector(".review-error").textContent = "The notes changed on disk; save or cancel, and the page will show them.";
        version = answer.version;
      } else {
        reload();
      }
    }, function () {});
  }, 3000);
})();
