//! Which slides an `Include` or `estrade import` takes: `"plan..causes, conclusion"`, a list of
//! ids and `first..last` ranges separated by commas (empty: every slide).

/// Why part of a selection names no slide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SelectError {
    /// No slide has this id; `suggestion` is the closest id, if one is close.
    UnknownId { id: String, suggestion: Option<String> },
    /// The range `range` names its last slide before its first.
    Backwards { range: String },
}

/// The indices (into `ids`, in deck order) of the slides `spec` names, in the order it names
/// them, each once; and a problem for each part that names nothing.
pub fn select(spec: &str, ids: &[&str]) -> (Vec<usize>, Vec<SelectError>) {
    let spec = spec.trim();
    if spec.is_empty() {
        return ((0..ids.len()).collect(), Vec::new());
    }
    let mut picked = Vec::new();
    let mut problems = Vec::new();
    let find = |id: &str, problems: &mut Vec<SelectError>| {
        let id = id.trim();
        let found = ids.iter().position(|k| *k == id);
        if found.is_none() {
            problems.push(SelectError::UnknownId {
                id: id.to_string(),
                suggestion: crate::diagnostics::did_you_mean(id, ids.iter().copied()).map(str::to_string),
            });
        }
        found
    };
    for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let range = match part.split_once("..") {
            Some((a, b)) => match (find(a, &mut problems), find(b, &mut problems)) {
                (Some(x), Some(y)) if x <= y => x..=y,
                (Some(_), Some(_)) => {
                    problems.push(SelectError::Backwards {
                        range: part.to_string(),
                    });
                    continue;
                }
                _ => continue,
            },
            None => match find(part, &mut problems) {
                Some(x) => x..=x,
                None => continue,
            },
        };
        for k in range {
            if !picked.contains(&k) {
                picked.push(k);
            }
        }
    }
    (picked, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 5] = ["titre", "plan", "expansion", "causes", "fin"];

    #[test]
    fn ranges_and_ids_mix_in_the_order_given_each_once() {
        assert_eq!(select("expansion..causes, plan", &IDS), (vec![2, 3, 1], vec![]));
        assert_eq!(select("plan, plan..expansion", &IDS), (vec![1, 2], vec![]));
        assert_eq!(select("  ", &IDS).0, vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn unknown_ids_and_backwards_ranges_are_named() {
        let (picked, problems) = select("cuases, fin..plan, titre", &IDS);
        assert_eq!(picked, vec![0]);
        assert_eq!(
            problems,
            vec![
                SelectError::UnknownId {
                    id: "cuases".into(),
                    suggestion: Some("causes".into())
                },
                SelectError::Backwards {
                    range: "fin..plan".into()
                },
            ]
        );
    }
}
