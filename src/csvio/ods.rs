//! The workbook as an OpenDocument spreadsheet (ods): a zip of XML that LibreOffice opens with a
//! sheet per list, numbers and dates typed, money with two decimals and grouping, a bold and
//! frozen header row with filter buttons and columns as wide as their text.

use super::Kind;
use super::sheet::{Value, widths};
use crate::model::Plan;
use std::fmt::Write as _;
use std::io::Write;
use zip::write::SimpleFileOptions;

const MIME: &str = "application/vnd.oasis.opendocument.spreadsheet";

const NS: &str = concat!(
    r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#,
    r#"xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" "#,
    r#"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" "#,
    r#"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#,
    r#"xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" "#,
    r#"xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" "#,
    r#"xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" "#,
    r#"xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" "#,
    r#"xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3""#
);

/// The automatic styles: number and date formats, the cell styles using them, a bold header.
const STYLES: &str = r#"<office:automatic-styles>
<number:number-style style:name="N-money"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="N-percent"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
<number:number-style style:name="N-whole"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>
<number:date-style style:name="N-date"><number:day/><number:text>.</number:text><number:month/><number:text>.</number:text><number:year number:style="long"/></number:date-style>
<style:style style:name="money" style:family="table-cell" style:data-style-name="N-money"/>
<style:style style:name="percent" style:family="table-cell" style:data-style-name="N-percent"/>
<style:style style:name="whole" style:family="table-cell" style:data-style-name="N-whole"/>
<style:style style:name="date" style:family="table-cell" style:data-style-name="N-date"/>
<style:style style:name="head" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
"#;

/// The lists of the plan as an ods file.
pub fn write(plan: &Plan, kinds: &[Kind]) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("mimetype", stored)?;
    zip.write_all(MIME.as_bytes())?;
    zip.start_file("META-INF/manifest.xml", deflated)?;
    zip.write_all(manifest().as_bytes())?;
    zip.start_file("meta.xml", deflated)?;
    zip.write_all(meta(plan).as_bytes())?;
    zip.start_file("content.xml", deflated)?;
    zip.write_all(content(plan, kinds).as_bytes())?;
    zip.start_file("settings.xml", deflated)?;
    zip.write_all(settings(kinds).as_bytes())?;
    Ok(zip.finish()?.into_inner())
}

fn manifest() -> String {
    let file = |path: &str, kind: &str| {
        format!(r#"<manifest:file-entry manifest:full-path="{path}" manifest:media-type="{kind}"/>"#)
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">{}{}{}{}</manifest:manifest>"#,
        file("/", MIME),
        file("content.xml", "text/xml"),
        file("meta.xml", "text/xml"),
        file("settings.xml", "text/xml"),
    )
}

fn meta(plan: &Plan) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}><office:meta><dc:title>{}</dc:title><meta:generator>Allianssi</meta:generator></office:meta></office:document-meta>"#,
        escape(&plan.meta.name)
    )
}

/// XML text: `&`, `<`, `>` and `"` escaped, characters XML cannot hold dropped (also the
/// annexes' XMP metadata).
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Paragraphs of a text cell, one per line.
fn paragraphs(out: &mut String, s: &str) {
    for line in s.split('\n') {
        let _ = write!(out, "<text:p>{}</text:p>", escape(line.trim_end_matches('\r')));
    }
}

/// A list's kind, header and rows.
type Sheet = (Kind, Vec<&'static str>, Vec<Vec<Value>>);

fn content(plan: &Plan, kinds: &[Kind]) -> String {
    let mut out = format!(r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>"#);
    out.push_str(STYLES);
    let sheets: Vec<Sheet> = kinds.iter().map(|&k| (k, k.header(), k.rows(plan))).collect();
    for (k, (_, header, rows)) in sheets.iter().enumerate() {
        for (c, w) in widths(header, rows).into_iter().enumerate() {
            // A character of the default font is about 0.21 cm wide.
            let _ = write!(
                out,
                r#"<style:style style:name="co{k}-{c}" style:family="table-column"><style:table-column-properties style:column-width="{:.2}cm"/></style:style>"#,
                w as f64 * 0.21
            );
        }
    }
    out.push_str("</office:automatic-styles><office:body><office:spreadsheet>");
    let mut ranges = String::new();
    for (k, (kind, header, rows)) in sheets.iter().enumerate() {
        let name = kind.sheet_names()[0];
        let _ = write!(out, r#"<table:table table:name="{name}">"#);
        for c in 0..header.len() {
            let _ = write!(out, r#"<table:table-column table:style-name="co{k}-{c}"/>"#);
        }
        out.push_str("<table:table-header-rows><table:table-row>");
        for h in header {
            out.push_str(r#"<table:table-cell table:style-name="head" office:value-type="string">"#);
            paragraphs(&mut out, h);
            out.push_str("</table:table-cell>");
        }
        out.push_str("</table:table-row></table:table-header-rows>");
        for row in rows {
            out.push_str("<table:table-row>");
            for v in row {
                cell(&mut out, v);
            }
            out.push_str("</table:table-row>");
        }
        out.push_str("</table:table>");
        let last = super::message::letters(header.len().saturating_sub(1));
        let _ = write!(
            ranges,
            r#"<table:database-range table:name="__Anonymous_Sheet_DB__{k}" table:target-range-address="'{name}'.A1:'{name}'.{last}{}" table:display-filter-buttons="true"/>"#,
            rows.len() + 1
        );
    }
    let _ = write!(out, "<table:database-ranges>{ranges}</table:database-ranges>");
    out.push_str("</office:spreadsheet></office:body></office:document-content>");
    out
}

fn cell(out: &mut String, v: &Value) {
    let number = |out: &mut String, style: &str| {
        let n = v.number().unwrap_or_default();
        let _ = write!(
            out,
            r#"<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{n}">"#
        );
        paragraphs(out, &v.cell());
        out.push_str("</table:table-cell>");
    };
    match v {
        Value::Text(s) if s.is_empty() => out.push_str("<table:table-cell/>"),
        Value::Date(None) => out.push_str("<table:table-cell/>"),
        Value::Text(_) | Value::YesNo(_) => {
            out.push_str(r#"<table:table-cell office:value-type="string">"#);
            paragraphs(out, &v.cell());
            out.push_str("</table:table-cell>");
        }
        Value::Date(Some(d)) => {
            let _ = write!(
                out,
                r#"<table:table-cell table:style-name="date" office:value-type="date" office:date-value="{}"><text:p>{}</text:p></table:table-cell>"#,
                d.format("%Y-%m-%d"),
                d.format("%-d.%-m.%Y")
            );
        }
        Value::Money(_) => number(out, "money"),
        Value::Percent(_) => number(out, "percent"),
        Value::Whole(_) => number(out, "whole"),
        Value::Decimal(_) => {
            let n = v.number().unwrap_or_default();
            let _ = write!(out, r#"<table:table-cell office:value-type="float" office:value="{n}">"#);
            paragraphs(out, &v.cell());
            out.push_str("</table:table-cell>");
        }
    }
}

/// The view settings: every sheet's first row frozen.
fn settings(kinds: &[Kind]) -> String {
    let item = |name: &str, kind: &str, value: &str| {
        format!(r#"<config:config-item config:name="{name}" config:type="{kind}">{value}</config:config-item>"#)
    };
    let mut tables = String::new();
    for kind in kinds {
        let _ = write!(
            tables,
            r#"<config:config-item-map-entry config:name="{}">{}{}{}{}{}</config:config-item-map-entry>"#,
            kind.sheet_names()[0],
            item("VerticalSplitMode", "short", "2"),
            item("VerticalSplitPosition", "int", "1"),
            item("ActiveSplitRange", "short", "2"),
            item("PositionTop", "int", "0"),
            item("PositionBottom", "int", "1"),
        );
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-settings {NS}><office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views"><config:config-item-map-entry><config:config-item-map-named config:name="Tables">{tables}</config:config-item-map-named></config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings></office:document-settings>"#
    )
}
