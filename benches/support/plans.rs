//! Plans the benchmarks share: the template with the largest file.

use allianssi::model::Plan;
use allianssi::{storage, template};

/// The template with the largest file.
pub fn largest_template() -> Plan {
    template::all()
        .iter()
        .map(|t| (t.build)())
        .max_by_key(|p| storage::to_string(p).map_or(0, |s| s.len()))
        .expect("templates")
}
