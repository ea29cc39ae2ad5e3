//! `scipy.stats`: the probability distributions (`scipy.stats.norm`,
//! `scipy.stats.beta`, `scipy.stats.poisson`, ...), frozen with their shape
//! parameters, `loc` and `scale`.

pub mod distributions;
