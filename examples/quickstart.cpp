// sciport quick start in C++ (bindings/cpp/sciport.hpp): the same two tones in
// noise as examples/quickstart.c, with std::vector in and out and errors as
// sciport::error exceptions.
//
// Build: c++ -std=c++17 -Iinclude -Ibindings/cpp examples/quickstart.cpp
//            -Ltarget/release -lsciport          (examples/run.sh quickstart.cpp)
#include <sciport.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <numeric>
#include <vector>

namespace {

constexpr std::size_t N = 1000; // samples: one second
constexpr double FS = 1000.0;   // sampling rate in Hz

// Reproducible uniform noise in [-1, 1) from a xorshift64 generator.
double noise(std::uint64_t &state) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return static_cast<double>(state >> 11) / 4503599627370496.0 - 1.0; // 2^52
}

std::vector<double> make_signal() {
    const double pi = std::acos(-1.0);
    std::uint64_t state = 88172645463325252ULL;
    std::vector<double> x(N);
    for (std::size_t k = 0; k < N; ++k) {
        double t = static_cast<double>(k) / FS;
        x[k] = std::sin(2 * pi * 50 * t) + 0.5 * std::sin(2 * pi * 120 * t) + noise(state);
    }
    return x;
}

} // namespace

int main() {
    std::vector<double> x = make_signal();
    std::vector<sciport::complex> spectrum = sciport::rfft(x);
    std::vector<double> freqs = sciport::rfftfreq(N, 1.0 / FS);

    // The two largest bins, skipping bin 0 (the mean), in frequency order.
    std::vector<std::size_t> bins(spectrum.size() - 1);
    std::iota(bins.begin(), bins.end(), 1);
    std::partial_sort(bins.begin(), bins.begin() + 2, bins.end(), [&](auto a, auto b) {
        return std::abs(spectrum[a]) > std::abs(spectrum[b]);
    });
    std::sort(bins.begin(), bins.begin() + 2);
    std::printf("sciport %s (C++): rfft of %zu noisy samples at %.0f Hz\n",
                sciport::version().c_str(), N, FS);
    std::printf("  peaks at %.1f Hz (amplitude %.2f) and %.1f Hz (amplitude %.2f)\n",
                freqs[bins[0]], 2 * std::abs(spectrum[bins[0]]) / N, freqs[bins[1]],
                2 * std::abs(spectrum[bins[1]]) / N);

    // Errors: a misspelled norm throws sciport::error with the status and message.
    try {
        sciport::rfft(x, -1, -1, "orthonormal");
    } catch (const sciport::error &e) {
        std::printf("  bad norm \"orthonormal\" -> status %d (%s): %s\n",
                    static_cast<int>(e.status()), e.status_str(), e.what());
        return e.status() == SCIPORT_ERR_UNKNOWN_NAME ? 0 : 1;
    }
    return 1;
}
