// Tests of the C++ binding (bindings/cpp/sciport.hpp): values against
// mathematics (naive DFT/DCT sums, analytic spectra, fftfreq's formula,
// smooth numbers), round trips in C and Fortran order, errors as
// sciport::error with their status, and exceptions thrown inside callbacks
// reaching the caller as the same type after the C call returned.
// Built by tests/c_api.rs (or bindings/cpp/run_tests.sh) as C++17 and C++20
// with -Wall -Wextra -Werror -pedantic and AddressSanitizer.
#include "sciport.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#if __cplusplus >= 202002L
#include <span>
#endif

namespace {

int g_passed = 0;
int g_failed = 0;

void record(bool ok, const char *expr, const char *file, int line, const std::string &detail) {
    if (ok) {
        ++g_passed;
        return;
    }
    ++g_failed;
    std::fprintf(stderr, "FAIL %s:%d: %s %s\n", file, line, expr, detail.c_str());
}

#define CHECK(cond, detail) record((cond), #cond, __FILE__, __LINE__, (detail))

using sciport::complex;
const double PI = 3.14159265358979323846;
const double TOL = 1e-12;

std::string num(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

/// max |a - b| / max(1, max |b|)
template <class A, class B> double rel_diff(const A &a, const B &b) {
    double diff = 0.0, scale = 1.0;
    if (a.size() != b.size()) {
        return INFINITY;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        diff = std::max(diff, std::abs(a[i] - b[i]));
        scale = std::max(scale, std::abs(b[i]));
    }
    return diff / scale;
}

/// Logical (index-by-index) comparison of two ndarrays of the same shape.
template <class T> double nd_rel_diff(const sciport::ndarray<T> &a, const sciport::ndarray<T> &b) {
    if (a.shape() != b.shape()) {
        return INFINITY;
    }
    std::vector<std::size_t> idx(a.ndim(), 0);
    double diff = 0.0, scale = 1.0;
    for (std::size_t done = 0; done < a.size(); ++done) {
        diff = std::max(diff, std::abs(a.at(idx) - b.at(idx)));
        scale = std::max(scale, std::abs(b.at(idx)));
        for (std::size_t k = idx.size(); k-- > 0;) {
            if (++idx[k] < a.shape()[k]) {
                break;
            }
            idx[k] = 0;
        }
    }
    return diff / scale;
}

std::vector<complex> naive_dft(const std::vector<complex> &x, int sign, double scale) {
    const std::size_t n = x.size();
    std::vector<complex> y(n);
    for (std::size_t k = 0; k < n; ++k) {
        complex acc = 0.0;
        for (std::size_t j = 0; j < n; ++j) {
            acc += x[j] * std::polar(1.0, sign * 2.0 * PI * static_cast<double>((j * k) % n) /
                                              static_cast<double>(n));
        }
        y[k] = scale * acc;
    }
    return y;
}

std::vector<complex> random_complex(std::size_t n, unsigned seed) {
    std::vector<complex> x(n);
    unsigned long long state = seed;
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) / 4503599627370496.0 - 1.0;
    };
    for (auto &v : x) {
        double re = next();
        v = complex(re, next());
    }
    return x;
}

std::vector<double> real_parts(const std::vector<complex> &x) {
    std::vector<double> r;
    for (const auto &v : x) {
        r.push_back(v.real());
    }
    return r;
}

/// A 3-D array of `shape` in layout `o` whose element (i, j, k) depends only on the index.
template <class T> sciport::ndarray<T> make3(const std::vector<std::size_t> &shape, sciport::order o) {
    sciport::ndarray<T> a(shape, o);
    for (std::size_t i = 0; i < shape[0]; ++i) {
        for (std::size_t j = 0; j < shape[1]; ++j) {
            for (std::size_t k = 0; k < shape[2]; ++k) {
                double v = std::sin(1.0 + static_cast<double>(i * 31 + j * 7 + k));
                if constexpr (std::is_same_v<T, complex>) {
                    a(i, j, k) = complex(v, std::cos(static_cast<double>(i + 2 * j + 3 * k)));
                } else {
                    a(i, j, k) = v;
                }
            }
        }
    }
    return a;
}

/// Runs `body`, expecting sciport::error with `status` (and `needle` in what()).
template <class Body>
void expect_error(Body &&body, sciport_status status, const char *needle, const char *what) {
    try {
        body();
        CHECK(false, std::string(what) + ": no exception");
    } catch (const sciport::error &e) {
        CHECK(e.status() == status, std::string(what) + ": status " +
                                        std::to_string(static_cast<int>(e.status())));
        CHECK(std::strlen(e.what()) > 0, std::string(what) + ": empty message");
        CHECK(needle == nullptr || std::strstr(e.what(), needle) != nullptr,
              std::string(what) + ": message \"" + e.what() + "\"");
        CHECK(std::strcmp(e.status_str(), sciport_status_str(status)) == 0, what);
    } catch (const std::exception &e) {
        CHECK(false, std::string(what) + ": wrong exception type: " + e.what());
    }
}

// ------------------------------------------------------------------ basics

void test_basics() {
    std::string expected = std::to_string(SCIPORT_VERSION_MAJOR) + "." +
                           std::to_string(SCIPORT_VERSION_MINOR) + "." +
                           std::to_string(SCIPORT_VERSION_PATCH);
    CHECK(sciport::version() == expected, sciport::version());
    static_assert(!std::is_copy_constructible_v<sciport::unique_error>, "unique_error is move-only");
    static_assert(std::is_nothrow_move_constructible_v<sciport::unique_error>, "movable");
    static_assert(std::is_base_of_v<std::runtime_error, sciport::error>, "error is a runtime_error");
    sciport::error e(SCIPORT_ERR_DOMAIN, "x is out of range", 0);
    CHECK(e.status() == SCIPORT_ERR_DOMAIN && std::string(e.what()) == "x is out of range", "");
    // the checked-call helper owns the C error object and throws with its status
    try {
        sciport::checked([](sciport_error **err) {
            return sciport_fft_next_fast_len(7, false, nullptr, err);
        });
        CHECK(false, "checked did not throw");
    } catch (const sciport::error &err) {
        CHECK(err.status() == SCIPORT_ERR_NULL_POINTER && std::strstr(err.what(), "out"),
              err.what());
    }
    sciport::checked([](sciport_error **err) {
        std::size_t out = 0;
        return sciport_fft_next_fast_len(7, false, &out, err);
    });
    CHECK(true, "checked returns on success");
    // ndarray basics: layouts, strides, checked access, size validation
    sciport::ndarray<double> f({2, 3}, {0, 10, 1, 11, 2, 12}, sciport::order::f);
    CHECK(f.strides() == std::vector<std::ptrdiff_t>({1, 2}) && f(1, 2) == 12 && f(0, 1) == 1,
          "Fortran-order ndarray indexing");
    CHECK(f.at({1, 0}) == 10, "at");
    bool threw = false;
    try {
        f.at({2, 0});
    } catch (const std::out_of_range &) {
        threw = true;
    }
    CHECK(threw, "at out of range throws");
    threw = false;
    try {
        sciport::ndarray<double> bad({2, 2}, {1.0, 2.0, 3.0});
    } catch (const std::invalid_argument &) {
        threw = true;
    }
    CHECK(threw, "ndarray with wrong number of values throws");
    std::size_t before = sciport::get_num_threads();
    sciport::set_num_threads(1);
    CHECK(sciport::get_num_threads() == 1, "");
    sciport::set_num_threads(0);
    CHECK(sciport::get_num_threads() == before, "");
}

// ------------------------------------------------------------------- 1-D

void test_cosine_spikes() {
    const std::size_t n = 32, k0 = 5;
    std::vector<double> x(n);
    for (std::size_t j = 0; j < n; ++j) {
        x[j] = std::cos(2.0 * PI * static_cast<double>(k0 * j) / static_cast<double>(n));
    }
    std::vector<complex> y = sciport::fft(x); // real input, promoted as in SciPy
    std::vector<complex> want(n, 0.0);
    want[k0] = want[n - k0] = n / 2.0;
    CHECK(rel_diff(y, want) < TOL, num(rel_diff(y, want)));
    std::vector<complex> half = sciport::rfft(x);
    std::vector<complex> half_want(want.begin(), want.begin() + n / 2 + 1);
    CHECK(half.size() == n / 2 + 1 && rel_diff(half, half_want) < TOL, "rfft spikes");
}

void test_fft_1d() {
    for (std::size_t n : {1u, 2u, 7u, 16u, 45u}) {
        std::vector<complex> x = random_complex(n, static_cast<unsigned>(n));
        const double dn = static_cast<double>(n);
        struct {
            const char *norm;
            double fwd, inv;
        } norms[] = {{"backward", 1.0, 1.0 / dn},
                     {"ortho", 1.0 / std::sqrt(dn), 1.0 / std::sqrt(dn)},
                     {"forward", 1.0 / dn, 1.0}};
        for (const auto &nm : norms) {
            std::vector<complex> y = sciport::fft(x, -1, -1, nm.norm);
            CHECK(rel_diff(y, naive_dft(x, -1, nm.fwd)) < TOL, std::string("fft ") + nm.norm);
            std::vector<complex> z = sciport::ifft(x, -1, -1, nm.norm);
            CHECK(rel_diff(z, naive_dft(x, 1, nm.inv)) < TOL, std::string("ifft ") + nm.norm);
            CHECK(rel_diff(sciport::ifft(y, -1, -1, nm.norm), x) < TOL, "ifft(fft(x))");
        }
        // n pads with zeros
        std::vector<complex> padded(x);
        padded.resize(n + 3);
        CHECK(rel_diff(sciport::fft(x, static_cast<std::int64_t>(n + 3)),
                       naive_dft(padded, -1, 1.0)) < TOL,
              "fft padded");
        // real round trips, even and odd output lengths
        std::vector<double> r = real_parts(x);
        std::vector<complex> h = sciport::rfft(r);
        CHECK(h.size() == n / 2 + 1, "rfft length");
        std::vector<double> back = sciport::irfft(h, static_cast<std::int64_t>(n));
        CHECK(rel_diff(back, r) < TOL, "irfft(rfft(x), n) n = " + std::to_string(n));
        std::vector<double> hb = sciport::hfft(sciport::ihfft(r), static_cast<std::int64_t>(n));
        CHECK(rel_diff(hb, r) < TOL, "hfft(ihfft(x), n)");
    }
}

double naive_dct2(const std::vector<double> &x, std::size_t k) {
    double acc = 0.0;
    const double n = static_cast<double>(x.size());
    for (std::size_t j = 0; j < x.size(); ++j) {
        acc += 2.0 * x[j] * std::cos(PI * static_cast<double>(k) * (2.0 * j + 1.0) / (2.0 * n));
    }
    return acc;
}

void test_trig_1d() {
    std::vector<double> x = real_parts(random_complex(11, 3));
    std::vector<double> y = sciport::dct(x);
    std::vector<double> want(x.size());
    for (std::size_t k = 0; k < x.size(); ++k) {
        want[k] = naive_dct2(x, k);
    }
    CHECK(rel_diff(y, want) < TOL, "dct-II vs definition");
    std::vector<double> ones(8, 1.0);
    std::vector<double> c = sciport::dct(ones);
    std::vector<double> c_want(8, 0.0);
    c_want[0] = 16.0;
    CHECK(rel_diff(c, c_want) < TOL, "dct(ones) = [2N, 0, ...]");
    for (int type = 1; type <= 4; ++type) {
        for (const char *norm : {"backward", "ortho", "forward"}) {
            for (std::optional<bool> orth : {std::optional<bool>(), std::optional<bool>(true),
                                             std::optional<bool>(false)}) {
                auto d = sciport::dct(x, type, -1, -1, norm, 0, orth);
                CHECK(rel_diff(sciport::idct(d, type, -1, -1, norm, 0, orth), x) < TOL,
                      "idct(dct) type " + std::to_string(type) + " " + norm);
                auto s = sciport::dst(x, type, -1, -1, norm, 0, orth);
                CHECK(rel_diff(sciport::idst(s, type, -1, -1, norm, 0, orth), x) < TOL,
                      "idst(dst) type " + std::to_string(type) + " " + norm);
            }
        }
    }
}

// ------------------------------------------------------------------- N-D

void test_nd_layouts() {
    const std::vector<std::size_t> shape{3, 4, 5};
    auto xc = make3<complex>(shape, sciport::order::c);
    auto xf = make3<complex>(shape, sciport::order::f);
    auto yc = sciport::fftn(xc);
    auto yf = sciport::fftn(xf);
    CHECK(yc.layout() == sciport::order::c && yf.layout() == sciport::order::f,
          "results keep the input's layout");
    CHECK(nd_rel_diff(yc, yf) < TOL, "fftn C vs Fortran order");
    CHECK(nd_rel_diff(sciport::ifftn(yf), xf) < TOL, "ifftn(fftn(x)) Fortran");
    // fftn over all axes equals three 1-D ffts along each axis
    auto step = sciport::fft(sciport::fft(sciport::fft(xf, -1, 0), -1, 1), -1, 2);
    CHECK(nd_rel_diff(step, yc) < TOL, "fftn = fft along each axis");
    // fft along axis 1 vs the naive DFT of each line
    auto y1 = sciport::fft(xc, -1, 1, "ortho");
    double worst = 0.0;
    for (std::size_t i = 0; i < shape[0]; ++i) {
        for (std::size_t k = 0; k < shape[2]; ++k) {
            std::vector<complex> line, got;
            for (std::size_t j = 0; j < shape[1]; ++j) {
                line.push_back(xc(i, j, k));
                got.push_back(y1(i, j, k));
            }
            worst = std::max(worst, rel_diff(got, naive_dft(line, -1, 0.5)));
        }
    }
    CHECK(worst < TOL, "fft axis 1 ortho vs naive: " + num(worst));
    // fft2 = fftn over the last two axes; axes in any order
    CHECK(nd_rel_diff(sciport::fft2(xc), sciport::fftn(xc, {}, {1, 2})) < TOL, "fft2");
    CHECK(nd_rel_diff(sciport::fftn(xf, {}, {2, 0}), sciport::fftn(xf, {}, {0, 2})) < TOL,
          "axes order");
    // s pads: shape follows
    auto padded = sciport::fftn(xc, {6, 8}, {0, 2});
    CHECK(padded.shape() == std::vector<std::size_t>({6, 4, 8}), "fftn s shape");
    // real transforms
    auto rc = make3<double>(shape, sciport::order::c);
    auto rf = make3<double>(shape, sciport::order::f);
    auto hc = sciport::rfftn(rc);
    CHECK(hc.shape() == std::vector<std::size_t>({3, 4, 3}), "rfftn shape");
    auto back = sciport::irfftn(hc, {3, 4, 5});
    CHECK(nd_rel_diff(back, rc) < TOL, "irfftn(rfftn(x), s)");
    // SciPy's shape rules: an s entry -1 keeps the input length (also for the
    // last axis of irfftn), and irfftn maps a last axis of length 1 to 1
    CHECK(sciport::rfftn(rc, {-1, -1}).shape() == std::vector<std::size_t>({3, 4, 3}),
          "rfftn s -1");
    CHECK(sciport::irfftn(hc, {-1, -1}).shape() == std::vector<std::size_t>({3, 4, 3}),
          "irfftn s -1");
    sciport::ndarray<complex> column({3, 1});
    column(0, 0) = 3.0;
    auto col = sciport::irfftn(column);
    CHECK(col.shape() == std::vector<std::size_t>({3, 1}), "irfftn last axis of length 1");
    CHECK(sciport::irfft2(column).shape() == std::vector<std::size_t>({3, 1}), "irfft2 (3, 1)");
    CHECK(sciport::irfftn(column, {}, {1, 0}).shape() == std::vector<std::size_t>({4, 1}),
          "irfftn axes (1, 0)");
    auto hf = sciport::rfft2(rf);
    CHECK(nd_rel_diff(sciport::irfft2(hf, {4, 5}), rf) < TOL, "irfft2(rfft2(x), s)");
    CHECK(nd_rel_diff(sciport::fftn(rc), sciport::fftn(rf)) < TOL, "real fftn C vs F");
    for (int type = 1; type <= 4; ++type) {
        auto d = sciport::dctn(rf, type);
        CHECK(nd_rel_diff(sciport::idctn(d, type), rf) < TOL, "idctn(dctn)");
        CHECK(nd_rel_diff(d, sciport::dctn(rc, type)) < TOL, "dctn C vs F");
        auto s = sciport::dstn(rc, type, {}, {0, 2}, "ortho");
        CHECK(nd_rel_diff(sciport::idstn(s, type, {}, {0, 2}, "ortho"), rc) < TOL, "idstn(dstn)");
        auto d1 = sciport::dct(rf, type, -1, 1);
        CHECK(nd_rel_diff(sciport::idct(d1, type, -1, 1), rf) < TOL, "idct(dct) axis 1");
    }
}

void test_strided_out_view() {
    std::vector<complex> x = random_complex(6, 11);
    std::vector<complex> buffer(12, complex(-7.0, -7.0));
    sciport::ndview<complex> every_other(buffer.data(), {6}, std::vector<std::ptrdiff_t>{2});
    sciport::ndarray<complex> xa({6}, x);
    sciport::fft(xa, every_other);
    std::vector<complex> got;
    for (std::size_t i = 0; i < 6; ++i) {
        got.push_back(buffer[2 * i]);
        CHECK(buffer[2 * i + 1] == complex(-7.0, -7.0), "gap written");
    }
    CHECK(rel_diff(got, naive_dft(x, -1, 1.0)) < TOL, "fft into a strided view");
    // a reversed (negative-stride) input view
    std::vector<complex> rev(x.rbegin(), x.rend());
    sciport::ndview<const complex> reversed(rev.data() + 5, {6}, std::vector<std::ptrdiff_t>{-1});
    CHECK(nd_rel_diff(sciport::fft(reversed), sciport::fft(xa)) < TOL, "negative stride");
}

void test_nd_helpers() {
    // fftshift keeps the layout and shifts every axis by default
    sciport::ndarray<double> f({2, 3}, {0, 10, 1, 11, 2, 12}, sciport::order::f);
    auto s = sciport::fftshift(f);
    CHECK(s.layout() == sciport::order::f && s(0, 0) == 12 && s(1, 2) == 1 && s(0, 2) == 11 && s(1, 0) == 2,
          "fftshift Fortran 2-D");
    CHECK(nd_rel_diff(sciport::ifftshift(s), f) == 0.0, "ifftshift(fftshift) 2-D");
    // ihfft/hfft and irfft along axis 0 of a Fortran array
    auto r = make3<double>({4, 3, 2}, sciport::order::f);
    auto h = sciport::ihfft(r, -1, 0);
    CHECK(h.shape() == std::vector<std::size_t>({3, 3, 2}) && h.layout() == sciport::order::f,
          "ihfft shape/layout");
    CHECK(nd_rel_diff(sciport::hfft(h, 4, 0), r) < TOL, "hfft(ihfft) axis 0");
    auto rf = sciport::rfft(r, 7, 0);
    CHECK(rf.shape() == std::vector<std::size_t>({4, 3, 2}), "rfft n = 7 shape");
    auto back = sciport::irfft(rf, 7, 0);
    CHECK(back.shape() == std::vector<std::size_t>({7, 3, 2}), "irfft n = 7 shape");
    double worst = 0.0;
    for (std::size_t i = 0; i < 7; ++i) {
        for (std::size_t j = 0; j < 3; ++j) {
            for (std::size_t k = 0; k < 2; ++k) {
                double want = i < 4 ? r(i, j, k) : 0.0; // zero-padded to n = 7
                worst = std::max(worst, std::abs(back(i, j, k) - want));
            }
        }
    }
    CHECK(worst < TOL, "irfft(rfft(x, 7), 7) = zero-padded x: " + num(worst));
}

void test_helpers() {
    std::vector<double> ramp{0, 1, 2, 3, 4};
    CHECK(sciport::fftshift(ramp) == std::vector<double>({3, 4, 0, 1, 2}), "fftshift odd");
    CHECK(sciport::ifftshift(sciport::fftshift(ramp)) == ramp, "ifftshift(fftshift)");
    std::vector<complex> c{{0, 0}, {1, 1}, {2, 2}, {3, 3}};
    CHECK(sciport::fftshift(c) == std::vector<complex>({{2, 2}, {3, 3}, {0, 0}, {1, 1}}),
          "fftshift complex");
    sciport::ndarray<double> m({2, 3}, {0, 1, 2, 10, 11, 12});
    auto ms = sciport::fftshift(m, {1});
    CHECK(ms.values() == std::vector<double>({2, 0, 1, 12, 10, 11}), "fftshift axis 1");
    const double d = 0.25;
    for (std::size_t n : {1u, 6u, 7u}) {
        auto f = sciport::fftfreq(n, d);
        auto rf = sciport::rfftfreq(n, d);
        bool ok = f.size() == n && rf.size() == n / 2 + 1;
        for (std::size_t j = 0; ok && j < n; ++j) {
            double k = j < (n + 1) / 2 ? double(j) : double(j) - double(n);
            ok = std::abs(f[j] - k / (double(n) * d)) < 1e-15;
        }
        for (std::size_t j = 0; ok && j < rf.size(); ++j) {
            ok = std::abs(rf[j] - double(j) / (double(n) * d)) < 1e-15;
        }
        CHECK(ok, "fftfreq/rfftfreq n = " + std::to_string(n));
    }
    auto smooth = [](std::size_t n, std::size_t limit) {
        for (std::size_t p = 2; p <= limit; ++p) {
            while (n % p == 0) {
                n /= p;
            }
        }
        return n == 1;
    };
    for (std::size_t t : {1u, 13u, 97u, 1021u, 100003u}) {
        std::size_t want_c = t, want_r = t;
        while (!smooth(want_c, 11)) ++want_c;
        while (!smooth(want_r, 5)) ++want_r;
        CHECK(sciport::next_fast_len(t) == want_c, "next_fast_len " + std::to_string(t));
        CHECK(sciport::next_fast_len(t, true) == want_r, "next_fast_len real " + std::to_string(t));
    }
}

// --------------------------------------------------------------- errors

void test_errors() {
    std::vector<complex> x = random_complex(8, 5);
    expect_error([&] { sciport::fft(x, 0); }, SCIPORT_ERR_INVALID_ARGUMENT, nullptr, "fft n = 0");
    expect_error([&] { sciport::fft(x, -1, -1, "bogus"); }, SCIPORT_ERR_UNKNOWN_NAME, "bogus",
                 "fft norm bogus");
    expect_error([&] { sciport::fft(x, -1, 3); }, SCIPORT_ERR_INVALID_ARGUMENT, nullptr,
                 "fft axis 3");
    expect_error([&] { sciport::dct(real_parts(x), 7); }, SCIPORT_ERR_INVALID_ARGUMENT, nullptr,
                 "dct type 7");
    expect_error([&] { sciport::fftfreq(0); }, SCIPORT_ERR_INVALID_ARGUMENT, nullptr,
                 "fftfreq(0)");
    std::vector<complex> small(4);
    sciport::ndarray<complex> xa({8}, x);
    expect_error([&] { sciport::fft(xa, sciport::ndview<complex>(small.data(), {4}, sciport::order::c)); },
                 SCIPORT_ERR_DIMENSION_MISMATCH, nullptr, "fft out too small");
    expect_error([&] { sciport::fftn(xa, {4, 4}, {0}); }, SCIPORT_ERR_DIMENSION_MISMATCH, nullptr,
                 "fftn len(s) != len(axes)");
    expect_error([&] { sciport::fft(sciport::ndview<const complex>(nullptr, {8}, sciport::order::c)); },
                 SCIPORT_ERR_NULL_POINTER, "x", "fft NULL data");
    expect_error([] { sciport::root_scalar([](double v) { return v; }); },
                 SCIPORT_ERR_INVALID_ARGUMENT, nullptr, "root_scalar without bracket or x0");
    sciport::root_scalar_options o;
    o.method = "nope";
    o.bracket = std::array<double, 2>{-1.0, 1.0};
    expect_error([&] { sciport::root_scalar([](double v) { return v; }, o); },
                 SCIPORT_ERR_UNKNOWN_NAME, "nope", "root_scalar method nope");
    sciport::minimize_scalar_options mo;
    mo.method = "bounded";
    expect_error([&] { sciport::minimize_scalar([](double v) { return v * v; }, mo); },
                 SCIPORT_ERR_INVALID_ARGUMENT, nullptr, "bounded without bounds");
}

// --------------------------------------------------------------- solvers

double cubic(double v) { return v * v * v - 8.0; }

void test_root_scalar() {
    // a plain function and a function pointer work as callbacks too
    sciport::root_scalar_options b;
    b.bracket = std::array<double, 2>{0.0, 5.0};
    CHECK(std::abs(sciport::root_scalar(cubic, b).root - 2.0) < 1e-11, "plain function");
    double (*fp)(double) = &cubic;
    CHECK(std::abs(sciport::root_scalar(fp, b).root - 2.0) < 1e-11, "function pointer");

    int calls = 0;
    auto f = [&calls](double v) {
        ++calls;
        return v * v - 2.0;
    };
    for (const char *method : {"brentq", "brenth", "bisect", "ridder", "toms748"}) {
        calls = 0;
        sciport::root_scalar_options o;
        o.method = method;
        o.bracket = std::array<double, 2>{0.0, 2.0};
        auto r = sciport::root_scalar(f, o);
        CHECK(std::abs(r.root - std::sqrt(2.0)) < 1e-11, std::string(method) + " " + num(r.root));
        CHECK(r.converged && r.flag == "converged", std::string(method) + " flag " + r.flag);
        CHECK(r.function_calls == calls, std::string(method) + " function_calls");
    }
    sciport::root_scalar_options o;
    o.x0 = 1.0;
    o.fprime = [](double v) { return 2.0 * v; };
    auto r = sciport::root_scalar(f, o); // SciPy picks newton
    CHECK(std::abs(r.root - std::sqrt(2.0)) < 1.5e-8 && r.converged, "newton " + num(r.root));
    o.fprime2 = [](double) { return 2.0; };
    o.method = "halley";
    r = sciport::root_scalar(f, o);
    CHECK(std::abs(r.root - std::sqrt(2.0)) < 1.5e-8 && r.converged, "halley " + num(r.root));
    sciport::root_scalar_options sec;
    sec.method = "secant";
    sec.x0 = 1.0;
    sec.x1 = 2.0;
    r = sciport::root_scalar([](double v) { return std::cos(v); }, sec);
    CHECK(std::abs(r.root - PI / 2) < 1.5e-8, "secant cos " + num(r.root));
}

void test_minimize_scalar() {
    int calls = 0;
    auto f = [&calls](double v) {
        ++calls;
        return (v - 1.5) * (v - 1.5);
    };
    auto r = sciport::minimize_scalar(f);
    CHECK(std::abs(r.x - 1.5) < 1e-7 && r.success && r.nfev == calls, "brent " + num(r.x));
    CHECK(!r.message.empty(), "brent message");
    sciport::minimize_scalar_options o;
    o.bounds = std::array<double, 2>{0.0, 4.0};
    calls = 0;
    r = sciport::minimize_scalar(f, o);
    CHECK(std::abs(r.x - 1.5) < 1e-5 && r.success && r.nfev == calls, "bounded " + num(r.x));
    o = {};
    o.method = "golden";
    o.bracket = {0.0, 1.0, 3.0};
    r = sciport::minimize_scalar(f, o);
    CHECK(std::abs(r.x - 1.5) < 1e-7 && r.fun == (r.x - 1.5) * (r.x - 1.5), "golden " + num(r.x));
}

/// Not derived from std::exception: must still arrive unchanged.
struct my_failure {
    int value;
};

void test_callback_exceptions() {
    int calls = 0;
    sciport::root_scalar_options o;
    o.bracket = std::array<double, 2>{0.0, 2.0};
    try {
        sciport::root_scalar(
            [&calls](double v) {
                if (++calls == 3) {
                    throw my_failure{41};
                }
                return v * v - 2.0;
            },
            o);
        CHECK(false, "no exception from root_scalar");
    } catch (const my_failure &e) {
        CHECK(e.value == 41, "payload");
        CHECK(calls == 3, "solver stopped at the throwing call: " + std::to_string(calls));
    } catch (...) {
        CHECK(false, "wrong exception type from root_scalar");
    }
    sciport::root_scalar_options n;
    n.x0 = 1.0;
    n.fprime = [](double) -> double { throw std::domain_error("derivative undefined"); };
    try {
        sciport::root_scalar([](double v) { return v * v - 2.0; }, n);
        CHECK(false, "no exception from fprime");
    } catch (const std::domain_error &e) {
        CHECK(std::string(e.what()) == "derivative undefined", e.what());
    } catch (...) {
        CHECK(false, "wrong exception type from fprime");
    }
    try {
        sciport::minimize_scalar([](double) -> double { throw std::out_of_range("oops"); });
        CHECK(false, "no exception from minimize_scalar");
    } catch (const std::out_of_range &e) {
        CHECK(std::string(e.what()) == "oops", e.what());
    } catch (...) {
        CHECK(false, "wrong exception type from minimize_scalar");
    }
    // the library stays usable afterwards
    auto r = sciport::root_scalar([](double v) { return v - 0.25; }, o);
    CHECK(std::abs(r.root - 0.25) < 1e-11, "solver after exceptions");
}

#if __cplusplus >= 202002L
void test_spans() {
    std::array<complex, 8> x{};
    for (std::size_t j = 0; j < x.size(); ++j) {
        x[j] = std::cos(2.0 * PI * static_cast<double>(j) / 8.0);
    }
    std::vector<complex> y = sciport::fft(std::span<const complex>(x));
    std::vector<complex> want(8, 0.0);
    want[1] = want[7] = 4.0;
    CHECK(rel_diff(y, want) < TOL, "fft(span)");
    std::array<complex, 8> out{};
    sciport::ifft(std::span<const complex>(y), std::span<complex>(out));
    CHECK(rel_diff(out, x) < TOL, "ifft(span, span)");
    std::array<double, 6> r{1, 2, 3, 4, 5, 6};
    auto d = sciport::dct(std::span<const double>(r), 3);
    std::array<double, 6> back{};
    sciport::idct(std::span<const double>(d), std::span<double>(back), 3);
    CHECK(rel_diff(back, r) < TOL, "idct(dct(span))");
    auto h = sciport::rfft(std::span<const double>(r));
    CHECK(h.size() == 4, "rfft(span) length");
}
#endif

} // namespace

/// Runs one test function; an unexpected exception counts as a failure.
void run(const char *name, void (*test)()) {
    try {
        test();
    } catch (const std::exception &e) {
        record(false, name, __FILE__, __LINE__, std::string("unexpected exception: ") + e.what());
    } catch (...) {
        record(false, name, __FILE__, __LINE__, "unexpected non-standard exception");
    }
}

int main() {
    run("basics", test_basics);
    run("cosine_spikes", test_cosine_spikes);
    run("fft_1d", test_fft_1d);
    run("trig_1d", test_trig_1d);
    run("nd_layouts", test_nd_layouts);
    run("strided_out_view", test_strided_out_view);
    run("helpers", test_helpers);
    run("nd_helpers", test_nd_helpers);
    run("errors", test_errors);
    run("root_scalar", test_root_scalar);
    run("minimize_scalar", test_minimize_scalar);
    run("callback_exceptions", test_callback_exceptions);
#if __cplusplus >= 202002L
    run("spans", test_spans);
    const char *mode = "C++20";
#else
    const char *mode = "C++17";
#endif
    std::printf("test_sciport (%s): %d passed, %d failed\n", mode, g_passed, g_failed);
    return g_failed == 0 ? 0 : 1;
}
