//! Splitting an amount of cents between parties by the largest-remainder method: each part is
//! first the floor of its exact quota, then the cents still missing go one by one to the largest
//! remainders, ties by party order. The parts always add up exactly to the whole.

use crate::model::Money;

/// Splits `total` pro rata to `weights`, in the order given.
///
/// A negative total is split as its magnitude and negated, so that gains and penalties are
/// symmetric. When every weight is zero the parts are equal (still by largest remainder).
/// Returns `None` when there is something to split but no one to split it between.
pub fn largest_remainder(total: Money, weights: &[u64]) -> Option<Vec<Money>> {
    if weights.is_empty() {
        return if total == Money::ZERO { Some(Vec::new()) } else { None };
    }
    let equal = weights.iter().all(|&w| w == 0);
    let weight = |w: u64| if equal { 1u128 } else { u128::from(w) };
    let sum: u128 = weights.iter().map(|&w| weight(w)).sum();
    let whole = u128::from(total.cents().unsigned_abs());
    let mut parts: Vec<u128> = Vec::with_capacity(weights.len());
    let mut remainders: Vec<(u128, usize)> = Vec::with_capacity(weights.len());
    for (i, &w) in weights.iter().enumerate() {
        // whole < 2^64 and weight < 2^64, so the product fits in u128.
        let exact = whole * weight(w);
        parts.push(exact / sum);
        remainders.push((exact % sum, i));
    }
    let given: u128 = parts.iter().sum();
    let missing = whole - given;
    // Largest remainder first; on equal remainders the earlier party first.
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for &(_, i) in remainders.iter().take(missing as usize) {
        parts[i] += 1;
    }
    let sign: i128 = if total.cents() < 0 { -1 } else { 1 };
    // Every part lies between zero and the whole, which came from an i64 with this sign.
    Some(parts.into_iter().map(|p| Money((sign * p as i128) as i64)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(total: i64, weights: &[u64]) -> Vec<i64> {
        largest_remainder(Money(total), weights).unwrap().into_iter().map(Money::cents).collect()
    }

    #[test]
    fn examples() {
        assert_eq!(split(9_000_000, &[6000, 2500, 1500]), [5_400_000, 2_250_000, 1_350_000]);
        assert_eq!(split(1_224_600, &[10_000_000, 5_000_000]), [816_400, 408_200]);
        assert_eq!(split(100, &[1, 1, 1]), [34, 33, 33]);
        assert_eq!(split(-100, &[1, 1, 1]), [-34, -33, -33]);
        assert_eq!(split(2, &[1, 1, 1]), [1, 1, 0]);
        assert_eq!(split(10, &[0, 0]), [5, 5]);
        assert_eq!(split(7, &[0, 3]), [0, 7]);
        assert_eq!(split(5, &[1, 2, 2]), [1, 2, 2]);
        assert_eq!(split(1, &[1, 2, 2]), [0, 1, 0]);
        assert_eq!(split(i64::MIN, &[u64::MAX]), [i64::MIN]);
        let parts = split(i64::MIN, &[u64::MAX, u64::MAX - 1, 3]);
        assert_eq!(parts.iter().map(|&c| i128::from(c)).sum::<i128>(), i128::from(i64::MIN));
        assert_eq!(largest_remainder(Money(1), &[]), None);
        assert_eq!(largest_remainder(Money::ZERO, &[]), Some(Vec::new()));
    }
}
