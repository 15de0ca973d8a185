<?xml version="1.0" encoding="UTF-8"?>
<!-- tipdiff change report (format 1) as one self-contained HTML page: legend, summary, tier change,
     each section as a redline, statistics with deltas, notes beside their text, orphaned notes last.
     Usable as is: xsltproc report.xsl report.xml > report.html -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:r="urn:tipdiff:report:1"
                exclude-result-prefixes="r">
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <!-- all: one page; index: the summary and index, countries on pages of their own; country: one country. -->
  <xsl:param name="page" select="'all'"/>
  <xsl:param name="slug" select="''"/>

  <xsl:template match="/r:report">
    <html lang="en">
      <head>
        <!-- No network, no plug-ins, no forms; only our own inline style and index script, named by their
             SHA-256 (ReportTests.theStaticPageCarriesAStrictPolicyNamingItsOwnInlineCode recomputes them). -->
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-e3ulcutxneAOzU51CXRGQaeJ9Dayu4t86vPcHIhjz0I='; style-src 'sha256-n71l0qHeOYrItcxVxZgfPBldEeAnWRPGmLb9gVCSUOs='; img-src data:; base-uri 'none'; form-action 'none'"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:call-template name="title"/></title>
        <style>
          body { font: 15px/1.5 Georgia, "Times New Roman", serif; margin: 2em auto; max-width: 72em; padding: 0 1.5em; color: #1d1d1d; }
          h1, h2, h3 { font-family: Helvetica, Arial, sans-serif; }
          h2 { border-bottom: 2px solid #333; padding-bottom: .2em; margin-top: 2em; }
          h3 { margin-top: 1.6em; color: #333; }
          table { border-collapse: collapse; margin: .5em 0 1em; }
          th, td { border: 1px solid #bbb; padding: .25em .6em; text-align: left; vertical-align: top; }
          th { background: #f0f0f0; font-family: Helvetica, Arial, sans-serif; font-size: .9em; }
          td.number { text-align: right; font-variant-numeric: tabular-nums; }
          del { background: #fde2e2; color: #8a1111; text-decoration: line-through; }
          ins { background: #ddf4dd; color: #0d5c0d; text-decoration: none; }
          .moved { border-left: 4px solid #d69a00; background: #fff8e5; }
          .legend span { margin-right: 1.5em; }
          .item { display: flex; gap: 1.5em; margin: .6em 0; }
          .text { flex: 3; padding: .3em .6em; }
          .notes { flex: 2; }
          .note { background: #eef3fb; border: 1px solid #b8c7e0; border-radius: 4px; padding: .4em .6em; margin-bottom: .4em; font-size: .92em; }
          .note .meta { font-family: Helvetica, Arial, sans-serif; font-size: .8em; color: #555; }
          .state { font-weight: bold; text-transform: uppercase; font-size: .75em; padding: 0 .3em; border-radius: 3px; }
          .state-exact { background: #d6efd6; } .state-moved { background: #fff0c2; }
          .state-fuzzy { background: #ffe0c2; } .state-orphaned { background: #f6c6c6; }
          .label { font-family: Helvetica, Arial, sans-serif; font-size: .75em; color: #666; text-transform: uppercase; }
          .up { color: #0d5c0d; } .down { color: #8a1111; }
          .provenance td { font-family: monospace; font-size: .85em; }
          .reason { font-family: Helvetica, Arial, sans-serif; font-size: .8em; color: #666; }
          .wide { overflow-x: auto; max-width: 100%; }
          .index td, .index th { font-size: .9em; }
          .index th { cursor: pointer; }
          .index th[aria-sort="ascending"]::after { content: " ▲"; } .index th[aria-sort="descending"]::after { content: " ▼"; }
          .tools input { font: inherit; padding: .2em .4em; width: 16em; max-width: 60vw; }
          a.back { font-family: Helvetica, Arial, sans-serif; font-size: .8em; margin-left: .6em; }
          @media (max-width: 700px) {
            body { margin: 1em auto; padding: 0 .7em; font-size: 14px; }
            .item { display: block; }
            .notes { margin: .3em 0 0 1em; }
          }
          @media print {
            body { max-width: none; margin: 0; font-size: 11pt; }
            h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
            thead { display: table-header-group; }
            tr, .item, .note { break-inside: avoid; page-break-inside: avoid; }
            .wide { overflow: visible; }
            a[href^="#"] { color: inherit; text-decoration: none; }
            a.back, .tools { display: none; }
          }
        </style>
      </head>
      <body>
        <xsl:choose>
          <!-- One country's page of a paged report: its section and a way back. -->
          <xsl:when test="$page = 'country'">
            <p><a href="../index.html">← all countries</a></p>
            <xsl:apply-templates select="r:country[@slug = $slug]"/>
          </xsl:when>
          <xsl:otherwise>
            <h1 id="top"><xsl:call-template name="title"/></h1>
            <p class="legend">
              <span><del>deleted words</del></span>
              <span><ins>inserted words</ins></span>
              <span class="moved">&#160;moved text&#160;</span>
              <span><span class="state state-exact">exact</span> <span class="state state-moved">moved</span>
                <span class="state state-fuzzy">fuzzy</span> <span class="state state-orphaned">orphaned</span> where a note landed</span>
            </p>

            <h2>Summary</h2>
            <table>
              <tr><th>change</th><th>count</th></tr>
              <xsl:for-each select="r:summary/r:count">
                <tr><td><xsl:value-of select="@kind"/></td><td class="number"><xsl:value-of select="@n"/></td></tr>
              </xsl:for-each>
            </table>
            <xsl:for-each select="r:country-change">
              <p><strong><xsl:value-of select="@name"/></strong>
                <xsl:choose>
                  <xsl:when test="@change = 'added'"> is new in this edition.</xsl:when>
                  <xsl:otherwise> left the report (the tier tables no longer place it).</xsl:otherwise>
                </xsl:choose>
              </p>
            </xsl:for-each>
            <xsl:if test="r:not-compared">
              <p class="not-compared"><strong>Not compared (<xsl:value-of select="count(r:not-compared)"/>):</strong>
                <xsl:for-each select="r:not-compared">
                  <xsl:text> </xsl:text><xsl:value-of select="@name"/> (<xsl:value-of select="@reason"/>)<xsl:if test="position() != last()">,</xsl:if>
                </xsl:for-each>
              </p>
            </xsl:if>

            <xsl:if test="count(r:country) &gt; 1">
              <h2>Tier movements</h2>
              <xsl:call-template name="movement-chart"/>
              <div class="wide">
                <table class="matrix">
                  <thead>
                    <tr><th><xsl:value-of select="r:country[1]/@old-year"/> ↓ / <xsl:value-of select="r:country[1]/@new-year"/> →</th>
                      <th>Tier 1</th><th>Tier 2</th><th>Tier 2 Watch List</th><th>Tier 3</th><th>Special Case</th><th>unknown</th></tr>
                  </thead>
                  <tbody>
                    <xsl:call-template name="matrix-row"><xsl:with-param name="from" select="'Tier 1'"/></xsl:call-template>
                    <xsl:call-template name="matrix-row"><xsl:with-param name="from" select="'Tier 2'"/></xsl:call-template>
                    <xsl:call-template name="matrix-row"><xsl:with-param name="from" select="'Tier 2 Watch List'"/></xsl:call-template>
                    <xsl:call-template name="matrix-row"><xsl:with-param name="from" select="'Tier 3'"/></xsl:call-template>
                    <xsl:call-template name="matrix-row"><xsl:with-param name="from" select="'Special Case'"/></xsl:call-template>
                    <xsl:call-template name="matrix-row"><xsl:with-param name="from" select="'unknown'"/></xsl:call-template>
                  </tbody>
                </table>
              </div>
              <h2 id="index">Countries</h2>
              <p class="tools" hidden="hidden"><label>Filter <input type="search" id="index-filter" placeholder="country, tier or verdict"/></label>
                <span class="label">click a column heading to sort</span></p>
              <div class="wide">
                <table class="index">
                  <thead>
                    <tr><th>country</th><th>tier</th><th>effort</th><th>prosecution</th><th>protection</th><th>prevention</th>
                      <th>wording</th><th>statistics</th><th>recommendations</th><th>notes</th></tr>
                  </thead>
                  <tbody>
                    <xsl:for-each select="r:country">
                      <tr>
                        <td><a>
                      <xsl:attribute name="href"><xsl:choose>
                        <xsl:when test="$page = 'index'">countries/<xsl:value-of select="@slug"/>.html</xsl:when>
                        <xsl:otherwise>#country-<xsl:value-of select="position()"/></xsl:otherwise>
                      </xsl:choose></xsl:attribute>
                      <xsl:value-of select="@name"/></a></td>
                        <td><xsl:value-of select="r:tier/@old"/><xsl:if test="r:tier/@old != r:tier/@new"> → <xsl:value-of select="r:tier/@new"/></xsl:if>
                          <xsl:if test="r:tier/@movement != 'unchanged'"><xsl:text> </xsl:text><span class="label"><xsl:value-of select="r:tier/@movement"/></span></xsl:if></td>
                        <td><xsl:if test="r:effort"><xsl:value-of select="r:effort/@old"/> → <xsl:value-of select="r:effort/@new"/></xsl:if></td>
                        <xsl:call-template name="verdict-cell"><xsl:with-param name="section" select="r:section[@kind = 'prosecution']"/></xsl:call-template>
                        <xsl:call-template name="verdict-cell"><xsl:with-param name="section" select="r:section[@kind = 'protection']"/></xsl:call-template>
                        <xsl:call-template name="verdict-cell"><xsl:with-param name="section" select="r:section[@kind = 'prevention']"/></xsl:call-template>
                        <td class="number"><xsl:value-of select="count(r:section/r:sentence[@change != 'unchanged'])"/></td>
                        <td class="number"><xsl:value-of select="count(r:section/r:statistic[@change != 'unchanged'])"/></td>
                        <td class="number"><xsl:value-of select="count(r:section/r:recommendation[@change != 'unchanged'])"/></td>
                        <td class="number"><xsl:value-of select="count(.//r:note)"/>
                          <xsl:if test=".//r:note[@state = 'orphaned']"> (<xsl:value-of select="count(.//r:note[@state = 'orphaned'])"/> orphaned)</xsl:if></td>
                      </tr>
                    </xsl:for-each>
                  </tbody>
                </table>
              </div>
              <xsl:call-template name="index-script"/>
            </xsl:if>

            <xsl:if test="$page != 'index'"><xsl:apply-templates select="r:country"/></xsl:if>

            <h2>Orphaned notes</h2>
            <xsl:choose>
              <xsl:when test="r:orphaned/r:note">
                <p>These notes could not be placed with confidence; their text is gone or changed beyond recognition.</p>
                <xsl:apply-templates select="r:orphaned/r:note"/>
              </xsl:when>
              <xsl:otherwise><p>None: every note found its place.</p></xsl:otherwise>
            </xsl:choose>

            <h2>Sources</h2>
            <table class="provenance">
              <tr><th>role</th><th>country</th><th>year</th><th>path</th><th>SHA-256</th></tr>
              <xsl:for-each select="r:provenance/r:edition">
                <tr><td><xsl:value-of select="@role"/></td><td><xsl:value-of select="@country"/></td>
                  <td><xsl:value-of select="@year"/></td><td><xsl:value-of select="@path"/></td><td><xsl:value-of select="@sha256"/></td></tr>
              </xsl:for-each>
              <xsl:for-each select="r:provenance/r:annotations">
                <tr><td>notes</td><td/><td/><td><xsl:value-of select="@path"/></td><td><xsl:value-of select="@sha256"/></td></tr>
              </xsl:for-each>
            </table>
            <p class="label">Written by <xsl:value-of select="@tool"/>, report format <xsl:value-of select="@version"/>.</p>
          </xsl:otherwise>
        </xsl:choose>
      </body>
    </html>
  </xsl:template>

  <!-- One verdict cell of the index: old → new when it changed, the verdict once when it did not. -->
  <xsl:template name="verdict-cell">
    <xsl:param name="section"/>
    <td>
      <xsl:choose>
        <xsl:when test="not($section/@old-verdict | $section/@new-verdict | $section/@old-qualifier | $section/@new-qualifier)"/>
        <xsl:when test="$section/@old-verdict = $section/@new-verdict and string($section/@old-qualifier) = string($section/@new-qualifier)"><xsl:value-of select="normalize-space(concat($section/@new-verdict, ' ', $section/@new-qualifier))"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="normalize-space(concat($section/@old-verdict, ' ', $section/@old-qualifier))"/> → <strong><xsl:value-of select="normalize-space(concat($section/@new-verdict, ' ', $section/@new-qualifier))"/></strong></xsl:otherwise>
      </xsl:choose>
    </td>
  </xsl:template>

  <!-- Sorting and filtering of the index table in the page: our own few lines, no network access, and the
       page reads whole without them (the tools line stays hidden unless the script runs). -->
  <xsl:template name="index-script">
    <script><xsl:text disable-output-escaping="yes"><![CDATA[
(function () {
  var table = document.querySelector("table.index");
  var tools = document.querySelector("p.tools");
  if (!table || !tools) return;
  tools.hidden = false;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var input = document.getElementById("index-filter");
  input.addEventListener("input", function () {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      row.hidden = !words.every(function (word) { return text.indexOf(word) >= 0; });
    });
  });
  var headers = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(headers, function (header, column) {
    header.tabIndex = 0;
    header.setAttribute("aria-sort", "none");
    var sort = function () {
      var ascending = header.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(headers, function (h) { h.setAttribute("aria-sort", "none"); });
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var key = function (row) {
        var text = row.cells[column].textContent.trim();
        var number = parseFloat(text);
        return isNaN(number) ? text.toLowerCase() : number;
      };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = (typeof x === typeof y) ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    };
    header.addEventListener("click", sort);
    header.addEventListener("keydown", function (event) { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); } });
  });
})();
]]></xsl:text></script>
  </xsl:template>

  <!-- One row of the tier-movement matrix: countries on `from` in the older year, by tier in the newer. -->
  <xsl:template name="matrix-row">
    <xsl:param name="from"/>
    <xsl:variable name="row" select="r:country[r:tier/@old = $from]"/>
    <xsl:if test="$row">
      <tr>
        <th><xsl:value-of select="$from"/></th>
        <td class="number"><xsl:value-of select="count($row[r:tier/@new = 'Tier 1'])"/></td>
        <td class="number"><xsl:value-of select="count($row[r:tier/@new = 'Tier 2'])"/></td>
        <td class="number"><xsl:value-of select="count($row[r:tier/@new = 'Tier 2 Watch List'])"/></td>
        <td class="number"><xsl:value-of select="count($row[r:tier/@new = 'Tier 3'])"/></td>
        <td class="number"><xsl:value-of select="count($row[r:tier/@new = 'Special Case'])"/></td>
        <td class="number"><xsl:value-of select="count($row[r:tier/@new = 'unknown'])"/></td>
      </tr>
    </xsl:if>
  </xsl:template>

  <!-- Upgrades, downgrades and unchanged placements as bars (inline SVG, no script). -->
  <xsl:template name="movement-chart">
    <xsl:variable name="total" select="count(r:country)"/>
    <xsl:variable name="up" select="count(r:country[r:tier/@movement = 'upgrade'])"/>
    <xsl:variable name="down" select="count(r:country[r:tier/@movement = 'downgrade'])"/>
    <xsl:variable name="same" select="$total - $up - $down"/>
    <svg xmlns="http://www.w3.org/2000/svg" width="100%" height="84" viewBox="0 0 600 84" role="img"
         aria-label="{$up} upgraded, {$down} downgraded, {$same} other, of {$total} countries">
      <text x="0" y="18" font-family="Helvetica, Arial, sans-serif" font-size="13">upgraded</text>
      <rect x="110" y="6" height="16" fill="#4a9a4a" width="{480 * $up div $total}"/>
      <text x="{116 + 480 * $up div $total}" y="18" font-family="Helvetica, Arial, sans-serif" font-size="13"><xsl:value-of select="$up"/></text>
      <text x="0" y="46" font-family="Helvetica, Arial, sans-serif" font-size="13">downgraded</text>
      <rect x="110" y="34" height="16" fill="#b33a3a" width="{480 * $down div $total}"/>
      <text x="{116 + 480 * $down div $total}" y="46" font-family="Helvetica, Arial, sans-serif" font-size="13"><xsl:value-of select="$down"/></text>
      <text x="0" y="74" font-family="Helvetica, Arial, sans-serif" font-size="13">unchanged</text>
      <rect x="110" y="62" height="16" fill="#999" width="{480 * $same div $total}"/>
      <text x="{116 + 480 * $same div $total}" y="74" font-family="Helvetica, Arial, sans-serif" font-size="13"><xsl:value-of select="$same"/></text>
    </svg>
  </xsl:template>

  <!-- "Trafficking in Persons report: changes 2024 → 2025, 188 countries", or the one country's pair. -->
  <xsl:template name="title">
    <xsl:text>Trafficking in Persons report: changes </xsl:text>
    <xsl:choose>
      <xsl:when test="count(r:country) = 1">
        <xsl:value-of select="r:country/@name"/><xsl:text> </xsl:text>
        <xsl:value-of select="r:country/@old-year"/><xsl:text> → </xsl:text><xsl:value-of select="r:country/@new-year"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="r:country[1]/@old-year"/><xsl:text> → </xsl:text><xsl:value-of select="r:country[1]/@new-year"/>
        <xsl:text>, </xsl:text><xsl:value-of select="count(r:country)"/><xsl:text> countries</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="r:country">
    <h2 id="country-{position()}"><xsl:value-of select="@name"/>: <xsl:value-of select="@old-year"/> → <xsl:value-of select="@new-year"/>
      <xsl:if test="count(../r:country) &gt; 1"><a class="back" href="#index">↑ countries</a></xsl:if></h2>
    <xsl:if test="@timeline">
      <p class="timeline"><a href="{concat(substring('../', 1, 3 * number($page = 'country')), @timeline)}">The tier and the figures of
        <xsl:value-of select="@name"/> over every edition in the folder</a></p>
    </xsl:if>
    <xsl:apply-templates select="r:tier"/>
    <xsl:if test=".//r:statistic[@change != 'unchanged']">
      <h3>Statistics</h3>
      <div class="wide"><table>
        <thead><tr><th>statistic</th><th>period</th><th>old</th><th>new</th><th>change</th><th>percent</th></tr></thead>
        <xsl:for-each select=".//r:statistic[@change != 'unchanged']">
          <tr data-country="{ancestor::r:country/@slug}">
            <xsl:if test="@new"><xsl:attribute name="data-anchor">statistic</xsl:attribute><xsl:attribute name="data-key"><xsl:value-of select="@key"/></xsl:attribute></xsl:if>
            <td><xsl:value-of select="@label"/><xsl:if test="@label"><br/></xsl:if><code><xsl:value-of select="@key"/></code></td>
            <td>
              <xsl:value-of select="@old-period"/>
              <xsl:if test="@old-period and @new-period and @old-period != @new-period"> → </xsl:if>
              <xsl:if test="@new-period != @old-period or not(@old-period)"><xsl:value-of select="@new-period"/></xsl:if>
              <xsl:if test="@prior = 'true'"> (earlier figure)</xsl:if>
            </td>
            <td class="number"><xsl:value-of select="@old"/></td>
            <td class="number"><xsl:value-of select="@new"/></td>
            <td class="number">
              <xsl:choose>
                <xsl:when test="@change = 'changed'">
                  <span>
                    <xsl:attribute name="class"><xsl:choose><xsl:when test="@delta &gt;= 0">up</xsl:when><xsl:otherwise>down</xsl:otherwise></xsl:choose></xsl:attribute>
                    <xsl:choose>
                      <xsl:when test="@delta-text"><xsl:value-of select="@delta-text"/></xsl:when>
                      <xsl:otherwise><xsl:if test="@delta &gt;= 0">+</xsl:if><xsl:value-of select="@delta"/></xsl:otherwise>
                    </xsl:choose>
                  </span>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="@change"/></xsl:otherwise>
              </xsl:choose>
            </td>
            <td class="number"><xsl:if test="@percent"><xsl:if test="@percent &gt;= 0">+</xsl:if><xsl:value-of select="@percent"/>%</xsl:if></td>
          </tr>
        </xsl:for-each>
      </table></div>
    </xsl:if>
    <xsl:if test="r:terms">
      <h3>Repeated rewordings</h3>
      <xsl:for-each select="r:terms/r:term">
        <div class="item">
          <div class="text"><del><xsl:value-of select="@old"/></del> → <ins><xsl:value-of select="@new"/></ins>
            in <xsl:value-of select="@count"/> places</div>
          <div class="notes"><xsl:apply-templates select="r:note"/></div>
        </div>
      </xsl:for-each>
    </xsl:if>
    <xsl:apply-templates select="r:section"/>
  </xsl:template>

  <xsl:template match="r:tier">
    <h3>Tier</h3>
    <div class="item" data-anchor="tier" data-country="{../@slug}">
      <div class="text">
        <xsl:choose>
          <xsl:when test="@movement = 'unchanged' and @old = @new">
            <strong><xsl:value-of select="@new"/></strong> (unchanged)
          </xsl:when>
          <xsl:otherwise>
            <del><xsl:value-of select="@old"/></del> → <ins><xsl:value-of select="@new"/></ins>
            (<strong><xsl:value-of select="@movement"/></strong>)
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="r:new-statement"><br/><span class="label">the edition says</span><xsl:text> </xsl:text>“<xsl:value-of select="r:new-statement"/>”</xsl:if>
      </div>
      <div class="notes"><xsl:apply-templates select="r:note"/></div>
    </div>
  </xsl:template>

  <xsl:template match="r:section">
    <h3 data-anchor="section" data-section="{@kind}" data-country="{../@slug}">
      <xsl:value-of select="@kind"/>
      <xsl:if test="@heading"> — “<xsl:value-of select="@heading"/>”</xsl:if>
      <xsl:if test="@status = 'added' or @status = 'removed'"> (section <xsl:value-of select="@status"/>)</xsl:if>
    </h3>
    <xsl:if test="r:note">
      <div class="item"><div class="text"/><div class="notes"><xsl:apply-templates select="r:note"/></div></div>
    </xsl:if>
    <xsl:if test="not(r:verdict | r:sentence | r:recommendation | r:format | r:statistic)">
      <p class="label">No changes.</p>
    </xsl:if>
    <xsl:apply-templates select="r:verdict | r:sentence | r:recommendation | r:format | r:statistic[r:note]"/>
  </xsl:template>

  <xsl:template match="r:verdict">
    <div class="item">
      <div class="text"><span class="label">verdict</span><xsl:text> </xsl:text>
        <del><xsl:value-of select="normalize-space(concat(@old, ' ', @old-qualifier))"/></del> → <ins><xsl:value-of select="normalize-space(concat(@new, ' ', @new-qualifier))"/></ins> efforts</div>
      <div class="notes"><xsl:apply-templates select="r:note"/></div>
    </div>
  </xsl:template>

  <xsl:template match="r:sentence | r:recommendation">
    <div class="item" data-anchor="change" data-change="{@id}" data-country="{ancestor::r:country/@slug}" data-section="{../@kind}"
         data-item="{local-name()}">
      <xsl:if test="@new-index"><xsl:attribute name="data-index"><xsl:value-of select="@new-index"/></xsl:attribute></xsl:if>
      <div>
        <xsl:attribute name="class">text<xsl:if test="starts-with(@change, 'moved')"> moved</xsl:if></xsl:attribute>
        <span class="label">
          <xsl:value-of select="@change"/>
          <xsl:if test="local-name() = 'recommendation'"> recommendation</xsl:if>
          <xsl:if test="@from-section"> from <xsl:value-of select="@from-section"/></xsl:if>
        </span><xsl:text> </xsl:text>
        <xsl:apply-templates select="r:text"/>
      </div>
      <div class="notes"><xsl:apply-templates select="r:note"/></div>
    </div>
  </xsl:template>

  <xsl:template match="r:text"><xsl:apply-templates/></xsl:template>
  <xsl:template match="r:del"><del><xsl:value-of select="."/></del></xsl:template>
  <xsl:template match="r:ins"><ins><xsl:value-of select="."/></ins></xsl:template>

  <xsl:template match="r:format">
    <div class="item">
      <div class="text"><span class="label">number written differently</span><xsl:text> </xsl:text>
        “<xsl:value-of select="@old"/>” → “<xsl:value-of select="@new"/>” (same value)</div>
      <div class="notes"><xsl:apply-templates select="r:note"/></div>
    </div>
  </xsl:template>

  <xsl:template match="r:statistic">
    <div class="item" data-country="{ancestor::r:country/@slug}">
      <xsl:if test="@new"><xsl:attribute name="data-anchor">statistic</xsl:attribute><xsl:attribute name="data-key"><xsl:value-of select="@key"/></xsl:attribute></xsl:if>
      <div class="text"><span class="label">statistic</span><xsl:text> </xsl:text><xsl:if test="@label"><xsl:value-of select="@label"/><xsl:text> </xsl:text></xsl:if><code title="key"><xsl:value-of select="@key"/></code>:
        <xsl:if test="@old"><del><xsl:value-of select="@old"/></del> → </xsl:if><xsl:value-of select="@new"/></div>
      <div class="notes"><xsl:apply-templates select="r:note"/></div>
    </div>
  </xsl:template>

  <xsl:template match="r:note">
    <div class="note" data-note="{@id}" data-status="{@status}">
      <div class="meta">
        <span><xsl:attribute name="class">state state-<xsl:value-of select="@state"/></xsl:attribute><xsl:value-of select="@state"/></span>
        <xsl:text> </xsl:text><strong><xsl:value-of select="@id"/></strong>
        <xsl:if test="@author"> · <xsl:value-of select="@author"/></xsl:if>
        <xsl:if test="@date"> · <xsl:value-of select="@date"/></xsl:if>
        · <xsl:value-of select="@status"/>
        <xsl:for-each select="r:tag"> · #<xsl:value-of select="."/></xsl:for-each>
      </div>
      <xsl:if test="r:quote"><div><span class="label">quote</span><xsl:text> </xsl:text>“<xsl:value-of select="r:quote"/>”</div></xsl:if>
      <xsl:if test="r:reason"><div class="reason"><xsl:value-of select="r:reason"/></div></xsl:if>
      <xsl:choose>
        <!-- Rendered and made safe by tipdiff (NoteHTML): raw HTML in a note is text, links are http(s) or #. -->
        <xsl:when test="r:body-html"><div class="body"><xsl:value-of select="r:body-html" disable-output-escaping="yes"/></div></xsl:when>
        <xsl:otherwise><div><xsl:value-of select="r:body"/></div></xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>
</xsl:stylesheet>
