//! The plan as the text of a file, a large plan's longest lists serialised on every core.
//!
//! The layout is fixed (pretty RON, four spaces a level, `\n`, a trailing newline). A record of
//! a list serialises to the same lines wherever it stands, only indented deeper; and strings
//! escape their line breaks, so every line break is structure. So the cost list and the risk
//! register are serialised in pieces on their own, indented to their depth and put in place of
//! the empty lists in the text of the rest of the plan: the bytes are those of serialising the
//! whole plan at once (tested), in about half the time on two cores.

use super::{EnvelopeOut, Error, FORMAT, INDENT, VERSION};
use crate::model::Plan;
use memchr::memmem;
use serde::Serialize;

/// Lists shorter than this many records together are serialised with the rest.
const PARALLEL_FROM: usize = 2_000;
/// Records per piece.
const PIECE: usize = 1_500;

fn config() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor(INDENT.to_string())
        .new_line("\n".to_string())
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
}

/// The plan as the text of a file.
pub(super) fn to_string(plan: &Plan) -> Result<String, Error> {
    if plan.budget.cost_lines.len() + plan.risks.risks.len() < PARALLEL_FROM {
        return whole(plan);
    }
    let mut rest = plan.clone();
    rest.budget.cost_lines = Default::default();
    rest.risks.risks = Default::default();
    let mut jobs = vec![Job::Rest(&rest)];
    jobs.extend(plan.budget.cost_lines.chunks(PIECE).map(Job::Lines));
    let lines = jobs.len();
    jobs.extend(plan.risks.risks.chunks(PIECE).map(Job::Risks));
    let size = |job: &Job| match job {
        Job::Rest(_) => PIECE,
        Job::Lines(c) => c.len(),
        Job::Risks(c) => c.len() * 3,
    };
    let texts = super::parallel::map(&jobs, size, |job| match job {
        Job::Rest(rest) => whole(rest).ok(),
        Job::Lines(records) => records_text(records),
        Job::Risks(records) => records_text(records),
    })
    .ok_or_else(|| Error::Serialize("a part of the plan could not be written".into()))?;
    let (rest, pieces) = texts.split_first().ok_or_else(|| Error::Serialize("no text".into()))?;
    let (line_pieces, risk_pieces) = pieces.split_at(lines - 1);
    let mut places = Vec::new();
    if !plan.budget.cost_lines.is_empty() {
        places
            .push((place(rest, &["budget: (", "cost_lines: []"]).ok_or_else(|| no_place("cost lines"))?, line_pieces));
    }
    if !plan.risks.risks.is_empty() {
        places.push((place(rest, &["risks: (", "risks: []"]).ok_or_else(|| no_place("risks"))?, risk_pieces));
    }
    places.sort_by_key(|(p, _)| p.start);
    let size = rest.len() + pieces.iter().map(String::len).sum::<usize>() + 64;
    let mut text = String::with_capacity(size);
    let mut from = 0;
    for (place, pieces) in places {
        text.push_str(&rest[from..place.start]);
        text.push_str(&place.opening);
        pieces.iter().for_each(|p| text.push_str(p));
        text.push_str(&place.closing);
        from = place.end;
    }
    text.push_str(&rest[from..]);
    Ok(text)
}

fn no_place(what: &str) -> Error {
    Error::Serialize(format!("no place for the {what} in the text"))
}

enum Job<'a, 'p> {
    Rest(&'p Plan),
    Lines(&'a [crate::model::budget::CostLine]),
    Risks(&'a [crate::model::risk::Risk]),
}

/// The whole plan serialised at once.
pub(super) fn whole(plan: &Plan) -> Result<String, Error> {
    let env = EnvelopeOut { format: FORMAT, version: VERSION, plan };
    let mut text = ron::ser::to_string_pretty(&env, config()).map_err(|e| Error::Serialize(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// The lines of a list's records indented to the depth of the plan's longest lists (four
/// levels), without the brackets, each line ending in a line break.
fn records_text<T: Serialize>(records: &[T]) -> Option<String> {
    let text = ron::ser::to_string_pretty(&records, config()).ok()?;
    // At the top level the records stand one level deep: three more.
    let inner = text.strip_prefix("[\n")?.strip_suffix("\n]")?;
    let extra = INDENT.repeat(3);
    let mut out = String::with_capacity(inner.len() * 5 / 4 + 16);
    out.push_str(&extra);
    out.push_str(&inner.replace('\n', &format!("\n{extra}")));
    out.push('\n');
    Some(out)
}

/// Where an empty list stands in the text of the rest of the plan, and what replaces its line
/// around the records.
struct Place {
    start: usize,
    end: usize,
    opening: String,
    closing: String,
}

/// Finds an empty list: `path[0]` at two levels of indentation, the empty list `path[1]` a
/// level deeper within it. `None` when it is not there.
fn place(text: &str, path: &[&str; 2]) -> Option<Place> {
    // The lines of the outer value, found as the read-back finds the lists it cuts.
    let outer = super::verify::list_body(text, &[path[0]], 2)?;
    let inner = format!("\n{}{},\n", INDENT.repeat(3), path[1]);
    let from = outer.start - 1;
    let at = from + memmem::find(&text.as_bytes()[from..outer.end], inner.as_bytes())? + 1;
    let name = path[1].strip_suffix("[]")?;
    let opening = format!("{}{name}[\n", INDENT.repeat(3));
    let closing = format!("{}],\n", INDENT.repeat(3));
    Some(Place { start: at, end: at + inner.len() - 1, opening, closing })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Serialised in pieces, a plan is the same bytes as serialised whole.
    #[test]
    fn pieces_give_the_bytes_of_the_whole() {
        for (risks, lines) in [(3000, 6000), (0, 4000), (2500, 0), (1, 1999), (PIECE, PIECE + 1)] {
            let options = crate::generate::GenerateOptions {
                parties: 15,
                services: 20,
                risks,
                budget_lines: lines,
                seed: 9,
                months: 0,
            };
            let plan = crate::generate::generate(&options);
            assert_eq!(to_string(&plan).expect("pieces"), whole(&plan).expect("whole"), "{risks} risks, {lines} lines");
        }
    }
}
