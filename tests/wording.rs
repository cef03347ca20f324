//! Rule messages whose wording depends on what they count, rendered in
//! both languages for the counts the rules' examples do not reach.

use goalie::i18n::Lang;
use goalie::msg;

#[test]
fn s106_says_how_many_key_results_only_hold_levels() {
    let one = msg!(rule_S106_message, id = "support", count = 1);
    assert_eq!(
        one.render(Lang::En),
        "`support`: its one key result only holds a level, so nothing is meant to change; \
         add a key result that moves something"
    );
    assert_eq!(
        one.render(Lang::Fr),
        "`support` : son seul résultat clé ne fait que tenir un niveau, rien ne doit donc \
         changer ; ajoutez un résultat clé qui fait bouger quelque chose"
    );
    let three = msg!(rule_S106_message, id = "support", count = 3);
    assert_eq!(
        three.render(Lang::Fr),
        "`support` : ses 3 résultats clés ne font que tenir des niveaux, rien ne doit donc \
         changer ; ajoutez un résultat clé qui fait bouger quelque chose"
    );
}

/// What each action must bring is counted in the key result's unit, whose
/// gender French cannot know: the message names "une unité".
#[test]
fn a306_asks_each_action_for_more_than_one_unit() {
    let m = msg!(
        rule_A306_message,
        id = "demos",
        planned = 1,
        due = "2027-03-31",
        gain = "12 démos"
    );
    assert_eq!(
        m.render(Lang::En),
        "the activities that support `demos` plan about 1 action by 2027-03-31, fewer than \
         the 12 démos it must gain: each action would have to bring in more than one; raise \
         the pace, or say what else brings the rest"
    );
    assert_eq!(
        m.render(Lang::Fr),
        "les activités qui soutiennent `demos` prévoient environ 1 action d'ici le 2027-03-31, \
         moins que les 12 démos à gagner : chaque action devrait rapporter plus d'une unité ; \
         relevez le rythme, ou dites ce qui apportera le reste"
    );
}
