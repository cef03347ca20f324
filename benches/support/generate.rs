//! Deterministic generator of realistic goalie workspaces, for benchmarks
//! and `scripts/bench.sh`.
//!
//! A workspace has a plan in English and one in French (objectives, key
//! results with metrics, guardrails and milestones, activities with rates,
//! funnels with stages) and years of daily log lines in both languages
//! (counts, values, increments, confidence check-ins, notes, `done`). The
//! same size and seed always give the same bytes.

#![allow(dead_code)]

use std::fmt::Write as _;

/// The log sizes the benchmarks and `scripts/bench.sh` use.
pub const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

/// The day the generated logs end on (the tests' fixed day).
pub const TODAY: (i16, i8, i8) = (2026, 11, 24);

/// splitmix64: small, fast, and the same everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    En,
    Fr,
}

/// What a log line can say about an id.
#[derive(Clone)]
enum Target {
    /// An activity: a count per day.
    Count { id: String, max: u64 },
    /// A key result measured by value (`metric: a -> b`), possibly a
    /// percentage.
    Value {
        id: String,
        from: u64,
        to: u64,
        unit: &'static str,
    },
    /// A key result counted up by increments.
    Increment { id: String },
    /// A guardrail (`keep:`).
    Keep { id: String, around: u64 },
    /// A milestone: one `done` line.
    Milestone { id: String },
    /// An objective: confidence check-ins.
    Objective { id: String },
    /// A funnel stage: a running total.
    Stage { id: String },
}

/// How much the log lines say besides their numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notes {
    /// One line in five carries a short note (`"webinar"`): about 33
    /// bytes a line.
    Few,
    /// Most lines carry a sentence, as in a log people actually keep:
    /// about 90 bytes a line, so 100,000 lines make about 9 MB.
    Many,
}

/// A size argument: `100000` (few notes) or `100000n` (many notes).
pub fn parse_size(arg: &str) -> Option<(usize, Notes)> {
    match arg.strip_suffix('n') {
        Some(n) => Some((n.parse().ok()?, Notes::Many)),
        None => Some((arg.parse().ok()?, Notes::Few)),
    }
}

/// One generated workspace: `(file name, text)` pairs.
pub fn workspace(log_lines: usize, seed: u64) -> Vec<(String, String)> {
    workspace_with(log_lines, seed, Notes::Few)
}

/// [`workspace`] with a choice of how much the log lines say.
pub fn workspace_with(log_lines: usize, seed: u64, notes: Notes) -> Vec<(String, String)> {
    let mut rng = Rng::new(seed);
    let scale = scale(log_lines);
    let mut files = Vec::new();
    let mut targets = Vec::new();
    for lang in [Lang::En, Lang::Fr] {
        let (name, text) = plan(lang, scale, &mut rng, &mut targets);
        files.push((name, text));
    }
    let days = days(log_lines);
    let mut logs: Vec<(i16, String)> = Vec::new();
    for (i, line) in log_lines_for(log_lines, days, &targets, &mut rng, notes)
        .into_iter()
        .enumerate()
    {
        let year: i16 = line[..4].parse().expect("a year");
        if logs.last().is_none_or(|(y, _)| *y != year) {
            let lang = if year % 2 == 0 { Lang::En } else { Lang::Fr };
            let head = match lang {
                Lang::En => format!("# Log for {year}.\n\n"),
                Lang::Fr => format!("# Journal {year}.\n\n"),
            };
            logs.push((year, head));
        }
        let text = &mut logs.last_mut().expect("a log file").1;
        text.push_str(&line);
        text.push('\n');
        if i % 97 == 96 {
            text.push('\n');
        }
    }
    for (year, text) in logs {
        files.push((format!("log-{year}.goals"), text));
    }
    files
}

/// The same workspace as one file: the plans, then every log line.
pub fn single_file(log_lines: usize, seed: u64) -> String {
    single_file_with(log_lines, seed, Notes::Few)
}

/// [`single_file`] with a choice of how much the log lines say.
pub fn single_file_with(log_lines: usize, seed: u64, notes: Notes) -> String {
    let mut out = String::new();
    for (_, text) in workspace_with(log_lines, seed, notes) {
        out.push_str(&text);
        if !out.ends_with("\n\n") {
            out.push('\n');
        }
    }
    out
}

/// How many items per language: 1, 2, 3, 4 for 1k, 10k, 100k, 1M lines.
fn scale(log_lines: usize) -> usize {
    let mut scale = 1;
    let mut n = log_lines / 1000;
    while n >= 10 {
        scale += 1;
        n /= 10;
    }
    scale
}

/// How many days the logs span: up to three years.
fn days(log_lines: usize) -> i64 {
    (log_lines as i64 / 10).clamp(90, 3 * 365)
}

const EN_OBJECTIVES: &[&str] = &[
    "Make organic the engine of our pipeline",
    "Become the clinic scheduling tool people recommend",
    "Ship a calmer, faster product",
    "Build a team that grows without burning out",
    "Win the mid-market segment",
];
const FR_OBJECTIVES: &[&str] = &[
    "Faire de ce trimestre notre meilleur trimestre",
    "Devenir l'outil de planning que les artisans recommandent",
    "Fidéliser les clients existants",
    "Structurer l'équipe commerciale",
    "Ouvrir le marché belge",
];
const EN_ACTIVITIES: &[(&str, &str, &str)] = &[
    ("calls", "Call prospects", "20 calls per weekday"),
    (
        "posts",
        "Publish articles for clinic managers",
        "2 posts per week",
    ),
    ("demos", "Run product demos", "5 demos per week"),
    ("newsletter", "Send the newsletter", "1 per 2 weeks"),
    ("runs", "Go for a run", "3 runs per week"),
];
const FR_ACTIVITIES: &[(&str, &str, &str)] = &[
    (
        "appels",
        "Appeler des prospects",
        "20 appels par jour ouvré",
    ),
    ("devis", "Envoyer des devis", "10 devis par semaine"),
    ("relances", "Relancer les devis", "1 toutes les 2 semaines"),
    ("lecture", "Lire 20 pages", "20 pages par jour"),
    ("visites", "Visiter des clients", "4 visites par mois"),
];
const EN_NOTES: &[&str] = &[
    "webinar",
    "slow day, two no-shows",
    "new record",
    "conference in Lyon",
    "half day off",
    "follow-ups from last week",
];
const FR_NOTES: &[&str] = &[
    "matinée en formation",
    "salon des artisans",
    "journée calme",
    "campagne plombiers-chauffagistes",
    "relances de la semaine dernière",
    "très bonne journée",
];

fn plan(lang: Lang, scale: usize, rng: &mut Rng, targets: &mut Vec<Target>) -> (String, String) {
    let mut out = String::new();
    let (prefix, name) = match lang {
        Lang::En => ("en", "plan-en.goals"),
        Lang::Fr => ("fr", "plan-fr.goals"),
    };
    match lang {
        Lang::En => out.push_str("# Company plan, generated for benchmarks.\n\n"),
        Lang::Fr => out.push_str("# Plan de l'entreprise, généré pour les mesures.\n\n"),
    }
    let objectives = 3 * scale;
    for o in 0..objectives {
        let oid = format!("{prefix}-obj-{o}");
        let year = 2026;
        let (titles, kw) = match lang {
            Lang::En => (EN_OBJECTIVES, "objective"),
            Lang::Fr => (FR_OBJECTIVES, "objectif"),
        };
        let title = rng.pick(titles);
        let _ = writeln!(out, "{kw} {oid}: {title}");
        match lang {
            Lang::En => {
                let _ = writeln!(out, "  period: 2023-01..{year}-12");
                let _ = writeln!(out, "  owner: @dana");
                let _ = writeln!(out, "  why: Paid CAC doubled since spring");
                if o > 0 && rng.chance(50) {
                    let _ = writeln!(out, "  parent: {prefix}-obj-0");
                }
                out.push_str(if o % 2 == 0 {
                    "  committed\n"
                } else {
                    "  aspirational  # 70% is a good quarter\n"
                });
            }
            Lang::Fr => {
                let _ = writeln!(out, "  période: 2023-01..{year}-12");
                let _ = writeln!(out, "  responsable: @camille");
                let _ = writeln!(out, "  pourquoi: Financer une embauche en janvier");
                out.push_str(if o % 2 == 0 {
                    "  engagé\n"
                } else {
                    "  ambitieux\n"
                });
            }
        }
        out.push('\n');
        targets.push(Target::Objective { id: oid.clone() });
        for k in 0..4 {
            let kid = format!("{prefix}-kr-{o}-{k}");
            let kw = if lang == Lang::En { "kr" } else { "rc" };
            match (k, lang) {
                (0, Lang::En) => {
                    let from = 20 + rng.below(20);
                    let _ = writeln!(
                        out,
                        "  {kw} {kid}: Raise trial activation from {from}% to {}%",
                        from + 10
                    );
                    let _ = writeln!(out, "    metric: {from}% -> {}%", from + 10);
                    let _ = writeln!(out, "    due: {year}-12-15");
                    targets.push(Target::Value {
                        id: kid,
                        from,
                        to: from + 10,
                        unit: "%",
                    });
                }
                (0, Lang::Fr) => {
                    let _ = writeln!(
                        out,
                        "  {kw} {kid}: Porter le CA mensuel de 11 000 € à 20 000 €"
                    );
                    let _ = writeln!(out, "    mesure: 11 000 € -> 20 000 €");
                    let _ = writeln!(out, "    échéance: {year}-12-31");
                    let _ = writeln!(out, "    poids: 2");
                    targets.push(Target::Value {
                        id: kid,
                        from: 11_000,
                        to: 20_000,
                        unit: " €",
                    });
                }
                (1, Lang::En) => {
                    let _ = writeln!(out, "  {kw} {kid}: Add 300 MQLs from organic traffic");
                    let _ = writeln!(out, "    metric: 0 -> 300 MQLs");
                    let _ = writeln!(out, "    weight: 2  # the KR the board looks at");
                    targets.push(Target::Increment { id: kid });
                }
                (1, Lang::Fr) => {
                    let _ = writeln!(out, "  {kw} {kid}: Signer 40 nouveaux clients");
                    let _ = writeln!(out, "    mesure: 0 -> 40 clients");
                    targets.push(Target::Increment { id: kid });
                }
                (2, Lang::En) => {
                    let _ = writeln!(
                        out,
                        "  {kw} {kid}: Keep NPS at 40 or above while we push volume"
                    );
                    let _ = writeln!(out, "    keep: >= 40");
                    targets.push(Target::Keep {
                        id: kid,
                        around: 45,
                    });
                }
                (2, Lang::Fr) => {
                    let _ = writeln!(
                        out,
                        "  {kw} {kid}: Ne pas acheter le chiffre à coups de remises"
                    );
                    let _ = writeln!(out, "    garder: <= 10 %");
                    targets.push(Target::Keep { id: kid, around: 8 });
                }
                (_, Lang::En) => {
                    let _ = writeln!(out, "  {kw} {kid}: Launch the customer stories hub");
                    let _ = writeln!(out, "    milestone");
                    let _ = writeln!(out, "    due: {year}-11-20");
                    let _ = writeln!(out, "    owner: @sam");
                    targets.push(Target::Milestone { id: kid });
                }
                (_, Lang::Fr) => {
                    let _ = writeln!(out, "  {kw} {kid}: Lancer le programme partenaires");
                    let _ = writeln!(out, "    jalon");
                    let _ = writeln!(out, "    échéance: {year}-11-15");
                    targets.push(Target::Milestone { id: kid });
                }
            }
        }
        out.push('\n');
    }
    let activities = 5 * scale;
    for a in 0..activities {
        let (slug, title, rate) = match lang {
            Lang::En => *rng.pick(EN_ACTIVITIES),
            Lang::Fr => *rng.pick(FR_ACTIVITIES),
        };
        let aid = format!("{prefix}-{slug}-{a}");
        let supports = format!("{prefix}-kr-{}-1", a % objectives);
        match lang {
            Lang::En => {
                let _ = writeln!(out, "activity {aid}: {title}");
                let _ = writeln!(out, "  target: {rate}");
                let _ = writeln!(out, "  owner: @priya");
                let _ = writeln!(out, "  supports: {supports}");
            }
            Lang::Fr => {
                let _ = writeln!(out, "activité {aid}: {title}");
                let _ = writeln!(out, "  cible: {rate}");
                let _ = writeln!(out, "  responsable: @karim");
                let _ = writeln!(out, "  soutient: {supports}");
            }
        }
        out.push('\n');
        targets.push(Target::Count { id: aid, max: 25 });
    }
    for f in 0..scale {
        let fid = format!("{prefix}-funnel-{f}");
        let s = |n: &str| format!("{prefix}-{n}-{f}");
        match lang {
            Lang::En => {
                let _ = writeln!(out, "funnel {fid}: What 50000 $ of revenue takes");
                let _ = writeln!(out, "  goal: 50000 $ by 2026-12-31");
                let _ = writeln!(out, "  start: 2023-01-01");
                let _ = writeln!(out, "  supports: {prefix}-obj-0");
                let _ = writeln!(out, "  stage {}: 500 $ each", s("sales"));
                let _ = writeln!(out, "  stage {}: 2 % convert", s("visitors"));
                let _ = writeln!(out, "  stage {}: 250 visitors each", s("partners"));
            }
            Lang::Fr => {
                let _ = writeln!(out, "entonnoir {fid}: Ce que coûtent 50 000 € de CA");
                let _ = writeln!(out, "  but: 50 000 € d'ici le 2026-12-31");
                let _ = writeln!(out, "  début: 2023-01-01");
                let _ = writeln!(out, "  soutient: {prefix}-obj-0");
                let _ = writeln!(out, "  étape {}: 500 € chacune", s("sales"));
                let _ = writeln!(out, "  étape {}: 2 % convertissent", s("visitors"));
                let _ = writeln!(out, "  étape {}: 250 visiteurs chacun", s("partners"));
            }
        }
        out.push('\n');
        for n in ["sales", "visitors", "partners"] {
            targets.push(Target::Stage { id: s(n) });
        }
    }
    (name.to_string(), out)
}

/// `n` log lines over `days` days ending on [`TODAY`], in date order.
/// Pieces of the sentences people write in their logs, joined at random
/// (about 55 bytes): `"called back the two clinics from Tuesday's
/// webinar, one demo booked"`.
const EN_SAID: &[&str] = &[
    "called back the two clinics from Tuesday's webinar",
    "followed up on last week's quotes",
    "spent the morning on the partner deck",
    "slow start, the CRM was down until noon",
    "good calls with the Lyon group",
    "reworked the pricing page copy with Sam",
    "two no-shows, rescheduled both for Friday",
    "newsletter went out late because of the bank holiday",
];
const EN_THEN: &[&str] = &[
    "one demo booked",
    "they want a quote by Monday",
    "need to chase the signature",
    "pipeline looks thin for next month",
    "asked for references in their area",
    "good energy overall",
];
const FR_SAID: &[&str] = &[
    "rappelé les deux cabinets du webinaire de mardi",
    "relancé les devis de la semaine dernière",
    "matinée passée sur la présentation partenaires",
    "démarrage lent, le CRM était en panne jusqu'à midi",
    "bons échanges avec le groupement de Lyon",
    "retravaillé la page tarifs avec Camille",
    "deux rendez-vous manqués, reportés à vendredi",
    "salon des artisans : beaucoup de passage sur le stand",
];
const FR_THEN: &[&str] = &[
    "une démo calée",
    "ils veulent un devis pour lundi",
    "il faut relancer pour la signature",
    "le carnet est maigre pour le mois prochain",
    "ils demandent des références dans leur secteur",
    "bonne dynamique dans l'ensemble",
];

fn log_lines_for(
    n: usize,
    days: i64,
    targets: &[Target],
    rng: &mut Rng,
    notes: Notes,
) -> Vec<String> {
    let end = jiff::civil::date(TODAY.0, TODAY.1, TODAY.2);
    let start = end
        .checked_sub(jiff::Span::new().days(days - 1))
        .expect("a start day");
    let mut lines = Vec::with_capacity(n);
    let mut day = start;
    let mut done = std::collections::HashSet::new();
    let mut running = vec![0u64; targets.len()];
    for i in 0..n {
        // Spread lines evenly over the days.
        let want = start
            .checked_add(jiff::Span::new().days(i as i64 * days / n as i64))
            .expect("a day");
        day = day.max(want);
        let t = rng.below(targets.len() as u64) as usize;
        let fr = rng.chance(50);
        let note = |rng: &mut Rng| {
            if notes == Notes::Many && rng.chance(95) {
                let (said, then) = if fr {
                    (rng.pick(FR_SAID), rng.pick(FR_THEN))
                } else {
                    (rng.pick(EN_SAID), rng.pick(EN_THEN))
                };
                let sentence = if rng.chance(80) {
                    format!("{said}, {then}")
                } else {
                    said.to_string()
                };
                if fr {
                    format!(" « {sentence} »")
                } else {
                    format!(" \"{sentence}\"")
                }
            } else if rng.chance(20) {
                if fr {
                    format!(" « {} »", rng.pick(FR_NOTES))
                } else {
                    format!(" \"{}\"", rng.pick(EN_NOTES))
                }
            } else {
                String::new()
            }
        };
        let line = match &targets[t] {
            Target::Count { id, max } => {
                format!("{day} {id} {}{}", rng.below(*max) + 1, note(rng))
            }
            Target::Value { id, from, to, unit } => {
                let v = from + rng.below(to.saturating_sub(*from).max(1) + 1);
                if *unit == " €" {
                    format!("{day} {id} {} {:03} €{}", v / 1000, v % 1000, note(rng))
                } else {
                    format!("{day} {id} {v}{unit}{}", note(rng))
                }
            }
            Target::Increment { id } => format!("{day} {id} +{}{}", rng.below(5) + 1, note(rng)),
            Target::Keep { id, around } => {
                format!("{day} {id} {}{}", around - 3 + rng.below(7), note(rng))
            }
            Target::Milestone { id } => {
                if done.insert(id.clone()) {
                    if fr {
                        format!("{day} {id} fait « en ligne »")
                    } else {
                        format!("{day} {id} done \"shipped\"")
                    }
                } else {
                    format!("{day} {id} \"still live\"")
                }
            }
            Target::Objective { id } => {
                let word = if fr { "confiance" } else { "confidence" };
                format!("{day} {id} {word} {}%{}", 40 + rng.below(50), note(rng))
            }
            Target::Stage { id } => {
                running[t] += rng.below(20) + 1;
                format!("{day} {id} {}{}", running[t], note(rng))
            }
        };
        lines.push(line);
    }
    lines
}
