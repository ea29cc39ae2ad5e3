//! Complete and incomplete elliptic integrals of the first and second kind
//! in SciPy's parameter convention (m = k²): `ellipk`, `ellipkm1`, `ellipe`,
//! `ellipkinc`, `ellipeinc`. K comes from the arithmetic-geometric mean,
//! everything else from Carlson's symmetric integrals R_F and R_D by
//! duplication (B. C. Carlson, "Numerical computation of real or complex
//! elliptic integrals", Numer. Algorithms 10, 1995).

use std::f64::consts::{FRAC_PI_2, PI};

/// `scipy.special.ellipkm1(p)`: K(1 - p), the complete integral of the
/// first kind near m = 1 with p = 1 - m given exactly. +inf at p = 0, NaN
/// for p < 0.
pub fn ellipkm1(p: f64) -> f64 {
    if p.is_nan() || p < 0.0 {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::INFINITY;
    }
    if p == f64::INFINITY {
        return 0.0;
    }
    FRAC_PI_2 / agm(1.0, p.sqrt())
}

/// `scipy.special.ellipk(m)`: K(m) = ∫₀^{π/2} (1 - m sin²t)^{-1/2} dt. +inf
/// at m = 1, NaN for m > 1, 0 at m = -inf.
pub fn ellipk(m: f64) -> f64 {
    if m > 1.0 {
        return f64::NAN;
    }
    ellipkm1(1.0 - m)
}

/// `scipy.special.ellipe(m)`: E(m) = ∫₀^{π/2} (1 - m sin²t)^{1/2} dt. 1 at
/// m = 1, NaN for m > 1, +inf at m = -inf.
pub fn ellipe(m: f64) -> f64 {
    if m.is_nan() || m > 1.0 {
        return f64::NAN;
    }
    if m == f64::NEG_INFINITY {
        return f64::INFINITY;
    }
    if m == 1.0 {
        return 1.0;
    }
    let p = 1.0 - m;
    if (-10.0..=0.9).contains(&m) {
        complete_second_kind_by_agm(m)
    } else if m < 0.0 {
        carlson_rf(0.0, p, 1.0) - m / 3.0 * carlson_rd(0.0, p, 1.0)
    } else {
        // E = pK + (mp/3) R_D(0, 1, p): positive terms, no cancellation as m → 1.
        p * ellipkm1(p) + m * p / 3.0 * carlson_rd(0.0, 1.0, p)
    }
}

/// `scipy.special.ellipkinc(phi, m)`: F(φ, m) = ∫₀^φ (1 - m sin²t)^{-1/2} dt,
/// odd in φ and F(φ + nπ) = F(φ) + 2nK(m). NaN for m > 1 (as SciPy, even
/// where m sin²φ ≤ 1); at m = 1, ±inf once |φ| reaches π/2 (SciPy: +inf
/// for either sign); 0 at m = -inf (NaN if φ is infinite too).
pub fn ellipkinc(phi: f64, m: f64) -> f64 {
    if phi.is_nan() || m.is_nan() || m > 1.0 {
        return f64::NAN;
    }
    if m == f64::NEG_INFINITY {
        return if phi.is_infinite() {
            f64::NAN
        } else {
            0.0f64.copysign(phi)
        };
    }
    if phi.is_infinite() || (m == 1.0 && phi.abs() >= FRAC_PI_2) {
        return f64::INFINITY.copysign(phi);
    }
    if m == 1.0 {
        return first_kind_within_quarter(phi, m);
    }
    // Near an odd multiple of π/2 (φ = nπ/2 + r, n odd, |tan r| ≤ √(1-m))
    // F(r)'s rounding of r would be amplified by 1/√(1-m); the addition
    // theorem gives F(nπ/2 + r) = nK + F(ψ) with tan ψ = tan r / √(1-m) ≤ 1.
    let (quarters, r) = reduce(phi, HALF_PI_DD);
    let root = (1.0 - m).sqrt();
    if quarters % 2.0 != 0.0 && r.tan().abs() <= root {
        return quarters * ellipk(m) + first_kind_within_quarter((r.tan() / root).atan(), m);
    }
    let (turns, rest) = reduce(phi, PI_DD);
    let part = first_kind_within_quarter(rest, m);
    if turns == 0.0 {
        part
    } else {
        2.0 * turns * ellipk(m) + part
    }
}

/// `scipy.special.ellipeinc(phi, m)`: E(φ, m) = ∫₀^φ (1 - m sin²t)^{1/2} dt,
/// odd in φ and E(φ + nπ) = E(φ) + 2nE(m). NaN for m > 1; at m = -inf,
/// ±inf with the sign of φ and 0 at φ = 0 (SciPy: +inf for every φ).
pub fn ellipeinc(phi: f64, m: f64) -> f64 {
    if phi.is_nan() || m.is_nan() || m > 1.0 {
        return f64::NAN;
    }
    if m == f64::NEG_INFINITY {
        return if phi == 0.0 {
            0.0
        } else {
            f64::INFINITY.copysign(phi)
        };
    }
    if phi.is_infinite() {
        return phi;
    }
    let (turns, rest) = reduce(phi, PI_DD);
    let part = second_kind_within_quarter(rest, m);
    if turns == 0.0 {
        part
    } else {
        2.0 * turns * ellipe(m) + part
    }
}

/// F(φ, m) for |φ| ≤ π/2: sin φ · R_F(cos²φ, 1 - m sin²φ, 1).
fn first_kind_within_quarter(phi: f64, m: f64) -> f64 {
    let (s, c) = phi.sin_cos();
    let delta2 = one_minus_m_sin2(s, c, m);
    s * carlson_rf(c * c, delta2, 1.0)
}

/// E(φ, m) for |φ| ≤ π/2. For m < 0, sin φ R_F(c², Δ², 1) - (m/3) sin³φ
/// R_D(c², Δ², 1); for 0 ≤ m < 1, where that difference cancels near φ = π/2
/// and m = 1, the positive form (1 - m)F(φ, m) + (m(1 - m)/3) sin³φ
/// R_D(c², 1, Δ²) + m sin φ cos φ / Δ; sin φ at m = 1.
fn second_kind_within_quarter(phi: f64, m: f64) -> f64 {
    let (s, c) = phi.sin_cos();
    if s == 0.0 || m == 0.0 {
        return phi;
    }
    if m == 1.0 {
        return s;
    }
    let delta2 = one_minus_m_sin2(s, c, m);
    let c2 = c * c;
    let s3 = s * s * s;
    if m < 0.0 {
        return s * carlson_rf(c2, delta2, 1.0) - m / 3.0 * s3 * carlson_rd(c2, delta2, 1.0);
    }
    let p = 1.0 - m;
    p * s * carlson_rf(c2, delta2, 1.0)
        + m * p / 3.0 * s3 * carlson_rd(c2, 1.0, delta2)
        + m * s * c / delta2.sqrt()
}

/// Δ² = 1 - m sin²φ, as cos²φ + (1 - m) sin²φ when 0 ≤ m ≤ 1 (no cancellation).
fn one_minus_m_sin2(s: f64, c: f64, m: f64) -> f64 {
    if m >= 0.0 {
        c * c + (1.0 - m) * s * s
    } else {
        1.0 - m * s * s
    }
}

/// E(m) = K(m)·(1 - m/2 - Σ_{n≥1} 2^(n-1) c_n²) along the AGM of 1 and √(1-m)
/// (c_n = (a_{n-1} - b_{n-1})/2): fast, and the bracket cancels by less than a
/// factor 3 for -10 ≤ m ≤ 0.9 (E/K → 0 as m → 1, where R_D takes over).
fn complete_second_kind_by_agm(m: f64) -> f64 {
    let (mut a, mut b) = (1.0, (1.0 - m).sqrt());
    let mut bracket = 1.0 - 0.5 * m;
    let mut weight = 0.5;
    for _ in 0..64 {
        let c = 0.5 * (a - b);
        if c.abs() <= f64::EPSILON * a {
            break;
        }
        weight *= 2.0;
        bracket -= weight * c * c;
        let mean = 0.5 * (a + b);
        b = (a * b).sqrt();
        a = mean;
    }
    FRAC_PI_2 / (0.5 * (a + b)) * bracket
}

/// π and π/2 as double-doubles (hi, lo), the periods `reduce` takes out.
const PI_DD: (f64, f64) = (PI, 1.224_646_799_147_353_2e-16);
const HALF_PI_DD: (f64, f64) = (FRAC_PI_2, 6.123_233_995_736_766e-17);

/// φ = n·p + r with |r| ≤ p/2 (about), as (n, r), for the period p = hi + lo:
/// n·hi is split exactly (fma), so r keeps its accuracy however large n is.
fn reduce(phi: f64, (hi, lo): (f64, f64)) -> (f64, f64) {
    let n = (phi / hi).round();
    if phi.abs() <= 0.5 * hi || n == 0.0 {
        return (0.0, phi);
    }
    let product = n * hi;
    let err = n.mul_add(hi, -product);
    (n, (phi - product) - err - n * lo)
}

/// The arithmetic-geometric mean of a, b > 0.
fn agm(mut a: f64, mut b: f64) -> f64 {
    for _ in 0..64 {
        if (a - b).abs() <= 2.0 * f64::EPSILON * a {
            break;
        }
        let mean = 0.5 * (a + b);
        b = (a * b).sqrt();
        a = mean;
    }
    0.5 * (a + b)
}

/// Carlson's R_F(x, y, z) = ½∫₀^∞ ((t+x)(t+y)(t+z))^{-1/2} dt for x, y, z ≥ 0,
/// at most one of them zero.
fn carlson_rf(x: f64, y: f64, z: f64) -> f64 {
    let a0 = (x + y + z) / 3.0;
    let (dx, dy) = (a0 - x, a0 - y);
    // Carlson's stopping rule with r = eps/4: Q = (3r)^{-1/6} max|A0 - x|.
    let q = (0.75 * f64::EPSILON).powf(-1.0 / 6.0) * spread(a0, x, y, z);
    let (a, scale) = duplicate(a0, [x, y, z], q, |_, _, _| {});
    let big_x = scale * dx / a;
    let big_y = scale * dy / a;
    let big_z = -(big_x + big_y);
    let e2 = big_x * big_y - big_z * big_z;
    let e3 = big_x * big_y * big_z;
    let series = 1.0 - e2 / 10.0 + e3 / 14.0 + e2 * e2 / 24.0
        - 3.0 * e2 * e3 / 44.0
        - 5.0 * e2 * e2 * e2 / 208.0
        + 3.0 * e3 * e3 / 104.0
        + e2 * e2 * e3 / 16.0;
    series / a.sqrt()
}

/// Carlson's R_D(x, y, z) = (3/2)∫₀^∞ ((t+x)(t+y))^{-1/2}(t+z)^{-3/2} dt for
/// x, y ≥ 0 (not both zero) and z > 0.
fn carlson_rd(x: f64, y: f64, z: f64) -> f64 {
    let a0 = (x + y + 3.0 * z) / 5.0;
    let (dx, dy) = (a0 - x, a0 - y);
    let q = (0.25 * 0.25 * f64::EPSILON).powf(-1.0 / 6.0) * spread(a0, x, y, z);
    let mut tail = 0.0;
    let (a, scale) = duplicate(a0, [x, y, z], q, |scale, v, lambda| {
        tail += scale / (v[2].sqrt() * (v[2] + lambda));
    });
    let big_x = scale * dx / a;
    let big_y = scale * dy / a;
    let big_z = -(big_x + big_y) / 3.0;
    let xy = big_x * big_y;
    let z2 = big_z * big_z;
    let e2 = xy - 6.0 * z2;
    let e3 = (3.0 * xy - 8.0 * z2) * big_z;
    let e4 = 3.0 * (xy - z2) * z2;
    let e5 = xy * z2 * big_z;
    let series = 1.0 - 3.0 * e2 / 14.0 + e3 / 6.0 + 9.0 * e2 * e2 / 88.0
        - 3.0 * e4 / 22.0
        - 9.0 * e2 * e3 / 52.0
        + 3.0 * e5 / 26.0;
    scale * series / (a * a.sqrt()) + 3.0 * tail
}

/// max(|a - x|, |a - y|, |a - z|).
fn spread(a: f64, x: f64, y: f64, z: f64) -> f64 {
    (a - x).abs().max((a - y).abs()).max((a - z).abs())
}

/// Carlson's duplication x ← (x + λ)/4 (λ = √x√y + √x√z + √y√z) on the three
/// arguments and their mean until 4^{-n} q < A_n; `step(4^{-n}, v, λ)` sees
/// each step before it is taken. Returns (A_n, 4^{-n}).
fn duplicate(
    mut a: f64,
    mut v: [f64; 3],
    mut q: f64,
    mut step: impl FnMut(f64, [f64; 3], f64),
) -> (f64, f64) {
    let mut scale = 1.0;
    for _ in 0..200 {
        if q < a.abs() {
            break;
        }
        let [sx, sy, sz] = v.map(f64::sqrt);
        let lambda = sx * sy + sx * sz + sy * sz;
        step(scale, v, lambda);
        v = v.map(|w| 0.25 * (w + lambda));
        a = 0.25 * (a + lambda);
        q *= 0.25;
        scale *= 0.25;
    }
    (a, scale)
}
