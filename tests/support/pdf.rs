//! A structural check of a PDF file in Rust (lopdf and the raw bytes), so the suite needs no
//! system tool: the header and end marker, a classic cross-reference table whose every entry
//! points at its object, a trailer `/Size` that fits, no reference to a missing object, stream
//! lengths that end exactly at `endstream`, streams that decode, a page tree whose counts and
//! parents agree, page boxes, page contents that parse, fonts that are named in the resources
//! and embedded, and document information that decodes. `.ci/run` runs `qpdf --check` on top.

use lopdf::{Document, Object, ObjectId};
use std::collections::{BTreeSet, HashSet};

/// Every structural problem found in `bytes`; empty for a sound file.
pub fn problems(bytes: &[u8]) -> Vec<String> {
    let mut p = Vec::new();
    if !bytes.starts_with(b"%PDF-1.") {
        p.push("no %PDF-1.x header".to_string());
    }
    if !bytes.trim_ascii_end().ends_with(b"%%EOF") {
        p.push("no %%EOF at the end".to_string());
    }
    let offsets = match xref(bytes) {
        Ok(o) => o,
        Err(e) => {
            p.push(e);
            return p;
        }
    };
    let doc = match Document::load_mem(bytes) {
        Ok(d) => d,
        Err(e) => {
            p.push(format!("lopdf cannot load the file: {e}"));
            return p;
        }
    };
    let size = doc.trailer.get(b"Size").and_then(Object::as_i64).unwrap_or(-1);
    let highest = offsets.iter().map(|(id, _)| id.0).max().unwrap_or(0);
    if size != i64::from(highest) + 1 {
        p.push(format!("trailer /Size {size}, highest object number {highest}"));
    }
    for &(id, offset) in &offsets {
        if !doc.objects.contains_key(&id) {
            p.push(format!("object {id:?} is in the xref table but not loaded"));
        }
        stream_end(bytes, id, offset, &doc, &mut p);
    }
    dangling(&doc, &mut p);
    for (id, obj) in &doc.objects {
        if let Object::Stream(s) = obj {
            let filtered = s.dict.get(b"Filter").is_ok();
            if filtered && s.decompressed_content().is_err() {
                p.push(format!("stream {id:?} does not decode"));
            }
        }
    }
    pages(&doc, &mut p);
    if let Ok(info) = doc.trailer.get(b"Info").and_then(|i| doc.dereference(i)).and_then(|(_, o)| o.as_dict()) {
        for (key, value) in info.iter() {
            if let Object::String(..) = value
                && lopdf::decode_text_string(value).is_err()
            {
                p.push(format!("/Info /{} does not decode as text", String::from_utf8_lossy(key)));
            }
        }
    } else {
        p.push("no document information dictionary".to_string());
    }
    p
}

/// The in-use entries of the classic cross-reference table that `startxref` points at, each
/// checked to point at "N G obj".
fn xref(bytes: &[u8]) -> Result<Vec<(ObjectId, usize)>, String> {
    let at = find_last(bytes, b"startxref").ok_or("no startxref")?;
    let tail = std::str::from_utf8(&bytes[at + 9..]).map_err(|_| "startxref is not text")?;
    let start: usize = tail.split_whitespace().next().and_then(|n| n.parse().ok()).ok_or("startxref has no offset")?;
    let table = bytes.get(start..).ok_or("startxref points past the end")?;
    if !table.starts_with(b"xref") {
        return Err(format!("startxref {start} does not point at a classic xref table"));
    }
    let text = String::from_utf8_lossy(table);
    let mut lines = text.lines().skip(1);
    let mut entries = Vec::new();
    while let Some(line) = lines.next() {
        let line = line.trim();
        if line.starts_with("trailer") {
            break;
        }
        let (first, count) = line.split_once(' ').ok_or_else(|| format!("bad xref subsection line {line:?}"))?;
        let (first, count): (u32, usize) = (
            first.parse().map_err(|_| format!("bad xref start {line:?}"))?,
            count.trim().parse().map_err(|_| format!("bad xref count {line:?}"))?,
        );
        for n in 0..count {
            let entry = lines.next().ok_or("the xref table ends early")?;
            let parts: Vec<&str> = entry.split_whitespace().collect();
            let [offset, generation, kind] = parts[..] else { return Err(format!("bad xref entry {entry:?}")) };
            if offset.len() != 10 || generation.len() != 5 {
                return Err(format!("xref entry {entry:?} is not 10 + 5 digits"));
            }
            if kind == "n" {
                let offset: usize = offset.parse().map_err(|_| format!("bad offset {entry:?}"))?;
                let generation: u16 = generation.parse().map_err(|_| format!("bad generation {entry:?}"))?;
                let id = (first + n as u32, generation);
                let head = format!("{} {} obj", id.0, id.1);
                if !bytes.get(offset..).is_some_and(|b| b.starts_with(head.as_bytes())) {
                    return Err(format!("xref offset {offset} of object {id:?} does not point at \"{head}\""));
                }
                entries.push((id, offset));
            }
        }
    }
    if entries.is_empty() {
        return Err("the xref table lists no object".to_string());
    }
    Ok(entries)
}

fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A stream's `/Length` bytes after `stream` and its end of line end exactly at `endstream`.
fn stream_end(bytes: &[u8], id: ObjectId, offset: usize, doc: &Document, p: &mut Vec<String>) {
    let object = &bytes[offset..];
    let end = find(object, b"endobj").unwrap_or(object.len());
    // The keyword comes before any data, so the first one before `endobj` is the stream's.
    let Some(kw) = find(&object[..end], b"stream") else { return };
    let Some(Object::Stream(s)) = doc.objects.get(&id) else {
        p.push(format!("object {id:?} is a stream that lopdf cannot read"));
        return;
    };
    let mut data = kw + b"stream".len();
    data += match &object[data..] {
        [b'\r', b'\n', ..] => 2,
        [b'\n', ..] => 1,
        _ => {
            p.push(format!("stream {id:?}: no end of line after the stream keyword"));
            return;
        }
    };
    let length = match s.dict.get(b"Length").map(|l| doc.dereference(l)) {
        Ok(Ok((_, Object::Integer(n)))) => *n as usize,
        _ => {
            p.push(format!("stream {id:?} has no integer /Length"));
            return;
        }
    };
    // The data, an end of line that /Length does not count, then `endstream`.
    let after = object.get(data + length..).unwrap_or_default();
    let eol = after.strip_prefix(b"\r\n").or_else(|| after.strip_prefix(b"\n"));
    if !eol.is_some_and(|rest| rest.starts_with(b"endstream")) {
        p.push(format!("stream {id:?}: /Length {length} does not end at endstream"));
    }
}

/// Every reference reachable from the trailer names a loaded object.
fn dangling(doc: &Document, p: &mut Vec<String>) {
    let mut seen = HashSet::new();
    let mut stack: Vec<&Object> = doc.trailer.iter().map(|(_, v)| v).collect();
    while let Some(o) = stack.pop() {
        match o {
            Object::Reference(id) if seen.insert(*id) => match doc.objects.get(id) {
                Some(target) => stack.push(target),
                None => p.push(format!("reference to missing object {id:?}")),
            },
            Object::Array(a) => stack.extend(a),
            Object::Dictionary(d) => stack.extend(d.iter().map(|(_, v)| v)),
            Object::Stream(s) => stack.extend(s.dict.iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}

fn name_is(dict: &lopdf::Dictionary, key: &[u8], want: &[u8]) -> bool {
    dict.get(key).and_then(Object::as_name).is_ok_and(|n| n == want)
}

/// The catalog and page tree: types, `/Count` of every node, each kid's `/Parent`, a box on
/// every page, contents that parse and fonts that exist and are embedded.
fn pages(doc: &Document, p: &mut Vec<String>) {
    let Ok(catalog) = doc.catalog() else {
        p.push("no catalog".to_string());
        return;
    };
    if !name_is(catalog, b"Type", b"Catalog") {
        p.push("the root is not /Type /Catalog".to_string());
    }
    let Ok(root) = catalog.get(b"Pages").and_then(Object::as_reference) else {
        p.push("the catalog has no /Pages reference".to_string());
        return;
    };
    let mut leaves = Vec::new();
    count(doc, root, None, &mut leaves, p, 0);
    if leaves.len() != doc.get_pages().len() {
        p.push(format!("{} pages in the tree, lopdf finds {}", leaves.len(), doc.get_pages().len()));
    }
    let mut fonts_checked = BTreeSet::new();
    for (n, (id, media_box)) in leaves.iter().enumerate() {
        if !media_box {
            p.push(format!("page {} has no /MediaBox", n + 1));
        }
        if let Err(e) = doc.get_and_decode_page_content(*id) {
            p.push(format!("page {}: contents do not parse: {e}", n + 1));
            continue;
        }
        let Ok(fonts) = doc.get_page_fonts(*id) else {
            p.push(format!("page {}: font resources cannot be read", n + 1));
            continue;
        };
        let used: BTreeSet<Vec<u8>> = doc
            .get_and_decode_page_content(*id)
            .map(|c| c.operations)
            .unwrap_or_default()
            .into_iter()
            .filter(|op| op.operator == "Tf")
            .filter_map(|op| op.operands.first().and_then(|o| o.as_name().ok()).map(<[u8]>::to_vec))
            .collect();
        for name in used {
            match fonts.get(&name) {
                None => {
                    p.push(format!("page {}: font /{} is not in the resources", n + 1, String::from_utf8_lossy(&name)))
                }
                Some(font) if fonts_checked.insert(name.clone()) => embedded(doc, font, &name, p),
                Some(_) => {}
            }
        }
    }
}

/// Walks a page-tree node; returns how many pages it holds, pushing (page, has a box).
fn count(
    doc: &Document,
    id: ObjectId,
    parent: Option<ObjectId>,
    leaves: &mut Vec<(ObjectId, bool)>,
    p: &mut Vec<String>,
    depth: usize,
) -> i64 {
    let Ok(node) = doc.get_dictionary(id) else {
        p.push(format!("page tree node {id:?} is not a dictionary"));
        return 0;
    };
    if depth > 32 {
        p.push("the page tree is too deep (a cycle?)".to_string());
        return 0;
    }
    let got_parent = node.get(b"Parent").and_then(Object::as_reference).ok();
    if got_parent != parent {
        p.push(format!("node {id:?}: /Parent {got_parent:?}, expected {parent:?}"));
    }
    if name_is(node, b"Type", b"Page") {
        let has_box = |d: &lopdf::Dictionary| {
            d.get(b"MediaBox")
                .and_then(Object::as_array)
                .is_ok_and(|a| a.len() == 4 && a.iter().all(|v| v.as_float().is_ok()))
        };
        let inherited = parent.and_then(|pid| doc.get_dictionary(pid).ok()).is_some_and(has_box);
        leaves.push((id, has_box(node) || inherited));
        return 1;
    }
    if !name_is(node, b"Type", b"Pages") {
        p.push(format!("node {id:?} is neither /Page nor /Pages"));
        return 0;
    }
    let kids: Vec<ObjectId> = node
        .get(b"Kids")
        .and_then(Object::as_array)
        .map(|a| a.iter().filter_map(|k| k.as_reference().ok()).collect())
        .unwrap_or_default();
    let total: i64 = kids.into_iter().map(|k| count(doc, k, Some(id), leaves, p, depth + 1)).sum();
    let declared = node.get(b"Count").and_then(Object::as_i64).unwrap_or(-1);
    if declared != total {
        p.push(format!("node {id:?}: /Count {declared}, {total} pages below it"));
    }
    total
}

/// A font used on a page has its program embedded (directly or in its descendant font).
fn embedded(doc: &Document, font: &lopdf::Dictionary, name: &[u8], p: &mut Vec<String>) {
    let name = String::from_utf8_lossy(name);
    let descendant = font
        .get(b"DescendantFonts")
        .and_then(Object::as_array)
        .ok()
        .and_then(|a| a.first())
        .and_then(|d| doc.dereference(d).ok())
        .and_then(|(_, o)| o.as_dict().ok());
    let with_descriptor = descendant.unwrap_or(font);
    let descriptor = with_descriptor
        .get(b"FontDescriptor")
        .ok()
        .and_then(|d| doc.dereference(d).ok())
        .and_then(|(_, o)| o.as_dict().ok());
    let Some(descriptor) = descriptor else {
        p.push(format!("font /{name} has no font descriptor"));
        return;
    };
    let program = [b"FontFile".as_slice(), b"FontFile2", b"FontFile3"]
        .into_iter()
        .find_map(|k| descriptor.get(k).ok())
        .and_then(|r| doc.dereference(r).ok())
        .map(|(_, o)| o);
    match program {
        Some(Object::Stream(s)) if !s.content.is_empty() => {}
        _ => p.push(format!("font /{name} is not embedded")),
    }
}
