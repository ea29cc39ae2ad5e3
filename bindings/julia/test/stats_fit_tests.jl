# Tests of Sciport.fit and Sciport.expect against SciPy 1.17.1: every expected
# value was printed by /work/venv/bin/python; the call is beside each value,
# with data = np.array([2.1, -0.4, 3.3, 1.7, 0.9, 2.8, -1.2, 1.5]) and
# d = stats.norm(loc=1.5, scale=2.5). Included from runtests.jl's "stats" testset.

relclose(a, b, tol) = abs(a - b) <= tol * abs(b)

@testset "fit and expect (SciPy 1.17.1)" begin
    S = Sciport
    data = [2.1, -0.4, 3.3, 1.7, 0.9, 2.8, -1.2, 1.5]
    @testset "fit" begin
        # stats.norm.fit(data) -> (1.3375, 1.4308542029151676): mean and RMS deviation
        r = S.fit("norm", data)
        @test r isa NamedTuple{(:loc, :scale)}
        @test relclose(r.loc, 1.3375, 1e-12) && relclose(r.scale, 1.4308542029151676, 1e-12)
        @test relclose(S.fit("norm", data; method = :mle).scale, 1.4308542029151676, 1e-12)
        # stats.norm.fit(data, floc=0.5) -> (0.5, 1.6579354631589254), every spelling
        for fx in ((loc = 0.5,), (floc = 0.5,), Dict("loc" => 0.5), [:floc => 0.5])
            r = S.fit("norm", data; fixed = fx)
            @test r.loc == 0.5 && relclose(r.scale, 1.6579354631589254, 1e-12)
        end
        # stats.norm.fit(data, fscale=2.0) -> (1.3375, 2.0)
        r = S.fit("norm", data; fixed = (fscale = 2,))
        @test relclose(r.loc, 1.3375, 1e-12) && r.scale == 2.0
        # stats.norm.fit(data, method="MM") -> (1.3375, 1.4308542029151676)
        r = S.fit("norm", data; method = "MM")
        @test relclose(r.loc, 1.3375, 1e-3) && relclose(r.scale, 1.4308542029151676, 1e-3)
        # stats.norm.fit(data[:4]) -> (1.675, 1.3348689074212494); starting values change nothing
        r = S.fit("norm", data[1:4]; start = (loc = 10, scale = 3))
        @test relclose(r.loc, 1.675, 1e-12) && relclose(r.scale, 1.3348689074212494, 1e-12)
        # stats.norm.fit([1, 2, 4]) -> (2.3333333333333335, 1.247219128924647): integers,
        # and a strided view
        r = S.fit("norm", [1, 2, 4])
        @test relclose(r.loc, 2.3333333333333335, 1e-12) && relclose(r.scale, 1.247219128924647, 1e-12)
        r = S.fit("norm", view([4.0, 0.0, 2.0, 0.0, 1.0], 5:-2:1))
        @test relclose(r.loc, 2.3333333333333335, 1e-12)
        # the result freezes back into a Dist
        fitted = S.Dist("norm"; S.fit("norm", data)...)
        @test relclose(S.std(fitted), 1.4308542029151676, 1e-12)
        @test S.SCIPORT_ERR_FIT_FAILED == 10 && !isempty(S.status_str(S.SCIPORT_ERR_FIT_FAILED))
    end
    @testset "fit errors" begin
        # stats.norm.fit([1, nan, 2]): ValueError
        @test sciport_error_is(() -> S.fit("norm", [1.0, NaN, 2.0]), S.SCIPORT_ERR_INVALID_ARGUMENT,
                               "The data contains non-finite values.")
        @test sciport_error_is(() -> S.fit("norm", [1.0, Inf]), S.SCIPORT_ERR_INVALID_ARGUMENT,
                               "non-finite")
        # stats.norm.fit(data, floc=0.5, fscale=2.0): ValueError
        @test sciport_error_is(() -> S.fit("norm", data; fixed = (floc = 0.5, fscale = 2.0)),
                               S.SCIPORT_ERR_INVALID_ARGUMENT,
                               "All parameters fixed. There is nothing to optimize.")
        @test sciport_error_is(() -> S.fit("no_such_family", data), S.SCIPORT_ERR_UNKNOWN_NAME, "norm")
        @test sciport_error_is(() -> S.fit("norm", data; method = "XX"), S.SCIPORT_ERR_UNKNOWN_NAME, "MM")
        @test sciport_error_is(() -> S.fit("norm", Float64[]), S.SCIPORT_ERR_INVALID_ARGUMENT)
        @test sciport_error_is(() -> S.fit("norm", data; fixed = (a = 1,)),
                               S.SCIPORT_ERR_INVALID_ARGUMENT, "unknown parameter `a`")
        @test sciport_error_is(() -> S.fit("norm", data; fixed = (loc = 1, floc = 2)),
                               S.SCIPORT_ERR_INVALID_ARGUMENT, "twice")
        @test sciport_error_is(() -> S.fit("norm", data; start = (floc = 1,)),
                               S.SCIPORT_ERR_INVALID_ARGUMENT, "unknown parameter")
        @test sciport_error_is(() -> S.fit("norm", data; fixed = (loc = "a",)),
                               S.SCIPORT_ERR_INVALID_ARGUMENT, "number")
    end
    d = S.Dist("norm"; loc = 1.5, scale = 2.5)
    @testset "expect" begin
        sq = x -> x^2
        # d.expect() -> 1.5
        @test relclose(S.expect(d), 1.5, 1e-10)
        @test relclose(S.expect(d, identity), 1.5, 1e-10)
        @test relclose(S.expect(d, x -> x), 1.5, 1e-10)
        # d.expect(lambda x: x**2) -> 8.500000000000002
        @test relclose(S.expect(d, sq), 8.500000000000002, 1e-10)
        # d.expect(lambda x: x**2, lb=0.0, ub=3.0) -> 1.3385124765602519
        @test relclose(S.expect(d, sq; lb = 0, ub = 3), 1.3385124765602519, 1e-10)
        # d.expect(lambda x: x**2, lb=0.0, ub=3.0, conditional=True) -> 2.964631146219713
        @test relclose(S.expect(d, sq; lb = 0, ub = 3, conditional = true), 2.964631146219713, 1e-10)
        # d.expect(lb=2.0) -> 1.6087171707799415; conditional=True -> 3.823539620214003
        @test relclose(S.expect(d; lb = 2.0), 1.6087171707799415, 1e-10)
        @test relclose(S.expect(d; lb = 2.0, conditional = true), 3.823539620214003, 1e-10)
        # d.expect(ub=1.0) -> -0.3464962990972496
        @test relclose(S.expect(d; ub = 1.0), -0.3464962990972496, 1e-10)
        # SciPy's quad defaults given explicitly; an integer-valued f
        @test relclose(S.expect(d, sq; epsabs = 1.49e-8, epsrel = 1.49e-8, limit = 50),
                       8.500000000000002, 1e-10)
        @test relclose(S.expect(d, x -> 1), 1.0, 1e-10)
    end
    @testset "expect errors" begin
        # the function's own exception is rethrown unchanged after the ccall
        e = thrown(() -> S.expect(d, x -> x > 3 ? throw(DomainError(x, "too large")) : x))
        @test e isa DomainError && e.val > 3 && e.msg == "too large"
        mine = ArgumentError("mine")
        @test thrown(() -> S.expect(d, x -> throw(mine))) === mine
        e = thrown(() -> S.expect(d, x -> error("boom")))
        @test e isa ErrorException && e.msg == "boom"
        # a result that is not a number is an error of f too
        @test thrown(() -> S.expect(d, x -> "a")) isa MethodError
        @test relclose(S.expect(d), 1.5, 1e-10)   # usable afterwards
        @test sciport_error_is(() -> S.expect(d; limit = 0), S.SCIPORT_ERR_INVALID_ARGUMENT)
        @test sciport_error_is(() -> S.expect(d; epsabs = 0, epsrel = 0), S.SCIPORT_ERR_INVALID_ARGUMENT)
        @test sciport_error_is(() -> S.expect(d; limit = -1), S.SCIPORT_ERR_INVALID_ARGUMENT, "limit")
        closed = S.Dist("norm")
        close(closed)
        @test sciport_error_is(() -> S.expect(closed), S.SCIPORT_ERR_NULL_POINTER)
    end
end
