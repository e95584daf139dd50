/**
 * The page's only style sheet, inline so the page needs nothing from outside: light on
 * screen, and on paper one section per page with the map scaled to the page's width.
 * System fonts only (no web font to fetch); the SVG carries its own font stack.
 */
export const HTML_PAGE_STYLE = `
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --rule: #d9e2ec; --paper: #ffffff; --band: #f5f7fa; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 15px/1.5 "Liberation Sans", Arial, Helvetica, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 2px solid var(--rule); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 20px 0 6px; }
p, li, td, th { overflow-wrap: anywhere; }
.jk-lead { color: var(--muted); margin: 0 0 8px; }
.jk-map { margin: 16px 0; overflow-x: auto; border: 1px solid var(--rule); background: var(--paper); }
.jk-map svg { display: block; max-width: 100%; height: auto; }
.jk-summary { background: var(--band); padding: 8px 12px; border-left: 4px solid var(--rule); }
.jk-findings { list-style: none; padding: 0; margin: 0; }
.jk-findings li { border-left: 4px solid var(--rule); padding: 4px 10px; margin: 6px 0; background: var(--band); }
.jk-findings li.jk-severity-critical { border-left-color: #b42318; }
.jk-findings li.jk-severity-warning { border-left-color: #b54708; }
.jk-findings li.jk-severity-info { border-left-color: #175cd3; }
.jk-code { font-family: "Liberation Mono", Menlo, monospace; font-size: 13px; color: var(--muted); }
.jk-subjects { color: var(--muted); font-size: 14px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--rule); }
th { background: var(--band); }
td.jk-number, th.jk-number { text-align: right; font-variant-numeric: tabular-nums; }
footer { margin-top: 40px; color: var(--muted); font-size: 13px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .jk-map { overflow: visible; border: 0; break-inside: avoid; page-break-inside: avoid; }
  .jk-map svg { width: 100%; }
  section { break-before: page; page-break-before: always; }
  section.jk-first { break-before: auto; page-break-before: auto; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; }
}
`;
