//! NumPy's seeding and bit generators, bit for bit: every stream, state and
//! double in tests/reference/random/bitgen.json (written by
//! tests/reference/random/gen_bitgen.py from NumPy) must match exactly.

use std::path::Path;

use sciport::random::{
    BitGenerator, Mt19937, Mt19937State, Pcg64, Pcg64Dxsm, Pcg64State, Philox, PhiloxState,
    RandomState, SeedSequence, Sfc64, Sfc64State,
};
use serde_json::Value;

fn load() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference/random/bitgen.json");
    let text = std::fs::read_to_string(&path).expect("read bitgen.json");
    let doc: Value = serde_json::from_str(&text).expect("parse bitgen.json");
    assert!(
        doc["numpy"].is_string(),
        "bitgen.json does not record NumPy's version"
    );
    doc
}

fn hex(v: &Value) -> u128 {
    u128::from_str_radix(v.as_str().expect("hex string"), 16).expect("hex")
}

fn hexes(v: &Value) -> Vec<u128> {
    v.as_array().expect("array").iter().map(hex).collect()
}

fn u64s<const K: usize>(v: &Value) -> [u64; K] {
    let all: Vec<u64> = hexes(v).into_iter().map(|x| x as u64).collect();
    all.try_into().expect("length")
}

/// A hex integer as little-endian u32 words.
fn words(v: &Value) -> Vec<u32> {
    let s = v.as_str().expect("hex string");
    let digits: Vec<u8> = s.bytes().rev().collect();
    digits
        .chunks(8)
        .map(|c| {
            let chunk: String = c.iter().rev().map(|&b| b as char).collect();
            u32::from_str_radix(&chunk, 16).expect("hex")
        })
        .collect()
}

fn seed_sequence(case: &Value) -> SeedSequence {
    let ints: Vec<Vec<u32>> = case["ints"].as_array().unwrap().iter().map(words).collect();
    if case["sequence"].as_bool().unwrap() {
        SeedSequence::from_ints(&ints)
    } else {
        SeedSequence::new(&ints[0])
    }
}

fn flag(v: &Value) -> bool {
    v.as_i64().expect("flag") != 0
}

fn pcg_state(v: &Value) -> Pcg64State {
    Pcg64State {
        state: hex(&v["state"]),
        inc: hex(&v["inc"]),
        has_uint32: flag(&v["has_uint32"]),
        uinteger: hex(&v["uinteger"]) as u32,
    }
}

fn philox_state(v: &Value) -> PhiloxState {
    PhiloxState {
        counter: u64s(&v["counter"]),
        key: u64s(&v["key"]),
        buffer: u64s(&v["buffer"]),
        buffer_pos: v["buffer_pos"].as_u64().unwrap() as usize,
        has_uint32: flag(&v["has_uint32"]),
        uinteger: hex(&v["uinteger"]) as u32,
    }
}

fn sfc_state(v: &Value) -> Sfc64State {
    Sfc64State {
        state: u64s(&v["state"]),
        has_uint32: flag(&v["has_uint32"]),
        uinteger: hex(&v["uinteger"]) as u32,
    }
}

fn mt_state(v: &Value) -> Mt19937State {
    let text = v["key"].as_str().unwrap();
    let key: Vec<u32> = (0..624)
        .map(|i| u32::from_str_radix(&text[8 * i..8 * i + 8], 16).unwrap())
        .collect();
    Mt19937State {
        key: key.try_into().unwrap(),
        pos: v["pos"].as_u64().unwrap() as usize,
    }
}

/// A bit generator behind one interface for the stream checks.
enum Any {
    Pcg(Pcg64),
    Dxsm(Pcg64Dxsm),
    Philox(Philox),
    Sfc(Sfc64),
    Mt(Box<Mt19937>),
}

impl Any {
    fn new(name: &str, seed: &SeedSequence) -> Any {
        match name {
            "PCG64" => Any::Pcg(Pcg64::new(seed)),
            "PCG64DXSM" => Any::Dxsm(Pcg64Dxsm::new(seed)),
            "Philox" => Any::Philox(Philox::new(seed)),
            "SFC64" => Any::Sfc(Sfc64::new(seed)),
            "MT19937" => Any::Mt(Box::new(Mt19937::new(seed))),
            _ => panic!("unknown bit generator {name}"),
        }
    }

    fn from_json(name: &str, v: &Value) -> Any {
        match name {
            "PCG64" => Any::Pcg(Pcg64::from_state(pcg_state(v))),
            "PCG64DXSM" => Any::Dxsm(Pcg64Dxsm::from_state(pcg_state(v))),
            "Philox" => Any::Philox(Philox::from_state(philox_state(v))),
            "SFC64" => Any::Sfc(Sfc64::from_state(sfc_state(v))),
            "MT19937" => Any::Mt(Box::new(Mt19937::from_state(mt_state(v)))),
            _ => panic!("unknown bit generator {name}"),
        }
    }

    fn gen(&mut self) -> &mut dyn BitGenerator {
        match self {
            Any::Pcg(g) => g,
            Any::Dxsm(g) => g,
            Any::Philox(g) => g,
            Any::Sfc(g) => g,
            Any::Mt(g) => g.as_mut(),
        }
    }

    /// The state, compared with NumPy's through the same JSON parser.
    fn same_state(&self, v: &Value) -> bool {
        match self {
            Any::Pcg(g) => g.state() == pcg_state(v),
            Any::Dxsm(g) => g.state() == pcg_state(v),
            Any::Philox(g) => g.state() == philox_state(v),
            Any::Sfc(g) => g.state() == sfc_state(v),
            Any::Mt(g) => *g.state() == mt_state(v),
        }
    }

    fn advanced(&self, delta: u128) -> Any {
        match self {
            Any::Pcg(g) => Any::Pcg(g.clone().advance(delta).clone()),
            Any::Dxsm(g) => Any::Dxsm(g.clone().advance(delta).clone()),
            Any::Philox(g) => {
                let delta = [delta as u64, (delta >> 64) as u64, 0, 0];
                Any::Philox(g.clone().advance(delta).clone())
            }
            _ => panic!("no advance"),
        }
    }

    fn jumped(&self, jumps: u64) -> Any {
        match self {
            Any::Pcg(g) => Any::Pcg(g.jumped(jumps.into())),
            Any::Dxsm(g) => Any::Dxsm(g.jumped(jumps.into())),
            Any::Philox(g) => Any::Philox(g.jumped(jumps.into())),
            Any::Mt(g) => Any::Mt(Box::new(g.jumped(jumps))),
            Any::Sfc(_) => panic!("no jumped"),
        }
    }
}

/// The draws of gen_bitgen.py's `MIXED` pattern, as hex strings.
fn mixed(g: &mut dyn BitGenerator) -> Vec<u128> {
    let pattern = [
        "u32", "u64", "u32", "u32", "double", "u64", "u32", "double", "u32",
    ];
    pattern
        .iter()
        .cycle()
        .take(3 * pattern.len())
        .map(|&what| match what {
            "u32" => u128::from(g.next_u32()),
            "u64" => u128::from(g.next_u64()),
            _ => u128::from(g.next_double().to_bits()),
        })
        .collect()
}

fn check_streams(label: &str, name: &str, seed: &SeedSequence, case: &Value) {
    let ctx = format!("seed {label}, {name}");
    let mut g = Any::new(name, seed);
    assert!(g.same_state(&case["initial"]), "{ctx}: initial state");
    let want = hexes(&case["raw"]);
    let got: Vec<u128> = (0..want.len()).map(|_| g.gen().next_raw().into()).collect();
    assert_eq!(got, want, "{ctx}: random_raw");
    let mut g = Any::new(name, seed);
    let want = hexes(&case["u64"]);
    let got: Vec<u128> = (0..want.len()).map(|_| g.gen().next_u64().into()).collect();
    assert_eq!(got, want, "{ctx}: next_uint64");
    let mut g = Any::new(name, seed);
    let want = hexes(&case["u32"]);
    let got: Vec<u128> = (0..want.len()).map(|_| g.gen().next_u32().into()).collect();
    assert_eq!(got, want, "{ctx}: next_uint32");
    let mut g = Any::new(name, seed);
    let want = hexes(&case["double"]);
    let got: Vec<u128> = (0..want.len())
        .map(|_| g.gen().next_double().to_bits().into())
        .collect();
    assert_eq!(got, want, "{ctx}: Generator.random");
    let mut g = Any::new(name, seed);
    assert_eq!(mixed(g.gen()), hexes(&case["mixed"]), "{ctx}: mixed draws");
}

fn check_moves(label: &str, name: &str, seed: &SeedSequence, case: &Value) {
    let ctx = format!("seed {label}, {name}");
    if let Some(want) = case.get("advance_12345") {
        let mut g = Any::new(name, seed);
        for _ in 0..3 {
            g.gen().next_raw();
        }
        assert!(g.advanced(12345).same_state(want), "{ctx}: advance(12345)");
        let g = Any::new(name, seed);
        let big = (1u128 << 100) + 3;
        assert!(
            g.advanced(big).same_state(&case["advance_2**100+3"]),
            "{ctx}: advance(2**100 + 3)"
        );
    }
    if let Some(want) = case.get("jumped_1") {
        let mut g = Any::new(name, seed);
        g.gen().next_u32();
        assert!(g.jumped(1).same_state(want), "{ctx}: jumped()");
        assert!(
            g.jumped(3).same_state(&case["jumped_3"]),
            "{ctx}: jumped(3)"
        );
    }
}

#[test]
fn seed_sequence_pools_and_states() {
    let doc = load();
    for case in doc["seeds"].as_array().unwrap() {
        let label = case["label"].as_str().unwrap();
        let seq = seed_sequence(case);
        let pool: Vec<u128> = seq.pool().iter().map(|&w| w.into()).collect();
        assert_eq!(pool, hexes(&case["pool"]), "seed {label}: pool");
        let s32: Vec<u128> = seq
            .generate_state_u32(10)
            .iter()
            .map(|&w| w.into())
            .collect();
        assert_eq!(
            s32,
            hexes(&case["state_u32"]),
            "seed {label}: generate_state"
        );
        let s64: Vec<u128> = seq
            .generate_state_u64(7)
            .iter()
            .map(|&w| w.into())
            .collect();
        assert_eq!(s64, hexes(&case["state_u64"]), "seed {label}: uint64 state");
        let big = SeedSequence::with_options(seq.entropy().to_vec(), vec![], 8, 0).unwrap();
        let s8: Vec<u128> = big
            .generate_state_u32(9)
            .iter()
            .map(|&w| w.into())
            .collect();
        assert_eq!(
            s8,
            hexes(&case["pool8_state_u32"]),
            "seed {label}: pool_size 8"
        );
    }
}

#[test]
fn bit_generator_streams() {
    let doc = load();
    for case in doc["seeds"].as_array().unwrap() {
        let label = case["label"].as_str().unwrap();
        let seq = seed_sequence(case);
        for (name, bg) in case["bitgens"].as_object().unwrap() {
            check_streams(label, name, &seq, bg);
        }
    }
}

#[test]
fn advance_and_jumped() {
    let doc = load();
    for case in doc["seeds"].as_array().unwrap() {
        let label = case["label"].as_str().unwrap();
        let seq = seed_sequence(case);
        for (name, bg) in case["bitgens"].as_object().unwrap() {
            check_moves(label, name, &seq, bg);
        }
    }
}

#[test]
fn spawned_children() {
    let doc = load();
    let spawn = &doc["spawn"];
    let mut root = SeedSequence::from_u64(42);
    let mut kids = root.spawn(2);
    kids.extend(root.spawn(1));
    assert_eq!(
        u128::from(root.n_children_spawned()),
        u128::from(spawn["n_children_spawned"].as_u64().unwrap())
    );
    let grand = kids[1].spawn(2).remove(1);
    let keyed = SeedSequence::with_options(vec![7], vec![5, (1 << 40) + 1], 5, 0).unwrap();
    kids.extend([grand, keyed]);
    for (seq, want) in kids.iter().zip(spawn["children"].as_array().unwrap()) {
        let key: Vec<u128> = seq.spawn_key().iter().map(|&k| k.into()).collect();
        assert_eq!(key, hexes(&want["spawn_key"]), "spawn_key");
        assert_eq!(seq.pool_size() as u64, want["pool_size"].as_u64().unwrap());
        let s: Vec<u128> = seq
            .generate_state_u32(6)
            .iter()
            .map(|&w| w.into())
            .collect();
        assert_eq!(
            s,
            hexes(&want["state_u32"]),
            "child {key:?}: generate_state"
        );
        let mut g = Pcg64::new(seq);
        let raw: Vec<u128> = (0..5).map(|_| g.next_u64().into()).collect();
        assert_eq!(raw, hexes(&want["pcg64_raw"]), "child {key:?}: PCG64 draws");
    }
}

#[test]
fn state_round_trip_from_numpy() {
    let doc = load();
    for (name, case) in doc["roundtrip"].as_object().unwrap() {
        let mut g = Any::new(name, &SeedSequence::from_u64(42));
        for _ in 0..7 {
            g.gen().next_u32();
        }
        g.gen().next_u64();
        assert!(g.same_state(&case["state"]), "{name}: state after draws");
        let mut set = Any::from_json(name, &case["state"]);
        assert_eq!(
            mixed(set.gen()),
            hexes(&case["mixed_after"]),
            "{name}: set state"
        );
    }
}

#[test]
fn legacy_random_state() {
    let doc = load();
    for case in doc["legacy"].as_array().unwrap() {
        let seed: Vec<u32> = hexes(&case["seed"]).iter().map(|&s| s as u32).collect();
        let make = || {
            if case["array"].as_bool().unwrap() {
                RandomState::from_array(&seed).unwrap()
            } else {
                RandomState::new(seed[0])
            }
        };
        let rs = make();
        assert_eq!(
            *rs.bit_generator().state(),
            mt_state(&case["initial"]),
            "{seed:?}: state"
        );
        let mut rs = make();
        let want = hexes(&case["raw"]);
        let got: Vec<u128> = (0..want.len())
            .map(|_| rs.bit_generator_mut().next_raw().into())
            .collect();
        assert_eq!(got, want, "{seed:?}: raw");
        let mut rs = make();
        let want = hexes(&case["random_sample"]);
        let got: Vec<u128> = (0..want.len())
            .map(|_| rs.random_sample().to_bits().into())
            .collect();
        assert_eq!(got, want, "{seed:?}: random_sample");
    }
    assert!(RandomState::from_array(&[]).is_err());
}
