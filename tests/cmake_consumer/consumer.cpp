// The C++ consumer: the same check as consumer.c through bindings/cpp/sciport.hpp.
// x[k] = cos(2*pi*3k/16) + 0.5*sin(2*pi*5k/16): rfft(x) is 8 at bin 3, -4i at
// bin 5, 0 elsewhere. Also checks that a bad argument throws sciport::error.
#include <sciport.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

constexpr std::size_t N = 16;

sciport::complex expected_bin(std::size_t k) {
    if (k == 3) return {N / 2.0, 0.0};
    if (k == 5) return {0.0, -(N / 4.0)};
    return {0.0, 0.0};
}

bool zero_n_throws(const std::vector<double> &x) {
    try {
        sciport::rfft(x, 0);
    } catch (const sciport::error &e) {
        return e.status() == SCIPORT_ERR_INVALID_ARGUMENT && *e.what() != '\0';
    }
    return false;
}

} // namespace

int main() {
    const double pi = std::acos(-1.0);
    std::vector<double> x(N);
    for (std::size_t k = 0; k < N; ++k) {
        x[k] = std::cos(2 * pi * 3 * k / N) + 0.5 * std::sin(2 * pi * 5 * k / N);
    }
    std::vector<sciport::complex> y = sciport::rfft(x);
    double max_err = y.size() == N / 2 + 1 ? 0.0 : 1.0;
    for (std::size_t k = 0; k < y.size(); ++k) {
        max_err = std::max(max_err, std::abs(y[k] - expected_bin(k)));
    }
    if (max_err > 1e-12 || !zero_n_throws(x)) {
        std::printf("consumer(c++): FAILED rfft max error %.3g\n", max_err);
        return 1;
    }
    std::printf("consumer(c++): sciport %s rfft(16) max error %.1e OK\n",
                sciport::version().c_str(), max_err);
    return 0;
}
