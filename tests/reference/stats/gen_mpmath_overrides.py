"""mpmath values for the (family, method) pairs where SciPy 1.17.1 itself is
badly wrong at some of the points of truncnorm.json and skewnorm.json, so
tests/stats_distributions.rs checks sciport against these instead of SciPy's.

    /work/venv/bin/python tests/reference/stats/gen_mpmath_overrides.py

writes tests/reference/stats/mpmath_overrides.json: one entry per (case of the
family's JSON, method), "values" one per grid point in the order of the
family JSON's pointwise arrays (x for cdf / sf / logcdf / logsf, q for ppf /
isf).  Non-finite values as "nan", "inf", "-inf", as gen_distributions.py.

truncnorm (a, b): cdf, sf, logcdf, logsf from the normal mass of [a, z] and
[z, b] over the mass of [a, b], each mass a difference of ncdf taken on the
side of 0 where it does not cancel, at mp.dps = 50.

skewnorm (a): cdf(z) = G(z, a), sf(z) = G(-z, -a) with
G(z, a) = int_{-inf}^z 2 phi(t) Phi(a t) dt by mp.quad (a positive integrand,
so relative accuracy holds however small G is; break points on the density's
decay length at z and where Phi(a t) turns), at mp.dps = 40; cross-checked
against Phi(z) - 2 T(z, a) (Owen's T by quad) at mp.dps = 400 with --check.
ppf(q) solves log G(z, a) = log q (bisection to 1e-4, then Newton in log
space with G' = the density); isf(q; a) = -ppf(q; -a).

z = (x - loc) / scale is formed in IEEE double, as SciPy and sciport form it:
the reference is the standardized function at the point both libraries
evaluate it at (beside truncnorm's support ends the mass of [a, z] is a few
ulps wide, so the rounding of z itself would otherwise dominate).  Results
are loc + scale * z for the quantiles.

Where the answer is one by definition it is written directly: x = nan -> nan;
x at or beyond a support end -> 0 / 1 / -inf / 0; q = 0, 1 -> the support
ends; q = nan or outside [0, 1] -> nan; an invalid parameter set (a >= b,
a shape nan, scale <= 0) -> SciPy's value from the family JSON (nan).
"""

import json
import math
import os
import sys

import mpmath as mp
import scipy

HERE = os.path.dirname(os.path.abspath(__file__))

TRUNCNORM_METHODS = ["cdf", "sf", "logcdf", "logsf"]
SKEWNORM_METHODS = ["cdf", "sf", "logcdf", "logsf", "ppf", "isf"]


def num(v):
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def point(v):
    if isinstance(v, str):
        return {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}.get(v, math.nan)
    return float(v)


def log_or_inf(v):
    return -math.inf if v == 0 else mp.log(v)


# ---------------------------------------------------------------- truncnorm


def normal_mass(lo, hi):
    """Phi(hi) - Phi(lo) without cancellation (lo <= hi, mpf or +-inf)."""
    if lo >= 0:
        return mp.ncdf(-lo) - mp.ncdf(-hi)
    if hi <= 0:
        return mp.ncdf(hi) - mp.ncdf(lo)
    return 1 - mp.ncdf(lo) - mp.ncdf(-hi)


def truncnorm_values(a, b, z):
    """(cdf, sf, logcdf, logsf) at the double z."""
    if math.isnan(z):
        return [math.nan] * 4
    if z <= a:
        return [0.0, 1.0, -math.inf, 0.0]
    if z >= b:
        return [1.0, 0.0, 0.0, -math.inf]
    with mp.workdps(50):
        A, B, Z = mp.mpf(a), mp.mpf(b), mp.mpf(z)
        mass = normal_mass(A, B)
        cdf = normal_mass(A, Z) / mass
        sf = normal_mass(Z, B) / mass
        logcdf = mp.log(cdf) if cdf < sf else mp.log1p(-sf)
        logsf = mp.log(sf) if sf < cdf else mp.log1p(-cdf)
        return [cdf, sf, logcdf, logsf]


def truncnorm_case(case):
    a, b = (point(s) for s in case["shapes"])
    scale = point(case["scale"])
    loc = point(case["loc"])
    if not (a < b) or not (scale > 0):
        return None
    rows = [truncnorm_values(a, b, (point(x) - loc) / scale) for x in case["x"]]
    return {m: [num(r[i]) for r in rows] for i, m in enumerate(TRUNCNORM_METHODS)}


# ----------------------------------------------------------------- skewnorm


def skew_density(t, a):
    return 2 * mp.npdf(t) * mp.ncdf(a * t)


def skew_lower(z, a):
    """G(z, a) = int_{-inf}^z 2 phi(t) Phi(a t) dt for finite z: mp.quad
    over a partition at z - s m (s the decay length of the density at z, m
    from 1/4 to 1024) and at Phi(a t)'s turn (t = 0, +-1/|a|, +-4/|a|), so
    that every piece is smooth on its own scale."""
    z = mp.mpf(z)
    a = mp.mpf(a)
    rate = -z + (a * mp.npdf(a * z) / mp.ncdf(a * z) if a != 0 else 0)
    s = 1 / max(rate, 1)
    pts = {z - s * m for m in (mp.mpf(2) ** k for k in range(-2, 11))}
    if a != 0:
        w = 1 / abs(a)
        pts.update((-4 * w, -w, 0, w, 4 * w))
    pts.update((0, -1, -2, -4, -8, 1, 2, 4, 8))
    pts = [-mp.inf] + sorted(t for t in pts if t < z) + [z]
    # mp.quad's tanh-sinh stops on an absolute error below 10^-dps, which a
    # G of 1e-300 meets at once: the integrand is scaled to a peak near 1.
    peak = max(skew_density(t, a) for t in pts[1:])
    return peak * mp.quad(lambda t: skew_density(t, a) / peak, pts)


def skew_cdf_owen(z, a):
    """Phi(z) - 2 T(z, a), Owen's T by quad: used only at mp.dps = 400."""
    h = mp.mpf(z)
    T = mp.quad(lambda t: mp.exp(-h * h * (1 + t * t) / 2) / (1 + t * t), [0, a]) / (2 * mp.pi)
    return mp.ncdf(h) - 2 * T


def skew_ppf_std(q, a):
    """The standardized quantile: log G(z, a) = log q, q a double in (0, 1)."""
    with mp.workdps(40):
        Q = mp.mpf(q)
        if Q > mp.mpf(1) / 2:
            # the upper half: solve the sf, G(-z, -a) = 1 - q, without cancellation
            return skew_isf_lower(1 - Q, a)
        return skew_isf_lower_cdf(Q, a)


def skew_isf_lower_cdf(Q, a):
    logq = mp.log(Q)

    def f(z):
        return mp.log(skew_lower(z, a)) - logq

    lo, hi = mp.mpf(-1), mp.mpf(1)
    while f(lo) > 0:
        lo *= 2
    while f(hi) < 0:
        hi *= 2
    while hi - lo > mp.mpf("1e-4") * max(1, abs(lo)):
        mid = (lo + hi) / 2
        if f(mid) > 0:
            hi = mid
        else:
            lo = mid
    z = (lo + hi) / 2
    for _ in range(30):
        g = skew_lower(z, a)
        step = (mp.log(g) - logq) * g / skew_density(z, a)
        z -= step
        if abs(step) <= mp.mpf("1e-30") * max(1, abs(z)):
            break
    else:
        raise RuntimeError(f"skewnorm ppf({Q}, {a}) did not converge")
    return z


def skew_isf_lower(Q, a):
    """z with sf(z; a) = Q: sf(z; a) = G(-z, -a), so z = -cdf^-1(Q; -a)."""
    return -skew_isf_lower_cdf(Q, -a)


def skewnorm_values(a, z):
    if math.isnan(z):
        return [math.nan] * 4
    if z == -math.inf:
        return [0.0, 1.0, -math.inf, 0.0]
    if z == math.inf:
        return [1.0, 0.0, 0.0, -math.inf]
    with mp.workdps(40):
        cdf = skew_lower(mp.mpf(z), a)
        sf = skew_lower(-mp.mpf(z), -a)
        # the log of the value near 1 from the other tail (log1p(-tiny))
        logcdf = log_or_inf(cdf) if cdf < sf else mp.log1p(-sf)
        logsf = log_or_inf(sf) if sf < cdf else mp.log1p(-cdf)
        return [cdf, sf, logcdf, logsf]


def skew_quantile(q, a, loc, scale, upper):
    if math.isnan(q) or q < 0 or q > 1:
        return math.nan
    if q == 0:
        return math.inf if upper else -math.inf
    if q == 1:
        return -math.inf if upper else math.inf
    if a == 0 and q == 0.5:
        # the normal median, 0 exactly (the root search stops 1e-41 from it)
        return loc
    if upper:
        # isf(q; a) = -ppf(q; -a)
        z = -skew_ppf_std(q, -a)
    else:
        z = skew_ppf_std(q, a)
    with mp.workdps(40):
        return loc + scale * z


def skewnorm_case(case):
    (a,) = (point(s) for s in case["shapes"])
    scale = point(case["scale"])
    loc = point(case["loc"])
    if math.isnan(a) or not (scale > 0):
        return None
    rows = [skewnorm_values(a, (point(x) - loc) / scale) for x in case["x"]]
    out = {m: [num(r[i]) for r in rows] for i, m in enumerate(SKEWNORM_METHODS[:4])}
    qs = [point(q) for q in case["q"]]
    out["ppf"] = [num(skew_quantile(q, a, loc, scale, False)) for q in qs]
    out["isf"] = [num(skew_quantile(q, a, loc, scale, True)) for q in qs]
    return out


def check_skewnorm(doc):
    """The quadrature against Phi(z) - 2 T(z, a) at 400 digits (cancellation
    of up to ~300 digits in the light tail is then harmless)."""
    worst = 0.0
    for case in doc["cases"]:
        (a,) = (point(s) for s in case["shapes"])
        scale, loc = point(case["scale"]), point(case["loc"])
        if math.isnan(a) or not (scale > 0):
            continue
        for x in case["x"]:
            z = (point(x) - loc) / scale
            if not math.isfinite(z):
                continue
            with mp.workdps(40):
                g = skew_lower(mp.mpf(z), a)
            with mp.workdps(400):
                o = skew_cdf_owen(z, a)
            if o > 0:
                err = float(abs(g - o) / o)
                worst = max(worst, err)
                if err > 1e-25:
                    print(f"skewnorm a={a} z={z}: quad {mp.nstr(g, 20)} owen {mp.nstr(o, 20)}")
    print(f"skewnorm cdf quad vs Owen's T: max relative difference {worst:.3g}")


FAMILIES = {
    "truncnorm": (TRUNCNORM_METHODS, truncnorm_case),
    "skewnorm": (SKEWNORM_METHODS, skewnorm_case),
}


def main():
    if "--check" in sys.argv:
        with open(os.path.join(HERE, "skewnorm.json")) as f:
            check_skewnorm(json.load(f))
        return
    cases = []
    for name, (methods, compute) in FAMILIES.items():
        with open(os.path.join(HERE, f"{name}.json")) as f:
            doc = json.load(f)
        for case in doc["cases"]:
            values = compute(case)
            for m in methods:
                # an invalid parameter set: nan by definition, SciPy's value
                vs = case["pointwise"][m] if values is None else values[m]
                cases.append({"family": name, "shapes": case["shapes"], "loc": case["loc"],
                              "scale": case["scale"], "method": m, "values": vs})
            print(f"{name} {case['shapes']} loc={case['loc']} scale={case['scale']}", flush=True)
    data = {"mpmath": mp.__version__, "scipy": scipy.__version__,
            "generator": "tests/reference/stats/gen_mpmath_overrides.py", "cases": cases}
    path = os.path.join(HERE, "mpmath_overrides.json")
    with open(path, "w") as f:
        json.dump(data, f, separators=(",", ":"))
    print(f"{path}: {len(cases)} (case, method) entries")


if __name__ == "__main__":
    main()
