# Tests of Sciport.Special.comb and the exact counts (comb_exact, perm_exact,
# factorial_exact, factorial2_exact) against SciPy 1.17.1: each expected value
# was printed by
#   /work/venv/bin/python -W ignore -c 'import scipy.special as sc; print(<call>)'
# with the call named next to it. Included (and run) from runtests.jl inside
# its "special" testset.

@testset "comb and the exact counts (SciPy 1.17.1)" begin
    S = Sciport.Special
    @testset "comb, floating" begin
        # sc.comb(10, 3) -> 120.0; sc.comb(10, 3, repetition=True) -> 220.0
        @test S.comb(10, 3) === 120.0
        @test S.comb(10.0, 3.0; repetition = true) === 220.0
        # sc.comb(5, 7) -> 0.0; sc.comb(10.5, 3) -> 141.3125
        @test S.comb(5, 7) === 0.0
        @test S.comb(10.5, 3) === 141.3125
        # sc.comb([10, 5, 4, 0], [3, 2, 0, 2], repetition=True) -> [220., 15., 1., 0.]
        @test S.comb([10, 5, 4, 0], [3, 2, 0, 2]; repetition = true) == [220.0, 15.0, 1.0, 0.0]
        # sc.comb(10, [0, 1, 2, 3]) -> [1., 10., 45., 120.]
        @test S.comb(10, 0:3) == [1.0, 10.0, 45.0, 120.0]
        # sc.comb(np.array([[4.], [10.]]), np.array([0., 1., 2., 3.]), repetition=True)
        #   -> [[1., 4., 10., 20.], [1., 10., 55., 220.]]  (a column against a row)
        r = S.comb([4.0, 10.0], [0.0 1.0 2.0 3.0]; repetition = true)
        @test r isa Matrix{Float64}
        @test r == [1.0 4.0 10.0 20.0; 1.0 10.0 55.0 220.0]
        # strided views are read in place and give the same values
        m = reshape(collect(1.0:12.0), 3, 4)
        @test S.comb(view(m, 3:-1:1, 1:2:3), 2.0) == S.comb(m[3:-1:1, 1:2:3], 2.0)
        @test sciport_error_is(() -> S.comb([1.0, 2.0, 3.0], [1.0, 2.0]),
                               Sciport.SCIPORT_ERR_DIMENSION_MISMATCH)
    end
    @testset "exact forms" begin
        # sc.comb(100, 50, exact=True) -> 100891344545564193334812497256
        @test S.comb_exact(100, 50) == big"100891344545564193334812497256"
        @test S.comb_exact(100, 50) isa BigInt
        @test S.comb(100, 50; exact = true) == big"100891344545564193334812497256"
        @test S.comb(100.0, 50.0; exact = true) == big"100891344545564193334812497256"
        # sc.comb(10, 3, exact=True, repetition=True) -> 220; sc.comb(5, 7, exact=True) -> 0
        @test S.comb(10, 3; exact = true, repetition = true) == 220
        @test S.comb_exact(10, 3; repetition = true) == 220
        @test S.comb_exact(5, 7) == 0
        # sc.comb(1000000, 3, exact=True) -> 166666166667000000
        @test S.comb_exact(1000000, 3) == 166666166667000000
        # sc.perm(10, 3, exact=True) -> 720; sc.perm(3, 5, exact=True) -> 0
        @test S.perm_exact(10, 3) == 720
        @test S.perm_exact(3, 5) == 0
        # sc.perm(20, 20, exact=True) -> 2432902008176640000
        @test S.perm_exact(20, 20) == 2432902008176640000
        # sc.factorial(25, exact=True) -> 15511210043330985984000000
        @test S.factorial_exact(25) == big"15511210043330985984000000"
        @test S.factorial_exact(big(25)) == factorial(big(25))
        # sc.factorial(0, exact=True) -> 1; sc.factorial(-3, exact=True) -> 0
        @test S.factorial_exact(0) == 1 && S.factorial_exact(-3) == 0
        # sc.factorial2(9, exact=True) -> 945; sc.factorial2(30, exact=True) -> 42849873690624000
        @test S.factorial2_exact(9) == 945
        @test S.factorial2_exact(Int32(30)) == 42849873690624000
        # sc.factorial2(-1, exact=True) -> 0
        @test S.factorial2_exact(-1) == 0
        # broadcasting the exact forms: sc.factorial2([5, 6, 7, 8], exact=True) -> [15, 48, 105, 384]
        @test S.factorial2_exact.([5, 6, 7, 8]) == BigInt[15, 48, 105, 384]
        @test S.comb_exact.([10, 5], [3, 2]) == BigInt[120, 10]
    end
    @testset "exact errors" begin
        @test sciport_error_is(() -> S.factorial_exact(1000000),
                               Sciport.SCIPORT_ERR_INVALID_ARGUMENT, "limited to 100000 digits")
        @test sciport_error_is(() -> S.comb(10.5, 3; exact = true),
                               Sciport.SCIPORT_ERR_INVALID_ARGUMENT, "non-integer")
        @test sciport_error_is(() -> S.comb([10, 5], [3, 2]; exact = true),
                               Sciport.SCIPORT_ERR_INVALID_ARGUMENT, "comb_exact.(N, k)")
        @test sciport_error_is(() -> S.perm_exact(big(2)^70, 2),
                               Sciport.SCIPORT_ERR_INVALID_ARGUMENT, "outside Int64")
        @test sciport_error_is(() -> S.comb_exact(typemax(Int64), 2; repetition = true),
                               Sciport.SCIPORT_ERR_INVALID_ARGUMENT)
    end
end
