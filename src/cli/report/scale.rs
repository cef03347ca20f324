//! The value axis of a chart: round tick values ("nice numbers": 1, 2,
//! 2.5 or 5 times a power of ten) that cover a range, so a reader can put
//! a number on any point of a line.

/// The step between ticks for a range, close to `span / wanted`.
fn step(span: f64, wanted: usize) -> f64 {
    let raw = span / wanted.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let fraction = raw / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 2.5 {
        2.5
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// About `wanted` round values from `low` to `high` (both inclusive), in
/// increasing order; empty for an empty or invalid range.
pub fn ticks(low: f64, high: f64, wanted: usize) -> Vec<f64> {
    if !(low.is_finite() && high.is_finite()) || high <= low {
        return Vec::new();
    }
    let step = step(high - low, wanted);
    // Rounded to the step's decimals: 8 × 0.2 is 1.6, not 1.6000000000000001.
    let scale = 10f64.powi((1.0 - step.log10().floor()).max(0.0) as i32);
    let first = (low / step - 1e-9).ceil() as i64;
    let last = (high / step + 1e-9).floor() as i64;
    (first..=last)
        // k × step rather than a running sum: no drift (0.1 + 0.2…).
        .map(|k| (k as f64 * step * scale).round() / scale)
        .map(|v| if v == 0.0 { 0.0 } else { v })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::ticks;

    #[test]
    fn ticks_are_round_numbers_inside_the_range() {
        // 55 to 62 minutes, padded: 8.2 / 4 = 2.05 → a step of 2.5.
        assert_eq!(ticks(54.4, 62.6, 4), [55.0, 57.5, 60.0, 62.5]);
        // 7 / 4 = 1.75 → 2.
        assert_eq!(ticks(55.0, 62.0, 4), [56.0, 58.0, 60.0, 62.0]);
        // $800,000 to $1,200,000, padded: 464,000 / 4 = 116,000 → 200,000.
        assert_eq!(
            ticks(768_000.0, 1_232_000.0, 4),
            [800_000.0, 1_000_000.0, 1_200_000.0]
        );
        // 1.6% to 2%, padded: 0.6 / 4 = 0.15 → 0.2.
        assert_eq!(ticks(1.5, 2.1, 4), [1.6, 1.8, 2.0]);
        // 0 to 300 MQLs: 75 → 100.
        assert_eq!(ticks(-24.0, 324.0, 4), [0.0, 100.0, 200.0, 300.0]);
        // 2.5 steps: 10 / 4.
        assert_eq!(ticks(0.0, 10.0, 4), [0.0, 2.5, 5.0, 7.5, 10.0]);
        // Negative values keep their sign; no -0.
        assert_eq!(ticks(-10.0, 10.0, 4), [-10.0, -5.0, 0.0, 5.0, 10.0]);
        assert!(
            ticks(-1.0, 1.0, 4)
                .iter()
                .all(|v| !v.is_sign_negative() || *v < 0.0)
        );
    }

    #[test]
    fn no_ticks_for_an_empty_range() {
        assert!(ticks(1.0, 1.0, 4).is_empty());
        assert!(ticks(2.0, 1.0, 4).is_empty());
        assert!(ticks(f64::NAN, 1.0, 4).is_empty());
    }
}
