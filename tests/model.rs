//! The typed model built from parsed files.

mod common;

use goalie::model::*;
use jiff::civil::date;

const PLAN: &str = r#"
objective revenue: Grow Q4 revenue by 40%
  period: 2026-Q4
  owner: @sylvie, @marc
  why: Finance two hires
  committed
  kr customers: Win 100 new customers
    metric: 0 -> 100 customers
    weight: 2
  kr bounce: Cut the bounce rate
    metric: 30% -> 15%
    due: 2026-11-30
  kr nps: Keep NPS up
    keep: at least 40
  kr page: Ship the pricing page
    milestone
objectif ca: Chiffre d'affaires
  période: 2026-10-01..2026-12-31
  rc montant: Atteindre 50 000 €
    mesure: 12 500,50 € -> 50 000 €
activity calls: Calls
  target: 20 calls per weekday
  supports: customers
activity newsletter: Newsletter
  target: 1 per 2 weeks
  start: 2026-W41
funnel q4: Q4 funnel
  goal: 50000 EUR by 2026-12-31
  stage sales: 500 EUR each
  stage visitors: 2% convert
2026-11-03 customers +3 "webinar"
2026-11-02 customers +2
2026-11-03 customers +4 "second line, same day"
2026-11-02 calls 17
2026-11-05 page done
2026-11-06 revenue confidence 60% "thin"
2026-11-07 bounce 24%
"#;

fn model() -> Model {
    let (_, analysis) = common::single("plan.goals", PLAN);
    assert_eq!(
        common::codes(&analysis),
        Vec::<&str>::new(),
        "{:#?}",
        analysis.diagnostics
    );
    analysis.model
}

fn item<'m>(model: &'m Model, id: &str) -> &'m Item {
    model.item(model.find(id).unwrap_or_else(|| panic!("no item {id}")))
}

#[test]
fn objectives_carry_their_properties_and_key_results() {
    let m = model();
    let revenue = item(&m, "revenue");
    assert_eq!(revenue.kind, ItemKind::Objective);
    assert_eq!(revenue.title, "Grow Q4 revenue by 40%");
    let owners: Vec<&str> = revenue.owners.iter().map(|o| o.value.as_str()).collect();
    assert_eq!(owners, ["@sylvie", "@marc"]);
    assert_eq!(revenue.why.as_ref().unwrap().value, "Finance two hires");
    assert_eq!(
        revenue.commitment.as_ref().unwrap().value,
        Commitment::Committed
    );
    let period = revenue.period.as_ref().unwrap().value;
    assert_eq!(
        (period.start, period.end),
        (date(2026, 10, 1), date(2026, 12, 31))
    );
    let krs: Vec<&str> = revenue
        .children
        .iter()
        .map(|&k| m.item(k).id.as_str())
        .collect();
    assert_eq!(krs, ["customers", "bounce", "nps", "page"]);
    for &k in &revenue.children {
        assert_eq!(m.item(k).container, m.find("revenue"));
    }
}

#[test]
fn metrics_of_every_kind() {
    let m = model();
    let Metric::Change { baseline, target } = &item(&m, "customers").metric.as_ref().unwrap().value
    else {
        panic!("not a change");
    };
    assert_eq!(baseline.as_ref().unwrap().value, 0.0);
    assert_eq!(target.value, 100.0);
    assert_eq!(target.unit, Unit::Word("customers".into()));
    assert_eq!(item(&m, "customers").weight.as_ref().unwrap().value, 2.0);

    let Metric::Change { baseline, target } = &item(&m, "bounce").metric.as_ref().unwrap().value
    else {
        panic!("not a change");
    };
    assert_eq!(
        (baseline.as_ref().unwrap().value, target.value),
        (30.0, 15.0)
    );
    assert_eq!(target.unit, Unit::Percent);

    let Metric::Keep {
        comparison,
        threshold,
    } = &item(&m, "nps").metric.as_ref().unwrap().value
    else {
        panic!("not a guardrail");
    };
    assert_eq!((*comparison, threshold.value), (Comparison::AtLeast, 40.0));
    assert_eq!(
        item(&m, "page").metric.as_ref().unwrap().value,
        Metric::Milestone
    );

    let Metric::Change { baseline, target } = &item(&m, "montant").metric.as_ref().unwrap().value
    else {
        panic!("not a change");
    };
    assert_eq!(baseline.as_ref().unwrap().value, 12500.5);
    assert_eq!(target.value, 50000.0);
    assert_eq!(target.unit, Unit::Currency("EUR".into()));
}

#[test]
fn activities_funnels_and_stages() {
    let m = model();
    let calls = item(&m, "calls");
    let rate = &calls.rate.as_ref().unwrap().value;
    assert_eq!(
        (rate.count, rate.every, rate.period),
        (20.0, 1, RatePeriod::Weekday)
    );
    assert_eq!(rate.unit.as_deref(), Some("calls"));
    assert_eq!(calls.supports[0].target, m.find("customers"));
    let newsletter = &item(&m, "newsletter").rate.as_ref().unwrap().value;
    assert_eq!(
        (newsletter.count, newsletter.every, newsletter.period),
        (1.0, 2, RatePeriod::Week)
    );
    // A week as a start date means its Monday.
    assert_eq!(
        item(&m, "newsletter").start.as_ref().unwrap().value,
        date(2026, 10, 5)
    );

    let q4 = item(&m, "q4");
    let goal = q4.goal.as_ref().unwrap();
    assert_eq!(goal.value.value, 50000.0);
    assert_eq!(goal.by.as_ref().unwrap().value, date(2026, 12, 31));
    let stages: Vec<&Item> = q4.children.iter().map(|&s| m.item(s)).collect();
    assert_eq!(stages.len(), 2);
    assert!(matches!(&stages[0].stage, Some(StageSpec::PerUnit(q)) if q.value == 500.0));
    assert!(
        matches!(&stages[1].stage, Some(StageSpec::Conversion { rate, .. }) if (*rate - 0.02).abs() < 1e-12)
    );
    assert_eq!(stages[1].container, m.find("q4"));
}

#[test]
fn logs_attach_to_their_items_by_date_keeping_file_order_within_a_day() {
    let m = model();
    let customers = m.find("customers").unwrap();
    let lines: Vec<(jiff::civil::Date, f64)> = m
        .logs_of(customers)
        .map(|l| match &l.value {
            LogValue::Increment(q) => (l.date.value, q.value),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        lines,
        [
            (date(2026, 11, 2), 2.0),
            (date(2026, 11, 3), 3.0),
            (date(2026, 11, 3), 4.0)
        ]
    );
    let notes: Vec<Option<&str>> = m
        .logs_of(customers)
        .map(|l| l.note.as_ref().map(|n| n.value.as_str()))
        .collect();
    assert_eq!(
        notes,
        [None, Some("webinar"), Some("second line, same day")]
    );
    let page = m.find("page").unwrap();
    assert_eq!(m.logs_of(page).next().unwrap().value, LogValue::Done);
    let revenue = m.find("revenue").unwrap();
    assert_eq!(
        m.logs_of(revenue).next().unwrap().value,
        LogValue::Confidence(0.6)
    );
    let bounce = m.find("bounce").unwrap();
    assert!(
        matches!(&m.logs_of(bounce).next().unwrap().value, LogValue::Value(q) if q.value == 24.0 && q.unit == Unit::Percent)
    );
}

#[test]
fn dates_fall_back_to_the_container() {
    let m = model();
    // A key result with no dates of its own runs over its objective's period.
    let customers = m.find("customers").unwrap();
    assert_eq!(
        m.window(customers),
        (Some(date(2026, 10, 1)), Some(date(2026, 12, 31)))
    );
    // Its own due date wins.
    let bounce = m.find("bounce").unwrap();
    assert_eq!(
        m.window(bounce),
        (Some(date(2026, 10, 1)), Some(date(2026, 11, 30)))
    );
    // A funnel's goal date is its end.
    let q4 = m.find("q4").unwrap();
    assert_eq!(m.window(q4), (None, Some(date(2026, 12, 31))));
}

#[test]
fn spans_point_at_the_source() {
    let (ws, analysis) = common::single("plan.goals", PLAN);
    let text = &ws.file(goalie::diagnostic::FileId(0)).text;
    let m = &analysis.model;
    let calls = item(m, "calls");
    assert_eq!(&text[calls.id_range.as_range()], "calls");
    assert_eq!(&text[calls.title_range.unwrap().as_range()], "Calls");
    assert_eq!(&text[calls.supports[0].range.as_range()], "customers");
    let revenue = item(m, "revenue");
    // An objective's range runs to the end of its last key result.
    assert!(text[revenue.range.as_range()].ends_with("    milestone"));
}

#[test]
fn negative_values_and_misspelt_objectives() {
    let text = "objective o: O\n  period: 2026-Q4\n  kr nps: NPS\n    metric: -10 -> 20\nobjectve p: P\n  kr orphan: K\n    metric: 1 -> 2\n";
    let (_, analysis) = common::single("f.goals", text);
    let m = &analysis.model;
    let Metric::Change { baseline, target } = &item(m, "nps").metric.as_ref().unwrap().value else {
        panic!("not a change");
    };
    assert_eq!(
        (baseline.as_ref().unwrap().value, target.value),
        (-10.0, 20.0)
    );
    // A key result under a misspelt objective does not join the one above.
    assert_eq!(item(m, "orphan").container, None);
    assert_eq!(item(m, "o").children.len(), 1);
}

#[test]
fn a_funnel_starting_after_its_goal_date_is_e006() {
    let text = "funnel f: Q4 funnel\n  start: 2027-01-10\n  goal: 30 000 € by 2026-12-31\n  stage sales: 1 500 € each\n";
    let (_, analysis) = common::single("plan.goals", text);
    assert_eq!(common::codes(&analysis), ["E006"]);
    let d = analysis
        .diagnostics
        .iter()
        .find(|d| d.code.code == "E006")
        .unwrap();
    assert_eq!(
        d.message.render(goalie::i18n::Lang::En),
        "`f` starts on 2027-01-10 but its goal is due on 2026-12-31"
    );
    assert_eq!(
        d.message.render(goalie::i18n::Lang::Fr),
        "`f` commence le 2027-01-10 mais son but est à atteindre le 2026-12-31"
    );
}

#[test]
fn relative_metrics_in_both_languages() {
    let text = "kr a: A\n  metric: +300 MQLs\nkr b: B\n  mesure: −20 %\nkr c: C\n  metric: 4 100 followers -> +20%\nkr d: D\n  mesure: +20 % par mois\nkr e: E\n  metric: +40% vs previous quarter\nkr f: F\n  mesure: +1 500 €\nkr g: G\n  metric: -10 -> -5\n";
    let (_, analysis) = common::single("plan.goals", text);
    let m = &analysis.model;
    let rel = |id: &str| match &item(m, id).metric.as_ref().unwrap().value {
        Metric::Relative(r) => r.clone(),
        other => panic!("{id}: {other:?}"),
    };
    let a = rel("a");
    assert_eq!(
        (a.change.value, &a.change.unit),
        (300.0, &Unit::Word("MQLs".into()))
    );
    assert!(!a.is_percent() && a.baseline.is_none() && a.every.is_none());
    let b = rel("b");
    assert_eq!((b.change.value, b.is_percent()), (-20.0, true));
    assert_eq!(b.target_from(250.0), 200.0);
    let c = rel("c");
    assert_eq!(c.baseline.as_ref().unwrap().value, 4100.0);
    assert!((c.target_from(4100.0) - 4920.0).abs() < 1e-9);
    assert_eq!(c.unit(), Some(&Unit::Word("followers".into())));
    assert_eq!(rel("d").every, Some(RatePeriod::Month));
    assert_eq!(rel("e").versus, Some(RatePeriod::Quarter));
    let f = rel("f");
    assert_eq!(
        (f.change.value, &f.change.unit),
        (1500.0, &Unit::Currency("EUR".into()))
    );
    assert_eq!(f.target_from(10_000.0), 11_500.0);
    // After an arrow, a minus without a percentage is a negative target.
    assert!(matches!(
        &item(m, "g").metric.as_ref().unwrap().value,
        Metric::Change { target, .. } if target.value == -5.0
    ));
}

#[test]
fn supporters_are_the_activities_that_support_an_item_in_order_each_once() {
    let text = "\
objective o: Grow
  period: 2026-Q4
  kr deals: Win 10 deals
    metric: 0 -> 10 deals
  kr leads: Get 100 leads
    metric: 0 -> 100 leads
activity visits: Visit clients
  target: 2 per week
  supports: deals, leads, deals
funnel f: Pipeline
  goal: 10 deals by 2026-12-31
  supports: deals
  stage meetings: 20% convert
activity calls: Call prospects
  target: 5 per day
  supports: meetings
  supports: deals
activity blog: Write
  target: 1 per week
";
    let (_, analysis) = common::single("plan.goals", text);
    let m = &analysis.model;
    let ids = |id: &str| -> Vec<&str> {
        m.supporters(m.find(id).unwrap())
            .iter()
            .map(|&a| m.item(a).id.as_str())
            .collect()
    };
    // Activities only (the funnel supports `deals` too), in file order;
    // `visits` names `deals` twice and counts once.
    assert_eq!(ids("deals"), ["visits", "calls"]);
    assert_eq!(ids("leads"), ["visits"]);
    assert_eq!(ids("meetings"), ["calls"]);
    assert!(ids("o").is_empty());
    assert!(ids("blog").is_empty());
}
