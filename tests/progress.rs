//! Progress computed from small plans, checked against values worked out by
//! hand (each comment shows the arithmetic). Today is 2026-11-24.

mod common;

use goalie::progress::*;
use goalie::syntax::parse;
use jiff::civil::{Date, date};

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
    assert!(parse(text).errors().next().is_none());
    compute(&analysis.model, today, &Options::default())
}

fn progress(text: &str) -> Progress {
    progress_on(text, common::today())
}

#[track_caller]
fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 1e-9,
        "{actual} is not {expected}"
    );
}

fn kr<'p>(p: &'p Progress, id: &str) -> &'p KeyResultProgress {
    p.objectives
        .iter()
        .flat_map(|o| &o.key_results)
        .chain(&p.key_results)
        .find(|k| k.id == id)
        .unwrap_or_else(|| panic!("no key result {id}"))
}

fn activity<'p>(p: &'p Progress, id: &str) -> &'p ActivityProgress {
    p.activities.iter().find(|a| a.id == id).unwrap()
}

/// 1 Nov to 16 Dec: 46 days, 23 of them before 24 Nov: 50% expected.
const HALFWAY: &str = "period: 2026-11-01..2026-12-16";

#[test]
fn increasing_key_result_percent_expected_pace_and_forecast() {
    let p = progress(&format!(
        "objective o: O
  {HALFWAY}
  kr k: Win customers
    metric: 10 -> 110 customers
2026-11-02 k 20
2026-11-09 k +6
2026-11-16 k 35
2026-11-16 k +5
"
    ));
    let k = kr(&p, "k");
    // Nov 16: 35, then +5 the same day, in file order: 40.
    assert_eq!(k.current, Some(40.0));
    assert_eq!(
        k.series.iter().map(|p| p.value).collect::<Vec<_>>(),
        [20.0, 26.0, 40.0]
    );
    // (40 - 10) / (110 - 10) = 30%.
    close(k.percent.unwrap(), 30.0);
    assert!(!k.overachieved);
    assert_eq!(
        k.measure,
        Measure::Change {
            baseline: 10.0,
            target: 110.0,
            direction: Direction::Increase,
            relative: None,
        }
    );
    let t = k.timeline.unwrap();
    assert_eq!((t.days, t.elapsed_days, t.days_left), (46, 23, 23));
    close(t.expected_percent, 50.0);
    // 30 / 50 = 0.6 < 0.7.
    assert_eq!(k.status, Status::OffTrack);
    // 70 to go in 23 days (Nov 24 to Dec 16).
    let pace = k.pace.unwrap();
    assert_eq!(pace.days_left, 23);
    close(pace.remaining, 70.0);
    close(pace.per_day, 70.0 / 23.0);
    close(pace.per_week, 7.0 * 70.0 / 23.0);
    // Least squares on x = 0, 7, 14 and y = 20, 26, 40: mean x 7, mean y
    // 86/3; sxy = -7 × (20 - 86/3) + 7 × (40 - 86/3) = 140; sxx = 98;
    // slope = 10/7; intercept = 86/3 - 10.
    let f = k.forecast.unwrap();
    assert_eq!((f.points, f.since), (3, date(2026, 10, 28)));
    close(f.per_day, 10.0 / 7.0);
    // Dec 16 is day 44 after Nov 2.
    let at_due = 86.0 / 3.0 - 10.0 + 44.0 * 10.0 / 7.0;
    close(f.at_due.unwrap(), at_due);
    close(f.percent_at_due.unwrap(), at_due - 10.0);
    // 110 is reached at x = (110 - 56/3) × 0.7 = 63.93 → day 64 = Jan 5.
    assert_eq!(f.reaches_target, Some(date(2027, 1, 5)));
}

#[test]
fn lines_of_one_day_apply_in_file_order() {
    let p = progress(&format!(
        "objective o: O
  {HALFWAY}
  kr k: K
    metric: 0 -> 100
2026-11-16 k +5
2026-11-16 k 35
"
    ));
    // The absolute value comes last and replaces: 35, not 40.
    assert_eq!(kr(&p, "k").current, Some(35.0));
    assert_eq!(kr(&p, "k").series.len(), 1);
}

#[test]
fn decreasing_key_result() {
    let p = progress(
        "objective o: O
  kr bounce: Cut the bounce rate
    metric: 30% -> 15%
    start: 2026-11-01
    due: 2026-11-30
2026-11-03 bounce 24%
2026-11-17 bounce 20%
",
    );
    let k = kr(&p, "bounce");
    assert_eq!(
        k.measure,
        Measure::Change {
            baseline: 30.0,
            target: 15.0,
            direction: Direction::Decrease,
            relative: None,
        }
    );
    // (20 - 30) / (15 - 30) = 66.67%; 23 of 30 days elapsed: 76.67%
    // expected; 66.67 / 76.67 = 0.87: at risk.
    close(k.percent.unwrap(), 200.0 / 3.0);
    close(k.timeline.unwrap().expected_percent, 2300.0 / 30.0);
    assert_eq!(k.status, Status::AtRisk);
    // 5 points to cut in 7 days (Nov 24 to 30): -5/7 a day.
    let pace = k.pace.unwrap();
    close(pace.remaining, -5.0);
    assert_eq!(pace.days_left, 7);
    close(pace.per_day, -5.0 / 7.0);
    // Two points: slope -4/14 a day; Nov 30 is day 27 after Nov 3:
    // 24 - 27 × 2/7 = 16.29, that is (16.29 - 30) / -15 = 91.4% of the way.
    let f = k.forecast.unwrap();
    close(f.per_day, -2.0 / 7.0);
    close(f.at_due.unwrap(), 24.0 - 27.0 * 2.0 / 7.0);
    close(
        f.percent_at_due.unwrap(),
        100.0 * (24.0 - 27.0 * 2.0 / 7.0 - 30.0) / -15.0,
    );
    // 15 at x = 9 / (2/7) = 31.5 → day 32 = Dec 5.
    assert_eq!(f.reaches_target, Some(date(2026, 12, 5)));
    assert_eq!(k.unit, goalie::model::Unit::Percent);
}

#[test]
fn overachieving_a_decrease_is_clamped_and_flagged() {
    let p = progress(
        "objective o: O
  kr bounce: Cut the bounce rate
    metric: 30% -> 15%
    start: 2026-11-01
    due: 2026-11-30
2026-11-17 bounce 12%
",
    );
    let k = kr(&p, "bounce");
    // (12 - 30) / -15 = 120% → 100, overachieved.
    assert_eq!(k.percent, Some(100.0));
    assert!(k.overachieved);
    assert_eq!(k.status, Status::Achieved);
    assert_eq!((k.pace, k.forecast), (None, None));
}

#[test]
fn a_value_behind_the_baseline_is_zero_percent() {
    let p = progress(&format!(
        "objective o: O\n  {HALFWAY}\n  kr k: K\n    metric: 10 -> 20\n2026-11-20 k 8\n"
    ));
    assert_eq!(kr(&p, "k").percent, Some(0.0));
}

#[test]
fn no_log_yet() {
    let p = progress(&format!(
        "objective o: O\n  {HALFWAY}\n  kr k: K\n    metric: 0 -> 100 leads\n"
    ));
    let k = kr(&p, "k");
    // Nothing measured: no current value (the baseline is not printed as
    // one); progress counts from the baseline: half the time gone, 0%.
    assert_eq!(k.current, None);
    assert_eq!(k.percent, Some(0.0));
    assert_eq!(k.status, Status::OffTrack);
    assert!(k.series.is_empty());
    assert_eq!(k.forecast, None);
    close(k.pace.unwrap().per_day, 100.0 / 23.0);
    assert_eq!(k.check_in, None);
    // A metric without a baseline counts from 0.
    let p = progress(&format!(
        "objective o: O\n  {HALFWAY}\n  kr k: K\n    metric: 100 leads\n2026-11-20 k +40\n"
    ));
    assert_eq!(kr(&p, "k").current, Some(40.0));
    close(kr(&p, "k").percent.unwrap(), 40.0);
}

#[test]
fn due_today() {
    let p = progress(
        "objective o: O
  kr k: K
    metric: 0 -> 48
    start: 2026-11-01
    due: 2026-11-24
2026-11-23 k 40
",
    );
    let k = kr(&p, "k");
    // 23 of 24 days elapsed: 95.83% expected; 40/48 = 83.33%; ratio 0.87.
    let t = k.timeline.unwrap();
    assert_eq!((t.elapsed_days, t.days_left), (23, 1));
    close(t.expected_percent, 2300.0 / 24.0);
    assert_eq!(k.status, Status::AtRisk);
    // Today is the one day left: 8 to do today.
    let pace = k.pace.unwrap();
    assert_eq!(pace.days_left, 1);
    close(pace.per_day, 8.0);
}

#[test]
fn period_over() {
    let text = "objective o: O
  kr k: K
    metric: 0 -> 50
    start: 2026-11-01
    due: 2026-11-20
2026-11-10 k 20
2026-11-19 k 45
";
    let k = kr(&progress(text), "k").clone();
    close(k.percent.unwrap(), 90.0);
    assert_eq!(k.status, Status::Missed);
    assert_eq!(k.timeline.unwrap().days_left, 0);
    close(k.timeline.unwrap().expected_percent, 100.0);
    // Nothing left to pace or forecast once the period is over.
    assert_eq!((k.pace, k.forecast), (None, None));
}

#[test]
fn log_lines_after_the_due_date_count() {
    // Final figures are often logged after the period closes: a line after
    // the due date still counts, and can make the target reached.
    let p = progress(
        "objective o: O
  kr k: K
    metric: 0 -> 50
    start: 2026-11-01
    due: 2026-11-20
2026-11-19 k 45
2026-11-22 k 52
2026-12-01 k 80
",
    );
    let k = kr(&p, "k");
    // The Dec 1 line is after today: not counted yet.
    assert_eq!(k.current, Some(52.0));
    assert_eq!(k.percent, Some(100.0));
    assert!(k.overachieved);
    assert_eq!(k.status, Status::Achieved);
}

#[test]
fn zero_length_period() {
    let text = "objective o: O
  kr k: Launch day sign-ups
    metric: 0 -> 30
    start: 2026-11-24
    due: 2026-11-24
2026-11-24 k 12
";
    let k = kr(&progress(text), "k").clone();
    // One day, none of it elapsed at the start of the day: nothing expected
    // yet, 18 to do today.
    let t = k.timeline.unwrap();
    assert_eq!((t.days, t.elapsed_days, t.days_left), (1, 0, 1));
    assert_eq!(t.expected_percent, 0.0);
    close(k.percent.unwrap(), 40.0);
    assert_eq!(k.status, Status::OnTrack);
    close(k.pace.unwrap().per_day, 18.0);
    // The day after, it is over.
    let next = progress_on(text, date(2026, 11, 25));
    assert_eq!(kr(&next, "k").status, Status::Missed);
    assert_eq!(kr(&next, "k").timeline.unwrap().expected_percent, 100.0);
    // The day before, not started.
    let before = progress_on(
        "objective o: O\n  kr k: K\n    metric: 0 -> 30\n    start: 2026-11-24\n    due: 2026-11-24\n",
        date(2026, 11, 23),
    );
    assert_eq!(kr(&before, "k").status, Status::NotStarted);
}

#[test]
fn guardrails() {
    let plan = |logs: &str| {
        format!(
            "objective o: O
  {HALFWAY}
  kr nps: Keep NPS at 40 or more
    keep: >= 40
  kr discount: Keep discounts low
    keep: <= 10 %
{logs}"
        )
    };
    let p = progress(&plan(
        "2026-11-10 nps 46\n2026-11-16 nps 41\n2026-11-20 discount 9,6 %\n",
    ));
    let nps = kr(&p, "nps");
    assert_eq!(
        nps.measure,
        Measure::Keep {
            comparison: ">=",
            threshold: 40.0,
            holds: Some(true)
        }
    );
    assert_eq!((nps.percent, nps.status), (Some(100.0), Status::OnTrack));
    assert_eq!(nps.current, Some(41.0));
    assert_eq!(kr(&p, "discount").status, Status::OnTrack);

    // A breached guardrail: the latest value decides.
    let p = progress(&plan(
        "2026-11-10 nps 46\n2026-11-16 nps 38\n2026-11-20 discount 10,5 %\n",
    ));
    let nps = kr(&p, "nps");
    assert_eq!((nps.percent, nps.status), (Some(0.0), Status::OffTrack));
    assert!(matches!(
        nps.measure,
        Measure::Keep {
            holds: Some(false),
            ..
        }
    ));
    assert_eq!(kr(&p, "discount").status, Status::OffTrack);

    // No value yet: nothing to say.
    let p = progress(&plan(""));
    assert_eq!(
        (kr(&p, "nps").percent, kr(&p, "nps").status),
        (None, Status::Unknown)
    );

    // After the period: held is achieved, breached is missed.
    let after = progress_on(
        &plan("2026-11-10 nps 46\n2026-11-16 nps 38\n"),
        date(2026, 12, 20),
    );
    assert_eq!(kr(&after, "nps").status, Status::Missed);
    let after = progress_on(&plan("2026-11-16 nps 44\n"), date(2026, 12, 20));
    assert_eq!(kr(&after, "nps").status, Status::Achieved);
}

#[test]
fn milestones() {
    let plan = "objective o: O
  period: 2026-Q4
  kr site: Ship the site
    milestone
    due: 2026-11-20
  kr kit: Partner kit
    milestone
    due: 2026-12-10
  kr page: Pricing page
    milestone
    due: 2026-11-28
  kr old: Old plan
    milestone
2026-11-18 site done
2026-11-02 old dropped
";
    let p = progress(plan);
    let site = kr(&p, "site");
    assert_eq!(
        site.measure,
        Measure::Milestone {
            done: Some(date(2026, 11, 18))
        }
    );
    assert_eq!((site.percent, site.status), (Some(100.0), Status::Achieved));
    // 16 days before its due date: on track; 4 days before: at risk.
    assert_eq!(kr(&p, "kit").status, Status::OnTrack);
    assert_eq!(kr(&p, "page").status, Status::AtRisk);
    assert_eq!(kr(&p, "page").percent, Some(0.0));
    assert_eq!(kr(&p, "old").status, Status::Dropped);
    // Past its due date without `done`: missed.
    let later = progress_on(plan, date(2026, 12, 11));
    assert_eq!(kr(&later, "kit").status, Status::Missed);
    // The objective's roll-up leaves the dropped milestone out:
    // (100 + 0 + 0) / 3.
    close(p.objectives[0].percent.unwrap(), 100.0 / 3.0);
}

#[test]
fn objective_roll_up_weights_score_and_check_in() {
    let plan = |flag: &str, confidence: &str| {
        format!(
            "objective o: O
  {HALFWAY}
  {flag}
  kr a: A
    metric: 0 -> 100
    weight: 2
  kr b: B
    metric: 0 -> 10
  kr c: C
    keep: >= 40
2026-11-20 a 40
2026-11-20 b 8
2026-11-20 c 45
2026-11-20 o confidence {confidence}
"
        )
    };
    let p = progress(&plan("committed", "80%"));
    let o = &p.objectives[0];
    // The guardrail c is a condition, not progress: (2 × 40 + 1 × 80) / 3
    // = 53.33.
    close(o.percent.unwrap(), 160.0 / 3.0);
    close(o.score.unwrap(), 1.6 / 3.0);
    assert_eq!(o.expectation, Expectation::Committed);
    assert_eq!(o.success_score, 1.0);
    assert!(o.failing.is_empty());
    // Half the time gone: 0.5 expected; 0.533 / 0.5 = 1.07: on track.
    close(o.expected_score.unwrap(), 0.5);
    assert_eq!(o.status, Status::OnTrack);
    assert!(!o.success);
    // a: 40 of 50 expected (0.8, at risk), b on track, c holding.
    assert_eq!(kr(&p, "a").status, Status::AtRisk);
    assert_eq!(o.worst_status, Some(Status::AtRisk));
    let check_in = o.check_in.as_ref().unwrap();
    assert_eq!(
        (check_in.date, check_in.days_since),
        (date(2026, 11, 20), 4)
    );
    close(check_in.confidence, 0.8);
    assert_eq!(check_in.disagreement, None);

    // Aspirational: 0.7 is success; 0.533 is 76.2% of it.
    let p = progress(&plan("aspirational", "20%"));
    let o = &p.objectives[0];
    assert_eq!(o.expectation, Expectation::Aspirational);
    close(o.success_score, 0.7);
    close(o.expected_score.unwrap(), 0.35);
    assert!(!o.success);
    assert_eq!(o.status, Status::OnTrack);
    // Confidence 20% while on track: the numbers and the team disagree.
    assert_eq!(
        o.check_in.as_ref().unwrap().disagreement,
        Some(Disagreement::DoubtfulButOnTrack)
    );

    // An objective with no flag is committed; its score can succeed.
    let p = progress(&format!(
        "objective o: O\n  {HALFWAY}\n  kr a: A\n    metric: 0 -> 10\n2026-11-20 a 10\n2026-11-21 o confidence 9/10\n"
    ));
    let o = &p.objectives[0];
    assert!(o.success);
    assert_eq!(o.status, Status::Achieved);
    assert_eq!(o.check_in.as_ref().unwrap().disagreement, None);
}

#[test]
fn confident_while_off_track() {
    let p = progress(&format!(
        "objective o: O\n  {HALFWAY}\n  kr a: A\n    metric: 0 -> 100\n2026-11-20 a 10\n2026-11-22 a confidence 70%\n2026-11-21 o confiance 7/10\n"
    ));
    // 10% of 50% expected: off track, yet 70% confident.
    let a = kr(&p, "a");
    assert_eq!(a.status, Status::OffTrack);
    assert_eq!(
        a.check_in.as_ref().unwrap().disagreement,
        Some(Disagreement::ConfidentButBehind)
    );
    assert_eq!(
        p.objectives[0].check_in.as_ref().unwrap().disagreement,
        Some(Disagreement::ConfidentButBehind)
    );
}

#[test]
fn an_objective_without_measures_has_no_score() {
    let p = progress("objective o: O\n  period: 2026-Q4\n");
    let o = &p.objectives[0];
    assert_eq!(
        (o.percent, o.score, o.status),
        (None, None, Status::Unknown)
    );
    assert_eq!(o.worst_status, None);
}

const CALLS: &str = "activity calls: Calls
  target: 10 calls per weekday
  start: 2026-11-09
2026-11-09 calls 10
2026-11-10 calls 12
2026-11-11 calls 9
2026-11-12 calls 10
2026-11-13 calls 10
2026-11-14 calls 3
2026-11-16 calls 10
2026-11-17 calls 11
2026-11-18 calls 10
2026-11-19 calls 10
2026-11-20 calls 10
2026-11-23 calls 10
2026-11-24 calls 4
";

#[test]
fn weekday_activity() {
    let p = progress(CALLS);
    let a = activity(&p, "calls");
    assert_eq!(a.since, Some(date(2026, 11, 9)));
    assert_eq!(a.today, 4.0);
    // This week: Mon 10 + Tue 4 against 5 weekdays × 10.
    assert_eq!(
        a.week,
        Total {
            total: 14.0,
            target: Some(50.0)
        }
    );
    let period = a.period.unwrap();
    assert_eq!(
        (period.start, period.total, period.met),
        (date(2026, 11, 24), 4.0, false)
    );
    // Met every weekday but Wed 11th; the weekend neither counts nor breaks:
    // 12, 13, 16–20, 23 = 8 in a row. Today is under way and does not break.
    assert_eq!(
        a.streak,
        Streaks {
            current: 8,
            longest: 8
        }
    );
    // 11 weekdays ended in the last 28 days, 10 met: 90.9%, on track.
    let c = a.consistency.unwrap();
    assert_eq!((c.days, c.periods, c.met), (28, 11, 10));
    close(c.share, 10.0 / 11.0);
    assert_eq!(a.status, Status::OnTrack);
    assert_eq!(a.rate.period, "weekday");
    assert_eq!(a.rate.unit.as_deref(), Some("calls"));
    // Day marks: the Saturday with 3 calls is partial, Sunday rests.
    let mark = |d| a.days.iter().find(|m| m.date == d).unwrap().level;
    assert_eq!(mark(date(2026, 11, 14)), DayLevel::Partial);
    assert_eq!(mark(date(2026, 11, 15)), DayLevel::Rest);
    assert_eq!(mark(date(2026, 11, 11)), DayLevel::Partial);
    assert_eq!(mark(date(2026, 11, 9)), DayLevel::Met);
    assert_eq!(a.days.len(), 16);
}

#[test]
fn weekly_activity_every_two_weeks_and_day_counts() {
    let p = progress(
        "activity news: Newsletter
  target: 1 per 2 weeks
activity posts: Posts
  target: 2 per day
2026-10-28 news 1
2026-11-12 news 1
2026-11-20 posts 3
2026-11-20 posts 5
2026-11-21 posts 1
2026-11-21 posts +1
2026-11-23 posts 2
",
    );
    let news = activity(&p, "news");
    // From the first line's ISO week (Oct 26): Oct 26–Nov 8 met, Nov 9–22
    // met, Nov 23–Dec 6 under way.
    assert_eq!(news.since, Some(date(2026, 10, 28)));
    let period = news.period.unwrap();
    assert_eq!(
        (period.start, period.end),
        (date(2026, 11, 23), date(2026, 12, 6))
    );
    assert_eq!(
        news.streak,
        Streaks {
            current: 2,
            longest: 2
        }
    );
    // Half a newsletter a week.
    assert_eq!(news.week.target, Some(0.5));
    // Both periods ended within 28 days (Nov 8 and Nov 22).
    assert_eq!(news.consistency.unwrap().periods, 2);

    let posts = activity(&p, "posts");
    // A later number replaces the day's count (5, not 8); +1 adds (2).
    let count = |d| posts.days.iter().find(|m| m.date == d).unwrap().count;
    assert_eq!(count(date(2026, 11, 20)), 5.0);
    assert_eq!(count(date(2026, 11, 21)), 2.0);
    // Nov 20, 21 met, 22 missed, 23 met: current 1, longest 2.
    assert_eq!(
        posts.streak,
        Streaks {
            current: 1,
            longest: 2
        }
    );
    // Week of Nov 23: 2 against 14.
    assert_eq!(
        posts.week,
        Total {
            total: 2.0,
            target: Some(14.0)
        }
    );
    let c = posts.consistency.unwrap();
    assert_eq!((c.periods, c.met), (4, 3));
    // 75%: between 70% and 90%, at risk.
    assert_eq!(posts.status, Status::AtRisk);
}

#[test]
fn activity_without_logs_or_start() {
    let p = progress("activity a: A\n  target: 3 per week\n");
    let a = activity(&p, "a");
    assert_eq!((a.since, a.period, a.consistency), (None, None, None));
    assert_eq!(a.status, Status::Unknown);
    assert_eq!(
        a.streak,
        Streaks {
            current: 0,
            longest: 0
        }
    );
    assert!(a.days.is_empty());
    // A start in the future: not started.
    let p = progress("activity a: A\n  target: 3 per week\n  start: 2026-12-01\n");
    assert_eq!(activity(&p, "a").status, Status::NotStarted);
}

#[test]
fn funnel_needs_and_actuals() {
    let p = progress(
        "funnel q4: Q4
  goal: 50 000 EUR by 2026-12-31
  start: 2026-10-01
  stage sales: 500 EUR each
  stage visitors: 2% convert
  stage partners: 250 visitors each
  stage leads: 3% convert
2026-10-20 sales +30
2026-11-20 sales +22
2026-11-20 visitors 2 050
",
    );
    let f = &p.funnels[0];
    assert_eq!(f.goal, Some(50_000.0));
    assert_eq!(f.unit, goalie::model::Unit::Currency("EUR".into()));
    let needed: Vec<f64> = f.stages.iter().map(|s| s.needed.unwrap()).collect();
    // 50 000 / 500 = 100; 100 / 2% = 5 000; 5 000 / 250 = 20;
    // 20 / 3% = 666.7, rounded up: 667.
    assert_eq!(needed, [100.0, 5000.0, 20.0, 667.0]);
    // 1 Oct to 31 Dec: 92 days, 54 elapsed: 58.70% expected.
    close(f.timeline.unwrap().expected_percent, 5400.0 / 92.0);
    let sales = &f.stages[0];
    assert_eq!(sales.actual, Some(52.0));
    // 52% of 58.70%: 0.886, at risk.
    close(sales.percent.unwrap(), 52.0);
    assert_eq!(sales.status, Status::AtRisk);
    // 48 sales in 38 days.
    close(sales.pace.unwrap().per_day, 48.0 / 38.0);
    // 2 050 / 5 000 = 41%; 41 / 58.70 = 0.6985, just off track.
    let visitors = &f.stages[1];
    close(visitors.percent.unwrap(), 41.0);
    assert_eq!(visitors.status, Status::OffTrack);
    // No log lines: needs only.
    let partners = &f.stages[2];
    assert_eq!((partners.actual, partners.percent), (None, None));
    assert_eq!(partners.status, Status::Unknown);
    assert_eq!(f.actual, None);
}

#[test]
fn a_funnel_without_goal_still_lists_its_stages() {
    let p = progress("funnel f: F\n  stage s: 2% convert\n2026-11-20 s 10\n");
    let s = &p.funnels[0].stages[0];
    assert_eq!((s.needed, s.actual, s.percent), (None, Some(10.0), None));
}

#[test]
fn key_results_without_objective() {
    let p = progress_on(
        "kr lone: Alone\n  metric: 0 -> 10\n  period: 2026-11\n2026-11-20 lone 5\n",
        common::today(),
    );
    assert_eq!(p.key_results.len(), 1);
    close(p.key_results[0].percent.unwrap(), 50.0);
}

#[test]
fn documented_defaults_are_the_defaults() {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/progress.md"),
    )
    .unwrap();
    let o = Options::default();
    for (name, value) in [
        ("at_risk_below", o.at_risk_below.to_string()),
        ("off_track_below", o.off_track_below.to_string()),
        ("grace", o.grace.to_string()),
        ("trend_days", o.trend_days.to_string()),
        ("consistency_days", o.consistency_days.to_string()),
        (
            "milestone_warning_days",
            o.milestone_warning_days.to_string(),
        ),
        ("confident_at", o.confident_at.to_string()),
        ("doubtful_at", o.doubtful_at.to_string()),
        ("aspirational_success", o.aspirational_success.to_string()),
    ] {
        assert!(
            doc.contains(&format!("| `{name}` | {value} |")),
            "docs/progress.md lacks `{name}` = {value}"
        );
    }
}

/// `compute_for` (what the editor asks about) says of each item what
/// `compute` says of it, and computes nothing else: only the item, or the
/// objective or funnel holding it.
#[test]
fn compute_for_one_item_equals_compute_for_that_item() {
    for dir in [
        "examples/marketing-en",
        "examples/ventes-fr",
        "examples/habits",
    ] {
        let mut ws = goalie::analysis::Workspace::new();
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        for path in paths {
            ws.add_file(
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            );
        }
        let today = common::today();
        let model = ws.analyze(today).model;
        let options = Options::default();
        let all = compute(&model, today, &options);
        let mut seen = 0;
        for (i, item) in model.items.iter().enumerate() {
            let idx = goalie::model::ItemIdx(i as u32);
            let one = compute_for(&model, today, &options, &[idx]);
            let computed = one.objectives.len()
                + one.key_results.len()
                + one.activities.len()
                + one.funnels.len();
            assert!(
                computed <= 1,
                "{dir} {}: {computed} goals computed",
                item.id
            );
            if let Some(k) = one.key_result(&item.id) {
                assert_eq!(Some(k), all.key_result(&item.id));
                seen += 1;
            }
            if let Some(o) = one.objectives.iter().find(|o| o.id == item.id) {
                assert_eq!(Some(o), all.objectives.iter().find(|o| o.id == item.id));
            }
            if let Some(a) = one.activities.iter().find(|a| a.id == item.id) {
                assert_eq!(Some(a), all.activities.iter().find(|a| a.id == item.id));
            }
            if let Some(f) = one.funnels.first() {
                assert_eq!(Some(f), all.funnels.iter().find(|g| g.id == f.id));
            }
        }
        // Not vacuous: the examples have key results.
        assert!(seen > 0 || dir.ends_with("habits"), "{dir}");
    }
}

/// docs/progress.md §10: a committed objective is never on track or
/// achieved while one of its key results is off track or missed.
#[test]
fn a_committed_objective_never_hides_a_failing_key_result() {
    let plan = |flag: &str, b: &str| {
        format!(
            "objective o: O
  {HALFWAY}
  {flag}
  kr a: A
    metric: 0 -> 100
    weight: 3
  kr b: B
    metric: 0 -> 10
2026-11-20 a 100
2026-11-20 b {b}
"
        )
    };
    // a achieved (100%, weight 3), b at 2 of 10 (20% against 50% expected:
    // 0.4, off track). Roll-up (3 × 100 + 20) / 4 = 80%: 0.8 / 0.5 would
    // be on track, but b fails: at risk, naming b.
    let p = progress(&plan("committed", "2"));
    let o = &p.objectives[0];
    close(o.percent.unwrap(), 80.0);
    assert_eq!(kr(&p, "b").status, Status::OffTrack);
    assert_eq!(o.status, Status::AtRisk);
    assert_eq!(o.worst_status, Some(Status::OffTrack));
    assert_eq!(o.failing, ["b"]);
    // Once b is back on track (5 of 10: 100% of expected), so is o.
    let p = progress(&plan("committed", "5"));
    assert_eq!(p.objectives[0].status, Status::OnTrack);
    assert!(p.objectives[0].failing.is_empty());
    // After the window: b missed. 0.8 is not 1.0: missed stays missed.
    let p = progress_on(&plan("committed", "2"), date(2027, 1, 10));
    assert_eq!(p.objectives[0].status, Status::Missed);
    // Aspirational: (3 × 100 + 20) / 4 = 0.8 ≥ 0.7: achieved with b
    // missed, and it says which.
    let p = progress_on(&plan("aspirational", "2"), date(2027, 1, 10));
    let o = &p.objectives[0];
    assert_eq!(o.status, Status::Achieved);
    assert_eq!(kr(&p, "b").status, Status::Missed);
    assert_eq!(o.failing, ["b"]);
}

#[test]
fn guardrails_are_conditions_not_progress() {
    let plan = |nps: &str| {
        format!(
            "objective o: O
  {HALFWAY}
  aspirational
  kr a: A
    metric: 0 -> 100
  kr g: Keep NPS
    keep: >= 40
2026-11-20 a 50
2026-11-20 g {nps}
"
        )
    };
    // A holding guardrail does not raise the roll-up: 50%, not 75%.
    let p = progress(&plan("45"));
    let o = &p.objectives[0];
    close(o.percent.unwrap(), 50.0);
    assert_eq!(o.status, Status::OnTrack);
    // A breached one leaves the percent alone but lowers the status, even
    // for an aspirational objective.
    let p = progress(&plan("30"));
    let o = &p.objectives[0];
    close(o.percent.unwrap(), 50.0);
    assert_eq!(o.status, Status::AtRisk);
    assert_eq!(o.failing, ["g"]);
}

/// docs/progress.md §6: before the window starts, the pace spreads the
/// target over the window's days, not over the days from today.
#[test]
fn pace_before_the_window_uses_the_window_days() {
    // Starts 24 Dec (30 days after today), due 25 Mar 2027: 92 days.
    let p = progress(
        "kr k: Win 92 customers\n  start: 2026-12-24\n  due: 2027-03-25\n  metric: 0 -> 92 customers\n",
    );
    let k = kr(&p, "k");
    assert_eq!(k.status, Status::NotStarted);
    let pace = k.pace.unwrap();
    assert_eq!(pace.days_left, 92);
    close(pace.per_day, 1.0);
    assert_eq!(k.current, None);
    let facts = goalie::describe::measure_facts(k, goalie::i18n::Lang::En);
    assert_eq!(
        facts,
        "nothing measured yet · from 0\u{a0}customers to 92\u{a0}customers"
    );
    let facts = goalie::describe::measure_facts(k, goalie::i18n::Lang::Fr);
    assert_eq!(
        facts,
        "aucune mesure encore · de 0\u{a0}customer à 92\u{a0}customers"
    );
}

/// docs/progress.md §8: weekend counts of a weekday rate belong to no
/// period, even in blocks of several weekdays.
#[test]
fn weekend_counts_belong_to_no_block_of_weekdays() {
    // 10 per 2 weekdays from Thu 19 Nov: blocks Thu 19–Fri 20, Mon 23–Tue
    // 24. Saturday's 10 is in no block: Thu+Fri make 4 (missed), not 14.
    let p = progress(
        "activity a: Calls\n  target: 10 per 2 weekdays\n  start: 2026-11-19\n2026-11-19 a 2\n2026-11-20 a 2\n2026-11-21 a 10\n2026-11-23 a 6\n",
    );
    let a = activity(&p, "a");
    let c = a.consistency.unwrap();
    assert_eq!((c.periods, c.met), (1, 0));
    assert_eq!(a.period.unwrap().total, 6.0);
    assert_eq!(a.period.unwrap().start, date(2026, 11, 23));
    // The weekend still counts in the week's total: 10 + 6.
    assert_eq!(a.week.total, 6.0);
}

/// After an activity's window, no period is current: the streak is that of
/// the closed periods and the status is final.
#[test]
fn an_activity_is_final_after_its_window() {
    // 1 per day from 16 to 20 Nov: met 16, 17, missed 18, met 19, 20.
    let plan = "activity a: Post\n  target: 1 per day\n  start: 2026-11-16\n  due: 2026-11-20\n2026-11-16 a 1\n2026-11-17 a 1\n2026-11-19 a 1\n2026-11-20 a 1\n";
    let p = progress(plan);
    let a = activity(&p, "a");
    assert_eq!(a.streak.current, 2);
    assert_eq!(a.streak.longest, 2);
    // 4 of 5 met: 0.8, below 0.9: missed, not "at risk".
    assert_eq!(a.status, Status::Missed);
    assert_eq!(a.period.unwrap().end, date(2026, 11, 20));
    let p = progress(&format!("{plan}2026-11-18 a 1\n"));
    assert_eq!(activity(&p, "a").status, Status::Achieved);
    assert_eq!(activity(&p, "a").streak.current, 5);
    // A weekly rate due mid-week: its last period stops at the due date.
    let p = progress(
        "activity w: Write\n  target: 2 per week\n  start: 2026-11-02\n  due: 2026-11-11\n2026-11-03 w 2\n2026-11-10 w 2\n",
    );
    let w = activity(&p, "w");
    assert_eq!(w.period.unwrap().end, date(2026, 11, 11));
    assert_eq!(w.status, Status::Achieved);
}

#[test]
fn a_decimal_comma_confidence_and_an_arrow_without_blanks() {
    let p = progress(
        "kr k: Win 90 customers\n  period: 2026-Q4\n  metric: 31 customers->121 customers\n2026-11-03 k confidence 0,6/1\n2026-11-04 k 76\n",
    );
    let k = kr(&p, "k");
    assert_eq!(
        k.measure,
        Measure::Change {
            baseline: 31.0,
            target: 121.0,
            direction: Direction::Increase,
            relative: None,
        }
    );
    close(k.percent.unwrap(), 50.0);
    close(k.check_in.as_ref().unwrap().confidence, 0.6);
    assert_eq!(k.unit, goalie::model::Unit::Word("customers".into()));
}

/// docs/progress.md §9: the funnel forecast. Goal 30 000 € by the window's
/// end; sales at 1 500 € each; prospects 5% convert. 120 prospects in the
/// first 30 days of a 90-day window: 120 × 90 / 30 = 360 prospects; 360 ×
/// 5% = 18 sales; 18 × 1 500 € = 27 000 €, 90% of the goal.
#[test]
fn a_funnel_forecasts_its_goal_from_its_most_upstream_stage() {
    // 1 Oct to 29 Dec is 90 days; on 31 Oct, 30 have elapsed.
    let today = date(2026, 10, 31);
    let funnel = |head: &str| {
        format!(
            "{head}funnel pipe: What Q4 revenue needs
  goal: 30 000 € by 2026-12-29
  stage sales: 1 500 € each
  stage prospects: 5% convert
"
        )
    };
    let check = |p: &Progress| {
        let f = &p.funnels[0];
        let fc = f.forecast.as_ref().expect("a forecast");
        assert_eq!(fc.stage, "prospects");
        assert_eq!((fc.actual, fc.elapsed_days, fc.days), (120.0, 30, 90));
        close(fc.projected, 360.0);
        close(fc.value, 27_000.0);
        close(fc.percent.unwrap(), 90.0);
        close(f.stages[0].projected.unwrap(), 18.0);
        close(f.stages[1].projected.unwrap(), 360.0);
        assert_eq!(
            goalie::describe::funnel_forecast(f, goalie::i18n::Lang::En).unwrap(),
            "forecast: `prospects` 120 in 30 days → 360 by 29\u{a0}Dec → 18 `sales` → €27,000, 90% of the goal"
        );
        assert_eq!(
            goalie::describe::funnel_forecast(f, goalie::i18n::Lang::Fr).unwrap(),
            "prévision : `prospects` 120 en 30 jours → 360 au 29\u{a0}déc. → 18 `sales` → 27\u{a0}000\u{a0}€, 90\u{a0}% du but"
        );
    };
    // Its own start.
    let own = funnel("").replace("  goal:", "  start: 2026-10-01\n  goal:");
    check(&progress_on(
        &format!("{own}2026-10-10 prospects +50\n2026-10-30 prospects +70\n"),
        today,
    ));
    // The window of the key result it supports.
    let supported = funnel(
        "kr revenue: Reach 30 000 € of Q4 revenue\n  start: 2026-10-01\n  due: 2026-12-29\n  metric: 0 -> 30 000 €\n",
    )
    .replace("  goal:", "  supports: revenue\n  goal:");
    check(&progress_on(
        &format!("{supported}2026-10-10 prospects 50\n2026-10-30 prospects 120\n"),
        today,
    ));
    // An activity that supports the stage feeds it: logged once, counted
    // in both (80 from the activity, 40 on the stage).
    let fed = format!(
        "{own}activity calls: Qualify prospects\n  target: 5 per weekday\n  start: 2026-10-01\n  supports: prospects\n2026-10-05 calls 30\n2026-10-20 calls 50\n2026-10-25 prospects +40\n"
    );
    let p = progress_on(&fed, today);
    assert_eq!(p.funnels[0].stages[1].actual, Some(120.0));
    check(&p);
    // Before anything has elapsed, there is no pace to project.
    let p = progress_on(&format!("{own}2026-10-01 prospects 3\n"), date(2026, 10, 1));
    assert!(p.funnels[0].forecast.is_none());
}

/// One wording for an activity's consistency, singular and plural right.
#[test]
fn consistency_reads_the_same_everywhere_in_both_languages() {
    use goalie::describe::consistency_text;
    use goalie::i18n::Lang;
    let c = |met, periods| Consistency {
        days: 28,
        periods,
        met,
        share: f64::from(met) / f64::from(periods),
    };
    assert_eq!(
        consistency_text(&c(24, 28), Lang::En),
        "24 of 28 periods met in the last 28 days (85%)"
    );
    assert_eq!(
        consistency_text(&c(1, 1), Lang::En),
        "1 of 1 period met in the last 28 days (100%)"
    );
    assert_eq!(
        consistency_text(&c(1, 4), Lang::Fr),
        "1 période tenue sur 4 ces 28 derniers jours (25\u{a0}%)"
    );
    assert_eq!(
        consistency_text(&c(3, 4), Lang::Fr),
        "3 périodes tenues sur 4 ces 28 derniers jours (75\u{a0}%)"
    );
}

#[test]
fn periods_of_a_window_thousands_of_years_long_are_counted_exactly() {
    // Started in the year 100: 705,000-odd daily periods before today, more
    // than any list of periods should hold.
    let text = "activity run: Run every single day\n  target: 1 run per day\n  start: 0100-01-01\n2026-11-20 run 1\n2026-11-22 run 1\n2026-11-23 run 1\n2026-11-24 run 1\n";
    let p = progress(text);
    let a = activity(&p, "run");
    assert_eq!(a.since, Some(date(100, 1, 1)));
    let period = a.period.unwrap();
    assert_eq!(
        (period.start, period.end, period.total, period.met),
        (date(2026, 11, 24), date(2026, 11, 24), 1.0, true)
    );
    // 22, 23, 24 in a row; the 20th alone, the 21st missed.
    assert_eq!(
        a.streak,
        Streaks {
            current: 3,
            longest: 3
        }
    );
    // 28 days ended before today, 3 met (20th, 22nd, 23rd).
    let c = a.consistency.unwrap();
    assert_eq!((c.periods, c.met), (28, 3));
    // Weekly, monthly, quarterly and yearly rates too: the current period
    // holds today.
    for (rate, start, end) in [
        ("1 run per week", date(2026, 11, 23), date(2026, 11, 29)),
        // From Mon 0099-12-28, the anchor's week: 100,541 weeks to Mon 23
        // Nov 2026, so the 50,270th pair of weeks starts on the 16th.
        ("1 run per 2 weeks", date(2026, 11, 16), date(2026, 11, 29)),
        ("1 run per month", date(2026, 11, 1), date(2026, 11, 30)),
        ("1 run per quarter", date(2026, 10, 1), date(2026, 12, 31)),
        ("1 run per year", date(2026, 1, 1), date(2026, 12, 31)),
    ] {
        let text = text.replace("1 run per day", rate);
        let p = progress(&text);
        let period = activity(&p, "run").period.unwrap();
        assert_eq!((period.start, period.end), (start, end), "{rate}");
    }
}

/// Edge table: a guardrail's value below, exactly at and above its
/// threshold, for each comparison, before and after the period.
#[test]
fn guardrail_thresholds_exactly_at_the_edge() {
    // (comparison, value logged, holds?) — threshold 40 throughout.
    let table = [
        (">=", "39", false),
        (">=", "40", true),
        (">=", "41", true),
        (">=", "39,99", false),
        ("<=", "39", true),
        ("<=", "40", true),
        ("<=", "41", false),
        ("<=", "40,01", false),
        (">", "39", false),
        (">", "40", false),
        (">", "41", true),
        (">", "40,01", true),
        ("<", "39", true),
        ("<", "40", false),
        ("<", "41", false),
        ("<", "39,99", true),
    ];
    for (comparison, value, holds) in table {
        let plan = format!(
            "objective o: O\n  {HALFWAY}\n  kr g: Guardrail\n    keep: {comparison} 40\n2026-11-20 g {value}\n"
        );
        let during = progress(&plan);
        let g = kr(&during, "g");
        let case = format!("keep: {comparison} 40 with {value}");
        assert_eq!(
            g.measure,
            Measure::Keep {
                comparison,
                threshold: 40.0,
                holds: Some(holds)
            },
            "{case}"
        );
        let (percent, status) = if holds {
            (100.0, Status::OnTrack)
        } else {
            (0.0, Status::OffTrack)
        };
        assert_eq!((g.percent, g.status), (Some(percent), status), "{case}");
        // The day after the window (16 Dec): held is achieved, breached
        // missed.
        let after = progress_on(&plan, date(2026, 12, 17));
        let expected = if holds {
            Status::Achieved
        } else {
            Status::Missed
        };
        assert_eq!(kr(&after, "g").status, expected, "{case} after");
        // On the due date itself the period is still running.
        let last_day = progress_on(&plan, date(2026, 12, 16));
        assert_eq!(kr(&last_day, "g").status, status, "{case} on the due date");
    }
}

/// A log line dated today counts today, in the value, the pace and the
/// timeline; one dated tomorrow does not count yet.
#[test]
fn a_log_line_dated_today() {
    let plan = format!(
        "objective o: O\n  {HALFWAY}\n  kr k: K\n    metric: 10 -> 110 customers\n2026-11-20 k 30\n2026-11-24 k 40\n"
    );
    let p = progress(&plan);
    let k = kr(&p, "k");
    // 40 is 30 of the 100 to go: 30%; half the time gone: 0.6 of expected.
    assert_eq!(k.current, Some(40.0));
    close(k.percent.unwrap(), 30.0);
    assert_eq!(k.status, Status::OffTrack);
    assert_eq!(k.series.last().unwrap().date, date(2026, 11, 24));
    // 24 Nov to 16 Dec, both included: 23 days for the 70 left.
    let pace = k.pace.unwrap();
    assert_eq!(pace.days_left, 23);
    close(pace.remaining, 70.0);
    close(pace.per_day, 70.0 / 23.0);
    // The trend goes through both points: +10 in 4 days.
    let f = k.forecast.unwrap();
    assert_eq!(f.points, 2);
    close(f.per_day, 2.5);
    // The day before, today's line is in the future: not counted.
    let yesterday = progress_on(&plan, date(2026, 11, 23));
    let k = kr(&yesterday, "k");
    assert_eq!(k.current, Some(30.0));
    assert_eq!(k.series.len(), 1);
    assert_eq!(k.forecast, None);
}

/// Where the trend reaches the target: the line crosses it between two
/// days, and the forecast gives the first whole day on or after the
/// crossing (rounded up, never down).
#[test]
fn reach_dates_that_are_not_whole_days() {
    // 4 on 20 Nov, 14 on 24 Nov: 2.5 a day from 4 at x = 0 (20 Nov).
    // target 24: x = 20/2.5 = 8 → 28 Nov exactly;
    // target 25: x = 8.4 → 29 Nov; 26.5: x = 9 → 29 Nov;
    // target 26.6: x = 9.04 → 30 Nov.
    let table = [
        ("24", date(2026, 11, 28)),
        ("25", date(2026, 11, 29)),
        ("26,5", date(2026, 11, 29)),
        ("26,6", date(2026, 11, 30)),
    ];
    for (target, reaches) in table {
        let plan = format!(
            "objective o: O\n  {HALFWAY}\n  kr k: K\n    metric: 0 -> {target}\n2026-11-20 k 4\n2026-11-24 k 14\n"
        );
        let p = progress(&plan);
        let f = kr(&p, "k").forecast.unwrap();
        assert_eq!(f.reaches_target, Some(reaches), "target {target}");
        close(f.per_day, 2.5);
        // 16 Dec is x = 26: 4 + 2.5 × 26 = 69.
        close(f.at_due.unwrap(), 69.0);
    }
    // Going down: 96 on 20 Nov, 86 on 24 Nov, -2.5 a day; 75 is crossed at
    // x = 21/2.5 = 8.4 → 29 Nov; 76 at x = 8 → 28 Nov.
    for (target, reaches) in [("75", date(2026, 11, 29)), ("76", date(2026, 11, 28))] {
        let plan = format!(
            "objective o: O\n  {HALFWAY}\n  kr k: K\n    metric: 100 -> {target}\n2026-11-20 k 96\n2026-11-24 k 86\n"
        );
        let p = progress(&plan);
        let f = kr(&p, "k").forecast.unwrap();
        assert_eq!(f.reaches_target, Some(reaches), "down to {target}");
        close(f.per_day, -2.5);
    }
    // A line that crossed the target before today (the latest value fell
    // back under it) reaches it today at the earliest: 0 on 10 Nov, 30 on
    // 17 Nov, 21 today (24 Nov). Least squares over x = 0, 7, 14: mean y
    // 17, slope 7 × (21 − 0)/98 = 1.5, intercept 17 − 1.5 × 7 = 6.5; 25 is
    // crossed at x = 12.3 (23 Nov), before today (x = 14): today it is.
    let plan = format!(
        "objective o: O\n  {HALFWAY}\n  kr k: K\n    metric: 0 -> 25\n2026-11-10 k 0\n2026-11-17 k 30\n2026-11-24 k 21\n"
    );
    let p = progress(&plan);
    let f = kr(&p, "k").forecast.unwrap();
    close(f.per_day, 1.5);
    assert_eq!(f.reaches_target, Some(date(2026, 11, 24)));
}

/// Exactly at the target is reached, not passed; a hair beyond is passed.
#[test]
fn exactly_at_the_target_is_reached_not_overachieved() {
    let plan = |value: &str| {
        format!(
            "objective o: O\n  {HALFWAY}\n  kr k: K\n    metric: 0 -> 50\n2026-11-20 k {value}\n"
        )
    };
    let p = progress(&plan("50"));
    let k = kr(&p, "k");
    assert_eq!(
        (k.percent, k.overachieved, k.status),
        (Some(100.0), false, Status::Achieved)
    );
    // 50.5 is 101% of the way: clamped to 100, flagged as passed.
    let p = progress(&plan("50,5"));
    let k = kr(&p, "k");
    assert_eq!(
        (k.percent, k.overachieved, k.status),
        (Some(100.0), true, Status::Achieved)
    );
}

/// A target equal to its baseline is reached whatever is logged: there is
/// no way to go, and no division by zero.
#[test]
fn a_target_equal_to_its_baseline_is_reached() {
    for logs in ["", "2026-11-20 k 8\n", "2026-11-20 k 12\n"] {
        let p = progress(&format!(
            "objective o: O\n  {HALFWAY}\n  kr k: K\n    metric: 10 -> 10\n{logs}"
        ));
        let k = kr(&p, "k");
        assert_eq!(k.percent, Some(100.0), "{logs:?}");
        assert_eq!(k.status, Status::Achieved, "{logs:?}");
        // Nothing goes down: a flat target counts as an increase.
        assert!(
            matches!(
                k.measure,
                Measure::Change {
                    direction: Direction::Increase,
                    ..
                }
            ),
            "{:?}",
            k.measure
        );
    }
}

/// A milestone not done, on the days around its start and due dates: not
/// started before its start, on track from its start day, at risk in its
/// last seven days including the due date, missed the day after.
#[test]
fn milestone_statuses_at_the_edges_of_its_dates() {
    let plan = "objective o: O\n  kr m: Launch\n    milestone\n    start: 2026-11-10\n    due: 2026-12-10\n";
    let table = [
        (date(2026, 11, 9), Status::NotStarted),
        (date(2026, 11, 10), Status::OnTrack),
        (date(2026, 12, 3), Status::OnTrack),
        // On 3 Dec, 7 days are left to the due date: on track; on 4 Dec, 6.
        (date(2026, 12, 4), Status::AtRisk),
        (date(2026, 12, 10), Status::AtRisk),
        (date(2026, 12, 11), Status::Missed),
    ];
    for (today, status) in table {
        let p = progress_on(plan, today);
        assert_eq!(kr(&p, "m").status, status, "{today}");
        assert_eq!(kr(&p, "m").percent, Some(0.0), "{today}");
    }
}

/// A timeline has not started before its first day and at the start of it
/// (nothing elapsed yet); it has once a day has elapsed, and when over.
#[test]
fn a_timeline_not_started_until_a_day_has_elapsed() {
    let today = date(2026, 11, 24);
    let t = |start, due| Timeline::new(start, due, today).unwrap();
    let table = [
        (date(2026, 12, 1), date(2026, 12, 31), true),
        (date(2026, 11, 24), date(2026, 12, 31), true),
        (date(2026, 11, 24), date(2026, 11, 24), true),
        (date(2026, 11, 23), date(2026, 12, 31), false),
        (date(2026, 11, 1), date(2026, 12, 16), false),
        (date(2026, 10, 1), date(2026, 10, 31), false),
    ];
    for (start, due, not_started) in table {
        assert_eq!(t(start, due).not_started(), not_started, "{start}..{due}");
    }
}

/// The grace period ends exactly at 10% of the window: 23 Nov to 2 Dec is
/// 10 days, one of them (23 Nov) before 24 Nov, so 10% is expected and
/// nothing done is off track; a day earlier (0%) it was still on track.
#[test]
fn the_grace_period_ends_exactly_at_its_share_of_the_window() {
    let plan = "objective o: O\n  kr k: K\n    metric: 0 -> 100\n    start: 2026-11-23\n    due: 2026-12-02\n";
    let p = progress(plan);
    let k = kr(&p, "k");
    close(k.timeline.unwrap().expected_percent, 10.0);
    assert_eq!(k.status, Status::OffTrack);
    let day_before = progress_on(plan, date(2026, 11, 23));
    assert_eq!(kr(&day_before, "k").status, Status::OnTrack);
}

/// The periods of each rate at the edges of its calendar, through the public
/// `periods(rate, anchor, last)`: a last day equal to the anchor, a last day
/// before it, a weekday block ending on a Friday seen from the weekend, a
/// quarter anchored in its second month. (Mutation testing found each of
/// these edges unpinned.)
#[test]
fn periods_at_the_edges_of_their_calendar() {
    use goalie::model::{Rate, RatePeriod};
    let rate = |every, period| Rate {
        count: 1.0,
        unit: None,
        every,
        period,
    };
    let d = |m, day| date(2026, m, day);
    type Spans = Vec<(Date, Date)>;
    let table: [(Rate, Date, Date, Spans); 8] = [
        // The anchor's own day: one period, not none.
        (
            rate(1, RatePeriod::Day),
            d(11, 24),
            d(11, 24),
            vec![(d(11, 24), d(11, 24))],
        ),
        // Last day before the anchor's unit: nothing. The anchor Tue 1 Dec
        // is in the ISO week of Mon 30 Nov; Tue 24 Nov is 6 days before that
        // Monday (not a whole week, so a division by 7 would round it to 0).
        (rate(1, RatePeriod::Week), d(12, 1), d(11, 24), vec![]),
        // A weekday ends on itself, even a Friday seen on the Sunday after
        // (the next weekday is Monday, whose eve is Sunday).
        (
            rate(1, RatePeriod::Weekday),
            d(11, 27),
            d(11, 29),
            vec![(d(11, 27), d(11, 27))],
        ),
        // Blocks of 2 weekdays from Thu 26 Nov: Thu–Fri, then Mon 30–Tue 1.
        (
            rate(2, RatePeriod::Weekday),
            d(11, 26),
            d(11, 30),
            vec![(d(11, 26), d(11, 27)), (d(11, 30), d(12, 1))],
        ),
        // A quarter anchored on 10 Feb: (2 - 1) / 3 × 3 + 1 = month 1, so
        // the quarter of 1 Jan to 31 Mar.
        (
            rate(1, RatePeriod::Quarter),
            d(2, 10),
            d(2, 10),
            vec![(d(1, 1), d(3, 31))],
        ),
        // Anchored on 20 Dec: (12 - 1) / 3 × 3 + 1 = month 10.
        (
            rate(1, RatePeriod::Quarter),
            d(12, 20),
            d(12, 20),
            vec![(d(10, 1), d(12, 31))],
        ),
        // Months across a new year: Dec, Jan, Feb (28 days in 2027).
        (
            rate(1, RatePeriod::Month),
            d(12, 15),
            date(2027, 2, 3),
            vec![
                (d(12, 1), d(12, 31)),
                (date(2027, 1, 1), date(2027, 1, 31)),
                (date(2027, 2, 1), date(2027, 2, 28)),
            ],
        ),
        // Years: 31 Dec 2025 and 1 Jan 2026 are in two years.
        (
            rate(1, RatePeriod::Year),
            date(2025, 12, 31),
            d(1, 1),
            vec![(date(2025, 1, 1), date(2025, 12, 31)), (d(1, 1), d(12, 31))],
        ),
    ];
    for (rate, anchor, last, expected) in table {
        let spans: Vec<(Date, Date)> = periods(&rate, anchor, last)
            .iter()
            .map(|p| (p.start, p.end))
            .collect();
        assert_eq!(spans, expected, "{:?} from {anchor} to {last}", rate.period);
    }
}

/// Each rate brought to a week (the week's target) and to a day (the colour
/// of a day mark), with `every` above 1 so that dividing and multiplying by
/// it differ. Each day rate is bracketed by a count just under it (partial)
/// and one at or just over it (met).
#[test]
fn rates_brought_to_a_week_and_to_a_day() {
    // (rate, week target, count under the day rate, count meeting it)
    let table = [
        // 3 × 7 / 2 = 10.5 a week; 3 / 2 = 1.5 a day.
        ("3 per 2 days", Some(10.5), "1.4", "1.5"),
        // 10 × 5 / 2 = 25 a week; 10 / 2 = 5 a weekday.
        ("10 per 2 weekdays", Some(25.0), "4.9", "5"),
        // 14 / 2 = 7 a week; 14 / (7 × 2) = 1 a day.
        ("14 per 2 weeks", Some(7.0), "0.9", "1"),
        // No week target past a week. 61 / (365.25 / 12 × 2 = 60.875) =
        // 1.002 a day.
        ("61 per 2 months", None, "1", "1.01"),
        // 92 / (365.25 / 4 = 91.3125) = 1.0075 a day.
        ("92 per quarter", None, "1", "1.01"),
        // 366 / 365.25 = 1.002 a day.
        ("366 per year", None, "1", "1.01"),
    ];
    for (rate, week, under, met) in table {
        // Mon 16 under, Tue 17 met, Wed 18 nothing.
        let p = progress(&format!(
            "activity a: A\n  target: {rate}\n  start: 2026-11-16\n2026-11-16 a {under}\n2026-11-17 a {met}\n"
        ));
        let a = activity(&p, "a");
        assert_eq!(a.week.target, week, "{rate}");
        let level = |day| {
            a.days
                .iter()
                .find(|m| m.date == date(2026, 11, day))
                .unwrap()
                .level
        };
        assert_eq!(
            [level(16), level(17), level(18)],
            [DayLevel::Partial, DayLevel::Met, DayLevel::Empty],
            "{rate}"
        );
    }
}

/// An activity on the first and on the last day of its window, and one whose
/// window ended with nothing logged.
#[test]
fn an_activity_on_the_first_and_the_last_day_of_its_window() {
    // Starting today with a count today: started (the day is its first
    // period, under way), not "not started"; no period has ended, so no
    // consistency and no status yet.
    let p = progress("activity a: A\n  target: 1 per day\n  start: 2026-11-24\n2026-11-24 a 1\n");
    let a = activity(&p, "a");
    let period = a.period.unwrap();
    assert_eq!(
        (period.start, period.end, period.total, period.met),
        (date(2026, 11, 24), date(2026, 11, 24), 1.0, true)
    );
    assert_eq!((a.consistency, a.status), (None, Status::Unknown));
    assert_eq!(a.streak.current, 1);
    // Due today: not over yet, so judged by its consistency, not final.
    // 1 per day from 20 Nov: 20–23 met (4 of 4 ended, 100%), today under
    // way. Final, it would be 4 met of 5 periods: 80%, missed.
    let p = progress(
        "activity a: A\n  target: 1 per day\n  start: 2026-11-20\n  due: 2026-11-24\n2026-11-20 a 1\n2026-11-21 a 1\n2026-11-22 a 1\n2026-11-23 a 1\n",
    );
    let a = activity(&p, "a");
    let c = a.consistency.unwrap();
    assert_eq!((c.periods, c.met), (4, 4));
    assert_eq!(a.status, Status::OnTrack);
    // Due last week, no start and nothing logged: no period to judge, so
    // unknown rather than missed.
    let p = progress("activity a: A\n  target: 1 per day\n  due: 2026-11-20\n");
    let a = activity(&p, "a");
    assert_eq!((a.since, a.period, a.status), (None, None, Status::Unknown));
}

/// What feeds a funnel's stage: the activities that support that stage,
/// from the funnel's start day on; not an activity supporting another
/// stage or nothing. A goal of zero has no percentage.
#[test]
fn what_feeds_a_funnel_stage() {
    // 1 Oct to 29 Dec: 90 days; on 31 Oct, 30 have elapsed.
    let plan = "funnel pipe: Pipe
  start: 2026-10-01
  goal: 30 000 € by 2026-12-29
  stage sales: 1 500 € each
  stage prospects: 5% convert
activity calls: Qualify prospects
  target: 5 per weekday
  start: 2026-09-01
  supports: prospects
activity other: Something else
  target: 1 per day
  start: 2026-09-01
2026-09-30 calls 7
2026-10-01 calls 10
2026-10-01 other 4
2026-10-20 calls 20
2026-10-25 prospects +40
2026-10-26 other 3
";
    let p = progress_on(plan, date(2026, 10, 31));
    let f = &p.funnels[0];
    // Prospects: its own 40, plus the calls from 1 Oct on (10 + 20); the 7
    // of 30 Sep are before the funnel's window; `other` feeds nothing.
    assert_eq!(
        f.stages[1]
            .series
            .iter()
            .map(|p| (p.date, p.value))
            .collect::<Vec<_>>(),
        [
            (date(2026, 10, 1), 10.0),
            (date(2026, 10, 20), 30.0),
            (date(2026, 10, 25), 70.0)
        ]
    );
    // Sales: nothing logged, nothing fed.
    assert_eq!((f.stages[0].actual, f.stages[0].series.len()), (None, 0));
    // 70 × 90 / 30 = 210 prospects × 5% = 10.5 sales × 1 500 = 15 750 €:
    // 52.5% of 30 000.
    let fc = f.forecast.as_ref().unwrap();
    close(fc.value, 15_750.0);
    close(fc.percent.unwrap(), 52.5);
    // A goal of zero: a forecast value, but no percentage of it.
    let zero = plan.replace("30 000 €", "0 €");
    let p = progress_on(&zero, date(2026, 10, 31));
    let fc = p.funnels[0].forecast.as_ref().unwrap();
    close(fc.value, 15_750.0);
    assert_eq!(fc.percent, None);
}

/// Periods with nothing logged long before the consistency window are not
/// listed one by one, yet they still break a streak.
#[test]
fn a_gap_of_unlogged_periods_breaks_a_streak() {
    // 1 per day from 1 Oct: met 1–2 Oct and 20–21 Oct, nothing between
    // (3–19 Oct, before the 28-day window of 27 Oct – 24 Nov) nor after.
    let p = progress(
        "activity a: Post\n  target: 1 per day\n  start: 2026-10-01\n2026-10-01 a 1\n2026-10-02 a 1\n2026-10-20 a 1\n2026-10-21 a 1\n",
    );
    let a = activity(&p, "a");
    // Two runs of 2, not one of 4; the days since 22 Oct broke the last.
    assert_eq!(
        a.streak,
        Streaks {
            current: 0,
            longest: 2
        }
    );
}

/// The trend line through the public `fit` and `Line::reaches`, at the
/// edges of its window and of its horizon. Today 24 Nov, 28 days: the
/// window is 28 Oct (24 Nov − 27 days) to 24 Nov.
#[test]
fn trend_lines_at_the_edges_of_their_window_and_horizon() {
    let today = date(2026, 11, 24);
    let point = |date, value| Point { date, value };
    let after = |days: i64| {
        date(2026, 10, 28)
            .checked_add(jiff::Span::new().days(days))
            .unwrap()
    };
    // 27 Oct is one day too old; 28 Oct and 24 Nov (x = 0 and 27) are in:
    // two points, slope 27 / 27 = 1 a day, intercept 0.
    let rising = fit(
        &[
            point(date(2026, 10, 27), 100.0),
            point(date(2026, 10, 28), 0.0),
            point(today, 27.0),
        ],
        today,
        28,
    )
    .expect("two points make a trend");
    assert_eq!(
        (rising.points, rising.since, rising.origin),
        (2, date(2026, 10, 28), date(2026, 10, 28))
    );
    close(rising.slope, 1.0);
    close(rising.intercept, 0.0);
    close(rising.at(date(2026, 12, 7)), 40.0);
    // (target, current, reached on)
    let table = [
        // 50 at x = 50: 17 Dec.
        (50.0, 27.0, Some(after(50))),
        // Already at the target (`signum` of 0 is 1): reached today.
        (27.0, 27.0, Some(today)),
        // A lower target while the line rises: never.
        (10.0, 27.0, None),
        // Below the target but the line already crossed it (x = 25 is
        // before today's 27): today.
        (25.0, 20.0, Some(today)),
        // Exactly ten years (3 650 days) after today's x = 27: given;
        // a day more: beyond the horizon.
        (3677.0, 27.0, Some(after(3677))),
        (3678.0, 27.0, None),
    ];
    for (target, current, expected) in table {
        assert_eq!(
            rising.reaches(target, current, today),
            expected,
            "{target} from {current}"
        );
    }
    // Falling half a unit a day (27 on 28 Oct, 13.5 on 24 Nov): a higher
    // target is never reached; a lower one at x = (27 − 5) / 0.5 = 44.
    let falling = fit(
        &[point(date(2026, 10, 28), 27.0), point(today, 13.5)],
        today,
        28,
    )
    .unwrap();
    close(falling.slope, -0.5);
    assert_eq!(falling.reaches(40.0, 13.5, today), None);
    assert_eq!(falling.reaches(5.0, 13.5, today), Some(after(44)));
}

/// A stage's need is rounded up, but the last bits of a floating-point
/// division are forgiven even for large volumes: 8 550 / 57% is 15 000
/// (the division gives 15 000.000 000 000 002), not 15 001.
#[test]
fn large_stage_needs_forgive_floating_point() {
    let p = progress(
        "funnel f: F\n  goal: 8 550 € by 2026-12-31\n  stage deals: 1 € each\n  stage leads: 57% convert\n  stage calls: 58% convert\n",
    );
    let needed: Vec<f64> = p.funnels[0]
        .stages
        .iter()
        .map(|s| s.needed.unwrap())
        .collect();
    // 8 550 / 1 = 8 550; 8 550 / 0.57 = 15 000; 15 000 / 0.58 = 25 862.07…,
    // rounded up: 25 863.
    assert_eq!(needed, [8550.0, 15000.0, 25863.0]);
}

/// A key result whose metric has no unit is measured in the unit of the
/// first log line that has one, not in the unit-less first line's.
#[test]
fn a_unitless_metric_takes_the_first_logged_unit() {
    let p = progress(
        "kr k: Win customers\n  period: 2026-Q4\n  metric: 0 -> 100\n2026-11-02 k 10\n2026-11-09 k 20 customers\n2026-11-16 k 30 clients\n",
    );
    assert_eq!(
        kr(&p, "k").unit,
        goalie::model::Unit::Word("customers".into())
    );
    // A relative target too.
    let p = progress(
        "kr r: Win customers\n  period: 2026-Q4\n  metric: +100\n2026-09-30 r 10\n2026-11-09 r 20 customers\n",
    );
    assert_eq!(
        kr(&p, "r").unit,
        goalie::model::Unit::Word("customers".into())
    );
}
