//! Exact rational numbers for the KRA scores: a numerator and a denominator of unbounded size
//! (little-endian 32-bit limbs), so that no metric value, count or level can overflow and the
//! weighted score is rounded from the exact sum. No binary floating point anywhere.

use crate::model::Decimal;
use std::cmp::Ordering;

/// A natural number, little-endian limbs without trailing zeros.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Nat(Vec<u32>);

impl Nat {
    fn from_u128(mut v: u128) -> Nat {
        let mut limbs = Vec::new();
        while v > 0 {
            limbs.push(v as u32);
            v >>= 32;
        }
        Nat(limbs)
    }

    fn trimmed(mut self) -> Nat {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        self
    }

    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    fn to_u128(&self) -> Option<u128> {
        if self.0.len() > 4 {
            return None;
        }
        Some(self.0.iter().rev().fold(0u128, |acc, &l| (acc << 32) | u128::from(l)))
    }

    fn add(&self, o: &Nat) -> Nat {
        let n = self.0.len().max(o.0.len());
        let mut out = Vec::with_capacity(n + 1);
        let mut carry = 0u64;
        for i in 0..n {
            let s = u64::from(*self.0.get(i).unwrap_or(&0)) + u64::from(*o.0.get(i).unwrap_or(&0)) + carry;
            out.push(s as u32);
            carry = s >> 32;
        }
        out.push(carry as u32);
        Nat(out).trimmed()
    }

    /// `self − o`; `self` must not be smaller than `o`.
    fn sub(&self, o: &Nat) -> Nat {
        debug_assert!(self.cmp_nat(o) != Ordering::Less);
        let mut out = Vec::with_capacity(self.0.len());
        let mut borrow = 0i64;
        for i in 0..self.0.len() {
            let mut d = i64::from(self.0[i]) - i64::from(*o.0.get(i).unwrap_or(&0)) - borrow;
            borrow = 0;
            if d < 0 {
                d += 1 << 32;
                borrow = 1;
            }
            out.push(d as u32);
        }
        Nat(out).trimmed()
    }

    fn mul(&self, o: &Nat) -> Nat {
        if self.is_zero() || o.is_zero() {
            return Nat::default();
        }
        let mut out = vec![0u32; self.0.len() + o.0.len()];
        for (i, &a) in self.0.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in o.0.iter().enumerate() {
                let t = u64::from(a) * u64::from(b) + u64::from(out[i + j]) + carry;
                out[i + j] = t as u32;
                carry = t >> 32;
            }
            let mut k = i + o.0.len();
            while carry > 0 {
                let t = u64::from(out[k]) + carry;
                out[k] = t as u32;
                carry = t >> 32;
                k += 1;
            }
        }
        Nat(out).trimmed()
    }

    fn cmp_nat(&self, o: &Nat) -> Ordering {
        self.0.len().cmp(&o.0.len()).then_with(|| self.0.iter().rev().cmp(o.0.iter().rev()))
    }

    fn bits(&self) -> usize {
        match self.0.last() {
            None => 0,
            Some(&top) => (self.0.len() - 1) * 32 + (32 - top.leading_zeros() as usize),
        }
    }

    fn bit(&self, i: usize) -> bool {
        self.0.get(i / 32).is_some_and(|l| (l >> (i % 32)) & 1 == 1)
    }

    /// `2·self + bit`.
    fn shl1_with(&self, bit: bool) -> Nat {
        let mut out = Vec::with_capacity(self.0.len() + 1);
        let mut carry = u32::from(bit);
        for &l in &self.0 {
            out.push((l << 1) | carry);
            carry = l >> 31;
        }
        out.push(carry);
        Nat(out).trimmed()
    }

    /// `⌊self / d⌋` and whether the division left a remainder; `None` when `d` is zero or the
    /// quotient does not fit in `u128`.
    fn div_floor(&self, d: &Nat) -> Option<(u128, bool)> {
        if d.is_zero() || self.bits() > d.bits() + 128 {
            return None;
        }
        let mut q = Nat::default();
        let mut r = Nat::default();
        for i in (0..self.bits()).rev() {
            r = r.shl1_with(self.bit(i));
            let fits = r.cmp_nat(d) != Ordering::Less;
            if fits {
                r = r.sub(d);
            }
            q = q.shl1_with(fits);
        }
        Some((q.to_u128()?, !r.is_zero()))
    }
}

/// A signed integer of unbounded size; zero is never negative.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Int {
    neg: bool,
    mag: Nat,
}

impl Int {
    fn new(neg: bool, mag: Nat) -> Int {
        Int { neg: neg && !mag.is_zero(), mag }
    }

    fn from_i128(v: i128) -> Int {
        Int::new(v < 0, Nat::from_u128(v.unsigned_abs()))
    }

    fn add(&self, o: &Int) -> Int {
        if self.neg == o.neg {
            return Int::new(self.neg, self.mag.add(&o.mag));
        }
        match self.mag.cmp_nat(&o.mag) {
            Ordering::Less => Int::new(o.neg, o.mag.sub(&self.mag)),
            _ => Int::new(self.neg, self.mag.sub(&o.mag)),
        }
    }

    fn neg(&self) -> Int {
        Int::new(!self.neg, self.mag.clone())
    }

    fn mul_nat(&self, o: &Nat) -> Int {
        Int::new(self.neg, self.mag.mul(o))
    }

    fn mul(&self, o: &Int) -> Int {
        Int::new(self.neg != o.neg, self.mag.mul(&o.mag))
    }

    fn cmp_int(&self, o: &Int) -> Ordering {
        match (self.neg, o.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => self.mag.cmp_nat(&o.mag),
            (true, true) => o.mag.cmp_nat(&self.mag),
        }
    }
}

/// An exact rational number. Values of metrics, levels and scores are kept as `Ratio`s and
/// rounded only where the domain guide rounds them.
#[derive(Debug, Clone)]
pub struct Ratio {
    num: Int,
    /// Always positive.
    den: Nat,
}

impl Ratio {
    /// `num / den`; `None` when `den` is zero.
    pub fn new(num: i128, den: i128) -> Option<Ratio> {
        if den == 0 {
            return None;
        }
        let num = if den < 0 { Int::from_i128(num).neg() } else { Int::from_i128(num) };
        Some(Ratio { num, den: Nat::from_u128(den.unsigned_abs()) })
    }

    pub fn integer(v: i128) -> Ratio {
        Ratio { num: Int::from_i128(v), den: Nat::from_u128(1) }
    }

    pub fn zero() -> Ratio {
        Ratio::integer(0)
    }

    /// The exact value of a decimal (its millionths over one million).
    pub fn from_decimal(d: Decimal) -> Ratio {
        Ratio { num: Int::from_i128(i128::from(d.raw())), den: Nat::from_u128(Decimal::SCALE as u128) }
    }

    pub fn add(&self, o: &Ratio) -> Ratio {
        Ratio { num: self.num.mul_nat(&o.den).add(&o.num.mul_nat(&self.den)), den: self.den.mul(&o.den) }
    }

    pub fn sub(&self, o: &Ratio) -> Ratio {
        self.add(&o.neg())
    }

    pub fn neg(&self) -> Ratio {
        Ratio { num: self.num.neg(), den: self.den.clone() }
    }

    pub fn mul(&self, o: &Ratio) -> Ratio {
        Ratio { num: self.num.mul(&o.num), den: self.den.mul(&o.den) }
    }

    /// `self / o`; `None` when `o` is zero.
    pub fn div(&self, o: &Ratio) -> Option<Ratio> {
        if o.num.mag.is_zero() {
            return None;
        }
        let num = Int::new(self.num.neg != o.num.neg, self.num.mag.mul(&o.den));
        Some(Ratio { num, den: self.den.mul(&o.num.mag) })
    }

    /// −1, 0 or +1.
    pub fn signum(&self) -> i32 {
        if self.num.mag.is_zero() {
            0
        } else if self.num.neg {
            -1
        } else {
            1
        }
    }

    /// `self × scale` rounded to an integer, half away from zero; `None` if it does not fit.
    pub fn round_half_away(&self, scale: u128) -> Option<i128> {
        // |x|·scale rounded half away = ⌊(2·|n|·scale + d) / (2·d)⌋, then the sign back.
        let two = Nat::from_u128(2);
        let n = self.num.mag.mul(&Nat::from_u128(scale)).mul(&two).add(&self.den);
        let (q, _) = n.div_floor(&self.den.mul(&two))?;
        let q = i128::try_from(q).ok()?;
        Some(if self.num.neg { -q } else { q })
    }

    /// `self × scale` rounded to an integer, half up (towards +∞); `None` if it does not fit.
    pub fn round_half_up(&self, scale: u128) -> Option<i128> {
        // ⌊x·scale + 1/2⌋ = ⌊(2·n·scale + d) / (2·d)⌋ with a floor that also holds for negatives.
        let two = Nat::from_u128(2);
        let n = self.num.mul_nat(&Nat::from_u128(scale)).mul_nat(&two).add(&Int::new(false, self.den.clone()));
        let d = self.den.mul(&two);
        let (q, rem) = n.mag.div_floor(&d)?;
        let q = i128::try_from(q).ok()?;
        Some(if n.neg { -q - i128::from(rem) } else { q })
    }
}

impl PartialEq for Ratio {
    fn eq(&self, o: &Ratio) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}

impl Eq for Ratio {}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, o: &Ratio) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for Ratio {
    fn cmp(&self, o: &Ratio) -> Ordering {
        self.num.mul_nat(&o.den).cmp_int(&o.num.mul_nat(&self.den))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: i128, d: i128) -> Ratio {
        Ratio::new(n, d).unwrap()
    }

    #[test]
    fn arithmetic_and_order() {
        assert_eq!(r(1, 3).add(&r(1, 6)), r(1, 2));
        assert_eq!(r(1, 3).sub(&r(1, 2)), r(-1, 6));
        assert_eq!(r(-2, 3).mul(&r(3, -4)), r(1, 2));
        assert_eq!(r(1, 2).div(&r(-1, 4)), Some(r(-2, 1)));
        assert_eq!(r(1, 2).div(&Ratio::zero()), None);
        assert!(r(-1, 2) < r(1, 3) && r(2, 3) > r(1, 2) && r(-2, 3) < r(-1, 2));
        assert_eq!(r(0, -5).signum(), 0);
        assert_eq!(r(3, -5).signum(), -1);
        assert_eq!(Ratio::new(1, 0), None);
    }

    #[test]
    fn rounding() {
        for (n, d, scale, away, up) in [
            (5, 2, 1, 3, 3),
            (-5, 2, 1, -3, -2),
            (7938, 100_000, 10_000, 794, 794),
            (-7938, 100_000, 10_000, -794, -794),
            (2, 3, 1, 1, 1),
            (-1, 3, 1, 0, 0),
            (-1, 2, 1, -1, 0),
            (1, 2, 1, 1, 1),
            (0, 7, 100, 0, 0),
        ] {
            assert_eq!(r(n, d).round_half_away(scale), Some(away), "{n}/{d} away");
            assert_eq!(r(n, d).round_half_up(scale), Some(up), "{n}/{d} up");
        }
    }

    #[test]
    fn big_values_stay_exact() {
        // Products far beyond i128 still compare and round exactly.
        let big = r(i128::MAX, i128::MAX - 1);
        let mut x = big.clone();
        for _ in 0..5 {
            x = x.mul(&big);
        }
        assert!(x > Ratio::integer(1));
        assert_eq!(x.round_half_away(1), Some(1));
        let tiny = r(1, i128::MAX).mul(&r(1, i128::MAX));
        assert_eq!(tiny.add(&r(1, 2)).round_half_away(1), Some(1));
        assert_eq!(r(1, 2).sub(&tiny).round_half_away(1), Some(0));
        assert_eq!(Ratio::integer(i128::MAX).mul(&Ratio::integer(4)).round_half_away(1), None);
    }
}
