<?xml version="1.0" encoding="UTF-8"?>
<!-- tipdiff change report (format 1) as one self-contained HTML page: what changed first (tier, effort,
     verdicts, the largest figure changes, recommendations, notes), then each section as a redline with the
     notes beside their text, this year's and restated earlier figures apart, counts and sources last.
     Usable as is: xsltproc report.xsl report.xml > report.html -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:r="urn:tipdiff:report:1"
                exclude-result-prefixes="r">
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <!-- all: one page; index: the summary and index, countries on pages of their own; country: one country. -->
  <xsl:param name="page" select="'all'"/>
  <xsl:param name="slug" select="''"/>
  <!-- Sections that carry a verdict, in the report's order. -->
  <xsl:variable name="judged" select="'|prosecution|protection|prevention|'"/>
  <!-- A country's parts are the page's second level when the page holds that one country, else its third. -->
  <xsl:variable name="sub">
    <xsl:choose>
      <xsl:when test="$page = 'country' or (count(/r:report/r:country) = 1 and not(/r:report/r:country-change))">h2</xsl:when>
      <xsl:otherwise>h3</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/r:report">
    <html lang="en">
      <head>
        <!-- No network, no plug-ins, no forms; only our own inline style and index script, named by their
             SHA-256 (ReportTests.theStaticPageCarriesAStrictPolicyNamingItsOwnInlineCode recomputes them). -->
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-sp5gDWs4+WzyF5B+1f3FRisHhrg/ZPt1V7muxx4wa7Q='; style-src 'sha256-VLbpMyX8gTB0Gjzc+/W3SDKBxG0Jno1e5edXqlKjUkw='; img-src data:; base-uri 'none'; form-action 'none'"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:choose>
          <xsl:when test="$page = 'country'">
            <xsl:for-each select="r:country[@slug = $slug]"><xsl:value-of select="@name"/>: changes <xsl:value-of select="@old-year"/> → <xsl:value-of select="@new-year"/> (Trafficking in Persons report)</xsl:for-each>
          </xsl:when>
          <xsl:otherwise><xsl:call-template name="title"/></xsl:otherwise>
        </xsl:choose></title>
        <style>
          body { font: 15px/1.5 Georgia, "Times New Roman", serif; margin: 0 auto; max-width: 72em; padding: 0 1.5em 2em; color: #1d1d1d; overflow-wrap: break-word; }
          h1, h2, h3, summary, caption, .meta, .label, .badge, nav { font-family: Helvetica, Arial, sans-serif; }
          h1 { font-size: 1.7em; margin: .8em 0 .3em; }
          h2 { border-bottom: 2px solid #333; padding-bottom: .2em; margin-top: 2em; }
          h3 { margin-top: 1.6em; color: #333; }
          a { color: #0645ad; }
          :focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
          .skip { position: absolute; left: -999em; top: 0; background: #fff; padding: .4em .8em; border: 2px solid #0b57d0; z-index: 2; }
          .skip:focus { left: .5em; }
          .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
          table { border-collapse: collapse; margin: .5em 0 1em; }
          caption { text-align: left; font-weight: bold; padding: .2em 0; }
          caption .label { font-weight: normal; }
          th, td { border: 1px solid #bbb; padding: .25em .6em; text-align: left; vertical-align: top; }
          th { background: #f0f0f0; font-family: Helvetica, Arial, sans-serif; font-size: .9em; }
          td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
          code { overflow-wrap: anywhere; }
          del { background: #fde2e2; color: #8a1111; text-decoration: line-through; }
          ins { background: #ddf4dd; color: #0d5c0d; text-decoration: underline; text-underline-offset: .15em; }
          del::before, del::after, ins::before, ins::after { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
          del::before { content: " [deleted: "; } ins::before { content: " [inserted: "; }
          del::after, ins::after { content: "] "; }
          .moved { border-left: 4px solid #8a5a00; background: #fff8e5; }
          .removed-whole { border-left: 4px dashed #8a1111; }
          .removed-whole del { text-decoration: none; }
          .moved-away { border-left: 4px dashed #8a5a00; }
          .quiet-sections > summary { font-weight: normal; color: #333; font-family: Helvetica, Arial, sans-serif; font-size: .9em; }
          .legend span { margin-right: 1.5em; }
          .compared { color: #333; }
          .illustrative { font-weight: bold; }
          .what-changed { border: 2px solid #333; border-radius: 6px; padding: .2em 1em .6em; margin: 1em 0 1.5em; background: #fafafa; }
          .what-changed h2, .what-changed h3 { border: 0; margin: .4em 0 .2em; }
          .what-changed ul { margin: .2em 0; padding-left: 1.2em; }
          .what-changed li { margin: .25em 0; }
          .badge { display: inline-block; border: 2px solid #333; border-radius: 4px; padding: 0 .4em; font-weight: bold; font-size: .9em; background: #fff; }
          .badge-upgrade { border-color: #1f5f8b; color: #1f5f8b; } .badge-downgrade { border-color: #8b3a1f; color: #8b3a1f; }
          .item { display: flex; gap: 1.5em; margin: .6em 0; }
          .text { flex: 3; padding: .3em .6em; min-width: 0; }
          .notes { flex: 2; min-width: 0; }
          .note { background: #eef3fb; border: 1px solid #8da4c8; border-radius: 4px; padding: .4em .6em; margin-bottom: .4em; font-size: .92em; }
          .note .meta { font-size: .8em; color: #444; }
          .state { font-weight: bold; font-size: .9em; padding: 0 .3em; border-radius: 3px; border: 1px solid #777; }
          .label { font-size: .8em; color: #555; }
          .text > .label:first-child { font-weight: bold; }
          .quiet { color: #555; }
          .reason { font-family: Helvetica, Arial, sans-serif; font-size: .8em; color: #555; }
          .wide { overflow-x: auto; max-width: 100%; }
          .provenance td { font-family: monospace; font-size: .85em; }
          .provenance td.hash { word-break: break-all; min-width: 12em; }
          details { margin: 1em 0; }
          summary { cursor: pointer; font-weight: bold; }
          .index td, .index th { font-size: .9em; }
          .index th { cursor: pointer; }
          .index th[aria-sort="ascending"]::after { content: " ▲"; } .index th[aria-sort="descending"]::after { content: " ▼"; }
          .tools input { font: inherit; padding: .2em .4em; width: 16em; max-width: 60vw; }
          a.back { font-family: Helvetica, Arial, sans-serif; font-size: .8em; margin-left: .6em; }
          .pager { display: flex; flex-wrap: wrap; gap: .5em 1.5em; margin: .8em 0 0; }
          .print-head { display: none; }
          .change-nav { position: fixed; right: .8em; bottom: .8em; background: #fff; border: 2px solid #333; border-radius: 6px; padding: .3em .4em; display: flex; gap: .4em; align-items: center; font-family: Helvetica, Arial, sans-serif; }
          .change-nav[hidden] { display: none; }
          .change-nav button { font: inherit; font-size: .85em; padding: .2em .5em; border: 1px solid #333; border-radius: 4px; background: #f0f0f0; color: #1d1d1d; cursor: pointer; }
          [id^="c-"]:focus { outline: 3px solid #0b57d0; outline-offset: 2px; }
          @media (max-width: 700px) {
            body { padding: 0 .7em 1em; font-size: 14px; }
            .item { display: block; }
            .notes { margin: .3em 0 0 1em; }
            table.figures, table.figures tbody, table.figures tr, table.figures td { display: block; }
            table.figures thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
            table.figures tr { border: 1px solid #bbb; margin: 0 0 .6em; padding: .3em .5em; }
            table.figures td { border: 0; padding: .1em 0; text-align: left; white-space: normal; }
            table.figures td[data-label]::before { content: attr(data-label) ": "; font-family: Helvetica, Arial, sans-serif; font-size: .85em; color: #555; }
          }
          @page { margin: 2cm 1.6cm 1.8cm; @bottom-right { content: "page " counter(page) " of " counter(pages); font: 9pt Helvetica, Arial, sans-serif; } }
          @media print {
            body { max-width: none; margin: 0; padding: 1.1cm 0 0; box-decoration-break: clone; -webkit-box-decoration-break: clone; font-size: 11pt; }
            .print-head { display: block; position: fixed; top: 0; background: #fff; left: 0; right: 0; font: 9pt Helvetica, Arial, sans-serif; color: #333; border-bottom: 1px solid #999; }
            h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
            thead { display: table-header-group; }
            tr, .item, .note { break-inside: avoid; page-break-inside: avoid; }
            .wide { overflow: visible; }
            a[href^="#"] { color: inherit; text-decoration: none; }
            a.back, .tools, .skip, .pager, .change-nav { display: none; }
          }
        </style>
      </head>
      <body>
        <a class="skip" href="#main">Skip to what changed</a>
        <xsl:choose>
          <!-- One country's page of a paged report: its own title, a way back and to its neighbours. -->
          <xsl:when test="$page = 'country'">
            <xsl:for-each select="r:country[@slug = $slug]">
              <div class="print-head" aria-hidden="true"><xsl:value-of select="@name"/>: changes <xsl:value-of select="@old-year"/> → <xsl:value-of select="@new-year"/></div>
              <header>
                <nav aria-label="Countries" class="pager">
                  <a href="../index.html">← all countries</a>
                  <xsl:for-each select="preceding-sibling::r:country[1]"><a href="{@slug}.html" rel="prev">← previous: <xsl:value-of select="@name"/></a></xsl:for-each>
                  <xsl:for-each select="following-sibling::r:country[1]"><a href="{@slug}.html" rel="next">next: <xsl:value-of select="@name"/> →</a></xsl:for-each>
                </nav>
                <h1><xsl:value-of select="@name"/>: changes <xsl:value-of select="@old-year"/> → <xsl:value-of select="@new-year"/></h1>
                <xsl:call-template name="compared"/>
              </header>
              <main id="main" tabindex="-1"><xsl:apply-templates select="."><xsl:with-param name="level" select="1"/></xsl:apply-templates></main>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <div class="print-head" aria-hidden="true"><xsl:call-template name="title"/></div>
            <header>
              <h1 id="top"><xsl:call-template name="title"/></h1>
              <xsl:call-template name="compared"/>
            </header>
            <main id="main" tabindex="-1">
              <xsl:choose>
                <xsl:when test="count(r:country) = 1 and not(r:country-change)">
                  <xsl:apply-templates select="r:country"><xsl:with-param name="level" select="1"/></xsl:apply-templates>
                  <xsl:call-template name="counts"/>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:call-template name="year-what-changed"/>
                  <xsl:call-template name="counts"/>
                  <xsl:call-template name="year-tables"/>
                  <xsl:if test="$page != 'index'"><xsl:apply-templates select="r:country"/></xsl:if>
                </xsl:otherwise>
              </xsl:choose>
              <h2 id="orphaned">Notes that could not be placed</h2>
              <xsl:choose>
                <xsl:when test="r:orphaned/r:note">
                  <p>Their text is gone from the newer edition or changed beyond recognition.</p>
                  <xsl:apply-templates select="r:orphaned/r:note"/>
                </xsl:when>
                <xsl:otherwise><p>None: every note found its place.</p></xsl:otherwise>
              </xsl:choose>
            </main>
            <footer>
              <details class="sources">
                <summary>Sources: the <xsl:value-of select="count(r:provenance/r:edition)"/> editions compared
                  <xsl:if test="r:provenance/r:annotations"> and <xsl:value-of select="count(r:provenance/r:annotations)"/> notes file<xsl:if test="count(r:provenance/r:annotations) != 1">s</xsl:if></xsl:if>, with their SHA-256</summary>
                <div class="wide">
                  <table class="provenance">
                    <caption class="sr">Files this report was made from</caption>
                    <thead><tr><th scope="col">role</th><th scope="col">country</th><th scope="col">year</th><th scope="col">path</th><th scope="col">SHA-256</th></tr></thead>
                    <tbody>
                      <xsl:for-each select="r:provenance/r:edition">
                        <tr><td><xsl:choose><xsl:when test="@role = 'old'">older</xsl:when><xsl:otherwise>newer</xsl:otherwise></xsl:choose></td><td><xsl:value-of select="@country"/></td>
                          <td><xsl:value-of select="@year"/></td><td><xsl:value-of select="@path"/><xsl:if test="@illustrative = 'true'"> (illustrative)</xsl:if></td><td class="hash"><xsl:value-of select="@sha256"/></td></tr>
                      </xsl:for-each>
                      <xsl:for-each select="r:provenance/r:annotations">
                        <tr><td>notes</td><td/><td/><td><xsl:value-of select="@path"/></td><td class="hash"><xsl:value-of select="@sha256"/></td></tr>
                      </xsl:for-each>
                    </tbody>
                  </table>
                </div>
              </details>
              <p class="label">Made by <xsl:value-of select="@tool"/>.</p>
            </footer>
          </xsl:otherwise>
        </xsl:choose>
        <nav class="change-nav" aria-label="Changes" hidden="hidden">
          <button type="button" data-step="-1" title="previous change (k)">↑ previous change</button>
          <button type="button" data-step="1" title="next change (j)">next change ↓</button>
          <span role="status" class="label"></span>
        </nav>
        <xsl:call-template name="page-script"/>
      </body>
    </html>
  </xsl:template>

  <!-- Which files were compared, and whether an edition says it is an illustrative sample. -->
  <xsl:template name="compared">
    <xsl:variable name="report" select="/r:report"/>
    <xsl:variable name="editions" select="$report/r:provenance/r:edition[$page != 'country' or @country = current()/@name]"/>
    <xsl:variable name="illustrative" select="$editions[@illustrative = 'true']"/>
    <xsl:choose>
      <xsl:when test="count($editions) = 2">
        <p class="compared">Compares <code><xsl:value-of select="$editions[@role = 'old']/@path"/></code>
          (<xsl:value-of select="$editions[@role = 'old']/@year"/>) with <code><xsl:value-of select="$editions[@role = 'new']/@path"/></code>
          (<xsl:value-of select="$editions[@role = 'new']/@year"/>).</p>
      </xsl:when>
      <xsl:when test="$editions">
        <p class="compared">Compares <xsl:value-of select="count($editions[@role = 'old'])"/> editions of <xsl:value-of select="$editions[@role = 'old'][1]/@year"/>
          with <xsl:value-of select="count($editions[@role = 'new'])"/> of <xsl:value-of select="$editions[@role = 'new'][1]/@year"/>.</p>
      </xsl:when>
    </xsl:choose>
    <xsl:if test="$illustrative">
      <p class="compared illustrative">
        <xsl:choose>
          <xsl:when test="count($editions) = 2 and count($illustrative) = 2">The editions of both years say they are illustrative samples, not the official text: do not quote their figures.</xsl:when>
          <xsl:when test="count($editions) = 2">The <xsl:value-of select="$illustrative/@year"/> edition says it is an illustrative sample, not the official text: do not quote its figures.</xsl:when>
          <xsl:when test="count($illustrative) = count($editions)">All <xsl:value-of select="count($editions)"/> editions say they are illustrative samples, not the official text: do not quote their figures.</xsl:when>
          <xsl:otherwise><xsl:value-of select="count($illustrative)"/> of the <xsl:value-of select="count($editions)"/> editions say they are illustrative samples, not the official text: do not quote their figures.</xsl:otherwise>
        </xsl:choose>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- The counts by kind of change, in words, under a disclosure. -->
  <xsl:template name="counts">
    <details class="counts">
      <summary>Counts by kind of change (<xsl:value-of select="sum(r:summary/r:count/@n)"/> changes)</summary>
      <table>
        <caption class="sr">Changes by kind</caption>
        <thead><tr><th scope="col">change</th><th scope="col" class="number">count</th></tr></thead>
        <tbody>
          <xsl:for-each select="r:summary/r:count">
            <xsl:variable name="prefix" select="concat(@kind, '-')"/>
            <xsl:variable name="first" select="(/r:report/r:country/r:tier | /r:report/r:country/r:effort | /r:report/r:country/r:section/*[not(self::r:note)] | /r:report/r:country/r:terms/r:term)[starts-with(@id, $prefix)][1]"/>
            <tr><th scope="row" title="{@kind}">
              <xsl:choose>
                <xsl:when test="$first"><a><xsl:attribute name="href"><xsl:call-template name="href"><xsl:with-param name="country" select="$first/ancestor::r:country"/><xsl:with-param name="fragment" select="concat('c-', $first/@id)"/></xsl:call-template></xsl:attribute>
                  <xsl:call-template name="kind-words"><xsl:with-param name="kind" select="@kind"/></xsl:call-template></a></xsl:when>
                <xsl:otherwise><xsl:call-template name="kind-words"><xsl:with-param name="kind" select="@kind"/></xsl:call-template></xsl:otherwise>
              </xsl:choose></th>
              <td class="number"><xsl:value-of select="@n"/></td></tr>
          </xsl:for-each>
        </tbody>
      </table>
    </details>
  </xsl:template>

  <xsl:template name="kind-words">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'tier'">tier placement</xsl:when>
      <xsl:when test="$kind = 'effort'">effort finding</xsl:when>
      <xsl:when test="$kind = 'verdict'">verdicts</xsl:when>
      <xsl:when test="$kind = 'section-added'">sections added</xsl:when>
      <xsl:when test="$kind = 'section-removed'">sections removed</xsl:when>
      <xsl:when test="$kind = 'sentence-added'">sentences added</xsl:when>
      <xsl:when test="$kind = 'sentence-removed'">sentences removed</xsl:when>
      <xsl:when test="$kind = 'sentence-modified'">sentences reworded</xsl:when>
      <xsl:when test="$kind = 'sentence-moved'">sentences moved</xsl:when>
      <xsl:when test="$kind = 'term'">words replaced throughout</xsl:when>
      <xsl:when test="$kind = 'statistic-changed'">figures changed</xsl:when>
      <xsl:when test="$kind = 'statistic-added'">figures new in this edition</xsl:when>
      <xsl:when test="$kind = 'statistic-removed'">figures no longer given</xsl:when>
      <xsl:when test="$kind = 'statistic-revised'">earlier figures revised</xsl:when>
      <xsl:when test="$kind = 'statistic-redefined'">figures now counted by another source</xsl:when>
      <xsl:when test="$kind = 'format-only'">numbers written differently</xsl:when>
      <xsl:when test="$kind = 'recommendation-added'">recommendations added</xsl:when>
      <xsl:when test="$kind = 'recommendation-removed'">recommendations dropped</xsl:when>
      <xsl:when test="$kind = 'recommendation-reworded'">recommendations reworded</xsl:when>
      <xsl:when test="$kind = 'country-added'">countries new in the report</xsl:when>
      <xsl:when test="$kind = 'country-removed'">countries that left the report</xsl:when>
      <xsl:otherwise><xsl:value-of select="$kind"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="section-words">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'headline'">Headline</xsl:when>
      <xsl:when test="$kind = 'recommendations'">Recommendations</xsl:when>
      <xsl:when test="$kind = 'prosecution'">Prosecution</xsl:when>
      <xsl:when test="$kind = 'protection'">Protection</xsl:when>
      <xsl:when test="$kind = 'prevention'">Prevention</xsl:when>
      <xsl:when test="$kind = 'profile'">Trafficking profile</xsl:when>
      <xsl:otherwise>Other text</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="state-words">
    <xsl:param name="state"/>
    <xsl:choose>
      <xsl:when test="$state = 'exact'">placed exactly</xsl:when>
      <xsl:when test="$state = 'fuzzy'">placed approximately</xsl:when>
      <xsl:when test="$state = 'moved'">its sentence moved</xsl:when>
      <xsl:otherwise>could not be placed</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "▼ Downgraded", "▲ Upgraded", "= Unchanged": the movement as an icon and a word (never colour alone). -->
  <xsl:template name="movement-badge">
    <xsl:param name="movement"/>
    <span class="badge badge-{$movement}">
      <xsl:choose>
        <xsl:when test="$movement = 'upgrade'"><span aria-hidden="true">▲ </span>Upgraded</xsl:when>
        <xsl:when test="$movement = 'downgrade'"><span aria-hidden="true">▼ </span>Downgraded</xsl:when>
        <xsl:when test="$movement = 'changed'"><span aria-hidden="true">◆ </span>Placement changed</xsl:when>
        <xsl:otherwise><span aria-hidden="true">= </span>Same tier</xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- "Tier 2 Watch List → Tier 3" or "stays on Tier 3". -->
  <xsl:template name="tier-words">
    <xsl:param name="tier"/>
    <xsl:choose>
      <xsl:when test="$tier/@old = $tier/@new">stays on <xsl:value-of select="$tier/@new"/></xsl:when>
      <xsl:otherwise>from <xsl:value-of select="$tier/@old"/> to <strong><xsl:value-of select="$tier/@new"/></strong></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Where a change of `country` is shown: on this page, or on the country's page from the index. -->
  <xsl:template name="href">
    <xsl:param name="country"/>
    <xsl:param name="fragment"/>
    <xsl:if test="$page = 'index'">countries/<xsl:value-of select="$country/@slug"/>.html</xsl:if>#<xsl:value-of select="$fragment"/>
  </xsl:template>

  <!-- A figure's change in words: "Prosecutions rose from 6 to 20 (▲ +14, +233.3%)". -->
  <xsl:template name="figure-sentence">
    <xsl:variable name="country" select="ancestor::r:country"/>
    <a><xsl:attribute name="href"><xsl:call-template name="href"><xsl:with-param name="country" select="$country"/><xsl:with-param name="fragment" select="concat('c-', @id)"/></xsl:call-template></xsl:attribute>
      <span title="{@key}"><xsl:value-of select="@label"/><xsl:if test="not(@label)"><xsl:value-of select="@key"/></xsl:if></span></a>
    <xsl:choose>
      <xsl:when test="@delta &gt; 0"> rose</xsl:when>
      <xsl:when test="@delta &lt; 0"> fell</xsl:when>
      <xsl:otherwise> changed</xsl:otherwise>
    </xsl:choose>
    from <xsl:value-of select="@old-figure"/> to <xsl:value-of select="@new-figure"/>
    (<xsl:call-template name="delta"/><xsl:if test="@percent">, <xsl:if test="@percent &gt;= 0">+</xsl:if><xsl:value-of select="@percent"/>%</xsl:if>)<xsl:if test="@new-period"><xsl:text> </xsl:text><span class="quiet"><xsl:value-of select="@new-period"/></span></xsl:if>
  </xsl:template>

  <!-- The change of a figure with an arrow for its direction: "▲ +14", "▼ lower −1". -->
  <xsl:template name="delta">
    <xsl:choose>
      <xsl:when test="@delta &gt; 0 or (not(@delta) and @upper-delta &gt; 0)"><span aria-hidden="true">▲ </span></xsl:when>
      <xsl:when test="@delta &lt; 0 or (not(@delta) and @upper-delta &lt; 0)"><span aria-hidden="true">▼ </span></xsl:when>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="@delta-text"><xsl:value-of select="@delta-text"/></xsl:when>
      <xsl:when test="@delta"><xsl:if test="@delta &gt;= 0">+</xsl:if><xsl:value-of select="@delta"/></xsl:when>
      <xsl:otherwise>redrawn</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What changed for one country, each line linking to its change. -->
  <xsl:template name="what-changed">
    <xsl:param name="level" select="2"/>
    <xsl:variable name="country" select="."/>
    <xsl:variable name="s" select="@slug"/>
    <xsl:variable name="figures" select="r:section/r:statistic[@change = 'changed'][not(@prior = 'true')][@percent]"/>
    <xsl:variable name="notes" select=".//r:note"/>
    <section class="what-changed" aria-labelledby="wc-{$s}">
      <xsl:element name="h{$level + 1}"><xsl:attribute name="id">wc-<xsl:value-of select="$s"/></xsl:attribute>What changed<xsl:if test="$level &gt; 1"> for <xsl:value-of select="@name"/></xsl:if></xsl:element>
      <ul>
        <li class="tier-line"><a href="#tier-{$s}"><xsl:call-template name="movement-badge"><xsl:with-param name="movement" select="r:tier/@movement"/></xsl:call-template></a>
          <xsl:text> Tier: </xsl:text><xsl:call-template name="tier-words"><xsl:with-param name="tier" select="r:tier"/></xsl:call-template></li>
        <xsl:if test="r:effort">
          <li><a href="#c-{r:effort/@id}">Effort finding</a>: <xsl:value-of select="r:effort/@old"/><xsl:if test="not(r:effort/@old)">not stated</xsl:if>
            → <strong><xsl:value-of select="r:effort/@new"/><xsl:if test="not(r:effort/@new)">not stated</xsl:if></strong></li>
        </xsl:if>
        <xsl:for-each select="r:section[contains($judged, concat('|', @kind, '|'))][@old-verdict or @new-verdict]">
          <li>
            <xsl:choose>
              <xsl:when test="r:verdict"><a href="#c-{r:verdict/@id}"><xsl:call-template name="section-words"><xsl:with-param name="kind" select="@kind"/></xsl:call-template> efforts</a>:
                <xsl:value-of select="normalize-space(concat(@old-verdict, ' ', @old-qualifier))"/><xsl:if test="not(@old-verdict)">no verdict</xsl:if>
                → <strong><xsl:value-of select="normalize-space(concat(@new-verdict, ' ', @new-qualifier))"/><xsl:if test="not(@new-verdict)">no verdict</xsl:if></strong></xsl:when>
              <xsl:otherwise><xsl:call-template name="section-words"><xsl:with-param name="kind" select="@kind"/></xsl:call-template> efforts:
                <xsl:value-of select="normalize-space(concat(@new-verdict, ' ', @new-qualifier))"/> <span class="quiet"> (as before)</span></xsl:otherwise>
            </xsl:choose>
          </li>
        </xsl:for-each>
        <xsl:if test="$figures">
          <li>Largest changes in this year's figures:
            <ul>
              <xsl:for-each select="$figures">
                <xsl:sort select="translate(@percent, '-', '')" data-type="number" order="descending"/>
                <xsl:sort select="@key"/>
                <xsl:if test="position() &lt;= 3"><li><xsl:call-template name="figure-sentence"/></li></xsl:if>
              </xsl:for-each>
            </ul>
          </li>
        </xsl:if>
        <xsl:for-each select="r:section/r:recommendation[@change = 'added']">
          <li><a href="#c-{@id}">New recommendation</a>: <xsl:value-of select="r:text"/></li>
        </xsl:for-each>
        <xsl:for-each select="r:section/r:recommendation[@change = 'removed']">
          <li><a href="#c-{@id}">Dropped recommendation</a>: <xsl:value-of select="r:text"/></li>
        </xsl:for-each>
        <xsl:for-each select="r:terms/r:term">
          <li><a href="#c-{@id}">Wording</a>: “<xsl:value-of select="@old"/>” became “<xsl:value-of select="@new"/>” in <xsl:value-of select="@count"/> places</li>
        </xsl:for-each>
        <li>Notes: <xsl:choose>
          <xsl:when test="$notes"><xsl:value-of select="count($notes[@status = 'open'])"/> open, <xsl:value-of select="count($notes[@status = 'resolved'])"/> resolved<xsl:if test="/r:report/r:orphaned/r:note and $level = 1">; <a href="#orphaned"><xsl:value-of select="count(/r:report/r:orphaned/r:note)"/> could not be placed</a></xsl:if></xsl:when>
          <xsl:otherwise>none</xsl:otherwise>
        </xsl:choose></li>
      </ul>
      <xsl:call-template name="section-list"/>
    </section>
  </xsl:template>

  <!-- The sections with their counts of changes, each linking to its first change. -->
  <xsl:template name="section-list">
    <xsl:variable name="s" select="@slug"/>
    <xsl:variable name="changed" select="r:section[r:verdict | r:sentence[@change != 'unchanged'] | r:recommendation | r:format | r:statistic[@change != 'unchanged'] | r:note | */r:note]"/>
    <xsl:if test="$changed">
      <nav aria-label="Sections of {@name}" class="label">
        <xsl:text>Sections: </xsl:text>
        <xsl:for-each select="$changed">
          <a href="#s-{$s}-{@kind}"><xsl:call-template name="section-words"><xsl:with-param name="kind" select="@kind"/></xsl:call-template></a>
          (<xsl:value-of select="count(r:verdict | r:sentence[@change != 'unchanged'] | r:recommendation | r:format | r:statistic[@change != 'unchanged'])"/>)<xsl:if test="position() != last()"> · </xsl:if>
        </xsl:for-each>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- What changed over the whole year: movements, verdicts, the largest figure changes, notes. -->
  <xsl:template name="year-what-changed">
    <xsl:variable name="up" select="r:country[r:tier/@movement = 'upgrade']"/>
    <xsl:variable name="down" select="r:country[r:tier/@movement = 'downgrade']"/>
    <xsl:variable name="other" select="r:country[r:tier/@movement = 'changed']"/>
    <xsl:variable name="verdicts" select="r:country[r:section/r:verdict]"/>
    <xsl:variable name="notes" select="r:country//r:note"/>
    <section class="what-changed" aria-labelledby="wc-year">
      <h2 id="wc-year">What changed</h2>
      <ul>
        <li><xsl:value-of select="count(r:country)"/> countries compared: <xsl:value-of select="count($up)"/> upgraded,
          <xsl:value-of select="count($down)"/> downgraded<xsl:if test="$other">, <xsl:value-of select="count($other)"/> placed differently</xsl:if>,
          <xsl:value-of select="count(r:country) - count($up) - count($down) - count($other)"/> on the same tier; <xsl:value-of select="count($verdicts)"/> with a changed verdict.</li>
        <xsl:for-each select="r:country-change">
          <li><strong><xsl:value-of select="@name"/></strong>
            <xsl:choose>
              <xsl:when test="@change = 'added'"> is new in this edition.</xsl:when>
              <xsl:otherwise> left the report (the tier tables no longer place it).</xsl:otherwise>
            </xsl:choose></li>
        </xsl:for-each>
        <xsl:if test="$up"><li><xsl:call-template name="movement-badge"><xsl:with-param name="movement" select="'upgrade'"/></xsl:call-template><xsl:text> </xsl:text>
          <xsl:for-each select="$up"><xsl:call-template name="country-link"/> (<xsl:value-of select="r:tier/@old"/> → <xsl:value-of select="r:tier/@new"/>)<xsl:if test="position() != last()">, </xsl:if></xsl:for-each></li></xsl:if>
        <xsl:if test="$down"><li><xsl:call-template name="movement-badge"><xsl:with-param name="movement" select="'downgrade'"/></xsl:call-template><xsl:text> </xsl:text>
          <xsl:for-each select="$down"><xsl:call-template name="country-link"/> (<xsl:value-of select="r:tier/@old"/> → <xsl:value-of select="r:tier/@new"/>)<xsl:if test="position() != last()">, </xsl:if></xsl:for-each></li></xsl:if>
        <xsl:if test="r:not-compared">
          <li>Not compared (<xsl:value-of select="count(r:not-compared)"/>, in one folder only):
            <xsl:for-each select="r:not-compared"><xsl:value-of select="@name"/> (<xsl:value-of select="@reason"/>)<xsl:if test="position() != last()">, </xsl:if></xsl:for-each></li>
        </xsl:if>
        <li>Notes: <xsl:value-of select="count($notes[@status = 'open'])"/> open, <xsl:value-of select="count($notes[@status = 'resolved'])"/> resolved<xsl:if test="r:orphaned/r:note">; <a href="#orphaned"><xsl:value-of select="count(r:orphaned/r:note)"/> could not be placed</a></xsl:if>.</li>
      </ul>
    </section>
  </xsl:template>

  <xsl:template name="country-link">
    <a><xsl:attribute name="href"><xsl:choose>
      <xsl:when test="$page = 'index'">countries/<xsl:value-of select="@slug"/>.html</xsl:when>
      <xsl:otherwise>#country-<xsl:value-of select="@slug"/></xsl:otherwise>
    </xsl:choose></xsl:attribute><xsl:value-of select="@name"/></a>
  </xsl:template>

  <!-- The year's tables: movements, the largest figure changes and the verdict changes across countries, the index. -->
  <xsl:template name="year-tables">
    <h2 id="movements">Tier movements</h2>
    <xsl:call-template name="movement-chart"/>
    <div class="wide">
      <table class="matrix">
        <caption>Countries by tier in <xsl:value-of select="r:country[1]/@old-year"/> (rows) and <xsl:value-of select="r:country[1]/@new-year"/> (columns)</caption>
        <thead>
          <tr><th scope="col"><xsl:value-of select="r:country[1]/@old-year"/> ↓ / <xsl:value-of select="r:country[1]/@new-year"/> →</th>
            <th scope="col">Tier 1</th><th scope="col">Tier 2</th><th scope="col">Tier 2 Watch List</th><th scope="col">Tier 3</th><th scope="col">Special Case</th><th scope="col">unknown</th></tr>
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
    <xsl:variable name="figures" select="r:country/r:section/r:statistic[@change = 'changed'][not(@prior = 'true')][@percent]"/>
    <xsl:if test="$figures">
      <h2 id="largest">Largest changes in this year's figures</h2>
      <div class="wide">
        <table class="figures">
          <caption>The ten largest changes, by percent, of figures for this year's reporting period <span class="label">(restated earlier figures and ranges are left out)</span></caption>
          <thead><tr><th scope="col">country</th><th scope="col">figure</th><th scope="col" class="number">before</th><th scope="col" class="number">now</th><th scope="col" class="number">change</th><th scope="col" class="number">percent</th></tr></thead>
          <tbody>
            <xsl:for-each select="$figures">
              <xsl:sort select="translate(@percent, '-', '')" data-type="number" order="descending"/>
              <xsl:sort select="ancestor::r:country/@name"/>
              <xsl:sort select="@key"/>
              <xsl:if test="position() &lt;= 10">
                <tr>
                  <td data-label="country"><xsl:for-each select="ancestor::r:country"><xsl:call-template name="country-link"/></xsl:for-each></td>
                  <td data-label="figure"><a><xsl:attribute name="href"><xsl:call-template name="href"><xsl:with-param name="country" select="ancestor::r:country"/><xsl:with-param name="fragment" select="concat('c-', @id)"/></xsl:call-template></xsl:attribute>
                    <span title="{@key}"><xsl:value-of select="@label"/><xsl:if test="not(@label)"><xsl:value-of select="@key"/></xsl:if></span></a></td>
                  <td class="number" data-label="before" title="{@old}"><xsl:value-of select="@old-figure"/></td>
                  <td class="number" data-label="now" title="{@new}"><xsl:value-of select="@new-figure"/></td>
                  <td class="number" data-label="change"><xsl:call-template name="delta"/></td>
                  <td class="number" data-label="percent"><xsl:if test="@percent &gt;= 0">+</xsl:if><xsl:value-of select="@percent"/>%</td>
                </tr>
              </xsl:if>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </xsl:if>
    <xsl:if test="r:country/r:section/r:verdict">
      <h2 id="verdicts">Verdict changes</h2>
      <div class="wide">
        <table class="figures">
          <caption>Countries whose prosecution, protection or prevention verdict changed</caption>
          <thead><tr><th scope="col">country</th><th scope="col">section</th><th scope="col">before</th><th scope="col">now</th></tr></thead>
          <tbody>
            <xsl:for-each select="r:country/r:section/r:verdict">
              <tr>
                <td data-label="country"><xsl:for-each select="ancestor::r:country"><xsl:call-template name="country-link"/></xsl:for-each></td>
                <td data-label="section"><a><xsl:attribute name="href"><xsl:call-template name="href"><xsl:with-param name="country" select="ancestor::r:country"/><xsl:with-param name="fragment" select="concat('c-', @id)"/></xsl:call-template></xsl:attribute>
                  <xsl:call-template name="section-words"><xsl:with-param name="kind" select="../@kind"/></xsl:call-template></a></td>
                <td data-label="before"><xsl:value-of select="normalize-space(concat(@old, ' ', @old-qualifier))"/></td>
                <td data-label="now"><xsl:value-of select="normalize-space(concat(@new, ' ', @new-qualifier))"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </xsl:if>
    <h2 id="index">Countries</h2>
    <p class="label">Countries whose tier moved come first, then those with a changed verdict, then the others with changes, then the unchanged.</p>
    <p class="tools" hidden="hidden"><label>Filter <input type="search" id="index-filter" placeholder="country, tier or verdict"/></label>
      <span class="label">click a column heading to sort</span></p>
    <xsl:variable name="efforts" select="r:country/r:effort"/>
    <div class="wide">
      <table class="index">
        <caption class="sr">Every country compared, with its tier, verdicts and counts of changes</caption>
        <thead>
          <tr><th scope="col">country</th><th scope="col">tier</th><xsl:if test="$efforts"><th scope="col">effort</th></xsl:if><th scope="col">prosecution</th><th scope="col">protection</th><th scope="col">prevention</th>
            <th scope="col">wording</th><th scope="col">figures</th><th scope="col">recommendations</th><th scope="col">notes</th></tr>
        </thead>
        <tbody>
          <xsl:for-each select="r:country">
            <xsl:sort select="number(r:tier/@movement = 'unchanged')" data-type="number"/>
            <xsl:sort select="number(not(r:section/r:verdict))" data-type="number"/>
            <xsl:sort select="number(not(r:effort | r:terms | r:section/*[@change != 'unchanged'] | r:section/r:format))" data-type="number"/>
            <tr>
              <th scope="row"><xsl:call-template name="country-link"/></th>
              <td><xsl:if test="r:tier/@movement != 'unchanged'"><xsl:call-template name="movement-badge"><xsl:with-param name="movement" select="r:tier/@movement"/></xsl:call-template><xsl:text> </xsl:text></xsl:if>
                <xsl:value-of select="r:tier/@old"/><xsl:if test="r:tier/@old != r:tier/@new"> → <xsl:value-of select="r:tier/@new"/></xsl:if></td>
              <xsl:if test="$efforts"><td><xsl:if test="r:effort"><xsl:value-of select="r:effort/@old"/> → <xsl:value-of select="r:effort/@new"/></xsl:if></td></xsl:if>
              <xsl:call-template name="verdict-cell"><xsl:with-param name="section" select="r:section[@kind = 'prosecution']"/></xsl:call-template>
              <xsl:call-template name="verdict-cell"><xsl:with-param name="section" select="r:section[@kind = 'protection']"/></xsl:call-template>
              <xsl:call-template name="verdict-cell"><xsl:with-param name="section" select="r:section[@kind = 'prevention']"/></xsl:call-template>
              <td class="number"><xsl:value-of select="count(r:section/r:sentence[@change != 'unchanged'])"/></td>
              <td class="number"><xsl:value-of select="count(r:section/r:statistic[@change != 'unchanged'])"/></td>
              <td class="number"><xsl:value-of select="count(r:section/r:recommendation[@change != 'unchanged'])"/></td>
              <td class="number"><xsl:value-of select="count(.//r:note)"/>
                <xsl:if test=".//r:note[@state = 'orphaned']"> (<xsl:value-of select="count(.//r:note[@state = 'orphaned'])"/> not placed)</xsl:if></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

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

  <!-- The page's one script, the same on every page: sorting and filtering of the index table, and moving
       from change to change (buttons, j and k). Our own few lines, no network access; the page reads whole
       without them (the tools line and the change buttons stay hidden unless the script runs). -->
  <xsl:template name="page-script">
    <script><xsl:text disable-output-escaping="yes"><![CDATA[
(function () {
  var changes = Array.prototype.slice.call(document.querySelectorAll("main .item[id^='c-'], main tr[id^='c-']"));
  var bar = document.querySelector("nav.change-nav");
  if (!bar || !changes.length) return;
  var said = bar.querySelector("[role=status]");
  var current = -1;
  var onScreen = function (element) {
    var top = element.getBoundingClientRect().top;
    return top > -2 && top < window.innerHeight;
  };
  var go = function (step) {
    if (current < 0 || !onScreen(changes[current])) {
      var below = 0;
      while (below < changes.length && changes[below].getBoundingClientRect().top < 2) below++;
      current = step > 0 ? below - 1 : below;
    }
    current = Math.max(0, Math.min(changes.length - 1, current + step));
    var target = changes[current];
    target.tabIndex = -1;
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
    said.textContent = "change " + (current + 1) + " of " + changes.length;
  };
  bar.hidden = false;
  bar.querySelector("[data-step='1']").addEventListener("click", function () { go(1); });
  bar.querySelector("[data-step='-1']").addEventListener("click", function () { go(-1); });
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if (/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(event.target.tagName) || event.target.isContentEditable) return;
    if (event.key === "j") { event.preventDefault(); go(1); }
    if (event.key === "k") { event.preventDefault(); go(-1); }
  });
})();
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
        <th scope="row"><xsl:value-of select="$from"/></th>
        <td class="number"><xsl:value-of select="count($row[r:tier/@new = 'Tier 1'])"/></td>
        <td class="number"><xsl:value-of select="count($row[r:tier/@new = 'Tier 2'])"/></td>
        <td class="number"><xsl:value-of select="count($row[r:tier/@new = 'Tier 2 Watch List'])"/></td>
        <td class="number"><xsl:value-of select="count($row[r:tier/@new = 'Tier 3'])"/></td>
        <td class="number"><xsl:value-of select="count($row[r:tier/@new = 'Special Case'])"/></td>
        <td class="number"><xsl:value-of select="count($row[r:tier/@new = 'unknown'])"/></td>
      </tr>
    </xsl:if>
  </xsl:template>

  <!-- Upgrades, downgrades and unchanged placements as bars (inline SVG, no script), told apart by their
       labels, not by colour. -->
  <xsl:template name="movement-chart">
    <xsl:variable name="total" select="count(r:country)"/>
    <xsl:variable name="up" select="count(r:country[r:tier/@movement = 'upgrade'])"/>
    <xsl:variable name="down" select="count(r:country[r:tier/@movement = 'downgrade'])"/>
    <xsl:variable name="same" select="$total - $up - $down"/>
    <svg xmlns="http://www.w3.org/2000/svg" width="100%" height="84" viewBox="0 0 600 84" role="img"
         aria-label="{$up} upgraded, {$down} downgraded, {$same} other, of {$total} countries">
      <text x="0" y="18" font-family="Helvetica, Arial, sans-serif" font-size="13">▲ upgraded</text>
      <rect x="110" y="6" height="16" fill="#1f5f8b" width="{480 * $up div $total}"/>
      <text x="{116 + 480 * $up div $total}" y="18" font-family="Helvetica, Arial, sans-serif" font-size="13"><xsl:value-of select="$up"/></text>
      <text x="0" y="46" font-family="Helvetica, Arial, sans-serif" font-size="13">▼ downgraded</text>
      <rect x="110" y="34" height="16" fill="#8b3a1f" width="{480 * $down div $total}"/>
      <text x="{116 + 480 * $down div $total}" y="46" font-family="Helvetica, Arial, sans-serif" font-size="13"><xsl:value-of select="$down"/></text>
      <text x="0" y="74" font-family="Helvetica, Arial, sans-serif" font-size="13">= same or other</text>
      <rect x="110" y="62" height="16" fill="#767676" width="{480 * $same div $total}"/>
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

  <!-- One country: what changed first, then the tier, the figures, rewordings and each section's changes.
       `level` 1: the page's only country (its heading is the page's h2, or the h1 of a country page). -->
  <xsl:template match="r:country">
    <xsl:param name="level" select="2"/>
    <xsl:variable name="s" select="@slug"/>
    <section class="country" id="country-{$s}" aria-labelledby="h-{$s}">
      <xsl:if test="$page != 'country' and $level != 1">
        <h2 id="h-{$s}"><xsl:value-of select="@name"/>: <xsl:value-of select="@old-year"/> → <xsl:value-of select="@new-year"/>
          <xsl:if test="count(../r:country) &gt; 1"><a class="back" href="#index">↑ all countries</a></xsl:if></h2>
      </xsl:if>
      <xsl:if test="$level = 1"><span id="h-{$s}" class="sr"><xsl:value-of select="@name"/></span></xsl:if>
      <xsl:call-template name="what-changed"><xsl:with-param name="level" select="$level"/></xsl:call-template>
      <p class="legend label" aria-hidden="true">
        <span><del>deleted words</del> are struck through</span>
        <span><ins>inserted words</ins> are underlined</span>
        <span class="moved">&#160;moved text&#160;</span> has a bar (a dashed one where it stood), a long removed passage a red dashed one</p>
      <xsl:if test="@timeline">
        <p class="timeline"><a href="{concat(substring('../', 1, 3 * number($page = 'country')), @timeline)}">The tier and the figures of
          <xsl:value-of select="@name"/> over every edition in the folder</a></p>
      </xsl:if>
      <xsl:if test="@history">
        <p class="timeline"><a href="{concat(substring('../', 1, 3 * number($page = 'country')), @history)}">Every sentence of
          <xsl:value-of select="@name"/>'s newest edition and the edition it first appeared in</a></p>
      </xsl:if>
      <xsl:apply-templates select="r:tier"/>
      <xsl:variable name="current" select=".//r:statistic[@change != 'unchanged'][@change != 'revised'][not(@prior = 'true')]"/>
      <xsl:variable name="restated" select=".//r:statistic[@change != 'unchanged'][@change = 'revised' or @prior = 'true']"/>
      <xsl:if test="$current | $restated">
        <xsl:element name="{$sub}"><xsl:attribute name="id">figures-<xsl:value-of select="$s"/></xsl:attribute>Figures</xsl:element>
        <xsl:if test="$current">
          <xsl:call-template name="figure-table">
            <xsl:with-param name="rows" select="$current"/>
            <xsl:with-param name="caption">This year's figures</xsl:with-param>
            <xsl:with-param name="explained">figures for the newer edition's reporting period, against the older edition's for its own</xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$restated">
          <xsl:call-template name="figure-table">
            <xsl:with-param name="rows" select="$restated"/>
            <xsl:with-param name="caption">Earlier figures, restated</xsl:with-param>
            <xsl:with-param name="explained">figures for an earlier period that the newer edition gives for comparison: a difference is a revision, not this year's change</xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </xsl:if>
      <xsl:if test="r:terms">
        <xsl:element name="{$sub}">Words replaced throughout</xsl:element>
        <xsl:for-each select="r:terms/r:term">
          <div class="item" id="c-{@id}">
            <div class="text"><del><xsl:value-of select="@old"/></del> → <ins><xsl:value-of select="@new"/></ins>
              in <xsl:value-of select="@count"/> places</div>
            <div class="notes"><xsl:apply-templates select="r:note"/></div>
          </div>
        </xsl:for-each>
      </xsl:if>
      <xsl:variable name="quiet" select="r:section[not(r:note | r:verdict | r:sentence | r:recommendation | r:format | r:statistic)][not(@kind = ../r:section/r:sentence[starts-with(@change, 'moved')]/@from-section)]"/>
      <xsl:apply-templates select="r:section[not(count(. | $quiet) = count($quiet))]"/>
      <xsl:if test="$quiet">
        <!-- Closed by default; opened (with or without script) they show each section's heading. -->
        <details class="quiet-sections">
          <summary><xsl:value-of select="count($quiet)"/> section<xsl:if test="count($quiet) != 1">s</xsl:if> without changes: <xsl:for-each select="$quiet"><xsl:call-template name="section-words"><xsl:with-param name="kind" select="@kind"/></xsl:call-template><xsl:if test="position() != last()">, </xsl:if></xsl:for-each></summary>
          <xsl:for-each select="$quiet">
            <xsl:call-template name="section-heading"/>
            <p class="quiet">No changes: the newer edition has this section as the older one had it.</p>
          </xsl:for-each>
        </details>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- A table of figures: numerals in the number columns (the edition's wording on hover), the change with
       an arrow for its direction, a percent only for a single number; each row a card below 700 px. -->
  <xsl:template name="figure-table">
    <xsl:param name="rows"/>
    <xsl:param name="caption"/>
    <xsl:param name="explained"/>
    <div class="wide">
      <table class="figures">
        <caption><xsl:value-of select="$caption"/><xsl:text> </xsl:text><span class="label">(<xsl:value-of select="$explained"/>)</span></caption>
        <thead><tr><th scope="col">figure</th><th scope="col">period</th><th scope="col" class="number">before</th><th scope="col" class="number">now</th><th scope="col" class="number">change</th><th scope="col" class="number">percent</th></tr></thead>
        <tbody>
          <xsl:for-each select="$rows">
            <tr data-country="{ancestor::r:country/@slug}">
              <xsl:if test="@id"><xsl:attribute name="id">c-<xsl:value-of select="@id"/></xsl:attribute></xsl:if>
              <xsl:if test="@new"><xsl:attribute name="data-anchor">statistic</xsl:attribute><xsl:attribute name="data-key"><xsl:value-of select="@key"/></xsl:attribute></xsl:if>
              <td data-label="figure"><span title="{@key}"><xsl:value-of select="@label"/><xsl:if test="not(@label)"><xsl:value-of select="@key"/></xsl:if></span></td>
              <td data-label="period">
                <xsl:value-of select="@old-period"/>
                <xsl:if test="@old-period and @new-period and @old-period != @new-period"> → </xsl:if>
                <xsl:if test="@new-period != @old-period or not(@old-period)"><xsl:value-of select="@new-period"/></xsl:if>
              </td>
              <td class="number" data-label="before"><xsl:if test="@old"><span title="{@old}"><xsl:value-of select="@old-figure"/></span></xsl:if></td>
              <td class="number" data-label="now"><xsl:if test="@new"><span title="{@new}"><xsl:value-of select="@new-figure"/></span></xsl:if></td>
              <td class="number" data-label="change">
                <xsl:choose>
                  <xsl:when test="@change = 'changed'"><xsl:call-template name="delta"/></xsl:when>
                  <xsl:when test="@change = 'revised'">revised: <xsl:call-template name="delta"/></xsl:when>
                  <xsl:when test="@change = 'added'">new figure</xsl:when>
                  <xsl:when test="@change = 'removed'">no longer given</xsl:when>
                  <xsl:otherwise><xsl:value-of select="@change"/></xsl:otherwise>
                </xsl:choose>
              </td>
              <td class="number" data-label="percent"><xsl:if test="@percent"><xsl:if test="@percent &gt;= 0">+</xsl:if><xsl:value-of select="@percent"/>%</xsl:if></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <xsl:template match="r:tier">
    <xsl:variable name="s" select="../@slug"/>
    <xsl:element name="{$sub}"><xsl:attribute name="id">tier-<xsl:value-of select="$s"/></xsl:attribute>Tier</xsl:element>
    <div class="item" data-anchor="tier" data-country="{$s}">
      <xsl:if test="@id"><xsl:attribute name="id">c-<xsl:value-of select="@id"/></xsl:attribute></xsl:if>
      <div class="text">
        <xsl:call-template name="movement-badge"><xsl:with-param name="movement" select="@movement"/></xsl:call-template>
        <xsl:text> </xsl:text><xsl:call-template name="tier-words"><xsl:with-param name="tier" select="."/></xsl:call-template>
        <xsl:if test="r:old-statement and r:new-statement and r:old-statement != r:new-statement">
          <br/><span class="label">the older edition said</span><xsl:text> </xsl:text>“<xsl:value-of select="r:old-statement"/>”</xsl:if>
        <xsl:if test="r:new-statement"><br/><span class="label">the newer edition says</span><xsl:text> </xsl:text>“<xsl:value-of select="r:new-statement"/>”</xsl:if>
        <xsl:for-each select="../r:effort">
          <br/><span class="label" id="c-{@id}">effort finding</span><xsl:text> </xsl:text><xsl:value-of select="@old"/><xsl:if test="not(@old)">not stated</xsl:if>
          → <strong><xsl:value-of select="@new"/><xsl:if test="not(@new)">not stated</xsl:if></strong>
        </xsl:for-each>
      </div>
      <div class="notes"><xsl:apply-templates select="r:note | ../r:effort/r:note"/></div>
    </div>
  </xsl:template>

  <xsl:template match="r:section">
    <xsl:call-template name="section-heading"/>
    <xsl:if test="r:note">
      <div class="item"><div class="text"/><div class="notes"><xsl:apply-templates select="r:note"/></div></div>
    </xsl:if>
    <xsl:variable name="figures" select="r:statistic[@change != 'unchanged']"/>
    <xsl:if test="$figures">
      <p class="label"><a href="#figures-{../@slug}"><xsl:value-of select="count($figures)"/> figure change<xsl:if test="count($figures) != 1">s</xsl:if></a> of this section are in the figures tables.</p>
    </xsl:if>
    <!-- Sentences that moved away from this section (or within it) leave a marker where they stood, placed by
         their old index among the text items as a removed sentence would be. -->
    <xsl:variable name="here" select="generate-id()"/>
    <xsl:variable name="kind" select="@kind"/>
    <xsl:variable name="away" select="../r:section/r:sentence[starts-with(@change, 'moved')][@from-section = $kind or (not(@from-section) and generate-id(..) = $here)]"/>
    <xsl:for-each select="r:verdict | r:sentence | r:recommendation | r:format | r:statistic[r:note]">
      <xsl:if test="(self::r:sentence or self::r:format) and (@new-index or @old-index)">
        <xsl:variable name="at" select="number(concat(@new-index, substring(@old-index, 1, number(not(@new-index)) * 99)))"/>
        <xsl:variable name="before" select="preceding-sibling::*[self::r:sentence or self::r:format][@new-index or @old-index][1]"/>
        <xsl:variable name="from" select="number(concat($before/@new-index, substring($before/@old-index, 1, number(not($before/@new-index)) * 99)))"/>
        <xsl:apply-templates select="$away[@old-index &lt; $at][not($before) or @old-index &gt;= $from]" mode="moved-away"/>
      </xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
    <xsl:variable name="last" select="(r:sentence | r:format)[@new-index or @old-index][last()]"/>
    <xsl:variable name="end" select="number(concat($last/@new-index, substring($last/@old-index, 1, number(not($last/@new-index)) * 99)))"/>
    <xsl:apply-templates select="$away[not($last) or @old-index &gt;= $end]" mode="moved-away"/>
  </xsl:template>

  <!-- A section's heading in words (the edition's own heading on hover), a place a note can be on. -->
  <xsl:template name="section-heading">
    <xsl:element name="{$sub}">
      <xsl:attribute name="id">s-<xsl:value-of select="../@slug"/>-<xsl:value-of select="@kind"/></xsl:attribute>
      <xsl:attribute name="data-anchor">section</xsl:attribute>
      <xsl:attribute name="data-section"><xsl:value-of select="@kind"/></xsl:attribute>
      <xsl:attribute name="data-country"><xsl:value-of select="../@slug"/></xsl:attribute>
      <xsl:if test="@heading"><xsl:attribute name="title">headed “<xsl:value-of select="@heading"/>” in the edition</xsl:attribute></xsl:if>
      <xsl:call-template name="section-words"><xsl:with-param name="kind" select="@kind"/></xsl:call-template>
      <xsl:if test="@status = 'added'"> (a section new in this edition)</xsl:if>
      <xsl:if test="@status = 'removed'"> (a section no longer in this edition)</xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- Where a moved sentence stood: its opening words and a link to where it stands now (which links back). -->
  <xsl:template match="r:sentence" mode="moved-away">
    <xsl:variable name="old"><xsl:for-each select="r:text/text() | r:text/r:del"><xsl:value-of select="."/></xsl:for-each></xsl:variable>
    <xsl:variable name="words" select="normalize-space($old)"/>
    <div class="item was" id="was-{@id}">
      <div class="text moved-away">
        <span class="label">moved to <a href="#c-{@id}"><xsl:call-template name="move-place"><xsl:with-param name="kind" select="../@kind"/><xsl:with-param name="index" select="@new-index"/></xsl:call-template></a></span>
        <xsl:text> </xsl:text><span class="quiet">“<xsl:value-of select="substring($words, 1, 90)"/><xsl:if test="string-length($words) &gt; 90">…</xsl:if>”</span>
      </div>
      <div class="notes"/>
    </div>
  </xsl:template>

  <!-- "Protection, sentence 4": a sentence's place in words (its section, its number counted from one). -->
  <xsl:template name="move-place">
    <xsl:param name="kind"/>
    <xsl:param name="index"/>
    <xsl:call-template name="section-words"><xsl:with-param name="kind" select="$kind"/></xsl:call-template>
    <xsl:text>, sentence </xsl:text><xsl:value-of select="$index + 1"/>
  </xsl:template>

  <xsl:template match="r:verdict">
    <div class="item" id="c-{@id}">
      <div class="text"><span class="label">verdict</span><xsl:text> </xsl:text>
        <del><xsl:value-of select="normalize-space(concat(@old, ' ', @old-qualifier))"/></del> → <ins><xsl:value-of select="normalize-space(concat(@new, ' ', @new-qualifier))"/></ins> efforts</div>
      <div class="notes"><xsl:apply-templates select="r:note"/></div>
    </div>
  </xsl:template>

  <xsl:template match="r:sentence | r:recommendation">
    <div class="item" data-anchor="change" data-change="{@id}" data-country="{ancestor::r:country/@slug}" data-section="{../@kind}"
         data-item="{local-name()}">
      <xsl:if test="@id"><xsl:attribute name="id">c-<xsl:value-of select="@id"/></xsl:attribute></xsl:if>
      <xsl:if test="@new-index"><xsl:attribute name="data-index"><xsl:value-of select="@new-index"/></xsl:attribute></xsl:if>
      <div>
        <xsl:attribute name="class">text<xsl:if test="starts-with(@change, 'moved')"> moved</xsl:if><xsl:if test="@change = 'removed' and string-length(r:text) &gt; 200"> removed-whole</xsl:if></xsl:attribute>
        <span class="label">
          <xsl:choose>
            <xsl:when test="@change = 'unchanged'">unchanged<xsl:if test="local-name() = 'recommendation'"> recommendation</xsl:if></xsl:when>
            <xsl:when test="local-name() = 'recommendation' and @change = 'added'">new recommendation</xsl:when>
            <xsl:when test="local-name() = 'recommendation' and @change = 'removed'">dropped recommendation</xsl:when>
            <xsl:when test="local-name() = 'recommendation'">reworded recommendation</xsl:when>
            <xsl:when test="@change = 'added'">added</xsl:when>
            <xsl:when test="@change = 'removed'">removed</xsl:when>
            <xsl:when test="@change = 'modified' or @change = 'reworded'">reworded</xsl:when>
            <xsl:when test="@change = 'moved'">moved</xsl:when>
            <xsl:when test="@change = 'moved-modified'">moved and reworded</xsl:when>
            <xsl:otherwise><xsl:value-of select="@change"/></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="starts-with(@change, 'moved')">
            <xsl:text> from </xsl:text>
            <a href="#was-{@id}"><xsl:call-template name="move-place"><xsl:with-param name="kind" select="@from-section | ../@kind[not(current()/@from-section)]"/><xsl:with-param name="index" select="@old-index"/></xsl:call-template></a>
            <xsl:text> to sentence </xsl:text><xsl:value-of select="@new-index + 1"/>
            <xsl:if test="@from-section"> of <xsl:call-template name="section-words"><xsl:with-param name="kind" select="../@kind"/></xsl:call-template></xsl:if>
          </xsl:if>
          <xsl:if test="@length &gt; 1"> (<xsl:value-of select="@length"/> sentences)</xsl:if>
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
    <div class="item" id="c-{@id}">
      <div class="text"><span class="label">number written differently</span><xsl:text> </xsl:text>
        “<xsl:value-of select="@old"/>” → “<xsl:value-of select="@new"/>” (same value)</div>
      <div class="notes"><xsl:apply-templates select="r:note"/></div>
    </div>
  </xsl:template>

  <xsl:template match="r:statistic">
    <div class="item" data-country="{ancestor::r:country/@slug}">
      <xsl:if test="@new"><xsl:attribute name="data-anchor">statistic</xsl:attribute><xsl:attribute name="data-key"><xsl:value-of select="@key"/></xsl:attribute></xsl:if>
      <div class="text"><span class="label">figure</span><xsl:text> </xsl:text><span title="{@key}"><xsl:value-of select="@label"/><xsl:if test="not(@label)"><xsl:value-of select="@key"/></xsl:if></span>:
        <xsl:if test="@old"><del><xsl:value-of select="@old"/></del> → </xsl:if><xsl:value-of select="@new"/></div>
      <div class="notes"><xsl:apply-templates select="r:note"/></div>
    </div>
  </xsl:template>

  <xsl:template match="r:note">
    <div class="note" data-note="{@id}" data-status="{@status}" title="note {@id} in {@file}">
      <div class="meta">
        <span><xsl:attribute name="class">state state-<xsl:value-of select="@state"/></xsl:attribute><xsl:call-template name="state-words"><xsl:with-param name="state" select="@state"/></xsl:call-template></span>
        <xsl:if test="@author"> · <xsl:value-of select="@author"/></xsl:if>
        <xsl:if test="@date"> · <xsl:value-of select="@date"/></xsl:if>
        · <xsl:value-of select="@status"/>
        <xsl:for-each select="r:tag"> · #<xsl:value-of select="."/></xsl:for-each>
      </div>
      <xsl:if test="r:quote"><div><span class="label">on the words</span><xsl:text> </xsl:text>“<span class="quote-words"><xsl:value-of select="r:quote"/></span>”</div></xsl:if>
      <xsl:if test="r:reason"><div class="reason"><xsl:value-of select="r:reason"/></div></xsl:if>
      <xsl:choose>
        <!-- Rendered and made safe by tipdiff (NoteHTML): raw HTML in a note is text, links are http(s) or #. -->
        <xsl:when test="r:body-html"><div class="body"><xsl:value-of select="r:body-html" disable-output-escaping="yes"/></div></xsl:when>
        <xsl:otherwise><div><xsl:value-of select="r:body"/></div></xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>
</xsl:stylesheet>
