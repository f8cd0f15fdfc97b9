//! What the domain's own tests share.

use std::fmt::Debug;

/// Checks a state machine against the table of its allowed steps: each listed step leads
/// where the table says, every other pair of state and step is refused. Returns how many
/// pairs were tried, so a test can say the states and steps were all there.
pub(crate) fn check_steps<S, T, E>(
    states: &[S],
    steps: &[T],
    allowed: &[(S, T, S)],
    apply: impl Fn(S, T) -> Result<S, E>,
) -> usize
where
    S: Copy + PartialEq + Debug,
    T: Copy + PartialEq + Debug,
    E: Debug,
{
    let mut checked = 0;
    for &state in states {
        for &step in steps {
            let expected = allowed
                .iter()
                .find(|(s, t, _)| *s == state && *t == step)
                .map(|(_, _, to)| *to);
            match (apply(state, step), expected) {
                (Ok(to), Some(want)) => assert_eq!(to, want, "{state:?} + {step:?}"),
                (Err(_), None) => {}
                (got, want) => panic!("{state:?} + {step:?}: got {got:?}, want {want:?}"),
            }
            checked += 1;
        }
    }
    checked
}
