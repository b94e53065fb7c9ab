//! `allianssi install-desktop` around the real binary: the launcher entry naming this binary,
//! the icons in every size, the plan file type, in the user's data folder only; running it again
//! is harmless, `--uninstall` removes exactly what it added, and a missing data folder is a
//! clear error that writes nothing.

use std::path::Path;
use std::process::{Command, Output};

const APP: &str = "fi.allianssi.Allianssi";

fn run(args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_allianssi"));
    c.args(args).env_remove("XDG_DATA_HOME").env_remove("HOME");
    for (k, v) in env {
        c.env(k, v);
    }
    // No desktop database tools from the machine: the test does not depend on them.
    c.env("PATH", "/nonexistent");
    c.output().expect("the binary runs")
}

fn installed(data: &Path) -> Vec<String> {
    let mut files = vec![format!("applications/{APP}.desktop"), format!("mime/packages/{APP}.xml")];
    files.push(format!("icons/hicolor/scalable/apps/{APP}.svg"));
    for s in [16, 24, 32, 48, 64, 128, 256] {
        files.push(format!("icons/hicolor/{s}x{s}/apps/{APP}.png"));
    }
    files.into_iter().filter(|f| data.join(f).is_file()).collect()
}

#[test]
fn install_and_uninstall_the_desktop_integration() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("share");
    let out = run(&["install-desktop", "--lang", "en"], &[("XDG_DATA_HOME", &data)]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("Installed 10 files"), "{text}");
    assert!(text.contains("update-desktop-database: not installed"), "{text}");
    assert_eq!(installed(&data).len(), 10);
    let entry = std::fs::read_to_string(data.join(format!("applications/{APP}.desktop"))).expect("entry");
    let exe = std::fs::canonicalize(env!("CARGO_BIN_EXE_allianssi")).expect("binary");
    assert!(entry.contains(&format!("\nExec={} %f\n", exe.display())), "{entry}");
    assert!(entry.starts_with("[Desktop Entry]\n") && entry.contains("\nMimeType=application/x-allianssi-plan;\n"));
    let png = std::fs::read(data.join(format!("icons/hicolor/48x48/apps/{APP}.png"))).expect("icon");
    assert_eq!(u32::from_be_bytes([png[16], png[17], png[18], png[19]]), 48);
    // Only the data folder holds anything.
    let top: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into())
        .collect();
    assert_eq!(top, ["share"]);

    // Again, and by the top-level flag with HOME: the same files, nothing else.
    let again = run(&["install-desktop"], &[("XDG_DATA_HOME", &data)]);
    assert!(again.status.success());
    let home = dir.path().join("home");
    let flag = run(&["--install-desktop"], &[("HOME", &home)]);
    assert!(flag.status.success(), "{}", String::from_utf8_lossy(&flag.stderr));
    assert_eq!(installed(&home.join(".local/share")).len(), 10);

    let gone = run(&["install-desktop", "--uninstall", "--lang", "sv"], &[("XDG_DATA_HOME", &data)]);
    assert!(gone.status.success());
    assert!(String::from_utf8_lossy(&gone.stdout).starts_with("Togs bort 10 filer"));
    assert_eq!(installed(&data), Vec::<String>::new());
    // Uninstalling what is not there is not an error.
    assert!(run(&["install-desktop", "--uninstall"], &[("XDG_DATA_HOME", &data)]).status.success());
}

#[test]
fn no_data_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A relative XDG_DATA_HOME is ignored (the specification says so), and there is no HOME.
    let out = Command::new(env!("CARGO_BIN_EXE_allianssi"))
        .args(["install-desktop", "--lang", "en"])
        .env_remove("HOME")
        .env("XDG_DATA_HOME", "relative/share")
        .current_dir(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("set HOME or XDG_DATA_HOME"));
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0, "nothing written");
}
