//! Workshop rating: each party present gives its probability and impact for a risk; the group
//! sees the spread and adopts the median (or another value).

use crate::model::id::PartyId;
use crate::model::risk::Rating;
use std::collections::BTreeMap;

/// A spread of 1–5 votes this wide (max − min) or wider is flagged as strong disagreement.
pub const STRONG_DISAGREEMENT: u8 = 2;

/// The spread of one scale's votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spread {
    pub min: u8,
    pub max: u8,
    pub median: u8,
    pub votes: usize,
}

impl Spread {
    /// max − min.
    pub fn range(&self) -> u8 {
        self.max - self.min
    }

    /// The votes are at least `STRONG_DISAGREEMENT` steps apart.
    pub fn strong_disagreement(&self) -> bool {
        self.range() >= STRONG_DISAGREEMENT
    }
}

/// The median of votes; with an even count the mean of the middle two, rounded up (the more
/// cautious value). `None` without votes.
pub fn median(values: &[u8]) -> Option<u8> {
    let mut v = values.to_vec();
    v.sort_unstable();
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        _ => Some((u16::from(v[n / 2 - 1]) + u16::from(v[n / 2])).div_ceil(2) as u8),
    }
}

/// The spread of votes, `None` without votes.
pub fn spread(values: &[u8]) -> Option<Spread> {
    Some(Spread {
        min: *values.iter().min()?,
        max: *values.iter().max()?,
        median: median(values)?,
        votes: values.len(),
    })
}

/// The votes of one rating round: per party its probability and impact, each 1–5 or not given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkshopRating {
    pub votes: BTreeMap<PartyId, (Option<u8>, Option<u8>)>,
}

impl WorkshopRating {
    /// Sets a party's probability vote; values outside 1–5 are ignored.
    pub fn set_probability(&mut self, party: PartyId, value: u8) {
        if (1..=5).contains(&value) {
            self.votes.entry(party).or_default().0 = Some(value);
        }
    }

    /// Sets a party's impact vote; values outside 1–5 are ignored.
    pub fn set_impact(&mut self, party: PartyId, value: u8) {
        if (1..=5).contains(&value) {
            self.votes.entry(party).or_default().1 = Some(value);
        }
    }

    pub fn clear(&mut self, party: PartyId) {
        self.votes.remove(&party);
    }

    pub fn probability(&self) -> Option<Spread> {
        spread(&self.votes.values().filter_map(|v| v.0).collect::<Vec<_>>())
    }

    pub fn impact(&self) -> Option<Spread> {
        spread(&self.votes.values().filter_map(|v| v.1).collect::<Vec<_>>())
    }

    /// The medians of both scales, once both have votes.
    pub fn median(&self) -> Option<Rating> {
        Some(Rating { probability: self.probability()?.median, impact: self.impact()?.median })
    }

    /// Either scale's votes are far apart.
    pub fn strong_disagreement(&self) -> bool {
        self.probability().is_some_and(|s| s.strong_disagreement())
            || self.impact().is_some_and(|s| s.strong_disagreement())
    }
}
