//! A table's CSV file read within its limits (rows and columns), stopping at the first row over.

/// Header and rows of a CSV file.
pub(super) type CsvTable = (Vec<String>, Vec<Vec<String>>);

/// Most rows a table may have (a slide shows a few dozen; the rest would be cut anyway).
pub const MAX_TABLE_ROWS: usize = 1_000;
/// Most columns a table may have.
pub const MAX_TABLE_COLUMNS: usize = 50;

/// Parses CSV bytes (first record is the header); on error gives the 1-based line and reason.
pub(super) fn read_csv(bytes: &[u8]) -> Result<CsvTable, (usize, String)> {
    let mut rdr = csv::ReaderBuilder::new().has_headers(true).from_reader(bytes);
    let pos_line = |e: &csv::Error| e.position().map_or(1, |p| p.line() as usize);
    let header = rdr
        .headers()
        .map_err(|e| (pos_line(&e), e.to_string()))?
        .iter()
        .map(str::to_string)
        .collect::<Vec<String>>();
    if header.len() > MAX_TABLE_COLUMNS {
        return Err((
            1,
            crate::t!("deck-table-too-wide", columns = header.len(), max = MAX_TABLE_COLUMNS),
        ));
    }
    let mut rows = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| (pos_line(&e), e.to_string()))?;
        if rows.len() == MAX_TABLE_ROWS {
            // Read no further: a million rows cost minutes before this.
            let line = rec.position().map_or(1, |p| p.line() as usize);
            return Err((line, crate::t!("deck-table-too-long", max = MAX_TABLE_ROWS)));
        }
        if rec.len() > MAX_TABLE_COLUMNS {
            let line = rec.position().map_or(1, |p| p.line() as usize);
            return Err((
                line,
                crate::t!("deck-table-too-wide", columns = rec.len(), max = MAX_TABLE_COLUMNS),
            ));
        }
        rows.push(rec.iter().map(str::to_string).collect());
    }
    Ok((header, rows))
}
