# Tests of Sciport.Dist (scipy.stats' frozen distributions) against SciPy
# 1.17.1: every expected value was printed by /work/venv/bin/python with
# d = scipy.stats.norm(loc=1.5, scale=2.5), x = [-1, .5, 1.5, 4, -inf, inf,
# nan] and q = [.025, .5, .9, 0, 1, nan]: d.pdf(x), ..., d.isf(q), d.mean(),
# d.moment(n), d.stats('mvsk'), d.interval(.95), d.support() (the same
# numbers are in tests/reference/stats/norm.json). Included (and run) from
# runtests.jl inside its "stats" testset.

"NaN matches NaN, infinities exactly, else 1e-12 relative."
dist_same(a::Real, b::Real) =
    isnan(b) ? isnan(a) : isinf(b) ? a == b : abs(a - b) <= 1e-12 * max(1.0, abs(b))
dist_same(a::AbstractArray, b::AbstractArray) = size(a) == size(b) && all(dist_same.(a, b))

@testset "frozen distributions (SciPy 1.17.1)" begin
    S = Sciport
    X = [-1.0, 0.5, 1.5, 4.0, -Inf, Inf, NaN]
    Q = [0.025, 0.5, 0.9, 0.0, 1.0, NaN]
    WANT = Dict(
        :pdf => (X, [0.09678828980765734, 0.14730805612132933, 0.15957691216057307,
                     0.09678828980765734, 0.0, 0.0, NaN]),
        :logpdf => (X, [-2.3352292650788278, -1.9152292650788278, -1.8352292650788278,
                        -2.3352292650788278, -Inf, -Inf, NaN]),
        :cdf => (X, [0.15865525393145707, 0.3445782583896758, 0.5, 0.8413447460685429, 0.0, 1.0, NaN]),
        :logcdf => (X, [-1.8410216450092634, -1.0654340491895766, -0.6931471805599453,
                        -0.1727537790234499, -Inf, 0.0, NaN]),
        :sf => (X, [0.8413447460685429, 0.6554217416103242, 0.5, 0.15865525393145707, 1.0, 0.0, NaN]),
        :logsf => (X, [-0.1727537790234499, -0.42247637022777607, -0.6931471805599453,
                       -1.8410216450092634, 0.0, -Inf, NaN]),
        :ppf => (Q, [-3.3999099613501365, 1.5, 4.703878913861501, -Inf, Inf, NaN]),
        :isf => (Q, [6.3999099613501365, 1.5, -1.7038789138615007, Inf, -Inf, NaN]),
    )
    d = S.Dist("norm"; loc = 1.5, scale = 2.5)
    @testset "pointwise $f" for (f, (at, want)) in WANT
        fn = getfield(S, f)
        @test dist_same(fn(d, at), want)
        # numbers give a Float64
        @test fn(d, at[2]) isa Float64 && dist_same(fn(d, at[2]), want[2])
        # a matrix keeps its size; a strided (reversed, stepped) view is read in place
        m = reshape(at[1:4], 2, 2)
        @test dist_same(fn(d, m), reshape(want[1:4], 2, 2))
        @test dist_same(fn(d, view(at, 4:-2:1)), want[[4, 2]])
        @test dist_same(fn(d, PermutedDimsArray(m, (2, 1))), permutedims(reshape(want[1:4], 2, 2)))
        # other element types are converted; 3-D arrays work
        @test dist_same(fn(d, reshape(repeat(at[1:2], 4), 2, 2, 2)),
                        reshape(repeat(want[1:2], 4), 2, 2, 2))
        @test size(fn(d, Float64[])) == (0,)
    end
    @test S.cdf(d, [4, 1]) isa Vector{Float64}   # integers converted
    @testset "scalars" begin
        @test S.mean(d) === 1.5 && S.var(d) == 6.25 && S.std(d) == 2.5 && S.median(d) == 1.5
        @test S.mean === S.Statistics.mean   # methods of the Statistics stdlib's functions
        @test dist_same(S.entropy(d), 2.3352292650788278)
        for (n, want) in zip(0:4, [1.0, 1.5, 8.5, 31.500000000000004, 206.62500000000006])
            @test dist_same(S.moment(d, n), want)
        end
        st = S.stats(d)
        @test st == (mean = 1.5, var = 6.25, skew = 0.0, kurtosis = 0.0)
        lo, hi = S.interval(d, 0.95)
        @test dist_same(lo, -3.3999099613501347) && dist_same(hi, 6.399909961350135)
        @test S.interval(d, 1.0) == (-Inf, Inf)
        @test S.support(d) == (-Inf, Inf)
        # scale -1: every value NaN, as SciPy's (norm.json's invalid case)
        bad = S.Dist("norm"; scale = -1)
        @test isnan(S.pdf(bad, 0.0)) && isnan(S.mean(bad)) && all(isnan, S.support(bad))
    end
    @testset "names, family, construction" begin
        @test "norm" in S.dist_names()
        @test all(n -> !isempty(n) && !occursin(',', n), S.dist_names())
        @test S.dist_family("norm") == (shapes = String[], discrete = false)
        @test S._split_names("a, b") == ["a", "b"]
        @test S.Dist("norm", loc = 1.5, scale = 2.5).loc == 1.5
        @test occursin("norm", sprint(show, d))
        d2 = S.Dist("norm")
        @test S.cdf(d2, 0.0) == 0.5
        close(d2)
        @test sciport_error_is(() -> S.cdf(d2, 0.0), S.SCIPORT_ERR_NULL_POINTER)
        close(d2)   # twice is harmless
        GC.gc()     # the finalizers of the dropped Dists run without error
    end
    @testset "errors" begin
        @test sciport_error_is(() -> S.Dist("no_such_family"), S.SCIPORT_ERR_UNKNOWN_NAME, "norm")
        @test sciport_error_is(() -> S.dist_family("no_such_family"), S.SCIPORT_ERR_UNKNOWN_NAME)
        @test sciport_error_is(() -> S.Dist("norm", 1.0), S.SCIPORT_ERR_INVALID_ARGUMENT)
        @test sciport_error_is(() -> S.Dist("norm"; a = 1.0), S.SCIPORT_ERR_INVALID_ARGUMENT, "`a`")
        @test sciport_error_is(() -> S.pmf(d, 1.0), S.SCIPORT_ERR_INVALID_ARGUMENT)
        @test sciport_error_is(() -> S.logpmf(d, [1.0, 2.0]), S.SCIPORT_ERR_INVALID_ARGUMENT)
        @test sciport_error_is(() -> S.moment(d, -1), S.SCIPORT_ERR_INVALID_ARGUMENT)
        @test sciport_error_is(() -> S.interval(d, 1.5), S.SCIPORT_ERR_INVALID_ARGUMENT)
    end
end

@testset "shapes by name and discrete families" begin
    S = Sciport
    # beta(2, 3): cdf(0.5) = I_0.5(2, 3) = 11/16, pdf(0.5) = 12 * 0.5 * 0.25 = 1.5
    d = S.Dist("beta"; a = 2, b = 3)
    @test abs(S.cdf(d, 0.5) - 11 / 16) <= 1e-15
    @test abs(S.pdf(d, 0.5) - 1.5) <= 1e-15
    @test abs(S.cdf(S.Dist("beta", 2, 3), 0.5) - 11 / 16) <= 1e-15
    # poisson(2): pmf(0) = exp(-2), cdf(1) = 3 exp(-2); no pdf, no scale
    p = S.Dist("poisson"; mu = 2)
    @test abs(S.pmf(p, 0.0) - exp(-2)) <= 1e-15 * exp(-2)
    @test S.pmf(p, [1.5]) == [0.0]
    @test abs(S.cdf(p, 1.0) - 3 * exp(-2)) <= 1e-15
    @test S.ppf(p, 0.5) == 2.0
    @test sciport_error_is(() -> S.pdf(p, 1.0), S.SCIPORT_ERR_INVALID_ARGUMENT, "pmf")
    @test sciport_error_is(() -> S.Dist("poisson"; mu = 2, scale = 2.0), S.SCIPORT_ERR_INVALID_ARGUMENT)
end
