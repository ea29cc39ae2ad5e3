//! Vector kernels of the unblocked Householder code (dot product, axpy),
//! compiled twice: for the baseline CPU and, chosen at run time, with AVX2
//! and FMA (the crate is built for baseline x86-64, which vectorizes only
//! two doubles wide and has no fused multiply-add).

/// `Σ x_i y_i` with eight partial sums (so the loop vectorizes).
#[inline(always)]
fn dot_body(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len().min(y.len());
    let (x, y) = (&x[..n], &y[..n]);
    let mut acc = [0.0f64; 8];
    let (xc, yc) = (x.chunks_exact(8), y.chunks_exact(8));
    let (xr, yr) = (xc.remainder(), yc.remainder());
    for (a, b) in xc.zip(yc) {
        for k in 0..8 {
            acc[k] = a[k].mul_add(b[k], acc[k]);
        }
    }
    let mut s = ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
    for (a, b) in xr.iter().zip(yr) {
        s = a.mul_add(*b, s);
    }
    s
}

/// `y_i += a x_i`.
#[inline(always)]
fn axpy_body(y: &mut [f64], a: f64, x: &[f64]) {
    y.iter_mut()
        .zip(x)
        .for_each(|(yi, &xi)| *yi = xi.mul_add(a, *yi));
}

/// `[Σ c0_i y_i, …, Σ c3_i y_i]` over `y`'s length, `y` read once for the
/// four columns (four partial sums each).
#[inline(always)]
fn dot4_body(c: [&[f64]; 4], y: &[f64]) -> [f64; 4] {
    let n = y.len();
    let c = c.map(|x| &x[..n]);
    let mut acc = [[0.0f64; 4]; 4];
    let chunks = n / 4;
    for q in 0..chunks {
        let yq = &y[4 * q..4 * q + 4];
        for (acc_j, cj) in acc.iter_mut().zip(&c) {
            let xq = &cj[4 * q..4 * q + 4];
            for l in 0..4 {
                acc_j[l] = xq[l].mul_add(yq[l], acc_j[l]);
            }
        }
    }
    let mut out = acc.map(|a| (a[0] + a[2]) + (a[1] + a[3]));
    for i in 4 * chunks..n {
        for (o, cj) in out.iter_mut().zip(&c) {
            *o = cj[i].mul_add(y[i], *o);
        }
    }
    out
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn dot4_avx2(c: [&[f64]; 4], y: &[f64]) -> [f64; 4] {
    dot4_body(c, y)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn dot_avx2(x: &[f64], y: &[f64]) -> f64 {
    dot_body(x, y)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn axpy_avx2(y: &mut [f64], a: f64, x: &[f64]) {
    axpy_body(y, a, x)
}

fn has_avx2_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// The dot product of the common length of `x` and `y`.
pub fn dot(x: &[f64], y: &[f64]) -> f64 {
    #[cfg(target_arch = "x86_64")]
    if has_avx2_fma() {
        // SAFETY: the CPU has AVX2 and FMA (checked just above).
        return unsafe { dot_avx2(x, y) };
    }
    dot_body(x, y)
}

/// The dot products of four columns with `y` (each column at least as
/// long as `y`), reading `y` once.
pub fn dot4(c: [&[f64]; 4], y: &[f64]) -> [f64; 4] {
    #[cfg(target_arch = "x86_64")]
    if has_avx2_fma() {
        // SAFETY: the CPU has AVX2 and FMA (checked just above).
        return unsafe { dot4_avx2(c, y) };
    }
    dot4_body(c, y)
}

/// `y += a x` over the common length.
pub fn axpy(y: &mut [f64], a: f64, x: &[f64]) {
    #[cfg(target_arch = "x86_64")]
    if has_avx2_fma() {
        // SAFETY: the CPU has AVX2 and FMA (checked just above).
        return unsafe { axpy_avx2(y, a, x) };
    }
    axpy_body(y, a, x)
}
