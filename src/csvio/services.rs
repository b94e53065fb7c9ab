//! CSV rows of services (being written: see the column layout in the README).

use super::Error;
use crate::model::Plan;

/// The services of the plan as CSV.
pub fn export(_plan: &Plan) -> String {
    String::new()
}

/// The plan with the services of the CSV imported.
pub fn import(_plan: &Plan, _bytes: &[u8]) -> Result<Plan, Error> {
    Err(Error::at(1, None, super::Problem::Other(["TODO".into(), "TODO".into(), "TODO".into()])))
}
