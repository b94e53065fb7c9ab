//! The annexes' logical structure (a tagged PDF): every text the layout places in the structure
//! is marked content with an MCID; here those marks become a structure tree in reading order, a
//! Document holding headings (H1–H3), paragraphs (P) and tables (Table › TR › TH/TD), with the
//! parent tree that maps each page's MCIDs back to their elements. Page headers, rules, fills,
//! bullets and repeated table headers are artifacts. Lists, figures' alternative text and table
//! header scopes are not tagged (see the README).

use super::layout::Role;
use lopdf::{Dictionary, Object, ObjectId};
use std::collections::HashMap;

/// One tagged text on a page, in MCID order: its role, its block and its annex (part).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub role: Role,
    pub block: u32,
    pub part: usize,
}

/// The structure type of a role.
pub fn name(role: Role) -> &'static str {
    match role {
        Role::Artifact => "Artifact",
        Role::Heading(1) => "H1",
        Role::Heading(2) => "H2",
        Role::Heading(_) => "H3",
        Role::Paragraph => "P",
        Role::Cell { header: true, .. } => "TH",
        Role::Cell { .. } => "TD",
    }
}

/// What an element holds: other elements, or marked content on a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kid {
    Elem(u32),
    Content { page: u32, mcid: u32 },
}

/// An element: its type, its parent (none for the Document) and its kids, a range of
/// `Tree::kids` (one flat list: 20 bytes an element rather than a vector each).
struct Elem {
    kind: &'static str,
    parent: Option<u32>,
    first: u32,
    count: u32,
}

/// The structure: elements (element 0 the Document), their kids, and for each page the element
/// of each MCID.
struct Tree {
    elems: Vec<Elem>,
    kids: Vec<Kid>,
    owners: Vec<Vec<u32>>,
}

impl Tree {
    fn kids(&self, e: usize) -> &[Kid] {
        let Elem { first, count, .. } = self.elems[e];
        &self.kids[first as usize..(first + count) as usize]
    }
}

/// Where an element is found again when more of its content follows.
#[derive(Hash, PartialEq, Eq)]
enum Key {
    Block(usize, u32),
    Table(usize, u32),
    Row(usize, u32, u32),
    Cell(usize, u32, u32, u16),
}

/// The structure of the marks, in reading order.
fn tree(marks: &[Vec<Mark>]) -> Tree {
    let mut elems = vec![Elem { kind: "Document", parent: None, first: 0, count: 0 }];
    // Each kid with its element, in the order they come; grouped by element below.
    let mut edges: Vec<(u32, Kid)> = Vec::new();
    let mut found: HashMap<Key, u32> = HashMap::new();
    let mut open = |elems: &mut Vec<Elem>, edges: &mut Vec<(u32, Kid)>, key: Key, kind: &'static str, parent: u32| {
        *found.entry(key).or_insert_with(|| {
            let id = elems.len() as u32;
            elems.push(Elem { kind, parent: Some(parent), first: 0, count: 0 });
            edges.push((parent, Kid::Elem(id)));
            id
        })
    };
    let mut owners = Vec::with_capacity(marks.len());
    for (page, page_marks) in marks.iter().enumerate() {
        let mut owner = Vec::with_capacity(page_marks.len());
        for (mcid, m) in page_marks.iter().enumerate() {
            let e = &mut edges;
            let elem = match m.role {
                Role::Cell { table, row, col, .. } => {
                    let t = open(&mut elems, e, Key::Table(m.part, table), "Table", 0);
                    let r = open(&mut elems, e, Key::Row(m.part, table, row), "TR", t);
                    open(&mut elems, e, Key::Cell(m.part, table, row, col), name(m.role), r)
                }
                role => open(&mut elems, e, Key::Block(m.part, m.block), name(role), 0),
            };
            edges.push((elem, Kid::Content { page: page as u32, mcid: mcid as u32 }));
            owner.push(elem);
        }
        owners.push(owner);
    }
    drop(found);
    // Group the kids by element, keeping their order (a counting sort).
    for &(e, _) in &edges {
        elems[e as usize].count += 1;
    }
    let mut at = 0;
    for e in &mut elems {
        e.first = at;
        at += e.count;
    }
    let mut fill: Vec<u32> = elems.iter().map(|e| e.first).collect();
    let mut kids = vec![Kid::Elem(0); edges.len()];
    for (e, kid) in edges {
        kids[fill[e as usize] as usize] = kid;
        fill[e as usize] += 1;
    }
    Tree { elems, kids, owners }
}

/// A structure tree ready to be written: its object numbers reserved in the document.
pub struct Prepared {
    /// The StructTreeRoot; the parent tree is the next number and element `i` the one `2 + i`
    /// after it.
    root: u32,
    tree: Tree,
    pages: Vec<u32>,
}

impl Prepared {
    fn elem(&self, i: u32) -> u32 {
        self.root + 2 + i
    }
}

/// Places the structure tree in the document before it is saved: reserves its object numbers,
/// sets /StructParents on each page and /StructTreeRoot, /MarkInfo and the viewer's title
/// preference in the catalog. The elements themselves are written by `append` straight into the
/// saved bytes: as lopdf objects they took 500 MB for a 2 000-page document. `marks` holds a
/// list per page, in page order.
pub fn prepare(lo: &mut lopdf::Document, marks: &[Vec<Mark>]) -> Option<Prepared> {
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    if pages.len() != marks.len() || pages.iter().any(|p| p.1 != 0) {
        return None;
    }
    let tree = tree(marks);
    let root = lo.max_id + 1;
    lo.max_id = root + 1 + tree.elems.len() as u32;
    for (i, page) in pages.iter().enumerate() {
        let dict = lo.get_object_mut(*page).ok()?.as_dict_mut().ok()?;
        dict.set("StructParents", Object::Integer(i as i64));
    }
    let catalog_id = lo.trailer.get(b"Root").ok()?.as_reference().ok()?;
    let catalog = lo.get_object_mut(catalog_id).ok()?.as_dict_mut().ok()?;
    let mut mark_info = Dictionary::new();
    mark_info.set("Marked", Object::Boolean(true));
    catalog.set("MarkInfo", Object::Dictionary(mark_info));
    catalog.set("StructTreeRoot", Object::Reference((root, 0)));
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    Some(Prepared { root, tree, pages: pages.iter().map(|p| p.0).collect() })
}

/// Writes the prepared structure tree into a file lopdf saved with a classic cross-reference
/// table: the objects go after the body, their entries in a subsection of their own after
/// lopdf's, and `startxref` moves to the table.
pub fn append(mut out: Vec<u8>, t: &Prepared) -> Option<Vec<u8>> {
    use std::fmt::Write as _;
    let find_last = |hay: &[u8], n: &[u8]| hay.windows(n.len()).rposition(|w| w == n);
    let startxref = find_last(&out, b"startxref")?;
    let xref_at: usize = std::str::from_utf8(&out[startxref + 9..]).ok()?.split_whitespace().next()?.parse().ok()?;
    let trailer_at = find_last(out.get(xref_at..startxref)?, b"trailer")?;
    if !out.get(xref_at..)?.starts_with(b"xref") {
        return None;
    }
    // The table and the trailer, without `startxref`; the body stays where it is.
    let tail = out[xref_at..startxref].to_vec();
    out.truncate(xref_at);
    // Room for the whole tree at once (about 60 bytes an element, 9 a parent-tree entry), so
    // the file is not copied while it grows.
    let owned: usize = t.tree.owners.iter().map(Vec::len).sum();
    out.reserve(t.tree.elems.len() * 100 + owned * 12 + tail.len() + 64);
    let mut offsets = Vec::with_capacity(t.tree.elems.len() + 2);
    let mut obj = String::new();
    let mut emit = |out: &mut Vec<u8>, id: u32, body: &str| {
        offsets.push(out.len());
        out.extend_from_slice(format!("{id} 0 obj\n").as_bytes());
        out.extend_from_slice(body.as_bytes());
        out.extend_from_slice(b"\nendobj\n");
    };
    let _ = write!(
        obj,
        "<</Type/StructTreeRoot/K {} 0 R/ParentTree {} 0 R/ParentTreeNextKey {}>>",
        t.elem(0),
        t.root + 1,
        t.pages.len()
    );
    emit(&mut out, t.root, &obj);
    obj.clear();
    obj.push_str("<</Nums[");
    for (page, owner) in t.tree.owners.iter().enumerate() {
        let _ = write!(obj, "{page}[");
        for (k, &e) in owner.iter().enumerate() {
            let _ = write!(obj, "{}{} 0 R", if k > 0 { " " } else { "" }, t.elem(e));
        }
        obj.push(']');
    }
    obj.push_str("]>>");
    emit(&mut out, t.root + 1, &obj);
    for (i, e) in t.tree.elems.iter().enumerate() {
        let i = i as u32;
        obj.clear();
        let parent = e.parent.map_or(t.root, |p| t.elem(p));
        // /Type /StructElem is optional and left out: it would be a tenth of the tree.
        let _ = write!(obj, "<</S/{}/P {parent} 0 R", e.kind);
        // Content on one page only (most elements): the page once, the MCIDs as numbers.
        let kids = t.tree.kids(i as usize);
        let mut on = kids.iter().filter_map(|k| if let Kid::Content { page, .. } = k { Some(*page) } else { None });
        let first = on.next();
        let one_page = first.filter(|&p| on.all(|q| q == p));
        if let Some(page) = one_page {
            let _ = write!(obj, "/Pg {} 0 R", t.pages[page as usize]);
        }
        obj.push_str("/K[");
        for (k, kid) in kids.iter().enumerate() {
            if k > 0 {
                obj.push(' ');
            }
            let _ = match *kid {
                Kid::Elem(c) => write!(obj, "{} 0 R", t.elem(c)),
                Kid::Content { mcid, .. } if one_page.is_some() => write!(obj, "{mcid}"),
                Kid::Content { page, mcid } => {
                    write!(obj, "<</Type/MCR/Pg {} 0 R/MCID {mcid}>>", t.pages[page as usize])
                }
            };
        }
        obj.push_str("]>>");
        emit(&mut out, t.elem(i), &obj);
    }
    let table_at = out.len();
    out.extend_from_slice(&tail[..trailer_at]);
    out.extend_from_slice(format!("{} {}\n", t.root, offsets.len()).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(&tail[trailer_at..]);
    out.extend_from_slice(format!("startxref\n{table_at}\n%%EOF\n").as_bytes());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Headings and paragraphs are blocks under the Document; a table's cells group into rows
    /// and the rows into one table even when it continues on the next page; the same block
    /// number in another annex is another element.
    #[test]
    fn marks_group_into_blocks_rows_and_tables() {
        let m = |role, block, part| Mark { role, block, part };
        let cell = |row, col| Role::Cell { table: 3, row, col, header: row == 0 };
        let marks = vec![
            vec![m(Role::Heading(2), 1, 1), m(Role::Paragraph, 2, 1), m(Role::Paragraph, 2, 1), m(cell(0, 0), 0, 1)],
            vec![m(cell(1, 0), 0, 1), m(cell(1, 1), 0, 1), m(cell(1, 1), 0, 1), m(Role::Paragraph, 2, 2)],
        ];
        let t = tree(&marks);
        let kinds: Vec<&str> = t.elems.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, ["Document", "H2", "P", "Table", "TR", "TH", "TR", "TD", "TD", "P"]);
        assert_eq!(t.owners, vec![vec![1, 2, 2, 5], vec![7, 8, 8, 9]]);
        assert_eq!(t.kids(0), [Kid::Elem(1), Kid::Elem(2), Kid::Elem(3), Kid::Elem(9)]);
        assert_eq!(t.kids(3), [Kid::Elem(4), Kid::Elem(6)]);
        assert_eq!(t.elems[6].parent, Some(3));
        assert_eq!(t.kids(8), [Kid::Content { page: 1, mcid: 1 }, Kid::Content { page: 1, mcid: 2 }]);
        assert_eq!(t.kids(2), [Kid::Content { page: 0, mcid: 1 }, Kid::Content { page: 0, mcid: 2 }]);
    }
}
