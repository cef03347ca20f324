//! The value axis of a chart: round tick values ("nice numbers": 1, 2,
//! 2.5 or 5 times a power of ten) that cover a range, so a reader can put
//! a number on any point of a line.

/// How many multiples of `step` lie from `low` to `high`.
fn count(low: f64, high: f64, step: f64) -> i64 {
    (high / step + 1e-9).floor() as i64 - (low / step - 1e-9).ceil() as i64 + 1
}

/// The nice step that gives the number of ticks closest to `wanted`
/// (the larger step on a tie: fewer labels, less clutter).
fn step(low: f64, high: f64, wanted: usize) -> f64 {
    let raw = (high - low) / wanted.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let mut best = magnitude;
    let mut best_miss = i64::MAX;
    for m in [magnitude / 10.0, magnitude, magnitude * 10.0] {
        for f in [1.0, 2.0, 2.5, 5.0] {
            let step = f * m;
            let miss = (count(low, high, step) - wanted as i64).abs();
            if miss <= best_miss {
                best = step;
                best_miss = miss;
            }
        }
    }
    best
}

/// About `wanted` round values from `low` to `high` (both inclusive), in
/// increasing order; empty for an empty or invalid range.
pub fn ticks(low: f64, high: f64, wanted: usize) -> Vec<f64> {
    if !(low.is_finite() && high.is_finite()) || high <= low {
        return Vec::new();
    }
    let step = step(low, high, wanted);
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
        // The count nearest 4 wins, the larger step on a tie.
        // 54.4 to 62.6: steps of 2 and 2.5 both give 4 ticks → 2.5.
        assert_eq!(ticks(54.4, 62.6, 4), [55.0, 57.5, 60.0, 62.5]);
        // 55 to 62: 2 gives 4 (56…62), 2.5 gives 3, 1 gives 8.
        assert_eq!(ticks(55.0, 62.0, 4), [56.0, 58.0, 60.0, 62.0]);
        // 768,000 to 1,232,000: 100,000 gives 5, 200,000 gives 3 → 200,000.
        assert_eq!(
            ticks(768_000.0, 1_232_000.0, 4),
            [800_000.0, 1_000_000.0, 1_200_000.0]
        );
        // 10,280 to 20,720: 2,500 gives 4, where 5,000 gives only 2.
        assert_eq!(
            ticks(10_280.0, 20_720.0, 4),
            [12_500.0, 15_000.0, 17_500.0, 20_000.0]
        );
        // 1.5573 to 2.176: 0.2 gives 3 (0.25 gives 2, 0.1 gives 6).
        assert_eq!(ticks(1.557_333, 2.176, 4), [1.6, 1.8, 2.0]);
        // -24 to 324: 100 gives 4.
        assert_eq!(ticks(-24.0, 324.0, 4), [0.0, 100.0, 200.0, 300.0]);
        // 0 to 10: 2.5 gives 5, 5 gives 3, 2 gives 6 → 5 (a tie at 1 off).
        assert_eq!(ticks(0.0, 10.0, 4), [0.0, 5.0, 10.0]);
        // Negative values keep their sign; no -0.
        assert_eq!(ticks(-10.0, 10.0, 4), [-10.0, 0.0, 10.0]);
        assert!(
            ticks(-1.0, 1.0, 4)
                .iter()
                .all(|v| *v != 0.0 || v.is_sign_positive())
        );
    }

    #[test]
    fn no_ticks_for_an_empty_range() {
        assert!(ticks(1.0, 1.0, 4).is_empty());
        assert!(ticks(2.0, 1.0, 4).is_empty());
        assert!(ticks(f64::NAN, 1.0, 4).is_empty());
    }
}
