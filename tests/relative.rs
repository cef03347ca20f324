//! Relative targets (`+300 MQLs`, `-20%`, `4 100 followers -> +20%`),
//! recurring ones (`+20% per month`) and flows against the previous period
//! (`+40% vs previous quarter`), in English and French, against numbers
//! worked out by hand (docs/progress.md §4). Today is 2026-11-24; the
//! window is 2026-Q4: 92 days, 54 elapsed, 38 left, 58.70% expected.

mod common;

use goalie::describe::measure_facts;
use goalie::i18n::Lang;
use goalie::progress::*;
use jiff::civil::{Date, date};
use proptest::prelude::*;

fn progress_on(text: &str, today: Date) -> Progress {
    let mut ws = goalie::analysis::Workspace::new();
    ws.add_file("plan.goals", text);
    let analysis = ws.analyze(today);
    let errors: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.severity == goalie::diagnostic::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    compute(&analysis.model, today, &Options::default())
}

fn one(text: &str, today: Date) -> KeyResultProgress {
    let p = progress_on(text, today);
    p.key_results
        .into_iter()
        .chain(p.objectives.into_iter().flat_map(|o| o.key_results))
        .next()
        .expect("a key result")
}

#[track_caller]
fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 1e-9 * expected.abs().max(1.0),
        "{actual} is not {expected}"
    );
}

fn relative(k: &KeyResultProgress) -> &RelativeTarget {
    match &k.measure {
        Measure::Change {
            relative: Some(r), ..
        }
        | Measure::Awaiting { relative: r } => r,
        other => panic!("not relative: {other:?}"),
    }
}

fn change(k: &KeyResultProgress) -> (f64, f64, Direction) {
    match &k.measure {
        Measure::Change {
            baseline,
            target,
            direction,
            ..
        } => (*baseline, *target, *direction),
        other => panic!("not a change: {other:?}"),
    }
}

const NBSP: char = '\u{a0}';

#[test]
fn plus_n_starts_from_the_last_measurement_before_the_window() {
    for (metric, lang) in [
        ("metric: +300 MQL", Lang::En),
        ("mesure: +300 MQL", Lang::Fr),
    ] {
        let k = one(
            &format!(
                "kr mql: Augmenter de 300 le nombre de MQL\n  period: 2026-Q4\n  {metric}\n\
                 2026-09-30 mql 920\n2026-10-15 mql 1000\n2026-11-20 mql 1100\n"
            ),
            common::today(),
        );
        // Start 920 (30 Sep, the last value on or before 1 Oct); target
        // 920 + 300 = 1 220; now 1 100: 180 / 300 = 60%, 60 / 58.70 ≥ 0.9.
        assert_eq!(change(&k), (920.0, 1220.0, Direction::Increase));
        close(k.percent.unwrap(), 60.0);
        assert_eq!(k.current, Some(1100.0));
        assert_eq!(k.status, Status::OnTrack);
        let r = relative(&k);
        assert_eq!(
            (r.change, r.percent, r.start_from, r.start_date),
            (
                300.0,
                false,
                Some(StartFrom::Measured),
                Some(date(2026, 9, 30))
            )
        );
        // 120 left over 38 days: 3.157894… a day.
        let pace = k.pace.unwrap();
        assert_eq!((pace.remaining, pace.days_left), (120.0, 38));
        close(pace.per_day, 120.0 / 38.0);
        let text = measure_facts(&k, lang);
        let expected = match lang {
            Lang::En => "1,100\u{a0}MQL now · from 920\u{a0}MQL to 1,220\u{a0}MQL (+300\u{a0}MQL from the value of 30\u{a0}Sep)".to_string(),
            Lang::Fr => format!("1{NBSP}100{NBSP}MQL aujourd'hui · de 920{NBSP}MQL à 1{NBSP}220{NBSP}MQL (+300{NBSP}MQL depuis la valeur du 30{NBSP}sept.)"),
            other => unreachable!("{other}"),
        };
        assert_eq!(text, expected);
    }
}

#[test]
fn minus_p_percent_starts_from_the_first_measurement_inside_the_window() {
    for metric in [
        "metric: -20%",
        "mesure: −20 %",
        "metric: - 20%",
        "mesure: -20\u{a0}%",
    ] {
        let k = one(
            &format!(
                "kr cac: Réduire le coût d'acquisition de 20 %\n  period: 2026-Q4\n  {metric}\n\
                 2026-10-01 cac 250 €\n2026-11-20 cac 220 €\n"
            ),
            common::today(),
        );
        // Start 250 € (1 Oct, the window's first day); 250 × 0.8 = 200 €;
        // 220 € is (220 − 250) / (200 − 250) = 60% of the way.
        assert_eq!(change(&k), (250.0, 200.0, Direction::Decrease), "{metric}");
        close(k.percent.unwrap(), 60.0);
        assert_eq!(k.unit, goalie::model::Unit::Currency("EUR".into()));
        let r = relative(&k);
        assert_eq!((r.change, r.percent), (-20.0, true));
    }
    let k = one(
        "kr cac: Réduire le CAC de 20 %\n  period: 2026-Q4\n  mesure: −20 %\n2026-10-03 cac 250 €\n2026-11-20 cac 220 €\n",
        common::today(),
    );
    assert_eq!(
        measure_facts(&k, Lang::Fr),
        format!(
            "220{NBSP}€ aujourd'hui · de 250{NBSP}€ à 200{NBSP}€ (−20{NBSP}% depuis la valeur du 3{NBSP}oct.)"
        )
    );
    assert_eq!(
        measure_facts(&k, Lang::En),
        "€220 now · from €250 to €200 (−20% from the value of 3\u{a0}Oct)"
    );
}

#[test]
fn increments_only_count_from_zero_since_the_window_start() {
    let k = one(
        "kr mql: Add 300 MQLs\n  period: 2026-Q4\n  metric: +300 MQLs\n\
         2026-09-20 mql +50\n2026-10-10 mql +100\n2026-11-05 mql +80\n",
        common::today(),
    );
    // The September line is before the window: 100 + 80 = 180 of 300, 60%.
    assert_eq!(change(&k), (0.0, 300.0, Direction::Increase));
    assert_eq!(k.current, Some(180.0));
    close(k.percent.unwrap(), 60.0);
    assert_eq!(relative(&k).start_from, Some(StartFrom::Increments));
    assert!(measure_facts(&k, Lang::En).contains("counting the increments from 0"));
    assert!(measure_facts(&k, Lang::Fr).contains("en cumulant les hausses depuis 0"));
}

#[test]
fn without_a_start_value_nothing_is_invented() {
    for text in [
        "kr mql: Add 300 MQLs\n  period: 2026-Q4\n  metric: +300 MQLs\n",
        // Only an increment before the window: no start value either.
        "kr mql: Add 300 MQLs\n  period: 2026-Q4\n  metric: +300 MQLs\n2026-09-20 mql +50\n",
    ] {
        let k = one(text, common::today());
        assert!(matches!(k.measure, Measure::Awaiting { .. }), "{text}");
        assert_eq!(
            (k.status, k.percent, k.current),
            (Status::Unknown, None, None)
        );
        assert!(k.pace.is_none());
        assert_eq!(
            measure_facts(&k, Lang::En),
            "+300\u{a0}MQLs: awaiting a first measurement (from 1\u{a0}Oct on) to start from"
        );
        assert_eq!(
            measure_facts(&k, Lang::Fr),
            format!(
                "+300{NBSP}MQLs : en attente d'une première mesure (à partir du 1{NBSP}oct.) comme point de départ"
            )
        );
    }
}

#[test]
fn an_explicit_baseline_gives_the_absolute_target() {
    let text = "kr fol: Grow followers by 20%\n  period: 2026-Q4\n  metric: 4 100 followers -> +20%\n2026-11-02 fol 4500\n";
    let k = one(text, common::today());
    // 4 100 × 1.2 = 4 920; 400 / 820 = 48.78%.
    let (b, t, _) = change(&k);
    assert_eq!(b, 4100.0);
    close(t, 4920.0);
    close(k.percent.unwrap(), 40000.0 / 820.0);
    assert_eq!(relative(&k).start_from, Some(StartFrom::Written));
    // After an arrow, a minus without a percentage is a negative target.
    let nps = one(
        "kr nps: Raise NPS\n  period: 2026-Q4\n  metric: -10 -> -5\n",
        common::today(),
    );
    assert_eq!(change(&nps), (-10.0, -5.0, Direction::Increase));
    assert!(matches!(
        nps.measure,
        Measure::Change { relative: None, .. }
    ));
    let cut = one(
        "kr c: Cut costs\n  period: 2026-Q4\n  metric: 1 500,50 € -> −20 %\n",
        common::today(),
    );
    let (b, t, d) = change(&cut);
    close(b, 1500.5);
    close(t, 1200.4);
    assert_eq!(d, Direction::Decrease);
}

#[test]
fn recurring_targets_compound_period_by_period() {
    for metric in ["metric: +20% per month", "mesure: +20 % par mois"] {
        let text = format!(
            "kr insta: Instagram followers +20% every month\n  period: 2026-Q4\n  {metric}\n\
             2026-10-01 insta 4100\n2026-10-31 insta 4920\n2026-11-20 insta 5500\n"
        );
        let k = one(&text, common::today());
        // October: 4 100 → 4 920, reached: met. November: from 4 920 (the
        // value at October's end) to 4 920 × 1.2 = 5 904; 5 500 is
        // 580 / 984 = 58.94%. November is 30 days, 23 elapsed: 76.67%
        // expected, ratio 0.769: at risk. December has not started.
        assert_eq!(k.periods.len(), 2);
        let (oct, nov) = (k.periods[0], k.periods[1]);
        assert_eq!(
            (oct.start, oct.end),
            (date(2026, 10, 1), date(2026, 10, 31))
        );
        close(oct.target, 4920.0);
        assert_eq!((oct.met, oct.current), (Some(true), false));
        assert_eq!(
            (nov.start, nov.end),
            (date(2026, 11, 1), date(2026, 11, 30))
        );
        assert_eq!(nov.start_value, 4920.0);
        close(nov.target, 5904.0);
        assert_eq!((nov.met, nov.current, nov.value), (None, true, 5500.0));
        close(nov.percent, 58000.0 / 984.0);
        assert_eq!(k.status, Status::AtRisk);
        let (b, t, _) = change(&k);
        assert_eq!(b, 4920.0);
        close(t, 5904.0);
        // Roll-up: the mean of the periods so far, (100 + 58.94) / 2.
        close(k.percent.unwrap(), (100.0 + 58000.0 / 984.0) / 2.0);
        let pace = k.pace.unwrap();
        // 5 904 − 5 500 = 404 over the 7 days from 24 to 30 Nov.
        close(pace.remaining, 404.0);
        assert_eq!(pace.days_left, 7);
        assert_eq!(k.timeline.unwrap().days, 30);
        assert_eq!(relative(&k).per, Some("month"));
    }
    let text = "kr insta: Followers\n  period: 2026-Q4\n  mesure: +20 % par mois\n2026-10-01 insta 4100\n2026-10-31 insta 4920\n2026-11-20 insta 5500\n";
    let k = one(text, common::today());
    assert!(measure_facts(&k, Lang::Fr).starts_with("ce mois-ci · 5\u{a0}500 aujourd'hui"));
    assert_eq!(
        goalie::describe::periods_text(&k, Lang::En).unwrap(),
        "closed periods: 1\u{a0}Oct – 31\u{a0}Oct met (4,920 of 4,920)"
    );
    assert_eq!(
        goalie::describe::periods_text(&k, Lang::Fr).unwrap(),
        format!("périodes closes : 1{NBSP}oct. – 31{NBSP}oct. atteint (4{NBSP}920 sur 4{NBSP}920)")
    );
}

#[test]
fn a_recurring_target_is_final_once_its_window_is_over() {
    let base = "kr insta: Followers\n  period: 2026-Q4\n  metric: +20% per month\n2026-10-01 insta 4100\n2026-10-31 insta 4920\n";
    let after = date(2027, 1, 5);
    // November ends at 5 500 < 5 904: missed, whatever December did.
    let k = one(
        &format!("{base}2026-11-20 insta 5500\n2026-12-31 insta 7000\n"),
        after,
    );
    let met: Vec<_> = k.periods.iter().map(|p| p.met).collect();
    assert_eq!(met, [Some(true), Some(false), Some(true)]);
    // December starts from 5 500 (November's end): 6 600, passed by 7 000.
    close(k.periods[2].target, 6600.0);
    assert_eq!(k.status, Status::Missed);
    assert!(k.pace.is_none());
    // Every month met: achieved.
    let k = one(
        &format!("{base}2026-11-30 insta 5904\n2026-12-31 insta 7100\n"),
        after,
    );
    assert_eq!(k.status, Status::Achieved);
    close(k.percent.unwrap(), 100.0);
}

#[test]
fn a_flow_is_compared_with_the_total_of_the_previous_period() {
    for metric in [
        "metric: +40% vs previous quarter",
        "metric: +40% compared to last quarter",
        "mesure: +40 % par rapport au trimestre précédent",
        "mesure: +40 % vs trimestre précédent",
    ] {
        let text = format!(
            "kr rev: Revenue +40% in Q4\n  period: 2026-Q4\n  {metric}\n\
             2026-07-10 rev +50 000 €\n2026-08-10 rev +50 000 €\n2026-10-10 rev +60 000 €\n2026-11-10 rev +40 000 €\n"
        );
        let k = one(&text, common::today());
        // Q3 total: 100 000 €; target 140 000 €; Q4 so far 100 000 €:
        // 71.43%, against 58.70% expected: on track.
        assert_eq!(change(&k), (0.0, 140000.0, Direction::Increase), "{metric}");
        assert_eq!(k.current, Some(100000.0));
        close(k.percent.unwrap(), 100.0 / 1.4);
        assert_eq!(k.status, Status::OnTrack);
        let r = relative(&k);
        assert_eq!(r.versus, Some("quarter"));
        assert_eq!(
            r.previous,
            Some(Previous {
                start: date(2026, 7, 1),
                end: date(2026, 9, 30),
                total: Some(100000.0)
            })
        );
    }
    let text = "kr rev: CA +40 % au T4\n  period: 2026-Q4\n  mesure: +40 % par rapport au trimestre précédent\n2026-07-10 rev +100 000 €\n2026-10-10 rev +100 000 €\n";
    let k = one(text, common::today());
    assert_eq!(
        measure_facts(&k, Lang::Fr),
        format!(
            "100{NBSP}000{NBSP}€ aujourd'hui · de 0{NBSP}€ à 140{NBSP}000{NBSP}€ (+40{NBSP}% sur le total du 1{NBSP}juil. au 30{NBSP}sept., 100{NBSP}000{NBSP}€)"
        )
    );
    // Nothing logged in Q3 and no baseline: awaited, not invented.
    let k = one(
        "kr rev: Revenue\n  period: 2026-Q4\n  metric: +40% vs previous quarter\n2026-10-10 rev +60000\n",
        common::today(),
    );
    assert_eq!((k.status, k.percent), (Status::Unknown, None));
    assert!(
        measure_facts(&k, Lang::En)
            .starts_with("+40%: awaiting the total of 1\u{a0}Jul – 30\u{a0}Sep")
    );
    // A written baseline is the previous total: 90 000 × 1.4 = 126 000.
    let k = one(
        "kr rev: Revenue\n  period: 2026-Q4\n  metric: 90 000 € -> +40% vs previous quarter\n2026-10-10 rev +63000\n",
        common::today(),
    );
    close(change(&k).1, 126000.0);
    close(k.percent.unwrap(), 50.0);
}

#[test]
fn a_cut_against_the_previous_period_is_a_cap() {
    // October's costs: 10 000; November may spend 8 000. On 24 Nov, 23 of
    // 30 days have elapsed: the cap brought to today is 6 133.33.
    let plan = "kr costs: Cut costs by 20%\n  period: 2026-11\n  metric: -20% vs previous month\n2026-10-15 costs +10000\n";
    let k = one(&format!("{plan}2026-11-10 costs +5000\n"), common::today());
    assert_eq!(change(&k), (0.0, 8000.0, Direction::Decrease));
    assert_eq!((k.status, k.percent), (Status::OnTrack, Some(100.0)));
    let k = one(&format!("{plan}2026-11-10 costs +7000\n"), common::today());
    assert_eq!(k.status, Status::AtRisk);
    let k = one(&format!("{plan}2026-11-10 costs +9000\n"), common::today());
    assert_eq!((k.status, k.percent), (Status::OffTrack, Some(0.0)));
    let k = one(
        &format!("{plan}2026-11-10 costs +7000\n"),
        date(2026, 12, 2),
    );
    assert_eq!(k.status, Status::Achieved);
}

fn strip(k: &KeyResultProgress) -> (Option<f64>, Status, Option<f64>, bool, Option<Pace>) {
    (k.percent, k.status, k.current, k.overachieved, k.pace)
}

#[track_caller]
fn same_numbers(a: &KeyResultProgress, b: &KeyResultProgress) {
    let near = |x: f64, y: f64| (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0);
    let (pa, sa, ca, oa, qa) = strip(a);
    let (pb, sb, cb, ob, qb) = strip(b);
    assert!(near(pa.unwrap(), pb.unwrap()), "{pa:?} {pb:?}");
    assert_eq!((sa, ob), (sb, oa));
    assert_eq!(ca, cb);
    match (qa, qb) {
        (Some(x), Some(y)) => {
            assert_eq!(x.days_left, y.days_left);
            assert!(near(x.per_day, y.per_day));
        }
        (x, y) => assert_eq!(x.is_none(), y.is_none()),
    }
    assert_eq!(a.series, b.series);
    assert_eq!(a.unit, b.unit);
    let (ba, ta, da) = change(a);
    let (bb, tb, db) = change(b);
    assert!(near(ba, bb) && near(ta, tb) && da == db);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// `B -> +P%` is `B -> B × (1 + P/100)`, and `B -> +N` is `B -> B + N`,
    /// whatever the log says.
    #[test]
    fn an_explicit_baseline_equals_the_absolute_target(
        k in 1u32..500,
        p in 1u32..150,
        n in 1u32..5000,
        logs in proptest::collection::vec((1u32..60, 0u32..20000, any::<bool>()), 0..6),
        today_offset in 0i64..120,
    ) {
        let baseline = 100 * k;
        let mut log = String::new();
        let mut sorted = logs.clone();
        sorted.sort_by_key(|l| l.0);
        for (day, value, inc) in sorted {
            let d = date(2026, 10, 1).checked_add(jiff::Span::new().days(day as i64)).unwrap();
            let sign = if inc { "+" } else { "" };
            log.push_str(&format!("{d} x {sign}{value}\n"));
        }
        let today = date(2026, 10, 1).checked_add(jiff::Span::new().days(today_offset)).unwrap();
        let plan = |metric: &str| format!("kr x: Grow\n  period: 2026-Q4\n  metric: {metric}\n{log}");
        let percent = one(&plan(&format!("{baseline} followers -> +{p}%")), today);
        let absolute = one(&plan(&format!("{baseline} followers -> {} followers", k * (100 + p))), today);
        same_numbers(&percent, &absolute);
        let amount = one(&plan(&format!("{baseline} followers -> +{n} followers")), today);
        let absolute = one(&plan(&format!("{baseline} followers -> {} followers", baseline + n)), today);
        same_numbers(&amount, &absolute);
        // A cut: `B -> -P%` is `B -> B × (1 − P/100)` (P under 100 here).
        let q = p % 99 + 1;
        let cut = one(&plan(&format!("{baseline} followers -> -{q}%")), today);
        let absolute = one(&plan(&format!("{baseline} followers -> {} followers", k * (100 - q))), today);
        same_numbers(&cut, &absolute);
    }
}

#[test]
fn periods_before_the_first_measurement_have_no_data() {
    // First measured on 3 Nov: October has no data and is left out;
    // November runs from 5 000 to 5 000 × 1.2 = 6 000; 5 600 is 60%.
    let k = one(
        "kr insta: Followers\n  period: 2026-Q4\n  metric: +20% per month\n2026-11-03 insta 5000\n2026-11-20 insta 5600\n",
        common::today(),
    );
    assert_eq!(k.periods.len(), 1);
    assert_eq!(k.periods[0].start, date(2026, 11, 1));
    close(k.periods[0].target, 6000.0);
    close(k.percent.unwrap(), 60.0);
    // A percentage of 0 (only increments logged) is awaited, not achieved.
    let k = one(
        "kr insta: Followers\n  period: 2026-Q4\n  metric: +20% per month\n2026-10-03 insta +50\n",
        common::today(),
    );
    assert!(matches!(k.measure, Measure::Awaiting { .. }));
    assert_eq!(k.status, Status::Unknown);
}

/// A cut against the previous period at the edges of its cap: before the
/// window, on its first day, exactly at the cap brought to today, exactly
/// at the grace period's end, exactly at the whole cap, and after. October
/// logged 11 250, so November's cap is 11 250 × 0.8 = 9 000; November has
/// 30 days.
#[test]
fn a_cut_at_the_edges_of_its_cap() {
    let plan = "kr costs: Cut costs by 20%\n  period: 2026-11\n  metric: -20% vs previous month\n2026-10-15 costs +11250\n";
    // (today, November's line, status, percent)
    let table = [
        // Before the window: not started, nothing spent yet.
        (date(2026, 10, 31), "", Status::NotStarted, 100.0),
        // Its first day: started (0 days elapsed, within the grace period).
        (
            date(2026, 11, 1),
            "2026-11-01 costs +100\n",
            Status::OnTrack,
            100.0,
        ),
        // 21 Nov: 20 days elapsed, the cap brought to today is
        // 9 000 × 20 / 30 = 6 000. Exactly at it: on track.
        (
            date(2026, 11, 21),
            "2026-11-10 costs +6000\n",
            Status::OnTrack,
            100.0,
        ),
        // One over it: at risk.
        (
            date(2026, 11, 21),
            "2026-11-10 costs +6001\n",
            Status::AtRisk,
            100.0,
        ),
        // Exactly at the whole cap: still under it, at risk, not off track.
        (
            date(2026, 11, 21),
            "2026-11-10 costs +9000\n",
            Status::AtRisk,
            100.0,
        ),
        // 10⁻⁹ over it is within the tolerance (EPSILON) of floating-point
        // sums: still at the cap.
        (
            date(2026, 11, 21),
            "2026-11-10 costs +9000.000000001\n",
            Status::AtRisk,
            100.0,
        ),
        (
            date(2026, 11, 21),
            "2026-11-10 costs +9001\n",
            Status::OffTrack,
            0.0,
        ),
        // 3 Nov: 2 of 30 days elapsed (6.67%), within the 10% grace
        // period: on track even over the cap brought to today (600).
        (
            date(2026, 11, 3),
            "2026-11-02 costs +1000\n",
            Status::OnTrack,
            100.0,
        ),
        // 4 Nov: 3 of 30 days elapsed, exactly the 10% grace period: it is
        // over, so 1 000 against a cap brought to 900 is at risk.
        (
            date(2026, 11, 4),
            "2026-11-02 costs +1000\n",
            Status::AtRisk,
            100.0,
        ),
        // After the window: exactly at the cap is achieved, one over missed.
        (
            date(2026, 12, 2),
            "2026-11-10 costs +9000\n",
            Status::Achieved,
            100.0,
        ),
        (
            date(2026, 12, 2),
            "2026-11-10 costs +9001\n",
            Status::Missed,
            0.0,
        ),
    ];
    for (today, line, status, percent) in table {
        let k = one(&format!("{plan}{line}"), today);
        assert_eq!(change(&k), (0.0, 9000.0, Direction::Decrease));
        assert_eq!(
            (k.status, k.percent),
            (status, Some(percent)),
            "{today}: {line}"
        );
    }
}

/// A relative target's series has one point per day, the value after the
/// day's last line, whichever way its start value was found.
#[test]
fn relative_series_hold_one_point_per_day() {
    let points = |k: &KeyResultProgress| {
        k.series
            .iter()
            .map(|p| (p.date, p.value))
            .collect::<Vec<_>>()
    };
    // Measured: 920 on 30 Sep, then 1 000 and +20 on 15 Oct, 1 100 on 20 Nov.
    let k = one(
        "kr mql: MQLs\n  period: 2026-Q4\n  metric: +300 MQL\n2026-09-30 mql 920\n2026-10-15 mql 1000\n2026-10-15 mql +20\n2026-11-20 mql 1100\n",
        common::today(),
    );
    assert_eq!(
        points(&k),
        [
            (date(2026, 9, 30), 920.0),
            (date(2026, 10, 15), 1020.0),
            (date(2026, 11, 20), 1100.0)
        ]
    );
    // Measured inside the window, first line an absolute value: 250 then
    // 240 and -10 on the same day.
    let k = one(
        "kr cac: CAC\n  period: 2026-Q4\n  metric: -20%\n2026-10-03 cac 250\n2026-11-02 cac 240\n2026-11-02 cac -10\n2026-11-20 cac 220\n",
        common::today(),
    );
    assert_eq!(
        points(&k),
        [
            (date(2026, 10, 3), 250.0),
            (date(2026, 11, 2), 230.0),
            (date(2026, 11, 20), 220.0)
        ]
    );
    // A flow against the previous quarter: the window's running total.
    let k = one(
        "kr rev: Revenue\n  period: 2026-Q4\n  metric: +40% vs previous quarter\n2026-07-10 rev +100000\n2026-10-10 rev +60000\n2026-10-10 rev +10000\n2026-11-10 rev +40000\n",
        common::today(),
    );
    assert_eq!(
        points(&k),
        [
            (date(2026, 10, 10), 70000.0),
            (date(2026, 11, 10), 110000.0)
        ]
    );
    assert_eq!(k.current, Some(110000.0));
    // A written baseline is not a measurement: no current value until a
    // line is logged.
    let plan = "kr fol: Followers\n  period: 2026-Q4\n  metric: 4 100 followers -> +20%\n";
    assert_eq!(one(plan, common::today()).current, None);
    let k = one(&format!("{plan}2026-11-02 fol 4500\n"), common::today());
    assert_eq!(k.current, Some(4500.0));
}

/// A recurring target on the first and last days of its periods and of its
/// window. Base: +20% a month over Q4 from 4 100 (1 Oct); 4 920 on 31 Oct
/// (October met), 5 500 on 20 Nov.
#[test]
fn a_recurring_target_at_the_edges_of_its_periods() {
    let base = "kr insta: Followers\n  period: 2026-Q4\n  metric: +20% per month\n2026-10-01 insta 4100\n2026-10-31 insta 4920\n2026-11-20 insta 5500\n";
    // 30 Nov, November's last day: November is still current, not closed.
    let k = one(base, date(2026, 11, 30));
    assert_eq!(k.periods.len(), 2);
    assert_eq!((k.periods[1].met, k.periods[1].current), (None, true));
    // 1 Dec, December's first day: December is current, from November's
    // end (5 500) to 5 500 × 1.2 = 6 600; November is closed and missed
    // (5 500 < 4 920 × 1.2 = 5 904).
    let k = one(base, date(2026, 12, 1));
    assert_eq!(k.periods.len(), 3);
    let dec = k.periods[2];
    assert_eq!(
        (dec.start, dec.start_value, dec.current),
        (date(2026, 12, 1), 5500.0, true)
    );
    close(dec.target, 6600.0);
    assert_eq!(k.periods[1].met, Some(false));
    // 31 Dec, the window's last day: not final yet. December, 0 of 1 100
    // with 30 of 31 days gone, is off track (final, it would be missed).
    let k = one(base, date(2026, 12, 31));
    assert_eq!(k.status, Status::OffTrack);
    assert_eq!(one(base, date(2027, 1, 1)).status, Status::Missed);
    // First measured on 31 Oct, October's last day: October did not end
    // before the start value was measured, so it counts (5 000 to 6 000,
    // still 5 000 at its end: 0%, missed).
    let k = one(
        "kr insta: Followers\n  period: 2026-Q4\n  metric: +20% per month\n2026-10-31 insta 5000\n",
        common::today(),
    );
    assert_eq!(k.periods.len(), 2);
    assert_eq!(
        (k.periods[0].start, k.periods[0].met, k.periods[0].percent),
        (date(2026, 10, 1), Some(false), 0.0)
    );
}

/// A change of zero: the target is the start value, an increase to match
/// (as `metric: 920 -> 920` would be), not a cut to stay under.
#[test]
fn a_zero_change_is_a_target_to_match_not_a_cap() {
    // +0 from 920 (30 Sep): 920 to 920, reached.
    let k = one(
        "kr a: A\n  period: 2026-Q4\n  metric: +0 MQL\n2026-09-30 a 920\n2026-11-20 a 950\n",
        common::today(),
    );
    assert_eq!(change(&k), (920.0, 920.0, Direction::Increase));
    // +0% on Q3's 100: Q4 must total 100 too; 50 so far is 50% (at risk
    // against 58.70% expected: 0.85), not 100% of a cap kept.
    let k = one(
        "kr b: B\n  period: 2026-Q4\n  metric: +0% vs previous quarter\n2026-07-10 b +100\n2026-10-10 b +50\n",
        common::today(),
    );
    assert_eq!(change(&k), (0.0, 100.0, Direction::Increase));
    assert_eq!((k.percent, k.status), (Some(50.0), Status::AtRisk));
}

/// A recurring target whose start is after its due date (E006, an error the
/// user sees, yet status and hover still show progress): no period can be
/// laid out, so it is judged as one change with no timeline (unknown), not
/// as a window that has not started.
#[test]
fn a_recurring_target_with_its_dates_reversed_is_unknown() {
    let text = "kr a: A\n  start: 2026-12-01\n  due: 2026-10-01\n  metric: +20% per month\n2026-09-30 a 100\n2026-11-20 a 110\n";
    let mut ws = goalie::analysis::Workspace::new();
    ws.add_file("plan.goals", text);
    let analysis = ws.analyze(common::today());
    assert!(analysis.diagnostics.iter().any(|d| d.code.code == "E006"));
    let p = compute(&analysis.model, common::today(), &Options::default());
    let k = &p.key_results[0];
    // The last measurement on or before the start (1 Dec) is 110 (20 Nov);
    // +20% of it is 132.
    assert_eq!(change(k), (110.0, 132.0, Direction::Increase));
    assert_eq!(
        (k.status, k.timeline, k.periods.len()),
        (Status::Unknown, None, 0)
    );
}
