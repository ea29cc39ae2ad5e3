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

    # logsumexp, softmax, log_softmax against SciPy 1.17.1 (scipy.special,
    # values printed with repr by /work/venv/bin/python; each follows the call
    # that produced it). M = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]]) is
    # the Julia matrix below; SciPy's axis=0 is dims=1, axis=1 is dims=2.
    @testset "logsumexp, softmax, log_softmax (SciPy 1.17.1)" begin
        M = [1.0 2.0 3.0; 4.0 5.0 6.5]
        near(a, b) = size(a) == size(b) && all(abs.(a .- b) .<= 1e-13 .* abs.(b))
        # logsumexp(np.array([1.0, 2.0, 3.0, 4.5])) -> 4.789240264485775
        v = SS.logsumexp([1.0, 2.0, 3.0, 4.5])
        @test v isa Float64
        @test near(v, 4.789240264485775)
        @test SS.logsumexp([1, 2, 3]) == SS.logsumexp([1.0, 2.0, 3.0])
        @test near(SS.logsumexp([1.0, 2.0, 3.0, 4.5]; b = 2.0), 4.789240264485775 + log(2.0))
        @test SS.logsumexp(Float64[]) == -Inf
        # logsumexp([1., 2., 3.], b=[1., -2., 0.5], return_sign=True) -> (0.7016419515146493, -1.0)
        r = SS.logsumexp([1.0, 2.0, 3.0]; b = [1.0, -2.0, 0.5], return_sign = true)
        @test r isa Tuple{Float64,Float64}
        @test near(r[1], 0.7016419515146493) && r[2] == -1.0
        # logsumexp([1., 2., 3.], b=[1., -2., 0.5]) -> nan
        @test isnan(SS.logsumexp([1.0, 2.0, 3.0]; b = [1.0, -2.0, 0.5]))
        # logsumexp(M, axis=1, b=[1., -1., -0.5], return_sign=True)
        #   -> ([2.6887683439621606, 6.05534463025317], [-1.0, -1.0])
        val, sgn = SS.logsumexp(M; dims = 2, b = [1.0 -1.0 -0.5], return_sign = true)
        @test near(val, reshape([2.6887683439621606, 6.05534463025317], 2, 1))
        @test sgn == reshape([-1.0, -1.0], 2, 1)
        # logsumexp(M, axis=0) (Julia keeps the reduced dimension: 1×3)
        @test near(SS.logsumexp(M; dims = 1), [4.048587351573742 5.048587351573742 6.529750418272621])
        # logsumexp(M, axis=1)
        @test near(SS.logsumexp(M; dims = 2), reshape([3.40760596444438, 6.7663678998071335], 2, 1))
        # logsumexp(M)
        @test near(SS.logsumexp(M), 6.800555091087515)
        @test near(SS.logsumexp(M; dims = (1, 2)), fill(6.800555091087515, 1, 1))
        # logsumexp(M, axis=0, b=np.array([[2.0], [0.5]])): a column broadcasts
        @test near(SS.logsumexp(M; dims = 1, b = [2.0, 0.5]),
                   [3.488464352119415 4.488464352119415 5.920886197187])
        # views are read in place, with the logical layout
        @test SS.logsumexp(permutedims(M); dims = 2) ≈ permutedims(SS.logsumexp(M; dims = 1)) rtol = 1e-15
        @test SS.logsumexp(view(M, :, 3:-1:1); dims = 1) ≈ SS.logsumexp(M; dims = 1)[:, 3:-1:1] rtol = 1e-15
        A = reshape(collect(0.0:0.1:2.3), 2, 3, 4)
        @test size(SS.logsumexp(A; dims = 2)) == (2, 1, 4)
        @test SS.logsumexp(A; dims = 2)[2, 1, 3] ≈ log(sum(exp.(A[2, :, 3]))) rtol = 1e-14
        # softmax(M, axis=0)
        @test near(SS.softmax(M; dims = 1),
                   [0.04742587317756679 0.04742587317756679 0.02931223075135632;
                    0.9525741268224334 0.9525741268224334 0.9706877692486436])
        # softmax(M, axis=1)
        @test near(SS.softmax(M; dims = 2),
                   [0.09003057317038046 0.24472847105479764 0.6652409557748218;
                    0.0628900132458675 0.17095278019779026 0.7661572065563422])
        # softmax(M)
        @test near(SS.softmax(M),
                   [0.00302587464306774 0.00822518005744603 0.02235835748595929;
                    0.06077631686827439 0.1652071577436992 0.7404071132015533])
        # log_softmax(M, axis=1)
        @test near(SS.log_softmax(M; dims = 2),
                   [-2.4076059644443806 -1.4076059644443804 -0.4076059644443804;
                    -2.7663678998071335 -1.7663678998071337 -0.26636789980713366])
        # log_softmax(M, axis=0)
        @test near(SS.log_softmax(M; dims = 1),
                   [-3.048587351573742 -3.048587351573742 -3.5297504182726205;
                    -0.04858735157374196 -0.04858735157374196 -0.02975041827262065])
        # softmax(np.array([1.0, 2.0, 3.0, 4.5])), log_softmax of the same
        @test near(SS.softmax([1.0, 2.0, 3.0, 4.5]),
                   [0.02261277505503388, 0.0614678955231306, 0.16708706343414498, 0.7488322659876905])
        @test near(SS.log_softmax([1.0, 2.0, 3.0, 4.5]),
                   [-3.7892402644857746, -2.7892402644857746, -1.7892402644857746, -0.2892402644857746])
        @test SS.softmax(M; dims = (2, 2)) == SS.softmax(M; dims = 2)
    end
    @testset "logsumexp, softmax, log_softmax errors" begin
        M = [1.0 2.0 3.0; 4.0 5.0 6.5]
        # wrong-length b: the library's status and message
        @test sciport_error_is(() -> SS.logsumexp([1.0, 2.0, 3.0]; b = [1.0, 2.0]),
                               Sciport.SCIPORT_ERR_DIMENSION_MISMATCH,
                               "b with shape (2,) does not broadcast against the other operands (shape (3,) so far)")
        @test sciport_error_is(() -> SS.logsumexp(M; dims = 3), Sciport.SCIPORT_ERR_INVALID_ARGUMENT,
                               "dims = 3 is out of range")
        @test sciport_error_is(() -> SS.softmax(M; dims = 0), Sciport.SCIPORT_ERR_INVALID_ARGUMENT,
                               "dims = 0 is out of range")
        @test sciport_error_is(() -> SS.log_softmax(M; dims = ()), Sciport.SCIPORT_ERR_INVALID_ARGUMENT,
                               "at least one dimension")
        @test sciport_error_is(() -> SS.softmax(zeros(0, 3); dims = 1), Sciport.SCIPORT_ERR_INVALID_ARGUMENT,
                               "zero-size array")
    end
end
