namespace Siege.Report.Html;

/// <summary>
/// The page's stylesheet and its one script, inlined so the file opens with no network. Fonts are named, never
/// fetched: the reader's own CJK fonts draw the Chinese. The script only switches the language; with scripts off
/// both languages show, one after the other. On paper (<see cref="PrintRules"/>) only the chosen language is printed.
/// </summary>
internal static class PageAssets
{
    // The script avoids '<' and '&' so that the page stays well-formed XML (see Markup).
    public const string LanguageScript = """
        (function () {
          var root = document.documentElement;
          function use(lang) {
            root.setAttribute('data-lang', lang);
            root.setAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
          }
          var saved = null;
          try { saved = localStorage.getItem('siege-report-lang'); } catch (e) { }
          use(saved || ((navigator.language || 'en').toLowerCase().indexOf('zh') === 0 ? 'zh' : 'en'));
          document.addEventListener('click', function (event) {
            var button = event.target.closest('[data-set-lang]');
            if (!button) return;
            var lang = button.getAttribute('data-set-lang');
            use(lang);
            try { localStorage.setItem('siege-report-lang', lang); } catch (e) { }
          });
        })();
        """;

    public const string Stylesheet = """
        :root { --defender: #1f5fa8; --attacker: #b23a2e; --variant: #d98b1e; --ink: #1a1a1a; --muted: #666; --rule: #d8d8d8; --paper: #fbfaf7; }
        :root[data-lang="zh"] .en, :root[data-lang="en"] .zh { display: none !important; }
        :root:not([data-lang]) span.en::before { content: " / "; }
        html { background: var(--paper); }
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
               color: var(--ink); line-height: 1.55; max-width: 1180px; margin: 0 auto; padding: 0 1.2rem 4rem; font-size: 15px; }
        header.top { position: sticky; top: 0; z-index: 10; background: var(--paper); border-bottom: 1px solid var(--rule); display: flex;
                     align-items: center; justify-content: space-between; gap: 1rem; padding: .4rem 0; }
        header.top .title { font-weight: 600; }
        nav.toc { font-size: 13px; display: flex; flex-wrap: wrap; gap: .2rem .9rem; }
        nav.toc a { color: var(--defender); text-decoration: none; }
        .lang-switch button { border: 1px solid var(--rule); background: #fff; padding: .2rem .7rem; cursor: pointer; font: inherit; border-radius: 3px; }
        :root[data-lang="zh"] .lang-switch button[data-set-lang="zh"], :root[data-lang="en"] .lang-switch button[data-set-lang="en"] { background: var(--ink); color: #fff; }
        h1 { font-size: 1.9rem; margin: 1.6rem 0 .3rem; }
        h2 { font-size: 1.45rem; margin: 2.6rem 0 .6rem; padding-top: .4rem; border-top: 3px solid var(--ink); }
        h3 { font-size: 1.15rem; margin: 1.8rem 0 .4rem; }
        h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
        p { margin: .4rem 0 .8rem; max-width: 60rem; }
        .lead { font-size: 1.05rem; }
        .muted, figcaption, .note { color: var(--muted); font-size: 13px; }
        table { border-collapse: collapse; margin: .6rem 0 1.2rem; font-size: 13.5px; }
        th, td { border-bottom: 1px solid var(--rule); padding: .28rem .6rem; text-align: left; vertical-align: top; }
        th { background: #f0eee8; font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        table.facts td:first-child { color: var(--muted); }
        table.events td:first-child, table.fidelity td:nth-child(4), table.fidelity td:nth-child(5) { white-space: nowrap; }
        table.fidelity td .note, table.fidelity td .gap { white-space: normal; }
        .ok { color: #2f7d32; font-weight: 600; }
        .miss { color: var(--attacker); font-weight: 600; }
        .na, .gap { color: var(--muted); }
        figure { margin: 1rem 0 1.6rem; }
        figure svg { width: 100%; height: auto; display: block; background: #fff; border: 1px solid var(--rule); }
        .maps { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 1rem; }
        .maps figure { margin: 0; }
        svg.map .ground { fill: #fdfcf8; }
        svg.map .ring { fill: none; stroke: #c9c4b8; stroke-width: 1.5; stroke-dasharray: 6 6; }
        svg.map .ring-label { fill: #9a9486; }
        svg.map .old-city { fill: #efe6d2; stroke: #a8977a; stroke-width: 2; stroke-dasharray: 8 5; }
        svg.map .river { fill: none; stroke: #9cc3e6; stroke-width: 14; stroke-linecap: round; stroke-linejoin: round; }
        svg.map .river-label { fill: #4f86b8; font-style: italic; }
        svg.map .approach { stroke: #b9b4aa; stroke-width: 2; }
        svg.map .approach.crossing { stroke-dasharray: 7 4; }
        svg.map .approach.closed { stroke: #ddd; stroke-dasharray: 2 5; }
        svg.map .crossing rect { fill: #fff; stroke: #4f86b8; stroke-width: 2; }
        svg.map .crossing.destroyed path { stroke: #333; stroke-width: 3.5; }
        svg.map .pos { stroke: #fff; stroke-width: 2; }
        svg.map .pos.defender { fill: var(--defender); }
        svg.map .pos.attacker { fill: var(--attacker); }
        svg.map .pos.key { stroke: var(--ink); stroke-width: 3; }
        svg.map .pos.assaulted { stroke: var(--attacker); stroke-width: 5; }
        svg.map .pos-label { fill: var(--ink); paint-order: stroke; stroke: #fdfcf8; stroke-width: 5px; stroke-linejoin: round; }
        .legend { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; font-size: 13px; margin: .3rem 0 1rem; }
        .legend i { display: inline-block; width: 12px; height: 12px; border-radius: 50%; margin-right: .35rem; vertical-align: -1px; }
        .legend i.defender { background: var(--defender); }
        .legend i.attacker { background: var(--attacker); }
        .legend i.assaulted { background: var(--defender); box-shadow: 0 0 0 3px var(--attacker); }
        .legend i.key { background: var(--defender); box-shadow: 0 0 0 2px var(--ink); }
        .legend i.staging { border-radius: 0; background: var(--attacker); }
        .legend i.river { border-radius: 2px; background: #9cc3e6; width: 22px; height: 6px; vertical-align: 2px; }
        .legend i.old-city { border-radius: 2px; background: #efe6d2; border: 1px dashed #a8977a; }
        ul.oob, ul.oob ul { list-style: none; padding-left: 1.1rem; margin: .1rem 0; }
        ul.oob { padding-left: 0; }
        ul.oob li { margin: .12rem 0; }
        ul.oob .meta { color: var(--muted); font-size: 13px; }
        details > summary { cursor: pointer; }
        .day { border-left: 3px solid var(--rule); padding: .1rem 0 .1rem .8rem; margin: .7rem 0; }
        .day.offensive { border-left-color: var(--attacker); }
        .day .status { font-size: 13px; color: var(--muted); }
        .day ol { list-style: none; padding: 0; margin: .2rem 0; }
        .day li { font-size: 14px; }
        .day li time { display: inline-block; width: 3.2rem; color: var(--muted); font-variant-numeric: tabular-nums; }
        .day li.major { font-weight: 600; }
        .moment { margin: 1.2rem 0; padding: .6rem; background: #fff; border: 1px solid var(--rule); }
        .moment figure { margin: 0; max-width: 760px; }
        code { font-family: "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; font-size: 12.5px; }
        """ + PrintRules;

    /// <summary>
    /// The report on A4: the header's contents and language switch and the in-page "see the map" links are left out;
    /// headings stay with what follows them, and figures, days, table rows and list items are not split across
    /// pages. Collapsed sections print open, so the paper holds every section the page has. Only the chosen
    /// language is printed (English when no script chose one). The maps are drawn a little smaller than on screen so
    /// that two key moments share a page; their labels stay above 5 pt.
    /// </summary>
    private const string PrintRules = """

        @page { size: A4; margin: 12mm 12mm 14mm; }
        @media print {
          html { background: #fff; font-size: 9.5pt; }
          body { max-width: none; margin: 0; padding: 0; font-size: 1rem; line-height: 1.4; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          header.top, .day .status:has(> a:only-child) { display: none; }
          :root:not([data-lang]) .zh { display: none !important; }
          :root:not([data-lang]) span.en::before { content: none; }
          h1 { font-size: 17pt; margin: 0 0 2mm; }
          h2 { font-size: 14pt; margin: 6mm 0 2mm; }
          h3 { font-size: 11.5pt; margin: 4mm 0 1.5mm; }
          h4 { font-size: 10pt; margin: 3mm 0 1mm; }
          h2, h3, h4, summary { break-after: avoid; }
          p { max-width: none; margin: 1mm 0 2mm; }
          figure, .moment, .day, .legend, table.facts, tr, li { break-inside: avoid; }
          figure { margin: 2mm 0 4mm; }
          table { font-size: 8.5pt; margin: 1mm 0 3mm; }
          th, td { padding: .12rem .4rem; }
          thead { display: table-header-group; }
          .maps { display: block; }
          .maps figure, figure:has(> svg.map) { max-width: 120mm; margin-inline: auto; }
          details::details-content { content-visibility: visible; display: block; }
          details > summary { list-style: none; font-weight: 600; }
          details > summary::-webkit-details-marker { display: none; }
          .day { margin: 1.5mm 0; padding: 0 0 0 3mm; }
          .day li { font-size: 8.5pt; }
          .day .status, .muted, figcaption, .note, .legend, ul.oob .meta, code { font-size: 8pt; }
          a { color: inherit; text-decoration: none; }
          table.sources td code { overflow-wrap: anywhere; }
          table.sources td:first-child { white-space: nowrap; }
        }
        """;
}
