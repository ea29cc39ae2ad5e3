//! MT19937's jump ahead by 2^128 steps (Haramoto, Matsumoto, Nishimura,
//! Panneton and L'Ecuyer 2008), as NumPy's `mt19937_jump_state` does it:
//! evaluate the jump polynomial x^(2^128) mod phi(x) at the one-word state
//! transition by Horner's method, phi being MT19937's characteristic
//! polynomial.
//!
//! NumPy ships the jump polynomial as a table; here it is derived once at run
//! time: phi by Berlekamp-Massey on 2 * 19937 output bits, then 128 squarings
//! of x modulo phi over GF(2). The reduced polynomial is unique, so it is the
//! same one.

use std::sync::OnceLock;

use super::mt19937::{twist, Mt19937, Mt19937State, N};
use super::BitGenerator;

/// The Mersenne exponent: the degree of phi.
const MEXP: usize = 19937;
const M: usize = 397;

/// Bit `i` of a GF(2) polynomial stored as little-endian 64-bit words.
fn bit(p: &[u64], i: usize) -> bool {
    p.get(i / 64).is_some_and(|w| (w >> (i % 64)) & 1 == 1)
}

/// The 64 bits of `p` starting at bit `start` (zero past the end).
fn window(p: &[u64], start: usize) -> u64 {
    let (w, s) = (start / 64, start % 64);
    let lo = p.get(w).copied().unwrap_or(0) >> s;
    let hi = if s == 0 {
        0
    } else {
        p.get(w + 1).copied().unwrap_or(0) << (64 - s)
    };
    lo | hi
}

/// `dst ^= src * x^shift`, growing `dst` as needed.
fn xor_shifted(dst: &mut Vec<u64>, src: &[u64], shift: usize) {
    let (w, s) = (shift / 64, shift % 64);
    dst.resize(dst.len().max(src.len() + w + 1), 0);
    for (i, &word) in src.iter().enumerate() {
        dst[i + w] ^= word << s;
        if s != 0 {
            dst[i + w + 1] ^= word >> (64 - s);
        }
    }
}

/// The shortest connection polynomial C (C[0] = 1) of the bit sequence
/// `seq` (`n` bits) and its length L, by Berlekamp-Massey over GF(2).
fn berlekamp_massey(seq: &[u64], n: usize) -> (Vec<u64>, usize) {
    // Reversed sequence, so the discrepancy is an aligned window dot product.
    let mut rev = vec![0u64; n / 64 + 2];
    for k in (0..n).filter(|&k| bit(seq, n - 1 - k)) {
        rev[k / 64] |= 1 << (k % 64);
    }
    let (mut c, mut b) = (vec![1u64], vec![1u64]);
    let (mut len, mut m) = (0usize, 1usize);
    for i in 0..n {
        let off = n - 1 - i;
        let d = (0..=len / 64).fold(0u32, |acc, j| {
            acc ^ (c.get(j).copied().unwrap_or(0) & window(&rev, off + 64 * j)).count_ones()
        }) & 1;
        if d == 0 {
            m += 1;
        } else if 2 * len <= i {
            let previous = c.clone();
            xor_shifted(&mut c, &b, m);
            (len, b, m) = (i + 1 - len, previous, 1);
        } else {
            xor_shifted(&mut c, &b, m);
            m += 1;
        }
    }
    (c, len)
}

/// MT19937's characteristic polynomial from the low bits of its output.
fn characteristic_polynomial() -> Vec<u64> {
    let n = 2 * MEXP;
    let mut gen = Mt19937::legacy_seed(5489);
    let mut seq = vec![0u64; n / 64 + 1];
    for k in 0..n {
        seq[k / 64] |= u64::from(gen.next_u32() & 1) << (k % 64);
    }
    let (c, len) = berlekamp_massey(&seq, n);
    assert_eq!(len, MEXP, "MT19937's output has linear complexity 19937");
    // phi(x) = x^L C(1/x): the coefficient of x^k is C[L - k].
    let mut phi = vec![0u64; MEXP / 64 + 1];
    for k in (0..=MEXP).filter(|&k| bit(&c, MEXP - k)) {
        phi[k / 64] |= 1 << (k % 64);
    }
    phi
}

/// `p^2` over GF(2): bit i moves to bit 2i.
fn square(p: &[u64]) -> Vec<u64> {
    let spread = |x: u32| -> u64 {
        let mut v = u64::from(x);
        v = (v | (v << 16)) & 0x0000_ffff_0000_ffff;
        v = (v | (v << 8)) & 0x00ff_00ff_00ff_00ff;
        v = (v | (v << 4)) & 0x0f0f_0f0f_0f0f_0f0f;
        v = (v | (v << 2)) & 0x3333_3333_3333_3333;
        (v | (v << 1)) & 0x5555_5555_5555_5555
    };
    p.iter()
        .flat_map(|&w| [spread(w as u32), spread((w >> 32) as u32)])
        .collect()
}

/// `p mod phi`, with `shifted[s]` = phi * x^s for s in 0..64.
fn reduce(mut p: Vec<u64>, shifted: &[Vec<u64>]) -> Vec<u64> {
    for k in (MEXP..p.len() * 64).rev() {
        if bit(&p, k) {
            let t = k - MEXP;
            for (i, &w) in shifted[t % 64].iter().enumerate() {
                if let Some(dst) = p.get_mut(t / 64 + i) {
                    *dst ^= w;
                }
            }
        }
    }
    p.truncate(MEXP / 64 + 1);
    p
}

/// x^(2^128) mod phi, computed once.
fn jump_polynomial() -> &'static [u64] {
    static POLY: OnceLock<Vec<u64>> = OnceLock::new();
    POLY.get_or_init(|| {
        let phi = characteristic_polynomial();
        let shifted: Vec<Vec<u64>> = (0..64)
            .map(|s| {
                let mut v = Vec::new();
                xor_shifted(&mut v, &phi, s);
                v
            })
            .collect();
        // x^(2^14) still has degree below 19937; square the rest of the way.
        let mut p = vec![0u64; MEXP / 64 + 1];
        p[(1 << 14) / 64] = 1;
        for _ in 14..128 {
            p = reduce(square(&p), &shifted);
        }
        p
    })
}

/// One step of the word-at-a-time transition (NumPy's `gen_next`): replaces
/// the oldest word, at `pos`.
fn gen_next(s: &mut Mt19937State) {
    let i = s.pos;
    s.key[i] = s.key[(i + M) % N] ^ twist(s.key[i], s.key[(i + 1) % N]);
    s.pos = (i + 1) % N;
}

/// Adds (XOR) `b` to `a`, word by word from each one's oldest word
/// (NumPy's `add_state`).
fn add_state(a: &mut Mt19937State, b: &Mt19937State) {
    for j in 0..N {
        a.key[(a.pos + j) % N] ^= b.key[(b.pos + j) % N];
    }
}

/// Jumps `state` ahead by 2^128 steps in place (NumPy's `mt19937_jump_state`).
pub(crate) fn jump(state: &mut Mt19937State) {
    let poly = jump_polynomial();
    if state.pos >= N {
        state.pos = 0;
    }
    let Some(top) = (0..MEXP).rev().find(|&i| bit(poly, i)) else {
        return;
    };
    let mut acc = state.clone();
    for i in (0..top).rev() {
        gen_next(&mut acc);
        if bit(poly, i) {
            add_state(&mut acc, state);
        }
    }
    *state = acc;
}
