# Tests of Sciport.Special: SciPy's values (special_reference.jl, written by
# bindings/special_reference.py), numbers and arrays, Julia's broadcasting,
# strided views read in place, domain values and the shape error.

include(joinpath(@__DIR__, "special_reference.jl"))

const SS = Sciport.Special

function run_special_tests()
    @testset "scipy.special values (SciPy $SPECIAL_SCIPY_VERSION)" begin
        @test length(SPECIAL_CASES) == length(SS.SYMBOLS)
        for (name, args, expected) in SPECIAL_CASES
            f = getfield(SS, Symbol(name))
            got = f(args...)
            @test got isa Vector{Float64}
            @test all(abs.(got .- expected) .<= 1e-13 .* abs.(expected))
            # Element by element through the number method.
            @test [f(map(a -> a[i], args)...) for i in eachindex(expected)] == got
        end
    end
    @testset "special broadcasting and layouts" begin
        a = [0.5, 2.0, 30.0]
        x = [0.1 1.0 3.0 50.0]
        p = SS.gammainc(a, x)
        @test size(p) == (3, 4)
        @test p == [SS.gammainc(a[i], x[j]) for i in 1:3, j in 1:4]
        @test SS.gammaincc(1.0, [0.5, 2.0]) ≈ exp.(-[0.5, 2.0]) rtol = 1e-15
        m = reshape(collect(0.0:0.5:5.5), 3, 4)
        @test SS.erf(view(m, 3:-1:1, 2:2:4)) == SS.erf(m[3:-1:1, 2:2:4])
        @test SS.gamma(permutedims(m)) == permutedims(SS.gamma(m))
        @test SS.gamma(Int[1, 2, 5]) == [1.0, 1.0, 24.0]
        @test size(SS.expit(zeros(0, 3))) == (0, 3)
    end
    @testset "special domain values and errors" begin
        @test isnan(SS.erfinv(2.0))
        @test SS.gamma(0.0) == Inf
        @test SS.logit(1.0) == Inf
        e = try
            SS.xlogy([1.0, 2.0, 3.0], [1.0, 2.0])
            nothing
        catch err
            err
        end
        @test e isa SciportError
        @test e.status == Sciport.SCIPORT_ERR_DIMENSION_MISMATCH
    end
end
