//! Reading a plan's text back before it is written, with the largest lists parsed in parallel.
//!
//! A save serialises the plan and parses the text back; only a text that reads back equal to
//! the plan is written. On a large plan that parse is most of a save (a 26 MB plan: about
//! 190 ms). The text has a fixed layout (`to_string`): every line break outside a string is
//! structure (strings escape their line breaks), and each record of a list at a known depth
//! starts on a line of its own. So the risk register's and the cost list's records are cut out
//! of the text at record boundaries into pieces; the rest (the skeleton, with those lists left
//! empty) and each piece are parsed on their own, on as many threads as there are cores, and
//! each is compared with the matching part of the plan. Every byte of the text is parsed
//! exactly once; the pieces and the skeleton together are the whole file. A text whose layout
//! is not the expected one is parsed whole, as before.

use super::{INDENT, parse_text};
use crate::model::Plan;
use crate::model::budget::CostLine;
use crate::model::risk::Risk;
use memchr::memmem;
use serde::de::DeserializeOwned;
use std::ops::Range;
use std::path::Path;

/// Below this many bytes a list is not worth a thread of its own.
const MIN_PIECE: usize = 256 * 1024;
/// How many pieces each large list is cut into at most (more than the threads, for balance).
const MAX_PIECES: usize = 8;

/// True when `text` reads back as `plan` (the file's envelope included).
pub(super) fn reads_back(text: &str, plan: &Plan, path: &Path) -> bool {
    let lines = list_body(text, &["budget: (", "cost_lines: ["], 2);
    let risks = list_body(text, &["risks: (", "risks: ["], 2);
    let large = |body: &Option<Range<usize>>| body.as_ref().is_some_and(|b| b.len() >= MIN_PIECE);
    // Loading moves the next free id past every id in the file; the skeleton alone would not
    // see the ids of the records cut out, so a plan with one at or past `next_id` is read whole
    // (and then does not read back, as before).
    let ids_below_next = plan.risks.risks.iter().all(|r| r.id.0 < plan.next_id)
        && plan.budget.cost_lines.iter().all(|c| c.id.0 < plan.next_id);
    if (!large(&lines) && !large(&risks)) || !ids_below_next {
        return whole(text, plan, path);
    }
    let mut jobs: Vec<Job> = Vec::new();
    if let Some(body) = &lines {
        jobs.extend(pieces(text, body.clone(), 4).into_iter().map(Job::Lines));
    }
    if let Some(body) = &risks {
        jobs.extend(pieces(text, body.clone(), 4).into_iter().map(Job::Risks));
    }
    // The skeleton: the text without the records of the lists cut out (each left empty).
    let mut bodies: Vec<&Range<usize>> = [&lines, &risks].into_iter().flatten().collect();
    bodies.sort_by_key(|b| b.start);
    let mut skeleton = String::with_capacity(text.len() - bodies.iter().map(|b| b.len()).sum::<usize>());
    let mut from = 0;
    for body in bodies {
        skeleton.push_str(&text[from..body.start]);
        from = body.end;
    }
    skeleton.push_str(&text[from..]);
    jobs.push(Job::Skeleton(&skeleton));
    let emptied = || {
        let mut emptied = plan.clone();
        if lines.is_some() {
            emptied.budget.cost_lines = Default::default();
        }
        if risks.is_some() {
            emptied.risks.risks = Default::default();
        }
        emptied
    };
    let Some(outcomes) = super::parallel::map(&jobs, Job::len, |job| match job {
        Job::Skeleton(skeleton) => {
            parse_text(skeleton, path).ok().filter(|back| back.plan == emptied()).map(|_| Outcome::Same)
        }
        Job::Lines(range) => records(&text[range.clone()]).map(Outcome::Lines),
        Job::Risks(range) => records(&text[range.clone()]).map(Outcome::Risks),
    }) else {
        return false;
    };
    // The pieces' records, in the order of the text, are the plan's.
    let mut parsed_lines = Vec::new();
    let mut parsed_risks = Vec::new();
    for outcome in outcomes {
        match outcome {
            Outcome::Same => {}
            Outcome::Lines(v) => parsed_lines.extend(v),
            Outcome::Risks(v) => parsed_risks.extend(v),
        }
    }
    (lines.is_none() || *plan.budget.cost_lines == parsed_lines)
        && (risks.is_none() || *plan.risks.risks == parsed_risks)
}

/// The whole text parsed at once.
fn whole(text: &str, plan: &Plan, path: &Path) -> bool {
    parse_text(text, path).is_ok_and(|back| back.plan == *plan)
}

/// What a thread checks: the skeleton, or a piece of a list (bytes of the text holding whole
/// records).
enum Job<'a> {
    Skeleton(&'a str),
    Lines(Range<usize>),
    Risks(Range<usize>),
}

impl Job<'_> {
    fn len(&self) -> usize {
        match self {
            Job::Skeleton(s) => s.len(),
            Job::Lines(r) | Job::Risks(r) => r.len(),
        }
    }
}

/// What a job found: the skeleton equals the plan's, or a piece's records.
enum Outcome {
    Same,
    Lines(Vec<CostLine>),
    Risks(Vec<Risk>),
}

/// The records of a piece of a list.
fn records<T: DeserializeOwned>(piece: &str) -> Option<Vec<T>> {
    let text = ["[\n", piece, "]"].concat();
    super::ron_options().from_str::<Vec<T>>(&text).ok()
}

/// The byte range of the lines inside a value (a list's records, a struct's fields: from the
/// line after the opener's to the line of the closing bracket), found by the lines that open it: `path[0]` at `depth` levels of indentation, each
/// next one a level deeper, within the one before. `None` when the list is empty or the layout
/// is not the expected one.
pub(super) fn list_body(text: &str, path: &[&str], depth: usize) -> Option<Range<usize>> {
    let mut from = 0;
    let mut end = text.len();
    for (level, opener) in path.iter().enumerate() {
        let indent = INDENT.repeat(depth + level);
        let needle = format!("\n{indent}{opener}\n");
        // The line break ending the opener's line is where the next opener is looked for.
        let at = from + memmem::find(&text.as_bytes()[from..end], needle.as_bytes())? + needle.len() - 1;
        // The value ends at the first line back at this indentation.
        let close = format!("\n{indent}{}", if opener.ends_with('[') { "]" } else { ")" });
        end = at + memmem::find(&text.as_bytes()[at..end], close.as_bytes())?;
        from = at;
    }
    // The records run from the line after the opener's to the line break before the closing
    // bracket's line, included.
    (from < end).then_some(from + 1..end + 1)
}

/// Cuts a list's records into pieces of roughly equal size at record boundaries (lines opening
/// a record at `depth` levels of indentation).
fn pieces(text: &str, body: Range<usize>, depth: usize) -> Vec<Range<usize>> {
    let count = (body.len() / MIN_PIECE).clamp(1, MAX_PIECES);
    let opener = format!("\n{}(\n", INDENT.repeat(depth));
    let mut out = Vec::with_capacity(count);
    let mut start = body.start;
    for i in 1..count {
        let aim = body.start + body.len() * i / count;
        if aim <= start {
            continue;
        }
        // The next record start after the aim (its line break ends the piece before it).
        match memmem::find(&text.as_bytes()[aim..body.end], opener.as_bytes()) {
            Some(at) => {
                let cut = aim + at + 1;
                out.push(start..cut);
                start = cut;
            }
            None => break,
        }
    }
    out.push(start..body.end);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::to_string;

    fn large() -> Plan {
        let options = crate::generate::GenerateOptions {
            parties: 20,
            services: 30,
            risks: 3000,
            budget_lines: 6000,
            seed: 5,
            months: 0,
        };
        crate::generate::generate(&options)
    }

    #[test]
    fn a_large_plan_is_cut_into_pieces_that_cover_every_record() {
        let plan = large();
        let text = to_string(&plan).expect("to_string");
        let risks = list_body(&text, &["risks: (", "risks: ["], 2).expect("risks");
        let lines = list_body(&text, &["budget: (", "cost_lines: ["], 2).expect("lines");
        let risk_pieces = pieces(&text, risks.clone(), 4);
        assert!(risk_pieces.len() > 1, "{risks:?}");
        assert_eq!(risk_pieces.first().map(|r| r.start), Some(risks.start));
        assert_eq!(risk_pieces.last().map(|r| r.end), Some(risks.end));
        assert!(risk_pieces.windows(2).all(|w| w[0].end == w[1].start));
        let counted: usize = risk_pieces.iter().map(|r| records::<Risk>(&text[r.clone()]).expect("risks").len()).sum();
        assert_eq!(counted, plan.risks.risks.len());
        let counted: usize = pieces(&text, lines.clone(), 4)
            .iter()
            .map(|r| records::<CostLine>(&text[r.clone()]).expect("lines").len())
            .sum();
        assert_eq!(counted, plan.budget.cost_lines.len());
        assert!(text[risks.end..].starts_with(&format!("{}],", INDENT.repeat(3))));
        assert!(reads_back(&text, &plan, Path::new("x.ron")));
    }

    /// A change anywhere in the text (in the skeleton, in any piece, at a piece's edge) is
    /// noticed, as it is when the whole text is parsed.
    #[test]
    fn a_text_that_differs_anywhere_does_not_read_back() {
        let plan = large();
        let text = to_string(&plan).expect("to_string");
        let path = Path::new("x.ron");
        let first_risk = &plan.risks.risks[0].title;
        let last_risk = &plan.risks.risks[plan.risks.risks.len() - 1].title;
        let middle_line = &plan.budget.cost_lines[3000].description;
        let party = &plan.parties[0].name;
        for (what, from) in
            [("first risk", first_risk), ("last risk", last_risk), ("line", middle_line), ("party", party)]
        {
            let needle = format!("\"{from}\"");
            let at = if what == "last risk" { text.rfind(&needle) } else { text.find(&needle) };
            let at = at.expect(what);
            let changed = format!("{}\"{from}x\"{}", &text[..at], &text[at + needle.len()..]);
            assert!(!reads_back(&changed, &plan, path), "{what}");
        }
        // A record dropped at a piece boundary.
        let risks = list_body(&text, &["risks: (", "risks: ["], 2).expect("risks");
        let cut = pieces(&text, risks, 4)[1].start;
        let next = cut + text[cut + 1..].find(&format!("\n{}(\n", INDENT.repeat(4))).expect("next") + 1;
        let dropped = format!("{}{}", &text[..cut], &text[next..]);
        assert!(!reads_back(&dropped, &plan, path));
        // A text that is not in the expected layout is parsed whole.
        let compact = text.replace(&format!("\n{}risks: [\n", INDENT.repeat(3)), "risks: [");
        assert!(list_body(&compact, &["risks: (", "risks: ["], 2).is_none());
        assert!(reads_back(&compact, &plan, path));
    }

    /// A plan whose next free id is not past every record's id reads back exactly as when the
    /// whole text is parsed (not at all: loading would move `next_id`).
    #[test]
    fn a_plan_with_an_id_past_next_id_reads_back_as_the_whole_does() {
        let mut plan = large();
        plan.next_id = plan.risks.risks.last().expect("risks").id.0;
        let text = to_string(&plan).expect("to_string");
        let path = Path::new("x.ron");
        assert!(!whole(&text, &plan, path));
        assert!(!reads_back(&text, &plan, path));
    }
}
