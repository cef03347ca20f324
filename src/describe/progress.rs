//! Progress put into words, in English and French: the phrases `status`,
//! the HTML report and the language server's hovers share, so a number
//! reads the same whichever door it came out of.

use crate::describe::numbers::{
    approx, approx_quantity, change_amount, date, number, percent, quantity, short_date,
};
use crate::i18n::{Lang, Message, msg};
use crate::model::Unit;
use crate::progress::{
    ActivityProgress, CheckIn, Consistency, Forecast, FunnelProgress, KeyResultProgress, Measure,
    ObjectiveProgress, RelativeTarget, StartFrom, Status,
};

/// "this week 35 / 140": an activity's week so far, against its target
/// when it has one.
pub fn this_week(a: &ActivityProgress) -> Message {
    match a.week.target {
        Some(target) => msg!(describe_this_week_of, total = a.week.total, target = target),
        None => msg!(describe_this_week, total = a.week.total),
    }
}

pub fn measure_facts(k: &KeyResultProgress, lang: Lang) -> String {
    let q = |v: f64| quantity(v, &k.unit, lang);
    match &k.measure {
        Measure::Change {
            baseline,
            target,
            relative,
            ..
        } => {
            let current = match (k.current, lang) {
                (Some(v), Lang::En) => format!("{} now", q(v)),
                (Some(v), Lang::Fr) => format!("{} aujourd'hui", q(v)),
                (None, Lang::En) => "nothing measured yet".to_string(),
                (None, Lang::Fr) => "aucune mesure encore".to_string(),
            };
            let over = if k.overachieved {
                lang.pick(" (target passed)", " (cible dépassée)")
            } else {
                ""
            };
            let how = relative.as_ref().map_or(String::new(), |r| {
                format!(" ({})", relative_text(r, &k.unit, lang))
            });
            let this = relative
                .as_ref()
                .and_then(|r| r.per)
                .map_or(String::new(), |p| format!("{} · ", this_period(p, lang)));
            match lang {
                Lang::En => format!(
                    "{this}{current} · from {} to {}{how}{over}",
                    q(*baseline),
                    q(*target)
                ),
                Lang::Fr => format!(
                    "{this}{current} · de {} à {}{how}{over}",
                    q(*baseline),
                    q(*target)
                ),
            }
        }
        Measure::Awaiting { relative } => {
            let change = change_text(relative, &k.unit, lang);
            match (&relative.previous, k.timeline) {
                (Some(p), _) => match lang {
                    Lang::En => format!(
                        "{change}: awaiting the total of {} – {}, logged or written as `BASELINE ->`",
                        short_date(p.start, lang),
                        short_date(p.end, lang)
                    ),
                    Lang::Fr => format!(
                        "{change} : en attente du total du {} au {}, noté au journal ou écrit `DÉPART ->`",
                        short_date(p.start, lang),
                        short_date(p.end, lang)
                    ),
                },
                (None, Some(t)) => match lang {
                    Lang::En => format!(
                        "{change}: awaiting a first measurement (from {} on) to start from",
                        short_date(t.start, lang)
                    ),
                    Lang::Fr => format!(
                        "{change} : en attente d'une première mesure (à partir du {}) comme point de départ",
                        short_date(t.start, lang)
                    ),
                },
                (None, None) => match lang {
                    Lang::En => format!("{change}: awaiting a first measurement to start from"),
                    Lang::Fr => {
                        format!("{change} : en attente d'une première mesure comme point de départ")
                    }
                },
            }
        }
        Measure::Keep {
            comparison,
            threshold,
            holds,
        } => {
            let sign = match *comparison {
                ">=" => "≥",
                "<=" => "≤",
                other => other,
            };
            let rule = format!("{sign} {}", q(*threshold));
            match (holds, k.current) {
                (Some(true), Some(v)) => match lang {
                    Lang::En => format!("{} holds {rule}", q(v)),
                    Lang::Fr => format!("{} respecte {rule}", q(v)),
                },
                (Some(false), Some(v)) => match lang {
                    Lang::En => format!("{} breaks {rule}", q(v)),
                    Lang::Fr => format!("{} ne respecte pas {rule}", q(v)),
                },
                _ => match lang {
                    Lang::En => format!("keep {rule}: no value yet"),
                    Lang::Fr => format!("garder {rule} : aucune valeur encore"),
                },
            }
        }
        Measure::Milestone { done } => match (done, k.timeline) {
            (Some(d), _) => match lang {
                Lang::En => format!("done on {}", short_date(*d, lang)),
                Lang::Fr => format!("fait le {}", short_date(*d, lang)),
            },
            (None, Some(t)) => match lang {
                Lang::En => format!("not done · due {}", short_date(t.due, lang)),
                Lang::Fr => format!("pas fait · échéance le {}", short_date(t.due, lang)),
            },
            (None, None) => lang.pick("not done", "pas fait").to_string(),
        },
        Measure::None => lang
            .pick("no valid measure", "aucune mesure valide")
            .to_string(),
    }
}

/// `+300 MQLs`, `−20 %`, `+20% per month`.
pub fn change_text(r: &RelativeTarget, unit: &Unit, lang: Lang) -> String {
    let unit = if r.percent { &Unit::Percent } else { unit };
    let sign = if r.change < 0.0 { "−" } else { "+" };
    let amount = format!("{sign}{}", quantity(r.change.abs(), unit, lang));
    match r.per {
        Some(p) => format!("{amount} {}", per_period(p, lang)),
        None => amount,
    }
}

/// "per month", "par mois".
fn per_period(period: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("per {period}"),
        Lang::Fr => format!("par {}", period_fr(period).0),
    }
}

/// (name, "ce…" phrase) of a period in French.
fn period_fr(period: &str) -> (&'static str, &'static str) {
    match period {
        "day" => ("jour", "aujourd'hui"),
        "weekday" => ("jour ouvré", "aujourd'hui"),
        "week" => ("semaine", "cette semaine"),
        "month" => ("mois", "ce mois-ci"),
        "quarter" => ("trimestre", "ce trimestre"),
        _ => ("an", "cette année"),
    }
}

/// "this month", "ce mois-ci".
fn this_period(period: &str, lang: Lang) -> String {
    match (lang, period) {
        (Lang::En, "day" | "weekday") => "today".to_string(),
        (Lang::En, p) => format!("this {p}"),
        (Lang::Fr, p) => period_fr(p).1.to_string(),
    }
}

/// How a relative target was turned into numbers: "+300 MQLs from the value
/// of 1 Oct", "−20 % du total du 1 juil. au 30 sept.".
pub fn relative_text(r: &RelativeTarget, unit: &Unit, lang: Lang) -> String {
    let change = change_text(r, unit, lang);
    let from = match (r.start_from, lang) {
        (Some(StartFrom::Written), Lang::En) => "from the baseline".to_string(),
        (Some(StartFrom::Written), Lang::Fr) => "depuis le point de départ".to_string(),
        (Some(StartFrom::Increments), Lang::En) => "counting the increments from 0".to_string(),
        (Some(StartFrom::Increments), Lang::Fr) => "en cumulant les hausses depuis 0".to_string(),
        (Some(StartFrom::Measured), _) if r.per.is_some() => match lang {
            Lang::En => "from the value at the period's start".to_string(),
            Lang::Fr => "depuis la valeur au début de la période".to_string(),
        },
        (Some(StartFrom::Measured), Lang::En) => match r.start_date {
            Some(d) => format!("from the value of {}", short_date(d, lang)),
            None => "from the first measurement".to_string(),
        },
        (Some(StartFrom::Measured), Lang::Fr) => match r.start_date {
            Some(d) => format!("depuis la valeur du {}", short_date(d, lang)),
            None => "depuis la première mesure".to_string(),
        },
        (Some(StartFrom::PreviousTotal) | None, _) => match (&r.previous, lang) {
            (Some(p), Lang::En) => format!(
                "on the total of {} – {}, {}",
                short_date(p.start, lang),
                short_date(p.end, lang),
                p.total.map_or("—".to_string(), |t| quantity(t, unit, lang))
            ),
            (Some(p), Lang::Fr) => format!(
                "sur le total du {} au {}, {}",
                short_date(p.start, lang),
                short_date(p.end, lang),
                p.total.map_or("—".to_string(), |t| quantity(t, unit, lang))
            ),
            (None, _) => String::new(),
        },
    };
    if from.is_empty() {
        change
    } else {
        format!("{change} {from}")
    }
}

/// The closed periods of a recurring target: "1 Oct – 31 Oct met (4,920 of
/// 4,920) · 1 Nov – 30 Nov missed (5,100 of 5,904)".
pub fn periods_text(k: &KeyResultProgress, lang: Lang) -> Option<String> {
    let closed: Vec<String> = k
        .periods
        .iter()
        .filter_map(|p| {
            let met = p.met?;
            let word = match (met, lang) {
                (true, Lang::En) => "met",
                (false, Lang::En) => "missed",
                (true, Lang::Fr) => "atteint",
                (false, Lang::Fr) => "manqué",
            };
            let of = lang.pick("of", "sur");
            Some(format!(
                "{} – {} {word} ({} {of} {})",
                short_date(p.start, lang),
                short_date(p.end, lang),
                quantity(p.value, &k.unit, lang),
                quantity(p.target, &k.unit, lang)
            ))
        })
        .collect();
    (!closed.is_empty()).then(|| {
        format!(
            "{} {}",
            lang.pick("closed periods:", "périodes closes :"),
            closed.join(" · ")
        )
    })
}

/// The key results an objective's status does not hide: "failing: `b`",
/// or, for an aspirational objective achieved all the same, "success
/// despite `b`".
pub fn failing_text(o: &ObjectiveProgress, lang: Lang) -> Option<String> {
    if o.failing.is_empty() {
        return None;
    }
    let ids = o
        .failing
        .iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ");
    Some(match (o.status, lang) {
        (Status::Achieved, Lang::En) => format!("success despite {ids}"),
        (Status::Achieved, Lang::Fr) => format!("réussite malgré {ids}"),
        (_, Lang::En) => format!("failing: {ids}"),
        (_, Lang::Fr) => format!("en échec : {ids}"),
    })
}

/// A funnel's forecast: "forecast: `prospects` 120 in 30 days → 360 by
/// 31 Dec → 18 `sales` → €27,000, 90% of the goal".
pub fn funnel_forecast(f: &FunnelProgress, lang: Lang) -> Option<String> {
    let fc = f.forecast.as_ref()?;
    let due = f.timeline?.due;
    let mut chain = Vec::new();
    let days = match (fc.elapsed_days, lang) {
        (1, Lang::En) => "1 day".to_string(),
        (n, Lang::En) => format!("{n} days"),
        (1, Lang::Fr) => "1 jour".to_string(),
        (n, Lang::Fr) => format!("{n} jours"),
    };
    chain.push(match lang {
        Lang::En => format!(
            "`{}` {} in {days} → {} by {}",
            fc.stage,
            number(fc.actual, lang),
            approx(fc.projected, lang),
            short_date(due, lang)
        ),
        Lang::Fr => format!(
            "`{}` {} en {days} → {} au {}",
            fc.stage,
            number(fc.actual, lang),
            approx(fc.projected, lang),
            short_date(due, lang)
        ),
    });
    let from = f.stages.iter().position(|s| s.id == fc.stage)?;
    for s in f.stages[..from].iter().rev() {
        if let Some(v) = s.projected {
            chain.push(format!("{} `{}`", approx(v, lang), s.id));
        }
    }
    let value = approx_quantity(fc.value, &f.unit, lang);
    let share = fc.percent.map_or(String::new(), |p| match lang {
        Lang::En => format!(", {} of the goal", percent(p, lang)),
        Lang::Fr => format!(", {} du but", percent(p, lang)),
    });
    chain.push(format!("{value}{share}"));
    Some(format!(
        "{} {}",
        lang.pick("forecast:", "prévision :"),
        chain.join(" → ")
    ))
}

/// A funnel's forecast in a few words, for inlay hints: "→ €27,000 (90%)".
pub fn funnel_forecast_short(f: &FunnelProgress, lang: Lang) -> Option<String> {
    let fc = f.forecast.as_ref()?;
    let value = approx_quantity(fc.value, &f.unit, lang);
    Some(match fc.percent {
        Some(p) => format!("→ {value} ({})", percent(p, lang)),
        None => format!("→ {value}"),
    })
}

/// "needs 14.3 per day for the 19 days left".
pub fn pace(per_day: f64, days_left: i64, unit: &Unit, lang: Lang) -> String {
    let amount = if per_day < 0.0 {
        format!("−{}", change_amount(-per_day, unit, lang))
    } else {
        change_amount(per_day, unit, lang)
    };
    match (lang, days_left) {
        (Lang::En, 1) => format!("needs {amount} today, the last day"),
        (Lang::En, n) => format!("needs {amount} per day for the {n} days left"),
        (Lang::Fr, 1) => format!("il faut {amount} aujourd'hui, dernier jour"),
        (Lang::Fr, n) => format!("il faut {amount} par jour pendant les {n} jours restants"),
    }
}

pub fn trend(k: &KeyResultProgress, lang: Lang) -> Option<String> {
    if !matches!(k.measure, Measure::Change { .. }) || k.pace.is_none() {
        return None;
    }
    Some(match &k.forecast {
        Some(f) => forecast(f, &k.unit, k.timeline.map(|t| t.due), lang),
        None => lang
            .pick(
                "trend: fewer than 2 measurements in the last 28 days",
                "tendance : moins de 2 mesures sur les 28 derniers jours",
            )
            .to_string(),
    })
}

pub fn forecast(f: &Forecast, unit: &Unit, due: Option<jiff::civil::Date>, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let (Some(at_due), Some(p), Some(due)) = (f.at_due, f.percent_at_due, due) {
        parts.push(match lang {
            Lang::En => format!(
                "{} by {} ({})",
                approx_quantity(at_due, unit, lang),
                short_date(due, lang),
                percent(p.max(0.0), lang)
            ),
            Lang::Fr => format!(
                "{} au {} ({})",
                approx_quantity(at_due, unit, lang),
                short_date(due, lang),
                percent(p.max(0.0), lang)
            ),
        });
    }
    parts.push(match (f.reaches_target, lang) {
        (Some(d), Lang::En) => format!("target reached on {}", date(d, lang)),
        (Some(d), Lang::Fr) => format!("cible atteinte le {}", date(d, lang)),
        (None, _) => lang
            .pick("never reaches the target", "n'atteint jamais la cible")
            .to_string(),
    });
    format!(
        "{} {}",
        lang.pick("trend:", "tendance :"),
        parts.join(" · ")
    )
}

pub fn rate_text(a: &ActivityProgress, lang: Lang) -> String {
    let unit = a
        .rate
        .unit
        .as_ref()
        .map_or(String::new(), |u| format!(" {u}"));
    msg!(
        describe_rate,
        count = number(a.rate.count, lang),
        unit = unit,
        every = a.rate.every,
        period = a.rate.period
    )
    .render(lang)
}

/// An activity's consistency, one wording for every output: "24 of 28
/// periods met in the last 28 days (85%)", "1 of 1 period met…", "24
/// périodes tenues sur 28 ces 28 derniers jours (85 %)" — French keeps 0
/// and 1 in the singular (the catalogue's plural rules).
pub fn consistency_text(c: &Consistency, lang: Lang) -> String {
    msg!(
        describe_consistency,
        met = c.met,
        periods = c.periods,
        days = c.days,
        share = percent(c.share * 100.0, lang)
    )
    .render(lang)
}

/// "today", "yesterday", "3 days ago".
pub fn days_ago(days: i64, lang: Lang) -> String {
    msg!(describe_days_ago, days = days).render(lang)
}

/// "confidence 70 % (3 days ago, 21 Nov)".
pub fn check_in(c: &CheckIn, lang: Lang) -> String {
    let when = days_ago(c.days_since, lang);
    match lang {
        Lang::En => format!(
            "confidence {} ({when}, {})",
            percent(c.confidence * 100.0, lang),
            short_date(c.date, lang)
        ),
        Lang::Fr => format!(
            "confiance {} ({when}, le {})",
            percent(c.confidence * 100.0, lang),
            short_date(c.date, lang)
        ),
    }
}
