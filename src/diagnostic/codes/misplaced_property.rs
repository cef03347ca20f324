//! `E009` misplaced-property: A property that does not apply to its item, or is given twice. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::{Code, Family, Severity, Text};

pub const CODE: Code = Code {
    code: "E009",
    name: "misplaced-property",
    family: Family::Structure,
    severity: Severity::Warning,
    summary: Text {
        en: "A property that does not apply to its item, or is given twice.",
        fr: "Une propriété qui ne s'applique pas à son élément, ou donnée deux fois.",
    },
    what: Text {
        en: "Reports a property on an item kind that does not take it (`target:` on an objective, `metric:` on an activity), a property given twice (the first one counts), a second measure on a key result, and an objective both committed and aspirational. The ignored line has no effect.",
        fr: "Signale une propriété sur un type d'élément qui ne la prend pas (`cible:` sur un objectif, `mesure:` sur une activité), une propriété donnée deux fois (la première compte), une seconde mesure sur un résultat clé, et un objectif à la fois engagé et ambitieux. La ligne ignorée n'a aucun effet.",
    },
    why: Text {
        en: "An ignored line looks like it means something; the warning says it does not.",
        fr: "Une ligne ignorée a l'air de compter ; l'avertissement dit qu'elle ne compte pas.",
    },
    bad: "objective o: Grow revenue\n  period: 2026-Q4\n  target: 20 per day\n",
    good: "objective o: Grow revenue\n  period: 2026-Q4\n",
};
