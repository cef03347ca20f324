//! Core. `goalie import`: rows of a CSV export (analytics, CRM, payments,
//! a spreadsheet) become log lines, one per day, without ever duplicating
//! a line or touching a person's own. No I/O here: the shell reads the
//! file with the `csv` crate and hands over its records, then writes what
//! [`merge::apply`] returns under the file lock.
//!
//! The flow: [`source`] (options and `[[import]]` tables) → [`rows`] (each
//! record into a total per day, cells read by [`date`] and [`number`]) →
//! [`plan`] (one checked line per day) → [`merge`] (against the lines
//! already there: add, keep, restate or leave alone). docs/import.md says
//! it for users.

pub mod date;
pub mod merge;
pub mod number;
pub mod plan;
pub mod rows;
pub mod source;

pub use source::{Mode, Source, Spec};

/// The separator of a CSV file, from its header line: the one of `,`, `;`
/// and tab found most often outside quotes (a comma when none is).
pub fn sniff_separator(header: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts[i], usize::MAX - i))
        .unwrap_or(0);
    if counts[best] == 0 {
        return b',';
    }
    [b',', b';', b'\t'][best]
}

/// Whether a line before the header is to be skipped: blank, or a comment
/// as analytics exports write above their table.
pub fn is_preamble(line: &str) -> bool {
    let t = line.trim_start_matches('\u{feff}').trim();
    t.is_empty() || t.starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_found_outside_quotes() {
        assert_eq!(sniff_separator("Date,Sessions,Bounce rate"), b',');
        assert_eq!(sniff_separator("Date;Montant;\"Client, ville\""), b';');
        assert_eq!(sniff_separator("\"a;b;c\",d"), b',');
        assert_eq!(sniff_separator("Date\tAmount"), b'\t');
        assert_eq!(sniff_separator("Date"), b',');
    }

    #[test]
    fn preambles_are_comments_and_blanks() {
        assert!(is_preamble("# Account: Example"));
        assert!(is_preamble("\u{feff}# ---"));
        assert!(is_preamble("   "));
        assert!(!is_preamble("Date,Sessions"));
    }
}
