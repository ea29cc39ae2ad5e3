// sciport.hpp — header-only C++17 layer over the sciport C ABI (sciport.h).
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// * Errors: every failing call throws sciport::error (a std::runtime_error)
//   carrying the sciport_status and the library's message; the C error object
//   is owned by a unique_ptr and always released.
// * Arrays: std::vector / std::complex<double> for 1-D data; sciport::ndarray
//   (owning, C or Fortran order) and sciport::ndview (non-owning, any element
//   strides, negative allowed) for N-D data. Outputs keep the input's layout.
//   std::span overloads exist when compiling as C++20.
// * Defaults follow SciPy's keyword defaults (n = -1 is None, axis = -1,
//   norm = "backward", workers = 0 is None, orthogonalize = nullopt is None).
// * Callbacks: any callable double(double). An exception thrown inside it is
//   caught by a noexcept trampoline (it never crosses the Rust frames), the
//   solver is aborted, and the same exception is rethrown once the C call has
//   returned.
// * Linear algebra: sciport::matrix / sciport::cmatrix (owning, row-major,
//   real / complex) and sciport::matview (non-owning, any row/column strides);
//   the complex functions are overloads of the real ones' names; results as
//   structs (solve_result, lu_factor_result, lu_result, ldl_result, svd_result,
//   eigh_result, hessenberg_result, polar_result, schur_result, sqrtm_result,
//   logm_result, ...) or a plain matrix (inv, expm, ...);
//   complex results (eig, eigvals) as std::vector<complex> / ndarray<complex>.
//
// Thread safety: as the C functions (reentrant); ndarray/ndview are plain values.
#ifndef SCIPORT_HPP
#define SCIPORT_HPP

#include "sciport.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <functional>
#include <initializer_list>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#if __cplusplus >= 202002L
#include <span>
#endif

namespace sciport {

/// Complex numbers as sciport exchanges them (layout of sciport_complex).
using complex = std::complex<double>;

static_assert(sizeof(complex) == sizeof(sciport_complex), "std::complex<double> layout");
static_assert(alignof(complex) == alignof(sciport_complex), "std::complex<double> alignment");

/// Library version at run time ("MAJOR.MINOR.PATCH").
inline std::string version() { return sciport_version(); }

/// Caps the threads of every later call (0 = no cap); see sciport_set_num_threads.
inline void set_num_threads(std::size_t n) noexcept { sciport_set_num_threads(n); }

/// The current thread cap; see sciport_get_num_threads.
inline std::size_t get_num_threads() noexcept { return sciport_get_num_threads(); }

/// A failed sciport call: the status code, the library's message (what()) and,
/// for SCIPORT_ERR_CALLBACK, the callback's non-zero code.
class error : public std::runtime_error {
public:
    /// An error with `status` and `message`.
    error(sciport_status status, const std::string &message, std::int32_t callback_code = 0)
        : std::runtime_error(message), status_(status), callback_code_(callback_code) {}

    /// The sciport_status of the failed call.
    sciport_status status() const noexcept { return status_; }

    /// The callback's code for SCIPORT_ERR_CALLBACK, else 0.
    std::int32_t callback_code() const noexcept { return callback_code_; }

    /// The static description of status() (sciport_status_str).
    const char *status_str() const noexcept { return sciport_status_str(status_); }

private:
    sciport_status status_;
    std::int32_t callback_code_;
};

/// Deleter releasing a sciport_error (NULL-safe).
struct error_deleter {
    /// Calls sciport_error_free.
    void operator()(sciport_error *e) const noexcept { sciport_error_free(e); }
};

/// Move-only owner of a C error object.
using unique_error = std::unique_ptr<sciport_error, error_deleter>;

/// Throws sciport::error for a failed status, using the error object's message
/// when there is one (else the status description).
[[noreturn]] inline void throw_error(sciport_status status, const sciport_error *e) {
    std::string message = e != nullptr ? sciport_error_message(e) : "";
    if (message.empty()) {
        message = sciport_status_str(status);
    }
    throw error(status, message, sciport_error_callback_code(e));
}

/// Converts a status plus its error object into an exception (no-op on success).
inline void check(sciport_status status, unique_error err) {
    if (status != SCIPORT_OK) {
        throw_error(status, err.get());
    }
}

/// The checked-call helper: runs `call(sciport_error **)` (a lambda wrapping
/// one C function), owns the error it produced and throws on failure.
template <class Call> void checked(Call &&call) {
    sciport_error *raw = nullptr;
    sciport_status status = std::forward<Call>(call)(&raw);
    check(status, unique_error(raw));
}

/// Memory layout of an owning ndarray.
enum class order {
    c, ///< row-major, last index fastest (C, C++, NumPy default)
    f  ///< column-major, first index fastest (Fortran, R, Julia)
};

namespace detail {

inline std::vector<std::ptrdiff_t> strides_for(const std::vector<std::size_t> &shape, order o) {
    std::vector<std::ptrdiff_t> strides(shape.size());
    std::ptrdiff_t step = 1;
    for (std::size_t k = 0; k < shape.size(); ++k) {
        std::size_t d = o == order::c ? shape.size() - 1 - k : k;
        strides[d] = step;
        step *= static_cast<std::ptrdiff_t>(shape[d] == 0 ? 1 : shape[d]);
    }
    return strides;
}

inline std::size_t product(const std::vector<std::size_t> &shape) {
    std::size_t n = 1;
    for (std::size_t d : shape) {
        n *= d;
    }
    return n;
}

} // namespace detail

/// A non-owning N-D view: element (i_0, ..., i_{k-1}) is data[sum i_j * strides[j]]
/// (strides count elements and may be negative). T is double or complex,
/// possibly const.
template <class T> struct ndview {
    /// Address of element (0, ..., 0).
    T *data;
    /// Extent of each dimension.
    std::vector<std::size_t> shape;
    /// Step of each dimension, in elements.
    std::vector<std::ptrdiff_t> strides;

    /// A view with explicit strides.
    ndview(T *data_, std::vector<std::size_t> shape_, std::vector<std::ptrdiff_t> strides_)
        : data(data_), shape(std::move(shape_)), strides(std::move(strides_)) {
        if (shape.size() != strides.size()) {
            throw std::invalid_argument("sciport::ndview: shape and strides differ in length");
        }
    }

    /// A contiguous view in C or Fortran order.
    ndview(T *data_, std::vector<std::size_t> shape_, order o)
        : data(data_), shape(std::move(shape_)), strides(detail::strides_for(shape, o)) {}

    /// Read-only view of a mutable view.
    template <class U, class = std::enable_if_t<std::is_same_v<const U, T> && !std::is_same_v<U, T>>>
    ndview(const ndview<U> &other) : data(other.data), shape(other.shape), strides(other.strides) {}

    /// Number of dimensions.
    std::size_t ndim() const noexcept { return shape.size(); }

    /// Number of elements.
    std::size_t size() const noexcept { return detail::product(shape); }
};

/// An owning N-D array of T (double or complex) in C or Fortran order.
template <class T> class ndarray {
public:
    /// Element type.
    using value_type = T;

    /// An empty 1-D array.
    ndarray() : ndarray(std::vector<std::size_t>{0}) {}

    /// A zero-filled array of `shape` in layout `o`.
    explicit ndarray(std::vector<std::size_t> shape, order o = order::c)
        : values_(detail::product(shape)), shape_(std::move(shape)),
          strides_(detail::strides_for(shape_, o)), order_(o) {}

    /// An array of `shape` holding `values` in the storage order of `o`.
    ndarray(std::vector<std::size_t> shape, std::vector<T> values, order o = order::c)
        : values_(std::move(values)), shape_(std::move(shape)),
          strides_(detail::strides_for(shape_, o)), order_(o) {
        if (values_.size() != detail::product(shape_)) {
            throw std::invalid_argument("sciport::ndarray: values.size() does not match shape");
        }
    }

    /// Extent of each dimension.
    const std::vector<std::size_t> &shape() const noexcept { return shape_; }
    /// Element strides of each dimension.
    const std::vector<std::ptrdiff_t> &strides() const noexcept { return strides_; }
    /// Number of dimensions.
    std::size_t ndim() const noexcept { return shape_.size(); }
    /// Number of elements.
    std::size_t size() const noexcept { return values_.size(); }
    /// Memory layout.
    order layout() const noexcept { return order_; }
    /// Storage (in layout order).
    T *data() noexcept { return values_.data(); }
    /// Storage (in layout order).
    const T *data() const noexcept { return values_.data(); }
    /// The elements in storage (layout) order.
    const std::vector<T> &values() const noexcept { return values_; }

    /// Element at the multi-index (one index per dimension; unchecked).
    template <class... I> T &operator()(I... idx) noexcept { return values_[offset(idx...)]; }
    /// Element at the multi-index (one index per dimension; unchecked).
    template <class... I> const T &operator()(I... idx) const noexcept {
        return values_[offset(idx...)];
    }

    /// Element at a multi-index given as a vector (checked).
    T &at(const std::vector<std::size_t> &idx) { return values_.at(checked_offset(idx)); }
    /// Element at a multi-index given as a vector (checked).
    const T &at(const std::vector<std::size_t> &idx) const {
        return values_.at(checked_offset(idx));
    }

    /// A mutable view of the whole array.
    ndview<T> view() noexcept { return ndview<T>(values_.data(), shape_, strides_); }
    /// A read-only view of the whole array.
    ndview<const T> view() const { return ndview<const T>(values_.data(), shape_, strides_); }
    /// Read-only views convert implicitly, so ndarrays pass wherever views do.
    operator ndview<const T>() const { return view(); }

private:
    template <class... I> std::size_t offset(I... idx) const noexcept {
        std::ptrdiff_t off = 0;
        std::size_t k = 0;
        ((off += static_cast<std::ptrdiff_t>(idx) * strides_[k++]), ...);
        return static_cast<std::size_t>(off);
    }

    std::size_t checked_offset(const std::vector<std::size_t> &idx) const {
        if (idx.size() != shape_.size()) {
            throw std::out_of_range("sciport::ndarray::at: wrong number of indices");
        }
        std::ptrdiff_t off = 0;
        for (std::size_t k = 0; k < idx.size(); ++k) {
            if (idx[k] >= shape_[k]) {
                throw std::out_of_range("sciport::ndarray::at: index out of range");
            }
            off += static_cast<std::ptrdiff_t>(idx[k]) * strides_[k];
        }
        return static_cast<std::size_t>(off);
    }

    std::vector<T> values_;
    std::vector<std::size_t> shape_;
    std::vector<std::ptrdiff_t> strides_;
    order order_ = order::c;
};

namespace detail {

/// The C view type of an element type.
template <class T> struct c_view_type;
template <> struct c_view_type<double> {
    using type = sciport_ndarray;
};
template <> struct c_view_type<complex> {
    using type = sciport_cndarray;
};
template <class T> using c_view_t = typename c_view_type<std::remove_const_t<T>>::type;

inline sciport_ndarray to_c(const ndview<const double> &v) {
    return {const_cast<double *>(v.data), v.shape.size(), v.shape.data(), v.strides.data()};
}
inline sciport_ndarray to_c(const ndview<double> &v) {
    return {v.data, v.shape.size(), v.shape.data(), v.strides.data()};
}
inline sciport_cndarray to_c(const ndview<const complex> &v) {
    auto *p = reinterpret_cast<sciport_complex *>(const_cast<complex *>(v.data));
    return {p, v.shape.size(), v.shape.data(), v.strides.data()};
}
inline sciport_cndarray to_c(const ndview<complex> &v) {
    auto *p = reinterpret_cast<sciport_complex *>(v.data);
    return {p, v.shape.size(), v.shape.data(), v.strides.data()};
}

/// Fortran order for views whose strides are exactly column-major (ndim > 1),
/// else C order: results keep the caller's layout.
template <class T> order preferred_order(const ndview<T> &v) {
    return v.ndim() > 1 && v.strides == strides_for(v.shape, order::f) ? order::f : order::c;
}

/// A normalised axis, or -1 when out of range (the library then reports it).
inline std::ptrdiff_t resolve_axis(std::int64_t axis, std::size_t ndim) {
    std::int64_t a = axis < 0 ? axis + static_cast<std::int64_t>(ndim) : axis;
    return a >= 0 && a < static_cast<std::int64_t>(ndim) ? static_cast<std::ptrdiff_t>(a) : -1;
}

/// How a transform sets the output length of an axis from n (or s[i]) and the
/// input length m: `same` n or m; `half` (n or m)/2 + 1; `from_half` n or 2(m-1).
enum class len_rule { same, half, from_half };

inline std::size_t out_len(std::int64_t n, std::size_t m, len_rule rule) {
    std::size_t given = n > 0 ? static_cast<std::size_t>(n) : 0;
    switch (rule) {
    case len_rule::half:
        return (given ? given : m) / 2 + 1;
    case len_rule::from_half:
        return given ? given : (m > 0 ? 2 * (m - 1) : 0);
    default:
        return given ? given : m;
    }
}

/// Output shape of a 1-D transform along `axis`.
inline std::vector<std::size_t> shape_1d(std::vector<std::size_t> shape, std::int64_t n,
                                         std::int64_t axis, len_rule rule) {
    std::ptrdiff_t a = resolve_axis(axis, shape.size());
    if (a >= 0) {
        shape[static_cast<std::size_t>(a)] = out_len(n, shape[static_cast<std::size_t>(a)], rule);
    }
    return shape;
}

/// Output shape of an N-D transform (SciPy's rules for s/axes; `rule` applies
/// to the last transformed axis, the others keep s[i] or their length).
inline std::vector<std::size_t> shape_nd(std::vector<std::size_t> shape,
                                         const std::vector<std::int64_t> &s,
                                         std::vector<std::int64_t> axes, len_rule rule) {
    const std::size_t nd = shape.size();
    if (axes.empty()) {
        std::size_t count = s.empty() ? nd : std::min(s.size(), nd);
        for (std::size_t k = nd - count; k < nd; ++k) {
            axes.push_back(static_cast<std::int64_t>(k));
        }
    }
    for (std::size_t i = 0; i < axes.size(); ++i) {
        std::ptrdiff_t a = resolve_axis(axes[i], nd);
        if (a < 0) {
            continue;
        }
        const std::size_t m = shape[static_cast<std::size_t>(a)];
        std::int64_t n = i < s.size() ? s[i] : -1;
        if (n == -1 && i < s.size()) {
            n = static_cast<std::int64_t>(m); // an s entry -1 is the input length
        }
        len_rule r = i + 1 == axes.size() ? rule : len_rule::same;
        // SciPy's irfftn: a last axis of length 1 (s not given) gives length 1
        shape[static_cast<std::size_t>(a)] =
            (r == len_rule::from_half && n <= 0 && m == 1) ? 1 : out_len(n, m, r);
    }
    return shape;
}

/// The C spelling of SciPy's optional orthogonalize.
inline std::int32_t ortho_flag(std::optional<bool> o) { return o ? (*o ? 1 : 0) : -1; }

/// A complex copy (same layout) of a real view: SciPy's real input to complex transforms.
inline ndarray<complex> to_complex(const ndview<const double> &x) {
    ndarray<complex> out(x.shape, preferred_order(x));
    sciport_ndarray src = to_c(x);
    std::vector<std::size_t> idx(x.ndim(), 0);
    const std::size_t total = x.size();
    for (std::size_t done = 0; done < total; ++done) {
        std::ptrdiff_t so = 0, dof = 0;
        for (std::size_t k = 0; k < idx.size(); ++k) {
            so += static_cast<std::ptrdiff_t>(idx[k]) * src.strides[k];
            dof += static_cast<std::ptrdiff_t>(idx[k]) * out.strides()[k];
        }
        out.data()[dof] = complex(src.data[so], 0.0);
        for (std::size_t k = idx.size(); k-- > 0;) {
            if (++idx[k] < x.shape[k]) {
                break;
            }
            idx[k] = 0;
        }
    }
    return out;
}

template <class I, class O>
using fn_1d = sciport_status (*)(const c_view_t<I> *, std::int64_t, std::int64_t, const char *,
                                 std::int32_t, const c_view_t<O> *, sciport_error **);
template <class I, class O>
using fn_nd = sciport_status (*)(const c_view_t<I> *, const std::int64_t *, std::size_t,
                                 const std::int64_t *, std::size_t, const char *, std::int32_t,
                                 const c_view_t<O> *, sciport_error **);
using fn_trig_1d = sciport_status (*)(const sciport_ndarray *, std::int32_t, std::int64_t,
                                      std::int64_t, const char *, std::int32_t, std::int32_t,
                                      const sciport_ndarray *, sciport_error **);
using fn_trig_nd = sciport_status (*)(const sciport_ndarray *, std::int32_t, const std::int64_t *,
                                      std::size_t, const std::int64_t *, std::size_t, const char *,
                                      std::int32_t, std::int32_t, const sciport_ndarray *,
                                      sciport_error **);
template <class T>
using fn_shift = sciport_status (*)(const c_view_t<T> *, const std::int64_t *, std::size_t,
                                    const c_view_t<T> *, sciport_error **);

template <class I, class O>
void run_1d(fn_1d<I, O> fn, const ndview<const I> &x, const ndview<O> &out, std::int64_t n,
            std::int64_t axis, const std::string &norm, std::int32_t workers) {
    auto cx = to_c(x);
    auto co = to_c(out);
    checked([&](sciport_error **e) { return fn(&cx, n, axis, norm.c_str(), workers, &co, e); });
}

template <class I, class O>
void run_nd(fn_nd<I, O> fn, const ndview<const I> &x, const ndview<O> &out,
            const std::vector<std::int64_t> &s, const std::vector<std::int64_t> &axes,
            const std::string &norm, std::int32_t workers) {
    auto cx = to_c(x);
    auto co = to_c(out);
    checked([&](sciport_error **e) {
        return fn(&cx, s.data(), s.size(), axes.data(), axes.size(), norm.c_str(), workers, &co,
                  e);
    });
}

inline void run_trig_1d(fn_trig_1d fn, const ndview<const double> &x, const ndview<double> &out,
                        int type, std::int64_t n, std::int64_t axis, const std::string &norm,
                        std::int32_t workers, std::optional<bool> orthogonalize) {
    auto cx = to_c(x);
    auto co = to_c(out);
    checked([&](sciport_error **e) {
        return fn(&cx, type, n, axis, norm.c_str(), workers, ortho_flag(orthogonalize), &co, e);
    });
}

inline void run_trig_nd(fn_trig_nd fn, const ndview<const double> &x, const ndview<double> &out,
                        int type, const std::vector<std::int64_t> &s,
                        const std::vector<std::int64_t> &axes, const std::string &norm,
                        std::int32_t workers, std::optional<bool> orthogonalize) {
    auto cx = to_c(x);
    auto co = to_c(out);
    checked([&](sciport_error **e) {
        return fn(&cx, type, s.data(), s.size(), axes.data(), axes.size(), norm.c_str(), workers,
                  ortho_flag(orthogonalize), &co, e);
    });
}

template <class T>
void run_shift(fn_shift<T> fn, const ndview<const T> &x, const ndview<T> &out,
               const std::vector<std::int64_t> &axes) {
    auto cx = to_c(x);
    auto co = to_c(out);
    checked([&](sciport_error **e) { return fn(&cx, axes.data(), axes.size(), &co, e); });
}

/// A 1-D view of n contiguous elements.
template <class T> ndview<T> vec_view(T *p, std::size_t n) {
    return ndview<T>(p, std::vector<std::size_t>{n}, std::vector<std::ptrdiff_t>{1});
}

} // namespace detail

// ---------------------------------------------------------------- fft area
//
// Every transform comes as (a) `f(x, out, ...)` writing into a caller view of
// the result's exact shape, (b) `f(x, ...)` returning an ndarray in x's layout,
// (c) `f(std::vector, ...)` for 1-D data, and in C++20 (d) std::span versions.
// Errors: sciport::error with the C function's status and message.

#define SCIPORT_HPP_ARGS_1D                                                                        \
    std::int64_t n = -1, std::int64_t axis = -1, const std::string &norm = "backward",            \
                 std::int32_t workers = 0

#if __cplusplus >= 202002L
#define SCIPORT_HPP_SPAN_1D(name, In, Out, rule)                                                   \
    /** `name` of a contiguous 1-D span into a caller span (C++20). */                             \
    inline void name(std::span<const In> x, std::span<Out> out, SCIPORT_HPP_ARGS_1D) {             \
        detail::run_1d<In, Out>(&sciport_fft_##name, detail::vec_view(x.data(), x.size()),         \
                                detail::vec_view(out.data(), out.size()), n, axis, norm, workers); \
    }                                                                                              \
    /** `name` of a contiguous 1-D span (C++20). */                                                \
    inline std::vector<Out> name(std::span<const In> x, SCIPORT_HPP_ARGS_1D) {                     \
        std::vector<Out> out(detail::out_len(n, x.size(), detail::len_rule::rule));                \
        name(x, std::span<Out>(out), n, axis, norm, workers);                                      \
        return out;                                                                                \
    }
#else
#define SCIPORT_HPP_SPAN_1D(name, In, Out, rule)
#endif

#define SCIPORT_HPP_1D(name, In, Out, rule)                                                        \
    /** scipy.fft.name along `axis` into `out` (exact result shape, any strides). */               \
    inline void name(const ndview<const In> &x, const ndview<Out> &out, SCIPORT_HPP_ARGS_1D) {     \
        detail::run_1d<In, Out>(&sciport_fft_##name, x, out, n, axis, norm, workers);              \
    }                                                                                              \
    /** scipy.fft.name along `axis`; the result keeps x's layout. */                               \
    inline ndarray<Out> name(const ndview<const In> &x, SCIPORT_HPP_ARGS_1D) {                     \
        ndarray<Out> out(detail::shape_1d(x.shape, n, axis, detail::len_rule::rule),               \
                         detail::preferred_order(x));                                              \
        name(x, out.view(), n, axis, norm, workers);                                               \
        return out;                                                                                \
    }                                                                                              \
    /** scipy.fft.name of a 1-D vector. */                                                         \
    inline std::vector<Out> name(const std::vector<In> &x, SCIPORT_HPP_ARGS_1D) {                  \
        std::vector<Out> out(detail::out_len(n, x.size(), detail::len_rule::rule));                \
        detail::run_1d<In, Out>(&sciport_fft_##name, detail::vec_view(x.data(), x.size()),         \
                                detail::vec_view(out.data(), out.size()), n, axis, norm, workers); \
        return out;                                                                                \
    }                                                                                              \
    SCIPORT_HPP_SPAN_1D(name, In, Out, rule)

SCIPORT_HPP_1D(fft, complex, complex, same)
SCIPORT_HPP_1D(ifft, complex, complex, same)
SCIPORT_HPP_1D(rfft, double, complex, half)
SCIPORT_HPP_1D(irfft, complex, double, from_half)
SCIPORT_HPP_1D(hfft, complex, double, from_half)
SCIPORT_HPP_1D(ihfft, double, complex, half)

/// scipy.fft.fft of real input (promoted to complex, as SciPy does).
inline std::vector<complex> fft(const std::vector<double> &x, SCIPORT_HPP_ARGS_1D) {
    return fft(std::vector<complex>(x.begin(), x.end()), n, axis, norm, workers);
}
/// scipy.fft.ifft of real input (promoted to complex, as SciPy does).
inline std::vector<complex> ifft(const std::vector<double> &x, SCIPORT_HPP_ARGS_1D) {
    return ifft(std::vector<complex>(x.begin(), x.end()), n, axis, norm, workers);
}
/// scipy.fft.fft of real N-D input (promoted to complex).
inline ndarray<complex> fft(const ndview<const double> &x, SCIPORT_HPP_ARGS_1D) {
    return fft(detail::to_complex(x), n, axis, norm, workers);
}
/// scipy.fft.ifft of real N-D input (promoted to complex).
inline ndarray<complex> ifft(const ndview<const double> &x, SCIPORT_HPP_ARGS_1D) {
    return ifft(detail::to_complex(x), n, axis, norm, workers);
}

#define SCIPORT_HPP_ARGS_TRIG                                                                      \
    int type = 2, std::int64_t n = -1, std::int64_t axis = -1,                                     \
        const std::string &norm = "backward", std::int32_t workers = 0,                             \
        std::optional<bool> orthogonalize = std::nullopt

#if __cplusplus >= 202002L
#define SCIPORT_HPP_SPAN_TRIG(name)                                                                \
    /** `name` of a contiguous 1-D span into a caller span (C++20). */                             \
    inline void name(std::span<const double> x, std::span<double> out, SCIPORT_HPP_ARGS_TRIG) {    \
        detail::run_trig_1d(&sciport_fft_##name, detail::vec_view(x.data(), x.size()),             \
                            detail::vec_view(out.data(), out.size()), type, n, axis, norm,         \
                            workers, orthogonalize);                                               \
    }                                                                                              \
    /** `name` of a contiguous 1-D span (C++20). */                                                \
    inline std::vector<double> name(std::span<const double> x, SCIPORT_HPP_ARGS_TRIG) {            \
        std::vector<double> out(detail::out_len(n, x.size(), detail::len_rule::same));             \
        name(x, std::span<double>(out), type, n, axis, norm, workers, orthogonalize);              \
        return out;                                                                                \
    }
#else
#define SCIPORT_HPP_SPAN_TRIG(name)
#endif

#define SCIPORT_HPP_TRIG(name)                                                                     \
    /** scipy.fft.name (type 1-4) along `axis` into `out`. */                                      \
    inline void name(const ndview<const double> &x, const ndview<double> &out,                     \
                     SCIPORT_HPP_ARGS_TRIG) {                                                      \
        detail::run_trig_1d(&sciport_fft_##name, x, out, type, n, axis, norm, workers,             \
                            orthogonalize);                                                        \
    }                                                                                              \
    /** scipy.fft.name (type 1-4) along `axis`; the result keeps x's layout. */                    \
    inline ndarray<double> name(const ndview<const double> &x, SCIPORT_HPP_ARGS_TRIG) {            \
        ndarray<double> out(detail::shape_1d(x.shape, n, axis, detail::len_rule::same),            \
                            detail::preferred_order(x));                                           \
        name(x, out.view(), type, n, axis, norm, workers, orthogonalize);                          \
        return out;                                                                                \
    }                                                                                              \
    /** scipy.fft.name (type 1-4) of a 1-D vector. */                                              \
    inline std::vector<double> name(const std::vector<double> &x, SCIPORT_HPP_ARGS_TRIG) {         \
        std::vector<double> out(detail::out_len(n, x.size(), detail::len_rule::same));             \
        detail::run_trig_1d(&sciport_fft_##name, detail::vec_view(x.data(), x.size()),             \
                            detail::vec_view(out.data(), out.size()), type, n, axis, norm,         \
                            workers, orthogonalize);                                               \
        return out;                                                                                \
    }                                                                                              \
    SCIPORT_HPP_SPAN_TRIG(name)

SCIPORT_HPP_TRIG(dct)
SCIPORT_HPP_TRIG(idct)
SCIPORT_HPP_TRIG(dst)
SCIPORT_HPP_TRIG(idst)

#define SCIPORT_HPP_ARGS_ND                                                                        \
    const std::vector<std::int64_t> &s = {}, const std::vector<std::int64_t> &axes = {},           \
                                    const std::string &norm = "backward", std::int32_t workers = 0

/* `defaults` are the axes used when none are given: {} (all, or the last
 * len(s)) for the n-functions, {-2, -1} for the 2-functions. */
#define SCIPORT_HPP_ND(name, In, Out, rule, defaults)                                              \
    /** scipy.fft.name into `out` (exact result shape, any strides). */                            \
    inline void name(const ndview<const In> &x, const ndview<Out> &out, SCIPORT_HPP_ARGS_ND) {     \
        detail::run_nd<In, Out>(&sciport_fft_##name, x, out, s, axes, norm, workers);             \
    }                                                                                              \
    /** scipy.fft.name; the result keeps x's layout. */                                            \
    inline ndarray<Out> name(const ndview<const In> &x, SCIPORT_HPP_ARGS_ND) {                     \
        const std::vector<std::int64_t> dflt defaults;                                             \
        ndarray<Out> out(detail::shape_nd(x.shape, s, axes.empty() ? dflt : axes,                  \
                                          detail::len_rule::rule),                                 \
                         detail::preferred_order(x));                                              \
        name(x, out.view(), s, axes, norm, workers);                                               \
        return out;                                                                                \
    }

SCIPORT_HPP_ND(fftn, complex, complex, same, {})
SCIPORT_HPP_ND(ifftn, complex, complex, same, {})
SCIPORT_HPP_ND(rfftn, double, complex, half, {})
SCIPORT_HPP_ND(irfftn, complex, double, from_half, {})
SCIPORT_HPP_ND(fft2, complex, complex, same, ({-2, -1}))
SCIPORT_HPP_ND(ifft2, complex, complex, same, ({-2, -1}))
SCIPORT_HPP_ND(rfft2, double, complex, half, ({-2, -1}))
SCIPORT_HPP_ND(irfft2, complex, double, from_half, ({-2, -1}))

/// scipy.fft.fftn of real input (promoted to complex).
inline ndarray<complex> fftn(const ndview<const double> &x, SCIPORT_HPP_ARGS_ND) {
    return fftn(detail::to_complex(x), s, axes, norm, workers);
}
/// scipy.fft.ifftn of real input (promoted to complex).
inline ndarray<complex> ifftn(const ndview<const double> &x, SCIPORT_HPP_ARGS_ND) {
    return ifftn(detail::to_complex(x), s, axes, norm, workers);
}
/// scipy.fft.fft2 of real input (promoted to complex).
inline ndarray<complex> fft2(const ndview<const double> &x, SCIPORT_HPP_ARGS_ND) {
    return fft2(detail::to_complex(x), s, axes, norm, workers);
}
/// scipy.fft.ifft2 of real input (promoted to complex).
inline ndarray<complex> ifft2(const ndview<const double> &x, SCIPORT_HPP_ARGS_ND) {
    return ifft2(detail::to_complex(x), s, axes, norm, workers);
}

#define SCIPORT_HPP_ARGS_TRIG_ND                                                                   \
    int type = 2, const std::vector<std::int64_t> &s = {},                                         \
        const std::vector<std::int64_t> &axes = {}, const std::string &norm = "backward",          \
        std::int32_t workers = 0, std::optional<bool> orthogonalize = std::nullopt

#define SCIPORT_HPP_TRIG_ND(name)                                                                  \
    /** scipy.fft.name (type 1-4) into `out`. */                                                   \
    inline void name(const ndview<const double> &x, const ndview<double> &out,                     \
                     SCIPORT_HPP_ARGS_TRIG_ND) {                                                   \
        detail::run_trig_nd(&sciport_fft_##name, x, out, type, s, axes, norm, workers,             \
                            orthogonalize);                                                        \
    }                                                                                              \
    /** scipy.fft.name (type 1-4); the result keeps x's layout. */                                 \
    inline ndarray<double> name(const ndview<const double> &x, SCIPORT_HPP_ARGS_TRIG_ND) {         \
        ndarray<double> out(detail::shape_nd(x.shape, s, axes, detail::len_rule::same),            \
                            detail::preferred_order(x));                                           \
        name(x, out.view(), type, s, axes, norm, workers, orthogonalize);                          \
        return out;                                                                                \
    }

SCIPORT_HPP_TRIG_ND(dctn)
SCIPORT_HPP_TRIG_ND(idctn)
SCIPORT_HPP_TRIG_ND(dstn)
SCIPORT_HPP_TRIG_ND(idstn)

#undef SCIPORT_HPP_ARGS_1D
#undef SCIPORT_HPP_SPAN_1D
#undef SCIPORT_HPP_1D
#undef SCIPORT_HPP_ARGS_TRIG
#undef SCIPORT_HPP_SPAN_TRIG
#undef SCIPORT_HPP_TRIG
#undef SCIPORT_HPP_ARGS_ND
#undef SCIPORT_HPP_ND
#undef SCIPORT_HPP_ARGS_TRIG_ND
#undef SCIPORT_HPP_TRIG_ND

/// scipy.fft.fftshift of real data into `out` (x's shape; may be x itself).
inline void fftshift(const ndview<const double> &x, const ndview<double> &out,
                     const std::vector<std::int64_t> &axes = {}) {
    detail::run_shift<double>(&sciport_fft_fftshift, x, out, axes);
}
/// scipy.fft.fftshift of complex data into `out` (x's shape; may be x itself).
inline void fftshift(const ndview<const complex> &x, const ndview<complex> &out,
                     const std::vector<std::int64_t> &axes = {}) {
    detail::run_shift<complex>(&sciport_fft_fftshift_complex, x, out, axes);
}
/// scipy.fft.ifftshift of real data into `out` (x's shape; may be x itself).
inline void ifftshift(const ndview<const double> &x, const ndview<double> &out,
                      const std::vector<std::int64_t> &axes = {}) {
    detail::run_shift<double>(&sciport_fft_ifftshift, x, out, axes);
}
/// scipy.fft.ifftshift of complex data into `out` (x's shape; may be x itself).
inline void ifftshift(const ndview<const complex> &x, const ndview<complex> &out,
                      const std::vector<std::int64_t> &axes = {}) {
    detail::run_shift<complex>(&sciport_fft_ifftshift_complex, x, out, axes);
}

/// scipy.fft.fftshift (axes {} = all); the result keeps x's layout.
template <class T>
ndarray<T> fftshift(const ndarray<T> &x, const std::vector<std::int64_t> &axes = {}) {
    ndarray<T> out(x.shape(), x.layout());
    fftshift(x.view(), out.view(), axes);
    return out;
}
/// scipy.fft.ifftshift (axes {} = all); the result keeps x's layout.
template <class T>
ndarray<T> ifftshift(const ndarray<T> &x, const std::vector<std::int64_t> &axes = {}) {
    ndarray<T> out(x.shape(), x.layout());
    ifftshift(x.view(), out.view(), axes);
    return out;
}
/// scipy.fft.fftshift of a 1-D vector.
template <class T> std::vector<T> fftshift(const std::vector<T> &x) {
    std::vector<T> out(x.size());
    fftshift(detail::vec_view(x.data(), x.size()), detail::vec_view(out.data(), out.size()));
    return out;
}
/// scipy.fft.ifftshift of a 1-D vector.
template <class T> std::vector<T> ifftshift(const std::vector<T> &x) {
    std::vector<T> out(x.size());
    ifftshift(detail::vec_view(x.data(), x.size()), detail::vec_view(out.data(), out.size()));
    return out;
}

/// scipy.fft.fftfreq(n, d): the n sample frequencies.
inline std::vector<double> fftfreq(std::size_t n, double d = 1.0) {
    std::vector<double> out(n);
    checked([&](sciport_error **e) { return sciport_fft_fftfreq(n, d, out.data(), n, e); });
    return out;
}

/// scipy.fft.rfftfreq(n, d): the n/2 + 1 non-negative sample frequencies.
inline std::vector<double> rfftfreq(std::size_t n, double d = 1.0) {
    std::vector<double> out(n / 2 + 1);
    checked([&](sciport_error **e) {
        return sciport_fft_rfftfreq(n, d, out.data(), out.size(), e);
    });
    return out;
}

/// scipy.fft.next_fast_len(target, real).
inline std::size_t next_fast_len(std::size_t target, bool real = false) {
    std::size_t out = 0;
    checked([&](sciport_error **e) { return sciport_fft_next_fast_len(target, real, &out, e); });
    return out;
}

// ------------------------------------------------------------ scalar solvers

/// A scalar function as an option (fprime, fprime2); empty = not given.
using scalar_function = std::function<double(double)>;

/// root_scalar keywords; unset optionals are SciPy's None.
struct root_scalar_options {
    /// "brentq", "brenth", "bisect", "ridder", "toms748", "newton", "secant",
    /// "halley"; empty = SciPy's choice from the other options.
    std::string method;
    /// Bracket [a, b].
    std::optional<std::array<double, 2>> bracket;
    /// Initial guess.
    std::optional<double> x0;
    /// Second guess (secant).
    std::optional<double> x1;
    /// First derivative.
    scalar_function fprime;
    /// Second derivative.
    scalar_function fprime2;
    /// Absolute tolerance.
    std::optional<double> xtol;
    /// Relative tolerance.
    std::optional<double> rtol;
    /// Iteration limit.
    std::optional<std::int64_t> maxiter;
};

/// SciPy's RootResults.
struct root_results {
    /// Estimated root.
    double root = 0.0;
    /// Number of iterations.
    std::int64_t iterations = 0;
    /// Number of function calls (as SciPy counts them).
    std::int64_t function_calls = 0;
    /// Whether the method converged.
    bool converged = false;
    /// SciPy's flag ("converged", "convergence error", ...).
    std::string flag;
};

/// minimize_scalar keywords; unset optionals are SciPy's None.
struct minimize_scalar_options {
    /// "brent", "bounded" or "golden"; empty = SciPy's choice.
    std::string method;
    /// Bracketing interval (0, 2 or 3 points).
    std::vector<double> bracket;
    /// Bounds [lo, hi] for "bounded".
    std::optional<std::array<double, 2>> bounds;
    /// Tolerance (tol).
    std::optional<double> tol;
    /// Absolute x tolerance of "bounded" (unset: tol if given, else 1e-5).
    std::optional<double> xatol;
    /// Iteration limit.
    std::optional<std::int64_t> maxiter;
};

/// SciPy's OptimizeResult of minimize_scalar.
struct minimize_scalar_result {
    /// Location of the minimum.
    double x = 0.0;
    /// f(x).
    double fun = 0.0;
    /// Iterations.
    std::int64_t nit = 0;
    /// Function evaluations.
    std::int64_t nfev = 0;
    /// Whether the method reported success.
    bool success = false;
    /// SciPy's termination status.
    std::int32_t status = 0;
    /// SciPy's termination message.
    std::string message;
};

/// Code a C++ callback returns to sciport when it threw (the exception itself
/// is rethrown after the call).
constexpr std::int32_t callback_exception_code = -1;

namespace detail {

/// Everything the C callbacks need, passed as their user_data.
template <class F> struct callback_context {
    F &f;
    const scalar_function *fprime;
    const scalar_function *fprime2;
    std::exception_ptr exception;
};

/// Evaluates fn(x) into *out; an exception is stored, never propagated.
template <class Fn> std::int32_t invoke_noexcept(Fn &fn, double x, double *out,
                                                 std::exception_ptr &exception) noexcept {
    try {
        *out = static_cast<double>(fn(x));
        return 0;
    } catch (...) {
        exception = std::current_exception();
        return callback_exception_code;
    }
}

template <class F> std::int32_t call_f(double x, double *out, void *data) noexcept {
    auto *ctx = static_cast<callback_context<F> *>(data);
    return invoke_noexcept(ctx->f, x, out, ctx->exception);
}

template <class F> std::int32_t call_fprime(double x, double *out, void *data) noexcept {
    auto *ctx = static_cast<callback_context<F> *>(data);
    return invoke_noexcept(*ctx->fprime, x, out, ctx->exception);
}

template <class F> std::int32_t call_fprime2(double x, double *out, void *data) noexcept {
    auto *ctx = static_cast<callback_context<F> *>(data);
    return invoke_noexcept(*ctx->fprime2, x, out, ctx->exception);
}

inline double or_nan(const std::optional<double> &v) {
    return v ? *v : std::numeric_limits<double>::quiet_NaN();
}

/// After a solver call: the callback's exception first, then the status.
inline void finish_call(sciport_status status, sciport_error *raw, std::exception_ptr exception) {
    unique_error err(raw);
    if (exception) {
        std::rethrow_exception(exception);
    }
    check(status, std::move(err));
}

} // namespace detail

/// scipy.optimize.root_scalar(f, ...): f is any callable double(double). An
/// exception thrown by f, fprime or fprime2 aborts the solver and is rethrown
/// here unchanged; other failures throw sciport::error.
template <class F> root_results root_scalar(F &&f, const root_scalar_options &options = {}) {
    using Fn = std::remove_reference_t<F>;
    detail::callback_context<Fn> ctx{f, &options.fprime, &options.fprime2, nullptr};
    sciport_root_scalar_options o = sciport_optimize_root_scalar_options_default();
    o.method = options.method.empty() ? nullptr : options.method.c_str();
    if (options.bracket) {
        o.bracket[0] = (*options.bracket)[0];
        o.bracket[1] = (*options.bracket)[1];
    }
    o.x0 = detail::or_nan(options.x0);
    o.x1 = detail::or_nan(options.x1);
    o.fprime = options.fprime ? &detail::call_fprime<Fn> : nullptr;
    o.fprime2 = options.fprime2 ? &detail::call_fprime2<Fn> : nullptr;
    o.xtol = detail::or_nan(options.xtol);
    o.rtol = detail::or_nan(options.rtol);
    o.maxiter = options.maxiter ? *options.maxiter : -1;
    sciport_root_results r{};
    sciport_error *raw = nullptr;
    sciport_status st = sciport_optimize_root_scalar(&detail::call_f<Fn>, &ctx, &o, &r, &raw);
    detail::finish_call(st, raw, ctx.exception);
    return {r.root, r.iterations, r.function_calls, r.converged, r.flag ? r.flag : ""};
}

/// scipy.optimize.minimize_scalar(f, ...): f is any callable double(double);
/// its exceptions are rethrown here unchanged, other failures throw sciport::error.
template <class F>
minimize_scalar_result minimize_scalar(F &&f, const minimize_scalar_options &options = {}) {
    using Fn = std::remove_reference_t<F>;
    detail::callback_context<Fn> ctx{f, nullptr, nullptr, nullptr};
    sciport_minimize_scalar_options o = sciport_optimize_minimize_scalar_options_default();
    o.method = options.method.empty() ? nullptr : options.method.c_str();
    for (std::size_t i = 0; i < options.bracket.size() && i < 3; ++i) {
        o.bracket[i] = options.bracket[i];
    }
    o.bracket_len = options.bracket.size();
    if (options.bounds) {
        o.bounds[0] = (*options.bounds)[0];
        o.bounds[1] = (*options.bounds)[1];
    }
    o.tol = detail::or_nan(options.tol);
    o.xatol = detail::or_nan(options.xatol);
    o.maxiter = options.maxiter ? *options.maxiter : -1;
    sciport_minimize_scalar_result r{};
    sciport_error *raw = nullptr;
    sciport_status st = sciport_optimize_minimize_scalar(&detail::call_f<Fn>, &ctx, &o, &r, &raw);
    detail::finish_call(st, raw, ctx.exception);
    return {r.x, r.fun, r.nit, r.nfev, r.success, r.status, r.message ? r.message : ""};
}

// ------------------------------------------------------------------ linalg
//
// scipy.linalg on real double matrices (complex ones: the overloads on
// `matview<const complex>` / `sciport::cmatrix` further down). Inputs are
// `matview<const double>`:
// a `sciport::matrix` converts implicitly, and any caller buffer passes
// without a copy as `{data, rows, cols, row_stride, col_stride}` (strides in
// elements, negative allowed: column-major, sub-views, transposes). Results
// are `sciport::matrix` (row-major) or structs of them; the `..._into`
// overloads write into caller views of the exact result shape instead.
// Keyword defaults are SciPy's (options structs take theirs from the C
// `sciport_linalg_*_options_default()`); errors throw sciport::error.

/// A non-owning 2-D view: element (i, j) is data[i * row_stride + j * col_stride].
/// T is double, complex or their const forms (complex inputs and outputs of the
/// complex linalg functions).
template <class T> struct matview {
    /// Address of element (0, 0) (may be null when the view is empty).
    T *data = nullptr;
    /// Number of rows.
    std::size_t rows = 0;
    /// Number of columns.
    std::size_t cols = 0;
    /// Step between rows, in elements.
    std::ptrdiff_t row_stride = 0;
    /// Step between columns, in elements.
    std::ptrdiff_t col_stride = 1;

    /// An empty view.
    matview() = default;

    /// A view with explicit strides (the raw C view: sub-views, transposes, ...).
    matview(T *data_, std::size_t rows_, std::size_t cols_, std::ptrdiff_t row_stride_,
            std::ptrdiff_t col_stride_) noexcept
        : data(data_), rows(rows_), cols(cols_), row_stride(row_stride_), col_stride(col_stride_) {}

    /// A contiguous view in row-major (order::c) or column-major (order::f) order.
    matview(T *data_, std::size_t rows_, std::size_t cols_, order o = order::c) noexcept
        : data(data_), rows(rows_), cols(cols_),
          row_stride(o == order::c ? static_cast<std::ptrdiff_t>(cols_) : 1),
          col_stride(o == order::c ? 1 : static_cast<std::ptrdiff_t>(rows_)) {}

    /// A 2-D ndview (or ndarray's view) as a matrix view; throws
    /// std::invalid_argument unless it has two dimensions.
    explicit matview(const ndview<T> &v)
        : data(v.data), rows(v.ndim() == 2 ? v.shape[0] : 0), cols(v.ndim() == 2 ? v.shape[1] : 0),
          row_stride(v.ndim() == 2 ? v.strides[0] : 0), col_stride(v.ndim() == 2 ? v.strides[1] : 0) {
        if (v.ndim() != 2) {
            throw std::invalid_argument("sciport::matview: the ndview is not 2-D");
        }
    }

    /// Read-only view of a mutable view.
    template <class U, class = std::enable_if_t<std::is_same_v<const U, T> && !std::is_same_v<U, T>>>
    matview(const matview<U> &o) noexcept
        : data(o.data), rows(o.rows), cols(o.cols), row_stride(o.row_stride),
          col_stride(o.col_stride) {}

    /// Element (i, j) (unchecked).
    T &operator()(std::size_t i, std::size_t j) const noexcept {
        return data[static_cast<std::ptrdiff_t>(i) * row_stride +
                    static_cast<std::ptrdiff_t>(j) * col_stride];
    }

    /// The transpose (same memory, strides swapped).
    matview t() const noexcept { return matview(data, cols, rows, col_stride, row_stride); }

    /// The sub-view of `nrows x ncols` elements starting at (i, j) (unchecked).
    matview block(std::size_t i, std::size_t j, std::size_t nrows, std::size_t ncols) const noexcept {
        return matview(&(*this)(i, j), nrows, ncols, row_stride, col_stride);
    }
};

/// An owning row-major matrix of T (double: `sciport::matrix`, complex:
/// `sciport::cmatrix`; a plain value: copy, compare, move).
template <class T> class basic_matrix {
public:
    /// A 0 x 0 matrix.
    basic_matrix() = default;

    /// A zero-filled `rows x cols` matrix.
    basic_matrix(std::size_t rows, std::size_t cols) : rows_(rows), cols_(cols), values_(rows * cols) {}

    /// A `rows x cols` matrix holding `values` in row-major order.
    basic_matrix(std::size_t rows, std::size_t cols, std::vector<T> values)
        : rows_(rows), cols_(cols), values_(std::move(values)) {
        if (values_.size() != rows * cols) {
            throw std::invalid_argument("sciport::basic_matrix: values.size() != rows * cols");
        }
    }

    /// A matrix from nested rows: `matrix{{1, 2}, {3, 4}}`; rows must be equally long.
    basic_matrix(std::initializer_list<std::initializer_list<T>> rows)
        : rows_(rows.size()), cols_(rows.size() ? rows.begin()->size() : 0) {
        values_.reserve(rows_ * cols_);
        for (const auto &r : rows) {
            if (r.size() != cols_) {
                throw std::invalid_argument("sciport::basic_matrix: rows of different lengths");
            }
            values_.insert(values_.end(), r.begin(), r.end());
        }
    }

    /// A row-major copy of any view.
    explicit basic_matrix(const matview<const T> &v) : basic_matrix(v.rows, v.cols) {
        for (std::size_t i = 0; i < rows_; ++i) {
            for (std::size_t j = 0; j < cols_; ++j) {
                values_[i * cols_ + j] = v(i, j);
            }
        }
    }

    /// The n x n identity.
    static basic_matrix identity(std::size_t n) {
        basic_matrix m(n, n);
        for (std::size_t i = 0; i < n; ++i) {
            m(i, i) = T(1.0);
        }
        return m;
    }

    /// Number of rows.
    std::size_t rows() const noexcept { return rows_; }
    /// Number of columns.
    std::size_t cols() const noexcept { return cols_; }
    /// Number of elements.
    std::size_t size() const noexcept { return values_.size(); }
    /// Row-major storage.
    T *data() noexcept { return values_.data(); }
    /// Row-major storage.
    const T *data() const noexcept { return values_.data(); }
    /// The elements in row-major order.
    const std::vector<T> &values() const noexcept { return values_; }

    /// Element (i, j) (unchecked).
    T &operator()(std::size_t i, std::size_t j) noexcept { return values_[i * cols_ + j]; }
    /// Element (i, j) (unchecked).
    const T &operator()(std::size_t i, std::size_t j) const noexcept {
        return values_[i * cols_ + j];
    }
    /// Element (i, j) (checked: std::out_of_range).
    T &at(std::size_t i, std::size_t j) { return values_.at(checked(i, j)); }
    /// Element (i, j) (checked: std::out_of_range).
    const T &at(std::size_t i, std::size_t j) const { return values_.at(checked(i, j)); }

    /// A mutable view of the whole matrix.
    matview<T> view() noexcept { return matview<T>(values_.data(), rows_, cols_); }
    /// A read-only view of the whole matrix.
    matview<const T> view() const noexcept {
        return matview<const T>(values_.data(), rows_, cols_);
    }
    /// Matrices pass wherever read-only views do.
    operator matview<const T>() const noexcept { return view(); }

    /// Same shape and elements.
    friend bool operator==(const basic_matrix &a, const basic_matrix &b) {
        return a.rows_ == b.rows_ && a.cols_ == b.cols_ && a.values_ == b.values_;
    }
    /// Different shape or elements.
    friend bool operator!=(const basic_matrix &a, const basic_matrix &b) { return !(a == b); }

private:
    std::size_t checked(std::size_t i, std::size_t j) const {
        if (i >= rows_ || j >= cols_) {
            throw std::out_of_range("sciport::basic_matrix::at: index out of range");
        }
        return i * cols_ + j;
    }

    std::size_t rows_ = 0;
    std::size_t cols_ = 0;
    std::vector<T> values_;
};

/// A real row-major matrix.
using matrix = basic_matrix<double>;
/// A complex row-major matrix (inputs and results of the complex linalg functions).
using cmatrix = basic_matrix<complex>;

/// scipy.linalg.solve keywords (SciPy's defaults, taken from
/// sciport_linalg_solve_options_default()).
struct solve_options {
    /// "gen", "sym", "pos", "diagonal", "upper triangular", ... (see the C API);
    /// empty = None ("gen").
    std::string assume_a;
    /// Use the lower triangle (sym/pos/triangular).
    bool lower = sciport_linalg_solve_options_default().lower;
    /// Solve a^T x = b.
    bool transposed = sciport_linalg_solve_options_default().transposed;
    /// Reject NaN/Inf in the inputs.
    bool check_finite = sciport_linalg_solve_options_default().check_finite;
};

/// scipy.linalg.eigh / eigvalsh keywords (b itself is the functions' second
/// argument), SciPy's defaults taken from sciport_linalg_eigh_options_default().
struct eigh_options {
    /// Use the lower triangle of a.
    bool lower = sciport_linalg_eigh_options_default().lower;
    /// Reject NaN/Inf in a.
    bool check_finite = sciport_linalg_eigh_options_default().check_finite;
    /// Inclusive 0-based index range [lo, hi] of the eigenvalues wanted; unset = None.
    std::optional<std::array<std::int64_t, 2>> subset_by_index;
    /// Half-open value range (lo, hi] (may be +-inf); unset = None.
    std::optional<std::array<double, 2>> subset_by_value;
    /// "ev", "evd", "evr", "evx" (b = None), "gv", "gvd", "gvx" (with b); empty =
    /// None (SciPy's choice).
    std::string driver;
    /// SciPy's type with b: 1 solves a v = w b v, 2 a b v = w v, 3 b a v = w v;
    /// anything else throws SCIPORT_ERR_INVALID_ARGUMENT. Ignored without b (as
    /// SciPy, which checks it only with b).
    int type = 1;
};

/// solve's x and the reciprocal 1-norm condition number estimate (SciPy warns
/// LinAlgWarning when rcond < eps; here it is reported); T double or complex.
template <class T> struct basic_solve_result {
    /// The solution, b's shape.
    basic_matrix<T> x;
    /// Reciprocal condition number estimate.
    double rcond = 0.0;
};

/// solve of a vector right-hand side; T double or complex.
template <class T> struct basic_solve_vector_result {
    /// The solution, b's length.
    std::vector<T> x;
    /// Reciprocal condition number estimate.
    double rcond = 0.0;
};

/// scipy.linalg.lu_factor's (lu, piv); T double or complex.
template <class T> struct basic_lu_factor_result {
    /// L (unit diagonal, below) and U (on and above the diagonal), a's shape.
    basic_matrix<T> lu;
    /// 0-based LAPACK row interchanges: row i was swapped with row piv[i].
    std::vector<std::int64_t> piv;
};

/// scipy.linalg.lu's (p, l, u), a = P L U; with p_indices=True SciPy's
/// (p_indices, l, u): the permutation comes as row indices instead of P;
/// T double or complex (P is then a complex 0/1 matrix, as SciPy's).
template <class T> struct basic_lu_result {
    /// The m x m permutation matrix (a = P L U); 0 x 0 with p_indices, and for
    /// an empty a (SciPy's empty permutation).
    basic_matrix<T> p;
    /// L: m x k (k = min(m, n)), unit lower trapezoidal.
    basic_matrix<T> l;
    /// U: k x n, upper trapezoidal.
    basic_matrix<T> u;
    /// With p_indices, the 0-based rows of L (a = L[p_indices] U, m entries; none
    /// for an empty a); else empty.
    std::vector<std::int64_t> p_indices;
};

/// scipy.linalg.lu(a, permute_l=True)'s (pl, u), a = PL U (SciPy returns no
/// P); T double or complex.
template <class T> struct basic_lu_permute_l_result {
    /// P L: m x k, L's rows permuted.
    basic_matrix<T> pl;
    /// U: k x n, upper trapezoidal.
    basic_matrix<T> u;
};

/// scipy.linalg.ldl's (lu, d, perm): a = lu d lu^T.
struct ldl_result {
    /// n x n: the triangular factor with its rows permuted; lu[perm] is unit
    /// lower triangular (unit upper with lower=false).
    matrix lu;
    /// n x n: symmetric block diagonal, 1 x 1 and 2 x 2 blocks.
    matrix d;
    /// The 0-based row order (n entries), SciPy's perm: lu[perm] is triangular.
    std::vector<std::int64_t> perm;
};

/// scipy.linalg.cho_factor's (c, lower); T double or complex.
template <class T> struct basic_cho_factor_result {
    /// The factor in the triangle `lower` names; the other triangle holds a's entries.
    basic_matrix<T> c;
    /// Which triangle holds the factor.
    bool lower = false;
};

/// scipy.linalg.svd's (u, s, vh); T double or complex (s is real either way).
template <class T> struct basic_svd_result {
    /// Left singular vectors: m x m (full_matrices) or m x k.
    basic_matrix<T> u;
    /// The k = min(m, n) singular values, descending.
    std::vector<double> s;
    /// Right singular vectors (rows): n x n (full_matrices) or k x n.
    basic_matrix<T> vh;
};

/// scipy.linalg.eigh's (w, v); T double (symmetric a) or complex (Hermitian
/// a: w is real either way).
template <class T> struct basic_eigh_result {
    /// Eigenvalues, ascending (m of them: all, or the subset asked for).
    std::vector<double> w;
    /// n x m: column j is the eigenvector of w[j].
    basic_matrix<T> v;
};

/// Real results (real input).
using solve_result = basic_solve_result<double>;
/// Real results (real input).
using solve_vector_result = basic_solve_vector_result<double>;
/// Real results (real input).
using lu_factor_result = basic_lu_factor_result<double>;
/// Real results (real input).
using lu_result = basic_lu_result<double>;
/// Real results (real input).
using lu_permute_l_result = basic_lu_permute_l_result<double>;
/// Real results (real input).
using cho_factor_result = basic_cho_factor_result<double>;
/// Real results (real input).
using svd_result = basic_svd_result<double>;
/// Real results (real input).
using eigh_result = basic_eigh_result<double>;
/// Complex results (complex input).
using csolve_result = basic_solve_result<complex>;
/// Complex results (complex input).
using csolve_vector_result = basic_solve_vector_result<complex>;
/// Complex results (complex input).
using clu_factor_result = basic_lu_factor_result<complex>;
/// Complex results (complex input).
using clu_result = basic_lu_result<complex>;
/// Complex results (complex input).
using clu_permute_l_result = basic_lu_permute_l_result<complex>;
/// Complex results (complex input).
using ccho_factor_result = basic_cho_factor_result<complex>;
/// Complex results (complex input).
using csvd_result = basic_svd_result<complex>;
/// Complex results (complex input).
using ceigh_result = basic_eigh_result<complex>;

/// scipy.linalg.eig's w, (w, vr), (w, vl) or (w, vl, vr): always complex
/// (SciPy returns real w / vectors when every eigenvalue is real; here their
/// imaginary parts are 0). The vectors SciPy does not return are 0 x 0.
struct eig_result {
    /// The n eigenvalues (inf + 0j where beta = 0, NaN when alpha = 0 too).
    /// With homogeneous_eigvals SciPy's (2, n) array in C order: 2n entries,
    /// alpha in w[0..n), beta in w[n..2n) (beta = 1 without b, else real >= 0).
    std::vector<complex> w;
    /// With left: n x n (row-major), column i is the left eigenvector of
    /// eigenvalue i (vl[:, i]^H a = w[i] vl[:, i]^H b); else 0 x 0.
    ndarray<complex> vl{std::vector<std::size_t>{0, 0}};
    /// With right: n x n (row-major), column i is the right eigenvector of
    /// eigenvalue i (a vr[:, i] = w[i] b vr[:, i]); else 0 x 0.
    ndarray<complex> vr{std::vector<std::size_t>{0, 0}};
};

namespace detail {

inline sciport_mat to_c(const matview<const double> &v) noexcept {
    return {const_cast<double *>(v.data), v.rows, v.cols, v.row_stride, v.col_stride};
}
inline sciport_mat to_c(const matview<double> &v) noexcept {
    return {v.data, v.rows, v.cols, v.row_stride, v.col_stride};
}

/// A vector as an n x 1 column view.
inline sciport_mat column(const double *p, std::size_t n) noexcept {
    return {const_cast<double *>(p), n, 1, 1, static_cast<std::ptrdiff_t>(n > 0 ? n : 1)};
}

inline sciport_cmat to_c(const matview<complex> &v) noexcept {
    return {reinterpret_cast<sciport_complex *>(v.data), v.rows, v.cols, v.row_stride,
            v.col_stride};
}
inline sciport_cmat to_c(const matview<const complex> &v) noexcept {
    return {reinterpret_cast<sciport_complex *>(const_cast<complex *>(v.data)), v.rows, v.cols,
            v.row_stride, v.col_stride};
}

/// A complex vector as an n x 1 column view.
inline sciport_cmat column(const complex *p, std::size_t n) noexcept {
    return {reinterpret_cast<sciport_complex *>(const_cast<complex *>(p)), n, 1, 1,
            static_cast<std::ptrdiff_t>(n > 0 ? n : 1)};
}

/// The C linalg entry points for element type T (double or complex), so the
/// real and complex wrappers share one body.
template <class T> struct linalg_fns;
template <> struct linalg_fns<double> {
    static constexpr auto cho_factor = &sciport_linalg_cho_factor;
    static constexpr auto cho_solve = &sciport_linalg_cho_solve;
    static constexpr auto cholesky = &sciport_linalg_cholesky;
    static constexpr auto inv = &sciport_linalg_inv;
    static constexpr auto lu_factor = &sciport_linalg_lu_factor;
    static constexpr auto lu_solve = &sciport_linalg_lu_solve;
    static constexpr auto svd = &sciport_linalg_svd;
    static constexpr auto svdvals = &sciport_linalg_svdvals;
    static constexpr auto expm = &sciport_linalg_expm;
    static constexpr auto solve = &sciport_linalg_solve;
    static constexpr auto lu = &sciport_linalg_lu;
    static constexpr auto qr = &sciport_linalg_qr;
};
template <> struct linalg_fns<complex> {
    static constexpr auto cho_factor = &sciport_linalg_cho_factor_complex;
    static constexpr auto cho_solve = &sciport_linalg_cho_solve_complex;
    static constexpr auto cholesky = &sciport_linalg_cholesky_complex;
    static constexpr auto inv = &sciport_linalg_inv_complex;
    static constexpr auto lu_factor = &sciport_linalg_lu_factor_complex;
    static constexpr auto lu_solve = &sciport_linalg_lu_solve_complex;
    static constexpr auto svd = &sciport_linalg_svd_complex;
    static constexpr auto svdvals = &sciport_linalg_svdvals_complex;
    static constexpr auto expm = &sciport_linalg_expm_complex;
    static constexpr auto solve = &sciport_linalg_solve_complex;
    static constexpr auto lu = &sciport_linalg_lu_complex;
    static constexpr auto qr = &sciport_linalg_qr_complex;
};

/// The C view of an optional input / output matrix (NULL = SciPy's None / not wanted).
template <class V, class C> const C *opt_c(const std::optional<V> &v, C &slot) noexcept {
    if (!v) {
        return nullptr;
    }
    slot = to_c(*v);
    return &slot;
}

inline const char *c_str_or_null(const std::string &s) noexcept {
    return s.empty() ? nullptr : s.c_str();
}

inline sciport_linalg_solve_options to_c(const solve_options &o) noexcept {
    sciport_linalg_solve_options c = sciport_linalg_solve_options_default();
    c.assume_a = c_str_or_null(o.assume_a);
    c.lower = o.lower;
    c.transposed = o.transposed;
    c.check_finite = o.check_finite;
    return c;
}

inline sciport_linalg_eigh_options to_c(const eigh_options &o) noexcept {
    sciport_linalg_eigh_options c = sciport_linalg_eigh_options_default();
    c.lower = o.lower;
    c.check_finite = o.check_finite;
    if (o.subset_by_index) {
        c.subset_by_index[0] = (*o.subset_by_index)[0];
        c.subset_by_index[1] = (*o.subset_by_index)[1];
    }
    if (o.subset_by_value) {
        c.subset_by_value[0] = (*o.subset_by_value)[0];
        c.subset_by_value[1] = (*o.subset_by_value)[1];
    }
    c.driver = c_str_or_null(o.driver);
    return c;
}

template <class T>
double solve_into_impl(const matview<const T> &a, const matview<const T> &b, const matview<T> &x,
                       const solve_options &options) {
    auto ca = to_c(a), cb = to_c(b), cx = to_c(x);
    auto co = to_c(options);
    double rcond = 0.0;
    checked([&](sciport_error **e) { return linalg_fns<T>::solve(&ca, &cb, &co, &cx, &rcond, e); });
    return rcond;
}

template <class T>
basic_solve_result<T> solve_impl(const matview<const T> &a, const matview<const T> &b,
                                 const solve_options &options) {
    basic_solve_result<T> r{basic_matrix<T>(b.rows, b.cols), 0.0};
    r.rcond = solve_into_impl<T>(a, b, r.x.view(), options);
    return r;
}

template <class T>
basic_solve_vector_result<T> solve_vector_impl(const matview<const T> &a, const std::vector<T> &b,
                                               const solve_options &options) {
    basic_solve_vector_result<T> r{std::vector<T>(b.size()), 0.0};
    auto ca = to_c(a), cb = column(b.data(), b.size());
    auto cx = column(r.x.data(), r.x.size());
    auto co = to_c(options);
    checked([&](sciport_error **e) {
        return linalg_fns<T>::solve(&ca, &cb, &co, &cx, &r.rcond, e);
    });
    return r;
}

/// The real parts of a complex matrix (sqrtm / logm results SciPy returns real).
inline matrix real_parts(const cmatrix &x) {
    matrix r(x.rows(), x.cols());
    for (std::size_t i = 0; i < x.size(); ++i) {
        r.data()[i] = x.data()[i].real();
    }
    return r;
}

} // namespace detail

/// scipy.linalg.solve(a, b) into `x` (n x k, any strides); returns rcond.
inline double solve_into(const matview<const double> &a, const matview<const double> &b,
                         const matview<double> &x, const solve_options &options = {}) {
    return detail::solve_into_impl<double>(a, b, x, options);
}

/// scipy.linalg.solve(a, b, ...): a n x n, b n x k.
inline solve_result solve(const matview<const double> &a, const matview<const double> &b,
                          const solve_options &options = {}) {
    return detail::solve_impl<double>(a, b, options);
}

/// scipy.linalg.solve(a, b, ...) with a 1-D b.
inline solve_vector_result solve(const matview<const double> &a, const std::vector<double> &b,
                                 const solve_options &options = {}) {
    return detail::solve_vector_impl<double>(a, b, options);
}

/// scipy.linalg.solve_triangular into `x` (b's shape); trans 0 'N', 1 'T', 2 'C'.
inline void solve_triangular_into(const matview<const double> &a, const matview<const double> &b,
                                  const matview<double> &x, std::int32_t trans = 0,
                                  bool lower = false, bool unit_diagonal = false,
                                  bool check_finite = true) {
    auto ca = detail::to_c(a), cb = detail::to_c(b), cx = detail::to_c(x);
    checked([&](sciport_error **e) {
        return sciport_linalg_solve_triangular(&ca, &cb, trans, lower, unit_diagonal,
                                               check_finite, &cx, e);
    });
}

/// scipy.linalg.solve_triangular(a, b, trans=0, lower=False, unit_diagonal=False,
/// check_finite=True); trans 0 'N', 1 'T', 2 'C'.
inline matrix solve_triangular(const matview<const double> &a, const matview<const double> &b,
                               std::int32_t trans = 0, bool lower = false,
                               bool unit_diagonal = false, bool check_finite = true) {
    matrix x(b.rows, b.cols);
    solve_triangular_into(a, b, x.view(), trans, lower, unit_diagonal, check_finite);
    return x;
}

/// scipy.linalg.solve_triangular with a 1-D b.
inline std::vector<double> solve_triangular(const matview<const double> &a,
                                            const std::vector<double> &b, std::int32_t trans = 0,
                                            bool lower = false, bool unit_diagonal = false,
                                            bool check_finite = true) {
    std::vector<double> x(b.size());
    auto ca = detail::to_c(a), cb = detail::column(b.data(), b.size());
    auto cx = detail::column(x.data(), x.size());
    checked([&](sciport_error **e) {
        return sciport_linalg_solve_triangular(&ca, &cb, trans, lower, unit_diagonal,
                                               check_finite, &cx, e);
    });
    return x;
}

namespace detail {

template <class T>
void lu_factor_into_impl(const matview<const T> &a, const matview<T> &lu,
                         std::vector<std::int64_t> &piv, bool check_finite) {
    piv.assign(std::min(a.rows, a.cols), 0);
    auto ca = to_c(a), cl = to_c(lu);
    checked([&](sciport_error **e) {
        return linalg_fns<T>::lu_factor(&ca, check_finite, &cl, piv.data(), piv.size(), e);
    });
}

template <class T>
basic_lu_factor_result<T> lu_factor_impl(const matview<const T> &a, bool check_finite) {
    basic_lu_factor_result<T> r{basic_matrix<T>(a.rows, a.cols), {}};
    lu_factor_into_impl<T>(a, r.lu.view(), r.piv, check_finite);
    return r;
}

template <class T>
void lu_solve_into_impl(const matview<const T> &lu, const std::vector<std::int64_t> &piv,
                        const matview<const T> &b, const matview<T> &x, std::int32_t trans,
                        bool check_finite) {
    auto cl = to_c(lu), cb = to_c(b), cx = to_c(x);
    checked([&](sciport_error **e) {
        return linalg_fns<T>::lu_solve(&cl, piv.data(), piv.size(), &cb, trans, check_finite,
                                       &cx, e);
    });
}

template <class T>
basic_matrix<T> lu_solve_impl(const matview<const T> &lu, const std::vector<std::int64_t> &piv,
                              const matview<const T> &b, std::int32_t trans, bool check_finite) {
    basic_matrix<T> x(b.rows, b.cols);
    lu_solve_into_impl<T>(lu, piv, b, x.view(), trans, check_finite);
    return x;
}

template <class T>
std::vector<T> lu_solve_vector_impl(const basic_lu_factor_result<T> &f, const std::vector<T> &b,
                                    std::int32_t trans, bool check_finite) {
    std::vector<T> x(b.size());
    auto cl = to_c(f.lu.view()), cb = column(b.data(), b.size());
    auto cx = column(x.data(), x.size());
    checked([&](sciport_error **e) {
        return linalg_fns<T>::lu_solve(&cl, f.piv.data(), f.piv.size(), &cb, trans,
                                       check_finite, &cx, e);
    });
    return x;
}

template <class T>
void inv_into_impl(const matview<const T> &a, const matview<T> &ainv, bool check_finite) {
    auto ca = to_c(a), ci = to_c(ainv);
    checked([&](sciport_error **e) { return linalg_fns<T>::inv(&ca, check_finite, &ci, e); });
}

template <class T> basic_matrix<T> inv_impl(const matview<const T> &a, bool check_finite) {
    basic_matrix<T> r(a.rows, a.cols);
    inv_into_impl<T>(a, r.view(), check_finite);
    return r;
}

} // namespace detail

/// scipy.linalg.lu_factor into `lu` (a's shape) and `piv` (resized to min(m, n)).
/// A singular a is not an error: lu then has a zero on its diagonal.
inline void lu_factor_into(const matview<const double> &a, const matview<double> &lu,
                           std::vector<std::int64_t> &piv, bool check_finite = true) {
    detail::lu_factor_into_impl<double>(a, lu, piv, check_finite);
}

/// scipy.linalg.lu_factor(a, check_finite=True): a m x n.
inline lu_factor_result lu_factor(const matview<const double> &a, bool check_finite = true) {
    return detail::lu_factor_impl<double>(a, check_finite);
}

/// scipy.linalg.lu_solve((lu, piv), b) into `x` (b's shape); trans 0, 1 or 2.
inline void lu_solve_into(const matview<const double> &lu, const std::vector<std::int64_t> &piv,
                          const matview<const double> &b, const matview<double> &x,
                          std::int32_t trans = 0, bool check_finite = true) {
    detail::lu_solve_into_impl<double>(lu, piv, b, x, trans, check_finite);
}

/// scipy.linalg.lu_solve((lu, piv), b, trans=0, check_finite=True).
inline matrix lu_solve(const matview<const double> &lu, const std::vector<std::int64_t> &piv,
                       const matview<const double> &b, std::int32_t trans = 0,
                       bool check_finite = true) {
    return detail::lu_solve_impl<double>(lu, piv, b, trans, check_finite);
}

/// scipy.linalg.lu_solve(lu_and_piv, b, trans=0, check_finite=True).
inline matrix lu_solve(const lu_factor_result &f, const matview<const double> &b,
                       std::int32_t trans = 0, bool check_finite = true) {
    return lu_solve(f.lu, f.piv, b, trans, check_finite);
}

/// scipy.linalg.lu_solve with a 1-D b.
inline std::vector<double> lu_solve(const lu_factor_result &f, const std::vector<double> &b,
                                    std::int32_t trans = 0, bool check_finite = true) {
    return detail::lu_solve_vector_impl<double>(f, b, trans, check_finite);
}

namespace detail {

template <class T>
void lu_into_impl(const matview<const T> &a, const std::optional<matview<T>> &p,
                  const matview<T> &l, const matview<T> &u, std::vector<std::int64_t> &indices,
                  bool check_finite, bool p_indices) {
    const bool empty = a.rows == 0 || a.cols == 0;
    indices.assign(p_indices && !empty ? a.rows : 0, 0);
    decltype(to_c(l)) pslot{};
    const auto *cp = opt_c(p, pslot);
    auto ca = to_c(a), cl = to_c(l), cu = to_c(u);
    checked([&](sciport_error **e) {
        return linalg_fns<T>::lu(&ca, false, check_finite, cp,
                                 p_indices ? indices.data() : nullptr, indices.size(), &cl, &cu,
                                 e);
    });
}

template <class T>
basic_lu_result<T> lu_impl(const matview<const T> &a, bool check_finite, bool p_indices) {
    const std::size_t m = a.rows, n = a.cols, k = std::min(m, n);
    const std::size_t pm = p_indices || m == 0 || n == 0 ? 0 : m;
    basic_lu_result<T> r{basic_matrix<T>(pm, pm), basic_matrix<T>(m, k), basic_matrix<T>(k, n),
                         {}};
    std::optional<matview<T>> p;
    if (!p_indices) {
        p = r.p.view();
    }
    lu_into_impl<T>(a, p, r.l.view(), r.u.view(), r.p_indices, check_finite, p_indices);
    return r;
}

} // namespace detail

/// scipy.linalg.lu(a, permute_l=False, check_finite, p_indices) into caller
/// storage, k = min(m, n): `p` (m x m; 0 x 0 for an empty a; std::nullopt = not
/// wanted), `l` (m x k), `u` (k x n), any strides; `indices` is resized to m
/// (0 for an empty a) with `p_indices` and receives the 0-based rows
/// (a = L[indices] U), emptied without. Both P and the indices may be asked
/// for. A singular a is not an error: U then has a zero pivot.
inline void lu_into(const matview<const double> &a, const std::optional<matview<double>> &p,
                    const matview<double> &l, const matview<double> &u,
                    std::vector<std::int64_t> &indices, bool check_finite = true,
                    bool p_indices = false) {
    detail::lu_into_impl<double>(a, p, l, u, indices, check_finite, p_indices);
}

/// scipy.linalg.lu(a, permute_l=False, check_finite=True, p_indices=False):
/// a = P L U with partial pivoting (a m x n, k = min(m, n); L m x k unit lower,
/// U k x n upper). With p_indices, `p_indices` holds the 0-based row order
/// (a = L[p_indices] U) and `p` is 0 x 0, as SciPy returns no matrix then.
/// For permute_l=True call lu_permute_l.
inline lu_result lu(const matview<const double> &a, bool check_finite = true,
                    bool p_indices = false) {
    return detail::lu_impl<double>(a, check_finite, p_indices);
}

/// scipy.linalg.lu(a, permute_l=True, check_finite) into caller storage: `pl`
/// (m x k) receives P L, `u` (k x n) U, any strides.
inline void lu_permute_l_into(const matview<const double> &a, const matview<double> &pl,
                              const matview<double> &u, bool check_finite = true) {
    auto ca = detail::to_c(a), cl = detail::to_c(pl), cu = detail::to_c(u);
    checked([&](sciport_error **e) {
        return sciport_linalg_lu(&ca, true, check_finite, nullptr, nullptr, 0, &cl, &cu, e);
    });
}

/// scipy.linalg.lu(a, permute_l=True, check_finite=True): (pl, u) with
/// a = PL U, PL = P L (m x k), U k x n; SciPy returns no P (and ignores
/// p_indices) then.
inline lu_permute_l_result lu_permute_l(const matview<const double> &a,
                                        bool check_finite = true) {
    const std::size_t m = a.rows, n = a.cols, k = std::min(m, n);
    lu_permute_l_result r{matrix(m, k), matrix(k, n)};
    lu_permute_l_into(a, r.pl.view(), r.u.view(), check_finite);
    return r;
}

/// scipy.linalg.ldl(a, lower, hermitian, check_finite) into caller storage:
/// `lu` and `d` (n x n, any strides) receive lu and d, `perm` is resized to n
/// and receives the 0-based row order. `perm` and the views are written only
/// on success: a wrong view shape throws SCIPORT_ERR_DIMENSION_MISMATCH and
/// writes nothing. `lu` or `d` may be a's own view (SciPy's overwrite_a).
inline void ldl_into(const matview<const double> &a, const matview<double> &lu,
                     const matview<double> &d, std::vector<std::int64_t> &perm,
                     bool lower = true, bool hermitian = true, bool check_finite = true) {
    std::vector<std::int64_t> buf(a.rows);
    auto ca = detail::to_c(a), cl = detail::to_c(lu), cd = detail::to_c(d);
    checked([&](sciport_error **e) {
        return sciport_linalg_ldl(&ca, lower, hermitian, check_finite, &cl, &cd, buf.data(),
                                  buf.size(), e);
    });
    perm = std::move(buf);
}

/// scipy.linalg.ldl(a, lower=True, hermitian=True, overwrite_a=False,
/// check_finite=True): a = lu d lu^T of a real symmetric n x n a by LAPACK's
/// Bunch-Kaufman pivoting (sytrf), unpacked as SciPy does; only the `lower`
/// (else upper) triangle of a is read. lu[perm] is unit lower (upper)
/// triangular, d symmetric block diagonal (1 x 1 and 2 x 2 blocks), perm
/// 0-based as SciPy's. `hermitian` only matters for complex input in SciPy
/// and is accepted for the same call shape. A singular a is not an error (d
/// has a zero block); a 0 x 0 a gives 0 x 0 lu, d and an empty perm. a not
/// square throws SCIPORT_ERR_DIMENSION_MISMATCH; NaN / Inf with check_finite
/// SCIPORT_ERR_INVALID_ARGUMENT. For overwrite_a call ldl_into with lu = a's view.
inline ldl_result ldl(const matview<const double> &a, bool lower = true, bool hermitian = true,
                      bool check_finite = true) {
    const std::size_t n = a.rows;  // a non-square a gets the C "square" error
    ldl_result r{matrix(n, n), matrix(n, n), {}};
    ldl_into(a, r.lu.view(), r.d.view(), r.perm, lower, hermitian, check_finite);
    return r;
}

namespace detail {

template <class T>
void cho_factor_into_impl(const matview<const T> &a, const matview<T> &c, bool lower,
                          bool check_finite) {
    auto ca = to_c(a), cc = to_c(c);
    checked([&](sciport_error **e) {
        return linalg_fns<T>::cho_factor(&ca, lower, check_finite, &cc, e);
    });
}

template <class T>
basic_cho_factor_result<T> cho_factor_impl(const matview<const T> &a, bool lower,
                                           bool check_finite) {
    basic_cho_factor_result<T> r{basic_matrix<T>(a.rows, a.cols), lower};
    cho_factor_into_impl<T>(a, r.c.view(), lower, check_finite);
    return r;
}

template <class T>
void cho_solve_into_impl(const matview<const T> &c, bool lower, const matview<const T> &b,
                         const matview<T> &x, bool check_finite) {
    auto cc = to_c(c), cb = to_c(b), cx = to_c(x);
    checked([&](sciport_error **e) {
        return linalg_fns<T>::cho_solve(&cc, lower, &cb, check_finite, &cx, e);
    });
}

template <class T>
basic_matrix<T> cho_solve_impl(const matview<const T> &c, bool lower, const matview<const T> &b,
                               bool check_finite) {
    basic_matrix<T> x(b.rows, b.cols);
    cho_solve_into_impl<T>(c, lower, b, x.view(), check_finite);
    return x;
}

template <class T>
std::vector<T> cho_solve_vector_impl(const basic_cho_factor_result<T> &f, const std::vector<T> &b,
                                     bool check_finite) {
    std::vector<T> x(b.size());
    auto cc = to_c(f.c.view()), cb = column(b.data(), b.size());
    auto cx = column(x.data(), x.size());
    checked([&](sciport_error **e) {
        return linalg_fns<T>::cho_solve(&cc, f.lower, &cb, check_finite, &cx, e);
    });
    return x;
}

template <class T>
void cholesky_into_impl(const matview<const T> &a, const matview<T> &c, bool lower,
                        bool check_finite) {
    auto ca = to_c(a), cc = to_c(c);
    checked([&](sciport_error **e) {
        return linalg_fns<T>::cholesky(&ca, lower, check_finite, &cc, e);
    });
}

template <class T>
basic_matrix<T> cholesky_impl(const matview<const T> &a, bool lower, bool check_finite) {
    basic_matrix<T> c(a.rows, a.cols);
    cholesky_into_impl<T>(a, c.view(), lower, check_finite);
    return c;
}

} // namespace detail

/// scipy.linalg.cho_factor into `c` (n x n).
inline void cho_factor_into(const matview<const double> &a, const matview<double> &c,
                            bool lower = false, bool check_finite = true) {
    detail::cho_factor_into_impl<double>(a, c, lower, check_finite);
}

/// scipy.linalg.cho_factor(a, lower=False, check_finite=True).
inline cho_factor_result cho_factor(const matview<const double> &a, bool lower = false,
                                    bool check_finite = true) {
    return detail::cho_factor_impl<double>(a, lower, check_finite);
}

/// scipy.linalg.cho_solve((c, lower), b) into `x` (b's shape).
inline void cho_solve_into(const matview<const double> &c, bool lower,
                           const matview<const double> &b, const matview<double> &x,
                           bool check_finite = true) {
    detail::cho_solve_into_impl<double>(c, lower, b, x, check_finite);
}

/// scipy.linalg.cho_solve((c, lower), b, check_finite=True).
inline matrix cho_solve(const matview<const double> &c, bool lower,
                        const matview<const double> &b, bool check_finite = true) {
    return detail::cho_solve_impl<double>(c, lower, b, check_finite);
}

/// scipy.linalg.cho_solve(c_and_lower, b, check_finite=True).
inline matrix cho_solve(const cho_factor_result &f, const matview<const double> &b,
                        bool check_finite = true) {
    return cho_solve(f.c, f.lower, b, check_finite);
}

/// scipy.linalg.cho_solve with a 1-D b.
inline std::vector<double> cho_solve(const cho_factor_result &f, const std::vector<double> &b,
                                     bool check_finite = true) {
    return detail::cho_solve_vector_impl<double>(f, b, check_finite);
}

/// scipy.linalg.cholesky into `c` (n x n; the other triangle is zeroed).
inline void cholesky_into(const matview<const double> &a, const matview<double> &c,
                          bool lower = false, bool check_finite = true) {
    detail::cholesky_into_impl<double>(a, c, lower, check_finite);
}

/// scipy.linalg.cholesky(a, lower=False, check_finite=True): U with a = U^T U
/// (or L with a = L L^T); the other triangle is zero.
inline matrix cholesky(const matview<const double> &a, bool lower = false,
                       bool check_finite = true) {
    return detail::cholesky_impl<double>(a, lower, check_finite);
}

/// scipy.linalg.inv into `ainv` (n x n).
inline void inv_into(const matview<const double> &a, const matview<double> &ainv,
                     bool check_finite = true) {
    detail::inv_into_impl<double>(a, ainv, check_finite);
}

/// scipy.linalg.inv(a, check_finite=True).
inline matrix inv(const matview<const double> &a, bool check_finite = true) {
    return detail::inv_impl<double>(a, check_finite);
}

/// scipy.linalg.det(a, check_finite=True); a 0 x 0 matrix gives 1.
inline double det(const matview<const double> &a, bool check_finite = true) {
    auto ca = detail::to_c(a);
    double d = 0.0;
    checked([&](sciport_error **e) { return sciport_linalg_det(&ca, check_finite, &d, e); });
    return d;
}

namespace detail {

template <class T>
void svd_into_impl(const matview<const T> &a, std::vector<double> &s, const matview<T> &u,
                   const matview<T> &vh, bool full_matrices, bool check_finite,
                   const std::string &lapack_driver) {
    s.assign(std::min(a.rows, a.cols), 0.0);
    auto ca = to_c(a), cu = to_c(u), cv = to_c(vh);
    checked([&](sciport_error **e) {
        return linalg_fns<T>::svd(&ca, full_matrices, check_finite, c_str_or_null(lapack_driver),
                                  s.data(), s.size(), &cu, &cv, e);
    });
}

template <class T>
basic_svd_result<T> svd_impl(const matview<const T> &a, bool full_matrices, bool check_finite,
                             const std::string &lapack_driver) {
    const std::size_t m = a.rows, n = a.cols, k = std::min(m, n);
    basic_svd_result<T> r{basic_matrix<T>(m, full_matrices ? m : k), {},
                          basic_matrix<T>(full_matrices ? n : k, n)};
    svd_into_impl<T>(a, r.s, r.u.view(), r.vh.view(), full_matrices, check_finite,
                     lapack_driver);
    return r;
}

template <class T>
std::vector<double> svdvals_impl(const matview<const T> &a, bool check_finite) {
    std::vector<double> s(std::min(a.rows, a.cols));
    auto ca = to_c(a);
    checked([&](sciport_error **e) {
        return linalg_fns<T>::svdvals(&ca, check_finite, s.data(), s.size(), e);
    });
    return s;
}

template <class T> void expm_into_impl(const matview<const T> &a, const matview<T> &expa) {
    auto ca = to_c(a), cx = to_c(expa);
    checked([&](sciport_error **e) { return linalg_fns<T>::expm(&ca, &cx, e); });
}

template <class T> basic_matrix<T> expm_impl(const matview<const T> &a) {
    basic_matrix<T> r(a.rows, a.cols);  // a's shape: a non-square a gets the C "square" error
    expm_into_impl<T>(a, r.view());
    return r;
}

} // namespace detail

/// scipy.linalg.svd(a, full_matrices=True, compute_uv=True, check_finite=True,
/// lapack_driver='gesdd') into caller storage: s resized to min(m, n); u (m x m
/// or m x k) and vh (n x n or k x n) views of the exact shape.
inline void svd_into(const matview<const double> &a, std::vector<double> &s,
                     const matview<double> &u, const matview<double> &vh,
                     bool full_matrices = true, bool check_finite = true,
                     const std::string &lapack_driver = "gesdd") {
    detail::svd_into_impl<double>(a, s, u, vh, full_matrices, check_finite, lapack_driver);
}

/// scipy.linalg.svd(a, full_matrices=True, check_finite=True, lapack_driver='gesdd'):
/// a = u diag(s) vh. Signs of u[:, i] and vh[i, :] may differ from LAPACK's (together).
/// For compute_uv=False use svdvals.
inline svd_result svd(const matview<const double> &a, bool full_matrices = true,
                      bool check_finite = true, const std::string &lapack_driver = "gesdd") {
    return detail::svd_impl<double>(a, full_matrices, check_finite, lapack_driver);
}

/// scipy.linalg.svdvals(a, check_finite=True): the min(m, n) singular values, descending.
inline std::vector<double> svdvals(const matview<const double> &a, bool check_finite = true) {
    return detail::svdvals_impl<double>(a, check_finite);
}

namespace detail {

/// eigh / eigvalsh's C call: sciport_linalg_eigh (v NULL: eigvalsh) without
/// b, sciport_linalg_eigh_generalized with it; returns the count found.
inline std::size_t eigh_call(const matview<const double> &a,
                             const std::optional<matview<const double>> &b,
                             const eigh_options &options, std::vector<double> &w,
                             const sciport_mat *cv) {
    std::size_t m = 0;
    sciport_mat bslot{};
    auto ca = to_c(a);
    const sciport_mat *cb = opt_c(b, bslot);
    auto co = to_c(options);
    checked([&](sciport_error **e) {
        if (cb != nullptr) {
            return sciport_linalg_eigh_generalized(&ca, cb, options.type, &co, w.data(), w.size(),
                                                   cv, &m, e);
        }
        if (cv == nullptr) {
            return sciport_linalg_eigvalsh(&ca, &co, w.data(), w.size(), &m, e);
        }
        return sciport_linalg_eigh(&ca, &co, w.data(), w.size(), cv, &m, e);
    });
    return m;
}

} // namespace detail

/// scipy.linalg.eigh(a, b, ...) into caller storage: w is resized to the count
/// found; the first w.size() columns of v (n x n, or n x at least that count)
/// receive the eigenvectors, later columns are untouched. b = std::nullopt is
/// the standard problem (sciport_linalg_eigh; options.type ignored), else
/// sciport_linalg_eigh_generalized. `w` and `v` are written only on success.
inline void eigh_into(const matview<const double> &a,
                      const std::optional<matview<const double>> &b, std::vector<double> &w,
                      const matview<double> &v, const eigh_options &options = {}) {
    std::vector<double> buf(a.rows);
    auto cv = detail::to_c(v);
    const std::size_t m = detail::eigh_call(a, b, options, buf, &cv);
    buf.resize(m);
    w = std::move(buf);
}

/// scipy.linalg.eigh(a, ...) (standard problem, b = None) into caller storage:
/// eigh_into(a, std::nullopt, w, v, options).
inline void eigh_into(const matview<const double> &a, std::vector<double> &w,
                      const matview<double> &v, const eigh_options &options = {}) {
    eigh_into(a, std::nullopt, w, v, options);
}

/// scipy.linalg.eigh(a, b=None, lower=True, type=1, check_finite=True,
/// subset_by_index=None, subset_by_value=None, driver=None) for symmetric a:
/// ascending w and the n x m eigenvectors (signs may differ from LAPACK's).
/// Without b, a v = w v with orthonormal v; with a symmetric positive definite
/// b (read from the same triangle as a) the generalized problem of
/// options.type: 1 a v = w b v, 2 a b v = w v, 3 b a v = w v, the vectors
/// normalized as SciPy's (v^T b v = I for types 1 and 2, v^T b^-1 v = I for
/// type 3). With b the drivers are "gv", "gvd", "gvx" (subsets need "gvx" or
/// none); with b, a standard driver or a type not 1, 2, 3 throws
/// SCIPORT_ERR_INVALID_ARGUMENT; b not positive definite throws
/// SCIPORT_ERR_SINGULAR ("The leading minor of order k of B is not positive
/// definite. ..."); b not square or not a's shape throws
/// SCIPORT_ERR_DIMENSION_MISMATCH. An empty a gives empty results whatever b
/// is. For eigvals_only use eigvalsh.
inline eigh_result eigh(const matview<const double> &a,
                        const std::optional<matview<const double>> &b = std::nullopt,
                        const eigh_options &options = {}) {
    const std::size_t n = a.rows;
    matrix full(n, n);
    eigh_result r;
    eigh_into(a, b, r.w, full.view(), options);
    const std::size_t m = r.w.size();
    if (m == n) {
        r.v = std::move(full);
    } else {
        r.v = matrix(full.view().block(0, 0, n, m));
    }
    return r;
}

/// scipy.linalg.eigh(a, ...) with b = None: eigh(a, std::nullopt, options).
inline eigh_result eigh(const matview<const double> &a, const eigh_options &options) {
    return eigh(a, std::nullopt, options);
}

/// scipy.linalg.eigvalsh(a, b=None, lower=True, type=1, check_finite=True,
/// subset_by_index=None, subset_by_value=None, driver=None): the eigenvalues
/// (all, or the subset asked for), ascending; with b those of the generalized
/// problem of options.type (as eigh; errors as eigh's).
inline std::vector<double> eigvalsh(const matview<const double> &a,
                                    const std::optional<matview<const double>> &b = std::nullopt,
                                    const eigh_options &options = {}) {
    std::vector<double> w(a.rows);
    w.resize(detail::eigh_call(a, b, options, w, nullptr));
    return w;
}

/// scipy.linalg.eigvalsh(a, ...) with b = None: eigvalsh(a, std::nullopt, options).
inline std::vector<double> eigvalsh(const matview<const double> &a, const eigh_options &options) {
    return eigvalsh(a, std::nullopt, options);
}

/// scipy.linalg.eig(a, b, left, right, check_finite, homogeneous_eigvals)
/// into caller storage: `w` is resized to n (2n with homogeneous_eigvals:
/// alpha then beta, SciPy's (2, n) array in C order); `vl` / `vr` are complex
/// n x n views (any strides; std::nullopt = not wanted, SciPy's left=False /
/// right=False), column i the eigenvector of eigenvalue i. b = std::nullopt is
/// the standard problem. Wrong vl / vr shapes throw
/// SCIPORT_ERR_DIMENSION_MISMATCH; `w` and the views are written only on success.
inline void eig_into(const matview<const double> &a,
                     const std::optional<matview<const double>> &b, std::vector<complex> &w,
                     const std::optional<matview<complex>> &vl,
                     const std::optional<matview<complex>> &vr, bool check_finite = true,
                     bool homogeneous_eigvals = false) {
    std::vector<complex> buf(homogeneous_eigvals ? 2 * a.rows : a.rows);
    sciport_mat bslot{};
    sciport_cmat lslot{}, rslot{};
    auto ca = detail::to_c(a);
    const sciport_mat *cb = detail::opt_c(b, bslot);
    const sciport_cmat *cl = detail::opt_c(vl, lslot), *cr = detail::opt_c(vr, rslot);
    checked([&](sciport_error **e) {
        return sciport_linalg_eig(&ca, cb, check_finite, homogeneous_eigvals,
                                  reinterpret_cast<sciport_complex *>(buf.data()), buf.size(),
                                  cl, cr, e);
    });
    w = std::move(buf);
}

/// scipy.linalg.eig(a, b=None, left=False, right=True, check_finite=True,
/// homogeneous_eigvals=False) for a real n x n a (generalized a v = w b v
/// with b): eigenvalues w in the Schur form's order (SciPy's for most small
/// matrices, not in general; conjugate pairs adjacent, positive imaginary
/// part first) and, as asked, the left / right eigenvectors as n x n
/// complex arrays (unit 2-norm columns, largest component real; SciPy's may
/// differ by a unit factor). The default returns (w, vr), as SciPy. An empty
/// a gives empty results whatever b is. NaN / Inf throw
/// SCIPORT_ERR_INVALID_ARGUMENT even with check_finite = false (SciPy raises
/// either way); a or b not square, or b's shape not a's, throw
/// SCIPORT_ERR_DIMENSION_MISMATCH.
inline eig_result eig(const matview<const double> &a,
                      const std::optional<matview<const double>> &b = std::nullopt,
                      bool left = false, bool right = true, bool check_finite = true,
                      bool homogeneous_eigvals = false) {
    const std::size_t n = a.rows;
    eig_result r;
    std::optional<matview<complex>> vl, vr;
    if (left) {
        r.vl = ndarray<complex>({n, n});
        vl = matview<complex>(r.vl.data(), n, n);
    }
    if (right) {
        r.vr = ndarray<complex>({n, n});
        vr = matview<complex>(r.vr.data(), n, n);
    }
    eig_into(a, b, r.w, vl, vr, check_finite, homogeneous_eigvals);
    return r;
}

/// scipy.linalg.eigvals(a, b=None, check_finite=True, homogeneous_eigvals=False):
/// eig's w alone (n entries; 2n with homogeneous_eigvals, alpha then beta).
inline std::vector<complex> eigvals(const matview<const double> &a,
                                    const std::optional<matview<const double>> &b = std::nullopt,
                                    bool check_finite = true, bool homogeneous_eigvals = false) {
    std::vector<complex> w(homogeneous_eigvals ? 2 * a.rows : a.rows);
    sciport_mat bslot{};
    auto ca = detail::to_c(a);
    const sciport_mat *cb = detail::opt_c(b, bslot);
    checked([&](sciport_error **e) {
        return sciport_linalg_eigvals(&ca, cb, check_finite, homogeneous_eigvals,
                                      reinterpret_cast<sciport_complex *>(w.data()), w.size(), e);
    });
    return w;
}

// ------------------------------------------------ linalg: complex matrices
//
// The complex twins of solve ... eigvals (sciport_linalg_*_complex): the same
// names, keywords and `..._into` forms, overloaded on `matview<const
// complex>` inputs (a `sciport::cmatrix` passes wherever such a view does;
// a real matrix picks the real overload). Results are `sciport::cmatrix` or
// the `c...` result structs; singular values and Hermitian eigenvalues stay
// real. Errors throw sciport::error with the C function's status and message.

/// scipy.linalg.solve(a, b) of complex a, b into `x` (n x k, any strides);
/// returns rcond. options.transposed throws SCIPORT_ERR_INVALID_ARGUMENT (as
/// SciPy for complex a); assume_a "her" reads a Hermitian, "sym" a complex
/// symmetric, "pos" a Hermitian positive definite a.
inline double solve_into(const matview<const complex> &a, const matview<const complex> &b,
                         const matview<complex> &x, const solve_options &options = {}) {
    return detail::solve_into_impl<complex>(a, b, x, options);
}

/// scipy.linalg.solve(a, b, ...) of complex a (n x n) and b (n x k).
inline csolve_result solve(const matview<const complex> &a, const matview<const complex> &b,
                           const solve_options &options = {}) {
    return detail::solve_impl<complex>(a, b, options);
}

/// scipy.linalg.solve(a, b, ...) of complex a with a 1-D complex b.
inline csolve_vector_result solve(const matview<const complex> &a, const std::vector<complex> &b,
                                  const solve_options &options = {}) {
    return detail::solve_vector_impl<complex>(a, b, options);
}

/// scipy.linalg.inv of a complex a into `ainv` (n x n).
inline void inv_into(const matview<const complex> &a, const matview<complex> &ainv,
                     bool check_finite = true) {
    detail::inv_into_impl<complex>(a, ainv, check_finite);
}

/// scipy.linalg.inv(a, check_finite=True) of a complex a.
inline cmatrix inv(const matview<const complex> &a, bool check_finite = true) {
    return detail::inv_impl<complex>(a, check_finite);
}

/// scipy.linalg.det(a, check_finite=True) of a complex a; 0 x 0 gives 1.
inline complex det(const matview<const complex> &a, bool check_finite = true) {
    auto ca = detail::to_c(a);
    sciport_complex d{0.0, 0.0};
    checked([&](sciport_error **e) {
        return sciport_linalg_det_complex(&ca, check_finite, &d, e);
    });
    return complex(d.re, d.im);
}

/// scipy.linalg.lu_factor of a complex a into `lu` (a's shape) and `piv`
/// (resized to min(m, n)). A singular a is not an error.
inline void lu_factor_into(const matview<const complex> &a, const matview<complex> &lu,
                           std::vector<std::int64_t> &piv, bool check_finite = true) {
    detail::lu_factor_into_impl<complex>(a, lu, piv, check_finite);
}

/// scipy.linalg.lu_factor(a, check_finite=True) of a complex m x n a.
inline clu_factor_result lu_factor(const matview<const complex> &a, bool check_finite = true) {
    return detail::lu_factor_impl<complex>(a, check_finite);
}

/// scipy.linalg.lu_solve((lu, piv), b) of complex lu, b into `x` (b's shape);
/// trans 0 (a x = b), 1 (a^T x = b) or 2 (a^H x = b).
inline void lu_solve_into(const matview<const complex> &lu, const std::vector<std::int64_t> &piv,
                          const matview<const complex> &b, const matview<complex> &x,
                          std::int32_t trans = 0, bool check_finite = true) {
    detail::lu_solve_into_impl<complex>(lu, piv, b, x, trans, check_finite);
}

/// scipy.linalg.lu_solve((lu, piv), b, trans=0, check_finite=True), complex.
inline cmatrix lu_solve(const matview<const complex> &lu, const std::vector<std::int64_t> &piv,
                        const matview<const complex> &b, std::int32_t trans = 0,
                        bool check_finite = true) {
    return detail::lu_solve_impl<complex>(lu, piv, b, trans, check_finite);
}

/// scipy.linalg.lu_solve(lu_and_piv, b, trans=0, check_finite=True), complex.
inline cmatrix lu_solve(const clu_factor_result &f, const matview<const complex> &b,
                        std::int32_t trans = 0, bool check_finite = true) {
    return lu_solve(f.lu, f.piv, b, trans, check_finite);
}

/// scipy.linalg.lu_solve with a complex factorization and a 1-D complex b.
inline std::vector<complex> lu_solve(const clu_factor_result &f, const std::vector<complex> &b,
                                     std::int32_t trans = 0, bool check_finite = true) {
    return detail::lu_solve_vector_impl<complex>(f, b, trans, check_finite);
}

/// scipy.linalg.lu(a, permute_l=False, check_finite, p_indices) of a complex
/// a into caller storage, as the real lu_into (p a complex 0/1 matrix).
inline void lu_into(const matview<const complex> &a, const std::optional<matview<complex>> &p,
                    const matview<complex> &l, const matview<complex> &u,
                    std::vector<std::int64_t> &indices, bool check_finite = true,
                    bool p_indices = false) {
    detail::lu_into_impl<complex>(a, p, l, u, indices, check_finite, p_indices);
}

/// scipy.linalg.lu(a, permute_l=False, check_finite=True, p_indices=False) of
/// a complex m x n a: a = P L U as the real lu.
inline clu_result lu(const matview<const complex> &a, bool check_finite = true,
                     bool p_indices = false) {
    return detail::lu_impl<complex>(a, check_finite, p_indices);
}

/// scipy.linalg.lu(a, permute_l=True, check_finite) of a complex a into
/// caller storage: `pl` (m x k) receives P L, `u` (k x n) U.
inline void lu_permute_l_into(const matview<const complex> &a, const matview<complex> &pl,
                              const matview<complex> &u, bool check_finite = true) {
    auto ca = detail::to_c(a), cl = detail::to_c(pl), cu = detail::to_c(u);
    checked([&](sciport_error **e) {
        return sciport_linalg_lu_complex(&ca, true, check_finite, nullptr, nullptr, 0, &cl, &cu,
                                         e);
    });
}

/// scipy.linalg.lu(a, permute_l=True, check_finite=True) of a complex a: (pl, u).
inline clu_permute_l_result lu_permute_l(const matview<const complex> &a,
                                         bool check_finite = true) {
    const std::size_t m = a.rows, n = a.cols, k = std::min(m, n);
    clu_permute_l_result r{cmatrix(m, k), cmatrix(k, n)};
    lu_permute_l_into(a, r.pl.view(), r.u.view(), check_finite);
    return r;
}

/// scipy.linalg.cho_factor of a Hermitian positive definite a into `c` (n x n).
inline void cho_factor_into(const matview<const complex> &a, const matview<complex> &c,
                            bool lower = false, bool check_finite = true) {
    detail::cho_factor_into_impl<complex>(a, c, lower, check_finite);
}

/// scipy.linalg.cho_factor(a, lower=False, check_finite=True) of a complex
/// Hermitian positive definite a.
inline ccho_factor_result cho_factor(const matview<const complex> &a, bool lower = false,
                                     bool check_finite = true) {
    return detail::cho_factor_impl<complex>(a, lower, check_finite);
}

/// scipy.linalg.cho_solve((c, lower), b) of complex c, b into `x` (b's shape).
inline void cho_solve_into(const matview<const complex> &c, bool lower,
                           const matview<const complex> &b, const matview<complex> &x,
                           bool check_finite = true) {
    detail::cho_solve_into_impl<complex>(c, lower, b, x, check_finite);
}

/// scipy.linalg.cho_solve((c, lower), b, check_finite=True), complex.
inline cmatrix cho_solve(const matview<const complex> &c, bool lower,
                         const matview<const complex> &b, bool check_finite = true) {
    return detail::cho_solve_impl<complex>(c, lower, b, check_finite);
}

/// scipy.linalg.cho_solve(c_and_lower, b, check_finite=True), complex.
inline cmatrix cho_solve(const ccho_factor_result &f, const matview<const complex> &b,
                         bool check_finite = true) {
    return cho_solve(f.c, f.lower, b, check_finite);
}

/// scipy.linalg.cho_solve with a complex factor and a 1-D complex b.
inline std::vector<complex> cho_solve(const ccho_factor_result &f, const std::vector<complex> &b,
                                      bool check_finite = true) {
    return detail::cho_solve_vector_impl<complex>(f, b, check_finite);
}

/// scipy.linalg.cholesky of a complex a into `c` (n x n; the other triangle zeroed).
inline void cholesky_into(const matview<const complex> &a, const matview<complex> &c,
                          bool lower = false, bool check_finite = true) {
    detail::cholesky_into_impl<complex>(a, c, lower, check_finite);
}

/// scipy.linalg.cholesky(a, lower=False, check_finite=True) of a Hermitian
/// positive definite a: U with a = U^H U (or L with a = L L^H).
inline cmatrix cholesky(const matview<const complex> &a, bool lower = false,
                        bool check_finite = true) {
    return detail::cholesky_impl<complex>(a, lower, check_finite);
}

/// scipy.linalg.svd of a complex a into caller storage: s resized to
/// min(m, n) (real); u and vh complex views of the exact shape.
inline void svd_into(const matview<const complex> &a, std::vector<double> &s,
                     const matview<complex> &u, const matview<complex> &vh,
                     bool full_matrices = true, bool check_finite = true,
                     const std::string &lapack_driver = "gesdd") {
    detail::svd_into_impl<complex>(a, s, u, vh, full_matrices, check_finite, lapack_driver);
}

/// scipy.linalg.svd(a, full_matrices=True, check_finite=True,
/// lapack_driver='gesdd') of a complex a: a = u diag(s) vh (u[:, i] and
/// vh[i, :] are unique up to a common unit factor).
inline csvd_result svd(const matview<const complex> &a, bool full_matrices = true,
                       bool check_finite = true, const std::string &lapack_driver = "gesdd") {
    return detail::svd_impl<complex>(a, full_matrices, check_finite, lapack_driver);
}

/// scipy.linalg.svdvals(a, check_finite=True) of a complex a: the min(m, n)
/// singular values, descending.
inline std::vector<double> svdvals(const matview<const complex> &a, bool check_finite = true) {
    return detail::svdvals_impl<complex>(a, check_finite);
}

/// scipy.linalg.eigh(a, ...) of a complex Hermitian a (standard problem; the
/// C API has no complex generalized one) into caller storage: w (real) is
/// resized to the count found, the first w.size() columns of v (n x n, or
/// n x at least that count) receive the eigenvectors. Written only on success.
inline void eigh_into(const matview<const complex> &a, std::vector<double> &w,
                      const matview<complex> &v, const eigh_options &options = {}) {
    std::vector<double> buf(a.rows);
    std::size_t m = 0;
    auto ca = detail::to_c(a), cv = detail::to_c(v);
    auto co = detail::to_c(options);
    checked([&](sciport_error **e) {
        return sciport_linalg_eigh_complex(&ca, &co, buf.data(), buf.size(), &cv, &m, e);
    });
    buf.resize(m);
    w = std::move(buf);
}

/// scipy.linalg.eigh(a, lower=True, check_finite=True, subset_by_index=None,
/// subset_by_value=None, driver=None) of a complex Hermitian a (only the
/// `lower` (else upper) triangle is read): real ascending w and the n x m
/// unitary eigenvectors (each unique up to a unit factor).
inline ceigh_result eigh(const matview<const complex> &a, const eigh_options &options = {}) {
    const std::size_t n = a.rows;
    cmatrix full(n, n);
    ceigh_result r;
    eigh_into(a, r.w, full.view(), options);
    const std::size_t m = r.w.size();
    if (m == n) {
        r.v = std::move(full);
    } else {
        r.v = cmatrix(full.view().block(0, 0, n, m));
    }
    return r;
}

/// scipy.linalg.eigvalsh(a, ...) of a complex Hermitian a: the real
/// eigenvalues (all, or the subset asked for), ascending.
inline std::vector<double> eigvalsh(const matview<const complex> &a,
                                    const eigh_options &options = {}) {
    std::vector<double> w(a.rows);
    std::size_t m = 0;
    auto ca = detail::to_c(a);
    auto co = detail::to_c(options);
    checked([&](sciport_error **e) {
        return sciport_linalg_eigvalsh_complex(&ca, &co, w.data(), w.size(), &m, e);
    });
    w.resize(m);
    return w;
}

/// scipy.linalg.eig(a, b, left, right, check_finite, homogeneous_eigvals) of
/// complex a (and b) into caller storage, as the real eig_into.
inline void eig_into(const matview<const complex> &a,
                     const std::optional<matview<const complex>> &b, std::vector<complex> &w,
                     const std::optional<matview<complex>> &vl,
                     const std::optional<matview<complex>> &vr, bool check_finite = true,
                     bool homogeneous_eigvals = false) {
    std::vector<complex> buf(homogeneous_eigvals ? 2 * a.rows : a.rows);
    sciport_cmat bslot{}, lslot{}, rslot{};
    auto ca = detail::to_c(a);
    const sciport_cmat *cb = detail::opt_c(b, bslot);
    const sciport_cmat *cl = detail::opt_c(vl, lslot), *cr = detail::opt_c(vr, rslot);
    checked([&](sciport_error **e) {
        return sciport_linalg_eig_complex(&ca, cb, check_finite, homogeneous_eigvals,
                                          reinterpret_cast<sciport_complex *>(buf.data()),
                                          buf.size(), cl, cr, e);
    });
    w = std::move(buf);
}

/// scipy.linalg.eig(a, b=None, left=False, right=True, check_finite=True,
/// homogeneous_eigvals=False) of a complex n x n a (generalized a v = w b v
/// with a complex b): eigenvalues in the Schur form's order and, as asked,
/// the left / right eigenvectors (unit 2-norm columns, largest component
/// real). Errors as the real eig's.
inline eig_result eig(const matview<const complex> &a,
                      const std::optional<matview<const complex>> &b = std::nullopt,
                      bool left = false, bool right = true, bool check_finite = true,
                      bool homogeneous_eigvals = false) {
    const std::size_t n = a.rows;
    eig_result r;
    std::optional<matview<complex>> vl, vr;
    if (left) {
        r.vl = ndarray<complex>({n, n});
        vl = matview<complex>(r.vl.data(), n, n);
    }
    if (right) {
        r.vr = ndarray<complex>({n, n});
        vr = matview<complex>(r.vr.data(), n, n);
    }
    eig_into(a, b, r.w, vl, vr, check_finite, homogeneous_eigvals);
    return r;
}

/// scipy.linalg.eigvals(a, b=None, check_finite=True, homogeneous_eigvals=False)
/// of a complex a (and b): eig's w alone.
inline std::vector<complex> eigvals(const matview<const complex> &a,
                                    const std::optional<matview<const complex>> &b = std::nullopt,
                                    bool check_finite = true, bool homogeneous_eigvals = false) {
    std::vector<complex> w(homogeneous_eigvals ? 2 * a.rows : a.rows);
    sciport_cmat bslot{};
    auto ca = detail::to_c(a);
    const sciport_cmat *cb = detail::opt_c(b, bslot);
    checked([&](sciport_error **e) {
        return sciport_linalg_eigvals_complex(&ca, cb, check_finite, homogeneous_eigvals,
                                              reinterpret_cast<sciport_complex *>(w.data()),
                                              w.size(), e);
    });
    return w;
}

// ------------------------------------ linalg: hessenberg, polar (matrix forms)
//
// scipy.linalg.hessenberg and scipy.linalg.polar. As above: `matview<const
// double>` inputs, results as structs of `sciport::matrix` with SciPy's
// names, `..._into` forms writing into caller views of the exact shape (any
// strides; an output may be the input's own view, as SciPy's overwrite_a).
// Errors throw sciport::error with the C function's status and message.

/// scipy.linalg.hessenberg's H, or (H, Q) with calc_q=True: a = Q H Q^T.
struct hessenberg_result {
    /// H: n x n, upper Hessenberg (exactly zero below the first subdiagonal).
    matrix h;
    /// With calc_q: Q, n x n orthogonal; else 0 x 0 (SciPy returns H alone).
    matrix q;
};

/// scipy.linalg.polar's (u, p): a = u p (side "right") or a = p u ("left").
struct polar_result {
    /// u: m x n, orthonormal columns (m >= n) or rows (m < n).
    matrix u;
    /// p: symmetric positive semidefinite, n x n ("right") or m x m ("left").
    matrix p;
};

/// scipy.linalg.hessenberg(a, calc_q, check_finite) into caller storage: `h`
/// (n x n) receives H, `q` (n x n; std::nullopt = calc_q=False) Q, any
/// strides; `h` may be a's own view (SciPy's overwrite_a). Wrong shapes throw
/// SCIPORT_ERR_DIMENSION_MISMATCH and write nothing.
inline void hessenberg_into(const matview<const double> &a, const matview<double> &h,
                            const std::optional<matview<double>> &q = std::nullopt,
                            bool check_finite = true) {
    sciport_mat qslot{};
    const sciport_mat *cq = detail::opt_c(q, qslot);
    auto ca = detail::to_c(a), ch = detail::to_c(h);
    checked([&](sciport_error **e) {
        return sciport_linalg_hessenberg(&ca, check_finite, &ch, cq, e);
    });
}

/// scipy.linalg.hessenberg(a, calc_q=False, overwrite_a=False, check_finite=True):
/// a = Q H Q^T for a real n x n a, H upper Hessenberg, Q orthogonal (LAPACK's
/// gehrd / orghr reflectors, so H and Q equal SciPy's to rounding). `q` is
/// 0 x 0 unless calc_q. Order 2 or less: H = a and Q = I, as SciPy returns
/// them. a not square throws SCIPORT_ERR_DIMENSION_MISMATCH; NaN / Inf with
/// check_finite SCIPORT_ERR_INVALID_ARGUMENT. For overwrite_a call
/// hessenberg_into with h = a's view.
inline hessenberg_result hessenberg(const matview<const double> &a, bool calc_q = false,
                                    bool check_finite = true) {
    const std::size_t n = a.rows;
    hessenberg_result r{matrix(n, n), calc_q ? matrix(n, n) : matrix()};
    std::optional<matview<double>> q;
    if (calc_q) {
        q = r.q.view();
    }
    hessenberg_into(a, r.h.view(), q, check_finite);
    return r;
}

/// scipy.linalg.polar(a, side) into caller storage: `u` (m x n) and `p`
/// (n x n for "right", m x m for "left"), any strides. Wrong shapes throw
/// SCIPORT_ERR_DIMENSION_MISMATCH and write nothing.
inline void polar_into(const matview<const double> &a, const matview<double> &u,
                       const matview<double> &p, const std::string &side = "right") {
    auto ca = detail::to_c(a), cu = detail::to_c(u), cp = detail::to_c(p);
    checked([&](sciport_error **e) {
        return sciport_linalg_polar(&ca, side.c_str(), &cu, &cp, e);
    });
}

/// scipy.linalg.polar(a, side='right'): a = u p ("right") or a = p u ("left")
/// for a real m x n a, from its thin SVD: u (m x n) has orthonormal columns
/// (m >= n) or rows (m < n), p is symmetric positive semidefinite (n x n, or
/// m x m for "left"). Both are unique when a has full rank (then u is the
/// same for either side). Any other side (the empty string too, as SciPy)
/// throws SCIPORT_ERR_UNKNOWN_NAME; NaN / Inf SCIPORT_ERR_INVALID_ARGUMENT
/// (SciPy's svd checks them; polar has no check_finite).
inline polar_result polar(const matview<const double> &a, const std::string &side = "right") {
    const std::size_t m = a.rows, n = a.cols, pn = side == "left" ? m : n;
    polar_result r{matrix(m, n), matrix(pn, pn)};
    polar_into(a, r.u.view(), r.p.view(), side);
    return r;
}

// ------------------------------------------------- linalg: matrix functions
//
// scipy.linalg.expm. As above: a `matview<const double>` input, a
// `sciport::matrix` result, and an `_into` form writing into a caller view
// of the exact shape (any strides; it may be the input's own view).

/// scipy.linalg.expm(a) into caller storage: `expa` (n x n, any strides)
/// receives exp(a); it may be a's own view (computed in place). a not square
/// or a wrong `expa` shape throws SCIPORT_ERR_DIMENSION_MISMATCH and writes
/// nothing.
inline void expm_into(const matview<const double> &a, const matview<double> &expa) {
    detail::expm_into_impl<double>(a, expa);
}

/// scipy.linalg.expm(a): the matrix exponential of a real n x n a, by
/// scaling and squaring with Al-Mohy and Higham's (2009) Pade degree and
/// scaling, SciPy's algorithm (a triangular a keeps its triangle, exactly
/// zero outside it, with exact exponentials on the diagonal; a diagonal a is
/// exponentiated entrywise). A 0 x 0 a gives 0 x 0. SciPy has no
/// check_finite here, and neither does this: NaN / Inf in a is no error but
/// gives NaN wherever the result can be nonzero, as SciPy's result. a not
/// square throws SCIPORT_ERR_DIMENSION_MISMATCH.
inline matrix expm(const matview<const double> &a) {
    return detail::expm_impl<double>(a);
}

/// scipy.linalg.expm of a complex a into `expa` (n x n, any strides; may be
/// a's own view).
inline void expm_into(const matview<const complex> &a, const matview<complex> &expa) {
    detail::expm_into_impl<complex>(a, expa);
}

/// scipy.linalg.expm(a) of a complex n x n a (SciPy's algorithm, as the real
/// expm; NaN / Inf give NaN, no error). a not square throws
/// SCIPORT_ERR_DIMENSION_MISMATCH.
inline cmatrix expm(const matview<const complex> &a) {
    return detail::expm_impl<complex>(a);
}

// --------------------------- linalg: Schur form, matrix equations, sqrtm, logm
//
// scipy.linalg.schur, solve_sylvester, solve_continuous_lyapunov,
// solve_discrete_lyapunov, solve_continuous_are, solve_discrete_are, sqrtm
// and logm. Inputs are views (any strides), results `sciport::matrix` /
// `cmatrix` or structs; `..._into` forms write into caller views of the
// exact shape. SciPy's warnings come back as fields (`perturbed`,
// `warning`). Errors throw sciport::error with the C status and message
// (an unknown sort / method name: SCIPORT_ERR_UNKNOWN_NAME).

/// scipy.linalg.schur's (t, z, sdim): a = z t z^T (real, T = double) or
/// a = z t z^H (complex, T = complex).
template <class T> struct basic_schur_result {
    /// n x n: quasi-upper triangular (real: 1 x 1 and 2 x 2 blocks) or upper
    /// triangular (complex: the eigenvalues on the diagonal).
    basic_matrix<T> t;
    /// n x n: orthogonal (real) or unitary (complex) Schur vectors.
    basic_matrix<T> z;
    /// With sort, how many eigenvalues satisfy it (they come first; a real
    /// form's conjugate pair counts two); 0 without sort (SciPy returns no sdim).
    std::size_t sdim = 0;
};

/// The real Schur form of a real matrix.
using schur_result = basic_schur_result<double>;
/// The complex Schur form (of a complex matrix, or of a real one by schur_complex).
using cschur_result = basic_schur_result<complex>;

/// solve_sylvester / solve_continuous_lyapunov's x and SciPy's warning flag.
struct matrix_equation_result {
    /// The solution.
    matrix x;
    /// The equation was (nearly) singular and LAPACK perturbed it: x may be
    /// inaccurate (solve_continuous_lyapunov: SciPy's RuntimeWarning;
    /// solve_sylvester: SciPy returns x silently).
    bool perturbed = false;
};

/// scipy.linalg.sqrtm's root with SciPy's return type and LinAlgWarning.
struct sqrtm_result {
    /// The principal square root (n x n), always complex here.
    cmatrix x;
    /// SciPy returns a real array (real input without real negative
    /// eigenvalues): every imaginary part of x is exactly 0 and real() is
    /// the root SciPy returns. Always false for complex input.
    bool is_real = false;
    /// SciPy's LinAlgWarning: SCIPORT_MATFUNC_SINGULAR (an eigenvalue is 0),
    /// SCIPORT_MATFUNC_ILL_CONDITIONED (inaccurate, or no root exists), else
    /// SCIPORT_MATFUNC_OK. x is returned either way.
    sciport_matfunc_warning warning = SCIPORT_MATFUNC_OK;

    /// The real parts of x: SciPy's real result when is_real.
    matrix real() const { return detail::real_parts(x); }
};

/// scipy.linalg.logm(a, disp=False)'s (logm, errest) with SciPy's return
/// type and LogmRankWarning.
struct logm_result {
    /// The principal logarithm (n x n, expm(x) = a), always complex here.
    cmatrix x;
    /// SciPy returns a real array (real input without real negative
    /// eigenvalues): every imaginary part of x is exactly 0 and real() is
    /// the logarithm SciPy returns. Always false for complex input.
    bool is_real = false;
    /// SciPy's error estimate ||expm(x) - a||_1 / ||a||_1 (infinite for
    /// a = 0, 0 for a 0 x 0 a). SciPy's disp=True prints "logm result may
    /// be inaccurate, approximate err = <errest>" when it is not below
    /// 1000 eps (or is not finite): see inaccurate().
    double errest = 0.0;
    /// SciPy's LogmRankWarning: SCIPORT_LOGM_EXACTLY_SINGULAR ("The logm
    /// input matrix is exactly singular."), SCIPORT_LOGM_NEARLY_SINGULAR
    /// ("The logm input matrix may be nearly singular."), else
    /// SCIPORT_LOGM_OK. x is returned either way.
    sciport_logm_warning warning = SCIPORT_LOGM_OK;

    /// The real parts of x: SciPy's real result when is_real.
    matrix real() const { return detail::real_parts(x); }
    /// SciPy's "logm result may be inaccurate" rule: !(errest < 1000 eps).
    bool inaccurate() const { return !(errest < 1000 * std::numeric_limits<double>::epsilon()); }
};

/// scipy.linalg.schur(a, output='real', sort, check_finite) into caller
/// storage: `t` and `z` (n x n, any strides; z std::nullopt = not wanted);
/// returns sdim (0 without sort). sort empty = None, else "lhp", "rhp",
/// "iuc" or "ouc".
inline std::size_t schur_into(const matview<const double> &a, const matview<double> &t,
                              const std::optional<matview<double>> &z,
                              const std::string &sort = "", bool check_finite = true) {
    sciport_mat zslot{};
    const sciport_mat *cz = detail::opt_c(z, zslot);
    auto ca = detail::to_c(a), ct = detail::to_c(t);
    std::size_t sdim = 0;
    checked([&](sciport_error **e) {
        return sciport_linalg_schur(&ca, detail::c_str_or_null(sort), check_finite, &ct, cz,
                                    &sdim, e);
    });
    return sdim;
}

/// scipy.linalg.schur(a, output='complex', sort, check_finite) of a complex
/// a into caller storage, as the real schur_into (each eigenvalue counts one
/// in sdim).
inline std::size_t schur_into(const matview<const complex> &a, const matview<complex> &t,
                              const std::optional<matview<complex>> &z,
                              const std::string &sort = "", bool check_finite = true) {
    sciport_cmat zslot{};
    const sciport_cmat *cz = detail::opt_c(z, zslot);
    auto ca = detail::to_c(a), ct = detail::to_c(t);
    std::size_t sdim = 0;
    checked([&](sciport_error **e) {
        return sciport_linalg_schur_complex(&ca, detail::c_str_or_null(sort), check_finite, &ct,
                                            cz, &sdim, e);
    });
    return sdim;
}

/// scipy.linalg.schur(a, output='real', sort=None, check_finite=True) of a
/// real n x n a: (t, z, sdim) with a = z t z^T, t quasi-upper triangular
/// (2 x 2 blocks for conjugate pairs). sort "lhp" (Re w < 0), "rhp"
/// (Re w >= 0), "iuc" (|w| <= 1), "ouc" (|w| > 1) puts the selected
/// eigenvalues first. The form is not unique (order of unsorted
/// eigenvalues, signs of z's columns). NaN / Inf throw
/// SCIPORT_ERR_INVALID_ARGUMENT even with check_finite = false; a not
/// square SCIPORT_ERR_DIMENSION_MISMATCH; an unknown sort SCIPORT_ERR_UNKNOWN_NAME.
inline schur_result schur(const matview<const double> &a, const std::string &sort = "",
                          bool check_finite = true) {
    schur_result r{matrix(a.rows, a.cols), matrix(a.rows, a.cols), 0};
    r.sdim = schur_into(a, r.t.view(), r.z.view(), sort, check_finite);
    return r;
}

/// scipy.linalg.schur(a, output='complex', sort=None, check_finite=True) of a
/// complex n x n a: a = z t z^H, t upper triangular; errors as the real schur.
inline cschur_result schur(const matview<const complex> &a, const std::string &sort = "",
                           bool check_finite = true) {
    cschur_result r{cmatrix(a.rows, a.cols), cmatrix(a.rows, a.cols), 0};
    r.sdim = schur_into(a, r.t.view(), r.z.view(), sort, check_finite);
    return r;
}

/// scipy.linalg.schur(a, output='complex', sort, check_finite) of a real a:
/// a is converted to complex and given to the complex schur, as SciPy does.
inline cschur_result schur_complex(const matview<const double> &a, const std::string &sort = "",
                                   bool check_finite = true) {
    cmatrix ac(a.rows, a.cols);
    for (std::size_t i = 0; i < a.rows; ++i) {
        for (std::size_t j = 0; j < a.cols; ++j) {
            ac(i, j) = a(i, j);
        }
    }
    return schur(ac, sort, check_finite);
}

/// scipy.linalg.solve_sylvester(a, b, q) into `x` (m x n, any strides);
/// returns the `perturbed` flag (a and -b have nearly common eigenvalues).
inline bool solve_sylvester_into(const matview<const double> &a, const matview<const double> &b,
                                 const matview<const double> &q, const matview<double> &x) {
    auto ca = detail::to_c(a), cb = detail::to_c(b), cq = detail::to_c(q), cx = detail::to_c(x);
    bool perturbed = false;
    checked([&](sciport_error **e) {
        return sciport_linalg_solve_sylvester(&ca, &cb, &cq, &cx, &perturbed, e);
    });
    return perturbed;
}

/// scipy.linalg.solve_sylvester(a, b, q): x (m x n) with a x + x b = q for
/// real a (m x m), b (n x n), q (m x n) by Bartels-Stewart. `perturbed` is
/// set when a and -b have (nearly) common eigenvalues and x is unreliable
/// (SciPy says nothing then). NaN / Inf throw SCIPORT_ERR_INVALID_ARGUMENT;
/// wrong shapes SCIPORT_ERR_DIMENSION_MISMATCH.
inline matrix_equation_result solve_sylvester(const matview<const double> &a,
                                              const matview<const double> &b,
                                              const matview<const double> &q) {
    matrix_equation_result r{matrix(q.rows, q.cols), false};
    r.perturbed = solve_sylvester_into(a, b, q, r.x.view());
    return r;
}

/// scipy.linalg.solve_continuous_lyapunov(a, q) into `x` (n x n, any
/// strides); returns the `perturbed` flag (SciPy's RuntimeWarning).
inline bool solve_continuous_lyapunov_into(const matview<const double> &a,
                                           const matview<const double> &q,
                                           const matview<double> &x) {
    auto ca = detail::to_c(a), cq = detail::to_c(q), cx = detail::to_c(x);
    bool perturbed = false;
    checked([&](sciport_error **e) {
        return sciport_linalg_solve_continuous_lyapunov(&ca, &cq, &cx, &perturbed, e);
    });
    return perturbed;
}

/// scipy.linalg.solve_continuous_lyapunov(a, q): x with a x + x a^T = q for
/// real n x n a, q. `perturbed` is SciPy's RuntimeWarning (eigenvalues of a
/// summing to nearly zero: x from perturbed coefficients). Errors as
/// solve_sylvester's.
inline matrix_equation_result solve_continuous_lyapunov(const matview<const double> &a,
                                                        const matview<const double> &q) {
    matrix_equation_result r{matrix(q.rows, q.cols), false};
    r.perturbed = solve_continuous_lyapunov_into(a, q, r.x.view());
    return r;
}

/// scipy.linalg.solve_discrete_lyapunov(a, q, method) into `x` (n x n, any strides).
inline void solve_discrete_lyapunov_into(const matview<const double> &a,
                                         const matview<const double> &q, const matview<double> &x,
                                         const std::string &method = "") {
    auto ca = detail::to_c(a), cq = detail::to_c(q), cx = detail::to_c(x);
    checked([&](sciport_error **e) {
        return sciport_linalg_solve_discrete_lyapunov(&ca, &cq, detail::c_str_or_null(method),
                                                      &cx, e);
    });
}

/// scipy.linalg.solve_discrete_lyapunov(a, q, method=None): x with
/// a x a^T - x + q = 0 for real n x n a, q. method empty = None ("direct"
/// below n = 10, else "bilinear"), "direct" or "bilinear" (case-insensitive);
/// another name throws SCIPORT_ERR_UNKNOWN_NAME, a singular system
/// SCIPORT_ERR_SINGULAR.
inline matrix solve_discrete_lyapunov(const matview<const double> &a,
                                      const matview<const double> &q,
                                      const std::string &method = "") {
    matrix x(q.rows, q.cols);
    solve_discrete_lyapunov_into(a, q, x.view(), method);
    return x;
}

/// scipy.linalg.solve_continuous_are(a, b, q, r, e, s, balanced) into `x`
/// (m x m, any strides); e, s std::nullopt = None.
inline void solve_continuous_are_into(const matview<const double> &a,
                                      const matview<const double> &b,
                                      const matview<const double> &q,
                                      const matview<const double> &r, const matview<double> &x,
                                      const std::optional<matview<const double>> &e = std::nullopt,
                                      const std::optional<matview<const double>> &s = std::nullopt,
                                      bool balanced = true) {
    sciport_mat eslot{}, sslot{};
    auto ca = detail::to_c(a), cb = detail::to_c(b), cq = detail::to_c(q), cr = detail::to_c(r);
    auto cx = detail::to_c(x);
    const sciport_mat *ce = detail::opt_c(e, eslot), *cs = detail::opt_c(s, sslot);
    checked([&](sciport_error **err) {
        return sciport_linalg_solve_continuous_are(&ca, &cb, &cq, &cr, ce, cs, balanced, &cx,
                                                   err);
    });
}

/// scipy.linalg.solve_continuous_are(a, b, q, r, e=None, s=None,
/// balanced=True): the stabilizing solution x (m x m) of
/// a^T x e + e^T x a - (e^T x b + s) r^-1 (b^T x e + s^T) + q = 0 (a m x m,
/// b m x n, q m x m symmetric, r n x n symmetric nonsingular, e m x m, s
/// m x n). Bad shapes throw SCIPORT_ERR_DIMENSION_MISMATCH; NaN / Inf, a
/// non-symmetric q / r or a singular r / e SCIPORT_ERR_INVALID_ARGUMENT; no
/// stabilizing solution SCIPORT_ERR_SINGULAR (SciPy's messages).
inline matrix solve_continuous_are(const matview<const double> &a, const matview<const double> &b,
                                   const matview<const double> &q, const matview<const double> &r,
                                   const std::optional<matview<const double>> &e = std::nullopt,
                                   const std::optional<matview<const double>> &s = std::nullopt,
                                   bool balanced = true) {
    matrix x(a.rows, a.rows);
    solve_continuous_are_into(a, b, q, r, x.view(), e, s, balanced);
    return x;
}

/// scipy.linalg.solve_discrete_are(a, b, q, r, e, s, balanced) into `x`
/// (m x m, any strides); e, s std::nullopt = None.
inline void solve_discrete_are_into(const matview<const double> &a,
                                    const matview<const double> &b,
                                    const matview<const double> &q,
                                    const matview<const double> &r, const matview<double> &x,
                                    const std::optional<matview<const double>> &e = std::nullopt,
                                    const std::optional<matview<const double>> &s = std::nullopt,
                                    bool balanced = true) {
    sciport_mat eslot{}, sslot{};
    auto ca = detail::to_c(a), cb = detail::to_c(b), cq = detail::to_c(q), cr = detail::to_c(r);
    auto cx = detail::to_c(x);
    const sciport_mat *ce = detail::opt_c(e, eslot), *cs = detail::opt_c(s, sslot);
    checked([&](sciport_error **err) {
        return sciport_linalg_solve_discrete_are(&ca, &cb, &cq, &cr, ce, cs, balanced, &cx, err);
    });
}

/// scipy.linalg.solve_discrete_are(a, b, q, r, e=None, s=None, balanced=True):
/// the stabilizing solution x (m x m) of a^T x a - e^T x e - (a^T x b + s)
/// (r + b^T x b)^-1 (b^T x a + s^T) + q = 0; shapes and errors as
/// solve_continuous_are (r may be singular here).
inline matrix solve_discrete_are(const matview<const double> &a, const matview<const double> &b,
                                 const matview<const double> &q, const matview<const double> &r,
                                 const std::optional<matview<const double>> &e = std::nullopt,
                                 const std::optional<matview<const double>> &s = std::nullopt,
                                 bool balanced = true) {
    matrix x(a.rows, a.rows);
    solve_discrete_are_into(a, b, q, r, x.view(), e, s, balanced);
    return x;
}

/// scipy.linalg.sqrtm(a) of a real a into the complex `root` (n x n, any
/// strides); returns SciPy's LinAlgWarning, `is_real` receives whether SciPy
/// returns a real array (the imaginary parts written are then exactly 0).
inline sciport_matfunc_warning sqrtm_into(const matview<const double> &a,
                                          const matview<complex> &root, bool &is_real) {
    auto ca = detail::to_c(a);
    auto cx = detail::to_c(root);
    sciport_matfunc_warning w = SCIPORT_MATFUNC_OK;
    bool real = false;
    checked([&](sciport_error **e) { return sciport_linalg_sqrtm(&ca, &cx, &real, &w, e); });
    is_real = real;
    return w;
}

/// scipy.linalg.sqrtm(a) of a complex a into `root` (n x n, any strides);
/// returns SciPy's LinAlgWarning.
inline sciport_matfunc_warning sqrtm_into(const matview<const complex> &a,
                                          const matview<complex> &root) {
    auto ca = detail::to_c(a), cx = detail::to_c(root);
    sciport_matfunc_warning w = SCIPORT_MATFUNC_OK;
    checked([&](sciport_error **e) { return sciport_linalg_sqrtm_complex(&ca, &cx, &w, e); });
    return w;
}

/// scipy.linalg.sqrtm(a) of a real n x n a: the principal square root
/// (x @ x = a) by SciPy's Schur method. SciPy's return type is reported by
/// is_real (then result.real() is SciPy's real array; otherwise an
/// eigenvalue is real and negative and the root is complex); its
/// LinAlgWarning by `warning` (the root has infinities / NaNs where SciPy's
/// has them). NaN / Inf in a are no error, as in SciPy: the root is all NaN
/// (is_real true) unless a already is in real Schur form, where they
/// propagate as in SciPy. a not square throws SCIPORT_ERR_DIMENSION_MISMATCH.
inline sqrtm_result sqrtm(const matview<const double> &a) {
    sqrtm_result r{cmatrix(a.rows, a.cols), false, SCIPORT_MATFUNC_OK};
    r.warning = sqrtm_into(a, r.x.view(), r.is_real);
    return r;
}

/// scipy.linalg.sqrtm(a) of a complex n x n a: the principal square root
/// (is_real false); warning as the real sqrtm. NaN / Inf throw
/// SCIPORT_ERR_INVALID_ARGUMENT unless a is upper triangular (then they
/// propagate, as SciPy's); a not square SCIPORT_ERR_DIMENSION_MISMATCH.
inline sqrtm_result sqrtm(const matview<const complex> &a) {
    sqrtm_result r{cmatrix(a.rows, a.cols), false, SCIPORT_MATFUNC_OK};
    r.warning = sqrtm_into(a, r.x.view());
    return r;
}

/// scipy.linalg.logm(a, disp=False) of a real a into the complex `x` (n x
/// n, any strides); returns SciPy's LogmRankWarning, `is_real` receives
/// whether SciPy returns a real array (the imaginary parts written are then
/// exactly 0) and `errest` SciPy's error estimate (see logm_result).
inline sciport_logm_warning logm_into(const matview<const double> &a, const matview<complex> &x,
                                      bool &is_real, double &errest) {
    auto ca = detail::to_c(a);
    auto cx = detail::to_c(x);
    sciport_logm_warning w = SCIPORT_LOGM_OK;
    checked([&](sciport_error **e) { return sciport_linalg_logm(&ca, &cx, &is_real, &errest, &w, e); });
    return w;
}

/// scipy.linalg.logm(a, disp=False) of a complex a into `x` (n x n, any
/// strides); returns SciPy's LogmRankWarning, `errest` receives SciPy's
/// error estimate.
inline sciport_logm_warning logm_into(const matview<const complex> &a, const matview<complex> &x,
                                      double &errest) {
    auto ca = detail::to_c(a), cx = detail::to_c(x);
    sciport_logm_warning w = SCIPORT_LOGM_OK;
    checked([&](sciport_error **e) { return sciport_linalg_logm_complex(&ca, &cx, &errest, &w, e); });
    return w;
}

/// scipy.linalg.logm(a, disp=False) of a real n x n a: the principal
/// logarithm (expm(x) = a) by inverse scaling and squaring on the Schur
/// form, as SciPy. SciPy's return type is reported by is_real (then
/// result.real() is SciPy's real array; otherwise an eigenvalue is real and
/// negative and the logarithm is complex), its error estimate by errest and
/// its LogmRankWarning by `warning`. a not square throws
/// SCIPORT_ERR_DIMENSION_MISMATCH, NaN / Inf SCIPORT_ERR_INVALID_ARGUMENT.
inline logm_result logm(const matview<const double> &a) {
    logm_result r{cmatrix(a.rows, a.cols), false, 0.0, SCIPORT_LOGM_OK};
    r.warning = logm_into(a, r.x.view(), r.is_real, r.errest);
    return r;
}

/// scipy.linalg.logm(a, disp=False) of a complex n x n a: the principal
/// logarithm (is_real false); errest, warning and errors as the real logm.
inline logm_result logm(const matview<const complex> &a) {
    logm_result r{cmatrix(a.rows, a.cols), false, 0.0, SCIPORT_LOGM_OK};
    r.warning = logm_into(a, r.x.view(), r.errest);
    return r;
}

// ------------------------------------------- linalg: orthogonal factorizations
//
// qr (modes "full"/"qr", "economic", "r"; "raw" is qr_raw), rq, lstsq, pinv,
// matrix_rank, null_space, orth and the matrix / vector norms. As above:
// `matview<const double>` inputs, `sciport::matrix` results or structs with
// SciPy's names, `..._into` forms writing into caller views of the exact
// shape; optional outputs are `std::optional<matview<double>>` (nullopt = not
// wanted). SciPy's None for a float keyword is `std::nullopt` (the C API's
// NaN; a NaN passed explicitly also means None). Errors throw sciport::error
// with the C function's status and message (an unknown mode or ord:
// SCIPORT_ERR_UNKNOWN_NAME; mode "raw" given to qr: SCIPORT_ERR_INVALID_ARGUMENT
// naming qr_raw).

/// scipy.linalg.qr's (Q, R) or (Q, R, P); T double or complex.
template <class T> struct basic_qr_result {
    /// Q: m x m ("full"), m x k ("economic"; k = min(m, n)), 0 x 0 for mode "r".
    basic_matrix<T> q;
    /// R: m x n ("full", "r") or k x n ("economic"), upper trapezoidal.
    basic_matrix<T> r;
    /// With pivoting, the 0-based column order (a[:, p] = Q R, n entries); else empty.
    std::vector<std::int64_t> p;
};

/// qr of a real matrix.
using qr_result = basic_qr_result<double>;
/// qr of a complex matrix (Q unitary).
using cqr_result = basic_qr_result<complex>;

/// scipy.linalg.qr(a, mode='raw')'s ((h, tau), R) or ((h, tau), R, P).
struct qr_raw_result {
    /// m x n: R on and above the diagonal, the Householder vectors below (unit
    /// leading entry implied), as LAPACK geqrf / geqp3 leave them.
    matrix h;
    /// The k = min(m, n) scalars of H_i = I - tau[i] v_i v_i^T, Q = H_0 ... H_{k-1}.
    std::vector<double> tau;
    /// R, k x n.
    matrix r;
    /// With pivoting, the 0-based column order (n entries); else empty.
    std::vector<std::int64_t> p;
};

/// scipy.linalg.rq's (R, Q), a = R Q.
struct rq_result {
    /// R: m x n ("full", "r") or m x k ("economic"), upper trapezoidal.
    matrix r;
    /// Q: n x n ("full") or k x n ("economic"); 0 x 0 for mode "r".
    matrix q;
};

/// scipy.linalg.lstsq's (x, residues, rank, s).
struct lstsq_result {
    /// The minimum-norm solution, n x nrhs.
    matrix x;
    /// Squared residual norm of each column of b (nrhs entries) when m > n, the
    /// rank is n and the driver is not "gelsy"; else empty, as SciPy's empty array.
    std::vector<double> residues;
    /// Effective rank of a.
    std::size_t rank = 0;
    /// The min(m, n) singular values of a, descending (also filled for "gelsy",
    /// where SciPy returns None).
    std::vector<double> s;
};

/// scipy.linalg.lstsq of a 1-D b: x a vector; residues has 1 entry (SciPy's
/// scalar) or none (SciPy's empty array).
struct lstsq_vector_result {
    /// The minimum-norm solution, n entries.
    std::vector<double> x;
    /// The squared residual norm (one entry) or empty; see lstsq_result.
    std::vector<double> residues;
    /// Effective rank of a.
    std::size_t rank = 0;
    /// The min(m, n) singular values of a, descending.
    std::vector<double> s;
};

/// scipy.linalg.pinv(a, return_rank=True)'s (B, rank).
struct pinv_result {
    /// The n x m pseudo-inverse.
    matrix b;
    /// The number of singular values kept.
    std::size_t rank = 0;
};

namespace detail {

/// The C view of an optional output (NULL when not wanted).
inline const sciport_mat *opt_out(const std::optional<matview<double>> &v, sciport_mat &slot) noexcept {
    if (!v) {
        return nullptr;
    }
    slot = to_c(*v);
    return &slot;
}

/// The leading `ncols` columns of `full` (moved when that is all of them).
inline matrix leading_columns(matrix full, std::size_t ncols) {
    if (ncols == full.cols()) {
        return full;
    }
    return matrix(full.view().block(0, 0, full.rows(), ncols));
}

/// A matrix ord as the C API spells it ("1", "-1", "2", "-2", "inf", "-inf";
/// other values pass through, so the library reports them as unknown).
inline std::string ord_name(double ord) {
    if (std::isinf(ord)) {
        return ord > 0 ? "inf" : "-inf";
    }
    if (std::abs(ord) < 1e15 && ord == std::trunc(ord)) {
        return std::to_string(static_cast<long long>(ord));
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", ord);
    return buf;
}

} // namespace detail

namespace detail {

template <class T>
void qr_into_impl(const matview<const T> &a, const std::optional<matview<T>> &q,
                  const matview<T> &r, std::vector<std::int64_t> &p, const std::string &mode,
                  bool pivoting, bool check_finite) {
    p.assign(pivoting ? a.cols : 0, 0);
    decltype(to_c(r)) qslot{};
    const auto *cq = opt_c(q, qslot);
    auto ca = to_c(a), cr = to_c(r);
    checked([&](sciport_error **e) {
        return linalg_fns<T>::qr(&ca, c_str_or_null(mode), pivoting, check_finite, cq, &cr,
                                 pivoting ? p.data() : nullptr, p.size(), e);
    });
}

template <class T>
basic_qr_result<T> qr_impl(const matview<const T> &a, const std::string &mode, bool pivoting,
                           bool check_finite) {
    const std::size_t m = a.rows, n = a.cols, k = std::min(m, n);
    const bool economic = mode == "economic", r_only = mode == "r";
    basic_qr_result<T> res{r_only ? basic_matrix<T>() : basic_matrix<T>(m, economic ? k : m),
                           basic_matrix<T>(economic ? k : m, n), {}};
    std::optional<matview<T>> q;
    if (!r_only) {
        q = res.q.view();
    }
    qr_into_impl<T>(a, q, res.r.view(), res.p, mode, pivoting, check_finite);
    return res;
}

} // namespace detail

/// scipy.linalg.qr(a, mode, pivoting, check_finite) into caller storage: `q`
/// (m x m for "full"/"qr", m x k for "economic"; std::nullopt for mode "r"),
/// `r` (m x n, or k x n for "economic"), any strides; `p` is resized to n with
/// pivoting (a[:, p] = Q R), emptied without. Q and R equal SciPy's (LAPACK's
/// Householder conventions) to rounding. Mode "raw" is qr_raw_into.
inline void qr_into(const matview<const double> &a, const std::optional<matview<double>> &q,
                    const matview<double> &r, std::vector<std::int64_t> &p,
                    const std::string &mode = "full", bool pivoting = false,
                    bool check_finite = true) {
    detail::qr_into_impl<double>(a, q, r, p, mode, pivoting, check_finite);
}

/// scipy.linalg.qr(a, mode='full', pivoting=False, check_finite=True): a = Q R
/// (a[:, p] = Q R with pivoting). Modes "full" (also "qr"), "economic" and "r"
/// (q is then 0 x 0); for "raw" call qr_raw.
inline qr_result qr(const matview<const double> &a, const std::string &mode = "full",
                    bool pivoting = false, bool check_finite = true) {
    return detail::qr_impl<double>(a, mode, pivoting, check_finite);
}

/// scipy.linalg.qr of a complex a into caller storage, as the real qr_into
/// (Q unitary).
inline void qr_into(const matview<const complex> &a, const std::optional<matview<complex>> &q,
                    const matview<complex> &r, std::vector<std::int64_t> &p,
                    const std::string &mode = "full", bool pivoting = false,
                    bool check_finite = true) {
    detail::qr_into_impl<complex>(a, q, r, p, mode, pivoting, check_finite);
}

/// scipy.linalg.qr(a, mode='full', pivoting=False, check_finite=True) of a
/// complex a: modes "full" (also "qr"), "economic", "r" as the real qr.
inline cqr_result qr(const matview<const complex> &a, const std::string &mode = "full",
                     bool pivoting = false, bool check_finite = true) {
    return detail::qr_impl<complex>(a, mode, pivoting, check_finite);
}

/// scipy.linalg.qr(a, mode='raw', pivoting, check_finite) into caller storage:
/// `h` (m x n) receives geqrf's (geqp3's) packed output, `tau` is resized to
/// k = min(m, n), `r` (k x n, or std::nullopt) receives R, `p` as in qr_into.
inline void qr_raw_into(const matview<const double> &a, const matview<double> &h,
                        std::vector<double> &tau, const std::optional<matview<double>> &r,
                        std::vector<std::int64_t> &p, bool pivoting = false,
                        bool check_finite = true) {
    tau.assign(std::min(a.rows, a.cols), 0.0);
    p.assign(pivoting ? a.cols : 0, 0);
    sciport_mat rslot{};
    const sciport_mat *cr = detail::opt_out(r, rslot);
    auto ca = detail::to_c(a), ch = detail::to_c(h);
    checked([&](sciport_error **e) {
        return sciport_linalg_qr_raw(&ca, pivoting, check_finite, &ch, tau.data(), tau.size(), cr,
                                     pivoting ? p.data() : nullptr, p.size(), e);
    });
}

/// scipy.linalg.qr(a, mode='raw', pivoting=False, check_finite=True): LAPACK's
/// packed Householder form ((h, tau), R[, P]).
inline qr_raw_result qr_raw(const matview<const double> &a, bool pivoting = false,
                            bool check_finite = true) {
    const std::size_t m = a.rows, n = a.cols, k = std::min(m, n);
    qr_raw_result res{matrix(m, n), {}, matrix(k, n), {}};
    qr_raw_into(a, res.h.view(), res.tau, res.r.view(), res.p, pivoting, check_finite);
    return res;
}

/// scipy.linalg.rq(a, mode, check_finite) into caller storage: `r` (m x n, or
/// m x k for "economic"), `q` (n x n, or k x n for "economic"; std::nullopt
/// for mode "r"), any strides.
inline void rq_into(const matview<const double> &a, const matview<double> &r,
                    const std::optional<matview<double>> &q, const std::string &mode = "full",
                    bool check_finite = true) {
    sciport_mat qslot{};
    const sciport_mat *cq = detail::opt_out(q, qslot);
    auto ca = detail::to_c(a), cr = detail::to_c(r);
    checked([&](sciport_error **e) {
        return sciport_linalg_rq(&ca, detail::c_str_or_null(mode), check_finite, &cr, cq, e);
    });
}

/// scipy.linalg.rq(a, mode='full', check_finite=True): a = R Q with R upper
/// trapezoidal. Modes "full", "economic" and "r" (q is then 0 x 0).
inline rq_result rq(const matview<const double> &a, const std::string &mode = "full",
                    bool check_finite = true) {
    const std::size_t m = a.rows, n = a.cols, k = std::min(m, n);
    const bool economic = mode == "economic", r_only = mode == "r";
    rq_result res{matrix(m, economic ? k : n), r_only ? matrix() : matrix(economic ? k : n, n)};
    std::optional<matview<double>> q;
    if (!r_only) {
        q = res.q.view();
    }
    rq_into(a, res.r.view(), q, mode, check_finite);
    return res;
}

/// scipy.linalg.lstsq(a, b, cond, check_finite, lapack_driver) into caller
/// storage: `x` (n x nrhs, any strides); `residues` is resized to nrhs or 0
/// (see lstsq_result) and `s` to min(m, n). Returns the effective rank.
inline std::size_t lstsq_into(const matview<const double> &a, const matview<const double> &b,
                              const matview<double> &x, std::vector<double> &residues,
                              std::vector<double> &s, std::optional<double> cond = std::nullopt,
                              bool check_finite = true,
                              const std::string &lapack_driver = "gelsd") {
    residues.assign(b.cols, 0.0);
    s.assign(std::min(a.rows, a.cols), 0.0);
    std::size_t n_res = 0, rank = 0;
    auto ca = detail::to_c(a), cb = detail::to_c(b), cx = detail::to_c(x);
    checked([&](sciport_error **e) {
        return sciport_linalg_lstsq(&ca, &cb, detail::or_nan(cond), check_finite,
                                    detail::c_str_or_null(lapack_driver), &cx, residues.data(),
                                    residues.size(), &n_res, &rank, s.data(), s.size(), e);
    });
    residues.resize(n_res);
    return rank;
}

/// scipy.linalg.lstsq(a, b, cond=None, check_finite=True, lapack_driver='gelsd'):
/// the minimum-norm x minimising ||b - a x||_2 (a m x n, b m x nrhs);
/// singular values <= cond * s[0] count as zero (None: machine epsilon).
/// "gelss" and "gelsy" are accepted (solved the same way; see sciport_linalg_lstsq).
inline lstsq_result lstsq(const matview<const double> &a, const matview<const double> &b,
                          std::optional<double> cond = std::nullopt, bool check_finite = true,
                          const std::string &lapack_driver = "gelsd") {
    lstsq_result res{matrix(a.cols, b.cols), {}, 0, {}};
    res.rank = lstsq_into(a, b, res.x.view(), res.residues, res.s, cond, check_finite,
                          lapack_driver);
    return res;
}

/// scipy.linalg.lstsq with a 1-D b (m entries).
inline lstsq_vector_result lstsq(const matview<const double> &a, const std::vector<double> &b,
                                 std::optional<double> cond = std::nullopt,
                                 bool check_finite = true,
                                 const std::string &lapack_driver = "gelsd") {
    lstsq_vector_result res{std::vector<double>(a.cols), std::vector<double>(1), 0,
                            std::vector<double>(std::min(a.rows, a.cols))};
    std::size_t n_res = 0;
    auto ca = detail::to_c(a), cb = detail::column(b.data(), b.size());
    auto cx = detail::column(res.x.data(), res.x.size());
    checked([&](sciport_error **e) {
        return sciport_linalg_lstsq(&ca, &cb, detail::or_nan(cond), check_finite,
                                    detail::c_str_or_null(lapack_driver), &cx, res.residues.data(),
                                    res.residues.size(), &n_res, &res.rank, res.s.data(),
                                    res.s.size(), e);
    });
    res.residues.resize(n_res);
    return res;
}

/// scipy.linalg.pinv into `apinv` (n x m, any strides); returns the rank (the
/// number of singular values > atol + rtol * s_max kept).
inline std::size_t pinv_into(const matview<const double> &a, const matview<double> &apinv,
                             std::optional<double> atol = std::nullopt,
                             std::optional<double> rtol = std::nullopt,
                             bool check_finite = true) {
    std::size_t rank = 0;
    auto ca = detail::to_c(a), cp = detail::to_c(apinv);
    checked([&](sciport_error **e) {
        return sciport_linalg_pinv(&ca, detail::or_nan(atol), detail::or_nan(rtol), check_finite,
                                   &cp, &rank, e);
    });
    return rank;
}

/// scipy.linalg.pinv(a, atol=None, rtol=None, check_finite=True): the n x m
/// Moore-Penrose pseudo-inverse, keeping singular values > atol + rtol * s_max
/// (atol None: 0; rtol None: max(m, n) * eps). For return_rank=True use
/// pinv_with_rank.
inline matrix pinv(const matview<const double> &a, std::optional<double> atol = std::nullopt,
                   std::optional<double> rtol = std::nullopt, bool check_finite = true) {
    matrix b(a.cols, a.rows);
    pinv_into(a, b.view(), atol, rtol, check_finite);
    return b;
}

/// scipy.linalg.pinv(a, atol=None, rtol=None, return_rank=True, check_finite=True):
/// the pseudo-inverse and the rank.
inline pinv_result pinv_with_rank(const matview<const double> &a,
                                  std::optional<double> atol = std::nullopt,
                                  std::optional<double> rtol = std::nullopt,
                                  bool check_finite = true) {
    pinv_result res{matrix(a.cols, a.rows), 0};
    res.rank = pinv_into(a, res.b.view(), atol, rtol, check_finite);
    return res;
}

/// numpy.linalg.matrix_rank(a, tol=None): the number of singular values > tol
/// (None: s_max * max(m, n) * eps); check_finite rejects NaN/Inf.
inline std::size_t matrix_rank(const matview<const double> &a,
                               std::optional<double> tol = std::nullopt,
                               bool check_finite = true) {
    std::size_t rank = 0;
    auto ca = detail::to_c(a);
    checked([&](sciport_error **e) {
        return sciport_linalg_matrix_rank(&ca, detail::or_nan(tol), check_finite, &rank, e);
    });
    return rank;
}

/// scipy.linalg.null_space into the leading columns of `q` (n rows, at least
/// as many columns as the basis has; n always suffice; later columns are
/// untouched); returns the basis's column count.
inline std::size_t null_space_into(const matview<const double> &a, const matview<double> &q,
                                   std::optional<double> rcond = std::nullopt,
                                   bool check_finite = true) {
    std::size_t ncols = 0;
    auto ca = detail::to_c(a), cq = detail::to_c(q);
    checked([&](sciport_error **e) {
        return sciport_linalg_null_space(&ca, detail::or_nan(rcond), check_finite, &cq, &ncols,
                                         e);
    });
    return ncols;
}

/// scipy.linalg.null_space(a, rcond=None, check_finite=True): an n x (n - rank)
/// orthonormal basis of the null space (rank counts singular values >
/// rcond * s_max; None: max(m, n) * eps). Unique up to an orthogonal change
/// of basis (e.g. a column's sign).
inline matrix null_space(const matview<const double> &a,
                         std::optional<double> rcond = std::nullopt, bool check_finite = true) {
    matrix full(a.cols, a.cols);
    const std::size_t ncols = null_space_into(a, full.view(), rcond, check_finite);
    return detail::leading_columns(std::move(full), ncols);
}

/// scipy.linalg.orth into the leading columns of `q` (m rows; min(m, n)
/// columns always suffice); returns the basis's column count. NaN/Inf are
/// always rejected, as in SciPy.
inline std::size_t orth_into(const matview<const double> &a, const matview<double> &q,
                             std::optional<double> rcond = std::nullopt) {
    std::size_t ncols = 0;
    auto ca = detail::to_c(a), cq = detail::to_c(q);
    checked([&](sciport_error **e) {
        return sciport_linalg_orth(&ca, detail::or_nan(rcond), &cq, &ncols, e);
    });
    return ncols;
}

/// scipy.linalg.orth(a, rcond=None): an m x rank orthonormal basis of a's range
/// (rank as in null_space). Unique up to an orthogonal change of basis.
inline matrix orth(const matview<const double> &a, std::optional<double> rcond = std::nullopt) {
    matrix full(a.rows, std::min(a.rows, a.cols));
    const std::size_t ncols = orth_into(a, full.view(), rcond);
    return detail::leading_columns(std::move(full), ncols);
}

/// scipy.linalg.norm(a, ord='fro', check_finite=True) of a matrix: ord "fro"
/// (empty = None = "fro"), "nuc", "1", "-1", "2", "-2", "inf" or "-inf".
inline double norm(const matview<const double> &a, const std::string &ord = "fro",
                   bool check_finite = true) {
    double out = 0.0;
    auto ca = detail::to_c(a);
    checked([&](sciport_error **e) {
        return sciport_linalg_norm(&ca, detail::c_str_or_null(ord), check_finite, &out, e);
    });
    return out;
}

/// scipy.linalg.norm(a, ord) of a matrix with a numeric ord: 1, -1, 2, -2,
/// INFINITY or -INFINITY (others throw SCIPORT_ERR_UNKNOWN_NAME, as NumPy's
/// "Invalid norm order for matrices").
inline double norm(const matview<const double> &a, double ord, bool check_finite = true) {
    return norm(a, detail::ord_name(ord), check_finite);
}

/// scipy.linalg.norm(x, ord, check_finite) of a strided vector: element i is
/// data[i * stride] (a matrix row or column passes without a copy).
inline double vector_norm(const double *data, std::size_t len, std::ptrdiff_t stride = 1,
                          double ord = 2.0, bool check_finite = true) {
    double out = 0.0;
    sciport_vec cx{const_cast<double *>(data), len, stride};
    checked([&](sciport_error **e) {
        return sciport_linalg_vector_norm(&cx, ord, check_finite, &out, e);
    });
    return out;
}

/// scipy.linalg.norm(x, ord=2, check_finite=True) of a vector: ord 2, INFINITY
/// (max |x_i|), -INFINITY (min |x_i|), 0 (count of nonzeros) or any other p:
/// (sum |x_i|^p)^(1/p).
inline double norm(const std::vector<double> &x, double ord = 2.0, bool check_finite = true) {
    return vector_norm(x.data(), x.size(), 1, ord, check_finite);
}

#if __cplusplus >= 202002L
/// scipy.linalg.norm of a contiguous vector span (C++20); as norm(std::vector).
inline double norm(std::span<const double> x, double ord = 2.0, bool check_finite = true) {
    return vector_norm(x.data(), x.size(), 1, ord, check_finite);
}
#endif

// ------------------------------ linalg: structured solvers, special matrices
//
// solve_banded, solveh_banded, solve_toeplitz, solve_circulant and the
// builders toeplitz, circulant, hilbert, kron, block_diag. As above:
// `matview<const double>` inputs, `sciport::matrix` results, `..._into` forms
// writing into caller views of the exact shape, a `std::vector<double>` b
// overload returning a vector. The 1-D inputs c and r are `vecview`s: a
// `std::vector<double>` (or, in C++20, a `std::span<const double>`) converts
// implicitly, and any strided buffer passes as `{data, len, stride}`; SciPy's
// r=None is `std::nullopt`. SciPy's tol=None is `std::nullopt`. Errors throw
// sciport::error with the C function's status and message (a singular
// system: SCIPORT_ERR_SINGULAR; an unknown `singular`:
// SCIPORT_ERR_UNKNOWN_NAME).

/// A non-owning strided 1-D view of doubles: element i is data[i * stride]
/// (negative strides allowed; a matrix row or column passes without a copy).
/// It does not own the data: keep the viewed buffer alive while it is used.
struct vecview {
    /// Address of element 0 (may be null when len is 0).
    const double *data = nullptr;
    /// Number of elements.
    std::size_t len = 0;
    /// Step between elements, in elements.
    std::ptrdiff_t stride = 1;

    /// An empty view.
    vecview() = default;

    /// `len` elements starting at `data`, `stride` apart.
    vecview(const double *data_, std::size_t len_, std::ptrdiff_t stride_ = 1) noexcept
        : data(data_), len(len_), stride(stride_) {}

    /// A contiguous view of a vector (implicit: vectors pass wherever vecviews do).
    vecview(const std::vector<double> &v) noexcept : data(v.data()), len(v.size()), stride(1) {}

#if __cplusplus >= 202002L
    /// A contiguous view of a span (C++20).
    vecview(std::span<const double> s) noexcept : data(s.data()), len(s.size()), stride(1) {}
#endif

    /// Number of elements.
    std::size_t size() const noexcept { return len; }

    /// Element i (unchecked).
    const double &operator[](std::size_t i) const noexcept {
        return data[static_cast<std::ptrdiff_t>(i) * stride];
    }
};

namespace detail {

inline sciport_vec to_c(const vecview &v) noexcept {
    return {const_cast<double *>(v.data), v.len, v.stride};
}

/// The C view of an optional vector input (NULL = SciPy's None).
inline const sciport_vec *opt_in(const std::optional<vecview> &v, sciport_vec &slot) noexcept {
    if (!v) {
        return nullptr;
    }
    slot = to_c(*v);
    return &slot;
}

} // namespace detail

/// scipy.linalg.solve_banded((l, u), ab, b, check_finite) into `x` (b's
/// shape, any strides). `ab` is the (l + u + 1) x n diagonal-ordered band,
/// ab[u + i - j, j] == a[i, j] (its unused corners are not read).
inline void solve_banded_into(std::size_t l, std::size_t u, const matview<const double> &ab,
                              const matview<const double> &b, const matview<double> &x,
                              bool check_finite = true) {
    auto cab = detail::to_c(ab), cb = detail::to_c(b), cx = detail::to_c(x);
    checked([&](sciport_error **e) {
        return sciport_linalg_solve_banded(l, u, &cab, &cb, check_finite, &cx, e);
    });
}

/// scipy.linalg.solve_banded((l, u), ab, b, check_finite=True): solves a x = b
/// for the n x n band matrix a with l subdiagonals and u superdiagonals
/// stored in `ab` (see solve_banded_into); b n x k. A zero pivot throws
/// SCIPORT_ERR_SINGULAR ("singular matrix").
inline matrix solve_banded(std::size_t l, std::size_t u, const matview<const double> &ab,
                           const matview<const double> &b, bool check_finite = true) {
    matrix x(b.rows, b.cols);
    solve_banded_into(l, u, ab, b, x.view(), check_finite);
    return x;
}

/// scipy.linalg.solve_banded with a 1-D b (n entries).
inline std::vector<double> solve_banded(std::size_t l, std::size_t u,
                                        const matview<const double> &ab,
                                        const std::vector<double> &b, bool check_finite = true) {
    std::vector<double> x(b.size());
    auto cab = detail::to_c(ab), cb = detail::column(b.data(), b.size());
    auto cx = detail::column(x.data(), x.size());
    checked([&](sciport_error **e) {
        return sciport_linalg_solve_banded(l, u, &cab, &cb, check_finite, &cx, e);
    });
    return x;
}

/// scipy.linalg.solveh_banded(ab, b, lower, check_finite) into `x` (b's
/// shape, any strides). `ab` is (kd + 1) x n: upper form ab[kd + i - j, j] ==
/// a[i, j] (i <= j), lower form ab[i - j, j] == a[i, j] (i >= j).
inline void solveh_banded_into(const matview<const double> &ab, const matview<const double> &b,
                               const matview<double> &x, bool lower = false,
                               bool check_finite = true) {
    auto cab = detail::to_c(ab), cb = detail::to_c(b), cx = detail::to_c(x);
    checked([&](sciport_error **e) {
        return sciport_linalg_solveh_banded(&cab, &cb, lower, check_finite, &cx, e);
    });
}

/// scipy.linalg.solveh_banded(ab, b, lower=False, check_finite=True): solves
/// a x = b for the symmetric positive definite band matrix in `ab` (see
/// solveh_banded_into) by band Cholesky; b n x k. A matrix that is not
/// positive definite throws SCIPORT_ERR_SINGULAR ("<k>th leading minor not
/// positive definite").
inline matrix solveh_banded(const matview<const double> &ab, const matview<const double> &b,
                            bool lower = false, bool check_finite = true) {
    matrix x(b.rows, b.cols);
    solveh_banded_into(ab, b, x.view(), lower, check_finite);
    return x;
}

/// scipy.linalg.solveh_banded with a 1-D b (n entries).
inline std::vector<double> solveh_banded(const matview<const double> &ab,
                                         const std::vector<double> &b, bool lower = false,
                                         bool check_finite = true) {
    std::vector<double> x(b.size());
    auto cab = detail::to_c(ab), cb = detail::column(b.data(), b.size());
    auto cx = detail::column(x.data(), x.size());
    checked([&](sciport_error **e) {
        return sciport_linalg_solveh_banded(&cab, &cb, lower, check_finite, &cx, e);
    });
    return x;
}

/// scipy.linalg.solve_toeplitz((c, r), b, check_finite) into `x` (b's shape,
/// any strides); r = std::nullopt is SciPy's solve_toeplitz(c, b) (r = c).
inline void solve_toeplitz_into(const vecview &c, const std::optional<vecview> &r,
                                const matview<const double> &b, const matview<double> &x,
                                bool check_finite = true) {
    sciport_vec cc = detail::to_c(c), rslot{};
    const sciport_vec *cr = detail::opt_in(r, rslot);
    auto cb = detail::to_c(b), cx = detail::to_c(x);
    checked([&](sciport_error **e) {
        return sciport_linalg_solve_toeplitz(&cc, cr, &cb, check_finite, &cx, e);
    });
}

/// scipy.linalg.solve_toeplitz((c, r), b, check_finite=True): solves T x = b
/// for the Toeplitz matrix with first column c and first row r (r[0] ignored;
/// std::nullopt: r = c) by Levinson recursion; c, r and b's rows have the same
/// length n. Every leading principal minor must be nonsingular, else
/// SCIPORT_ERR_SINGULAR ("Singular principal minor").
inline matrix solve_toeplitz(const vecview &c, const std::optional<vecview> &r,
                             const matview<const double> &b, bool check_finite = true) {
    matrix x(b.rows, b.cols);
    solve_toeplitz_into(c, r, b, x.view(), check_finite);
    return x;
}

/// scipy.linalg.solve_toeplitz((c, r), b, check_finite=True) with a 1-D b.
inline std::vector<double> solve_toeplitz(const vecview &c, const std::optional<vecview> &r,
                                          const std::vector<double> &b,
                                          bool check_finite = true) {
    std::vector<double> x(b.size());
    sciport_vec cc = detail::to_c(c), rslot{};
    const sciport_vec *cr = detail::opt_in(r, rslot);
    auto cb = detail::column(b.data(), b.size()), cx = detail::column(x.data(), x.size());
    checked([&](sciport_error **e) {
        return sciport_linalg_solve_toeplitz(&cc, cr, &cb, check_finite, &cx, e);
    });
    return x;
}

/// scipy.linalg.solve_toeplitz(c, b, check_finite=True): the symmetric
/// Toeplitz system (r = c).
inline matrix solve_toeplitz(const vecview &c, const matview<const double> &b,
                             bool check_finite = true) {
    return solve_toeplitz(c, std::nullopt, b, check_finite);
}

/// scipy.linalg.solve_toeplitz(c, b, check_finite=True) with a 1-D b (r = c).
inline std::vector<double> solve_toeplitz(const vecview &c, const std::vector<double> &b,
                                          bool check_finite = true) {
    return solve_toeplitz(c, std::nullopt, b, check_finite);
}

/// scipy.linalg.solve_circulant(c, b, singular, tol) into `x` (b's shape,
/// any strides).
inline void solve_circulant_into(const vecview &c, const matview<const double> &b,
                                 const matview<double> &x, const std::string &singular = "raise",
                                 std::optional<double> tol = std::nullopt) {
    sciport_vec cc = detail::to_c(c);
    auto cb = detail::to_c(b), cx = detail::to_c(x);
    checked([&](sciport_error **e) {
        return sciport_linalg_solve_circulant(&cc, &cb, detail::c_str_or_null(singular),
                                              detail::or_nan(tol), &cx, e);
    });
}

/// scipy.linalg.solve_circulant(c, b, singular='raise', tol=None): solves
/// C x = b for the circulant matrix with first column c (n x n; b n x k) by
/// dividing by C's eigenvalues fft(c). An eigenvalue with |lambda| <= tol
/// (None: max |lambda| * n * eps) makes "raise" (or empty) throw
/// SCIPORT_ERR_SINGULAR ("near singular circulant matrix.") and "lstsq"
/// return the least-squares solution; another name throws
/// SCIPORT_ERR_UNKNOWN_NAME (SciPy treats any other value as "lstsq").
/// SciPy's caxis / baxis / outaxis batching is the caller's loop.
inline matrix solve_circulant(const vecview &c, const matview<const double> &b,
                              const std::string &singular = "raise",
                              std::optional<double> tol = std::nullopt) {
    matrix x(b.rows, b.cols);
    solve_circulant_into(c, b, x.view(), singular, tol);
    return x;
}

/// scipy.linalg.solve_circulant with a 1-D b (n entries).
inline std::vector<double> solve_circulant(const vecview &c, const std::vector<double> &b,
                                           const std::string &singular = "raise",
                                           std::optional<double> tol = std::nullopt) {
    std::vector<double> x(b.size());
    sciport_vec cc = detail::to_c(c);
    auto cb = detail::column(b.data(), b.size()), cx = detail::column(x.data(), x.size());
    checked([&](sciport_error **e) {
        return sciport_linalg_solve_circulant(&cc, &cb, detail::c_str_or_null(singular),
                                              detail::or_nan(tol), &cx, e);
    });
    return x;
}

/// scipy.linalg.toeplitz(c, r) into `out` (len(c) x len(r), or len(c) x
/// len(c) for r = std::nullopt; any strides).
inline void toeplitz_into(const vecview &c, const std::optional<vecview> &r,
                          const matview<double> &out) {
    sciport_vec cc = detail::to_c(c), rslot{};
    const sciport_vec *cr = detail::opt_in(r, rslot);
    auto co = detail::to_c(out);
    checked([&](sciport_error **e) { return sciport_linalg_toeplitz(&cc, cr, &co, e); });
}

/// scipy.linalg.toeplitz(c, r=None): the len(c) x len(r) Toeplitz matrix with
/// first column c and first row r (r[0] ignored: c[0] wins); std::nullopt is
/// SciPy's toeplitz(c) (r = c, square and symmetric).
inline matrix toeplitz(const vecview &c, const std::optional<vecview> &r = std::nullopt) {
    matrix out(c.len, r ? r->len : c.len);
    toeplitz_into(c, r, out.view());
    return out;
}

/// scipy.linalg.circulant(c) into `out` (n x n, any strides).
inline void circulant_into(const vecview &c, const matview<double> &out) {
    sciport_vec cc = detail::to_c(c);
    auto co = detail::to_c(out);
    checked([&](sciport_error **e) { return sciport_linalg_circulant(&cc, &co, e); });
}

/// scipy.linalg.circulant(c): the n x n circulant matrix with first column c
/// (column j is c rotated down by j).
inline matrix circulant(const vecview &c) {
    matrix out(c.len, c.len);
    circulant_into(c, out.view());
    return out;
}

/// scipy.linalg.hilbert(n) into `out` (n x n, any strides).
inline void hilbert_into(std::size_t n, const matview<double> &out) {
    auto co = detail::to_c(out);
    checked([&](sciport_error **e) { return sciport_linalg_hilbert(n, &co, e); });
}

/// scipy.linalg.hilbert(n): the n x n Hilbert matrix h[i, j] = 1 / (i + j + 1)
/// (0-based).
inline matrix hilbert(std::size_t n) {
    matrix out(n, n);
    hilbert_into(n, out.view());
    return out;
}

/// scipy.linalg.kron(a, b) into `out` ((ma mb) x (na nb), any strides).
inline void kron_into(const matview<const double> &a, const matview<const double> &b,
                      const matview<double> &out) {
    auto ca = detail::to_c(a), cb = detail::to_c(b), co = detail::to_c(out);
    checked([&](sciport_error **e) { return sciport_linalg_kron(&ca, &cb, &co, e); });
}

/// scipy.linalg.kron(a, b) (numpy.kron for 2-D inputs; SciPy 1.17 removed
/// scipy.linalg.kron): the (ma mb) x (na nb) Kronecker product, block (i, j)
/// = a[i, j] b. A shape or element count overflowing std::size_t throws
/// SCIPORT_ERR_DIMENSION_MISMATCH (the library's error) before anything is
/// allocated.
inline matrix kron(const matview<const double> &a, const matview<const double> &b) {
    const std::size_t limit = std::numeric_limits<std::size_t>::max();
    const bool rows_overflow = b.rows != 0 && a.rows > limit / b.rows;
    const bool cols_overflow = b.cols != 0 && a.cols > limit / b.cols;
    if (rows_overflow || cols_overflow ||
        (a.cols * b.cols != 0 && a.rows * b.rows > limit / (a.cols * b.cols))) {
        // the library reports an overflowing shape (or, for an element count
        // beyond size_t, the mismatching 0 x 0 output) with its own message
        kron_into(a, b, matview<double>());
        throw error(SCIPORT_ERR_DIMENSION_MISMATCH, "kron: the product's size overflows size_t");
    }
    matrix out(a.rows * b.rows, a.cols * b.cols);
    kron_into(a, b, out.view());
    return out;
}

/// scipy.linalg.block_diag(*blocks) into `out` (sum of rows x sum of columns,
/// or 1 x 0 for no blocks; any strides).
inline void block_diag_into(const std::vector<matview<const double>> &blocks,
                            const matview<double> &out) {
    std::vector<sciport_mat> cblocks;
    cblocks.reserve(blocks.size());
    for (const auto &blk : blocks) {
        cblocks.push_back(detail::to_c(blk));
    }
    auto co = detail::to_c(out);
    checked([&](sciport_error **e) {
        return sciport_linalg_block_diag(cblocks.empty() ? nullptr : cblocks.data(),
                                         cblocks.size(), &co, e);
    });
}

/// scipy.linalg.block_diag(*blocks): the blocks on the diagonal, zeros
/// elsewhere: `sciport::block_diag({a, b, c})`. Blocks with zero rows or
/// columns shift the following ones, as in SciPy; no blocks give SciPy's
/// 1 x 0 result; a 1-D array is a 1 x n block. Throws
/// SCIPORT_ERR_DIMENSION_MISMATCH (raised here, not by the library) when the
/// total shape or element count overflows std::size_t.
inline matrix block_diag(const std::vector<matview<const double>> &blocks) {
    std::size_t rows = 0, cols = 0;
    bool overflow = false;
    for (const auto &blk : blocks) {
        overflow = overflow || blk.rows > std::numeric_limits<std::size_t>::max() - rows ||
                   blk.cols > std::numeric_limits<std::size_t>::max() - cols;
        if (overflow) {
            break;
        }
        rows += blk.rows;
        cols += blk.cols;
    }
    if (overflow || (cols != 0 && rows > std::numeric_limits<std::size_t>::max() / cols)) {
        throw error(SCIPORT_ERR_DIMENSION_MISMATCH,
                    "block_diag: the result's size overflows size_t");
    }
    if (blocks.empty()) {
        rows = 1;
    }
    matrix out(rows, cols);
    block_diag_into(blocks, out.view());
    return out;
}

/// scipy.special. Every function is a NumPy ufunc, in three forms: an ndview
/// form writing into `out` (inputs broadcast against `out` as NumPy
/// broadcasts ufunc operands; any strides; in place allowed), a std::vector
/// form (each input of the common length or of length 1) and a scalar form.
/// Domain errors are NaN / ±inf values, as in SciPy; argument errors (an input
/// not broadcastable to `out`) throw sciport::error.
namespace special {
namespace detail {

/// Runs the C function `f` on C views of `in` and `out`; throws on failure.
template <std::size_t K, class F>
void ufunc(const std::array<ndview<const double>, K> &in, ndview<double> out, F f) {
    std::array<sciport_ndarray, K> views;
    for (std::size_t k = 0; k < K; ++k) {
        views[k] = sciport::detail::to_c(in[k]);
    }
    sciport_ndarray ov = sciport::detail::to_c(out);
    checked([&](sciport_error **e) {
        return std::apply([&](auto &...v) { return f(&v..., &ov, e); }, views);
    });
}

/// The vector form: the result has the inputs' common length (1 when every
/// input has length 1); lengths other than that or 1 throw.
template <std::size_t K, class F, std::size_t... I>
std::vector<double> ufunc_vector(const std::array<const std::vector<double> *, K> &in, F f,
                                 std::index_sequence<I...>) {
    std::size_t n = 0;
    bool all_scalars = true;
    for (const auto *x : in) {
        if (x->size() != 1) {
            all_scalars = false;
            n = std::max(n, x->size());
        }
    }
    if (all_scalars) {
        n = 1;
    }
    std::vector<double> out(n);
    std::array<ndview<const double>, K> views{
        ndview<const double>(in[I]->data(), {in[I]->size()}, order::c)...};
    ufunc<K>(views, ndview<double>(out.data(), {n}, order::c), f);
    return out;
}

template <std::size_t K, class F>
std::vector<double> ufunc_vector(const std::array<const std::vector<double> *, K> &in, F f) {
    return ufunc_vector(in, f, std::make_index_sequence<K>{});
}

} // namespace detail

// BEGIN GENERATED special: generated by bindings/gen_special.py from include/sciport.h; do not edit by hand

/// scipy.special.erf(x) elementwise into `out` (any strides,
/// in place allowed): the error function erf(x) = 2/√π ∫₀ˣ exp(−t²) dt. erf(±inf) = ±1.
inline void erf(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_erf);
}
/// scipy.special.erf of each element.
inline std::vector<double> erf(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_erf);
}
/// scipy.special.erf of one value.
inline double erf(double x) { return erf(std::vector<double>{x})[0]; }

/// scipy.special.erfc(x) elementwise into `out` (any strides,
/// in place allowed): the complementary error function erfc(x) = 1 − erf(x), accurate where erf(x) is near 1. erfc(−inf) = 2, erfc(inf) = 0.
inline void erfc(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_erfc);
}
/// scipy.special.erfc of each element.
inline std::vector<double> erfc(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_erfc);
}
/// scipy.special.erfc of one value.
inline double erfc(double x) { return erfc(std::vector<double>{x})[0]; }

/// scipy.special.erfcx(x) elementwise into `out` (any strides,
/// in place allowed): the scaled complementary error function erfcx(x) = exp(x²) erfc(x). erfcx(−inf) = inf; overflows to inf for x below about −26.6.
inline void erfcx(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_erfcx);
}
/// scipy.special.erfcx of each element.
inline std::vector<double> erfcx(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_erfcx);
}
/// scipy.special.erfcx of one value.
inline double erfcx(double x) { return erfcx(std::vector<double>{x})[0]; }

/// scipy.special.erfinv(x) elementwise into `out` (any strides,
/// in place allowed): the inverse error function: y with erf(y) = x. NaN outside [−1, 1]; ±inf at ±1.
inline void erfinv(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_erfinv);
}
/// scipy.special.erfinv of each element.
inline std::vector<double> erfinv(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_erfinv);
}
/// scipy.special.erfinv of one value.
inline double erfinv(double x) { return erfinv(std::vector<double>{x})[0]; }

/// scipy.special.erfcinv(x) elementwise into `out` (any strides,
/// in place allowed): the inverse complementary error function: y with erfc(y) = x. NaN outside [0, 2]; inf at 0, −inf at 2.
inline void erfcinv(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_erfcinv);
}
/// scipy.special.erfcinv of each element.
inline std::vector<double> erfcinv(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_erfcinv);
}
/// scipy.special.erfcinv of one value.
inline double erfcinv(double x) { return erfcinv(std::vector<double>{x})[0]; }

/// scipy.special.ndtr(x) elementwise into `out` (any strides,
/// in place allowed): the standard normal distribution function Φ(x) = ½ erfc(−x/√2). Φ(−inf) = 0, Φ(inf) = 1.
inline void ndtr(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_ndtr);
}
/// scipy.special.ndtr of each element.
inline std::vector<double> ndtr(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_ndtr);
}
/// scipy.special.ndtr of one value.
inline double ndtr(double x) { return ndtr(std::vector<double>{x})[0]; }

/// scipy.special.log_ndtr(x) elementwise into `out` (any strides,
/// in place allowed): the logarithm of the standard normal distribution function, log Φ(x), accurate far into both tails. −inf at −inf, 0 at inf.
inline void log_ndtr(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_log_ndtr);
}
/// scipy.special.log_ndtr of each element.
inline std::vector<double> log_ndtr(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_log_ndtr);
}
/// scipy.special.log_ndtr of one value.
inline double log_ndtr(double x) { return log_ndtr(std::vector<double>{x})[0]; }

/// scipy.special.ndtri(x) elementwise into `out` (any strides,
/// in place allowed): the standard normal quantile: y with Φ(y) = x. NaN outside [0, 1]; −inf at 0, inf at 1.
inline void ndtri(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_ndtri);
}
/// scipy.special.ndtri of each element.
inline std::vector<double> ndtri(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_ndtri);
}
/// scipy.special.ndtri of one value.
inline double ndtri(double x) { return ndtri(std::vector<double>{x})[0]; }

/// scipy.special.ndtri_exp(x) elementwise into `out` (any strides,
/// in place allowed): the inverse of log_ndtr: y with log Φ(y) = x. NaN for x > 0; inf at 0, −inf at −inf.
inline void ndtri_exp(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_ndtri_exp);
}
/// scipy.special.ndtri_exp of each element.
inline std::vector<double> ndtri_exp(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_ndtri_exp);
}
/// scipy.special.ndtri_exp of one value.
inline double ndtri_exp(double x) { return ndtri_exp(std::vector<double>{x})[0]; }

/// scipy.special.expit(x) elementwise into `out` (any strides,
/// in place allowed): the logistic sigmoid expit(x) = 1/(1 + exp(−x)). 0 at −inf, 1 at inf.
inline void expit(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_expit);
}
/// scipy.special.expit of each element.
inline std::vector<double> expit(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_expit);
}
/// scipy.special.expit of one value.
inline double expit(double x) { return expit(std::vector<double>{x})[0]; }

/// scipy.special.logit(x) elementwise into `out` (any strides,
/// in place allowed): the logit log(p/(1 − p)), inverse of expit. NaN outside [0, 1]; −inf at 0, inf at 1.
inline void logit(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_logit);
}
/// scipy.special.logit of each element.
inline std::vector<double> logit(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_logit);
}
/// scipy.special.logit of one value.
inline double logit(double x) { return logit(std::vector<double>{x})[0]; }

/// scipy.special.log_expit(x) elementwise into `out` (any strides,
/// in place allowed): the logarithm of the logistic sigmoid, log(expit(x)), without overflow or cancellation. −inf at −inf, 0 at inf.
inline void log_expit(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_log_expit);
}
/// scipy.special.log_expit of each element.
inline std::vector<double> log_expit(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_log_expit);
}
/// scipy.special.log_expit of one value.
inline double log_expit(double x) { return log_expit(std::vector<double>{x})[0]; }

/// scipy.special.log1p(x) elementwise into `out` (any strides,
/// in place allowed): log(1 + x), accurate for small x. NaN below −1; −inf at −1.
inline void log1p(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_log1p);
}
/// scipy.special.log1p of each element.
inline std::vector<double> log1p(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_log1p);
}
/// scipy.special.log1p of one value.
inline double log1p(double x) { return log1p(std::vector<double>{x})[0]; }

/// scipy.special.expm1(x) elementwise into `out` (any strides,
/// in place allowed): exp(x) − 1, accurate for small x. −1 at −inf.
inline void expm1(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_expm1);
}
/// scipy.special.expm1 of each element.
inline std::vector<double> expm1(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_expm1);
}
/// scipy.special.expm1 of one value.
inline double expm1(double x) { return expm1(std::vector<double>{x})[0]; }

/// scipy.special.xlogy(x, y) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): x·log(y), defined as 0 where x = 0 (unless y is NaN). NaN where y < 0 and x ≠ 0.
inline void xlogy(ndview<const double> x, ndview<const double> y, ndview<double> out) {
    detail::ufunc<2>({x, y}, out, sciport_special_xlogy);
}
/// scipy.special.xlogy of vectors (each of the common length or 1).
inline std::vector<double> xlogy(const std::vector<double> &x, const std::vector<double> &y) {
    return detail::ufunc_vector<2>({&x, &y}, sciport_special_xlogy);
}
/// scipy.special.xlogy of one value.
inline double xlogy(double x, double y) { return xlogy(std::vector<double>{x}, std::vector<double>{y})[0]; }

/// scipy.special.xlog1py(x, y) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): x·log1p(y), defined as 0 where x = 0 (unless y is NaN). NaN where y < −1 and x ≠ 0.
inline void xlog1py(ndview<const double> x, ndview<const double> y, ndview<double> out) {
    detail::ufunc<2>({x, y}, out, sciport_special_xlog1py);
}
/// scipy.special.xlog1py of vectors (each of the common length or 1).
inline std::vector<double> xlog1py(const std::vector<double> &x, const std::vector<double> &y) {
    return detail::ufunc_vector<2>({&x, &y}, sciport_special_xlog1py);
}
/// scipy.special.xlog1py of one value.
inline double xlog1py(double x, double y) { return xlog1py(std::vector<double>{x}, std::vector<double>{y})[0]; }

/// scipy.special.boxcox(x, lmbda) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the Box–Cox transform (x^λ − 1)/λ, log(x) for λ = 0. NaN for x < 0; −inf at x = 0 when λ ≤ 0.
inline void boxcox(ndview<const double> x, ndview<const double> lmbda, ndview<double> out) {
    detail::ufunc<2>({x, lmbda}, out, sciport_special_boxcox);
}
/// scipy.special.boxcox of vectors (each of the common length or 1).
inline std::vector<double> boxcox(const std::vector<double> &x, const std::vector<double> &lmbda) {
    return detail::ufunc_vector<2>({&x, &lmbda}, sciport_special_boxcox);
}
/// scipy.special.boxcox of one value.
inline double boxcox(double x, double lmbda) { return boxcox(std::vector<double>{x}, std::vector<double>{lmbda})[0]; }

/// scipy.special.inv_boxcox(y, lmbda) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the inverse Box–Cox transform (1 + λy)^(1/λ), exp(y) for λ = 0. NaN where 1 + λy < 0.
inline void inv_boxcox(ndview<const double> y, ndview<const double> lmbda, ndview<double> out) {
    detail::ufunc<2>({y, lmbda}, out, sciport_special_inv_boxcox);
}
/// scipy.special.inv_boxcox of vectors (each of the common length or 1).
inline std::vector<double> inv_boxcox(const std::vector<double> &y, const std::vector<double> &lmbda) {
    return detail::ufunc_vector<2>({&y, &lmbda}, sciport_special_inv_boxcox);
}
/// scipy.special.inv_boxcox of one value.
inline double inv_boxcox(double y, double lmbda) { return inv_boxcox(std::vector<double>{y}, std::vector<double>{lmbda})[0]; }

/// scipy.special.entr(x) elementwise into `out` (any strides,
/// in place allowed): the elementwise entropy −x·log(x) (0 at x = 0). −inf for x < 0.
inline void entr(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_entr);
}
/// scipy.special.entr of each element.
inline std::vector<double> entr(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_entr);
}
/// scipy.special.entr of one value.
inline double entr(double x) { return entr(std::vector<double>{x})[0]; }

/// scipy.special.rel_entr(x, y) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the elementwise relative entropy x·log(x/y) (0 at x = 0 ≤ y). inf where x < 0 or y ≤ 0 (except x = y = 0).
inline void rel_entr(ndview<const double> x, ndview<const double> y, ndview<double> out) {
    detail::ufunc<2>({x, y}, out, sciport_special_rel_entr);
}
/// scipy.special.rel_entr of vectors (each of the common length or 1).
inline std::vector<double> rel_entr(const std::vector<double> &x, const std::vector<double> &y) {
    return detail::ufunc_vector<2>({&x, &y}, sciport_special_rel_entr);
}
/// scipy.special.rel_entr of one value.
inline double rel_entr(double x, double y) { return rel_entr(std::vector<double>{x}, std::vector<double>{y})[0]; }

/// scipy.special.kl_div(x, y) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the elementwise Kullback–Leibler term x·log(x/y) − x + y (y at x = 0). inf where x < 0 or y ≤ 0 (except x = 0 ≤ y).
inline void kl_div(ndview<const double> x, ndview<const double> y, ndview<double> out) {
    detail::ufunc<2>({x, y}, out, sciport_special_kl_div);
}
/// scipy.special.kl_div of vectors (each of the common length or 1).
inline std::vector<double> kl_div(const std::vector<double> &x, const std::vector<double> &y) {
    return detail::ufunc_vector<2>({&x, &y}, sciport_special_kl_div);
}
/// scipy.special.kl_div of one value.
inline double kl_div(double x, double y) { return kl_div(std::vector<double>{x}, std::vector<double>{y})[0]; }

/// scipy.special.huber(delta, r) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the Huber loss: r²/2 for |r| ≤ δ, δ(|r| − δ/2) otherwise. inf for δ < 0.
inline void huber(ndview<const double> delta, ndview<const double> r, ndview<double> out) {
    detail::ufunc<2>({delta, r}, out, sciport_special_huber);
}
/// scipy.special.huber of vectors (each of the common length or 1).
inline std::vector<double> huber(const std::vector<double> &delta, const std::vector<double> &r) {
    return detail::ufunc_vector<2>({&delta, &r}, sciport_special_huber);
}
/// scipy.special.huber of one value.
inline double huber(double delta, double r) { return huber(std::vector<double>{delta}, std::vector<double>{r})[0]; }

/// scipy.special.pseudo_huber(delta, r) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the pseudo-Huber loss δ²(√(1 + (r/δ)²) − 1). inf for δ < 0.
inline void pseudo_huber(ndview<const double> delta, ndview<const double> r, ndview<double> out) {
    detail::ufunc<2>({delta, r}, out, sciport_special_pseudo_huber);
}
/// scipy.special.pseudo_huber of vectors (each of the common length or 1).
inline std::vector<double> pseudo_huber(const std::vector<double> &delta, const std::vector<double> &r) {
    return detail::ufunc_vector<2>({&delta, &r}, sciport_special_pseudo_huber);
}
/// scipy.special.pseudo_huber of one value.
inline double pseudo_huber(double delta, double r) { return pseudo_huber(std::vector<double>{delta}, std::vector<double>{r})[0]; }

/// scipy.special.gamma(x) elementwise into `out` (any strides,
/// in place allowed): the gamma function Γ(x). ±inf at ±0; NaN at the negative integers and at −inf.
inline void gamma(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_gamma);
}
/// scipy.special.gamma of each element.
inline std::vector<double> gamma(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_gamma);
}
/// scipy.special.gamma of one value.
inline double gamma(double x) { return gamma(std::vector<double>{x})[0]; }

/// scipy.special.gammaln(x) elementwise into `out` (any strides,
/// in place allowed): the logarithm of the absolute value of the gamma function, log|Γ(x)|. inf at 0 and at the negative integers; −inf at −inf.
inline void gammaln(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_gammaln);
}
/// scipy.special.gammaln of each element.
inline std::vector<double> gammaln(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_gammaln);
}
/// scipy.special.gammaln of one value.
inline double gammaln(double x) { return gammaln(std::vector<double>{x})[0]; }

/// scipy.special.loggamma(x) elementwise into `out` (any strides,
/// in place allowed): the principal branch of log Γ(x) for real x. NaN for x < 0 (the real result is complex there); inf at 0.
inline void loggamma(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_loggamma);
}
/// scipy.special.loggamma of each element.
inline std::vector<double> loggamma(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_loggamma);
}
/// scipy.special.loggamma of one value.
inline double loggamma(double x) { return loggamma(std::vector<double>{x})[0]; }

/// scipy.special.gammasgn(x) elementwise into `out` (any strides,
/// in place allowed): the sign of the gamma function, ±1. 1 at +0, −1 at −0; NaN at the negative integers, at −inf and at NaN.
inline void gammasgn(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_gammasgn);
}
/// scipy.special.gammasgn of each element.
inline std::vector<double> gammasgn(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_gammasgn);
}
/// scipy.special.gammasgn of one value.
inline double gammasgn(double x) { return gammasgn(std::vector<double>{x})[0]; }

/// scipy.special.rgamma(x) elementwise into `out` (any strides,
/// in place allowed): the reciprocal gamma function 1/Γ(x), an entire function. 0 at 0, at the negative integers and at ±inf.
inline void rgamma(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_rgamma);
}
/// scipy.special.rgamma of each element.
inline std::vector<double> rgamma(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_rgamma);
}
/// scipy.special.rgamma of one value.
inline double rgamma(double x) { return rgamma(std::vector<double>{x})[0]; }

/// scipy.special.digamma(x) elementwise into `out` (any strides,
/// in place allowed): the digamma function ψ(x) = Γ′(x)/Γ(x). NaN at the negative integers and at −inf; −inf at +0, inf at −0.
inline void digamma(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_digamma);
}
/// scipy.special.digamma of each element.
inline std::vector<double> digamma(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_digamma);
}
/// scipy.special.digamma of one value.
inline double digamma(double x) { return digamma(std::vector<double>{x})[0]; }

/// scipy.special.polygamma(n, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the polygamma function ψ⁽ⁿ⁾(x), the n-th derivative of the digamma function. NaN for non-integer or negative n.
inline void polygamma(ndview<const double> n, ndview<const double> x, ndview<double> out) {
    detail::ufunc<2>({n, x}, out, sciport_special_polygamma);
}
/// scipy.special.polygamma of vectors (each of the common length or 1).
inline std::vector<double> polygamma(const std::vector<double> &n, const std::vector<double> &x) {
    return detail::ufunc_vector<2>({&n, &x}, sciport_special_polygamma);
}
/// scipy.special.polygamma of one value.
inline double polygamma(double n, double x) { return polygamma(std::vector<double>{n}, std::vector<double>{x})[0]; }

/// scipy.special.gammainc(a, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a). NaN for a < 0, x < 0 or a = x = 0; P(0, x) = 1 for x > 0.
inline void gammainc(ndview<const double> a, ndview<const double> x, ndview<double> out) {
    detail::ufunc<2>({a, x}, out, sciport_special_gammainc);
}
/// scipy.special.gammainc of vectors (each of the common length or 1).
inline std::vector<double> gammainc(const std::vector<double> &a, const std::vector<double> &x) {
    return detail::ufunc_vector<2>({&a, &x}, sciport_special_gammainc);
}
/// scipy.special.gammainc of one value.
inline double gammainc(double a, double x) { return gammainc(std::vector<double>{a}, std::vector<double>{x})[0]; }

/// scipy.special.gammaincc(a, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x). NaN for a < 0, x < 0 or a = x = 0; Q(0, x) = 0 for x > 0.
inline void gammaincc(ndview<const double> a, ndview<const double> x, ndview<double> out) {
    detail::ufunc<2>({a, x}, out, sciport_special_gammaincc);
}
/// scipy.special.gammaincc of vectors (each of the common length or 1).
inline std::vector<double> gammaincc(const std::vector<double> &a, const std::vector<double> &x) {
    return detail::ufunc_vector<2>({&a, &x}, sciport_special_gammaincc);
}
/// scipy.special.gammaincc of one value.
inline double gammaincc(double a, double x) { return gammaincc(std::vector<double>{a}, std::vector<double>{x})[0]; }

/// scipy.special.gammaincinv(a, y) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the inverse of the regularized lower incomplete gamma function in x: the x ≥ 0 with P(a, x) = y. 0 at y = 0, inf at y = 1; NaN for a < 0, y outside [0, 1], and a = 0 or a = inf with 0 < y < 1.
inline void gammaincinv(ndview<const double> a, ndview<const double> y, ndview<double> out) {
    detail::ufunc<2>({a, y}, out, sciport_special_gammaincinv);
}
/// scipy.special.gammaincinv of vectors (each of the common length or 1).
inline std::vector<double> gammaincinv(const std::vector<double> &a, const std::vector<double> &y) {
    return detail::ufunc_vector<2>({&a, &y}, sciport_special_gammaincinv);
}
/// scipy.special.gammaincinv of one value.
inline double gammaincinv(double a, double y) { return gammaincinv(std::vector<double>{a}, std::vector<double>{y})[0]; }

/// scipy.special.gammainccinv(a, y) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the inverse of the regularized upper incomplete gamma function in x: the x ≥ 0 with Q(a, x) = y. inf at y = 0, 0 at y = 1; NaN for a < 0, y outside [0, 1], and a = 0 or a = inf with 0 < y < 1.
inline void gammainccinv(ndview<const double> a, ndview<const double> y, ndview<double> out) {
    detail::ufunc<2>({a, y}, out, sciport_special_gammainccinv);
}
/// scipy.special.gammainccinv of vectors (each of the common length or 1).
inline std::vector<double> gammainccinv(const std::vector<double> &a, const std::vector<double> &y) {
    return detail::ufunc_vector<2>({&a, &y}, sciport_special_gammainccinv);
}
/// scipy.special.gammainccinv of one value.
inline double gammainccinv(double a, double y) { return gammainccinv(std::vector<double>{a}, std::vector<double>{y})[0]; }

/// scipy.special.beta(a, b) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the beta function B(a, b) = Γ(a)Γ(b)/Γ(a + b). SciPy's limits at the poles: for a non-positive integer a (or b), ±B(1 - a - b, b) when the other argument is an integer and 1 - a - b > 0, else inf; 0 where a + b is a non-positive integer (and a, b are not); NaN for NaN.
inline void beta(ndview<const double> a, ndview<const double> b, ndview<double> out) {
    detail::ufunc<2>({a, b}, out, sciport_special_beta);
}
/// scipy.special.beta of vectors (each of the common length or 1).
inline std::vector<double> beta(const std::vector<double> &a, const std::vector<double> &b) {
    return detail::ufunc_vector<2>({&a, &b}, sciport_special_beta);
}
/// scipy.special.beta of one value.
inline double beta(double a, double b) { return beta(std::vector<double>{a}, std::vector<double>{b})[0]; }

/// scipy.special.betaln(a, b) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the logarithm of the absolute value of the beta function, ln|B(a, b)|, accurate for large arguments. inf where `beta` is infinite, -inf where it is 0; NaN for NaN.
inline void betaln(ndview<const double> a, ndview<const double> b, ndview<double> out) {
    detail::ufunc<2>({a, b}, out, sciport_special_betaln);
}
/// scipy.special.betaln of vectors (each of the common length or 1).
inline std::vector<double> betaln(const std::vector<double> &a, const std::vector<double> &b) {
    return detail::ufunc_vector<2>({&a, &b}, sciport_special_betaln);
}
/// scipy.special.betaln of one value.
inline double betaln(double a, double b) { return betaln(std::vector<double>{a}, std::vector<double>{b})[0]; }

/// scipy.special.binom(n, k) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the binomial coefficient C(n, k) = Γ(n + 1)/(Γ(k + 1) Γ(n - k + 1)) for real n and k. Exact integers for integer n and k (k < 20, or by symmetry); NaN for negative integer n; 0 where n - k + 1 is a pole of Γ.
inline void binom(ndview<const double> n, ndview<const double> k, ndview<double> out) {
    detail::ufunc<2>({n, k}, out, sciport_special_binom);
}
/// scipy.special.binom of vectors (each of the common length or 1).
inline std::vector<double> binom(const std::vector<double> &n, const std::vector<double> &k) {
    return detail::ufunc_vector<2>({&n, &k}, sciport_special_binom);
}
/// scipy.special.binom of one value.
inline double binom(double n, double k) { return binom(std::vector<double>{n}, std::vector<double>{k})[0]; }

/// scipy.special.perm(N, k) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the number of permutations of N things taken k at a time, N!/(N − k)!, elementwise (`scipy.special.perm(N, k)`, exact=False); the exact integers are `sciport_special_perm_exact`. 0 unless 0 ≤ k ≤ N (also for NaN, as SciPy); Γ(N + 1)/Γ(N − k + 1) for real N and k.
inline void perm(ndview<const double> N, ndview<const double> k, ndview<double> out) {
    detail::ufunc<2>({N, k}, out, sciport_special_perm);
}
/// scipy.special.perm of vectors (each of the common length or 1).
inline std::vector<double> perm(const std::vector<double> &N, const std::vector<double> &k) {
    return detail::ufunc_vector<2>({&N, &k}, sciport_special_perm);
}
/// scipy.special.perm of one value.
inline double perm(double N, double k) { return perm(std::vector<double>{N}, std::vector<double>{k})[0]; }

/// scipy.special.factorial(n) elementwise into `out` (any strides,
/// in place allowed): the factorial n! = Γ(n + 1), elementwise (`scipy.special.factorial(n)`, exact=False); the exact integers are `sciport_special_factorial_exact`. 0 for n < 0, NaN for NaN, +inf above 170.62; real n allowed (Γ(n + 1)), integers exact below 2⁵³ and correctly rounded above.
inline void factorial(ndview<const double> n, ndview<double> out) {
    detail::ufunc<1>({n}, out, sciport_special_factorial);
}
/// scipy.special.factorial of each element.
inline std::vector<double> factorial(const std::vector<double> &n) {
    return detail::ufunc_vector<1>({&n}, sciport_special_factorial);
}
/// scipy.special.factorial of one value.
inline double factorial(double n) { return factorial(std::vector<double>{n})[0]; }

/// scipy.special.factorial2(n) elementwise into `out` (any strides,
/// in place allowed): the double factorial n!! = n(n − 2)(n − 4)…, elementwise (`scipy.special.factorial2(n)`, exact=False, extend='zero'); the exact integers are `sciport_special_factorial2_exact`. 0 for n < 0, 1 for n = 0 and 1, +inf above 300; NaN for NaN, ±inf and non-integer n (SciPy accepts only integers here).
inline void factorial2(ndview<const double> n, ndview<double> out) {
    detail::ufunc<1>({n}, out, sciport_special_factorial2);
}
/// scipy.special.factorial2 of each element.
inline std::vector<double> factorial2(const std::vector<double> &n) {
    return detail::ufunc_vector<1>({&n}, sciport_special_factorial2);
}
/// scipy.special.factorial2 of one value.
inline double factorial2(double n) { return factorial2(std::vector<double>{n})[0]; }

/// scipy.special.betainc(a, b, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the regularized incomplete beta function I_x(a, b) = ∫₀ˣ t^(a−1) (1−t)^(b−1) dt / B(a, b). Defined for a, b ≥ 0 and 0 ≤ x ≤ 1 (NaN elsewhere, and for a = b = 0 or both infinite); SciPy's limits: 1 for a = 0 < x, 0 for b = 0 and x < 1, 0 for a = inf, 1 for b = inf (x > 0).
inline void betainc(ndview<const double> a, ndview<const double> b, ndview<const double> x, ndview<double> out) {
    detail::ufunc<3>({a, b, x}, out, sciport_special_betainc);
}
/// scipy.special.betainc of vectors (each of the common length or 1).
inline std::vector<double> betainc(const std::vector<double> &a, const std::vector<double> &b, const std::vector<double> &x) {
    return detail::ufunc_vector<3>({&a, &b, &x}, sciport_special_betainc);
}
/// scipy.special.betainc of one value.
inline double betainc(double a, double b, double x) { return betainc(std::vector<double>{a}, std::vector<double>{b}, std::vector<double>{x})[0]; }

/// scipy.special.betaincc(a, b, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the complement 1 − I_x(a, b) of the regularized incomplete beta function, computed without cancellation. `betainc`'s domain and limits, complemented.
inline void betaincc(ndview<const double> a, ndview<const double> b, ndview<const double> x, ndview<double> out) {
    detail::ufunc<3>({a, b, x}, out, sciport_special_betaincc);
}
/// scipy.special.betaincc of vectors (each of the common length or 1).
inline std::vector<double> betaincc(const std::vector<double> &a, const std::vector<double> &b, const std::vector<double> &x) {
    return detail::ufunc_vector<3>({&a, &b, &x}, sciport_special_betaincc);
}
/// scipy.special.betaincc of one value.
inline double betaincc(double a, double b, double x) { return betaincc(std::vector<double>{a}, std::vector<double>{b}, std::vector<double>{x})[0]; }

/// scipy.special.betaincinv(a, b, p) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the inverse of the regularized incomplete beta function in x: the x in [0, 1] with I_x(a, b) = p. 0 at p = 0, 1 at p = 1; NaN for a ≤ 0, b ≤ 0 or p outside [0, 1]; SciPy's limits 1 at (a, b) = (inf, 1) and 0 at (1, inf), NaN for other infinite parameters.
inline void betaincinv(ndview<const double> a, ndview<const double> b, ndview<const double> p, ndview<double> out) {
    detail::ufunc<3>({a, b, p}, out, sciport_special_betaincinv);
}
/// scipy.special.betaincinv of vectors (each of the common length or 1).
inline std::vector<double> betaincinv(const std::vector<double> &a, const std::vector<double> &b, const std::vector<double> &p) {
    return detail::ufunc_vector<3>({&a, &b, &p}, sciport_special_betaincinv);
}
/// scipy.special.betaincinv of one value.
inline double betaincinv(double a, double b, double p) { return betaincinv(std::vector<double>{a}, std::vector<double>{b}, std::vector<double>{p})[0]; }

/// scipy.special.betainccinv(a, b, q) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the inverse of the complemented incomplete beta function in x: the x in [0, 1] with 1 − I_x(a, b) = q. 1 at q = 0, 0 at q = 1; otherwise `betaincinv`'s conventions.
inline void betainccinv(ndview<const double> a, ndview<const double> b, ndview<const double> q, ndview<double> out) {
    detail::ufunc<3>({a, b, q}, out, sciport_special_betainccinv);
}
/// scipy.special.betainccinv of vectors (each of the common length or 1).
inline std::vector<double> betainccinv(const std::vector<double> &a, const std::vector<double> &b, const std::vector<double> &q) {
    return detail::ufunc_vector<3>({&a, &b, &q}, sciport_special_betainccinv);
}
/// scipy.special.betainccinv of one value.
inline double betainccinv(double a, double b, double q) { return betainccinv(std::vector<double>{a}, std::vector<double>{b}, std::vector<double>{q})[0]; }

/// scipy.special.chdtr(v, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the chi-square cumulative distribution function with v degrees of freedom, P(v/2, x/2). `gammainc`'s domain and limits (NaN for v < 0 or x < 0; 0 at x = 0, 1 at x = inf).
inline void chdtr(ndview<const double> v, ndview<const double> x, ndview<double> out) {
    detail::ufunc<2>({v, x}, out, sciport_special_chdtr);
}
/// scipy.special.chdtr of vectors (each of the common length or 1).
inline std::vector<double> chdtr(const std::vector<double> &v, const std::vector<double> &x) {
    return detail::ufunc_vector<2>({&v, &x}, sciport_special_chdtr);
}
/// scipy.special.chdtr of one value.
inline double chdtr(double v, double x) { return chdtr(std::vector<double>{v}, std::vector<double>{x})[0]; }

/// scipy.special.chdtrc(v, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the chi-square survival function with v degrees of freedom, Q(v/2, x/2). `gammaincc`'s domain and limits.
inline void chdtrc(ndview<const double> v, ndview<const double> x, ndview<double> out) {
    detail::ufunc<2>({v, x}, out, sciport_special_chdtrc);
}
/// scipy.special.chdtrc of vectors (each of the common length or 1).
inline std::vector<double> chdtrc(const std::vector<double> &v, const std::vector<double> &x) {
    return detail::ufunc_vector<2>({&v, &x}, sciport_special_chdtrc);
}
/// scipy.special.chdtrc of one value.
inline double chdtrc(double v, double x) { return chdtrc(std::vector<double>{v}, std::vector<double>{x})[0]; }

/// scipy.special.chdtri(v, p) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the inverse of the chi-square survival function: the x with chdtrc(v, x) = p. inf at p = 0, 0 at p = 1; NaN for v ≤ 0, v = inf or p outside [0, 1].
inline void chdtri(ndview<const double> v, ndview<const double> p, ndview<double> out) {
    detail::ufunc<2>({v, p}, out, sciport_special_chdtri);
}
/// scipy.special.chdtri of vectors (each of the common length or 1).
inline std::vector<double> chdtri(const std::vector<double> &v, const std::vector<double> &p) {
    return detail::ufunc_vector<2>({&v, &p}, sciport_special_chdtri);
}
/// scipy.special.chdtri of one value.
inline double chdtri(double v, double p) { return chdtri(std::vector<double>{v}, std::vector<double>{p})[0]; }

/// scipy.special.pdtr(k, m) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the Poisson cumulative distribution function: the probability of at most floor(k) events for mean m, Q(floor(k) + 1, m). NaN for k < 0 or m < 0; 1 at m = 0, 0 at m = inf.
inline void pdtr(ndview<const double> k, ndview<const double> m, ndview<double> out) {
    detail::ufunc<2>({k, m}, out, sciport_special_pdtr);
}
/// scipy.special.pdtr of vectors (each of the common length or 1).
inline std::vector<double> pdtr(const std::vector<double> &k, const std::vector<double> &m) {
    return detail::ufunc_vector<2>({&k, &m}, sciport_special_pdtr);
}
/// scipy.special.pdtr of one value.
inline double pdtr(double k, double m) { return pdtr(std::vector<double>{k}, std::vector<double>{m})[0]; }

/// scipy.special.pdtrc(k, m) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the Poisson survival function: the probability of more than floor(k) events for mean m, P(floor(k) + 1, m). `pdtr`'s domain.
inline void pdtrc(ndview<const double> k, ndview<const double> m, ndview<double> out) {
    detail::ufunc<2>({k, m}, out, sciport_special_pdtrc);
}
/// scipy.special.pdtrc of vectors (each of the common length or 1).
inline std::vector<double> pdtrc(const std::vector<double> &k, const std::vector<double> &m) {
    return detail::ufunc_vector<2>({&k, &m}, sciport_special_pdtrc);
}
/// scipy.special.pdtrc of one value.
inline double pdtrc(double k, double m) { return pdtrc(std::vector<double>{k}, std::vector<double>{m})[0]; }

/// scipy.special.pdtri(k, y) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the inverse of the Poisson CDF in the mean: the m with pdtr(k, m) = y. inf at y = 0; NaN for k < 0, k = inf or y outside [0, 1) (as in SciPy, y = 1 is NaN).
inline void pdtri(ndview<const double> k, ndview<const double> y, ndview<double> out) {
    detail::ufunc<2>({k, y}, out, sciport_special_pdtri);
}
/// scipy.special.pdtri of vectors (each of the common length or 1).
inline std::vector<double> pdtri(const std::vector<double> &k, const std::vector<double> &y) {
    return detail::ufunc_vector<2>({&k, &y}, sciport_special_pdtri);
}
/// scipy.special.pdtri of one value.
inline double pdtri(double k, double y) { return pdtri(std::vector<double>{k}, std::vector<double>{y})[0]; }

/// scipy.special.stdtr(df, t) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): Student's t cumulative distribution function with df degrees of freedom. NaN for df ≤ 0; the normal CDF for df = inf; 0 and 1 at t = ∓inf.
inline void stdtr(ndview<const double> df, ndview<const double> t, ndview<double> out) {
    detail::ufunc<2>({df, t}, out, sciport_special_stdtr);
}
/// scipy.special.stdtr of vectors (each of the common length or 1).
inline std::vector<double> stdtr(const std::vector<double> &df, const std::vector<double> &t) {
    return detail::ufunc_vector<2>({&df, &t}, sciport_special_stdtr);
}
/// scipy.special.stdtr of one value.
inline double stdtr(double df, double t) { return stdtr(std::vector<double>{df}, std::vector<double>{t})[0]; }

/// scipy.special.stdtrit(df, p) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the inverse of Student's t CDF: the t with stdtr(df, t) = p. -inf at p = 0 (SciPy 1.17 returns +inf there), inf at p = 1; NaN for df ≤ 0 or p outside [0, 1]; the normal quantile for df = inf.
inline void stdtrit(ndview<const double> df, ndview<const double> p, ndview<double> out) {
    detail::ufunc<2>({df, p}, out, sciport_special_stdtrit);
}
/// scipy.special.stdtrit of vectors (each of the common length or 1).
inline std::vector<double> stdtrit(const std::vector<double> &df, const std::vector<double> &p) {
    return detail::ufunc_vector<2>({&df, &p}, sciport_special_stdtrit);
}
/// scipy.special.stdtrit of one value.
inline double stdtrit(double df, double p) { return stdtrit(std::vector<double>{df}, std::vector<double>{p})[0]; }

/// scipy.special.fdtr(dfn, dfd, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the F-distribution cumulative distribution function, I_w(dfn/2, dfd/2) with w = dfn·x/(dfd + dfn·x). NaN for non-positive or infinite degrees of freedom and x < 0; 0 at x = 0, 1 at x = inf.
inline void fdtr(ndview<const double> dfn, ndview<const double> dfd, ndview<const double> x, ndview<double> out) {
    detail::ufunc<3>({dfn, dfd, x}, out, sciport_special_fdtr);
}
/// scipy.special.fdtr of vectors (each of the common length or 1).
inline std::vector<double> fdtr(const std::vector<double> &dfn, const std::vector<double> &dfd, const std::vector<double> &x) {
    return detail::ufunc_vector<3>({&dfn, &dfd, &x}, sciport_special_fdtr);
}
/// scipy.special.fdtr of one value.
inline double fdtr(double dfn, double dfd, double x) { return fdtr(std::vector<double>{dfn}, std::vector<double>{dfd}, std::vector<double>{x})[0]; }

/// scipy.special.fdtrc(dfn, dfd, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the F-distribution survival function, I_v(dfd/2, dfn/2) with v = dfd/(dfd + dfn·x). `fdtr`'s domain; 1 at x = 0, 0 at x = inf.
inline void fdtrc(ndview<const double> dfn, ndview<const double> dfd, ndview<const double> x, ndview<double> out) {
    detail::ufunc<3>({dfn, dfd, x}, out, sciport_special_fdtrc);
}
/// scipy.special.fdtrc of vectors (each of the common length or 1).
inline std::vector<double> fdtrc(const std::vector<double> &dfn, const std::vector<double> &dfd, const std::vector<double> &x) {
    return detail::ufunc_vector<3>({&dfn, &dfd, &x}, sciport_special_fdtrc);
}
/// scipy.special.fdtrc of one value.
inline double fdtrc(double dfn, double dfd, double x) { return fdtrc(std::vector<double>{dfn}, std::vector<double>{dfd}, std::vector<double>{x})[0]; }

/// scipy.special.fdtri(dfn, dfd, p) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the inverse of the F-distribution CDF: the x with fdtr(dfn, dfd, x) = p. 0 at p = 0, inf at p = 1; NaN for bad degrees of freedom or p outside [0, 1].
inline void fdtri(ndview<const double> dfn, ndview<const double> dfd, ndview<const double> p, ndview<double> out) {
    detail::ufunc<3>({dfn, dfd, p}, out, sciport_special_fdtri);
}
/// scipy.special.fdtri of vectors (each of the common length or 1).
inline std::vector<double> fdtri(const std::vector<double> &dfn, const std::vector<double> &dfd, const std::vector<double> &p) {
    return detail::ufunc_vector<3>({&dfn, &dfd, &p}, sciport_special_fdtri);
}
/// scipy.special.fdtri of one value.
inline double fdtri(double dfn, double dfd, double p) { return fdtri(std::vector<double>{dfn}, std::vector<double>{dfd}, std::vector<double>{p})[0]; }

/// scipy.special.bdtr(k, n, p) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the binomial cumulative distribution function: the probability of at most floor(k) successes in floor(n) trials of probability p. 1 at k = n; NaN for k < 0, k > n, n < 0, infinite k or n, p outside [0, 1].
inline void bdtr(ndview<const double> k, ndview<const double> n, ndview<const double> p, ndview<double> out) {
    detail::ufunc<3>({k, n, p}, out, sciport_special_bdtr);
}
/// scipy.special.bdtr of vectors (each of the common length or 1).
inline std::vector<double> bdtr(const std::vector<double> &k, const std::vector<double> &n, const std::vector<double> &p) {
    return detail::ufunc_vector<3>({&k, &n, &p}, sciport_special_bdtr);
}
/// scipy.special.bdtr of one value.
inline double bdtr(double k, double n, double p) { return bdtr(std::vector<double>{k}, std::vector<double>{n}, std::vector<double>{p})[0]; }

/// scipy.special.bdtrc(k, n, p) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the binomial survival function: the probability of more than floor(k) successes in floor(n) trials of probability p. 1 for k < 0 (SciPy's value), 0 at k = n; otherwise `bdtr`'s domain.
inline void bdtrc(ndview<const double> k, ndview<const double> n, ndview<const double> p, ndview<double> out) {
    detail::ufunc<3>({k, n, p}, out, sciport_special_bdtrc);
}
/// scipy.special.bdtrc of vectors (each of the common length or 1).
inline std::vector<double> bdtrc(const std::vector<double> &k, const std::vector<double> &n, const std::vector<double> &p) {
    return detail::ufunc_vector<3>({&k, &n, &p}, sciport_special_bdtrc);
}
/// scipy.special.bdtrc of one value.
inline double bdtrc(double k, double n, double p) { return bdtrc(std::vector<double>{k}, std::vector<double>{n}, std::vector<double>{p})[0]; }

/// scipy.special.bdtri(k, n, y) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the inverse of the binomial CDF in p: the p with bdtr(k, n, p) = y. 1 at y = 0, 0 at y = 1; NaN for k < 0, k ≥ n or y outside [0, 1].
inline void bdtri(ndview<const double> k, ndview<const double> n, ndview<const double> y, ndview<double> out) {
    detail::ufunc<3>({k, n, y}, out, sciport_special_bdtri);
}
/// scipy.special.bdtri of vectors (each of the common length or 1).
inline std::vector<double> bdtri(const std::vector<double> &k, const std::vector<double> &n, const std::vector<double> &y) {
    return detail::ufunc_vector<3>({&k, &n, &y}, sciport_special_bdtri);
}
/// scipy.special.bdtri of one value.
inline double bdtri(double k, double n, double y) { return bdtri(std::vector<double>{k}, std::vector<double>{n}, std::vector<double>{y})[0]; }

/// scipy.special.nbdtr(k, n, p) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the negative binomial cumulative distribution function: the probability of at most floor(k) failures before the floor(n)-th success, I_p(n, k + 1). NaN for k < 0, n < 1 (n truncates to 0), infinite k or n, p outside [0, 1].
inline void nbdtr(ndview<const double> k, ndview<const double> n, ndview<const double> p, ndview<double> out) {
    detail::ufunc<3>({k, n, p}, out, sciport_special_nbdtr);
}
/// scipy.special.nbdtr of vectors (each of the common length or 1).
inline std::vector<double> nbdtr(const std::vector<double> &k, const std::vector<double> &n, const std::vector<double> &p) {
    return detail::ufunc_vector<3>({&k, &n, &p}, sciport_special_nbdtr);
}
/// scipy.special.nbdtr of one value.
inline double nbdtr(double k, double n, double p) { return nbdtr(std::vector<double>{k}, std::vector<double>{n}, std::vector<double>{p})[0]; }

/// scipy.special.nbdtrc(k, n, p) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the negative binomial survival function, 1 − I_p(n, k + 1). `nbdtr`'s domain.
inline void nbdtrc(ndview<const double> k, ndview<const double> n, ndview<const double> p, ndview<double> out) {
    detail::ufunc<3>({k, n, p}, out, sciport_special_nbdtrc);
}
/// scipy.special.nbdtrc of vectors (each of the common length or 1).
inline std::vector<double> nbdtrc(const std::vector<double> &k, const std::vector<double> &n, const std::vector<double> &p) {
    return detail::ufunc_vector<3>({&k, &n, &p}, sciport_special_nbdtrc);
}
/// scipy.special.nbdtrc of one value.
inline double nbdtrc(double k, double n, double p) { return nbdtrc(std::vector<double>{k}, std::vector<double>{n}, std::vector<double>{p})[0]; }

/// scipy.special.nbdtri(k, n, y) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the inverse of the negative binomial CDF in p: the p with nbdtr(k, n, p) = y. 0 at y = 0, 1 at y = 1; `nbdtr`'s domain.
inline void nbdtri(ndview<const double> k, ndview<const double> n, ndview<const double> y, ndview<double> out) {
    detail::ufunc<3>({k, n, y}, out, sciport_special_nbdtri);
}
/// scipy.special.nbdtri of vectors (each of the common length or 1).
inline std::vector<double> nbdtri(const std::vector<double> &k, const std::vector<double> &n, const std::vector<double> &y) {
    return detail::ufunc_vector<3>({&k, &n, &y}, sciport_special_nbdtri);
}
/// scipy.special.nbdtri of one value.
inline double nbdtri(double k, double n, double y) { return nbdtri(std::vector<double>{k}, std::vector<double>{n}, std::vector<double>{y})[0]; }

/// scipy.special.ellipk(m) elementwise into `out` (any strides,
/// in place allowed): the complete elliptic integral of the first kind K(m) = ∫₀^{π/2} (1 − m sin²t)^{−1/2} dt. +inf at m = 1, NaN for m > 1; 0 at m = −inf.
inline void ellipk(ndview<const double> m, ndview<double> out) {
    detail::ufunc<1>({m}, out, sciport_special_ellipk);
}
/// scipy.special.ellipk of each element.
inline std::vector<double> ellipk(const std::vector<double> &m) {
    return detail::ufunc_vector<1>({&m}, sciport_special_ellipk);
}
/// scipy.special.ellipk of one value.
inline double ellipk(double m) { return ellipk(std::vector<double>{m})[0]; }

/// scipy.special.ellipkm1(p) elementwise into `out` (any strides,
/// in place allowed): k(1 − p), the complete elliptic integral of the first kind near m = 1 with p = 1 − m given exactly. +inf at p = 0, NaN for p < 0; 0 at p = inf.
inline void ellipkm1(ndview<const double> p, ndview<double> out) {
    detail::ufunc<1>({p}, out, sciport_special_ellipkm1);
}
/// scipy.special.ellipkm1 of each element.
inline std::vector<double> ellipkm1(const std::vector<double> &p) {
    return detail::ufunc_vector<1>({&p}, sciport_special_ellipkm1);
}
/// scipy.special.ellipkm1 of one value.
inline double ellipkm1(double p) { return ellipkm1(std::vector<double>{p})[0]; }

/// scipy.special.ellipe(m) elementwise into `out` (any strides,
/// in place allowed): the complete elliptic integral of the second kind E(m) = ∫₀^{π/2} (1 − m sin²t)^{1/2} dt. 1 at m = 1, NaN for m > 1; inf at m = −inf.
inline void ellipe(ndview<const double> m, ndview<double> out) {
    detail::ufunc<1>({m}, out, sciport_special_ellipe);
}
/// scipy.special.ellipe of each element.
inline std::vector<double> ellipe(const std::vector<double> &m) {
    return detail::ufunc_vector<1>({&m}, sciport_special_ellipe);
}
/// scipy.special.ellipe of one value.
inline double ellipe(double m) { return ellipe(std::vector<double>{m})[0]; }

/// scipy.special.ellipkinc(phi, m) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the incomplete elliptic integral of the first kind F(φ, m) = ∫₀^φ (1 − m sin²t)^{−1/2} dt. NaN for m > 1 (as SciPy, even where m sin²φ ≤ 1); at m = 1, ±inf once |φ| ≥ π/2 (SciPy: +inf for either sign); 0 at m = −inf.
inline void ellipkinc(ndview<const double> phi, ndview<const double> m, ndview<double> out) {
    detail::ufunc<2>({phi, m}, out, sciport_special_ellipkinc);
}
/// scipy.special.ellipkinc of vectors (each of the common length or 1).
inline std::vector<double> ellipkinc(const std::vector<double> &phi, const std::vector<double> &m) {
    return detail::ufunc_vector<2>({&phi, &m}, sciport_special_ellipkinc);
}
/// scipy.special.ellipkinc of one value.
inline double ellipkinc(double phi, double m) { return ellipkinc(std::vector<double>{phi}, std::vector<double>{m})[0]; }

/// scipy.special.ellipeinc(phi, m) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the incomplete elliptic integral of the second kind E(φ, m) = ∫₀^φ (1 − m sin²t)^{1/2} dt. NaN for m > 1; at m = −inf, ±inf with the sign of φ and 0 at φ = 0 (SciPy: +inf for every φ).
inline void ellipeinc(ndview<const double> phi, ndview<const double> m, ndview<double> out) {
    detail::ufunc<2>({phi, m}, out, sciport_special_ellipeinc);
}
/// scipy.special.ellipeinc of vectors (each of the common length or 1).
inline std::vector<double> ellipeinc(const std::vector<double> &phi, const std::vector<double> &m) {
    return detail::ufunc_vector<2>({&phi, &m}, sciport_special_ellipeinc);
}
/// scipy.special.ellipeinc of one value.
inline double ellipeinc(double phi, double m) { return ellipeinc(std::vector<double>{phi}, std::vector<double>{m})[0]; }

/// scipy.special.lambertw(x, k) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the real branches of the Lambert W function, the w with w·e^w = x on branch k, elementwise (`scipy.special.lambertw(x, k)`, whose result is complex, where its value is real). Real for k = 0 and x ≥ −1/e, and for k = −1 and −1/e ≤ x < 0 (−inf at x = 0); NaN where the branch is complex (x < −1/e; k = −1 with x > 0; x = −inf; every other k, though −inf at x = 0 for integers k ≠ 0).
inline void lambertw(ndview<const double> x, ndview<const double> k, ndview<double> out) {
    detail::ufunc<2>({x, k}, out, sciport_special_lambertw);
}
/// scipy.special.lambertw of vectors (each of the common length or 1).
inline std::vector<double> lambertw(const std::vector<double> &x, const std::vector<double> &k) {
    return detail::ufunc_vector<2>({&x, &k}, sciport_special_lambertw);
}
/// scipy.special.lambertw of one value.
inline double lambertw(double x, double k) { return lambertw(std::vector<double>{x}, std::vector<double>{k})[0]; }

/// scipy.special.zeta(x, q) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the Hurwitz zeta function ζ(x, q) = Σ_{k≥0} (q + k)^{−x}. +inf at x = 1 and at q = 0, −1, −2, …; NaN for x < 1, and for q < 0 unless x is an integer.
inline void zeta(ndview<const double> x, ndview<const double> q, ndview<double> out) {
    detail::ufunc<2>({x, q}, out, sciport_special_zeta);
}
/// scipy.special.zeta of vectors (each of the common length or 1).
inline std::vector<double> zeta(const std::vector<double> &x, const std::vector<double> &q) {
    return detail::ufunc_vector<2>({&x, &q}, sciport_special_zeta);
}
/// scipy.special.zeta of one value.
inline double zeta(double x, double q) { return zeta(std::vector<double>{x}, std::vector<double>{q})[0]; }

/// scipy.special.riemann_zeta(x) elementwise into `out` (any strides,
/// in place allowed): the Riemann zeta function ζ(x) on the whole real line, elementwise (`scipy.special.zeta(x)` with q omitted). +inf at x = 1, 0 at the negative even integers, 1 at inf; NaN at −inf.
inline void riemann_zeta(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_riemann_zeta);
}
/// scipy.special.riemann_zeta of each element.
inline std::vector<double> riemann_zeta(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_riemann_zeta);
}
/// scipy.special.riemann_zeta of one value.
inline double riemann_zeta(double x) { return riemann_zeta(std::vector<double>{x})[0]; }

/// scipy.special.zetac(x) elementwise into `out` (any strides,
/// in place allowed): ζ(x) − 1 for the Riemann zeta function, accurate where ζ(x) is close to 1. +inf at x = 1, 0 at inf; NaN at −inf.
inline void zetac(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_zetac);
}
/// scipy.special.zetac of each element.
inline std::vector<double> zetac(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_zetac);
}
/// scipy.special.zetac of one value.
inline double zetac(double x) { return zetac(std::vector<double>{x})[0]; }

/// scipy.special.kolmogorov(y) elementwise into `out` (any strides,
/// in place allowed): the survival function P(K > y) of the Kolmogorov distribution (the limit of √n·Dₙ for the two-sided Kolmogorov–Smirnov statistic). 1 for y ≤ 0, 0 at inf.
inline void kolmogorov(ndview<const double> y, ndview<double> out) {
    detail::ufunc<1>({y}, out, sciport_special_kolmogorov);
}
/// scipy.special.kolmogorov of each element.
inline std::vector<double> kolmogorov(const std::vector<double> &y) {
    return detail::ufunc_vector<1>({&y}, sciport_special_kolmogorov);
}
/// scipy.special.kolmogorov of one value.
inline double kolmogorov(double y) { return kolmogorov(std::vector<double>{y})[0]; }

/// scipy.special.kolmogi(p) elementwise into `out` (any strides,
/// in place allowed): the inverse of kolmogorov: the y ≥ 0 with kolmogorov(y) = p. NaN outside [0, 1]; 0 at p = 1, inf at p = 0.
inline void kolmogi(ndview<const double> p, ndview<double> out) {
    detail::ufunc<1>({p}, out, sciport_special_kolmogi);
}
/// scipy.special.kolmogi of each element.
inline std::vector<double> kolmogi(const std::vector<double> &p) {
    return detail::ufunc_vector<1>({&p}, sciport_special_kolmogi);
}
/// scipy.special.kolmogi of one value.
inline double kolmogi(double p) { return kolmogi(std::vector<double>{p})[0]; }

/// scipy.special.exprel(x) elementwise into `out` (any strides,
/// in place allowed): the relative error exponential (eˣ − 1)/x. 1 at x = 0, 0 at −inf; finite up to x ≈ 716 (SciPy overflows to inf from 709.8), inf above.
inline void exprel(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_exprel);
}
/// scipy.special.exprel of each element.
inline std::vector<double> exprel(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_exprel);
}
/// scipy.special.exprel of one value.
inline double exprel(double x) { return exprel(std::vector<double>{x})[0]; }

/// scipy.special.cosm1(x) elementwise into `out` (any strides,
/// in place allowed): cos x − 1 without cancellation near multiples of 2π. NaN at ±inf.
inline void cosm1(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_cosm1);
}
/// scipy.special.cosm1 of each element.
inline std::vector<double> cosm1(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_cosm1);
}
/// scipy.special.cosm1 of one value.
inline double cosm1(double x) { return cosm1(std::vector<double>{x})[0]; }

/// scipy.special.powm1(x, y) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): xʸ − 1 without cancellation where xʸ is near 1. 0 for y = 0 or x = 1; for x < 0 only integer y (NaN otherwise).
inline void powm1(ndview<const double> x, ndview<const double> y, ndview<double> out) {
    detail::ufunc<2>({x, y}, out, sciport_special_powm1);
}
/// scipy.special.powm1 of vectors (each of the common length or 1).
inline std::vector<double> powm1(const std::vector<double> &x, const std::vector<double> &y) {
    return detail::ufunc_vector<2>({&x, &y}, sciport_special_powm1);
}
/// scipy.special.powm1 of one value.
inline double powm1(double x, double y) { return powm1(std::vector<double>{x}, std::vector<double>{y})[0]; }

/// scipy.special.exp2(x) elementwise into `out` (any strides,
/// in place allowed): 2ˣ. Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL), `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH` (an input not broadcastable to `out`'s shape); `out` is untouched on error. Thread safety: reentrant; above 32768 elements, up to `sciport_set_num_threads` threads share the work.
inline void exp2(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_exp2);
}
/// scipy.special.exp2 of each element.
inline std::vector<double> exp2(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_exp2);
}
/// scipy.special.exp2 of one value.
inline double exp2(double x) { return exp2(std::vector<double>{x})[0]; }

/// scipy.special.exp10(x) elementwise into `out` (any strides,
/// in place allowed): 10ˣ. Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL), `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH` (an input not broadcastable to `out`'s shape); `out` is untouched on error. Thread safety: reentrant; above 32768 elements, up to `sciport_set_num_threads` threads share the work.
inline void exp10(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_exp10);
}
/// scipy.special.exp10 of each element.
inline std::vector<double> exp10(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_exp10);
}
/// scipy.special.exp10 of one value.
inline double exp10(double x) { return exp10(std::vector<double>{x})[0]; }

/// scipy.special.cbrt(x) elementwise into `out` (any strides,
/// in place allowed): the real cube root. Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL), `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH` (an input not broadcastable to `out`'s shape); `out` is untouched on error. Thread safety: reentrant; above 32768 elements, up to `sciport_set_num_threads` threads share the work.
inline void cbrt(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_cbrt);
}
/// scipy.special.cbrt of each element.
inline std::vector<double> cbrt(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_cbrt);
}
/// scipy.special.cbrt of one value.
inline double cbrt(double x) { return cbrt(std::vector<double>{x})[0]; }

/// scipy.special.round(x) elementwise into `out` (any strides,
/// in place allowed): rounding to the nearest integer, halves to even. Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL), `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH` (an input not broadcastable to `out`'s shape); `out` is untouched on error. Thread safety: reentrant; above 32768 elements, up to `sciport_set_num_threads` threads share the work.
inline void round(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_round);
}
/// scipy.special.round of each element.
inline std::vector<double> round(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_round);
}
/// scipy.special.round of one value.
inline double round(double x) { return round(std::vector<double>{x})[0]; }

/// scipy.special.sindg(x) elementwise into `out` (any strides,
/// in place allowed): the sine of an angle in degrees. The angle is reduced exactly: exact at multiples of 30° and accurate for any finite x (SciPy returns 0 beyond |x| = 10¹⁴); NaN at ±inf (SciPy: 0).
inline void sindg(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_sindg);
}
/// scipy.special.sindg of each element.
inline std::vector<double> sindg(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_sindg);
}
/// scipy.special.sindg of one value.
inline double sindg(double x) { return sindg(std::vector<double>{x})[0]; }

/// scipy.special.cosdg(x) elementwise into `out` (any strides,
/// in place allowed): the cosine of an angle in degrees. Reduced exactly as `sindg`; NaN at ±inf (SciPy: 0).
inline void cosdg(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_cosdg);
}
/// scipy.special.cosdg of each element.
inline std::vector<double> cosdg(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_cosdg);
}
/// scipy.special.cosdg of one value.
inline double cosdg(double x) { return cosdg(std::vector<double>{x})[0]; }

/// scipy.special.tandg(x) elementwise into `out` (any strides,
/// in place allowed): the tangent of an angle in degrees. +inf at odd multiples of 90° of either sign (as SciPy); reduced exactly as `sindg`; NaN at ±inf (SciPy: 0).
inline void tandg(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_tandg);
}
/// scipy.special.tandg of each element.
inline std::vector<double> tandg(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_tandg);
}
/// scipy.special.tandg of one value.
inline double tandg(double x) { return tandg(std::vector<double>{x})[0]; }

/// scipy.special.cotdg(x) elementwise into `out` (any strides,
/// in place allowed): the cotangent of an angle in degrees. +inf at multiples of 180° of either sign (as SciPy); reduced exactly as `sindg`; NaN at ±inf (SciPy: 0).
inline void cotdg(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_cotdg);
}
/// scipy.special.cotdg of each element.
inline std::vector<double> cotdg(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_cotdg);
}
/// scipy.special.cotdg of one value.
inline double cotdg(double x) { return cotdg(std::vector<double>{x})[0]; }

/// scipy.special.radian(d, m, s) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): an angle in degrees, minutes and seconds in radians. An angle in degrees, minutes and seconds in radians, elementwise (`scipy.special.radian(d, m, s)`).  `out[i] = radian(d[i], m[i], s[i])` = (d + m/60 + s/3600)·π/180. `d`, `m` and `s` broadcast against `out`.
inline void radian(ndview<const double> d, ndview<const double> m, ndview<const double> s, ndview<double> out) {
    detail::ufunc<3>({d, m, s}, out, sciport_special_radian);
}
/// scipy.special.radian of vectors (each of the common length or 1).
inline std::vector<double> radian(const std::vector<double> &d, const std::vector<double> &m, const std::vector<double> &s) {
    return detail::ufunc_vector<3>({&d, &m, &s}, sciport_special_radian);
}
/// scipy.special.radian of one value.
inline double radian(double d, double m, double s) { return radian(std::vector<double>{d}, std::vector<double>{m}, std::vector<double>{s})[0]; }

/// scipy.special.owens_t(h, a) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): Owen's T function T(h, a) = (1/2π)∫₀^a e^(−h²(1+x²)/2)/(1+x²) dx. Even in h, odd in a; 0 for h = ±inf or a = 0; Q(|h|)/2 for a = ±inf (with a's sign); NaN if either is NaN.
inline void owens_t(ndview<const double> h, ndview<const double> a, ndview<double> out) {
    detail::ufunc<2>({h, a}, out, sciport_special_owens_t);
}
/// scipy.special.owens_t of vectors (each of the common length or 1).
inline std::vector<double> owens_t(const std::vector<double> &h, const std::vector<double> &a) {
    return detail::ufunc_vector<2>({&h, &a}, sciport_special_owens_t);
}
/// scipy.special.owens_t of one value.
inline double owens_t(double h, double a) { return owens_t(std::vector<double>{h}, std::vector<double>{a})[0]; }

/// scipy.special.smirnov(n, d) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the survival function of the one-sided Kolmogorov–Smirnov statistic, P(Dₙ⁺ ≥ d). n is truncated to an integer (as SciPy); NaN unless n ≥ 1 and 0 ≤ d ≤ 1. Exact (the Birnbaum–Tingey sum, n terms) up to n = 10⁶; above, SciPy's approximation exp(−(6nd+1)²/(18n)).
inline void smirnov(ndview<const double> n, ndview<const double> d, ndview<double> out) {
    detail::ufunc<2>({n, d}, out, sciport_special_smirnov);
}
/// scipy.special.smirnov of vectors (each of the common length or 1).
inline std::vector<double> smirnov(const std::vector<double> &n, const std::vector<double> &d) {
    return detail::ufunc_vector<2>({&n, &d}, sciport_special_smirnov);
}
/// scipy.special.smirnov of one value.
inline double smirnov(double n, double d) { return smirnov(std::vector<double>{n}, std::vector<double>{d})[0]; }

/// scipy.special.smirnovi(n, p) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the inverse of `sciport_special_smirnov` in d. The inverse of `sciport_special_smirnov` in d, elementwise (`scipy.special.smirnovi(n, p)`).  `out[i] = smirnovi(n[i], p[i])`: the d with smirnov(n, d) = p. `n` and `p` broadcast against `out`. n is truncated to an integer; NaN unless n ≥ 1 and 0 ≤ p ≤ 1; 1 at p = 0, 0 at p = 1.
inline void smirnovi(ndview<const double> n, ndview<const double> p, ndview<double> out) {
    detail::ufunc<2>({n, p}, out, sciport_special_smirnovi);
}
/// scipy.special.smirnovi of vectors (each of the common length or 1).
inline std::vector<double> smirnovi(const std::vector<double> &n, const std::vector<double> &p) {
    return detail::ufunc_vector<2>({&n, &p}, sciport_special_smirnovi);
}
/// scipy.special.smirnovi of one value.
inline double smirnovi(double n, double p) { return smirnovi(std::vector<double>{n}, std::vector<double>{p})[0]; }

/// scipy.special.jv(v, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the Bessel function of the first kind J_v(x) of real order v. For x < 0 only integer orders are real (J_n(−x) = (−1)^n J_n(x)), NaN otherwise; NaN at x = ±inf (as SciPy). At x = 0: 1 for v = 0, 0 for v > 0 or a negative integer, ±inf (the sign of 1/Γ(1+v)) for other v < 0; 0 for v = ±inf and x ≥ 0. Orders above about 10⁴ with v < x < v²/5 (beyond 2·10⁷ continued-fraction steps) give NaN.
inline void jv(ndview<const double> v, ndview<const double> x, ndview<double> out) {
    detail::ufunc<2>({v, x}, out, sciport_special_jv);
}
/// scipy.special.jv of vectors (each of the common length or 1).
inline std::vector<double> jv(const std::vector<double> &v, const std::vector<double> &x) {
    return detail::ufunc_vector<2>({&v, &x}, sciport_special_jv);
}
/// scipy.special.jv of one value.
inline double jv(double v, double x) { return jv(std::vector<double>{v}, std::vector<double>{x})[0]; }

/// scipy.special.yv(v, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the Bessel function of the second kind Y_v(x) of real order v. NaN for x < 0 and at x = ±inf (as SciPy). At x = 0: −inf for v ≥ 0; for v < 0 the limit's sign (±inf), or 0 at negative half-integers, where Y_v = ±J_{−v} (SciPy: ±inf). NaN for v = ±inf at x > 0, −inf at x = 0. jv's limit on large orders applies.
inline void yv(ndview<const double> v, ndview<const double> x, ndview<double> out) {
    detail::ufunc<2>({v, x}, out, sciport_special_yv);
}
/// scipy.special.yv of vectors (each of the common length or 1).
inline std::vector<double> yv(const std::vector<double> &v, const std::vector<double> &x) {
    return detail::ufunc_vector<2>({&v, &x}, sciport_special_yv);
}
/// scipy.special.yv of one value.
inline double yv(double v, double x) { return yv(std::vector<double>{v}, std::vector<double>{x})[0]; }

/// scipy.special.j0(x) elementwise into `out` (any strides,
/// in place allowed): the Bessel function of the first kind of order 0, J₀(x). Even in x; NaN at x = ±inf (as SciPy).
inline void j0(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_j0);
}
/// scipy.special.j0 of each element.
inline std::vector<double> j0(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_j0);
}
/// scipy.special.j0 of one value.
inline double j0(double x) { return j0(std::vector<double>{x})[0]; }

/// scipy.special.j1(x) elementwise into `out` (any strides,
/// in place allowed): the Bessel function of the first kind of order 1, J₁(x). Odd in x; NaN at x = ±inf (as SciPy).
inline void j1(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_j1);
}
/// scipy.special.j1 of each element.
inline std::vector<double> j1(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_j1);
}
/// scipy.special.j1 of one value.
inline double j1(double x) { return j1(std::vector<double>{x})[0]; }

/// scipy.special.y0(x) elementwise into `out` (any strides,
/// in place allowed): the Bessel function of the second kind of order 0, Y₀(x). −inf at 0, NaN for x < 0 and at x = inf (as SciPy).
inline void y0(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_y0);
}
/// scipy.special.y0 of each element.
inline std::vector<double> y0(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_y0);
}
/// scipy.special.y0 of one value.
inline double y0(double x) { return y0(std::vector<double>{x})[0]; }

/// scipy.special.y1(x) elementwise into `out` (any strides,
/// in place allowed): the Bessel function of the second kind of order 1, Y₁(x). −inf at 0, NaN for x < 0 and at x = inf (as SciPy).
inline void y1(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_y1);
}
/// scipy.special.y1 of each element.
inline std::vector<double> y1(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_y1);
}
/// scipy.special.y1 of one value.
inline double y1(double x) { return y1(std::vector<double>{x})[0]; }

/// scipy.special.iv(v, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the modified Bessel function of the first kind I_v(x) of real order v. For x < 0 only integer orders are real (I_n(−x) = (−1)^n I_n(x)), NaN otherwise. At x = 0: 1 for v = 0, 0 for v > 0 or a negative integer, inf for other negative v; ±inf at x = ±inf; 0 for v = inf, NaN for v = −inf (SciPy's limits at infinite x or v are inconsistent; these are the mathematical ones).
inline void iv(ndview<const double> v, ndview<const double> x, ndview<double> out) {
    detail::ufunc<2>({v, x}, out, sciport_special_iv);
}
/// scipy.special.iv of vectors (each of the common length or 1).
inline std::vector<double> iv(const std::vector<double> &v, const std::vector<double> &x) {
    return detail::ufunc_vector<2>({&v, &x}, sciport_special_iv);
}
/// scipy.special.iv of one value.
inline double iv(double v, double x) { return iv(std::vector<double>{v}, std::vector<double>{x})[0]; }

/// scipy.special.ive(v, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the exponentially scaled modified Bessel function of the first kind I_v(x)·e^(−|x|). iv's domain; 0 at x = ±inf.
inline void ive(ndview<const double> v, ndview<const double> x, ndview<double> out) {
    detail::ufunc<2>({v, x}, out, sciport_special_ive);
}
/// scipy.special.ive of vectors (each of the common length or 1).
inline std::vector<double> ive(const std::vector<double> &v, const std::vector<double> &x) {
    return detail::ufunc_vector<2>({&v, &x}, sciport_special_ive);
}
/// scipy.special.ive of one value.
inline double ive(double v, double x) { return ive(std::vector<double>{v}, std::vector<double>{x})[0]; }

/// scipy.special.kv(v, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the modified Bessel function of the second kind K_v(x) of real order v (even in v). NaN for x < 0; inf at x = 0 and for infinite v; 0 at x = inf.
inline void kv(ndview<const double> v, ndview<const double> x, ndview<double> out) {
    detail::ufunc<2>({v, x}, out, sciport_special_kv);
}
/// scipy.special.kv of vectors (each of the common length or 1).
inline std::vector<double> kv(const std::vector<double> &v, const std::vector<double> &x) {
    return detail::ufunc_vector<2>({&v, &x}, sciport_special_kv);
}
/// scipy.special.kv of one value.
inline double kv(double v, double x) { return kv(std::vector<double>{v}, std::vector<double>{x})[0]; }

/// scipy.special.kve(v, x) elementwise into `out` (inputs broadcast against `out`, any strides,
/// in place allowed): the exponentially scaled modified Bessel function of the second kind K_v(x)·e^x. kv's domain; 0 at x = inf.
inline void kve(ndview<const double> v, ndview<const double> x, ndview<double> out) {
    detail::ufunc<2>({v, x}, out, sciport_special_kve);
}
/// scipy.special.kve of vectors (each of the common length or 1).
inline std::vector<double> kve(const std::vector<double> &v, const std::vector<double> &x) {
    return detail::ufunc_vector<2>({&v, &x}, sciport_special_kve);
}
/// scipy.special.kve of one value.
inline double kve(double v, double x) { return kve(std::vector<double>{v}, std::vector<double>{x})[0]; }

/// scipy.special.i0(x) elementwise into `out` (any strides,
/// in place allowed): the modified Bessel function of the first kind of order 0, I₀(x). Even in x; inf at x = ±inf.
inline void i0(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_i0);
}
/// scipy.special.i0 of each element.
inline std::vector<double> i0(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_i0);
}
/// scipy.special.i0 of one value.
inline double i0(double x) { return i0(std::vector<double>{x})[0]; }

/// scipy.special.i0e(x) elementwise into `out` (any strides,
/// in place allowed): the exponentially scaled modified Bessel function I₀(x)·e^(−|x|). Even in x; 0 at x = ±inf.
inline void i0e(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_i0e);
}
/// scipy.special.i0e of each element.
inline std::vector<double> i0e(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_i0e);
}
/// scipy.special.i0e of one value.
inline double i0e(double x) { return i0e(std::vector<double>{x})[0]; }

/// scipy.special.i1(x) elementwise into `out` (any strides,
/// in place allowed): the modified Bessel function of the first kind of order 1, I₁(x). Odd in x; ±inf at x = ±inf.
inline void i1(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_i1);
}
/// scipy.special.i1 of each element.
inline std::vector<double> i1(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_i1);
}
/// scipy.special.i1 of one value.
inline double i1(double x) { return i1(std::vector<double>{x})[0]; }

/// scipy.special.i1e(x) elementwise into `out` (any strides,
/// in place allowed): the exponentially scaled modified Bessel function I₁(x)·e^(−|x|). Odd in x; 0 at x = ±inf.
inline void i1e(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_i1e);
}
/// scipy.special.i1e of each element.
inline std::vector<double> i1e(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_i1e);
}
/// scipy.special.i1e of one value.
inline double i1e(double x) { return i1e(std::vector<double>{x})[0]; }

/// scipy.special.k0(x) elementwise into `out` (any strides,
/// in place allowed): the modified Bessel function of the second kind of order 0, K₀(x). NaN for x < 0, inf at x = 0, 0 at x = inf.
inline void k0(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_k0);
}
/// scipy.special.k0 of each element.
inline std::vector<double> k0(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_k0);
}
/// scipy.special.k0 of one value.
inline double k0(double x) { return k0(std::vector<double>{x})[0]; }

/// scipy.special.k0e(x) elementwise into `out` (any strides,
/// in place allowed): the exponentially scaled modified Bessel function K₀(x)·e^x. NaN for x < 0, inf at x = 0, 0 at x = inf.
inline void k0e(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_k0e);
}
/// scipy.special.k0e of each element.
inline std::vector<double> k0e(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_k0e);
}
/// scipy.special.k0e of one value.
inline double k0e(double x) { return k0e(std::vector<double>{x})[0]; }

/// scipy.special.k1(x) elementwise into `out` (any strides,
/// in place allowed): the modified Bessel function of the second kind of order 1, K₁(x). NaN for x < 0, inf at x = 0, 0 at x = inf.
inline void k1(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_k1);
}
/// scipy.special.k1 of each element.
inline std::vector<double> k1(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_k1);
}
/// scipy.special.k1 of one value.
inline double k1(double x) { return k1(std::vector<double>{x})[0]; }

/// scipy.special.k1e(x) elementwise into `out` (any strides,
/// in place allowed): the exponentially scaled modified Bessel function K₁(x)·e^x. NaN for x < 0, inf at x = 0, 0 at x = inf.
inline void k1e(ndview<const double> x, ndview<double> out) {
    detail::ufunc<1>({x}, out, sciport_special_k1e);
}
/// scipy.special.k1e of each element.
inline std::vector<double> k1e(const std::vector<double> &x) {
    return detail::ufunc_vector<1>({&x}, sciport_special_k1e);
}
/// scipy.special.k1e of one value.
inline double k1e(double x) { return k1e(std::vector<double>{x})[0]; }
// END GENERATED special

// ---------------------------------------- comb and the exact counts (by hand)
//
// comb is a ufunc like binom, but its C function takes `repetition` besides
// its views, so the generator leaves it out; it comes in the same three forms
// (view, vector, scalar). The exact forms are SciPy's exact=True: the integer
// as its decimal digits in a std::string (exact results are limited to 100000
// digits; larger ones throw sciport::error with SCIPORT_ERR_INVALID_ARGUMENT).

namespace detail {

/// Runs one sciport_special_*_exact function `f(digits, digits_size, len,
/// err)` as the C API asks: a length query, then into a buffer of len + 1
/// bytes. Throws sciport::error on failure.
template <class F> std::string exact_digits(F f) {
    std::size_t len = 0;
    checked([&](sciport_error **e) { return f(nullptr, 0, &len, e); });
    std::vector<char> buf(len + 1);
    checked([&](sciport_error **e) { return f(buf.data(), buf.size(), &len, e); });
    return std::string(buf.data(), len);
}

/// sciport_special_comb with `repetition` bound, in the shape detail::ufunc calls.
struct comb_ufunc {
    bool repetition;
    sciport_status operator()(const sciport_ndarray *N, const sciport_ndarray *k,
                              const sciport_ndarray *out, sciport_error **e) const {
        return sciport_special_comb(N, k, repetition, out, e);
    }
};

} // namespace detail

/// scipy.special.comb(N, k, exact=False, repetition) elementwise into `out`
/// (any strides, in place allowed): the number of combinations of N things
/// taken k at a time. Without repetition binom(N, k) where 0 ≤ k ≤ N and 0
/// elsewhere (also for NaN, as SciPy); with repetition (combinations with
/// replacement) binom(N + k − 1, k), and 1 for k = 0 ≤ N. N and k broadcast
/// against `out`; comb_exact gives the exact integers.
inline void comb(ndview<const double> N, ndview<const double> k, ndview<double> out,
                 bool repetition = false) {
    detail::ufunc<2>({N, k}, out, detail::comb_ufunc{repetition});
}
/// scipy.special.comb(N, k, repetition=repetition) of each element (N and k
/// of the common length, or of length 1).
inline std::vector<double> comb(const std::vector<double> &N, const std::vector<double> &k,
                                bool repetition = false) {
    return detail::ufunc_vector<2>({&N, &k}, detail::comb_ufunc{repetition});
}
/// scipy.special.comb(N, k, repetition=repetition) of one pair of values.
inline double comb(double N, double k, bool repetition = false) {
    return comb(std::vector<double>{N}, std::vector<double>{k}, repetition)[0];
}

/// scipy.special.comb(N, k, exact=True, repetition): the number of
/// combinations as an exact integer, in decimal digits. "0" unless
/// 0 ≤ k ≤ N; with repetition C(N + k − 1, k), "1" for k = 0 ≤ N. Throws
/// sciport::error (SCIPORT_ERR_INVALID_ARGUMENT) for a result of more than
/// 100000 digits or N + k − 1 beyond int64.
inline std::string comb_exact(std::int64_t N, std::int64_t k, bool repetition = false) {
    return detail::exact_digits([&](char *d, std::size_t size, std::size_t *len, sciport_error **e) {
        return sciport_special_comb_exact(N, k, repetition, d, size, len, e);
    });
}
/// scipy.special.perm(N, k, exact=True): N!/(N − k)! as an exact integer, in
/// decimal digits; "0" unless 0 ≤ k ≤ N. Throws sciport::error
/// (SCIPORT_ERR_INVALID_ARGUMENT) for a result of more than 100000 digits.
inline std::string perm_exact(std::int64_t N, std::int64_t k) {
    return detail::exact_digits([&](char *d, std::size_t size, std::size_t *len, sciport_error **e) {
        return sciport_special_perm_exact(N, k, d, size, len, e);
    });
}
/// scipy.special.factorial(n, exact=True): n! as an exact integer, in
/// decimal digits; "0" for n < 0, "1" for n = 0. Throws sciport::error
/// (SCIPORT_ERR_INVALID_ARGUMENT) above n = 25205 (more than 100000 digits).
inline std::string factorial_exact(std::int64_t n) {
    return detail::exact_digits([&](char *d, std::size_t size, std::size_t *len, sciport_error **e) {
        return sciport_special_factorial_exact(n, d, size, len, e);
    });
}
/// scipy.special.factorial2(n, exact=True): the double factorial
/// n!! = n(n − 2)(n − 4)… as an exact integer, in decimal digits; "0" for
/// n < 0, "1" for n = 0 and 1. Throws sciport::error
/// (SCIPORT_ERR_INVALID_ARGUMENT) for a result of more than 100000 digits.
inline std::string factorial2_exact(std::int64_t n) {
    return detail::exact_digits([&](char *d, std::size_t size, std::size_t *len, sciport_error **e) {
        return sciport_special_factorial2_exact(n, d, size, len, e);
    });
}

// ------------------------------------------- reductions over axes (not ufuncs)
//
// logsumexp, softmax and log_softmax take SciPy's `axis` as a list of axes:
// {} is None (every axis), negative entries count from the end. Each comes as
// a view form writing into `out` (any strides; inputs may share memory with
// the outputs), an ndarray form returning a new array in the input's layout,
// and a std::vector form for 1-D data (every axis). Errors (an axis out of
// range or repeated, b not broadcastable, an output of the wrong shape)
// throw sciport::error with the library's message.

/// scipy.special.logsumexp(a, b=b, return_sign=True) of a vector.
struct logsumexp_result {
    /// log |Σ bᵢ·exp(aᵢ)|.
    double value = 0.0;
    /// The sign of the sum: -1, 0 or 1.
    double sign = 0.0;
};

/// scipy.special.logsumexp(a, axis, b, keepdims, return_sign=True) of an
/// N-D array: both members have the reduced shape.
struct logsumexp_array_result {
    /// log |Σ bᵢ·exp(aᵢ)| of each group.
    ndarray<double> value;
    /// The sign of each sum: -1, 0 or 1.
    ndarray<double> sign;
};

namespace detail {

/// NumPy's broadcast of two shapes (aligned from the last dimension; an
/// extent 1 stretches), or nullopt when they do not broadcast.
inline std::optional<std::vector<std::size_t>> broadcast_shapes(std::vector<std::size_t> x,
                                                                std::vector<std::size_t> y) {
    if (x.size() < y.size()) {
        std::swap(x, y);
    }
    const std::size_t lead = x.size() - y.size();
    for (std::size_t k = 0; k < y.size(); ++k) {
        std::size_t &e = x[lead + k];
        if (e == 1) {
            e = y[k];
        } else if (y[k] != 1 && y[k] != e) {
            return std::nullopt;
        }
    }
    return x;
}

/// The shape of a reduction of `full` over `axis` ({} = every axis): the kept
/// extents, with `keepdims` the reduced axes as 1. {1} for arguments the
/// library rejects (bad or repeated axes, shapes that do not broadcast), so
/// that the library reports the real problem.
inline std::vector<std::size_t>
reduced_shape(const std::optional<std::vector<std::size_t>> &full,
              const std::vector<std::int64_t> &axis, bool keepdims) {
    if (!full) {
        return {1};
    }
    std::vector<bool> reduced(full->size(), axis.empty());
    for (std::int64_t a : axis) {
        std::ptrdiff_t k = sciport::detail::resolve_axis(a, full->size());
        if (k < 0 || reduced[static_cast<std::size_t>(k)]) {
            return {1};
        }
        reduced[static_cast<std::size_t>(k)] = true;
    }
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < full->size(); ++k) {
        if (!reduced[k]) {
            out.push_back((*full)[k]);
        } else if (keepdims) {
            out.push_back(1);
        }
    }
    return out;
}

/// The view of `out` the C functions receive: a 0-d array (a reduction over
/// every axis, NumPy's scalar) as its one element with shape (1,).
inline ndview<double> c_out_view(ndarray<double> &out) {
    if (out.ndim() == 0) {
        return ndview<double>(out.data(), std::vector<std::size_t>{1}, order::c);
    }
    return out.view();
}

/// The library's axes argument: NULL for {} (None).
inline const std::int64_t *axes_ptr(const std::vector<std::int64_t> &axis) noexcept {
    return axis.empty() ? nullptr : axis.data();
}

/// Shared body of the returning logsumexp forms; `sign` is filled when given.
inline ndarray<double> logsumexp_new(const ndview<const double> &a,
                                     const std::vector<std::int64_t> &axis,
                                     const std::optional<ndview<const double>> &b, bool keepdims,
                                     ndarray<double> *sign) {
    std::optional<std::vector<std::size_t>> full(a.shape);
    if (b) {
        full = broadcast_shapes(a.shape, b->shape);
    }
    const std::vector<std::size_t> shape = reduced_shape(full, axis, keepdims);
    const order o = sciport::detail::preferred_order(a);
    ndarray<double> out(shape, o);
    std::optional<ndview<double>> sign_view;
    if (sign != nullptr) {
        *sign = ndarray<double>(shape, o);
        sign_view = c_out_view(*sign);
    }
    ndview<double> out_view = c_out_view(out);
    sciport_ndarray ca = sciport::detail::to_c(a);
    sciport_ndarray co = sciport::detail::to_c(out_view);
    std::optional<sciport_ndarray> cb, cs;
    if (b) {
        cb = sciport::detail::to_c(*b);
    }
    if (sign_view) {
        cs = sciport::detail::to_c(*sign_view);
    }
    checked([&](sciport_error **e) {
        return sciport_special_logsumexp(&ca, axes_ptr(axis), axis.size(), cb ? &*cb : nullptr,
                                         &co, cs ? &*cs : nullptr, e);
    });
    return out;
}

/// The C signature of softmax and log_softmax.
using group_fn = sciport_status (*)(const sciport_ndarray *, const std::int64_t *, std::size_t,
                                    const sciport_ndarray *, sciport_error **);

/// Runs softmax or log_softmax of `x` over `axis` into `out`; throws on failure.
inline void group_map(group_fn f, const ndview<const double> &x, const ndview<double> &out,
                      const std::vector<std::int64_t> &axis) {
    sciport_ndarray cx = sciport::detail::to_c(x);
    sciport_ndarray co = sciport::detail::to_c(out);
    checked([&](sciport_error **e) { return f(&cx, axes_ptr(axis), axis.size(), &co, e); });
}

} // namespace detail

/// scipy.special.logsumexp into caller views: log Σ bᵢ·exp(aᵢ) over `axis`
/// ({} = None, every axis), computed without overflow. `b`: weights
/// broadcast against `a` as NumPy broadcasts (nullopt = None; negative
/// weights subtract, a zero weight drops its term). `out` has the kept
/// extents, with or without the reduced axes as extent-1 dimensions
/// (keepdims); a reduction over every axis writes a 1-element view such as
/// shape {1}. `sign`: nullopt is return_sign=False (a negative sum gives NaN);
/// otherwise a view of out's shape receiving the sign (-1, 0, 1), `out` then
/// holding log |sum|.
inline void logsumexp(const ndview<const double> &a, const ndview<double> &out,
                      const std::vector<std::int64_t> &axis = {},
                      const std::optional<ndview<const double>> &b = std::nullopt,
                      const std::optional<ndview<double>> &sign = std::nullopt) {
    sciport_ndarray ca = sciport::detail::to_c(a);
    sciport_ndarray co = sciport::detail::to_c(out);
    std::optional<sciport_ndarray> cb, cs;
    if (b) {
        cb = sciport::detail::to_c(*b);
    }
    if (sign) {
        cs = sciport::detail::to_c(*sign);
    }
    checked([&](sciport_error **e) {
        return sciport_special_logsumexp(&ca, detail::axes_ptr(axis), axis.size(),
                                         cb ? &*cb : nullptr, &co, cs ? &*cs : nullptr, e);
    });
}

/// scipy.special.logsumexp(a, axis, b, keepdims) as a new array in a's layout:
/// the kept extents of the (broadcast) shape, with keepdims the reduced axes
/// as 1; a reduction over every axis without keepdims gives a 0-d array
/// (shape {}, one element), NumPy's scalar.
inline ndarray<double> logsumexp(const ndview<const double> &a,
                                 const std::vector<std::int64_t> &axis = {},
                                 const std::optional<ndview<const double>> &b = std::nullopt,
                                 bool keepdims = false) {
    return detail::logsumexp_new(a, axis, b, keepdims, nullptr);
}

/// scipy.special.logsumexp(a, axis, b, keepdims, return_sign=True): log |sum|
/// and the sign of each sum, both of the shape logsumexp returns.
inline logsumexp_array_result logsumexp_sign(const ndview<const double> &a,
                                             const std::vector<std::int64_t> &axis = {},
                                             const std::optional<ndview<const double>> &b =
                                                 std::nullopt,
                                             bool keepdims = false) {
    logsumexp_array_result r;
    r.value = detail::logsumexp_new(a, axis, b, keepdims, &r.sign);
    return r;
}

/// scipy.special.logsumexp(a) of a vector: log Σ exp(aᵢ) (-inf when empty).
inline double logsumexp(const std::vector<double> &a) {
    return logsumexp(sciport::detail::vec_view(a.data(), a.size()))();
}

/// scipy.special.logsumexp(a, b=b) of a vector: log Σ bᵢ·exp(aᵢ); b has
/// a.size() entries or one. A negative sum gives NaN (see logsumexp_sign).
inline double logsumexp(const std::vector<double> &a, const std::vector<double> &b) {
    return logsumexp(sciport::detail::vec_view(a.data(), a.size()), {},
                     sciport::detail::vec_view(b.data(), b.size()))();
}

/// scipy.special.logsumexp(a, return_sign=True) of a vector.
inline logsumexp_result logsumexp_sign(const std::vector<double> &a) {
    auto r = logsumexp_sign(sciport::detail::vec_view(a.data(), a.size()));
    return {r.value(), r.sign()};
}

/// scipy.special.logsumexp(a, b=b, return_sign=True) of a vector: log |sum|
/// and the sign of the sum (-1, 0, 1).
inline logsumexp_result logsumexp_sign(const std::vector<double> &a,
                                       const std::vector<double> &b) {
    auto r = logsumexp_sign(sciport::detail::vec_view(a.data(), a.size()), {},
                            sciport::detail::vec_view(b.data(), b.size()));
    return {r.value(), r.sign()};
}

/// scipy.special.softmax(x, axis) into `out` (x's shape, any strides; may be
/// x itself): exp(xᵢ) / Σⱼ exp(xⱼ) over `axis` ({} = None, every axis), with
/// the maximum factored out. A group holding NaN, +inf or only -inf is NaN.
inline void softmax(const ndview<const double> &x, const ndview<double> &out,
                    const std::vector<std::int64_t> &axis = {}) {
    detail::group_map(&sciport_special_softmax, x, out, axis);
}

/// scipy.special.softmax(x, axis) as a new array in x's layout.
inline ndarray<double> softmax(const ndview<const double> &x,
                               const std::vector<std::int64_t> &axis = {}) {
    ndarray<double> out(x.shape, sciport::detail::preferred_order(x));
    softmax(x, out.view(), axis);
    return out;
}

/// scipy.special.softmax of a vector (over its one axis).
inline std::vector<double> softmax(const std::vector<double> &x) {
    std::vector<double> out(x.size());
    softmax(sciport::detail::vec_view(x.data(), x.size()),
            sciport::detail::vec_view(out.data(), out.size()));
    return out;
}

/// scipy.special.log_softmax(x, axis) into `out` (x's shape, any strides; may
/// be x itself): xᵢ - log Σⱼ exp(xⱼ) over `axis` ({} = None, every axis).
inline void log_softmax(const ndview<const double> &x, const ndview<double> &out,
                        const std::vector<std::int64_t> &axis = {}) {
    detail::group_map(&sciport_special_log_softmax, x, out, axis);
}

/// scipy.special.log_softmax(x, axis) as a new array in x's layout.
inline ndarray<double> log_softmax(const ndview<const double> &x,
                                   const std::vector<std::int64_t> &axis = {}) {
    ndarray<double> out(x.shape, sciport::detail::preferred_order(x));
    log_softmax(x, out.view(), axis);
    return out;
}

/// scipy.special.log_softmax of a vector (over its one axis).
inline std::vector<double> log_softmax(const std::vector<double> &x) {
    std::vector<double> out(x.size());
    log_softmax(sciport::detail::vec_view(x.data(), x.size()),
                sciport::detail::vec_view(out.data(), out.size()));
    return out;
}

} // namespace special

// ------------------------------------------------- stats: frozen distributions
//
// sciport::Dist is scipy.stats.<name>(*shapes, loc=loc, scale=scale): a
// move-only RAII owner of a sciport_dist (unique_ptr with
// sciport_stats_dist_free). Pointwise methods (pdf, logpdf, pmf, logpmf, cdf,
// logcdf, sf, logsf, ppf, isf) come as a scalar, a std::vector, a
// pointer + size, an ndview into a caller view (x broadcast to out's shape;
// any strides) and an ndview returning an ndarray in x's layout, plus
// std::span forms in C++20. Dist::fit (scipy.stats.<name>.fit) and expect(f)
// (f any callable; its exceptions rethrown after the call) too. Errors
// (unknown family, wrong shape count, pdf of a discrete family, pmf of a
// continuous one, a failed fit, ...) throw sciport::error.
// Thread safety: a Dist is immutable; its methods may run on many threads.

/// Dist::stats(): mean, variance, Fisher skewness and excess kurtosis.
struct dist_stats {
    double mean;     ///< mean
    double var;      ///< variance
    double skew;     ///< Fisher skewness
    double kurtosis; ///< excess (Fisher) kurtosis
};

/// Dist::family(): a family's shape parameter names (SciPy's order) and
/// whether it is discrete (pmf instead of pdf, loc only).
struct dist_family {
    std::vector<std::string> shapes; ///< shape names, e.g. {"a", "b"} for beta
    bool discrete;                   ///< true for a discrete family
};

/// Dist::fit() keywords (rv_continuous.fit); unset optionals are SciPy's None.
struct dist_fit_options {
    /// "MLE" (maximum likelihood; empty means this) or "MM" (method of
    /// moments), case-insensitive.
    std::string method;
    /// Empty (nothing fixed), or one entry per shape parameter (SciPy's
    /// order): a value holds that shape fixed (f0, fa, ...), nullopt frees it.
    std::vector<std::optional<double>> fixed_shapes;
    /// Fixed location (floc).
    std::optional<double> floc;
    /// Fixed scale (fscale).
    std::optional<double> fscale;
    /// Empty, or one starting value per shape parameter; nullopt = SciPy's.
    std::vector<std::optional<double>> guess_shapes;
    /// Starting location (loc=); unset = SciPy's.
    std::optional<double> loc;
    /// Starting scale (scale=); unset = SciPy's.
    std::optional<double> scale;
};

/// Dist::fit()'s estimates: scipy's (*shapes, loc, scale) tuple, plus the
/// family name so that Dist(result) freezes the fitted distribution.
struct dist_fit_result {
    std::string name;          ///< the family fitted
    std::vector<double> shapes; ///< shape estimates, SciPy's order
    double loc = 0.0;          ///< location estimate
    double scale = 1.0;        ///< scale estimate
};

/// Dist::expect() keywords; unset optionals are SciPy's defaults.
struct dist_expect_options {
    /// Lower end of the range (lb); unset = the support's lower end.
    std::optional<double> lb;
    /// Upper end of the range (ub); unset = the support's upper end.
    std::optional<double> ub;
    /// Divide by the probability of [lb, ub].
    bool conditional = false;
    /// Continuous families: quad's epsabs (1.49e-8).
    std::optional<double> epsabs;
    /// Continuous families: quad's epsrel (1.49e-8).
    std::optional<double> epsrel;
    /// Continuous families: quad's limit on subintervals (50).
    std::optional<std::size_t> limit;
    /// Discrete families: terms summed before giving up (1000).
    std::optional<std::size_t> maxcount;
    /// Discrete families: summation tolerance per term (1e-10).
    std::optional<double> tolerance;
};

namespace detail {

/// Splits "a, b" into {"a", "b"} ("" gives {}).
inline std::vector<std::string> split_names(const char *s) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        auto b = cur.find_first_not_of(" \t");
        auto e = cur.find_last_not_of(" \t");
        if (b != std::string::npos) {
            out.push_back(cur.substr(b, e - b + 1));
        }
        cur.clear();
    };
    for (const char *p = s != nullptr ? s : ""; *p != '\0'; ++p) {
        if (*p == ',') {
            flush();
        } else {
            cur.push_back(*p);
        }
    }
    flush();
    return out;
}

/// One C value per shape from a vector of optionals (nullopt = NaN); empty
/// stays empty (the C NULL). A wrong length throws SCIPORT_ERR_INVALID_ARGUMENT.
inline std::vector<double> shape_values(const std::vector<std::optional<double>> &v,
                                        std::size_t n_shapes, const char *what) {
    if (v.empty()) {
        return {};
    }
    if (v.size() != n_shapes) {
        throw error(SCIPORT_ERR_INVALID_ARGUMENT,
                    std::string(what) + ": " + std::to_string(v.size()) +
                        " values given; the family has " + std::to_string(n_shapes) +
                        " shape parameters");
    }
    std::vector<double> out(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        out[i] = v[i] ? *v[i] : std::numeric_limits<double>::quiet_NaN();
    }
    return out;
}

/// The C expect options from the C++ ones.
inline sciport_dist_expect_options to_c(const dist_expect_options &o) {
    sciport_dist_expect_options c = sciport_stats_dist_expect_options_default();
    c.lb = or_nan(o.lb);
    c.ub = or_nan(o.ub);
    c.conditional = o.conditional;
    if (o.epsabs) {
        c.epsabs = *o.epsabs;
    }
    if (o.epsrel) {
        c.epsrel = *o.epsrel;
    }
    if (o.limit) {
        c.limit = *o.limit;
    }
    if (o.maxcount) {
        c.maxcount = *o.maxcount;
    }
    if (o.tolerance) {
        c.tolerance = *o.tolerance;
    }
    return c;
}

/// Deleter releasing a sciport_dist (NULL-safe).
struct dist_deleter {
    void operator()(sciport_dist *d) const noexcept { sciport_stats_dist_free(d); }
};

/// A pointwise method of a frozen distribution.
using dist_fn = sciport_status (*)(const sciport_dist *, const sciport_ndarray *,
                                   const sciport_ndarray *, sciport_error **);

/// A scalar statistic of a frozen distribution.
using dist_scalar_fn = sciport_status (*)(const sciport_dist *, double *, sciport_error **);

} // namespace detail

#if __cplusplus >= 202002L
#define SCIPORT_HPP_DIST_SPAN(name)                                                                \
    /** `name` of a contiguous span into a caller span of x.size() (or 1 x broadcast) (C++20). */ \
    void name(std::span<const double> x, std::span<double> out) const {                           \
        pointwise(&sciport_stats_dist_##name, detail::vec_view(x.data(), x.size()),                \
                  detail::vec_view(out.data(), out.size()));                                       \
    }                                                                                              \
    /** `name` of a contiguous span (C++20). */                                                    \
    std::vector<double> name(std::span<const double> x) const { return name(x.data(), x.size()); }
#else
#define SCIPORT_HPP_DIST_SPAN(name)
#endif

#define SCIPORT_HPP_DIST_METHOD(name)                                                              \
    /** `name` of each element of x into `out` (x broadcast to out's shape; any strides). */       \
    void name(const ndview<const double> &x, const ndview<double> &out) const {                   \
        pointwise(&sciport_stats_dist_##name, x, out);                                             \
    }                                                                                              \
    /** `name` of each element of x, as an ndarray in x's layout. */                               \
    ndarray<double> name(const ndview<const double> &x) const {                                    \
        ndarray<double> out(x.shape, detail::preferred_order(x));                                  \
        name(x, out.view());                                                                       \
        return out;                                                                                \
    }                                                                                              \
    /** `name` of n contiguous values at x into n values at out. */                                \
    void name(const double *x, std::size_t n, double *out) const {                                 \
        pointwise(&sciport_stats_dist_##name, detail::vec_view(x, n), detail::vec_view(out, n));   \
    }                                                                                              \
    /** `name` of n contiguous values at x. */                                                     \
    std::vector<double> name(const double *x, std::size_t n) const {                               \
        std::vector<double> out(n);                                                                \
        name(x, n, out.data());                                                                    \
        return out;                                                                                \
    }                                                                                              \
    /** `name` of each element of a vector. */                                                     \
    std::vector<double> name(const std::vector<double> &x) const {                                 \
        return name(x.data(), x.size());                                                           \
    }                                                                                              \
    /** `name` of one value. */                                                                    \
    double name(double x) const {                                                                  \
        double out = 0.0;                                                                          \
        name(&x, 1, &out);                                                                         \
        return out;                                                                                \
    }                                                                                              \
    SCIPORT_HPP_DIST_SPAN(name)

/// A frozen distribution, scipy.stats.<name>(*shapes, loc=loc, scale=scale).
class Dist {
public:
    /// Freezes family `name` (SciPy's name: "norm", "beta", "poisson", ...)
    /// at `shapes` (SciPy's order; see family()), `loc` and `scale`
    /// (discrete families: scale 1). Throws sciport::error for an unknown
    /// name (SCIPORT_ERR_UNKNOWN_NAME, the message lists the names) or a
    /// wrong number of shapes (SCIPORT_ERR_INVALID_ARGUMENT).
    explicit Dist(const std::string &name, const std::vector<double> &shapes = {},
                  double loc = 0.0, double scale = 1.0)
        : name_(name) {
        sciport_dist *raw = nullptr;
        checked([&](sciport_error **e) {
            return sciport_stats_dist_new(name.c_str(), shapes.data(), shapes.size(), loc, scale,
                                          &raw, e);
        });
        handle_.reset(raw);
    }

    /// Freezes a fit's estimates: Dist(Dist::fit("norm", data)).
    explicit Dist(const dist_fit_result &fitted)
        : Dist(fitted.name, fitted.shapes, fitted.loc, fitted.scale) {}

    Dist(Dist &&) noexcept = default;
    Dist &operator=(Dist &&) noexcept = default;
    Dist(const Dist &) = delete;
    Dist &operator=(const Dist &) = delete;

    /// Every family sciport provides (sciport_stats_dist_names), SciPy's order.
    static std::vector<std::string> names() {
        return detail::split_names(sciport_stats_dist_names());
    }

    /// Shape names and discreteness of family `name` (throws for an unknown name).
    static dist_family family(const std::string &name) {
        const char *shapes = nullptr;
        bool discrete = false;
        checked([&](sciport_error **e) {
            return sciport_stats_dist_family(name.c_str(), &shapes, nullptr, &discrete, e);
        });
        return {detail::split_names(shapes), discrete};
    }

    /// The family name this distribution was made with.
    const std::string &name() const noexcept { return name_; }
    /// Whether the family is discrete.
    bool discrete() const { return family(name_).discrete; }
    /// The C handle (owned by this object).
    const sciport_dist *get() const noexcept { return handle_.get(); }

    SCIPORT_HPP_DIST_METHOD(pdf)
    SCIPORT_HPP_DIST_METHOD(logpdf)
    SCIPORT_HPP_DIST_METHOD(pmf)
    SCIPORT_HPP_DIST_METHOD(logpmf)
    SCIPORT_HPP_DIST_METHOD(cdf)
    SCIPORT_HPP_DIST_METHOD(logcdf)
    SCIPORT_HPP_DIST_METHOD(sf)
    SCIPORT_HPP_DIST_METHOD(logsf)
    SCIPORT_HPP_DIST_METHOD(ppf)
    SCIPORT_HPP_DIST_METHOD(isf)

    /// mean().
    double mean() const { return scalar(&sciport_stats_dist_mean); }
    /// var().
    double var() const { return scalar(&sciport_stats_dist_var); }
    /// std().
    double std() const { return scalar(&sciport_stats_dist_std); }
    /// median().
    double median() const { return scalar(&sciport_stats_dist_median); }
    /// entropy() (nats).
    double entropy() const { return scalar(&sciport_stats_dist_entropy); }

    /// moment(order): E[X^order]; order < 0 throws SCIPORT_ERR_INVALID_ARGUMENT.
    double moment(std::int64_t order) const {
        double out = 0.0;
        checked([&](sciport_error **e) {
            return sciport_stats_dist_moment(handle_.get(), order, &out, e);
        });
        return out;
    }

    /// stats(moments="mvsk").
    dist_stats stats() const {
        dist_stats s{};
        checked([&](sciport_error **e) {
            return sciport_stats_dist_stats(handle_.get(), &s.mean, &s.var, &s.skew, &s.kurtosis,
                                            e);
        });
        return s;
    }

    /// interval(confidence): {lo, hi}; confidence outside [0, 1] throws.
    std::pair<double, double> interval(double confidence) const {
        double lo = 0.0, hi = 0.0;
        checked([&](sciport_error **e) {
            return sciport_stats_dist_interval(handle_.get(), confidence, &lo, &hi, e);
        });
        return {lo, hi};
    }

    /// support(): {lo, hi} after loc and scale.
    std::pair<double, double> support() const {
        double lo = 0.0, hi = 0.0;
        checked([&](sciport_error **e) {
            return sciport_stats_dist_support(handle_.get(), &lo, &hi, e);
        });
        return {lo, hi};
    }

    /// scipy.stats.<name>.fit(data, ...): maximum likelihood (default) or
    /// method-of-moments estimates of the shapes, loc and scale of continuous
    /// family `name`, some possibly held fixed (options). Throws
    /// sciport::error: SCIPORT_ERR_UNKNOWN_NAME (family or method),
    /// SCIPORT_ERR_INVALID_ARGUMENT (no data, non-finite data, every
    /// parameter fixed, a discrete family, fixed_shapes / guess_shapes of
    /// the wrong length), SCIPORT_ERR_FIT_FAILED (SciPy's FitError).
    static dist_fit_result fit(const std::string &name, const double *data, std::size_t n,
                               const dist_fit_options &options = {}) {
        const std::size_t n_shapes = family(name).shapes.size();
        const std::vector<double> fixed =
            detail::shape_values(options.fixed_shapes, n_shapes, "fixed_shapes");
        const std::vector<double> guess =
            detail::shape_values(options.guess_shapes, n_shapes, "guess_shapes");
        sciport_dist_fit_options o = sciport_stats_dist_fit_options_default();
        o.method = options.method.empty() ? nullptr : options.method.c_str();
        o.fixed_shapes = fixed.empty() ? nullptr : fixed.data();
        o.floc = detail::or_nan(options.floc);
        o.fscale = detail::or_nan(options.fscale);
        o.guess_shapes = guess.empty() ? nullptr : guess.data();
        o.loc = detail::or_nan(options.loc);
        o.scale = detail::or_nan(options.scale);
        dist_fit_result r{name, std::vector<double>(n_shapes), 0.0, 1.0};
        checked([&](sciport_error **e) {
            return sciport_stats_dist_fit(name.c_str(), data, n, &o, r.shapes.data(), n_shapes,
                                          &r.loc, &r.scale, e);
        });
        return r;
    }

    /// fit() of a vector of data.
    static dist_fit_result fit(const std::string &name, const std::vector<double> &data,
                               const dist_fit_options &options = {}) {
        return fit(name, data.data(), data.size(), options);
    }

#if __cplusplus >= 202002L
    /// fit() of a span of data (C++20).
    static dist_fit_result fit(const std::string &name, std::span<const double> data,
                               const dist_fit_options &options = {}) {
        return fit(name, data.data(), data.size(), options);
    }
#endif

    /// expect(): E[X] over [lb, ub] of options (default the support),
    /// divided by its probability when options.conditional.
    double expect(const dist_expect_options &options = {}) const {
        sciport_dist_expect_options o = detail::to_c(options);
        double out = 0.0;
        checked([&](sciport_error **e) {
            return sciport_stats_dist_expect(handle_.get(), nullptr, nullptr, &o, &out, e);
        });
        return out;
    }

    /// expect(func): E[f(X)], f any callable double(double). An exception
    /// thrown by f aborts the integration and is rethrown here unchanged;
    /// other failures throw sciport::error.
    template <class F, class = std::enable_if_t<std::is_invocable_r_v<double, F &, double>>>
    double expect(F &&f, const dist_expect_options &options = {}) const {
        using Fn = std::remove_reference_t<F>;
        detail::callback_context<Fn> ctx{f, nullptr, nullptr, nullptr};
        sciport_dist_expect_options o = detail::to_c(options);
        double out = 0.0;
        sciport_error *raw = nullptr;
        sciport_status st =
            sciport_stats_dist_expect(handle_.get(), &detail::call_f<Fn>, &ctx, &o, &out, &raw);
        detail::finish_call(st, raw, ctx.exception);
        return out;
    }

private:
    void pointwise(detail::dist_fn fn, const ndview<const double> &x,
                   const ndview<double> &out) const {
        sciport_ndarray cx = detail::to_c(x);
        sciport_ndarray co = detail::to_c(out);
        checked([&](sciport_error **e) { return fn(handle_.get(), &cx, &co, e); });
    }

    double scalar(detail::dist_scalar_fn fn) const {
        double out = 0.0;
        checked([&](sciport_error **e) { return fn(handle_.get(), &out, e); });
        return out;
    }

    std::string name_;
    std::unique_ptr<sciport_dist, detail::dist_deleter> handle_;
};

#undef SCIPORT_HPP_DIST_METHOD
#undef SCIPORT_HPP_DIST_SPAN

} // namespace sciport

#endif // SCIPORT_HPP
