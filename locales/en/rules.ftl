# The rules' documentation (`goalie explain`, `goalie rules`, docs/rules/,
# hovers, SARIF): for each code, a one-line summary, what it checks and
# why it matters. Ids: rule-CODE-summary, rule-CODE-what, rule-CODE-why.
# Markdown; a paragraph is one line. The examples are in the rule files.

## structure

# E001 syntax-error
rule-E001-summary = A line does not follow the .goals grammar.
rule-E001-what = Reports a line the parser cannot read: a missing `:`, a misspelt keyword, a value that is not a number. Each bad line gives exactly one diagnostic, at the first word that does not fit, with what was expected there and, when the word is close to a keyword, a suggestion; the next lines are read as if nothing happened.
rule-E001-why = A line goalie cannot read is a goal nobody can check: its dates, targets and links are silently missing from every report.

# E002 duplicate-id
rule-E002-summary = Two items share an id; ids are global across the workspace.
rule-E002-what = Reports an item whose id is already used by another item, in the same file or in any other `.goals` file of the workspace, and points at the first definition. References and log lines go to the first one.
rule-E002-why = Log lines and links name items by id: with two items behind one id, progress is credited to the wrong goal.

# E003 unknown-reference
rule-E003-summary = `parent:` or `supports:` names an id that no item has.
rule-E003-what = Reports a `parent:` or `supports:` link to an id defined nowhere in the workspace, with the closest existing id as a suggestion.
rule-E003-why = A broken link breaks alignment: the objective looks aligned in the file but rolls up to nothing.

# E004 parent-cycle
rule-E004-summary = Following `parent:` links leads back to where it started.
rule-E004-what = Follows each objective's `parent:` link (and each key result up to its objective) and reports each loop once, on the `parent:` link of its first item in the workspace; the message names the first five ids of the loop and counts the others.
rule-E004-why = Alignment is a tree from the company's goals down to each team's; a loop has no top, so nothing in it rolls up anywhere.

# E005 invalid-date
rule-E005-summary = A date that does not exist, such as 2026-02-30.
rule-E005-what = Reports days, months, ISO weeks, quarters and half-years that do not exist: 30 February, month 13, week 53 of a year that has 52, quarter 5.
rule-E005-why = An impossible deadline cannot be planned against; goalie refuses to guess what was meant.

# E006 start-after-due
rule-E006-summary = An item starts after it is due, or a range ends before it starts.
rule-E006-what = Reports an item whose `start:` comes after its `due:` (or after the end of its `period:`), and a date range written backwards (`2026-12-31..2026-10-01`).
rule-E006-why = A goal that ends before it starts has no time to happen: every pace and forecast computed on it is meaningless.

# E007 log-unknown-id
rule-E007-summary = A log line names an id that no item has.
rule-E007-what = Reports a log line whose id is defined nowhere in the workspace, with the closest existing id as a suggestion.
rule-E007-why = A progress entry that lands nowhere is lost work: the goal it was meant for looks behind when it is not.

# E008 invalid-number
rule-E008-summary = A number that is ambiguous (1,500) or malformed.
rule-E008-what = Reports numbers that could be read two ways — a single `,` or `.` followed by exactly three digits, as in `1,500` (1500 in English, 1.5 in French) — digit groups that are not of three digits, and numbers too large to represent. A leading currency symbol (`$1,500`) settles the English reading.
rule-E008-why = Guessing wrong would silently change a target a thousandfold.

# E009 misplaced-property
rule-E009-summary = A property that does not apply to its item, or is given twice.
rule-E009-what = Reports a property on an item kind that does not take it (`target:` on an objective, `metric:` on an activity), a property given twice (the first one counts), a second measure on a key result, and an objective both committed and aspirational. The ignored line has no effect.
rule-E009-why = An ignored line looks like it means something; the warning says it does not.

# E010 unreadable-file
rule-E010-summary = A file that is not UTF-8 text.
rule-E010-what = Reports a `.goals` file that is not valid UTF-8 (saved in Latin-1 or Windows-1252, say) or that contains a NUL byte (a binary file), at the first bad byte. The file takes no part in the analysis.
rule-E010-why = goalie never guesses an encoding: a wrong guess would corrupt every accented letter it writes back.

# E011 invalid-value
rule-E011-summary = A value that cannot mean anything here, such as a 150% confidence.
rule-E011-what = Reports values outside what their place allows: a confidence outside 0–100% or not written as a percentage or fraction, a conversion rate outside 0–100%, a zero or negative rate, interval, weight or per-unit value, and two different units in one value (`€50%`).
rule-E011-why = Such a value would make every computation built on it wrong without a visible sign.

# E012 reference-kind
rule-E012-summary = A link to an item of the wrong kind, such as `parent:` naming an activity.
rule-E012-what = Reports a `parent:` that names something other than an objective or a key result, and a `supports:` that names an activity.
rule-E012-why = Alignment goes from work to results: an objective cannot roll up into an activity.

# E013 future-log
rule-E013-summary = A log line dated after today.
rule-E013-what = Reports a log line whose date comes after today (the day given by `--today` or the configuration, else the system's).
rule-E013-why = Progress logged in the future is a typo in the date, and it inflates today's numbers.

# E014 log-unit-mismatch
rule-E014-summary = A log value whose unit differs from its item's measure.
rule-E014-what = Reports a measurement or an increment on a log line whose unit is not the unit of its item: the `metric:` or `keep:` of a key result, the unit word of an activity's `target:`, the `goal:` of a funnel. A log value with no unit is fine (it is read in the item's unit), and so is any unit when the item's measure has none. Unit words are compared ignoring case, accents and a plural `s`.
rule-E014-why = `bounce 24 EUR` on a rate measured in % is a typo or a line logged against the wrong id; either way, progress computed from it would be wrong.

# E015 due-outside-period
rule-E015-summary = A key result due, or starting, outside its objective's period.
rule-E015-what = Reports a key result whose own `due:` comes after the end of its objective (its `due:`, else the end of its `period:`) or before the objective starts (its `start:`, else the start of its `period:`), and a key result whose own `start:` comes before the objective starts or after it ends. Key results without their own dates take the objective's and are not reported.
rule-E015-why = An objective is reached when its key results are. One due after the objective's period cannot count for it, and is most often a wrong year or quarter.

# E016 log-before-start
rule-E016-summary = Progress logged before its item starts.
rule-E016-what = Reports a log line that records progress — an activity's count, an increment (`+3`), `done` — dated before its item starts: its `start:`, else the start of its `period:`, else those of its objective or funnel. Items with no start date are not checked. A key result's measurement (`bounce 29%`), a confidence, a retrospective or a note may come earlier: the baseline is often measured just before work starts.
rule-E016-why = Progress counted before the start inflates the result, and the date is most often a typo (a wrong month or year).

# E017 bidi-control
rule-E017-summary = An invisible character reorders how the text is displayed.
rule-E017-what = Reports each bidirectional control character — the embeddings and overrides U+202A to U+202E and the isolates U+2066 to U+2069 — anywhere in a file: titles, ids, notes, comments.
rule-E017-why = These characters are invisible and make an editor, a diff or a review page show the text in another order than the one goalie reads ("Trojan Source"): a reviewer approves one goal and the file says another. Plain right-to-left text (Arabic, Hebrew) needs none of them.

## S — specific

# S101 vague-wording
rule-S101-summary = A vague verb or noun with no concrete measure in the title.
rule-S101-what = Reports a key result or activity (or an objective with no key results; with key results, see `S105`) whose title uses a vague word — improve, optimise, boost, streamline, strengthen, performance, visibility, presence; améliorer, optimiser, développer, dynamiser, consolider, revitaliser, notoriété… in any inflection (Snowball stems in both languages; accents, case and elisions ignored) — unless the title is specific from its structure: it names what is counted (a known measure such as leads, customers, revenue, a rate, a share of voice, taux de notoriété; the word its own metric counts in; or the noun a number of the title counts, as in `96 % de contrôles conformes`) (a missing number is then the M family's: `M201`, `M207`). The word lists are in `src/rules/lexicon/` and can be extended with `[lexicon] vague = [...]` and `metric-nouns = [...]` in goalie.toml. The message quotes the words as written. A vague noun that says which kind of thing is named is part of its name, not wording: `loyalty program`, `quality audit`, `satisfaction survey`; `enquête de satisfaction`, `programme de fidélité`, `audit qualité` (`src/rules/lexicon/artefacts.txt`); and a number on a scale (`4,5 sur 5`, `8/10`) or satisfaction with a number is a score, a measure named.
rule-S101-why = "Increase content performance by 20%" cannot be checked: which number is meant to move? Naming the measure is what makes a goal specific.

# S102 short-title
rule-S102-summary = A title too short to say what changes.
rule-S102-what = Reports an objective, key result, activity or funnel whose title has fewer words than `min-title-words` (3 by default, set under `[thresholds]` in goalie.toml). Numbers count as words: `Win 100 customers` has three.
rule-S102-why = "Sales" or "Grow revenue" names a topic, not a goal: a reader cannot tell what should be different at the end, or for whom.

# S103 wishful-goal
rule-S103-summary = A wish such as "get rich" instead of a goal.
rule-S103-what = Reports a title that states a wish — get rich, be successful, succeed, be the best, make money, do better; devenir riche, réussir, être le meilleur, gagner de l'argent, faire mieux… — with no number in it (on an objective with measured key results, only when the rest of its title names nothing: "Réussir la rentrée chez les papeteries indépendantes" leaves the measure to its key results), and a title that hedges — hopefully, ideally, with luck, we would love to, if possible; on espère, idéalement, si possible, avec un peu de chance… — whatever number follows. Words match in any inflection. The lists are `src/rules/lexicon/wishes.txt` and `hedges.txt`, extended with `[lexicon] wishes = [...]` and `hedges = [...]` in goalie.toml.
rule-S103-why = Nobody can tell when a wish is fulfilled, so it cannot be planned or reviewed. Say what would show it: an amount, a count, a rank.

# S104 business-as-usual
rule-S104-summary = An objective that keeps things as they are.
rule-S104-what = Reports an objective whose title starts with business-as-usual wording: maintain, continue, keep, sustain, carry on; maintenir, continuer, poursuivre, garder, conserver… Key results are not checked: a guardrail (`kr nps: Keep NPS at 40` with `keep: >= 40`) is the right place to hold a level. The list is in `src/rules/lexicon/business_as_usual.txt` and can be extended with `[lexicon] business-as-usual = [...]` in goalie.toml. `Keep` over an object, under key results that move a measure, is holding on to something by changing it ("Keep subscribers around past the first month" over a churn key result): it is not reported; `Keep growing`, `maintain` and `continue` are.
rule-S104-why = An objective says where the team should go next. Keeping things running is the job itself; written as an objective, it takes the place of a change and hides that nothing is meant to improve.

# S105 vague-objective
rule-S105-summary = An objective with key results whose wording names nothing concrete.
rule-S105-what = Reports, as information, an objective with key results whose title is only vague words — improve, boost, strengthen our presence, visibility, performance; améliorer, dynamiser, consolider notre présence, notoriété… — naming no measure, no customer, no place or product a reader could point at (words that say which way or when — grow, more, before Christmas — do not count, nor where or on which channel, after a preposition — on TikTok, in Lyon: they say where, not what changes; a hyphenated compound such as centre-ville is one word). `S101` reports the same wording on an objective without key results; here the key results may make the objective concrete, so it is worth a look rather than a warning.
rule-S105-why = An objective is read first and remembered longest. "Boost our presence" could head any plan; "Become the clinics' first call in Lyon" tells the team what the key results are for.

# S106 guardrails-only
rule-S106-summary = An objective whose key results are all guardrails: it aims at nothing.
rule-S106-what = Reports an objective with key results of which every one is a guardrail (`keep: >= 40`): nothing is meant to change, only to stay where it is. Guardrails are right beside key results that move something. An objective that names a change to make under its guardrails — "Switch all sites to the new roaster without losing customers", a task verb or switch, move, and without — is not reported: the guardrails say what the change must not break.
rule-S106-why = Holding levels is running the business; an objective is where it should go next. With guardrails only, the plan is met by doing nothing new.

# S107 topic-title
rule-S107-summary = An objective titled with a topic (a few nouns, no verb), not a goal.
rule-S107-what = Reports an objective whose title has three content words or fewer besides dates, no number and no verb: `Q1 email marketing`, `Réseaux sociaux 2027`. Verbs are recognised from the word lists (`src/rules/lexicon/verbs.txt` and the others) and, in French, from the infinitive. Titles of fewer than `min-title-words` words are `S102`'s.
rule-S107-why = A topic says what the team will work on, not what should be different at the end: "Q1 email marketing" is met by sending any email.

## M — measurable

# M201 kr-no-measure
rule-M201-summary = A key result with no `metric:`, `keep:` or `milestone`.
rule-M201-what = Reports a key result that says neither how it is measured (`metric: 0 -> 100 customers`), nor which level it holds (`keep: >= 40`), nor that it is done or not done (`milestone`).
rule-M201-why = A key result is what shows that the objective is reached. Without a measure, its progress is an opinion and the review at the end of the period has nothing to check.

# M202 no-baseline
rule-M202-summary = A metric with a target but no baseline.
rule-M202-what = Reports a key result whose title says the measure moves (grow, raise, cut, more, from… to, double) while its `metric:` gives only the target (`metric: 300 MQLs`), not where it starts from (`metric: 120 -> 300 MQLs`). A count reached within the window with no word of change ("Collect 150 new reviews") starts from nothing and is not reported, unless the log already measures it. When the log already holds a measurement of the key result, the quick fix writes the earliest one as the baseline. A relative target (`metric: +300 MQLs`, `-20%`) needs none: it starts from the value measured at the window's start.
rule-M202-why = Without a baseline, 300 MQLs may be a leap or where you already are: neither the progress, nor the direction, nor the ambition of the target can be known.

# M203 unit-mismatch
rule-M203-summary = A metric's baseline and target are in different units.
rule-M203-what = Reports a key result whose `metric:` gives a unit on both sides of the arrow, and not the same one: `30% -> 15 EUR`, `100 leads -> 150 customers`. A unit on one side only is fine (`3420 -> 4104 followers`). Also reports a title that counts in another currency than its metric (`from £3 100 to £5 000` over `metric: €3 100 -> €5 000`). Unit words are compared ignoring case, accents and a plural `s` (`customer` and `Customers` are the same).
rule-M203-why = Progress from leads to customers, or from a rate to an amount, cannot be computed: either the baseline measures something else or one unit is a typo.

# M204 direction-contradiction
rule-M204-summary = The title says up and the metric goes down, or the reverse.
rule-M204-what = Reports a key result whose title says the measure should go down (reduce, cut, lower, decrease; réduire, baisser, diminuer…) while its `metric:` target is above the baseline, or says it should go up (increase, grow, raise; augmenter, doubler…) while the target is below the baseline. The first direction word of the title counts. A relative target is judged by its sign: `metric: +20%` under "Cut the CAC by 20%" is reported. A title that writes the metric's baseline and target, in that order ("Move from 210 to 400 containers"), says the direction with its numbers.
rule-M204-why = Progress is computed from the metric. "Cut the bounce rate" with `metric: 15% -> 30%` would count a worse bounce rate as progress: the two sides were most likely swapped.

# M205 title-number-mismatch
rule-M205-summary = A number in the title that the metric does not hold.
rule-M205-what = Reports a key result whose title writes a number that is neither the baseline, nor the target, nor the change between them, nor that change in percent of the baseline (nor the ratio target ÷ baseline, for `3x`); a title that says a factor in words (`double`, `halve`, `diviser par deux`) with no number is compared with the ratio target ÷ baseline, within 1%: "Win 100 new customers" with `metric: 0 -> 80`. Durations (`in 2 months`, `30 jours`), years and dates are not compared. When the title states the target or the change, its other numbers are taken as the population, the means or names (`12 of the 85 contacts`, `10k`, `#1`); numbers after `with a team of`, `of the`, `parmi` and numbers next to a month (`before 15 March`) are not compared either, nor, over a percentage, a count of things (`Win all 31 deals` over `0% -> 100%`: the share is of them). Key results with no baseline are left to `M202`. For a relative target (`metric: +300 MQLs`, `-20%`), the title may state the change ("by 300", "de 20 %"). A scale written apart from its number is read with it: `43 M€`, `4,2 à 6 M€`, `50 millions`, `$1.2m`.
rule-M205-why = People read the title; goalie computes progress from the metric. When they disagree, one of them was not updated, and the team is chasing a number nobody tracks.

# M206 activity-no-target
rule-M206-summary = An activity with no `target:` rate.
rule-M206-what = Reports an activity that has no `target:` saying how often it is done: `target: 20 calls per weekday`, `target: 1 per 2 weeks`.
rule-M206-why = An activity is a habit kept at a pace. Without the pace, the log cannot say whether you are keeping up or falling behind.

# M207 change-without-number
rule-M207-summary = A direction or comparison over a measure, with no number anywhere.
rule-M207-what = Reports a title that names a measure and which way it should go — more sign-ups, grow bookings, cut churn, faster replies, improve customer satisfaction; plus d'inscriptions, développer les abonnements, faire baisser le churn, améliorer les ventes… — when no number says how far: none in the title, and no `metric:` or `keep:` with one (a key result with no measure or a milestone, or an objective with no key results). A key result with no measure at all also gets `M201`, which asks for the missing line; an activity without a target is `M206`'s. Words match in any inflection; the lists are `src/rules/lexicon/directions.txt`, `comparison.txt` and `metric_nouns.txt` (extended with `[lexicon] directions`, `metric-nouns` in goalie.toml).
rule-M207-why = "More sign-ups" is reached with one more sign-up. Without a number nobody can say at the review whether the goal was met, or whether it was worth the quarter.

# M208 guardrail-mismatch
rule-M208-summary = A guardrail whose title and `keep:` line disagree on the bound or the level.
rule-M208-what = Reports a key result with `keep:` whose title bounds the other way — the title says under, below, at most, max; sous, au plus, moins de… while the guardrail says `>=` or `>`, or the reverse (above, at least; au moins, plus de… over `<=`) — or whose title names a level, in the guardrail's unit, that is not its threshold (`Keep CPA under €20` over `keep: <= €25`). The bound words are `src/rules/lexicon/bounds.txt`.
rule-M208-why = A guardrail is checked against its `keep:` line; people read its title. When they disagree, the alarm rings at a level nobody agreed on, or never.

# M209 unnamed-measure
rule-M209-summary = A key result measured in bare numbers its title does not name.
rule-M209-what = Reports a key result whose `metric:` has no unit (no `%`, currency or counted word: `2 -> 3`) while its title names nothing that is counted: no known measure (NPS, ROAS, leads, a rate…) and no noun after a number. `2 -> 3` could then be a return on ad spend, a cost per click or a rank.
rule-M209-why = A number means something only with what it counts. Whoever reads the plan next quarter, or logs progress against it, must know which figure to look up.

## A — achievable

# A301 unrealistic-pace
rule-A301-summary = A target far beyond the pace the log shows.
rule-A301-what =
    Compares what a target asks with what the log shows, and reports it when the target asks more than `unrealistic-pace-ratio` times as much (1.5 by default, set under `[thresholds]` in goalie.toml).

    - An activity: its `target:` against the average count per period of the rate since its first log line, once at least two full periods have passed (`target: 6 runs per week` while the log shows 2 runs a week).
    - A key result with a baseline and a target: the pace still needed (what is left from the last measurement to the target, divided by the days left until it is due) against the pace between its first and its last measurement (at least two, on different days, moving the right way). Increments add up from the baseline. For a key result of an aspirational objective, where about 70% counts as success, the pace needed to go 70% of the way is compared.

    Items that are done, dropped or past their end are not checked.
rule-A301-why = A target the log says you cannot keep is not a stretch, it is a plan that will be missed in silence. Lowering it to a pace you can keep, or changing how the work is done, keeps the plan honest.

# A302 not-ambitious
rule-A302-summary = A target equal to the baseline, or barely away from it.
rule-A302-what = Reports a key result whose `metric:` target equals its baseline, or moves less than `min-change-percent` percent of it (5% by default, set under `[thresholds]` in goalie.toml). A percentage rising towards 100 % is also ambitious when it closes more than five times that share of the gap to 100 % (a quarter by default: retention from 88 % to 92 % closes a third of it). A baseline of zero is only checked for equality. A metric whose two sides are in different units is left to `M203`. A relative target is judged by its size: `+2%`, or `+100` over a written baseline of 4 100.
rule-A302-why = A key result says what will be different. A target you already hold is a guardrail — write it `keep: >= 40` — and a 1% move is noise more than a result.

# A303 implausible-target
rule-A303-summary = A target out of reach on its face: a large multiple in a short time, all of a market, world leadership.
rule-A303-what = Reports an objective, key result or activity whose title promises the impossible — world leader, Europe's leading brand, every deal, all of the market, 100% of a market; leader mondial, tous les prospects, tout le marché… (`src/rules/lexicon/unrealistic.txt`, extended with `[lexicon] unrealistic = [...]`) — a key result taking a share from 80% or less to 100%, or from 5% or more to 0% (`metric: 35% -> 100%` of tenders won, churn `14% -> 0%`), and a key result asked to multiply its value faster than a business plausibly grows, when no log shows it can: ×2 or more at a pace of ×2 a month or faster (compounded: ×8 in a quarter, ×3 in six weeks), or ×20 within a year (or with no date at all); from a small base (5 to 10) only ×3 a month or faster counts, and from under 5 a multiple says nothing. The multiple is read from the metric (`metric: 10 000 EUR -> 30 000 EUR`) or the title (`triple`, `x10`, `multiplier par cinq`); the time from a duration in the title (`in three weeks`) or the item's window as planned (its start, or today when it has none, to its due date or the end of its period). A key result with two log lines or more is left to `A301`, which compares with the pace the log shows. "All" of the team's own work is within reach ("Mettre à jour toutes les opportunités", "Call every lead": a task verb over it); `N-1`, `N+1` are a year or a level, not number one; and a multiple is not judged on counts that pile up towards a dated event or launch — registrations for a webinar or a trade show, wishlists, pre-orders (`src/rules/lexicon/events.txt`). A share of the team's own work taken to 100 % — "100 % of new members welcomed", "every new client called" (`src/rules/lexicon/own_work.txt`) — is within reach.
rule-A303-why = A target nobody believes in is ignored from the first week: it is not a stretch, it is noise. A hard but credible number, or the history that makes it credible, keeps the team aiming.

# A304 already-reached
rule-A304-summary = An open key result whose log already shows its target reached.
rule-A304-what = Reports a key result going from a baseline to a target, not marked `done`, whose latest logged value (measurements, plus the increments after them) already reaches the target, while its window is still open — the target asks for nothing the team has not already done.
rule-A304-why = A target met before the work starts is no target: the quarter will be "green" whatever happens. Raise it to what would still be a stretch from where you are, or mark it done.

# A306 activity-too-small
rule-A306-summary = One-to-one activities whose whole volume is below the result they should bring.
rule-A306-what = Reports a key result counted in what one buyer gives at most one of (accounts, customers, deals, contracts, meetings…) when every activity that `supports:` it is one-to-one work — calls, visits, meetings, demos, follow-ups (appels, visites, rendez-vous, relances…) — and all of them together, at their rate from their start (or the key result's) to its end, add up to fewer actions than the key result must gain. Each call would have to bring more than one new account: the pace is far too easy for the target, or the target out of reach.
rule-A306-why = A call reaches one buyer and brings at most one account; most bring none. Work planned below the result it must bring is the first thing a coach checks, and the easiest to fix: raise the pace, or say what else will bring the rest.

# A305 funnel-conversion
rule-A305-summary = A funnel stage that converts at a rate few funnels reach.
rule-A305-what = Reports a stage of a sales or marketing funnel (its goal is money, or deals, customers, meetings…) whose conversion is 75 % or more: 80 % of demos closing, 90 % of leads taking a meeting. A funnel built on such a rate asks for far too little work upstream, and its goal is out of reach. A stage whose name says the buyer has already said yes — accepted offers, signed, verbal commits; compromis, promesses, commandes (`src/rules/lexicon/committed.txt`) — is not reported: most of those close.
rule-A305-why = Sales and marketing funnels lose most of their volume at each stage: a stage that keeps four in five is rare, and a plan that counts on it will miss its number by the volume it never planned.

## R — relevant

# R401 kr-outside-objective
rule-R401-summary = A key result with no objective above it.
rule-R401-what = Reports a key result that belongs to no objective: no `objective` line comes before it in its file (a key result belongs to the nearest objective above it, in the same file). If what it measures stands on its own, make it an objective with this key result below it, or an activity.
rule-R401-why = A key result measures an objective. On its own, nobody knows what it is for, its progress counts towards nothing, and it takes no date from an objective.

# R402 activity-supports-nothing
rule-R402-summary = An activity that supports no objective, key result or funnel.
rule-R402-what = Reports an activity with no `supports:` line, or whose `supports:` names only ids that do not exist (those are also reported as `E003`). An activity that gives its own reason in a `why:` line (a habit kept for itself, say) is not reported.
rule-R402-why = Every call, post or meeting takes time from something else. Linking an activity to the result it should move says why it is worth that time, and lets its pace be compared with what the result needs.

# R403 objective-no-why
rule-R403-summary = An objective that does not say why it matters.
rule-R403-what = Reports an objective with no `why:` line (`pourquoi:` in French) and no `parent:`: an objective linked to a higher one serves it, and shares its reason.
rule-R403-why = The reason behind an objective is what people fall back on when a choice is not covered by the plan. Written down, it also lets you tell, at the end of the period, whether the objective still made sense.

# R404 objective-no-parent
rule-R404-summary = An objective with no `parent:` while a higher objective covers its period.
rule-R404-what = Reports an objective with no `parent:` line when a higher objective exists: another objective whose dates strictly contain its own (a year objective above quarter objectives). Only higher objectives that are related to the objective's file are considered: those in the same file, and those in a file that an item of this file already links to (through `parent:` or `supports:`). Unrelated plans kept in one folder are thus not mixed up. The quick fix adds `parent:` naming the closest higher objective.
rule-R404-why = An objective that does not say which higher goal it serves can drift away from it unnoticed. The link also lets the progress of team objectives roll up into the company's.

# R405 only-financial
rule-R405-summary = An objective whose key results are all about money.
rule-R405-what = Reports an objective with at least one key result, all of them financial. A key result is financial when its measure is in a currency (`€`, `$`, `EUR`…), or when its title names a financial result (revenue, sales, margin, ARR, MRR, profit; chiffre d'affaires, CA, ventes, marge…) or an amount of money without naming anything customers get: customers, users, satisfaction, NPS, retention, churn, usage, referrals, reviews (clients, utilisateurs, fidélité, parrainages, avis…). The plan is what is judged: an objective about money beside another objective of the same file with a key result on customers is not reported, nor one whose `why:` says what the money is for ("At $20k I can hire a support person"); a why that only restates the number (`R406`) does not count.
rule-R405-why = Money is the result of value given to customers, not a substitute for it. A plan measured only in revenue can be met by discounts or pressure that cost the business later; one key result on what customers get keeps the value in sight.

# R407 funnel-supports-nothing
rule-R407-summary = A funnel that supports no objective or key result.
rule-R407-what = Reports, as information, a funnel with no `supports:` line naming an objective or key result of the workspace, and no `why:` of its own. Ids that do not exist are reported as `E003` too.
rule-R407-why = A funnel says how much work a number takes: leads, demos, deals. Tied to the key result it feeds, its forecast tells whether that result will be met; on its own, nothing says why the number matters.

# R406 why-no-reason
rule-R406-summary = A `why:` that only says the number must be hit, or that someone asked.
rule-R406-what = Reports, as information, an objective whose `why:` holds nothing but money words (revenue, margin, the number, valuation), a mandate (asked by, the board wants, everyone liked it), the wish to grow or vague words: "Hit the number", "We need to hit the annual revenue number", "It came up at the offsite and everyone liked it". At most one other word is allowed; a fact about customers, the market or the work ("Referred customers churn half as much") is a reason.
rule-R406-why = A why is what lets the team choose when two goals compete, and what tells a manager whether the goal still matters. "Hit the number" is true of every goal; the reason behind the number (what it pays for, what it changes for customers) is the one worth writing.

## T — time-bound

# T501 no-date
rule-T501-summary = An objective, key result or funnel with no end date.
rule-T501-what = Reports an objective, a funnel, or a key result with no objective, that has no end date: no `due:`, no `period:` and (for a funnel) no `by` date in its goal nor a dated item it `supports:`. A key result with no date of its own takes its objective's, so a key result under an undated objective is not reported again: dating the objective dates them all. The quick fix adds a `period:` line for the current quarter (`période:` with a `T` quarter when the item is written in French).
rule-T501-why = A goal with no deadline is a wish: nothing says when to check it, nor how fast it must move. A date turns "win 100 customers" into a pace you can follow.

# T502 overdue
rule-T502-summary = A key result past its due date and not achieved.
rule-T502-what = Reports a key result whose end date (its `due:` or `period:`, or its objective's) is before today while it is not achieved: a milestone with no `done` log line, or a `metric:` whose current value has not reached its target. The current value is the last measurement, plus the increments logged after it, starting from the baseline; with no baseline the target is taken as a number to reach. A key result with a `done`, `dropped` or `retro` log line, or whose objective has a `retro`, is closed and not reported; guardrails (`keep:`), activities and key results with no measure are never overdue.
rule-T502-why = A date that passes silently teaches everyone that dates do not matter. Close the key result: log it done, log a retrospective on what was missed, drop it, or move the date on purpose.

# T503 no-retrospective
rule-T503-summary = An objective whose period is over, with no retrospective.
rule-T503-what = Reports an objective whose end date (`due:` or the end of its `period:`) is before today when no `retro` log line was written for it or for one of its key results. An objective with a `dropped` log line is left alone.
rule-T503-why = The end of a period is when a team learns the most: what worked, what did not, what to aim for next. A one-line retrospective keeps that lesson next to the goal it is about.

# T504 funnel-no-start
rule-T504-summary = A funnel with no start date: its stages cannot be judged or projected.
rule-T504-what = Reports a funnel that has stages but no start: no `start:`, no `period:`, and no dated item it `supports:` to take its window from, once something is counted in it (a log line on it or its stages, or an activity that supports them): a funnel with a dated goal and nothing counted yet has nothing to project, and its date makes it time-bound. A funnel with no end date at all is `T501`'s.
rule-T504-why = Volumes logged against a funnel are judged and projected from the day it starts: without one, every stage says "no data" and the forecast of the goal never appears.

## OKR shape

# O601 kr-count
rule-O601-summary = An objective with too few or too many key results.
rule-O601-what = Reports an objective with fewer key results than `min-key-results` (1 by default) or more than `max-key-results` (5 by default); both are set under `[thresholds]` in goalie.toml. Key results with a `dropped` log line are not counted.
rule-O601-why = With no key result, nobody can tell whether an objective was met. With too many, none of them gets real attention: three to five is what a team can follow week after week.

# O602 too-many-objectives
rule-O602-summary = One owner carries too many objectives over the same period.
rule-O602-what = Reports an owner named in `owner:` on more objectives running at the same time than `max-objectives-per-owner` (5 by default, under `[thresholds]` in goalie.toml). Objectives overlap when their periods share at least one day; an objective with no date overlaps every other. Owners are compared without their `@` and without regard to case; objectives with a `dropped` log line are not counted. The finding is on each objective beyond the limit.
rule-O602-why = Objectives are few on purpose: they say what matters most. Someone answering for six objectives in one quarter will, in practice, choose among them without saying so.

# O603 task-like-kr
rule-O603-summary = A key result worded as a task to do rather than a result.
rule-O603-what = Reports a key result whose title starts with a task verb — launch, write, call, analyse, publish, organise; lancer, rédiger, appeler, analyser, publier… (the list is `src/rules/lexicon/task_verbs.txt`, extended with `[lexicon] task-verbs = [...]` in goalie.toml). Milestones are reported too: a milestone names the state reached (`Partner programme live with 5 signed partners`), not the errand (`Run the partner workshop`). Phrases that start like a task but name an outcome — grow or build the pipeline, generate demand, win customers; gagner des clients, construire le pipeline… (`src/rules/lexicon/outcome_idioms.txt`, extended with `[lexicon] outcome-idioms = [...]`) — are not. Words match in any inflection. When the key result has no measure at all, a quick fix turns it into an activity (the keyword becomes `activity`, or `activité` in French). A key result with a `metric:` or `keep:` gets no fix: reword it as the result the task should bring. A key result whose metric counts people in a state — affiliates, trainees, members, subscribers; affiliés, stagiaires, adhérents (`src/rules/lexicon/people.txt`) — names what the verb brings about ("Recruter 200 affiliés", "Former 150 stagiaires") and is not reported. Nor is one whose title states, after `with`, the number its metric counts ("Exhibit at ProWein with 60 buyer meetings booked" over `0 -> 60 meetings`): the result is named.
rule-O603-why = "Write 8 blog posts" can be done in full while nothing changes for the business. A key result says what the work should bring ("300 MQLs from organic traffic"); the work itself is an activity that supports it.

# O604 no-owner
rule-O604-summary = An objective with no owner.
rule-O604-what = Reports an objective with no `owner:` line. Quick fixes add `owner:` (`responsable:` in French) with one of the people already named as owners elsewhere in the workspace, the three most frequent first.
rule-O604-why = An objective everyone shares is one nobody answers for. One name says who checks in on it, who raises the alarm, and who writes the retrospective.

# O605 no-commitment
rule-O605-summary = An objective that says neither committed nor aspirational.
rule-O605-what = Reports an objective with neither the `committed` nor the `aspirational` flag (`engagé`, `ambitieux` in French). Quick fixes add one or the other below the header.
rule-O605-why = A committed objective is expected in full; an aspirational one counts as a success at about 70%. Unless it is written down, the team and the people reading the plan will each assume their own, and judge the result by different rules.

# O606 numeric-objective
rule-O606-summary = An objective whose title is a target number.
rule-O606-what = Reports, as information, an objective whose title states the target: an amount of money, a percentage, or a count of what a key result measures ("Reach $20k MRR", "Faire 45 000 € de CA en décembre"). Dates, durations, years and the population named ("our top 40 accounts", "in their first 90 days", "deals under $5k") are not targets.
rule-O606-why = In an OKR, the objective says qualitatively what we are after and the key results carry the numbers. An objective that is a number leaves the team nothing to aim at once it is met, and nothing to choose by when two ways to meet it compete.

## review

# C701 stale
rule-C701-summary = An open goal with no log line or check-in for too long.
rule-C701-what = Reports an objective, key result or activity that is under way — its dates hold today, or it has started and has no end, or, with no dates at all, it has log lines — and is neither done nor dropped, when no log line was written for it in the last `stale-days` days (14 by default, under `[thresholds]` in goalie.toml). An item with no log line at all counts from its start; a workspace with no log line at all is a plan still being written, and nothing in it is reported. What counts as news: for an objective, a line about it or one of its key results; for a key result, a line about it or its objective (a check-in on the objective reviews its key results); for both, a line about an activity that `supports:` one of them (the work is logged where it is done), or the start of such an activity; for an activity, a line about it, and an activity whose rate spans more than `stale-days` (`1 per month`) is given one full rate period. When an objective is stale, its key results are not reported again.
rule-C701-why = Goals that are not looked at are quietly abandoned: the plan still says they matter while nobody works on them. A short log line or a confidence check-in every week or two keeps the plan true, and shows early when something slips.
