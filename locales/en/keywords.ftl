# What each keyword means, shown beside it in completion.

keyword-objective = An objective: qualitative and inspiring, with key results below it.
keyword-kr = A key result of the objective above: a measurable outcome.
keyword-activity = An activity goal: something you do at a rate (calls, posts).
keyword-funnel = A funnel: from a goal down to the volumes each stage needs.
keyword-stage = A funnel stage: `stage id: 500 EUR each` or `stage id: 2% convert`.
keyword-period = The period the item covers: a day, month, week, quarter, half, year or range.
keyword-due = When the item must be achieved; a period means its last day.
keyword-start = When work on the item starts; a period means its first day.
keyword-owner = Who answers for the item: `@name`, several separated by commas.
keyword-why = Why the item matters: free text.
keyword-parent = The higher objective or key result this item aligns with.
keyword-supports = The key results or objectives an activity or funnel drives.
keyword-metric = A key result's measure: `baseline -> target`.
keyword-keep = A guardrail: `>= 40`, `<= 2%`, `at least 40`.
keyword-target = An activity's rate: `20 per weekday`, `1 per 2 weeks`.
keyword-goal = A funnel's goal: `50000 EUR by 2026-12-31`.
keyword-weight = A key result's weight in its objective's roll-up.
keyword-committed = The objective is committed: 100% is expected.
keyword-aspirational = The objective is aspirational: about 70% counts as success.
keyword-milestone = The key result is done or not done.
keyword-per = Introduces the period of a rate.
keyword-versus = A flow metric: the window's total against the previous period's.
keyword-previous = A flow metric: the period just before the window.
keyword-rate-day = Rate period: every calendar day.
keyword-rate-weekday = Rate period: Monday to Friday.
keyword-rate-week = Rate period: an ISO week, Monday to Sunday.
keyword-rate-month = Rate period: a calendar month.
keyword-rate-quarter = Rate period: a calendar quarter.
keyword-rate-year = Rate period: a calendar year.
keyword-each = Funnel stage: each unit of this stage brings that much of the stage above.
keyword-convert = Funnel stage: this share of the stage converts into the stage above.
keyword-by = A funnel goal's date.
keyword-done = Log: the milestone or item is done.
keyword-dropped = Log: the item was dropped.
keyword-confidence = Log: a check-in with a confidence, `confidence 60%` or `7/10`.
keyword-retro = Log: the retrospective note at the end of a period.
