//! What a rule is: a named, documented unit with a priority, collected in a registry that runs
//! them. Entity, event and relation rules all take this shape, so a new rule has one obvious
//! place (its family's `registry.rs`) and every rule can be listed, tested and explained.

/// How a rule ranks against the others of its registry. Candidate rules: when two findings
/// overlap, the higher priority wins among spans of equal length. Passes: higher runs first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Priority(pub u8);

/// A rule of one family; `F` is the family's function type.
#[derive(Debug, Clone, Copy)]
pub struct Rule<F> {
    /// Stable, unique within its registry (used in tests and explanations).
    pub name: &'static str,
    /// One line: the general pattern of English the rule states.
    pub doc: &'static str,
    pub priority: Priority,
    pub apply: F,
}

/// The rules of a registry in the order they run: by priority, highest first; registry order
/// breaks ties, so the order is deterministic.
pub fn in_run_order<F>(rules: &[Rule<F>]) -> Vec<&Rule<F>> {
    let mut ordered: Vec<&Rule<F>> = rules.iter().collect();
    ordered.sort_by_key(|r| std::cmp::Reverse(r.priority));
    ordered
}

/// Checks a registry: names unique and non-empty, every rule documented.
pub fn check_registry<F>(rules: &[Rule<F>]) -> Result<(), String> {
    let mut seen = std::collections::HashSet::new();
    for r in rules {
        if r.name.is_empty() || r.doc.trim().is_empty() {
            return Err(format!("rule {:?} needs a name and a doc line", r.name));
        }
        if !seen.insert(r.name) {
            return Err(format!("two rules are called {:?}", r.name));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_order_is_by_priority_then_registry_order() {
        let rules = [
            Rule { name: "low", doc: "d", priority: Priority(1), apply: () },
            Rule { name: "high", doc: "d", priority: Priority(3), apply: () },
            Rule { name: "also-low", doc: "d", priority: Priority(1), apply: () },
        ];
        let names: Vec<&str> = in_run_order(&rules).iter().map(|r| r.name).collect();
        assert_eq!(names, ["high", "low", "also-low"]);
        assert!(check_registry(&rules).is_ok());
        let twice = [rules[0], rules[0]];
        assert!(check_registry(&twice).is_err());
        let undocumented = [Rule { name: "x", doc: " ", priority: Priority(0), apply: () }];
        assert!(check_registry(&undocumented).is_err());
    }
}
