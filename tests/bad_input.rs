//! Bad plan files: a table-driven battery of damaged, hostile and odd inputs loaded with
//! `storage::load`, each giving the expected answer (error variant, line and column, a message
//! naming the file) without a panic, within 2 s and bounded memory (a counting allocator), and
//! without touching the file on disk. `hostile` adds well-formed hostile plans (broken
//! references, i64 limits, paths and URLs, huge texts and lists) and every truncation.

#[path = "bad_input/hostile.rs"]
mod hostile;
#[path = "memory/mod.rs"]
mod memory;
mod support;

#[global_allocator]
static ALLOC: memory::Counting = memory::Counting;

use allianssi::Plan;
use allianssi::i18n::Language;
use allianssi::model::{
    Actual, AllianceRole, Cell, Decimal, Direction, Metric, MetricId, Money, Party, PartyId, PartyKind, ProductionMode,
    Service, ServiceId, ServiceKind, ServiceRole,
};
use allianssi::storage::{self, Error, MAX_FILE_BYTES};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a case must give.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Want {
    /// Loads; `newer` as given.
    Loads {
        newer: bool,
    },
    Parse,
    Utf8,
    /// A truncated file: a parse error, or invalid UTF-8 when the cut splits a character.
    ParseOrUtf8,
    TooLarge,
    Read,
    NotAPlan,
    UnknownVersion,
    NewerVersion,
}

/// Where the error must point.
#[derive(Debug, Clone, Copy, PartialEq)]
enum At {
    /// Any line and column ≥ 1 (or none, for errors not about content).
    Any,
    /// This line, any column.
    Line(usize),
    /// This line and column.
    LineCol(usize, usize),
    /// At or before this line (truncated files: the error is near the cut).
    UpTo(usize),
}

/// What is on disk at the case's path.
enum Content {
    Bytes(Vec<u8>),
    /// A sparse file of this length (nothing written, so nothing large is allocated).
    Sparse(u64),
    Folder,
    Missing,
}

struct Case {
    name: String,
    content: Content,
    want: Want,
    at: At,
    /// Words the Finnish message must contain besides the path (the offending value or field).
    mentions: Vec<String>,
}

fn case(name: &str, content: impl Into<Vec<u8>>, want: Want, at: At) -> Case {
    Case { name: name.to_string(), content: Content::Bytes(content.into()), want, at, mentions: Vec::new() }
}

impl Case {
    fn mentioning(mut self, words: &[&str]) -> Case {
        self.mentions = words.iter().map(|w| w.to_string()).collect();
        self
    }
}

/// A small valid plan with a party, a service with a cell and a metric, so that every kind of
/// field (string, integer, money, share, decimal, enum, option, date) is in the text.
fn base_plan() -> Plan {
    let mut plan = Plan::new("Testi");
    let party = PartyId(plan.allocate_id());
    let mut p = Party::new(party, "Kunta", PartyKind::Municipality, AllianceRole::Owner);
    p.exited_on = Some(support::date(2027, 1, 31));
    p.fee = Money(12_345);
    plan.parties.push(p);
    let mut s =
        Service::new(ServiceId(plan.allocate_id()), "Neuvonta", ServiceKind::Service, ProductionMode::OwnProduction);
    s.cells.push(Cell {
        party,
        role: ServiceRole::Producer,
        euros_per_year: Money(100),
        person_years: "1.5".parse().expect("decimal"),
    });
    plan.services.push(s);
    let metric = MetricId(plan.allocate_id());
    plan.budget.metrics.push(Metric {
        id: metric,
        name: "Aktivointiaste".into(),
        definition: String::new(),
        source: String::new(),
        unit: "%".into(),
        direction: Direction::HigherIsBetter,
        minimum: Decimal::from_int(1),
        target: Decimal::from_int(2),
        excellent: Decimal::from_int(3),
        weight: allianssi::model::Bp(10_000),
        actual: Actual::Value("7.25".parse().expect("decimal")),
        decimals: None,
    });
    plan
}

/// 1-based line of the first occurrence of `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    let i = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in the base text"));
    text[..i].matches('\n').count() + 1
}

/// 1-based column (in characters) of the first occurrence of `needle` on its line.
fn col_of(text: &str, needle: &str) -> usize {
    let i = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in the base text"));
    let start = text[..i].rfind('\n').map_or(0, |n| n + 1);
    text[start..i].chars().count() + 1
}

/// The text with the first `from` replaced (which must be there).
fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} not in the base text");
    text.replacen(from, to, 1)
}

/// The text with the whole line holding `needle` removed.
fn without_line(text: &str, needle: &str) -> String {
    let n = line_of(text, needle);
    text.split_inclusive('\n').enumerate().filter(|(i, _)| i + 1 != n).map(|(_, l)| l).collect()
}

/// The text with the line holding `needle` doubled.
fn doubled_line(text: &str, needle: &str) -> String {
    let n = line_of(text, needle);
    text.split_inclusive('\n').enumerate().flat_map(|(i, l)| if i + 1 == n { vec![l, l] } else { vec![l] }).collect()
}

fn hand_made_cases() -> Vec<Case> {
    let text = storage::to_string(&base_plan()).expect("to_string");
    let t = text.as_str();
    let fee = line_of(t, "fee: 12345,");
    let name = line_of(t, "name: \"Kunta\"");
    let kind = line_of(t, "kind: Municipality,");
    let py = line_of(t, "person_years: \"1.5\"");
    let last = t.lines().count();
    let mut bad_utf8 = edit(t, "\"Kunta\"", "\"Ku@nta\"").into_bytes();
    let at = bad_utf8.iter().position(|&b| b == b'@').expect("marker");
    bad_utf8[at] = 0xFF;
    let mut after_umlaut = edit(t, "\"Kunta\"", "\"Kä@nta\"").into_bytes();
    let at = after_umlaut.iter().position(|&b| b == b'@').expect("marker");
    after_umlaut[at] = 0xC3; // a lead byte followed by 'n': not UTF-8
    let latin1: Vec<u8> =
        edit(t, "\"Kunta\"", "\"Kuntayhtymä\"").chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect();
    let name_col = col_of(t, "Kunta"); // the first letter of the name
    let unknown_field = edit(t, "        next_id:", "        favourite_colour: \"sininen\",\n        next_id:");
    let deep = |open: &str, close: &str, n: usize| {
        format!("(format: \"allianssi-plan\", version: 1, plan: {}{})", open.repeat(n), close.repeat(n))
    };
    let mut cases = vec![
        case("empty file", "", Want::Parse, At::LineCol(1, 1)),
        case("only whitespace", "   \n\t\n  \n", Want::Parse, At::Any),
        case("BOM", format!("\u{feff}{t}"), Want::Loads { newer: false }, At::Any),
        case("CRLF line endings", t.replace('\n', "\r\n"), Want::Loads { newer: false }, At::Any),
        case("BOM and CRLF", format!("\u{feff}{}", t.replace('\n', "\r\n")), Want::Loads { newer: false }, At::Any),
        case("invalid UTF-8 byte", bad_utf8, Want::Utf8, At::LineCol(name, name_col + 2)),
        case("invalid UTF-8 after ä", after_umlaut, Want::Utf8, At::LineCol(name, name_col + 2)),
        case("Latin-1 file", latin1, Want::Utf8, At::LineCol(name, name_col + 10)),
        case("a PNG image", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), Want::Utf8, At::LineCol(1, 1)),
        case("binary garbage", garbage(4096), Want::ParseOrUtf8, At::Any),
        case("NUL bytes only (power cut)", vec![0u8; 4096], Want::Parse, At::LineCol(1, 1)),
        case(
            "NUL byte in the indentation",
            edit(t, "        fee: 12345,", "    \0   fee: 12345,"),
            Want::Parse,
            At::Line(fee),
        ),
        case("deep nesting of lists", deep("[", "]", 5_000), Want::Parse, At::Line(1)),
        case("deep nesting of tuples", deep("(", ")", 5_000), Want::Parse, At::Line(1)),
        case(
            "deep nesting in a field",
            edit(t, "strategic_goals: []", &format!("strategic_goals: {}{}", "[".repeat(3000), "]".repeat(3000))),
            Want::Parse,
            At::Line(line_of(t, "strategic_goals")),
        ),
        case("deep nesting through baselines", nested_baselines(5_000), Want::Parse, At::Line(1))
            .mentioning(&["syvästi"]),
        case("deep nesting only", "(".repeat(100_000), Want::Parse, At::Line(1)),
        case("1e400 in money", edit(t, "fee: 12345,", "fee: 1e400,"), Want::Parse, At::Line(fee)),
        case("inf in money", edit(t, "fee: 12345,", "fee: inf,"), Want::Parse, At::Line(fee)),
        case("NaN in money", edit(t, "fee: 12345,", "fee: NaN,"), Want::Parse, At::Line(fee)),
        case("float in money", edit(t, "fee: 12345,", "fee: 123.45,"), Want::Parse, At::Line(fee)),
        case("expression in money", edit(t, "fee: 12345,", "fee: 12000 + 345,"), Want::Parse, At::Line(fee)),
        case("money above i64", edit(t, "fee: 12345,", "fee: 9223372036854775808,"), Want::Parse, At::Line(fee)),
        case("money below i64", edit(t, "fee: 12345,", "fee: -9223372036854775809,"), Want::Parse, At::Line(fee)),
        case(
            "share above u32",
            edit(t, "funding_share: 0,", "funding_share: 4294967296,"),
            Want::Parse,
            At::Line(line_of(t, "funding_share: 0,")),
        ),
        case(
            "negative share",
            edit(t, "funding_share: 0,", "funding_share: -1,"),
            Want::Parse,
            At::Line(line_of(t, "funding_share: 0,")),
        ),
        case(
            "seats above u8",
            edit(t, "leadership_seats: 0,", "leadership_seats: 256,"),
            Want::Parse,
            At::Line(line_of(t, "leadership_seats: 0,")),
        ),
        case("version above u32", edit(t, "version: 1,", "version: 4294967296,"), Want::Parse, At::Line(3)),
        case("number for a string", edit(t, "name: \"Kunta\",", "name: 5,"), Want::Parse, At::Line(name)),
        case("string for a number", edit(t, "fee: 12345,", "fee: \"12345\","), Want::Parse, At::Line(fee)),
        case(
            "string for a bool",
            edit(t, "in_house: false,", "in_house: \"kyllä\","),
            Want::Parse,
            At::Line(line_of(t, "in_house: false,")),
        ),
        case(
            "value for a list",
            edit(t, "duties: [],", "duties: Employment,"),
            Want::Parse,
            At::Line(line_of(t, "duties: [],")),
        ),
        case(
            "date without Some",
            edit(t, "exited_on: Some(\"2027-01-31\")", "exited_on: \"2027-01-31\""),
            Want::Parse,
            At::Line(line_of(t, "exited_on")),
        ),
        case(
            "impossible date",
            edit(t, "\"2027-01-31\"", "\"2027-02-30\""),
            Want::Parse,
            At::Line(line_of(t, "exited_on")),
        ),
        case(
            "Finnish date format",
            edit(t, "\"2027-01-31\"", "\"31.1.2027\""),
            Want::Parse,
            At::Line(line_of(t, "exited_on")),
        ),
        case("unknown enum variant", edit(t, "kind: Municipality,", "kind: Kaupunki,"), Want::Parse, At::Line(kind))
            .mentioning(&["Kaupunki", "Municipality"]),
        case(
            "unknown setting",
            edit(t, "setting: EmploymentArea,", "setting: Regional2030,"),
            Want::Parse,
            At::Line(line_of(t, "setting:")),
        )
        .mentioning(&["Regional2030"]),
        case(
            "unknown actual variant",
            edit(t, "actual: Value(\"7.25\")", "actual: Guess(\"7.25\")"),
            Want::Parse,
            At::Line(line_of(t, "actual:")),
        )
        .mentioning(&["Guess"]),
        case(
            "unknown field",
            unknown_field.clone(),
            Want::Parse,
            At::LineCol(line_of(&unknown_field, "favourite_colour"), 9),
        )
        .mentioning(&["favourite_colour"]),
        case(
            "unknown field in a party",
            edit(t, "in_house: false,", "in_house: false,\n                motto: \"\","),
            Want::Parse,
            At::Line(line_of(t, "in_house: false,") + 1),
        )
        .mentioning(&["motto"]),
        case("missing field", without_line(t, "short_name: \"\","), Want::Parse, At::Any).mentioning(&["short_name"]),
        case("missing plan", "(format: \"allianssi-plan\", version: 1)", Want::Parse, At::Line(1))
            .mentioning(&["plan"]),
        case("duplicate field", doubled_line(t, "name: \"Kunta\","), Want::Parse, At::Line(name + 1))
            .mentioning(&["name"]),
        case("duplicate version", doubled_line(t, "version: 1,"), Want::Parse, At::Line(4)).mentioning(&["version"]),
        case("decimal 1e5", edit(t, "person_years: \"1.5\"", "person_years: \"1e5\""), Want::Parse, At::Line(py))
            .mentioning(&["1e5"]),
        case("decimal abc", edit(t, "person_years: \"1.5\"", "person_years: \"abc\""), Want::Parse, At::Line(py))
            .mentioning(&["abc"]),
        case("decimal NaN", edit(t, "person_years: \"1.5\"", "person_years: \"NaN\""), Want::Parse, At::Line(py)),
        case(
            "decimal too precise",
            edit(t, "person_years: \"1.5\"", "person_years: \"1.0000001\""),
            Want::Parse,
            At::Line(py),
        ),
        case(
            "decimal too large",
            edit(t, "person_years: \"1.5\"", "person_years: \"99999999999999\""),
            Want::Parse,
            At::Line(py),
        ),
        case("decimal as a float", edit(t, "person_years: \"1.5\"", "person_years: 1.5"), Want::Parse, At::Line(py)),
        case("unclosed string", edit(t, "name: \"Kunta\",", "name: \"Kunta,"), Want::Parse, At::Any),
        case("unclosed comment", format!("{t}/* kommentti"), Want::Parse, At::Any),
        case(
            "JSON instead of RON",
            "{\"format\": \"allianssi-plan\", \"version\": 1, \"plan\": {}}",
            Want::Parse,
            At::Line(1),
        ),
        case("different format name", edit(t, "\"allianssi-plan\"", "\"gantt-project\""), Want::NotAPlan, At::Any),
        case("different format, broken plan", "(format: \"muu\", version: 1, plan: ())", Want::NotAPlan, At::Any),
        case("version 0", edit(t, "version: 1,", "version: 0,"), Want::UnknownVersion, At::Any),
        case(
            "newer version, known fields",
            edit(t, "version: 1,", "version: 2,"),
            Want::Loads { newer: true },
            At::Any,
        ),
        case(
            "newer version, unknown field",
            edit(&unknown_field, "version: 1,", "version: 7,"),
            Want::NewerVersion,
            At::LineCol(line_of(&unknown_field, "favourite_colour"), 9),
        ),
        // ron points just after the plan's closing bracket.
        case("trailing garbage", format!("{t}roskaa"), Want::Parse, At::Line(last)),
        case("two plans in one file", format!("{t}{t}"), Want::Parse, At::Line(last)),
    ];
    cases.push(Case {
        name: "over MAX_FILE_BYTES".into(),
        content: Content::Sparse(MAX_FILE_BYTES + 1),
        want: Want::TooLarge,
        at: At::Any,
        mentions: Vec::new(),
    });
    cases.push(Case {
        name: "200 MB".into(),
        content: Content::Sparse(200 * 1024 * 1024),
        want: Want::TooLarge,
        at: At::Any,
        mentions: Vec::new(),
    });
    // A terabyte: reading it whole would take minutes and all the memory.
    cases.push(Case {
        name: "1 TiB".into(),
        content: Content::Sparse(1 << 40),
        want: Want::TooLarge,
        at: At::Any,
        mentions: Vec::new(),
    });
    cases.push(Case {
        name: "a folder".into(),
        content: Content::Folder,
        want: Want::Read,
        at: At::Any,
        mentions: Vec::new(),
    });
    cases.push(Case {
        name: "a missing file".into(),
        content: Content::Missing,
        want: Want::Read,
        at: At::Any,
        mentions: Vec::new(),
    });
    cases
}

/// Plans nested in baselines `n` deep: valid for the types all the way down, so only the
/// recursion limit stops it.
fn nested_baselines(n: usize) -> String {
    format!("(format: \"allianssi-plan\", version: 1, plan: {}{})", "(baselines: [(plan: ".repeat(n), ")])".repeat(n))
}

/// Deterministic pseudo-random bytes.
fn garbage(n: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// Prefixes of a rich saved plan: every 97th byte and some fixed cut points, leaving out the
/// ones that still hold the whole plan (only the final newline cut).
fn truncated_cases() -> Vec<Case> {
    let text = storage::to_string(&support::rich_plan()).expect("to_string");
    let bytes = text.as_bytes();
    let umlaut = text.find('ä').expect("an ä in the rich plan");
    let mut cuts: Vec<usize> = (1..bytes.len()).step_by(97).collect();
    cuts.extend([1, 2, 10, umlaut + 1, bytes.len() / 2, bytes.len() - 2, bytes.len() - 3]);
    cuts.sort_unstable();
    cuts.dedup();
    cuts.into_iter()
        .filter(|&n| text.get(..n).is_none_or(|p| p.trim_end() != text.trim_end()))
        .map(|n| {
            let prefix = &bytes[..n];
            let lines = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
            let want = if text.is_char_boundary(n) { Want::Parse } else { Want::Utf8 };
            // ron may point one line past the cut (at the end of the input).
            case(&format!("truncated at byte {n}"), prefix, want, At::UpTo(lines + 1))
        })
        .collect()
}

/// Loads one case and returns what was wrong with the answer, if anything.
fn check(case: &Case, path: &Path) -> Result<(), String> {
    let started = Instant::now();
    let (result, peak) = memory::peak_during(|| catch_unwind(AssertUnwindSafe(|| storage::load(path))));
    let result = result.map_err(|_| "panicked".to_string())?;
    let took = started.elapsed();
    if took > Duration::from_secs(2) {
        return Err(format!("took {took:?}"));
    }
    // Bounded memory: a refused file never costs more than a small multiple of what was read.
    let read = match &case.content {
        Content::Bytes(b) => b.len(),
        _ => 0,
    };
    if peak > hostile::memory_bound(read) {
        return Err(format!("held {peak} bytes while loading {read}"));
    }
    let err = match (case.want, result) {
        (Want::Loads { newer }, Ok(l)) => {
            if l.newer != newer {
                return Err(format!("newer = {}, want {newer}", l.newer));
            }
            if l.plan != base_plan() {
                return Err("loaded a different plan".into());
            }
            return Ok(());
        }
        (Want::Loads { .. }, Err(e)) => return Err(format!("did not load: {e}")),
        (_, Ok(_)) => return Err("loaded, but must be refused".into()),
        (_, Err(e)) => e,
    };
    let kind_ok = match case.want {
        Want::Parse => matches!(err, Error::Parse { .. }),
        Want::Utf8 => matches!(err, Error::InvalidUtf8 { .. }),
        Want::ParseOrUtf8 => matches!(err, Error::Parse { .. } | Error::InvalidUtf8 { .. }),
        Want::TooLarge => matches!(err, Error::TooLarge { .. }),
        Want::Read => matches!(err, Error::Read { .. }),
        Want::NotAPlan => matches!(err, Error::NotAPlan { .. }),
        Want::UnknownVersion => matches!(err, Error::UnknownVersion { version: 0, .. }),
        Want::NewerVersion => matches!(err, Error::NewerVersion { version: 7, .. }),
        Want::Loads { .. } => unreachable!(),
    };
    if !kind_ok {
        return Err(format!("wrong error {err:?}"));
    }
    if err.path() != Some(path) {
        return Err(format!("error names {:?}", err.path()));
    }
    let about_content = matches!(err, Error::Parse { .. } | Error::InvalidUtf8 { .. } | Error::NewerVersion { .. });
    match (about_content, err.position()) {
        (true, None) => return Err("no line and column".into()),
        (true, Some((line, column))) => {
            if line < 1 || column < 1 {
                return Err(format!("position {line}:{column} is not 1-based"));
            }
            let ok = match case.at {
                At::Any => true,
                At::Line(l) => line == l,
                At::LineCol(l, c) => (line, column) == (l, c),
                At::UpTo(l) => line <= l,
            };
            if !ok {
                return Err(format!("position {line}:{column}, want {:?}", case.at));
            }
            let fi = err.message(Language::Fi);
            if !fi.contains(&format!("rivi {line}, sarake {column}")) {
                return Err(format!("the message does not give the position: {fi}"));
            }
        }
        (false, Some(p)) => return Err(format!("unexpected position {p:?}")),
        (false, None) => {}
    }
    let shown = path.display().to_string();
    for lang in Language::ALL {
        let m = err.message(lang);
        if !m.contains(&shown) {
            return Err(format!("the {lang} message does not name the file: {m}"));
        }
    }
    let fi = err.message(Language::Fi);
    for w in &case.mentions {
        if !fi.contains(w.as_str()) {
            return Err(format!("the message does not mention {w:?}: {fi}"));
        }
    }
    Ok(())
}

/// Writes the case's file; `false` when the file system cannot hold it (a sparse file larger
/// than the file system allows), and the case is skipped.
fn write_case(case: &Case, path: &Path) -> bool {
    match &case.content {
        Content::Bytes(b) => std::fs::write(path, b).expect("write case"),
        Content::Sparse(len) => {
            let f = std::fs::File::create(path).expect("create sparse");
            if f.set_len(*len).is_err() {
                drop(f);
                std::fs::remove_file(path).expect("remove");
                return false;
            }
        }
        Content::Folder => std::fs::create_dir(path).expect("create folder"),
        Content::Missing => {}
    }
    true
}

/// What is at the path, to compare before and after loading.
#[derive(Debug, PartialEq)]
enum Snapshot {
    Bytes(Vec<u8>),
    Len(u64, std::time::SystemTime),
    Folder,
    Missing,
}

fn snapshot(case: &Case, path: &Path) -> Snapshot {
    match &case.content {
        Content::Bytes(_) => Snapshot::Bytes(std::fs::read(path).expect("read case")),
        Content::Sparse(_) => {
            let m = std::fs::metadata(path).expect("metadata");
            Snapshot::Len(m.len(), m.modified().expect("mtime"))
        }
        Content::Folder if path.is_dir() => Snapshot::Folder,
        _ if !path.exists() => Snapshot::Missing,
        _ => Snapshot::Len(0, std::time::UNIX_EPOCH),
    }
}

fn run(cases: &[Case], dir: &Path) -> Vec<String> {
    let mut failures = Vec::new();
    let mut written: Vec<PathBuf> = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let path = dir.join(format!("{i:04} tapaus ä.ron"));
        if !write_case(case, &path) {
            eprintln!("skipped {}: the file system cannot hold it", case.name);
            continue;
        }
        let before = snapshot(case, &path);
        if let Err(why) = check(case, &path) {
            failures.push(format!("{}: {why}", case.name));
        }
        if snapshot(case, &path) != before {
            failures.push(format!("{}: the file on disk changed", case.name));
        }
        if !matches!(case.content, Content::Missing) {
            written.push(path);
        }
    }
    let mut expected: Vec<String> =
        written.iter().map(|p| p.file_name().expect("name").to_string_lossy().into_owned()).collect();
    expected.sort();
    if support::dir_names(dir) != expected {
        failures.push("loading created or removed files in the folder".into());
    }
    failures
}

#[test]
fn hand_made_bad_inputs_are_refused_clearly() {
    let cases = hand_made_cases();
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    let dir = tempfile::tempdir().expect("tempdir");
    let failures = run(&cases, dir.path());
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn truncated_files_are_refused_with_a_position() {
    let cases = truncated_cases();
    assert!(cases.len() > 100, "only {} truncated prefixes", cases.len());
    let dir = tempfile::tempdir().expect("tempdir");
    let failures = run(&cases, dir.path());
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// A file of exactly `MAX_FILE_BYTES` is still read (and refused for its content, not size).
#[test]
fn a_file_at_the_size_limit_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("iso.ron");
    let text = storage::to_string(&base_plan()).expect("to_string");
    let mut bytes = text.into_bytes();
    bytes.resize(MAX_FILE_BYTES as usize, b' ');
    std::fs::write(&path, &bytes).expect("write");
    let loaded = storage::load(&path).expect("a plan padded with spaces to the limit loads");
    assert_eq!(loaded.plan, base_plan());
    bytes.push(b' ');
    std::fs::write(&path, &bytes).expect("write");
    assert!(matches!(storage::load(&path), Err(Error::TooLarge { size, .. }) if size == MAX_FILE_BYTES + 1));
}

/// The messages of common errors say what is wrong in words, not the parser's jargon.
#[test]
fn messages_are_plain_language() {
    let text = storage::to_string(&base_plan()).expect("to_string");
    let path = Path::new("/tmp/suunnitelma.ron");
    let half = text[..text.len() / 2].rfind('\n').expect("a line break");
    let cut = storage::parse(&text[..half], path).expect_err("truncated");
    assert!(cut.message(Language::Fi).contains("loppuu kesken"), "{}", cut.message(Language::Fi));
    assert!(cut.message(Language::En).contains("ends too early"), "{}", cut.message(Language::En));
    let deep = storage::parse(&nested_baselines(1000), path).expect_err("deep");
    assert!(deep.message(Language::En).contains("nested too deeply"), "{}", deep.message(Language::En));
    let big = storage::parse(&text.replace("fee: 12345,", "fee: 9223372036854775808,"), path).expect_err("big");
    assert!(big.message(Language::En).contains("too large or too small"), "{}", big.message(Language::En));
}

/// A "file" that never ends (a device or a pipe reports no size) is cut off at the limit, not
/// read into memory until it runs out.
#[cfg(unix)]
#[test]
fn an_endless_file_is_cut_off_at_the_limit() {
    let path = Path::new("/dev/zero");
    if !path.exists() {
        return;
    }
    let started = Instant::now();
    let err = storage::load(path).expect_err("not a plan");
    assert!(matches!(err, Error::TooLarge { size, .. } if size > MAX_FILE_BYTES), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(5), "took {:?}", started.elapsed());
}

/// A file edited on Windows may hold a line break inside a text; it reads as a plain `\n`, so
/// the same plan does not differ by the editor it passed through.
#[test]
fn a_windows_line_break_inside_a_text_reads_as_a_newline() {
    let mut plan = base_plan();
    plan.phases[0].notes = "rivi 1\nrivi 2".into();
    let text = storage::to_string(&plan).expect("to_string");
    let escaped = "notes: \"rivi 1\\nrivi 2\"";
    assert!(text.contains(escaped), "the writer escapes line breaks");
    let windows = text.replace(escaped, "notes: \"rivi 1\nrivi 2\"").replace('\n', "\r\n");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("windows.ron");
    std::fs::write(&path, &windows).expect("write");
    let loaded = storage::load(&path).expect("load");
    assert_eq!(loaded.plan.phases[0].notes, "rivi 1\nrivi 2");
    assert_eq!(loaded.plan, plan);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), windows, "loading never writes");
}
