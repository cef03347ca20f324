//! Progress put into words, in English and French: the phrases `status`,
//! the HTML report and the language server's hovers share, so a number
//! reads the same whichever door it came out of.

use crate::describe::numbers::{date, number, percent, quantity, short_date};
use crate::i18n::Lang;
use crate::model::Unit;
use crate::progress::{ActivityProgress, CheckIn, Forecast, KeyResultProgress, Measure};

pub fn measure_facts(k: &KeyResultProgress, lang: Lang) -> String {
    let q = |v: f64| quantity(v, &k.unit, lang);
    match &k.measure {
        Measure::Change {
            baseline, target, ..
        } => {
            let current = k.current.map_or_else(|| "—".to_string(), q);
            let over = if k.overachieved {
                lang.pick(" (target passed)", " (cible dépassée)")
            } else {
                ""
            };
            match lang {
                Lang::En => format!(
                    "{current} now · from {} to {}{over}",
                    q(*baseline),
                    q(*target)
                ),
                Lang::Fr => format!(
                    "{current} aujourd'hui · de {} à {}{over}",
                    q(*baseline),
                    q(*target)
                ),
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

/// "needs 14.3 per day for the 19 days left".
pub fn pace(per_day: f64, days_left: i64, unit: &Unit, lang: Lang) -> String {
    let amount = if per_day < 0.0 {
        format!("−{}", quantity(-per_day, unit, lang))
    } else {
        quantity(per_day, unit, lang)
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
                quantity(at_due, unit, lang),
                short_date(due, lang),
                percent(p.max(0.0), lang)
            ),
            Lang::Fr => format!(
                "{} au {} ({})",
                quantity(at_due, unit, lang),
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
    let count = number(a.rate.count, lang);
    let unit = a
        .rate
        .unit
        .as_ref()
        .map_or(String::new(), |u| format!(" {u}"));
    let every = a.rate.every;
    if lang == Lang::Fr {
        // (singular, plural, feminine)
        let (one, many, feminine) = match a.rate.period {
            "day" => ("jour", "jours", false),
            "weekday" => ("jour ouvré", "jours ouvrés", false),
            "week" => ("semaine", "semaines", true),
            "month" => ("mois", "mois", false),
            "quarter" => ("trimestre", "trimestres", false),
            _ => ("an", "ans", false),
        };
        let all = if feminine { "toutes les" } else { "tous les" };
        return match every {
            1 => format!("{count}{unit} par {one}"),
            n => format!("{count}{unit} {all} {n} {many}"),
        };
    }
    match every {
        1 => format!("{count}{unit} per {}", a.rate.period),
        n => format!("{count}{unit} every {n} {}s", a.rate.period),
    }
}

/// "today", "yesterday", "3 days ago".
pub fn days_ago(days: i64, lang: Lang) -> String {
    match (lang, days) {
        (Lang::En, 0) => "today".to_string(),
        (Lang::En, 1) => "yesterday".to_string(),
        (Lang::En, n) => format!("{n} days ago"),
        (Lang::Fr, 0) => "aujourd'hui".to_string(),
        (Lang::Fr, 1) => "hier".to_string(),
        (Lang::Fr, n) => format!("il y a {n} jours"),
    }
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
