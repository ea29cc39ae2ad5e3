//! Trigonometry in degrees as `scipy.special` has it: `sindg`, `cosdg`,
//! `tandg`, `cotdg` and `radian(d, m, s)`. The angle is reduced exactly
//! (|x| mod 360 is exact in floating point, and so are the differences
//! to the nearest multiple of 90 used below), so exact multiples of 30°,
//! 45°, 90° give their exact values and huge angles keep full accuracy
//! (SciPy returns 0 beyond |x| = 10¹⁴). ±inf gives NaN (SciPy: 0).

use super::double_double::DoubleDouble;

/// π/180 as a double-double.
const RADIANS_PER_DEGREE: DoubleDouble = DoubleDouble {
    hi: 0.017_453_292_519_943_295,
    lo: 2.948_652_270_870_168_7e-19,
};

/// `scipy.special.sindg(x)`: sin of x degrees.
pub fn sindg(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    with_sign_of(x, sin_cos_degrees(x.abs()).0)
}

/// `scipy.special.cosdg(x)`: cos of x degrees.
pub fn cosdg(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    sin_cos_degrees(x.abs()).1
}

/// `scipy.special.tandg(x)`: tan of x degrees; +inf at the poles
/// (odd multiples of 90°, of either sign, as SciPy).
pub fn tandg(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    let r = x.abs() % 180.0;
    let value = match r {
        45.0 => 1.0,
        90.0 => return f64::INFINITY,
        135.0 => -1.0,
        _ => tan_degrees(r),
    };
    with_sign_of(x, value)
}

/// `scipy.special.cotdg(x)`: cot of x degrees; +inf at the poles
/// (multiples of 180°, of either sign, as SciPy).
pub fn cotdg(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    let r = x.abs() % 180.0;
    let value = match r {
        0.0 => return f64::INFINITY,
        45.0 => 1.0,
        135.0 => -1.0,
        _ => 1.0 / tan_degrees(r),
    };
    with_sign_of(x, value)
}

/// tan of 0 ≤ r < 180 degrees (+inf at 90): the angle folded to t in
/// [0, 45] (tan r = tan t, 1/tan t, -1/tan t or -tan t by octant; each
/// difference exact), its radians in double-double
/// (tan(a + e) ≈ tan a + e(1 + tan² a)).
fn tan_degrees(r: f64) -> f64 {
    let (t, invert, negate) = if r <= 45.0 {
        (r, false, false)
    } else if r < 90.0 {
        (90.0 - r, true, false)
    } else if r <= 135.0 {
        (r - 90.0, true, true)
    } else {
        (180.0 - r, false, true)
    };
    let angle = RADIANS_PER_DEGREE.mul(t);
    let tan = angle.hi.tan();
    let tan = tan + angle.lo * (1.0 + tan * tan);
    let value = if invert { 1.0 / tan } else { tan };
    if negate {
        -value
    } else {
        value
    }
}

/// `value` negated for x < 0 (the odd functions' symmetry).
fn with_sign_of(x: f64, value: f64) -> f64 {
    if x < 0.0 {
        -value
    } else {
        value
    }
}

/// `scipy.special.radian(d, m, s)`: the angle d° m′ s″ in radians,
/// (d + m/60 + s/3600)·π/180 summed and scaled in double-double.
pub fn radian(d: f64, m: f64, s: f64) -> f64 {
    DoubleDouble::from(s)
        .div(60.0)
        .add(m)
        .div(60.0)
        .add(d)
        .mul_dd(RADIANS_PER_DEGREE)
        .hi
}

/// (sin, cos) of x ≥ 0 degrees: r = x mod 360, its quadrant q and the
/// offset t = r - 90q in [0, 90) (exact), folded to [0, 45] so that the
/// radians t·π/180 stay below π/4.
fn sin_cos_degrees(x: f64) -> (f64, f64) {
    let r = x % 360.0;
    let quadrant = (r / 90.0) as u8; // 0..=3
    let t = r - 90.0 * f64::from(quadrant);
    let (s, c) = if t <= 45.0 {
        first_octant(t)
    } else {
        let (s, c) = first_octant(90.0 - t);
        (c, s)
    };
    match quadrant {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    }
}

/// (sin, cos) of 0 ≤ t ≤ 45 degrees, with sin 30° = 1/2 exactly and the
/// radians t·π/180 carried in double-double (sin(a + e) ≈ sin a + e cos a).
fn first_octant(t: f64) -> (f64, f64) {
    if t == 30.0 {
        return (0.5, 0.75f64.sqrt());
    }
    let angle = RADIANS_PER_DEGREE.mul(t);
    let (s, c) = angle.hi.sin_cos();
    (s + angle.lo * c, c - angle.lo * s)
}
