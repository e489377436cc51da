"""`ultrafacts report`: one static, self-contained HTML page about the knowledge store.

Charts are inline SVG drawn here (no script, no CDN, nothing fetched), so the page opens
offline and prints. Every fact row links to the article it came from.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import duckdb

from pipeline import store

PALETTE = ["#1f6f8b", "#e07a1f", "#3a9d5d", "#c0392b", "#7d5ba6", "#8c6d3f", "#d35f9c",
           "#5f6b73", "#a3a31f", "#17a2b8"]
MAX_FACT_ROWS = 400
MAX_RACES = 8
MAX_STEP_ROWS = 8


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _hms(seconds: int | None) -> str:
    if seconds is None:
        return ""
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: Any = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _link(url: str | None, text: str) -> str:
    if not url:
        return _e(text)
    if url.startswith("external:"):
        return f'<span title="article loaded from a facts file">{_e(text)}</span>'
    return f'<a href="{_e(url)}">{_e(text)}</a>'


# -- charts ----------------------------------------------------------------------------------

def _axis_years(lo: int, hi: int) -> list[int]:
    span = max(hi - lo, 1)
    step = 1 if span <= 10 else 2 if span <= 20 else 5
    return list(range(lo - lo % step, hi + 1, step))


def progression_svg(steps: list[dict[str, Any]], width: int = 580, height: int = 220) -> str:
    """Step chart of a race's course record: x = year, y = record time (lower is faster)."""
    dated = [s for s in steps if s["year"] is not None]
    if not dated:
        return '<p class="muted">No dated course record claims.</p>'
    left, right, top, bottom = 70, 170, 20, 36
    years = [s["year"] for s in dated]
    y0, y1 = min(years) - 1, max(years) + 1
    timed = [s["time_s"] for s in dated if s["time_s"] is not None]
    t_lo = min(timed) if timed else 0
    t_hi = max(timed) if timed else 1
    pad = max((t_hi - t_lo) * 0.15, 600)
    t_lo, t_hi = t_lo - pad, t_hi + pad
    band = top + 8  # claims without a time sit on a band at the top
    plot_top = top + 26 if any(s["time_s"] is None for s in dated) else top

    def x(year: float) -> float:
        return left + (year - y0) / (y1 - y0) * (width - left - right)

    def y(seconds: float | None) -> float:
        if seconds is None:
            return band
        return plot_top + (t_hi - seconds) / (t_hi - t_lo) * (height - plot_top - bottom) if t_hi > t_lo \
            else (plot_top + height - bottom) / 2

    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'role="img" aria-label="course record progression">']
    parts.append(f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" class="axis"/>')
    parts.append(f'<line x1="{left}" y1="{plot_top}" x2="{left}" y2="{height - bottom}" class="axis"/>')
    for year in _axis_years(y0 + 1, y1 - 1):
        parts.append(f'<text x="{x(year):.1f}" y="{height - bottom + 16}" class="tick" text-anchor="middle">{year}</text>')
        parts.append(f'<line x1="{x(year):.1f}" y1="{height - bottom}" x2="{x(year):.1f}" y2="{height - bottom + 4}" class="axis"/>')
    if timed:
        for i in range(4):
            sec = t_lo + (t_hi - t_lo) * (i + 0.5) / 4
            parts.append(f'<text x="{left - 6}" y="{y(sec) + 4:.1f}" class="tick" text-anchor="end">{_hms(int(sec))[:-3]}</text>')
            parts.append(f'<line x1="{left}" y1="{y(sec):.1f}" x2="{width - right}" y2="{y(sec):.1f}" class="grid"/>')
    if any(s["time_s"] is None for s in dated):
        parts.append(f'<text x="{left - 6}" y="{band + 4}" class="tick" text-anchor="end">no time</text>')
    # the record stands from the year it was set until the next one: a step line
    path = []
    for i, step in enumerate(dated):
        if step["time_s"] is None:
            continue
        nxt = next((s["year"] for s in dated[i + 1:]), y1)
        path.append(f'M{x(step["year"]):.1f},{y(step["time_s"]):.1f} H{x(nxt):.1f}')
    if path:
        parts.append(f'<path d="{" ".join(path)}" class="step"/>')
    # Labels: the current record first, then the others where they do not overprint a label
    # already placed (each point keeps its tooltip either way).
    boxes: list[tuple[float, float, float, float]] = []
    order = sorted(dated, key=lambda st: not st["is_current"])
    for step in order:
        cls = "pt current" if step["is_current"] else "pt"
        cx, cy = x(step["year"]), y(step["time_s"])
        label = f'{step["holder_name"]} {step["time_text"] or ""}'.strip()
        parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="5" class="{cls}"><title>{_e(step["year"])}: {_e(label)}</title></circle>')
        w = 6.2 * len(label)
        for lx, ly in ((cx + 8, cy - 7), (cx + 8, cy + 16), (cx - 8 - w, cy - 7), (cx - 8 - w, cy + 16)):
            box = (lx, ly - 11, lx + w, ly + 2)
            inside = box[0] >= 0 and box[2] <= width and box[1] >= 0 and box[3] <= height
            if inside and not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                                  for b in boxes):
                boxes.append(box)
                parts.append(f'<text x="{lx:.1f}" y="{ly:.1f}" class="lbl">{_e(label)}</text>')
                break
    parts.append("</svg>")
    return "".join(parts)


def timeline_svg(items: list[dict[str, Any]], width: int = 1100) -> str:
    """An athlete's results and records on a year axis, one lane per race."""
    dated = [i for i in items if i["year"] is not None]
    if not dated:
        return '<p class="muted">No dated facts for this athlete.</p>'
    lanes = sorted({i["race"] or "(race not named)" for i in dated})
    left, right, top, lane_h, bottom = 230, 40, 30, 30, 34
    height = top + lane_h * len(lanes) + bottom
    years = [i["year"] for i in dated]
    y0, y1 = min(years) - 1, max(years) + 1

    def x(year: float) -> float:
        return left + (year - y0) / (y1 - y0) * (width - left - right)

    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'role="img" aria-label="athlete timeline">']
    for n, lane in enumerate(lanes):
        cy = top + lane_h * n + lane_h / 2
        short = lane if len(lane) <= 34 else lane[:33] + "…"  # the lane column is 230 px wide
        parts.append(f'<text x="{left - 10}" y="{cy + 4:.1f}" class="tick" text-anchor="end">'
                     f'<title>{_e(lane)}</title>{_e(short)}</text>')
        parts.append(f'<line x1="{left}" y1="{cy:.1f}" x2="{width - right}" y2="{cy:.1f}" class="grid"/>')
    base = height - bottom
    parts.append(f'<line x1="{left}" y1="{base}" x2="{width - right}" y2="{base}" class="axis"/>')
    for year in _axis_years(y0 + 1, y1 - 1):  # years above and below: a long chart scrolls
        parts.append(f'<text x="{x(year):.1f}" y="{base + 16}" class="tick" text-anchor="middle">{year}</text>')
        parts.append(f'<text x="{x(year):.1f}" y="{top - 12}" class="tick" text-anchor="middle">{year}</text>')
    for item in dated:
        lane = lanes.index(item["race"] or "(race not named)")
        cy = top + lane_h * lane + lane_h / 2
        # records are offset so a record and the result of the same race-year are both visible
        cx = x(item["year"]) + (6 if item["kind"] != "result" else -6)
        tip = _e(f'{item["year"]} {item["race"] or ""}: {item["kind"]} {item["value"] or ""}')
        if item["kind"] == "result":
            parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="7" class="res"><title>{tip}</title></circle>')
            if item["place"]:
                parts.append(f'<text x="{cx:.1f}" y="{cy + 3.5:.1f}" class="place" text-anchor="middle">{_e(item["place"])}</text>')
        else:
            pts = f"{cx:.1f},{cy - 8:.1f} {cx + 7:.1f},{cy:.1f} {cx:.1f},{cy + 8:.1f} {cx - 7:.1f},{cy:.1f}"
            parts.append(f'<polygon points="{pts}" class="rec"><title>{tip}</title></polygon>')
    parts.append("</svg>")
    return "".join(parts)


def coverage_svg(rows: list[dict[str, Any]], width: int = 1100, height: int = 260) -> str:
    """Stacked bars: articles per month, one colour per outlet."""
    if not rows:
        return '<p class="muted">No articles.</p>'
    months = sorted({r["month"] for r in rows})
    outlets = sorted({r["outlet"] for r in rows})
    table = {(r["month"], r["outlet"]): r["articles"] for r in rows}
    totals = {m: sum(table.get((m, o), 0) for o in outlets) for m in months}
    tick = max(1, -(-max(totals.values()) // 4))  # whole-article ticks
    peak = tick * 4
    left, right, top, bottom = 40, 20, 16, 60
    plot_w, plot_h = width - left - right, height - top - bottom
    bar_w = min(plot_w / len(months), 60.0)  # one month must not fill the whole chart
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height + 24}" width="{width}" height="{height + 24}" '
             f'role="img" aria-label="coverage by outlet and month">']
    parts.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" class="axis"/>')
    for i in range(5):
        value = tick * i
        yy = top + plot_h - value / peak * plot_h
        parts.append(f'<text x="{left - 6}" y="{yy + 4:.1f}" class="tick" text-anchor="end">{value:.0f}</text>')
        parts.append(f'<line x1="{left}" y1="{yy:.1f}" x2="{width - right}" y2="{yy:.1f}" class="grid"/>')
    label_every = max(1, len(months) // 24)
    for n, month in enumerate(months):
        x0 = left + n * bar_w
        acc = 0
        for k, outlet in enumerate(outlets):
            count = table.get((month, outlet), 0)
            if not count:
                continue
            h = count / peak * plot_h
            yy = top + plot_h - acc - h
            parts.append(f'<rect x="{x0 + bar_w * 0.1:.1f}" y="{yy:.1f}" width="{bar_w * 0.8:.1f}" height="{h:.1f}" '
                         f'fill="{PALETTE[k % len(PALETTE)]}"><title>{_e(month)} {_e(outlet)}: {count}</title></rect>')
            acc += h
        if n % label_every == 0:
            tx, ty = x0 + bar_w / 2, top + plot_h + 12
            parts.append(f'<text x="{tx:.1f}" y="{ty:.1f}" class="tick" text-anchor="end" '
                         f'transform="rotate(-45 {tx:.1f} {ty:.1f})">{_e(month)}</text>')
    lx = left
    for k, outlet in enumerate(outlets):
        parts.append(f'<rect x="{lx}" y="{height + 6}" width="12" height="12" fill="{PALETTE[k % len(PALETTE)]}"/>')
        parts.append(f'<text x="{lx + 16}" y="{height + 16}" class="tick">{_e(outlet)}</text>')
        lx += 24 + 8 * len(outlet)
    parts.append("</svg>")
    return "".join(parts)


# -- page ------------------------------------------------------------------------------------

CSS = """
body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1d2327;background:#f6f7f8}
main{max-width:1180px;margin:0 auto;padding:24px 28px 60px;background:#fff}
h1{font-size:26px;margin:0 0 4px} h2{font-size:19px;margin:34px 0 8px;border-bottom:2px solid #e3e6e8;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 4px}
.muted{color:#68737d} .kpis{display:flex;gap:12px;flex-wrap:wrap;margin:14px 0}
.kpi{background:#f0f4f7;border-radius:6px;padding:8px 14px;min-width:92px}
.kpi b{display:block;font-size:22px}
.races{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:8px 20px}
table{border-collapse:collapse;width:100%;margin:6px 0 10px;font-size:13px}
th,td{border-bottom:1px solid #e3e6e8;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f0f4f7;position:sticky;top:0} td.ev{color:#3d464d;max-width:520px}
a{color:#1f6f8b} .chart{max-width:100%;height:auto;background:#fff}
.axis{stroke:#8a949c;stroke-width:1} .grid{stroke:#e9ecef;stroke-width:1}
.tick{font-size:11px;fill:#4f5962} .lbl{font-size:11px;fill:#1d2327}
.step{fill:none;stroke:#1f6f8b;stroke-width:2} .pt{fill:#fff;stroke:#1f6f8b;stroke-width:2}
.pt.current{fill:#e07a1f;stroke:#e07a1f}
.res{fill:#1f6f8b} .rec{fill:#e07a1f} .place{font-size:9px;fill:#fff;font-weight:bold}
.legend span{display:inline-block;margin-right:16px} .sw{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px}
"""


def _summary(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    one = con.execute("""
        SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM kb_loaded),
               (SELECT count(*) FROM athletes), (SELECT count(DISTINCT race_id) FROM race_editions),
               (SELECT count(*) FROM results), (SELECT count(*) FROM record_claims),
               (SELECT count(*) FROM source_conflicts), (SELECT strftime(max(finished_at), '%Y-%m-%d %H:%M') FROM load_runs),
               (SELECT string_agg(DISTINCT extractor_version, ', ') FROM kb_loaded)""").fetchone()
    keys = ["articles", "loaded", "athletes", "races", "results", "records", "conflicts", "last_load",
            "versions"]
    return dict(zip(keys, one, strict=True))


def write_report(db_path: Path | str, out: Path | str, *, athlete: str | None = None) -> Path:
    """Render the report for the store at `db_path` into `out` (one HTML file)."""
    out = Path(out)
    with store.connect(db_path, read_only=True) as con:
        page = render(con, athlete=athlete)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


def render(con: duckdb.DuckDBPyConnection, *, athlete: str | None = None) -> str:
    s = _summary(con)
    body = ['<main>', '<h1>ultrafacts: ultrarunning results and records</h1>',
            f'<p class="muted">From {s["articles"]} articles ({s["loaded"]} with facts loaded); '
            f'extractor {_e(s["versions"] or "none")}; data as of {_e(s["last_load"] or "never")}.</p>',
            '<div class="kpis">']
    for key, label in (("athletes", "athletes"), ("races", "races with editions"), ("results", "results"),
                       ("records", "record claims"), ("conflicts", "conflicts")):
        body.append(f'<div class="kpi"><b>{s[key]}</b>{label}</div>')
    body.append("</div>")
    body += _records_section(con)
    body += _athlete_section(con, athlete)
    body += _coverage_section(con)
    body += _conflicts_section(con)
    body += _facts_section(con)
    body.append('<p class="muted">Generated by <code>ultrafacts report</code>. Each fact links to the '
                'article that states it; evidence is the sentence it was read from.</p></main>')
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>ultrafacts report</title><style>" + CSS + "</style></head><body>"
            + "\n".join(body) + "</body></html>\n")


def _records_section(con: duckdb.DuckDBPyConnection) -> list[str]:
    races = _rows(con, """
        SELECT race_id, any_value(race_name) AS race_name, count(*) AS steps
        FROM course_record_progression GROUP BY race_id
        ORDER BY steps DESC, race_name LIMIT ?""", [MAX_RACES])
    parts = ['<h2 id="records">Course-record progression per race</h2>',
             '<p class="muted">Each point is a course record claimed in the press; the line shows how '
             'long it stood. Orange marks the current record.</p>']
    if not races:
        return parts + ['<p class="muted">No course record claims yet.</p>']
    parts.append('<div class="races">')
    for race in races:
        steps = _rows(con, """
            SELECT p.*, c.evidence, a.canonical_url AS url FROM course_record_progression p
            LEFT JOIN record_claims c ON c.id = p.first_claim_id
            LEFT JOIN articles a ON a.id = c.article_id
            WHERE p.race_id = ? ORDER BY p.scope_gender NULLS FIRST, p.step""", [race["race_id"]])
        scope = {st["scope_gender"] for st in steps}
        parts.append(f'<section><h3>{_e(race["race_name"])}</h3>')
        for gender in sorted(scope, key=lambda g: g or ""):
            chosen = [st for st in steps if st["scope_gender"] == gender]
            if len(scope) > 1:
                parts.append(f'<p class="muted">{ {"F": "Women", "M": "Men"}.get(gender or "", "Overall")}</p>')
            parts.append(progression_svg(chosen))
        several = len(scope) > 1
        head = "<th></th>" if several else ""
        parts.append(f"<table><tr>{head}<th>year</th><th>holder</th><th>time</th><th>evidence</th></tr>")
        for gender in sorted(scope, key=lambda g: g or ""):
            chosen = [st for st in steps if st["scope_gender"] == gender]
            if len(chosen) > MAX_STEP_ROWS:  # the newest records; the query has them all
                parts.append(f'<tr><td colspan="{4 + several}" class="muted">{len(chosen) - MAX_STEP_ROWS} '
                             f'earlier: <code>ultrafacts query record_progression --param '
                             f'race={_e(race["race_id"])}</code></td></tr>')
            for st in chosen[-MAX_STEP_ROWS:]:
                label = f'<td>{ {"F": "W", "M": "M"}.get(gender or "", "")}</td>' if several else ""
                parts.append(f'<tr>{label}<td>{_e(st["year"])}</td><td>{_e(st["holder_name"])}'
                             f'{" (current)" if st["is_current"] else ""}</td><td>{_e(st["time_text"])}</td>'
                             f'<td class="ev">{_link(st["url"], st["evidence"] or "article")}</td></tr>')
        parts.append("</table></section>")
    parts.append("</div>")
    return parts


def _athlete_section(con: duckdb.DuckDBPyConnection, athlete: str | None) -> list[str]:
    if athlete:
        found = con.execute("""
            SELECT id, name FROM athletes WHERE id IN (SELECT id FROM uf_athlete_ids($a))
            ORDER BY id LIMIT 1""", {"a": athlete}).fetchone()
    else:
        found = con.execute("""
            SELECT a.id, a.name FROM athletes a
            JOIN (SELECT athlete_id AS id, count(*) AS n FROM results GROUP BY 1
                  UNION ALL SELECT holder_id, count(*) FROM record_claims GROUP BY 1) f USING (id)
            GROUP BY a.id, a.name ORDER BY sum(f.n) DESC, a.id LIMIT 1""").fetchone()
    parts = ['<h2 id="athlete">Athlete timeline</h2>']
    if not found:
        return parts + [f'<p class="muted">No athlete {_e(athlete or "")} in the store.</p>']
    athlete_id, name = found
    items = _rows(con, """
        SELECT r.year, 'result' AS kind, coalesce(ra.name, r.race_name) AS race, r.place,
               concat_ws(' ', CASE WHEN r.place IS NOT NULL THEN '#' || r.place END, r.time_text) AS value,
               r.evidence, a.canonical_url AS url, a.title
        FROM results r LEFT JOIN races ra ON ra.id = r.race_id LEFT JOIN articles a ON a.id = r.article_id
        WHERE r.athlete_id = $id
        UNION ALL
        SELECT c.year, c.record_type, coalesce(ra.name, c.race_name), NULL, c.time_text, c.evidence,
               a.canonical_url, a.title
        FROM record_claims c LEFT JOIN races ra ON ra.id = c.race_id LEFT JOIN articles a ON a.id = c.article_id
        WHERE c.holder_id = $id
        ORDER BY year NULLS LAST, kind DESC, race""", {"id": athlete_id})
    parts.append(f'<h3>{_e(name)}</h3>')
    parts.append('<p class="legend muted"><span><i class="sw" style="background:#1f6f8b;border-radius:50%"></i>'
                 'result (number = place)</span><span><i class="sw" style="background:#e07a1f;'
                 'transform:rotate(45deg)"></i>record</span></p>')
    parts.append(timeline_svg(items))
    parts.append("<table><tr><th>year</th><th>fact</th><th>race</th><th>value</th><th>evidence</th></tr>")
    for item in items:
        parts.append(f'<tr><td>{_e(item["year"])}</td><td>{_e(item["kind"])}</td><td>{_e(item["race"])}</td>'
                     f'<td>{_e(item["value"])}</td><td class="ev">{_link(item["url"], item["evidence"] or "article")}</td></tr>')
    parts.append("</table>")
    return parts


def _coverage_section(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = _rows(con, """
        SELECT strftime(coalesce(CAST(published AS TIMESTAMP), first_seen), '%Y-%m') AS month,
               coalesce(outlet, '?') AS outlet, count(*) AS articles
        FROM articles WHERE coalesce(CAST(published AS TIMESTAMP), first_seen) IS NOT NULL
        GROUP BY ALL ORDER BY month, outlet""")
    per_outlet = _rows(con, """
        SELECT coalesce(a.outlet, '?') AS outlet, count(*) AS articles, count(k.article_id) AS loaded,
               coalesce(sum(k.results), 0) AS results, coalesce(sum(k.records), 0) AS records
        FROM articles a LEFT JOIN kb_loaded k ON k.article_id = a.id GROUP BY 1 ORDER BY 1""")
    parts = ['<h2 id="coverage">Coverage by outlet and month</h2>',
             '<p class="muted">Articles per month of publication (first crawl when the date is unknown).</p>',
             coverage_svg(rows),
             "<table><tr><th>outlet</th><th>articles</th><th>with facts</th><th>results</th><th>record claims</th></tr>"]
    for row in per_outlet:
        parts.append(f'<tr><td>{_e(row["outlet"])}</td><td>{row["articles"]}</td><td>{row["loaded"]}</td>'
                     f'<td>{row["results"]}</td><td>{row["records"]}</td></tr>')
    parts.append("</table>")
    return parts


def _conflicts_section(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = _rows(con, """
        SELECT s.kind, ra.name AS race, s.year, ath.name AS athlete, s.field, s.claimed_values, s.sources
        FROM source_conflicts s LEFT JOIN races ra ON ra.id = s.race_id
        LEFT JOIN athletes ath ON ath.id = s.athlete_id ORDER BY s.kind, race, s.year, athlete
        LIMIT ?""", [MAX_FACT_ROWS])
    total = con.execute("SELECT count(*) FROM source_conflicts").fetchone()[0]
    parts = ['<h2 id="conflicts">Where sources disagree</h2>']
    if not rows:
        return parts + ['<p class="muted">No disagreement between sources.</p>']
    if total > len(rows):
        parts.append(f'<p class="muted">{total} conflicts; the first {len(rows)} shown. All of them: '
                     '<code>ultrafacts query disagreeing_results</code>.</p>')
    parts.append("<table><tr><th>kind</th><th>race</th><th>year</th><th>athlete</th><th>differs in</th>"
                 "<th>values</th><th>sources</th></tr>")
    for r in rows:
        parts.append("<tr>" + "".join(f"<td>{_e(r[k])}</td>" for k in
                                      ("kind", "race", "year", "athlete", "field", "claimed_values", "sources"))
                     + "</tr>")
    parts.append("</table>")
    return parts


def _facts_section(con: duckdb.DuckDBPyConnection) -> list[str]:
    total = con.execute("SELECT (SELECT count(*) FROM results) + (SELECT count(*) FROM record_claims)").fetchone()[0]
    rows = _rows(con, """
        SELECT * FROM (
            SELECT 'result' AS kind, ath.name AS athlete, coalesce(ra.name, r.race_name) AS race, r.year,
                   concat_ws(' ', CASE WHEN r.place IS NOT NULL THEN '#' || r.place END, r.time_text) AS value,
                   r.evidence, a.canonical_url AS url, a.outlet, r.id
            FROM results r LEFT JOIN athletes ath ON ath.id = r.athlete_id
            LEFT JOIN races ra ON ra.id = r.race_id LEFT JOIN articles a ON a.id = r.article_id
            UNION ALL
            SELECT c.record_type, ath.name, coalesce(ra.name, c.race_name), c.year, c.time_text,
                   c.evidence, a.canonical_url, a.outlet, c.id
            FROM record_claims c LEFT JOIN athletes ath ON ath.id = c.holder_id
            LEFT JOIN races ra ON ra.id = c.race_id LEFT JOIN articles a ON a.id = c.article_id)
        ORDER BY year DESC NULLS LAST, race, athlete, id LIMIT ?""", [MAX_FACT_ROWS])
    parts = ['<h2 id="facts">Facts and their articles</h2>',
             f'<p class="muted">{total} facts{f"; the newest {MAX_FACT_ROWS} shown" if total > MAX_FACT_ROWS else ""}. '
             'Query them all with <code>ultrafacts query athlete_facts</code>.</p>',
             "<table><tr><th>year</th><th>fact</th><th>athlete</th><th>race / route</th><th>value</th>"
             "<th>evidence (links to the article)</th><th>outlet</th></tr>"]
    for r in rows:
        parts.append(f'<tr><td>{_e(r["year"])}</td><td>{_e(r["kind"])}</td><td>{_e(r["athlete"])}</td>'
                     f'<td>{_e(r["race"])}</td><td>{_e(r["value"])}</td>'
                     f'<td class="ev">{_link(r["url"], r["evidence"] or "article")}</td><td>{_e(r["outlet"])}</td></tr>')
    parts.append("</table>")
    return parts
