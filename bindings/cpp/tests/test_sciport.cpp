// Tests of the C++ binding (bindings/cpp/sciport.hpp): values against
// mathematics (naive DFT/DCT sums, analytic spectra, fftfreq's formula,
// smooth numbers), round trips in C and Fortran order, errors as
// sciport::error with their status, exceptions thrown inside callbacks
// reaching the caller as the same type after the C call returned, and the
// linalg functions against values computed with SciPy 1.17.1 (row-major,
// column-major, strided and sub-view inputs; singular and mismatched inputs).
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

// --------------------------------------------------------------- linalg
//
// Reference values: SciPy 1.17.1 (scipy.linalg), each printed with repr()
// from the call named in the comment above it, row-major.

/// max |a - b| / max(1, max |b|) over the elements of a matrix (shapes must agree).
double mat_diff(const sciport::matrix &a, const sciport::matrix &b) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) {
        return INFINITY;
    }
    return rel_diff(a.values(), b.values());
}

/// `m` with each column's sign flipped to agree with `ref`'s (at ref's largest entry);
/// `cols` = false flips rows instead (for vh).
sciport::matrix align_signs(sciport::matrix m, const sciport::matrix &ref, bool cols = true) {
    const std::size_t count = cols ? m.cols() : m.rows();
    const std::size_t len = cols ? m.rows() : m.cols();
    for (std::size_t k = 0; k < count && k < (cols ? ref.cols() : ref.rows()); ++k) {
        std::size_t best = 0;
        for (std::size_t i = 0; i < len; ++i) {
            double r = cols ? ref(i, k) : ref(k, i);
            double b = cols ? ref(best, k) : ref(k, best);
            if (std::abs(r) > std::abs(b)) {
                best = i;
            }
        }
        double mine = cols ? m(best, k) : m(k, best);
        double theirs = cols ? ref(best, k) : ref(k, best);
        if (mine * theirs < 0) {
            for (std::size_t i = 0; i < len; ++i) {
                (cols ? m(i, k) : m(k, i)) *= -1.0;
            }
        }
    }
    return m;
}

sciport::matrix matmul(const sciport::matrix &a, const sciport::matrix &b) {
    sciport::matrix c(a.rows(), b.cols());
    for (std::size_t i = 0; i < a.rows(); ++i) {
        for (std::size_t j = 0; j < b.cols(); ++j) {
            for (std::size_t k = 0; k < a.cols(); ++k) {
                c(i, j) += a(i, k) * b(k, j);
            }
        }
    }
    return c;
}

// The test matrices (G general, A symmetric positive definite, M 4 x 3).
const sciport::matrix LG{{2, -1, 0, 3}, {1, 3, 2, -2}, {0, 1, 4, 1}, {3, 0, -1, 5}};
const sciport::matrix LA{{4, 1, 2}, {1, 5, 3}, {2, 3, 6}};
const sciport::matrix LB{{1, 2}, {0, -1}, {3, 1}, {-2, 4}};
const sciport::matrix LM{{1, 2, 3}, {4, 5, 6}, {7, 8, 10}, {-1, 0, 2}};
const std::vector<double> Lb3{1, -2, 3};

void test_linalg_matrix() {
    sciport::matrix m{{1, 2, 3}, {4, 5, 6}};
    CHECK(m.rows() == 2 && m.cols() == 3 && m(1, 0) == 4.0, "matrix from rows");
    CHECK(m.values() == (std::vector<double>{1, 2, 3, 4, 5, 6}), "row-major storage");
    sciport::matview<const double> t = m.view().t();
    CHECK(t.rows == 3 && t.cols == 2 && t(2, 1) == 6.0 && t(0, 1) == 4.0, "transpose view");
    sciport::matrix mt(t);
    CHECK(mt == (sciport::matrix{{1, 4}, {2, 5}, {3, 6}}), "matrix copy of a strided view");
    CHECK(sciport::matrix(m.view().block(0, 1, 2, 2)) == (sciport::matrix{{2, 3}, {5, 6}}),
          "block");
    CHECK(sciport::matrix::identity(2) == (sciport::matrix{{1, 0}, {0, 1}}), "identity");
    bool threw = false;
    try {
        sciport::matrix bad{{1, 2}, {3}};
    } catch (const std::invalid_argument &) {
        threw = true;
    }
    CHECK(threw, "ragged rows rejected");
    threw = false;
    try {
        (void)m.at(2, 0);
    } catch (const std::out_of_range &) {
        threw = true;
    }
    CHECK(threw, "at() checks");
    // the C++ options start from the C defaults (SciPy's keyword defaults)
    sciport::solve_options so;
    CHECK(so.assume_a.empty() && !so.lower && !so.transposed && so.check_finite, "solve defaults");
    sciport::eigh_options eo;
    CHECK(eo.lower && eo.check_finite && !eo.subset_by_index && !eo.subset_by_value &&
              eo.driver.empty(),
          "eigh defaults");
}

void test_linalg_solve() {
    // scipy.linalg.solve(G, B)
    const sciport::matrix want(4, 2, {0.5945945945945942, -0.1486486486486484, -1.351351351351351,
                                      0.33783783783783783, 1.216216216216216, -0.05405405405405408,
                                      -0.5135135135135134, 0.8783783783783783});
    // lu, piv, info = scipy.linalg.lapack.dgetrf(G);
    // scipy.linalg.lapack.dgecon(lu, numpy.linalg.norm(G, 1), norm='1')[0]
    const double want_rcond = 0.043401759530791784;
    auto [x, rcond] = sciport::solve(LG, LB);
    CHECK(mat_diff(x, want) < TOL, "solve(G, B)");
    CHECK(std::abs(rcond - want_rcond) < 1e-10, "solve rcond " + num(rcond));
    // scipy.linalg.solve(G, B, transposed=True)
    const sciport::matrix want_t(4, 2, {2.3378378378378377, 0.8783783783783783, 0.7837837837837837,
                                        -0.16216216216216217, -0.013513513513513375,
                                        0.36486486486486486, -1.4864864864864864,
                                        0.1351351351351352});
    sciport::solve_options o;
    o.transposed = true;
    CHECK(mat_diff(sciport::solve(LG, LB, o).x, want_t) < TOL, "solve transposed");
    // scipy.linalg.solve(A, b3, assume_a='pos')
    const std::vector<double> want_pos{-1.6653345369377348e-16, -0.9999999999999998,
                                       1.0000000000000002};
    sciport::solve_options pos;
    pos.assume_a = "pos";
    auto xv = sciport::solve(LA, Lb3, pos);
    CHECK(rel_diff(xv.x, want_pos) < TOL, "solve assume_a=pos, vector b");
    CHECK(xv.rcond > 0.0 && xv.rcond <= 1.0, "solve pos rcond " + num(xv.rcond));
    pos.assume_a = "sym";
    CHECK(rel_diff(sciport::solve(LA, Lb3, pos).x, want_pos) < TOL, "solve assume_a=sym");

    // scipy.linalg.solve_triangular(G, B)
    const sciport::matrix tri(4, 2, {0.6833333333333335, -0.11666666666666684, -0.8333333333333333,
                                     0.16666666666666669, 0.85, 0.04999999999999999, -0.4, 0.8});
    CHECK(mat_diff(sciport::solve_triangular(LG, LB), tri) < TOL, "solve_triangular");
    // scipy.linalg.solve_triangular(G, B, trans=1)
    const sciport::matrix tri_t(4, 2, {0.5, 1.0, 0.16666666666666666, 0.0, 0.6666666666666666, 0.25,
                                       -0.7666666666666666, 0.15000000000000002});
    CHECK(mat_diff(sciport::solve_triangular(LG, LB, 1), tri_t) < TOL, "solve_triangular trans=1");
    CHECK(mat_diff(sciport::solve_triangular(LG, LB, 2), tri_t) < TOL, "solve_triangular trans=2");
    // scipy.linalg.solve_triangular(G, B, lower=True, unit_diagonal=True)
    const sciport::matrix tri_lu(4, 2, {1.0, 2.0, -1.0, -3.0, 4.0, 4.0, -1.0, 2.0});
    CHECK(mat_diff(sciport::solve_triangular(LG, LB, 0, true, true), tri_lu) < TOL,
          "solve_triangular lower unit_diagonal");
    std::vector<double> col{1, 0, 3, -2};
    auto tv = sciport::solve_triangular(LG, col);
    CHECK(std::abs(tv[0] - tri(0, 0)) < TOL && std::abs(tv[3] - tri(3, 0)) < TOL,
          "solve_triangular vector b");
}

void test_linalg_factorizations() {
    // lu, piv = scipy.linalg.lu_factor(G)
    const sciport::matrix want_lu(
        4, 4, {3.0, 0.0, -1.0, 5.0, 0.3333333333333333, 3.0, 2.3333333333333335,
               -3.6666666666666665, 0.0, 0.3333333333333333, 3.2222222222222223,
               2.2222222222222223, 0.6666666666666666, -0.3333333333333333, 0.4482758620689655,
               -2.5517241379310347});
    const std::vector<std::int64_t> want_piv{3, 1, 2, 3};
    auto f = sciport::lu_factor(LG);
    CHECK(mat_diff(f.lu, want_lu) < TOL, "lu_factor lu");
    CHECK(f.piv == want_piv, "lu_factor piv");
    // scipy.linalg.lu_solve((lu, piv), B) equals solve(G, B); trans=1 equals transposed
    const sciport::matrix want = sciport::solve(LG, LB).x;
    CHECK(mat_diff(sciport::lu_solve(f, LB), want) < TOL, "lu_solve");
    sciport::solve_options o;
    o.transposed = true;
    CHECK(mat_diff(sciport::lu_solve(f.lu, f.piv, LB, 1), sciport::solve(LG, LB, o).x) < TOL,
          "lu_solve trans=1");
    auto lv = sciport::lu_solve(f, std::vector<double>{1, 0, 3, -2});
    CHECK(std::abs(lv[1] - want(1, 0)) < TOL, "lu_solve vector b");
    // lu_factor of a rectangular matrix: piv has min(m, n) entries
    auto fr = sciport::lu_factor(LM);
    CHECK(fr.lu.rows() == 4 && fr.lu.cols() == 3 && fr.piv.size() == 3, "lu_factor 4 x 3");

    // c, lower = scipy.linalg.cho_factor(A)  (the lower triangle keeps A's entries)
    const sciport::matrix want_c(3, 3, {2.0, 0.5, 1.0, 1.0, 2.179449471770337, 1.1470786693528088,
                                        2.0, 3.0, 1.9194297398747862});
    auto c = sciport::cho_factor(LA);
    CHECK(!c.lower && mat_diff(c.c, want_c) < TOL, "cho_factor");
    // scipy.linalg.cho_solve((c, lower), b3)
    const std::vector<double> want_x{-1.6653345369377348e-16, -0.9999999999999998,
                                     1.0000000000000002};
    CHECK(rel_diff(sciport::cho_solve(c, Lb3), want_x) < TOL, "cho_solve vector");
    sciport::matrix b3m(3, 1, Lb3);
    CHECK(rel_diff(sciport::cho_solve(c.c, c.lower, b3m).values(), want_x) < TOL,
          "cho_solve matrix");
    auto cl = sciport::cho_factor(LA, true);
    CHECK(cl.lower && rel_diff(sciport::cho_solve(cl, Lb3), want_x) < TOL, "cho_factor lower");
    // scipy.linalg.cholesky(A, lower=True)
    const sciport::matrix want_l(3, 3, {2.0, 0.0, 0.0, 0.5, 2.179449471770337, 0.0, 1.0,
                                        1.1470786693528088, 1.9194297398747862});
    CHECK(mat_diff(sciport::cholesky(LA, true), want_l) < TOL, "cholesky lower");
    CHECK(mat_diff(sciport::cholesky(LA), sciport::matrix(want_l.view().t())) < TOL,
          "cholesky upper");

    // scipy.linalg.inv(G)
    const sciport::matrix want_inv(
        4, 4, {0.7432432432432432, 0.3243243243243243, -0.22972972972972971, -0.2702702702702702,
               -0.6891891891891891, 0.08108108108108109, 0.06756756756756752, 0.4324324324324324,
               0.2702702702702703, 0.02702702702702703, 0.1891891891891892, -0.18918918918918917,
               -0.3918918918918919, -0.1891891891891892, 0.17567567567567569,
               0.32432432432432434});
    CHECK(mat_diff(sciport::inv(LG), want_inv) < TOL, "inv");
    // scipy.linalg.det(G) -> 73.99999999999997; scipy.linalg.det(numpy.zeros((0, 0))) -> 1.0
    CHECK(std::abs(sciport::det(LG) - 73.99999999999997) < 1e-12 * 74, "det " + num(sciport::det(LG)));
    CHECK(sciport::det(sciport::matrix(0, 0)) == 1.0, "det of 0 x 0");
}

void test_linalg_svd_eigh() {
    // u, s, vh = scipy.linalg.svd(M)
    const sciport::matrix want_u(
        4, 4, {-0.20933067336566324, 0.3627606877434742, 0.6214734010660474, -0.6620847108818926,
               -0.5031230395354763, -0.03192721605929438, 0.5545193374263182, 0.6620847108818959,
               -0.8367814747333489, -0.13033004262061518, -0.47028396519246896,
               -0.2482817665807116, -0.053335164947181296, 0.922171034186768, -0.2917397954865359,
               0.24828176658070933});
    const std::vector<double> want_s{17.436984282741232, 2.202867477135056, 0.31456954972769685};
    const sciport::matrix want_vh(
        3, 3, {-0.46028360521249995, -0.5521899994946731, -0.6951440190569553, -0.7260670583347659,
               -0.21642475124944355, 0.652676760615633, -0.510847951521471, 0.8051375854502694,
               -0.3013102038126606});
    auto [u, s, vh] = sciport::svd(LM);
    CHECK(rel_diff(s, want_s) < TOL, "svd s");
    CHECK(u.rows() == 4 && u.cols() == 4 && vh.rows() == 3 && vh.cols() == 3, "svd shapes");
    CHECK(mat_diff(align_signs(u, want_u), want_u) < 1e-10, "svd u (up to sign)");
    CHECK(mat_diff(align_signs(vh, want_vh, false), want_vh) < 1e-10, "svd vh (up to sign)");
    // u[:, :3] diag(s) vh == M whatever the signs
    auto econ = sciport::svd(LM, false);
    CHECK(econ.u.rows() == 4 && econ.u.cols() == 3 && econ.vh.rows() == 3, "svd economy shapes");
    sciport::matrix us = econ.u;
    for (std::size_t i = 0; i < 4; ++i) {
        for (std::size_t j = 0; j < 3; ++j) {
            us(i, j) *= econ.s[j];
        }
    }
    CHECK(mat_diff(matmul(us, econ.vh), LM) < 1e-12, "u diag(s) vh == M");
    // scipy.linalg.svd(M, lapack_driver='gesvd')[1]
    const std::vector<double> want_gesvd{17.436984282741232, 2.202867477135055,
                                         0.31456954972769724};
    CHECK(rel_diff(sciport::svd(LM, true, true, "gesvd").s, want_gesvd) < TOL, "svd gesvd");
    // scipy.linalg.svdvals(M.T), via a transposed view (no copy)
    const std::vector<double> want_sv{17.436984282741232, 2.2028674771350563, 0.3145695497276967};
    CHECK(rel_diff(sciport::svdvals(LM.view().t()), want_sv) < TOL, "svdvals of M^T view");

    // w, v = scipy.linalg.eigh(A)
    const std::vector<double> want_w{2.1943971674224088, 3.3867701566075468, 9.418832675970034};
    const sciport::matrix want_v(
        3, 3, {0.44122469687346455, 0.8155834192895001, -0.3743587224160365, 0.5773502691896257,
               -0.5773502691896262, -0.577350269189625, -0.6870134158337711, 0.038605088352622496,
               -0.7256185041863941});
    auto [w, v] = sciport::eigh(LA);
    CHECK(rel_diff(w, want_w) < TOL, "eigh w");
    CHECK(mat_diff(align_signs(v, want_v), want_v) < 1e-10, "eigh v (up to sign)");
    sciport::eigh_options upper;
    upper.lower = false;
    CHECK(rel_diff(sciport::eigh(LA, upper).w, want_w) < TOL, "eigh lower=False");
    // w, v = scipy.linalg.eigh(A, subset_by_index=[1, 2])
    const std::vector<double> want_w12{3.3867701566075468, 9.418832675970037};
    const sciport::matrix want_v12(3, 2, {0.8155834192895001, -0.3743587224160361,
                                          -0.5773502691896258, -0.5773502691896255,
                                          0.038605088352622774, -0.7256185041863941});
    sciport::eigh_options by_index;
    by_index.subset_by_index = std::array<std::int64_t, 2>{1, 2};
    auto sub = sciport::eigh(LA, by_index);
    CHECK(rel_diff(sub.w, want_w12) < TOL, "eigh subset_by_index w");
    CHECK(sub.v.rows() == 3 && sub.v.cols() == 2, "eigh subset v shape");
    CHECK(mat_diff(align_signs(sub.v, want_v12), want_v12) < 1e-10, "eigh subset v");
    // scipy.linalg.eigvalsh(A, subset_by_value=[3, inf])
    const std::vector<double> want_wv{3.3867701566075477, 9.418832675970037};
    sciport::eigh_options by_value;
    by_value.subset_by_value = std::array<double, 2>{3.0, INFINITY};
    CHECK(rel_diff(sciport::eigvalsh(LA, by_value), want_wv) < TOL, "eigvalsh subset_by_value");
    CHECK(rel_diff(sciport::eigvalsh(LA), want_w) < TOL, "eigvalsh");
    for (const char *driver : {"ev", "evd", "evr", "evx"}) {
        sciport::eigh_options d;
        d.driver = driver;
        CHECK(rel_diff(sciport::eigh(LA, d).w, want_w) < TOL, std::string("eigh driver ") + driver);
    }
}

void test_linalg_layouts() {
    // G stored column-major (Fortran/R/Julia) gives the same results as row-major
    std::vector<double> gf(16), bf(8);
    for (std::size_t i = 0; i < 4; ++i) {
        for (std::size_t j = 0; j < 4; ++j) {
            gf[j * 4 + i] = LG(i, j);
        }
        for (std::size_t j = 0; j < 2; ++j) {
            bf[j * 4 + i] = LB(i, j);
        }
    }
    sciport::matview<const double> G(gf.data(), 4, 4, sciport::order::f);
    sciport::matview<const double> B(bf.data(), 4, 2, 1, 4); // the raw C view, by hand
    auto row = sciport::solve(LG, LB);
    auto fo = sciport::solve(G, B);
    CHECK(mat_diff(fo.x, row.x) < TOL && std::abs(fo.rcond - row.rcond) < 1e-14,
          "solve column-major");
    CHECK(mat_diff(sciport::inv(G), sciport::inv(LG)) < TOL, "inv column-major");
    CHECK(std::abs(sciport::det(G) - sciport::det(LG)) < 1e-12, "det column-major");
    // the raw view as a braced list: {pointer, rows, cols, row_stride, col_stride}
    CHECK(std::abs(sciport::det({gf.data(), 4, 4, 1, 4}) - sciport::det(LG)) < 1e-12,
          "det of a braced raw view");
    auto lf = sciport::lu_factor(G), lr = sciport::lu_factor(LG);
    CHECK(mat_diff(lf.lu, lr.lu) < TOL && lf.piv == lr.piv, "lu_factor column-major");
    CHECK(mat_diff(sciport::solve_triangular(G, B, 1), sciport::solve_triangular(LG, LB, 1)) < TOL,
          "solve_triangular column-major");
    CHECK(rel_diff(sciport::svdvals(G), sciport::svdvals(LG)) < TOL, "svdvals column-major");
    // the output can be column-major too (no copy): x into a Fortran buffer
    std::vector<double> xf(8);
    sciport::matview<double> X(xf.data(), 4, 2, sciport::order::f);
    double rc = sciport::solve_into(G, B, X);
    CHECK(std::abs(rc - row.rcond) < 1e-14 && std::abs(X(3, 1) - row.x(3, 1)) < TOL &&
              std::abs(xf[1] - row.x(1, 0)) < TOL,
          "solve_into a column-major x");
    // a 3 x 3 sub-view of a 4 x 5 buffer, and a negative row stride (rows reversed)
    std::vector<double> big(20, 99.0);
    sciport::matview<double> Big(big.data(), 4, 5);
    for (std::size_t i = 0; i < 3; ++i) {
        for (std::size_t j = 0; j < 3; ++j) {
            Big(i + 1, j + 2) = LA(i, j);
        }
    }
    sciport::matview<const double> sub = Big.block(1, 2, 3, 3);
    CHECK(mat_diff(sciport::cholesky(sub), sciport::cholesky(LA)) < TOL, "cholesky of a sub-view");
    CHECK(rel_diff(sciport::eigvalsh(sub), sciport::eigvalsh(LA)) < TOL, "eigvalsh of a sub-view");
    sciport::matview<const double> flipped(LA.data() + 6, 3, 3, -3, 1);
    sciport::matrix la_flipped{{2, 3, 6}, {1, 5, 3}, {4, 1, 2}};
    CHECK(std::abs(sciport::det(flipped) - sciport::det(la_flipped)) < 1e-12,
          "det with a negative row stride");
    // an ndarray in Fortran order, through its 2-D view
    sciport::ndarray<double> nd({3, 3}, sciport::order::f);
    for (std::size_t i = 0; i < 3; ++i) {
        for (std::size_t j = 0; j < 3; ++j) {
            nd(i, j) = LA(i, j);
        }
    }
    CHECK(mat_diff(sciport::inv(sciport::matview<const double>(nd.view())), sciport::inv(LA)) < TOL,
          "inv of an ndarray view");
    // eigh into a column-major v
    std::vector<double> vf(9), w;
    sciport::eigh_into(LA, w, sciport::matview<double>(vf.data(), 3, 3, sciport::order::f));
    auto ref = sciport::eigh(LA);
    CHECK(rel_diff(w, ref.w) < TOL && std::abs(std::abs(vf[3]) - std::abs(ref.v(0, 1))) < TOL,
          "eigh_into column-major v");
}

void test_linalg_errors() {
    const sciport::matrix S{{1, 2}, {2, 4}};
    expect_error([&] { sciport::solve(S, std::vector<double>{1, 1}); }, SCIPORT_ERR_SINGULAR,
                 "singular", "solve singular");
    expect_error([&] { sciport::inv(S); }, SCIPORT_ERR_SINGULAR, "singular", "inv singular");
    // scipy.linalg.cholesky([[1, 2], [2, 1]]):
    // LinAlgError: 2-th leading minor of the array is not positive definite
    expect_error([] { sciport::cholesky(sciport::matrix{{1, 2}, {2, 1}}); }, SCIPORT_ERR_SINGULAR,
                 "2-th leading minor of the array is not positive definite", "cholesky not PD");
    expect_error([] { sciport::cho_factor(sciport::matrix{{1, 2}, {2, 1}}); },
                 SCIPORT_ERR_SINGULAR, "2-th leading minor", "cho_factor not PD");
    // scipy.linalg.lu_factor([[1, 2], [2, 4]]) only warns: lu = [[2, 4], [0.5, 0]], piv = [1, 1]
    auto f = sciport::lu_factor(S);
    CHECK(mat_diff(f.lu, sciport::matrix{{2, 4}, {0.5, 0}}) < TOL &&
              f.piv == (std::vector<std::int64_t>{1, 1}),
          "lu_factor of a singular matrix");
    // scipy.linalg.solve(A, ones(4)): ValueError incompatible shapes
    expect_error([] { sciport::solve(LA, std::vector<double>(4, 1.0)); },
                 SCIPORT_ERR_DIMENSION_MISMATCH, nullptr, "solve shape mismatch");
    expect_error([] { sciport::solve(LM, sciport::matrix(4, 1)); }, SCIPORT_ERR_DIMENSION_MISMATCH,
                 nullptr, "solve non-square a");
    expect_error([] { sciport::det(LM); }, SCIPORT_ERR_DIMENSION_MISMATCH, nullptr,
                 "det non-square");
    expect_error([] { sciport::lu_solve(sciport::lu_factor(LG), LB.view().block(0, 0, 3, 2)); },
                 SCIPORT_ERR_DIMENSION_MISMATCH, nullptr, "lu_solve shape mismatch");
    std::vector<double> small(3);
    expect_error([&] { sciport::inv_into(LA, sciport::matview<double>(small.data(), 3, 1)); },
                 SCIPORT_ERR_DIMENSION_MISMATCH, nullptr, "inv_into wrong output shape");
    sciport::matrix nan = LA;
    nan(1, 1) = NAN;
    expect_error([&] { sciport::det(nan); }, SCIPORT_ERR_INVALID_ARGUMENT,
                 "array must not contain infs or NaNs", "det NaN");
    sciport::solve_options bogus;
    bogus.assume_a = "bogus";
    expect_error([&] { sciport::solve(LA, Lb3, bogus); }, SCIPORT_ERR_UNKNOWN_NAME, "bogus",
                 "solve assume_a bogus");
    expect_error([] { sciport::solve_triangular(LG, LB, 3); }, SCIPORT_ERR_INVALID_ARGUMENT,
                 nullptr, "solve_triangular trans 3");
    expect_error([] { sciport::svd(LM, true, true, "gesxx"); }, SCIPORT_ERR_UNKNOWN_NAME, "gesxx",
                 "svd lapack_driver");
    sciport::eigh_options d;
    d.driver = "evz";
    expect_error([&] { sciport::eigh(LA, d); }, SCIPORT_ERR_UNKNOWN_NAME, "evz", "eigh driver");
    sciport::eigh_options bad_subset;
    bad_subset.subset_by_index = std::array<std::int64_t, 2>{2, 5};
    expect_error([&] { sciport::eigvalsh(LA, bad_subset); }, SCIPORT_ERR_INVALID_ARGUMENT, nullptr,
                 "eigvalsh subset_by_index out of range");
    expect_error([] { sciport::inv(sciport::matview<const double>(nullptr, 2, 2)); },
                 SCIPORT_ERR_NULL_POINTER, nullptr, "inv NULL data");
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
    run("linalg_matrix", test_linalg_matrix);
    run("linalg_solve", test_linalg_solve);
    run("linalg_factorizations", test_linalg_factorizations);
    run("linalg_svd_eigh", test_linalg_svd_eigh);
    run("linalg_layouts", test_linalg_layouts);
    run("linalg_errors", test_linalg_errors);
#if __cplusplus >= 202002L
    run("spans", test_spans);
    const char *mode = "C++20";
#else
    const char *mode = "C++17";
#endif
    std::printf("test_sciport (%s): %d passed, %d failed\n", mode, g_passed, g_failed);
    return g_failed == 0 ? 0 : 1;
}
