package dev.synthforge.report;

/** The report's stylesheet, inlined in its head: system fonts, no external resources. */
final class ReportStyle {
  private ReportStyle() {}

  static final String CSS = """
      :root { --text: #1f2328; --muted: #59636e; --line: #d8dee4; --soft: #f6f8fa;
        --bad: #b54100; --bad-bg: #fdf1e9; --bad-line: #d55e00;
        --good: #00684d; --good-bg: #e9f6f1; --good-line: #009e73; --small: #6b4e00;
        --small-bg: #fbf4dc; }
      * { box-sizing: border-box; }
      html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { margin: 0; background: #eef1f4; color: var(--text);
        font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Roboto, Arial,
        sans-serif; }
      main { max-width: 960px; margin: 24px auto; padding: 32px 40px 24px; background: #fff;
        border: 1px solid var(--line); border-radius: 10px; }
      h1 { font-size: 28px; line-height: 1.2; margin: 0 0 4px; letter-spacing: -0.01em; }
      h2 { font-size: 20px; margin: 0 0 6px; padding-top: 8px; }
      .kicker { margin: 0 0 4px; color: var(--muted); font-size: 13px; font-weight: 600;
        letter-spacing: 0.06em; text-transform: uppercase; }
      .subtitle { margin: 0 0 16px; color: var(--muted); font-size: 16px; }
      .facts { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0 0 24px; padding: 12px 16px;
        background: var(--soft); border-radius: 8px; }
      .facts div { min-width: 0; }
      .facts dt { color: var(--muted); font-size: 12px; text-transform: uppercase;
        letter-spacing: 0.04em; }
      .facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
      .verdict { margin: 0 0 20px; padding: 16px 20px 18px; border-radius: 10px;
        border: 1px solid; border-left-width: 8px; }
      .verdict.breached { background: var(--bad-bg); border-color: var(--bad-line); }
      .verdict.passed { background: var(--good-bg); border-color: var(--good-line); }
      .verdict.none { background: var(--soft); border-color: var(--line); }
      .verdict-line { margin: 0 0 12px; font-size: 22px; font-weight: 700; }
      .breached .verdict-line { color: var(--bad); }
      .passed .verdict-line { color: var(--good); }
      .none .verdict-line { margin: 0; color: var(--muted); font-size: 18px; }
      .gates { display: grid; grid-template-columns: repeat(auto-fill, minmax(270px, 1fr));
        gap: 10px; margin: 0; padding: 0; list-style: none; }
      .gate { padding: 10px 12px; background: #fff; border: 1px solid var(--line);
        border-radius: 8px; break-inside: avoid; }
      .gate.is-breached { border-color: var(--bad-line);
        box-shadow: inset 4px 0 0 var(--bad-line); }
      .gate-name { margin: 6px 0 2px; font-weight: 600; overflow-wrap: anywhere; }
      .gate-numbers { margin: 0; font-variant-numeric: tabular-nums; }
      .gate-value { font-size: 20px; font-weight: 700; }
      .is-breached .gate-value { color: var(--bad); }
      .gate-threshold { color: var(--muted); }
      .gate-detail { margin: 4px 0 0; color: var(--muted); font-size: 13px;
        overflow-wrap: anywhere; }
      .pill { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px;
        font-weight: 700; letter-spacing: 0.03em; text-transform: uppercase; }
      .pill.breached { background: var(--bad-line); color: #fff; }
      .pill.passed { background: var(--good-bg); color: var(--good);
        border: 1px solid var(--good-line); }
      .contents { margin: 0 0 8px; font-size: 13px; color: var(--muted); }
      .contents ol { display: inline; margin: 0; padding: 0; list-style: none; }
      .contents li { display: inline; white-space: nowrap; }
      .contents li + li::before { content: " · "; }
      .contents a { color: #0b5cad; text-decoration: none; }
      section.part { padding: 20px 0 8px; border-top: 1px solid var(--line); }
      .lead { margin: 0 0 14px; max-width: 72ch; color: #3d444d; }
      figure { margin: 0 0 22px; break-inside: avoid; page-break-inside: avoid; }
      figure img { display: block; max-width: 100%; height: auto; border: 1px solid var(--line);
        border-radius: 6px; }
      figcaption { margin-top: 4px; color: var(--muted); font-size: 13px; }
      table.data { width: 100%; border-collapse: collapse; font-size: 14px;
        font-variant-numeric: tabular-nums; }
      table.data caption { caption-side: top; text-align: left; font-weight: 600;
        padding: 0 0 6px; }
      table.data th { text-align: left; color: var(--muted); font-weight: 600; font-size: 12px;
        text-transform: uppercase; letter-spacing: 0.03em; border-bottom: 2px solid var(--line);
        padding: 6px 10px; }
      table.data td { border-bottom: 1px solid #eaeef2; padding: 5px 10px;
        overflow-wrap: anywhere; }
      table.data th.num, table.data td.num { text-align: right; white-space: nowrap; }
      table.data tr.mark-small td { background: var(--small-bg); }
      table.data tr.mark-breached td { background: var(--bad-bg); }
      table.data td.empty { color: var(--muted); font-style: italic; }
      .badge { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 4px;
        font-size: 11px; font-weight: 700; text-transform: uppercase; vertical-align: 1px; }
      .badge.small { background: #f2dfa0; color: var(--small); }
      .badge.breached { background: var(--bad-line); color: #fff; }
      .footnote { margin: 6px 0 0; color: var(--muted); font-size: 13px; }
      footer { margin-top: 16px; padding-top: 12px; border-top: 1px solid var(--line);
        color: var(--muted); font-size: 12px; }
      @media print {
        body { background: #fff; font-size: 11pt; }
        main { max-width: none; margin: 0; padding: 0; border: 0; }
        .contents { display: none; }
        section.part { break-before: auto; }
        h2 { break-after: avoid; }
      }
      @page { margin: 14mm; }
      """;
}
