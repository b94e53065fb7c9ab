//! Generates `OUT_DIR/keys.rs` from the Fluent catalogues under `i18n/`: the `Key` enum, one
//! variant per message id of the Finnish catalogue (`rules-phase-missing` becomes
//! `RulesPhaseMissing`), so that a call with a key that does not exist fails to compile, and
//! `CATALOGUES`, every `.ftl` file of every language folder embedded with `include_str!`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let i18n = root.join("i18n");
    println!("cargo:rerun-if-changed={}", i18n.display());

    let mut languages: Vec<PathBuf> = dir(&i18n).into_iter().filter(|p| p.is_dir()).collect();
    languages.sort();
    let mut catalogues = String::new();
    let mut ids: Vec<String> = Vec::new();
    for language in &languages {
        println!("cargo:rerun-if-changed={}", language.display());
        let code = language.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let mut files: Vec<PathBuf> =
            dir(language).into_iter().filter(|p| p.extension().is_some_and(|e| e == "ftl")).collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file.file_stem().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            writeln!(catalogues, "    ({code:?}, {name:?}, include_str!({:?})),", file.display().to_string()).unwrap();
            if code == "fi" {
                let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
                let resource = match fluent_syntax::parser::parse(text.as_str()) {
                    Ok(r) => r,
                    Err((_, errors)) => panic!("{}: {errors:?}", file.display()),
                };
                for entry in resource.body {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        ids.push(m.id.name.to_string());
                    }
                }
            }
        }
    }

    let mut out = String::new();
    out.push_str("/// Every message of the catalogues: one variant per message id of the Finnish catalogue.\n");
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum Key {\n");
    for id in &ids {
        writeln!(out, "    /// `{id}`\n    {},", camel(id)).unwrap();
    }
    out.push_str("}\n\nimpl Key {\n    /// Every key, in catalogue order.\n    pub const ALL: &'static [Key] = &[\n");
    for id in &ids {
        writeln!(out, "        Key::{},", camel(id)).unwrap();
    }
    out.push_str("    ];\n\n    /// The message id in the catalogues.\n    pub fn id(self) -> &'static str {\n        match self {\n");
    for id in &ids {
        writeln!(out, "            Key::{} => {id:?},", camel(id)).unwrap();
    }
    out.push_str("        }\n    }\n}\n\n");
    out.push_str("/// Every catalogue file: (language code, file stem, text).\n");
    out.push_str("pub const CATALOGUES: &[(&str, &str, &str)] = &[\n");
    out.push_str(&catalogues);
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("keys.rs");
    std::fs::write(dest, out).expect("write keys.rs");
}

fn dir(path: &Path) -> Vec<PathBuf> {
    match std::fs::read_dir(path) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

/// `rules-phase-missing` → `RulesPhaseMissing`.
fn camel(id: &str) -> String {
    id.split(['-', '_'])
        .map(|part| {
            let mut c = part.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect::<String>(),
                None => String::new(),
            }
        })
        .collect()
}
