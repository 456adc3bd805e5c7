/// Writes a self-contained HTML page (no network resources) to review an alignment: both documents side by side,
/// bead by bead, confidence by colour, unaligned sentences on their own side, speaker turns marked, and a summary.
public struct HTMLReviewWriter: Sendable {
    /// The page title.
    public var title: String
    /// Beads below this confidence are counted and flagged as low confidence.
    public var lowConfidence: Double

    /// Creates a writer.
    public init(title: String = "PressAlign review", lowConfidence: Double = 0.6) {
        self.title = title
        self.lowConfidence = lowConfidence
    }

    /// Calls `emit` with the page, piece by piece.
    public func write(_ alignment: Alignment, to emit: (String) -> Void) {
        let escape = XMLEscaping.escape
        var kinds: [String: Int] = [:]
        var low = 0
        for bead in alignment.beads {
            kinds[bead.kind, default: 0] += 1
            if bead.isTwoSided, (bead.confidence ?? 0) < lowConfidence { low += 1 }
        }
        let order = ["1-1", "2-1", "1-2", "2-2", "3-1", "1-3", "1-0", "0-1"]
        let kindList = (order.filter { kinds[$0] != nil } + kinds.keys.filter { !order.contains($0) }.sorted())
            .map { "<span class=\"chip\">\($0) <b>\(kinds[$0]!)</b></span>" }.joined(separator: " ")
        emit("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            :root { --ok: #2e7d32; --mid: #f9a825; --low: #c62828; --line: #d9dde3; --muted: #6b7280; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
                   color: #1f2328; background: #f6f7f9; }
            header { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line);
                     padding: 12px 16px; }
            h1 { font-size: 18px; margin: 0 0 6px; }
            .summary { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; color: var(--muted); font-size: 13px; }
            .chip { background: #eef1f5; border-radius: 999px; padding: 2px 10px; color: #1f2328; }
            .chip.low { background: #fdecea; color: var(--low); }
            .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 10px; }
            main { max-width: 1200px; margin: 0 auto; padding: 8px 12px 40px; }
            .cols { display: grid; grid-template-columns: 56px 1fr 1fr; gap: 0; }
            .head { font-weight: 600; color: var(--muted); font-size: 12px; text-transform: uppercase;
                    letter-spacing: .04em; padding: 8px 10px; }
            .bead { display: contents; }
            .bead > div { padding: 8px 10px; border-top: 1px solid var(--line); background: #fff; }
            .conf { border-left: 5px solid var(--ok); font-variant-numeric: tabular-nums; font-size: 12px;
                    color: var(--muted); text-align: right; }
            .mid .conf { border-left-color: var(--mid); }
            .low .conf { border-left-color: var(--low); }
            .one .conf { border-left-color: #9aa3ae; }
            .empty { background: repeating-linear-gradient(135deg, #f3f4f6, #f3f4f6 6px, #eceef1 6px, #eceef1 12px) !important; }
            .turn > div { border-top: 2px solid #8b95a1; }
            .s { display: block; }
            .s + .s { margin-top: 4px; }
            .id { color: var(--muted); font-size: 11px; margin-right: 6px; font-variant-numeric: tabular-nums; }
            .label { font-weight: 700; color: #0b4f8a; }
            .kind { display: block; font-size: 11px; }
            @media (max-width: 640px) {
              .cols { grid-template-columns: 1fr; }
              .head { display: none; }
              .bead > div.conf { text-align: left; border-top: 8px solid #f6f7f9; }
              .bead > div.ru::before { content: "RU"; }
              .bead > div.en::before { content: "EN"; }
              .bead > div.ru::before, .bead > div.en::before { display: block; font-size: 10px; color: var(--muted); }
            }
            </style>
            </head>
            <body>
            <header>
            <h1>\(escape(title))</h1>
            <div class="summary">\(alignment.source.count) ru · \(alignment.target.count) en sentences ·
            \(alignment.beads.count) beads: \(kindList)
            <span class="chip low">low confidence <b>\(low)</b></span>
            <span class="legend"><i style="background:var(--ok)"></i>≥ 0.9<i style="background:var(--mid)"></i>\(formatFixed(lowConfidence, digits: 1))–0.9<i style="background:var(--low)"></i>&lt; \(formatFixed(lowConfidence, digits: 1))<i style="background:#9aa3ae"></i>unaligned</span>
            </div>
            </header>
            <main>
            <div class="cols">
            <div class="head c0">conf.</div><div class="head c1">Русский</div><div class="head c2">English</div>

            """)
        for bead in alignment.beads {
            let confidence = bead.confidence ?? 0
            var classes = ["bead"]
            if !bead.isTwoSided {
                classes.append("one")
            } else if confidence < lowConfidence {
                classes.append("low")
            } else if confidence < 0.9 {
                classes.append("mid")
            }
            let startsTurn = bead.source.contains { SpeakerLabel.labelLength(in: alignment.source[$0].text[...]) != nil }
                || bead.target.contains { SpeakerLabel.labelLength(in: alignment.target[$0].text[...]) != nil }
            if startsTurn { classes.append("turn") }
            emit("<div class=\"\(classes.joined(separator: " "))\">")
            emit("<div class=\"conf\">\(formatFixed(confidence, digits: 2))<span class=\"kind\">\(bead.kind)</span></div>")
            emit(cell("ru", bead.source, alignment.source))
            emit(cell("en", bead.target, alignment.target))
            emit("</div>\n")
        }
        emit("</div>\n</main>\n</body>\n</html>\n")
    }

    private func cell(_ language: String, _ indices: [Int], _ sentences: [Sentence]) -> String {
        guard !indices.isEmpty else { return "<div class=\"\(language) empty\"></div>" }
        let body = indices.map { index -> String in
            let text = sentences[index].singleLineText
            var html: String
            if let length = SpeakerLabel.labelLength(in: text[...]) {
                let label = String(text.utf8.prefix(length)) ?? ""
                let rest = String(text.utf8.dropFirst(length)) ?? ""
                html = "<span class=\"label\">\(XMLEscaping.escape(label))</span>\(XMLEscaping.escape(rest))"
            } else {
                html = XMLEscaping.escape(text)
            }
            return "<span class=\"s\"><span class=\"id\">\(index)</span>\(html)</span>"
        }.joined()
        return "<div class=\"\(language)\" lang=\"\(language)\">\(body)</div>"
    }
}
