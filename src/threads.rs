//! Bounded parallelism: SciPy's `workers` argument and the process-wide cap set
//! by `sciport_set_num_threads`. Pools are built once per thread count and cached.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

/// Name prefix of sciport's worker threads (the panic hook keeps them quiet).
pub const THREAD_NAME_PREFIX: &str = "sciport-";

/// Distinct pool sizes kept alive at once; idle threads stay bounded.
const MAX_POOLS: usize = 4;

/// 0 means "no cap beyond the number of cores".
static MAX_THREADS: AtomicUsize = AtomicUsize::new(0);

fn pools() -> &'static Mutex<HashMap<usize, Arc<rayon::ThreadPool>>> {
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> = OnceLock::new();
    POOLS.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Number of hardware threads available to this process, read once (the query
/// reads cgroup files and costs tens of microseconds).
pub fn available_cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Caps every later parallel computation at `n` threads; `0` removes the cap.
pub fn set_max_threads(n: usize) {
    MAX_THREADS.store(n, Ordering::Relaxed);
}

/// The current cap: the value set by `set_max_threads`, or the core count.
pub fn max_threads() -> usize {
    match MAX_THREADS.load(Ordering::Relaxed) {
        0 => available_cores(),
        n => n,
    }
}

/// Resolves SciPy's `workers`: `None` is 1; negative counts wrap from the core
/// count (`-1` = all cores); the result is bounded by `max_threads()`.
pub fn resolve_workers(workers: Option<i64>) -> crate::error::Result<usize> {
    let cores = available_cores() as i64;
    let wanted = match workers {
        None => 1,
        Some(0) => return Err(crate::error::Error::invalid("workers must not be zero")),
        Some(w) if w > 0 => w,
        Some(w) => {
            let n = cores + 1 + w;
            if n <= 0 {
                return Err(crate::error::Error::invalid(format!(
                    "workers value out of range; got {w}, must not be less than {}",
                    -cores
                )));
            }
            n
        }
    };
    Ok((wanted as usize).clamp(1, max_threads().max(1)))
}

/// Runs `f` on a pool of `threads` threads (inline when `threads <= 1`).
pub fn run_with<R: Send>(threads: usize, f: impl FnOnce() -> R + Send) -> R {
    if threads <= 1 {
        return f();
    }
    match pool(threads) {
        Some(p) => p.install(f),
        None => f(),
    }
}

/// Runs `f` once on every thread of every cached pool (e.g. to free their
/// thread-local buffers).
pub fn on_every_worker(f: fn()) {
    let live: Vec<Arc<rayon::ThreadPool>> = match pools().lock() {
        Ok(map) => map.values().cloned().collect(),
        Err(poisoned) => poisoned.into_inner().values().cloned().collect(),
    };
    for p in live {
        p.broadcast(|_| f());
    }
}

fn pool(threads: usize) -> Option<Arc<rayon::ThreadPool>> {
    let mut map = pools().lock().ok()?;
    if let Some(p) = map.get(&threads) {
        return Some(p.clone());
    }
    if map.len() >= MAX_POOLS {
        // Bounded: pools still running a call stay alive through their Arc.
        map.clear();
    }
    let p = Arc::new(
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("{THREAD_NAME_PREFIX}{i}"))
            .build()
            .ok()?,
    );
    map.insert(threads, p.clone());
    Some(p)
}
