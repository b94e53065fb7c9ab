//! The body of each annex of domain guide §7, from the plan and the library's figures (the
//! settlement engine, the rules, the matrix and register summaries): nothing is computed here
//! that the screens compute differently.

mod charter;
mod commercial;
mod costs;
mod organisation;
mod risks;
mod schedule;
mod services;

pub(crate) use commercial::settlement_lines;
pub(crate) use risks::band_color;

use super::Ctx;
use super::flow::Flow;
use crate::model::{AnnexKind, PartyId};

/// Lays out the body of one annex.
pub fn body(f: &mut Flow, ctx: &Ctx, kind: AnnexKind) {
    match kind {
        AnnexKind::Charter => charter::body(f, ctx),
        AnnexKind::Services => services::body(f, ctx),
        AnnexKind::Commercial => commercial::body(f, ctx),
        AnnexKind::ReimbursableCosts => costs::body(f, ctx),
        AnnexKind::Organisation => organisation::body(f, ctx),
        AnnexKind::Risks => risks::body(f, ctx),
        AnnexKind::Schedule => schedule::body(f, ctx),
    }
}

/// A party's name, or its id when the reference is broken.
pub(crate) fn party_name(ctx: &Ctx, id: PartyId) -> String {
    ctx.plan.party(id).map_or_else(|| id.to_string(), |p| p.name.clone())
}

/// A party's short label.
pub(crate) fn party_label(ctx: &Ctx, id: PartyId) -> String {
    ctx.plan.party(id).map_or_else(|| id.to_string(), |p| p.label().to_string())
}
