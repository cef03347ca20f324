//! A series drawn in one line of Unicode blocks, for hovers and terminals.

const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// One block per value, scaled between the smallest and the largest; a
/// flat series sits on the lowest block.
pub fn sparkline(values: &[f64]) -> String {
    let finite = values.iter().copied().filter(|v| v.is_finite());
    let (min, max) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    values
        .iter()
        .map(|&v| {
            if !v.is_finite() || max <= min {
                return BARS[0];
            }
            let step = ((v - min) / (max - min) * 7.0).round() as usize;
            BARS[step.min(7)]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::sparkline;

    #[test]
    fn scales_from_lowest_to_highest() {
        assert_eq!(sparkline(&[0.0, 1.0, 2.0, 7.0]), "▁▂▃█");
        assert_eq!(sparkline(&[5.0, 5.0]), "▁▁");
        assert_eq!(sparkline(&[]), "");
        assert_eq!(sparkline(&[3.0, f64::NAN, 10.0]), "▁▁█");
    }
}
