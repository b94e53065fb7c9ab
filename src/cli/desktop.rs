//! `allianssi install-desktop`: puts the launcher entry, the icons and the plan files' MIME type
//! into the user's data folder (freedesktop.org: `$XDG_DATA_HOME`, by default
//! `~/.local/share`), so Allianssi appears among the applications and opens plan files; with
//! `--uninstall` it removes exactly those files. No administrator rights, nothing outside that
//! folder; the desktop databases are refreshed when their tools are installed.

use super::{CliResult, INVALID, IO, OK};
use crate::i18n::{Key, Language, text, tr};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::APP_ID;

const DESKTOP: &str = include_str!("../../assets/desktop/fi.allianssi.Allianssi.desktop");
const MIME: &[u8] = include_bytes!("../../assets/desktop/fi.allianssi.Allianssi.xml");
const SVG: &[u8] = include_bytes!("../../assets/desktop/icons/fi.allianssi.Allianssi.svg");
const PNGS: [(u32, &[u8]); 7] = [
    (16, include_bytes!("../../assets/desktop/icons/allianssi-16.png")),
    (24, include_bytes!("../../assets/desktop/icons/allianssi-24.png")),
    (32, include_bytes!("../../assets/desktop/icons/allianssi-32.png")),
    (48, include_bytes!("../../assets/desktop/icons/allianssi-48.png")),
    (64, include_bytes!("../../assets/desktop/icons/allianssi-64.png")),
    (128, include_bytes!("../../assets/desktop/icons/allianssi-128.png")),
    (256, include_bytes!("../../assets/desktop/icons/allianssi-256.png")),
];

/// The user's data folder: `$XDG_DATA_HOME` when it is an absolute path, else
/// `$HOME/.local/share`.
fn data_home() -> Option<PathBuf> {
    let xdg = std::env::var_os("XDG_DATA_HOME").map(PathBuf::from).filter(|p| p.is_absolute());
    xdg.or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
}

/// Every file installed, relative to the data folder, with its bytes.
fn files(exec: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = vec![
        (PathBuf::from(format!("applications/{APP_ID}.desktop")), desktop_entry(exec).into_bytes()),
        (PathBuf::from(format!("mime/packages/{APP_ID}.xml")), MIME.to_vec()),
        (PathBuf::from(format!("icons/hicolor/scalable/apps/{APP_ID}.svg")), SVG.to_vec()),
    ];
    for (size, png) in PNGS {
        out.push((PathBuf::from(format!("icons/hicolor/{size}x{size}/apps/{APP_ID}.png")), png.to_vec()));
    }
    out
}

/// The desktop entry with `Exec` and `TryExec` naming this binary (quoted as the
/// specification asks when the path holds a space or a quote).
pub fn desktop_entry(exec: &Path) -> String {
    let path = exec.display().to_string();
    let quoted = if path.contains([' ', '"', '\\', '`', '$']) {
        format!("\"{}\"", path.replace('\\', "\\\\").replace('"', "\\\"").replace('`', "\\`").replace('$', "\\$"))
    } else {
        path.clone()
    };
    DESKTOP
        .lines()
        .map(|l| {
            if l.starts_with("Exec=") {
                format!("Exec={quoted} %f")
            } else if l.starts_with("TryExec=") {
                format!("TryExec={path}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Runs a desktop database tool if it is installed; whether it ran and succeeded.
fn refresh(tool: &str, arg: &Path) -> bool {
    std::process::Command::new(tool)
        .arg(arg)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Installs (or with `uninstall` removes) the desktop integration; prints what it did.
pub fn run(uninstall: bool, lang: Language, out: &mut dyn Write) -> CliResult {
    let no_home = || {
        let message = text(lang, Key::CliDesktopNoHome);
        (INVALID, message.to_string())
    };
    let data = data_home().ok_or_else(no_home)?;
    let exec = std::env::current_exe()
        .and_then(std::fs::canonicalize)
        .map_err(|e| (IO, format!("{}: {e}", text(lang, Key::CliDesktopProgramPath))))?;
    let files = files(&exec);
    for (rel, bytes) in &files {
        let path = data.join(rel);
        let fail = |e: std::io::Error| (IO, format!("{}: {e}", path.display()));
        if uninstall {
            match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(fail(e)),
            }
        } else {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(fail)?;
            }
            crate::storage::write_bytes_atomic(&path, bytes).map_err(fail)?;
        }
    }
    let mime = refresh("update-mime-database", &data.join("mime"));
    let apps = refresh("update-desktop-database", &data.join("applications"));
    let key = if uninstall { Key::CliDesktopRemoved } else { Key::CliDesktopInstalled };
    let args = [("count", files.len().to_string().into()), ("folder", data.display().to_string().into())];
    let _ = writeln!(out, "{}", tr(lang, key, &args));
    for (rel, _) in &files {
        let _ = writeln!(out, "  {}", rel.display());
    }
    if !uninstall {
        let _ = writeln!(out, "Exec={}", exec.display());
    }
    for (tool, ran) in [("update-mime-database", mime), ("update-desktop-database", apps)] {
        let _ = if ran {
            writeln!(out, "{tool}: {}", text(lang, Key::CliDesktopRefreshed))
        } else {
            writeln!(out, "{tool}: {}", text(lang, Key::CliDesktopNotRefreshed))
        };
    }
    Ok(OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The entry names this binary, quoted when its path needs it, and keeps every other key;
    /// each icon is a PNG of its size.
    #[test]
    fn the_entry_names_the_binary_and_the_icons_have_their_sizes() {
        let plain = desktop_entry(Path::new("/opt/allianssi/bin/allianssi"));
        assert!(plain.contains("\nExec=/opt/allianssi/bin/allianssi %f\n"), "{plain}");
        assert!(plain.contains("\nTryExec=/opt/allianssi/bin/allianssi\n"));
        assert!(plain.contains("\nMimeType=application/x-allianssi-plan;\n"));
        assert!(
            plain.contains(&format!("\nIcon={APP_ID}\n")) && plain.contains("Name[fi]") == DESKTOP.contains("Name[fi]")
        );
        let spaced = desktop_entry(Path::new("/home/a b/allianssi"));
        assert!(spaced.contains("\nExec=\"/home/a b/allianssi\" %f\n"), "{spaced}");
        for (size, png) in PNGS {
            assert_eq!(&png[1..4], b"PNG");
            let w = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
            let h = u32::from_be_bytes([png[20], png[21], png[22], png[23]]);
            assert_eq!((w, h), (size, size));
        }
        let mime = String::from_utf8(MIME.to_vec()).expect("UTF-8");
        assert!(mime.contains("type=\"application/x-allianssi-plan\"") && mime.contains("allianssi-plan&quot;"));
    }
}
