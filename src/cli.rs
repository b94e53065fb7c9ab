//! The command line: `templates`, `new`, `generate`, `check`, `settle`, `scenarios`, `export`,
//! `report`, the spreadsheets, `diff`, `merge`, `kpi`, `forecast` and `install-desktop`, usable without a
//! display. Exit codes:
//! 0 ok, 1 invalid input or a plan with errors, 2 a file that cannot be read, parsed or written.

mod compare;
mod csv;
pub mod desktop;
mod export;
mod followup;
mod generate;
mod report;
mod settle;

pub use settle::settlement_text;

use crate::i18n::{Key, Language, text, tr};
use crate::rules::{self, Severity};
use crate::{storage, template};
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Allianssi: planning growth-service alliances.
#[derive(Debug, Parser)]
#[command(name = "allianssi", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A plan file to open in the application.
    pub file: Option<PathBuf>,
    /// Add Allianssi to the desktop's applications and make it open plan files (as the
    /// `install-desktop` command).
    #[arg(long)]
    pub install_desktop: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the built-in templates, one per line: name<TAB>description.
    Templates {
        /// Language of the descriptions: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
    /// Create a new plan file from a template (never overwrites a file).
    New {
        /// The template's name, as `allianssi templates` lists it.
        #[arg(long)]
        template: String,
        /// The plan file to create.
        out: PathBuf,
        /// Language of the messages: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
    /// Write a generated plan of any size (valid, realistic, the same for the same seed) to a
    /// new file (never overwrites a file).
    Generate {
        /// Parties (at least 1): a host municipality, a wellbeing services county, a vitality
        /// centre, Kela, an education provider, then municipalities and producers.
        #[arg(long, default_value_t = 12)]
        parties: usize,
        /// Services, each with its matrix cells.
        #[arg(long, default_value_t = 40)]
        services: usize,
        /// Risks in the register.
        #[arg(long, default_value_t = 60)]
        risks: usize,
        /// Cost lines of the budget.
        #[arg(long, default_value_t = 240)]
        budget_lines: usize,
        /// Months of follow-up from the start of the service phase: measurements of every
        /// metric in the municipalities and each party's reported cost per month.
        #[arg(long, default_value_t = 0)]
        months: usize,
        /// The seed: the same seed and counts give the same file.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The plan file to create.
        out: PathBuf,
        /// Language of the messages: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
    /// Check a plan and print its findings; exit 0 without errors, 1 with errors, 2 when the
    /// file cannot be read.
    Check {
        file: PathBuf,
        /// Print {"findings":[...]} as JSON.
        #[arg(long)]
        json: bool,
        /// Language of the messages: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
    /// Settle an actual cost against the plan's target cost and print every figure and each
    /// party's line; exit 1 on a bad number, 2 when the file cannot be read.
    Settle {
        file: PathBuf,
        /// The actual reimbursable cost AC in euros, e.g. 1820000 or 1 820 000,50.
        #[arg(long, allow_hyphen_values = true, required_unless_present = "actual_percent")]
        actual: Option<String>,
        /// The actual cost as a percentage of the target cost instead, e.g. 110 or 92,5.
        #[arg(long, allow_hyphen_values = true, conflicts_with = "actual")]
        actual_percent: Option<String>,
        /// The producers' part of the actual cost in euros; estimated from the base estimate
        /// when not given.
        #[arg(long, allow_hyphen_values = true)]
        actual_producers: Option<String>,
        /// The weighted KRA score S (−1…1, at most four decimals) instead of the metrics.
        #[arg(long, allow_hyphen_values = true)]
        kra_score: Option<String>,
        /// Print the settlement as JSON, amounts in integer cents.
        #[arg(long)]
        json: bool,
        /// Language of the output: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
    /// Import lists from a spreadsheet (xlsx, ods or CSV) into a plan: rows merge by name or
    /// key and the counts are printed; nothing is written when a row is bad (exit 1) or a file
    /// cannot be read (exit 2). Rows the file lacks are kept unless --replace.
    ImportSheet {
        /// The spreadsheet: an xlsx or ods workbook (sheets named Osapuolet/Parter/Parties,
        /// Palvelut, Budjetti, Riskit, Mittarit, Mittaukset, Toteutuneet kustannukset) or a CSV
        /// file of one list.
        file: PathBuf,
        /// The plan file to import into.
        #[arg(long)]
        into: PathBuf,
        /// Only this list (a CSV file's list is otherwise recognised by its header).
        #[arg(long, value_enum)]
        kind: Option<CsvKind>,
        /// Remove the plan's rows that the file does not have.
        #[arg(long)]
        replace: bool,
        /// Print the counts and change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Language of the messages: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
    /// Export the plan's lists as a spreadsheet: .xlsx or .ods with a sheet per list (or only
    /// --kind), .csv with one list (--kind).
    ExportSheet {
        /// The plan file.
        plan: PathBuf,
        /// The file to write: .xlsx, .ods or .csv.
        #[arg(long)]
        out: PathBuf,
        /// Only this list (required for CSV).
        #[arg(long, value_enum)]
        kind: Option<CsvKind>,
        /// Language of the messages: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
    /// Import one list from a CSV file (as `import-sheet --kind`).
    ImportCsv {
        /// What the file holds.
        #[arg(long, value_enum)]
        kind: CsvKind,
        /// The CSV file.
        file: PathBuf,
        /// The plan file to import into.
        #[arg(long)]
        into: PathBuf,
        /// Language of the messages: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
    /// Export one list of a plan as a semicolon-separated CSV file (as `export-sheet --kind`).
    ExportCsv {
        /// What to export.
        #[arg(long, value_enum)]
        kind: CsvKind,
        /// The plan file.
        plan: PathBuf,
        /// The CSV file to write.
        #[arg(long)]
        out: PathBuf,
        /// Language of the messages: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
    /// Print the contract annexes of a plan as one PDF: a single annex by its number, or all
    /// of them with a contents page. Exit 1 on a bad argument, 2 when a file cannot be read or
    /// written; the output file is never left half-written.
    Export {
        file: PathBuf,
        /// The annex's number, or `all`.
        #[arg(long)]
        annex: String,
        /// Language of the annex: fi, sv, en, or fi+sv for a bilingual edition.
        #[arg(long, default_value = "fi")]
        lang: crate::annex::AnnexLanguage,
        /// The PDF file to write.
        #[arg(long)]
        out: PathBuf,
        /// The date printed on the pages (YYYY-MM-DD); the plan's date, or today, by default.
        #[arg(long)]
        date: Option<String>,
        /// List closed risks in the risk register too.
        #[arg(long)]
        include_closed: bool,
    },
    /// Print the leadership group's follow-up report of a period as PDF: the KPIs, the cost
    /// burn, the settlement forecast as of the period's last day and the open risks. Exit 2 on
    /// a period that cannot be read or a file that cannot be read or written; the output file
    /// is never left half-written.
    Report {
        /// The plan file.
        plan: PathBuf,
        /// The reporting period: a month 2027-08, a quarter 2027-Q3 or a year 2027.
        #[arg(long)]
        period: String,
        /// The PDF file to write.
        #[arg(long)]
        out: PathBuf,
        /// Language of the report: fi, sv, en (or fi+sv); the plan's annex languages by default.
        #[arg(long)]
        lang: Option<crate::annex::AnnexLanguage>,
    },
    /// Compare two versions of a plan by meaning: each changed field of each party, service,
    /// cell, phase, cost line, metric and risk, with the old and the new value. Exit 0 when they
    /// are the same, 1 when they differ, 2 when a file cannot be read.
    Diff {
        /// The older version.
        a: PathBuf,
        /// The newer version.
        b: PathBuf,
        /// Print {"equal":..,"changes":[{"path","object","field","old","new",..}]} as JSON.
        #[arg(long)]
        json: bool,
        /// Language of the output: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
    /// Merge two versions (OURS, THEIRS) of a common BASE: changes to different fields and rows
    /// combine; a field both changed differently is a conflict. Exit 0 merged and written, 1
    /// conflicts (nothing written unless --ours or --theirs decides them), 2 bad input. As a git
    /// merge driver: `allianssi merge --git %O %A %B` (the result goes into %A).
    Merge {
        /// BASE OURS THEIRS.
        #[arg(num_args = 3, value_names = ["BASE", "OURS", "THEIRS"], required = true)]
        files: Vec<PathBuf>,
        /// The merged plan file to write.
        #[arg(long, required_unless_present = "git")]
        out: Option<PathBuf>,
        /// Decide every conflict by our version.
        #[arg(long, conflicts_with = "theirs")]
        ours: bool,
        /// Decide every conflict by their version.
        #[arg(long)]
        theirs: bool,
        /// Act as git's merge driver: write the result into OURS (%A).
        #[arg(long, conflicts_with = "out")]
        git: bool,
        /// Print {"merged":..,"conflicts":[..],"renumbered":[..],"broke":[..]} as JSON.
        #[arg(long)]
        json: bool,
        /// Language of the output: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
    /// Add Allianssi to the desktop's applications (a launcher entry, icons, and the plan file
    /// type, so plan files open in it) in the user's data folder, or remove them again.
    InstallDesktop {
        /// Remove the files the installation added.
        #[arg(long)]
        uninstall: bool,
        /// Language of the messages: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
    /// Print every KRA metric's value per area and period (the whole alliance's computed from
    /// the areas' summed counts).
    Kpi {
        file: PathBuf,
        /// Print {"metrics":[{"name":..,"series":[{"area":..,"period":..,"value":".."}]}]}.
        #[arg(long)]
        json: bool,
        /// Language of the output: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
    /// Forecast the settlement from the actual costs reported by a date: at the run-rate so
    /// far and with the estimate of the rest, the KRA score from the latest measurements.
    Forecast {
        file: PathBuf,
        /// The date of the forecast: 2027-09-30, 30.9.2027 or a period (2027-Q3: its last day).
        #[arg(long)]
        as_of: String,
        /// The estimate of the cost still to come in euros (instead of the plan's own).
        #[arg(long, allow_hyphen_values = true)]
        rest: Option<String>,
        /// Print the forecast as JSON, amounts in integer cents.
        #[arg(long)]
        json: bool,
        /// Language of the output: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
    /// Print the scenario table: the settlement at each scenario share of the target cost.
    Scenarios {
        file: PathBuf,
        /// The weighted KRA score S (−1…1) instead of the metrics.
        #[arg(long, allow_hyphen_values = true)]
        kra_score: Option<String>,
        /// Print {"scenarios":[...]} as JSON, amounts in integer cents.
        #[arg(long)]
        json: bool,
        /// Language of the output: fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: Language,
    },
}

/// What a CSV file holds, as `--kind` names it (`csvio::Kind` for the command line).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CsvKind {
    /// Parties: one row per party.
    Parties,
    /// Services with their matrix cells: one row per service and party.
    Services,
    /// Budget lines: party, category, year, amount, description.
    Budget,
    /// The risk register: one row per risk.
    Risks,
    /// KRA metrics: one row per metric.
    Metrics,
    /// Follow-up measurements: one row per metric, area and period.
    Measurements,
    /// Follow-up actual costs: one row per party, cost category and period.
    Actuals,
}

impl From<CsvKind> for crate::csvio::Kind {
    fn from(k: CsvKind) -> Self {
        match k {
            CsvKind::Parties => crate::csvio::Kind::Parties,
            CsvKind::Services => crate::csvio::Kind::Services,
            CsvKind::Budget => crate::csvio::Kind::Budget,
            CsvKind::Risks => crate::csvio::Kind::Risks,
            CsvKind::Metrics => crate::csvio::Kind::Metrics,
            CsvKind::Measurements => crate::csvio::Kind::Measurements,
            CsvKind::Actuals => crate::csvio::Kind::Actuals,
        }
    }
}

/// Exit code: success.
pub const OK: u8 = 0;
/// Exit code: invalid input, or a plan with errors.
pub const INVALID: u8 = 1;
/// Exit code: a file could not be read, parsed or written.
pub const IO: u8 = 2;

/// Runs a subcommand, writing results to `out` and messages to `err`; returns the exit code.
pub fn run(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let result = match command {
        Command::Templates { lang } => templates(lang, out),
        Command::New { template, out: path, lang } => new(&template, &path, lang, out),
        Command::Generate { parties, services, risks, budget_lines, seed, months, out: path, lang } => {
            let opts = crate::generate::GenerateOptions { parties, services, risks, budget_lines, seed, months };
            generate::generate(&opts, &path, lang, out)
        }
        Command::Check { file, json, lang } => check(&file, json, lang, out),
        Command::Settle { file, actual, actual_percent, actual_producers, kra_score, json, lang } => {
            let args = settle::SettleArgs {
                file: &file,
                actual: match (&actual, &actual_percent) {
                    (_, Some(p)) => settle::ActualArg::Percent(p),
                    (Some(a), None) => settle::ActualArg::Euros(a),
                    (None, None) => settle::ActualArg::Euros(""),
                },
                actual_producers: actual_producers.as_deref(),
                kra_score: kra_score.as_deref(),
                json,
                lang,
            };
            settle::settle(&args, out, err)
        }
        Command::Kpi { file, json, lang } => followup::kpi(&file, json, lang, out),
        Command::Forecast { file, as_of, rest, json, lang } => {
            let args = followup::ForecastArgs { file: &file, as_of: &as_of, rest: rest.as_deref(), json, lang };
            followup::forecast(&args, out)
        }
        Command::Scenarios { file, kra_score, json, lang } => {
            settle::scenarios(&file, kra_score.as_deref(), json, lang, out, err)
        }
        Command::Export { file, annex, lang, out: path, date, include_closed } => {
            let args = export::ExportArgs {
                file: &file,
                annex: &annex,
                lang,
                out: &path,
                date: date.as_deref(),
                include_closed,
            };
            export::export(&args, out)
        }
        Command::Report { plan, period, out: path, lang } => {
            let args = report::ReportArgs { file: &plan, period: &period, out: &path, lang };
            report::report(&args, out)
        }
        Command::ImportSheet { file, into, kind, replace, dry_run, lang } => {
            let how = csv::How {
                kind: kind.map(Into::into),
                options: crate::csvio::Options { replace, today: None },
                dry_run,
            };
            csv::import(&file, &into, how, lang, out)
        }
        Command::ExportSheet { plan, out: path, kind, lang } => {
            csv::export(kind.map(Into::into), &plan, &path, lang, out)
        }
        Command::ImportCsv { kind, file, into, lang } => {
            let how = csv::How { kind: Some(kind.into()), options: Default::default(), dry_run: false };
            csv::import(&file, &into, how, lang, out)
        }
        Command::ExportCsv { kind, plan, out: path, lang } => csv::export(Some(kind.into()), &plan, &path, lang, out),
        Command::InstallDesktop { uninstall, lang } => desktop::run(uninstall, lang, out),
        Command::Diff { a, b, json, lang } => compare::diff(&a, &b, json, lang, out),
        Command::Merge { files, out: path, ours, theirs, git, json, lang } => {
            let decide = match (ours, theirs) {
                (true, _) => Some(crate::compare::merge::Side::Ours),
                (_, true) => Some(crate::compare::merge::Side::Theirs),
                _ => None,
            };
            let target = if git { files[1].clone() } else { path.unwrap_or_default() };
            let args = compare::MergeArgs {
                base: &files[0],
                ours: &files[1],
                theirs: &files[2],
                out: &target,
                git,
                decide,
                json,
                lang,
            };
            compare::merge(&args, out, err)
        }
    };
    match result {
        Ok(code) => code,
        Err((code, message)) => {
            let _ = writeln!(err, "{message}");
            code
        }
    }
}

type CliResult = Result<u8, (u8, String)>;

fn write_failed(e: std::io::Error) -> (u8, String) {
    (IO, format!("Cannot write the output: {e}."))
}

fn templates(lang: Language, out: &mut dyn Write) -> CliResult {
    for t in template::all() {
        writeln!(out, "{}\t{}", t.name, t.description(lang)).map_err(write_failed)?;
    }
    Ok(OK)
}

fn new(name: &str, path: &Path, lang: Language, out: &mut dyn Write) -> CliResult {
    let Some(t) = template::find(name) else {
        let names: Vec<&str> = template::all().iter().map(|t| t.name).collect();
        return Err((
            INVALID,
            tr(
                lang,
                Key::CliNoSuchTemplate,
                &[("name", name.to_string().into()), ("templates", names.join(", ").into())],
            ),
        ));
    };
    refuse_existing(path, lang)?;
    let plan = (t.build)();
    storage::save(&plan, path).map_err(|e| (IO, e.message(lang)))?;
    let p = path.display();
    let done = tr(lang, Key::CliCreated, &[("path", p.to_string().into()), ("name", name.to_string().into())]);
    writeln!(out, "{done}").map_err(write_failed)?;
    Ok(OK)
}

#[derive(serde::Serialize)]
struct JsonFinding<'a> {
    severity: Severity,
    code: &'a str,
    subject: String,
    message: String,
}

#[derive(serde::Serialize)]
struct JsonReport<'a> {
    findings: Vec<JsonFinding<'a>>,
}

fn check(path: &Path, json: bool, lang: Language, out: &mut dyn Write) -> CliResult {
    let loaded = storage::load(path).map_err(|e| (IO, e.message(lang)))?;
    let findings = rules::check(&loaded.plan);
    if json {
        let report = JsonReport {
            findings: findings
                .iter()
                .map(|f| JsonFinding {
                    severity: f.severity,
                    code: f.code(),
                    subject: f.subject.to_string(),
                    message: f.message(lang),
                })
                .collect(),
        };
        let text = serde_json::to_string(&report).map_err(|e| (IO, e.to_string()))?;
        writeln!(out, "{text}").map_err(write_failed)?;
    } else {
        for f in &findings {
            let sev = severity_name(f.severity, lang);
            writeln!(out, "{sev} [{}] {}: {}", f.code(), f.subject, f.message(lang)).map_err(write_failed)?;
        }
        let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
        let warnings = findings.len() - errors;
        let name = &loaded.plan.meta.name;
        let summary = tr(
            lang,
            Key::CliCheckSummary,
            &[
                ("name", name.to_string().into()),
                ("errors", errors.to_string().into()),
                ("warnings", warnings.to_string().into()),
            ],
        );
        writeln!(out, "{summary}").map_err(write_failed)?;
        if loaded.newer {
            let note = text(lang, Key::CliCheckNewer);
            writeln!(out, "{note}").map_err(write_failed)?;
        }
    }
    Ok(if rules::has_errors(&findings) { INVALID } else { OK })
}

/// "virhe" / "fel" / "error", "varoitus" / "varning" / "warning".
pub fn severity_name(s: Severity, lang: Language) -> &'static str {
    match s {
        Severity::Error => text(lang, Key::CliSeverityError),
        Severity::Warning => text(lang, Key::CliSeverityWarning),
    }
}

/// Refuses to create a file that exists (`new` and `generate` never overwrite one).
fn refuse_existing(path: &Path, lang: Language) -> Result<(), (u8, String)> {
    if !path.exists() {
        return Ok(());
    }
    let p = path.display();
    Err((INVALID, tr(lang, Key::CliFileExists, &[("path", p.to_string().into())])))
}
